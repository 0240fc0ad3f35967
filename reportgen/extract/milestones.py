"""Milestones: future or pending steps with a normalized period ("during the first half of 2008" -> 2008-H1)."""

from __future__ import annotations

import re

from reportgen.model import Milestone
from reportgen.text.dates import PERIOD_RE, normalize_period
from reportgen.text.sentences import SentenceIndex

from .common import SKIPPED_ROLES

_FUTURE_RE = re.compile(
    r"\b(?:expect(?:s|ed)?|anticipate[sd]?|plan(?:s|ned)?\s+to|on\s+track|intend(?:s|ed)?|will|"
    r"scheduled|remain\s+on\s+track|target(?:s|ed|ing)?|projected|planned|upcoming|next\s+update|"
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


def extract_milestones(index: SentenceIndex) -> list[Milestone]:
    out = []
    seen = set()
    rel_year = int(index.release_date[:4]) if index.release_date else None
    for s in index.outside(*SKIPPED_ROLES):
        if not _FUTURE_RE.search(s.text):
            continue
        review = re.search(r"\bunder\s+(?:[\w-]+\s+){0,3}review\s+by\s+(?:the\s+)?(?P<by>[^,.;]+?)(?=\s*[,.;]|$)", s.text)
        if review:
            key = ("review", review.group("by"))
            if key not in seen:
                seen.add(key)
                out.append(Milestone(event=review.group().strip(), status="under review", kind="regulatory",
                                     source=s.span()))
        for pm in PERIOD_RE.finditer(s.text):
            period = normalize_period(pm.group())
            if not period:
                continue
            year = int(period[:4])
            if rel_year and year < rel_year:
                continue
            if re.fullmatch(r"\d{4}", period) and not re.match(r"\s*(?:in|during|by|for|before|through)\b", pm.group()):
                continue
            before = s.text[max(0, pm.start() - 160):pm.start()]
            events = list(_EVENT_RE.finditer(before))
            if not events:
                continue
            ev = events[-1].group("e").strip()
            e_at = max(0, pm.start() - 160) + events[-1].start("e")
            long = re.search(r"((?:[A-Z][\w-]*\s+){1,5})\($", s.text[max(0, e_at - 80):e_at])
            if long and re.match(r"[A-Z]{2,6}\)", ev):
                ev = long.group(1) + "(" + ev  # "New Drug Application (NDA) for the treatment of ..."
            elif re.match(r"[A-Za-z]{2,6}\)", ev):
                ev = ev.replace(")", "", 1)
            ev = re.sub(r"^(?:to\s+)?(?:receive|announce|report|submit|complete|initiate|share|present)\s+", "", ev)
            key = (ev.lower(), period)
            if key in seen:
                continue
            seen.add(key)
            out.append(Milestone(event=ev, period=period, period_text=pm.group().strip(), status="expected",
                                 kind=_kind(ev + " " + s.text), source=s.span()))
    return out
