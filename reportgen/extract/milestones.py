"""Milestones: future or pending steps with a normalized period ("during the first half of 2008" -> 2008-H1)."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Milestone
from reportgen.text.dates import DATE_DMY_RE, DATE_MDY_RE, PERIOD_RE, normalize_period, resolve_date
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES, THIRD_PARTY_FORECAST

_FUTURE_RE = re.compile(
    r"\b(?:expect(?:s|ed)?|anticipate[sd]?|plan(?:s|ned)?\s+to|on\s+track|intend(?:s|ed)?|will|"
    r"scheduled|remain\s+on\s+track|target(?:s|ed|ing)?|projected|planned|upcoming|next\s+update|pursu(?:es|ing)|"
    r"approaching|pending|under\s+(?:[\w-]+\s+){0,3}review)\b", re.I)
_EVENT_RE = re.compile(
    r"(?<![\w-])(?P<e>(?:(?:a|an|the|its|our|final|first|potential|regulatory|marketing)\s+)*"
    r"(?:decision|approval|submission|filing|launch|readout|read-out|data|results|topline|top-line|update|"
    r"initiation|enrollment|completion|opinion|PDUFA|NDA|BLA|MAA|IND|CTA|sNDA|sBLA|marketing\s+authori[sz]ation"
    r"(?:\s+application)?|review|meeting|listing|closing|dosing|commercial\s+launch)\b[^,.;]{0,80}?)"
    r"(?=\s*(?:[,.;]|$|\bduring\b|\bin\s+(?:the\s+)?(?:first|second|third|fourth|early|mid|late|[QH][1-4]|(?:19|20)\d\d)\b|"
    r"\bby\s+(?:the\s+)?(?:end|first|second|(?:19|20)\d\d)\b))", re.I)
_REGULATORY_RE = re.compile(r"\b(?:FDA|EMEA|EMA|European\s+Commission|CHMP|PDUFA|NDA|BLA|MAA|IND|approval|"
                            r"regulator\w*|marketing\s+authori[sz]ation|designation|review|filing|submission)\b", re.I)
_CLINICAL_RE = re.compile(r"\b(?:trial|study|data|readout|topline|enrollment|dosing|patients|results)\b", re.I)
_COMMERCIAL_RE = re.compile(r"\b(?:launch|commerciali[sz]\w+|sales)\b", re.I)
_FINANCIAL_RE = re.compile(r"\b(?:financing|offering|closing|dividend|guidance|revenue|cash\s+runway|merger|"
                           r"acquisition)\b", re.I)


def _kind(text: str) -> str:
    if _REGULATORY_RE.search(text):
        return "regulatory"
    if _FINANCIAL_RE.search(text):
        return "financial"
    if _COMMERCIAL_RE.search(text):
        return "commercial"
    if _CLINICAL_RE.search(text):
        return "clinical"
    return "corporate"


# A sentence that says something will happen, with a time after the release: its clause is the
# milestone when no named event ("approval", "topline data") stands before the time.
_AHEAD_CUE = re.compile(
    r"\b(?:will|expect(?:s|ed|ing)?\b|anticipat(?:es?|ed|ing)\b|plan(?:s|ned)?\s+to|intend\w*|on\s+track|target\w*|scheduled|slated|"
    r"set\s+to|upcoming|look(?:s|ing)?\s+forward|aim(?:s|ing)?\s+to|to\s+(?:host|hold|report|present|announce|"
    r"release|issue|file|submit|complete|begin|start|launch)|is\s+due|are\s+due|payable|record\s+date|no\s+later\s+than|deadline|"
    r"on\s+or\s+before)\b", re.I)
# a time that bounds a span or dates a past figure is no event: 'through June 30, 2032', 'into 2028'
# or ends a term ('will now mature on September 20, 2026', 'leases expire in May 2036')
_NOT_EVENT_TIME = re.compile(r"\b(?:through|until|since|as\s+of|ended|ending|into|from|over|beyond|compared\s+to|"
                             r"versus|vs\.?|than|of|at|(?:expir|matur)\w*(?:\s+date)?(?:\s+(?:on|in))?|due)"
                             r"(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?\s*$", re.I)
# a replay or an archive available until a date is no step to come
_AVAILABLE = re.compile(r"\b(?:replay|archived?|recording)\b.{0,80}\bavailable\b|\bavailable\b.{0,40}\b(?:replay|archive)",
                        re.I)
_SPAN_WORD = re.compile(r"\s*(?:through|until|into|since|beyond|over)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+|later\s+|by\s+the\s+end\s+of\s+)?"
                        r"this\s+(?:calendar\s+|fiscal\s+)?year\b|\bnext\s+(?:calendar\s+|fiscal\s+)?year\b", re.I)
# a section that lists dates to come: each dated line is a milestone, cue or not
_CALENDAR_HEADING = re.compile(r"\b(?:calendar|upcoming|agenda|conference\s+call|webcast|investor\s+day|"
                               r"annual\s+(?:general\s+)?meeting|events?\s+ahead|key\s+dates)\b", re.I)
CLAUSE_MAX_CHARS = 220


def _calendar_line(text: str) -> bool:
    """A line of a financial calendar: a date, then what happens on it ("15 May 2025: Third quarter revenues")."""
    m = DATE_DMY_RE.match(text.strip()) or DATE_MDY_RE.match(text.strip())
    return bool(m) and bool(re.match(r"\s*[:\u2013\u2014-]\s+\S", text.strip()[m.end():]))


_ON_DAY = re.compile(r"^\s*On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=[A-Z0-9])")


def _opens_on_a_later_day(text: str, release_date, times: list[tuple[int, int, str]]) -> bool:
    """"On Thursday, February 13th at 08.30 CET, Crunchfish publishes its year-end report": a sentence
    that opens with a day after the release's (`times`: the sentence's, from `_times`) tells what happens
    then, whatever its tense."""
    m = _ON_DAY.match(text)
    if not m or not release_date:
        return False
    return bool(times) and times[0][0] == m.end() and len(times[0][2]) == 10 and times[0][2] > release_date[:10]


def _times(text: str, release_date) -> list[tuple[int, int, str]]:
    """The times a sentence names, (start, end, period or ISO date), dates before periods, none overlapping."""
    found: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y, _ in found)

    for rx in (DATE_MDY_RE, DATE_DMY_RE):
        for m in rx.finditer(text):
            iso = resolve_date(m.group(), release_date)
            if iso and free(m.start(), m.end()):
                found.append((m.start(), m.end(), iso))
    for m in PERIOD_RE.finditer(text):
        period = normalize_period(m.group())
        if period and free(m.start(), m.end()):
            found.append((m.start(), m.end(), period))
    year = release_date[:4] if release_date else None
    for m in _THIS_YEAR.finditer(text):
        if year and free(m.start(), m.end()):
            g = m.group().lower()
            period = str(int(year) + 1) if "next" in g else year + ("-H1" if m.group("half") == "first" else
                                                                     "-H2" if m.group("half") else "")
            found.append((m.start(), m.end(), period))
    return sorted(found)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around characters [start, end) of a sentence, between semicolons or colons."""
    cuts = [m.start() for m in re.finditer(r";|:(?=\s)", text)]  # not the colon of a time ('11:00 a.m.')
    left = max([c + 1 for c in cuts if c < start] or [0])
    right = min([c for c in cuts if c >= end] or [len(text)])
    clause = text[left:right].strip(" ,.")
    if clause == text[start:end].strip(" ,.") and right < len(text):
        # "15 May 2025: Third quarter and nine month revenues": a calendar's line, the event after its date
        nxt = min([c for c in cuts if c > right] or [len(text)])
        clause = text[right + 1:nxt].strip(" ,.")
    if len(clause) > CLAUSE_MAX_CHARS:
        a = max(0, start - left - 150)
        clause = clause[a:a + CLAUSE_MAX_CHARS + 1]
        clause = clause.rsplit(" ", 1)[0].strip()  # whole words only
        clause = clause.split(" ", 1)[-1] if a else clause
    return re.sub(r"^(?:and|but|while|In addition|Additionally|Furthermore|Also)\b,?\s*", "", clause)


