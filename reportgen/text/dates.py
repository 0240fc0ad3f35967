"""Dates and periods, read and written: "December 9th" -> 2007-12-09 (the year from the release
date), "yesterday", "during the first half of 2008" -> "2008-H1"; and back for people:
"2007-12-10" -> "10 December 2007", "2008-H1" -> "first half of 2008"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from .lexicon import MONTH, MONTH_FULL, MONTH_NAMES, MONTHS, ORDINALS, WEEKDAYS

# A date as printed anywhere in a sentence ("December 31, 2024", "31 Dec 2024", "12/31/2024",
# "2024-12-31"): masked before figures are looked for, so a date is never taken for a figure.
DATE_RE = re.compile(
    rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?(?:,?\s+(?:19|20)\d\d)?\b"
    rf"|\b{MONTH}\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
)

_MONTH_GROUP = rf"(?P<month>{MONTH})\.?"
DATE_MDY_RE = re.compile(rf"\b{_MONTH_GROUP}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
DATE_DMY_RE = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_GROUP}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
RELATIVE_RE = re.compile(r"\b(?:yesterday|today|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|"
                         r"(?:on\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
                         re.IGNORECASE)

# A period a release names: "the first half of 2008", "Q3 2025", "2025 Q3", "mid-2025", "March 2026", "2027"
PERIOD_RE = re.compile(
    r"\b(?:(?:during|in|by|for|within|before|around|through|at)\s+)?(?:the\s+)?"
    r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>half|quarter)\s+(?:of\s+)?"
    r"(?:(?:fiscal\s+(?:year\s+)?)|calendar\s+(?:year\s+)?)?(?P<y1>(?:19|20)\d\d)"
    r"|(?P<code>[QH][1-4])\s*(?:of\s+)?(?:FY\s*)?'?(?P<y2>(?:19|20)?\d\d)\b"
    r"|(?P<y6>(?:19|20)\d\d)\s*(?P<code2>[QH][1-4])\b"
    r"|(?P<edge>early|mid|late|mid-to-late|end\s+of|year-end|the\s+end\s+of)[\s-]+(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<month>{MONTH_FULL})\s+(?P<y4>(?:19|20)\d\d)"
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
    """The year that puts month/day nearest the reference date (a release names recent dates)."""
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


def _relative(word: str, ref: dt.date) -> Optional[str]:
    w = word.lower()
    if "yesterday" in w or "last night" in w:
        return (ref - dt.timedelta(days=1)).isoformat()
    if "today" in w or "this " in w:
        return ref.isoformat()
    if "tomorrow" in w:
        return (ref + dt.timedelta(days=1)).isoformat()
    for i, name in enumerate(WEEKDAYS):
        if name in w:
            return (ref - dt.timedelta(days=(ref.weekday() - i) % 7)).isoformat()
    return None


def resolve_date(text: str, release_date: Optional[str]) -> Optional[str]:
    """The first date that `text` gives, as ISO, its year (or whole date) resolved from the release date."""
    ref = parse_iso(release_date)
    hits = [(m.start(), "abs", m) for rx in (DATE_MDY_RE, DATE_DMY_RE) for m in rx.finditer(text)]
    absolute = [h[0] for h in hits]
    # an absolute date wins over the release's own "today" ("today issued a reminder that ... will host
    # its meeting this Friday, February 14, 2025") and over a weekday printed with it ("Friday, February 14")
    hits += [(m.start(), "rel", m) for m in RELATIVE_RE.finditer(text)
             if not (absolute and (re.fullmatch(r"today|this\s+(?:morning|afternoon|evening)", m.group(), re.I)
                                   or any(0 <= a - m.end() <= 3 for a in absolute)))]
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
        elif ref is not None:
            found = _relative(m.group(), ref)
            if found:
                return found
    return None


def normalize_period(text: str) -> Optional[str]:
    """"during the first half of 2008" -> "2008-H1"; "Q3 2025" -> "2025-Q3"; "mid-2025" -> "2025-mid"."""
    m = PERIOD_RE.search(text)
    if not m:
        return None
    if m.group("y1"):
        n = ORDINALS[m.group("ord").lower()]
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


def date_text(iso: Optional[str]) -> str:
    """'2007-12-10' -> '10 December 2007'; partial dates as far as they go; anything else as is."""
    if not iso:
        return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
    if not m:
        return iso
    year, month, day = m.groups()
    if month and 1 <= int(month) <= 12:
        name = MONTH_NAMES[int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return year


_PERIOD_WORDS = {"H1": "first half of", "H2": "second half of", "Q1": "first quarter of",
                 "Q2": "second quarter of", "Q3": "third quarter of", "Q4": "fourth quarter of"}


def period_text(period: Optional[str]) -> str:
    """'2008-H1' -> 'first half of 2008', '2025-mid' -> 'mid-2025'; ISO dates via date_text; anything else as is."""
    if not period:
        return ""
    m = re.fullmatch(r"(\d{4})-(H[12]|Q[1-4])", period.strip())
    if m:
        return f"{_PERIOD_WORDS[m.group(2)]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(early|mid|late|end)", period.strip())
    if m:
        return {"early": "early {}", "mid": "mid-{}", "late": "late {}", "end": "end of {}"}[m.group(2)].format(m.group(1))
    return date_text(period)


_LAST_MONTH = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "early": 4, "mid": 8, "late": 12, "end": 12}


def period_end(period: Optional[str]) -> Optional[str]:
    """The last day a normalized period or date can mean, ISO: '2025-H1' -> '2025-06-30', '2026-03'
    -> '2026-03-31', '2027' -> '2027-12-31', 'mid-2025' -> '2025-08-31'; None when it is no period.
    A period ends after a date exactly when something in it can still be ahead of that date."""
    m = re.fullmatch(r"(\d{4})(?:-(\w+))?(?:-(\d{2}))?", (period or "").strip())
    if not m:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return f"{year:04d}-{part}-{day}"
    if part is None:
        month = 12
    elif part.isdigit():
        month = int(part)
    else:
        month = _LAST_MONTH.get(part)
        if month is None:
            return None
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{last:02d}"
