"""Dates and periods: "December 9th" -> 2007-12-09 (year from the release date), "yesterday",
"during the first half of 2008" -> "2008-H1"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .numbers import MONTHS, WORD_NUMBERS

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DATE_MDY_RE = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
DATE_DMY_RE = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
RELATIVE_RE = re.compile(r"\b(?:yesterday|today|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|"
                         r"(?:on\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
                         re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
PERIOD_RE = re.compile(
    r"\b(?:(?:during|in|by|for|within|before|around|through|at)\s+)?(?:the\s+)?"
    r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>half|quarter)\s+(?:of\s+)?"
    r"(?:(?:fiscal\s+(?:year\s+)?)|calendar\s+(?:year\s+)?)?(?P<y1>(?:19|20)\d\d)"
    r"|(?P<code>[QH][1-4])\s*(?:of\s+)?(?:FY\s*)?'?(?P<y2>(?:19|20)?\d\d)\b"
    r"|(?P<y6>(?:19|20)\d\d)\s*(?P<code2>[QH][1-4])\b"
    r"|(?P<edge>early|mid|late|mid-to-late|end\s+of|year-end|the\s+end\s+of)[\s-]+(?P<y3>(?:19|20)\d\d)"
    r"|(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<y4>(?:19|20)\d\d)"
    r"|(?P<y5>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def parse_iso(date: Optional[str]) -> Optional[dt.date]:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _year_for(month: int, day: int, ref: Optional[dt.date]) -> Optional[int]:
    if ref is None:
        return None
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.year if best else None


def resolve_date(text: str, release_date: Optional[str]) -> Optional[str]:
    """The first date that `text` gives, as ISO, its year (or whole date) resolved from the release date."""
    ref = parse_iso(release_date)
    hits = []
    for rx in (DATE_MDY_RE, DATE_DMY_RE):
        for m in rx.finditer(text):
            hits.append((m.start(), "abs", m))
    for m in RELATIVE_RE.finditer(text):
        hits.append((m.start(), "rel", m))
    hits.sort(key=lambda h: h[0])
    for _, how, m in hits:
        if how == "abs":
            month = MONTHS[m.group("month").lower().rstrip(".")]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, ref)
            if year is None:
                continue
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                continue
        if ref is None:
            continue
        w = m.group().lower()
        if "yesterday" in w or "last night" in w:
            return (ref - dt.timedelta(days=1)).isoformat()
        if "today" in w or "this " in w:
            return ref.isoformat()
        if "tomorrow" in w:
            return (ref + dt.timedelta(days=1)).isoformat()
        for i, name in enumerate(_WEEKDAYS):
            if name in w:
                delta = (ref.weekday() - i) % 7
                return (ref - dt.timedelta(days=delta)).isoformat()
    return None


def normalize_period(text: str) -> Optional[str]:
    """"during the first half of 2008" -> "2008-H1"; "Q3 2025" -> "2025-Q3"; "mid-2025" -> "2025-mid"."""
    m = PERIOD_RE.search(text)
    if not m:
        return None
    if m.group("y1"):
        n = _ORD[m.group("ord").lower()]
        return f"{m.group('y1')}-{'H' if m.group('unit').lower() == 'half' else 'Q'}{n}"
    if m.group("code"):
        y = m.group("y2")
        y = y if len(y) == 4 else "20" + y
        return f"{y}-{m.group('code').upper()}"
    if m.group("code2"):
        return f"{m.group('y6')}-{m.group('code2').upper()}"
    if m.group("edge"):
        e = m.group("edge").lower()
        e = "end" if "end" in e else e
        return f"{m.group('y3')}-{e}"
    if m.group("month"):
        return f"{m.group('y4')}-{MONTHS[m.group('month').lower()]:02d}"
    return m.group("y5")


def word_to_int(word: str) -> Optional[int]:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return WORD_NUMBERS.get(w)