def _named_event(s: Sentence, at: int):
    """The named event ('a final decision by the European Commission') just before a time, if any."""
    before = s.text[max(0, at - 160):at]
    events = list(_EVENT_RE.finditer(before))
    if not events:
        return None
    ev = events[-1].group("e").strip()
    e_at = max(0, at - 160) + events[-1].start("e")
    long = re.search(r"((?:[A-Z][\w-]*\s+){1,5})\($", s.text[max(0, e_at - 80):e_at])
    if long and re.match(r"[A-Z]{2,6}\)", ev):
        ev = long.group(1) + "(" + ev  # "New Drug Application (NDA) for the treatment of ..."
    elif re.match(r"[A-Za-z]{2,6}\)", ev):
        ev = ev.replace(")", "", 1)
    ev = re.sub(r"\s+(?:is|are|was|were|remains?)\s+(?:now\s+)?(?:expected|anticipated|scheduled|planned|"
                r"targeted|due)$", "", ev.strip())
    return re.sub(r"^(?:to\s+)?(?:receive|announce|report|submit|complete|initiate|share|present)\s+", "", ev)


def _under_review(s: Sentence):
    review = re.search(r"\bunder\s+(?:[\w-]+\s+){0,3}review\s+by\s+(?:the\s+)?(?P<by>[^,.;]+?)(?=\s*[,.;]|$)", s.text)
    if review:
        return ("review", review.group("by")), Milestone(event=review.group().strip(), status="under review",
                                                          kind="regulatory", source=s.span())
    return None


