"""Events: meetings and presentations with ordinal, name, place, resolved date, title and presenter."""

from __future__ import annotations

import re

from reportgen.model import Event
from reportgen.text.dates import resolve_date
from reportgen.text.lexicon import MONTH_FULL
from reportgen.text.sentences import SentenceIndex

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


def _meeting(m: re.Match) -> dict:
    name = re.sub(r"^(?:the|The)\s+", "", m.group("name")).strip()
    return {"kind": "meeting", "ordinal": int(m.group("ord")) if m.group("ord") else None, "name": name,
            "abbreviation": m.group("abbr"), "place": m.group("place"), "format": None}


def extract_events(index: SentenceIndex) -> list[Event]:
    meetings: list[dict] = []
    presentations: list[dict] = []
    for sents in index.paragraphs:
        if not sents or sents[0].role in SKIPPED_ROLES:
            continue
        for k, s in enumerate(sents):
            date = resolve_date(s.text, index.release_date)
            found_meeting = None
            for m in _MEETING_RE.finditer(s.text):
                if not re.match(r"[A-Z0-9]", m.group("name")) or len(m.group("name").split()) < 2:
                    continue
                ev = _meeting(m)
                if not re.search(r"[A-Z]", ev["name"]):
                    # "the virtual Angiogenesis (Angiogenesis, Exudation, and Degeneration) 2025 annual meeting":
                    # the meeting's name is printed before the year
                    lead = re.search(r"(?<![\w-])((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*)\s*(?:\([^()]*\)\s*)?$",
                                     s.text[max(0, m.start() - 120):m.start()])
                    if not lead or lead.group(1) in ("The", "A", "An", "Our", "Its"):
                        continue
                    ev["name"] = f"{lead.group(1)} {ev['name']}"
                same = next((x for x in meetings if x["name"] == ev["name"] or
                             (ev["abbreviation"] and x["abbreviation"] == ev["abbreviation"])), None)
                if same is None:
                    ev.update({"date": date, "title": None, "presenter": None,
                               "source": s.span()})
                    meetings.append(ev)
                    same = ev
                else:
                    for f in ("ordinal", "place", "abbreviation"):
                        same[f] = same[f] or ev[f]
                    same["date"] = same["date"] or date
                found_meeting = same
            title = _TITLE_RE.search(s.text)
            pres = _PRESENTATION_KIND_RE.search(s.text) or _PRESENTATION_RE.search(s.text)
            if not (title and pres):
                continue
            presenter = None
            pm = _PRESENTER_BY_RE.search(s.text) or _PRESENTER_LEAD_RE.search(s.text)
            if pm:
                presenter = pm.group("name")
            else:
                for prev in reversed(sents[:k]):
                    pm = _PRESENTER_BY_RE.search(prev.text)
                    if pm:
                        presenter = pm.group("name")
                        break
            # the meeting: named here, or an abbreviation of a known meeting in this or the previous sentence
            if found_meeting is None:
                ctx = " ".join(x.text for x in sents[max(0, k - 1):k + 1])
                found_meeting = next((x for x in meetings if x["abbreviation"] and
                                      re.search(rf"\b{re.escape(x['abbreviation'])}\b", ctx)), None)
                if found_meeting is None and len(meetings) == 1:
                    found_meeting = meetings[0]
            if date is None and k > 0:
                date = resolve_date(sents[k - 1].text, index.release_date)
            if date is None and found_meeting is not None:
                date = found_meeting["date"]
            kind = (pres.group("kind") or "").lower()
            if not kind and k > 0:
                pk = _PRESENTATION_KIND_RE.search(sents[k - 1].text)
                kind = pk.group("kind").lower() if pk else ""
            presentations.append({
                "kind": "presentation", "format": kind or None, "ordinal": None,
                "name": found_meeting["name"] if found_meeting else None,
                "abbreviation": found_meeting["abbreviation"] if found_meeting else None,
                "place": found_meeting["place"] if found_meeting else None,
                "date": date, "title": title.group("t").strip().rstrip(".").strip(),
                "presenter": re.sub(r"^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+", "", presenter) if presenter else None,
                "source": s.span(),
            })
    return [Event(**e) for e in meetings + presentations]
