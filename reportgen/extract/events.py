"""Events: meetings and presentations with ordinal, name, place, resolved date, title and presenter."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Event
from reportgen.text.dates import resolve_date
from reportgen.text.lexicon import MONTH_FULL
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES
from .people import CRED, NAME

_CAP = r"(?:[A-Z][\w.&'-]*|(?:19|20)\d\d)"
_MEETING_RE = re.compile(
    rf"(?:(?P<ord>\d+)(?:st|nd|rd|th)\s+)?(?P<name>(?:{_CAP}\s+(?:(?:{_CAP}|of|and|for|on|&)\s+){{0,7}}?)?"
    r"(?i:annual\s+|scientific\s+|international\s+|european\s+|world\s+)?"
    r"(?:Meeting|Congress|Conference|Symposium|Summit|Convention|Forum|Workshop|Sessions|(?<=[Aa]nnual\s)meeting)"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|and|of|for|&))*)?)"
    r"(?:\s*\((?P<abbr>[A-Z][\w-]{1,12})(?:\s+(?:19|20)\d\d)?\))?"
    rf"(?:,?\s+(?:held\s+)?(?:in|at)\s+(?!(?:{MONTH_FULL}|the)\b)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s(?:[A-Z][a-z]+|[A-Z]{2}))?))?"
)
_TITLE_RE = re.compile(r"\b(?:entitled|titled)\s*,?\s*[\"“](?P<t>[^\"”]{5,300})[\"”]")
_PRESENTATION_RE = re.compile(r"\b(?P<kind>poster|oral|podium|late-breaking|plenary|e-poster)?\s*"
                              r"(?:presentation|abstract|poster)\b", re.I)
_PRESENTATION_KIND_RE = re.compile(r"\b(?P<kind>poster|oral|podium|late-breaking|plenary|e-poster)\s+"
                                   r"(?:presentation|session|abstract)\b", re.I)
_PRESENTER_BY_RE = re.compile(rf"\b(?:presented|delivered|given)\s+by\s+(?P<name>{NAME})(?:{CRED})?")
_PRESENTER_LEAD_RE = re.compile(rf"^(?P<name>{NAME})(?:{CRED})?,.{{0,200}}?\b(?:delivered|presented|will\s+present)\b")


_TITLE_PREFIX = re.compile(r"^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+")
# "the virtual Angiogenesis (Angiogenesis, Exudation, and Degeneration) 2025 annual meeting": a name
# printed before the year, at most this far before it
NAME_BEFORE_CHARS = 120


def extract_events(index: SentenceIndex) -> list[Event]:
    """Meetings (each once, its details gathered from every mention), then presentations at them."""
    meetings: list[Event] = []
    presentations: list[Event] = []
    for sents in index.paragraphs:
        if not sents or sents[0].role in SKIPPED_ROLES:
            continue
        for k, s in enumerate(sents):
            date = resolve_date(s.text, index.release_date)
            here = _meetings_in(s, date, meetings)
            presentation = _presentation(sents, k, date, here, meetings, index.release_date)
            if presentation is not None:
                presentations.append(presentation)
    return meetings + presentations


def _meeting(m: re.Match, s: Sentence) -> Optional[Event]:
    """The meeting a _MEETING_RE match names, or None when it names no meeting."""
    if not re.match(r"[A-Z0-9]", m.group("name")) or len(m.group("name").split()) < 2:
        return None
    name = re.sub(r"^(?:the|The)\s+", "", m.group("name")).strip()
    if not re.search(r"[A-Z]", name):
        lead = re.search(r"(?<![\w-])((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*)\s*(?:\([^()]*\)\s*)?$",
                         s.text[max(0, m.start() - NAME_BEFORE_CHARS):m.start()])
        if not lead or lead.group(1) in ("The", "A", "An", "Our", "Its"):
            return None
        name = f"{lead.group(1)} {name}"
    return Event(kind="meeting", ordinal=int(m.group("ord")) if m.group("ord") else None, name=name,
                 abbreviation=m.group("abbr"), place=m.group("place"), source=s.span())


def _meetings_in(s: Sentence, date: Optional[str], meetings: list[Event]) -> Optional[Event]:
    """Add the meetings this sentence names (or what it adds to known ones); the last one named."""
    found = None
    for m in _MEETING_RE.finditer(s.text):
        event = _meeting(m, s)
        if event is None:
            continue
        same = next((x for x in meetings if x.name == event.name or
                     (event.abbreviation and x.abbreviation == event.abbreviation)), None)
        if same is None:
            event.date = date
            meetings.append(event)
            same = event
        else:
            same.ordinal = same.ordinal or event.ordinal
            same.place = same.place or event.place
            same.abbreviation = same.abbreviation or event.abbreviation
            same.date = same.date or date
        found = same
    return found


def _presenter(sents: list[Sentence], k: int) -> Optional[str]:
    """Who presents: named in this sentence, else by 'presented by' in an earlier one of the paragraph."""
    pm = _PRESENTER_BY_RE.search(sents[k].text) or _PRESENTER_LEAD_RE.search(sents[k].text)
    if pm is None:
        pm = next((m for prev in reversed(sents[:k]) if (m := _PRESENTER_BY_RE.search(prev.text))), None)
    return _TITLE_PREFIX.sub("", pm.group("name")) if pm else None


def _presentation(sents: list[Sentence], k: int, date: Optional[str], meeting: Optional[Event],
                  meetings: list[Event], release_date: Optional[str]) -> Optional[Event]:
    """A presentation with a title ('a poster presentation entitled "..."'), at the meeting named here,
    else one whose abbreviation this or the previous sentence gives, else the only one."""
    s = sents[k]
    title = _TITLE_RE.search(s.text)
    pres = _PRESENTATION_KIND_RE.search(s.text) or _PRESENTATION_RE.search(s.text)
    if not (title and pres):
        return None
    if meeting is None:
        ctx = " ".join(x.text for x in sents[max(0, k - 1):k + 1])
        meeting = next((x for x in meetings if x.abbreviation and
                        re.search(rf"\b{re.escape(x.abbreviation)}\b", ctx)), None)
        if meeting is None and len(meetings) == 1:
            meeting = meetings[0]
    if date is None and k > 0:
        date = resolve_date(sents[k - 1].text, release_date)
    if date is None and meeting is not None:
        date = meeting.date
    kind = (pres.group("kind") or "").lower()
    if not kind and k > 0:
        pk = _PRESENTATION_KIND_RE.search(sents[k - 1].text)
        kind = pk.group("kind").lower() if pk else ""
    return Event(kind="presentation", format=kind or None, name=meeting.name if meeting else None,
                 abbreviation=meeting.abbreviation if meeting else None, place=meeting.place if meeting else None,
                 date=date, title=title.group("t").strip().rstrip(".").strip(), presenter=_presenter(sents, k),
                 source=s.span())