# a step to come with no time printed: the company expects, plans or intends to do a named thing, or
# a transaction is expected to close ("The merger is expected to close subject to stockholder approval",
# "we plan to submit a BLA following final alignment with FDA"); not "will continue to", not guidance
_UNDATED_STEP = re.compile(
    r"\b(?:(?:expects?|expected|anticipates?|anticipated|plans?|planned|intends?|intended|aims?)\s+to|"
    r"(?:is|are)\s+(?:expected|anticipated|scheduled|slated|set)\s+to)\s+(?:\w+\s+){0,1}?"
    r"(?:close|complete|submit|file|launch|initiate|commence|report|announce|present|seek|dose|start|begin|open|"
    r"list|apply)\b", re.I)


def _undated_step(s: Sentence) -> Optional[Milestone]:
    """A step the sentence says is to come, with no time printed: its clause."""
    m = _UNDATED_STEP.search(s.text)
    if not m or re.search(r"\b(?:not|no|never|nor)\b", s.text[max(0, m.start() - 40):m.start()], re.I):
        return None
    clause = _clause(s.text, m.start(), m.end()).strip("\u201c\u201d\"' ")
    if len(clause) > CLAUSE_MAX_CHARS or len(clause.split()) < 4:
        return None
    return Milestone(event=clause, period=None, period_text=None, status="expected", kind=_kind(clause + " " + s.text),
                     source=s.span())


def extract_milestones(index: SentenceIndex) -> list[Milestone]:
    """Steps still to come, each with its time: a named event before a period ('a final decision by
    the European Commission expected first half of 2008'), else the clause of a sentence that says
    what will happen with a date or period ('plans to issue its results on May 12, 2025')."""
    out = []
    seen = set()
    rel_year = int(index.release_date[:4]) if index.release_date else None
    for s in index.outside(*SKIPPED_ROLES):
        calendar = bool(_CALENDAR_HEADING.search(s.heading or "")) or _calendar_line(s.text)
        cued = calendar or bool(_FUTURE_RE.search(s.text) or _AHEAD_CUE.search(s.text))
        if not (cued or _ON_DAY.match(s.text)) or _AVAILABLE.search(s.text) or THIRD_PARTY_FORECAST.search(s.text):
            continue  # a replay available until ..., a market forecast the release cites from someone else
        times = _times(s.text, index.release_date)
        calendar = calendar or _opens_on_a_later_day(s.text, index.release_date, times)
        if not (cued or calendar):
            continue
        review = _under_review(s)
        if review and review[0] not in seen:
            seen.add(review[0])
            out.append(review[1])
        clauses = set()
        term_end = None  # where a time that ends a term stopped: 'expire in May 2036 and March 2037'
        for start, end, period in times:
            printed = s.text[start:end]
            if _NOT_EVENT_TIME.search(s.text[:start]) or \
                    (term_end is not None and re.fullmatch(r"\s*,?\s*(?:and|or|,)?\s*(?:respectively\s*)?", s.text[term_end:start])):
                term_end = end
                continue
            if (rel_year and int(period[:4]) < rel_year) or _SPAN_WORD.match(printed):
                continue
            if re.fullmatch(r"\d{4}", period) and not re.match(r"\s*(?:in|during|by|for|before)\b", printed):
                continue
            ev = _named_event(s, start) if _FUTURE_RE.search(s.text) and len(period) < 10 else None
            if ev is not None and (len(ev.split()) < 3 or re.search(r"\b(?:on|at|in|by|for|to|of|the)$", ev, re.I)):
                ev = None  # a cut-off name ('results press release on'): the clause says it whole
            deadline = re.match(r"\s+(deadline(?:\s+[^\s,.;()]+){0,8})", s.text[end:])
            if ev is None and deadline:
                # "the March 10, 2025 deadline to seek the role of lead plaintiff"
                ev = "the " + re.sub(r"(?:\s+(?:in|a|an|the|of|to|for|with|that|and|or|on|at|by))+$", "", deadline.group(1).strip())
            if ev is None:
                clause = _clause(s.text, start, end)
                if clauses or not (calendar or _AHEAD_CUE.search(clause) or _FUTURE_RE.search(clause)):
                    continue  # one clause a sentence: its first time ahead
                if re.fullmatch(r"\d{4}", period) and printed.strip().lower().startswith("for"):
                    continue  # 'expectations for 2025' frames guidance: no step to come
                clauses.add(clause)
                ev = clause
            key = (ev.lower(), period)
            if key in seen:
                continue
            seen.add(key)
            out.append(Milestone(event=ev, period=period, period_text=printed.strip(), status="expected",
                                 kind=_kind(ev + " " + s.text), source=s.span()))
        if not times and (step := _undated_step(s)) is not None and (step.event.lower(), None) not in seen:
            seen.add((step.event.lower(), None))
            out.append(step)
    return out
