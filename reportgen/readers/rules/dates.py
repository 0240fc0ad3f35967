"""Dates outside the dateline: a line that is only a date, the date in a letterhead or a banner
above the headline, the `-0-` trailer's date, and the date the body gives for "today"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from reportgen.model import Table
from reportgen.readers.rules import furniture
from reportgen.readers.rules.dateline import numeric_date, parse_date
from reportgen.text.dates import DATE_MDY_RE

# "Monday, March 3, 2025", "3 March 2025", "3/3/2025" alone on a line
DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+day,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}"
                       r"|\d{1,2}([-/])\d{1,2}\1\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$")
# a date line in short figures, month first as in the US unless the first number cannot be a month: "9-9-99", "9/10/03"
_SHORT_FIGURES = re.compile(r"^(\d{1,2})([-/])(\d{1,2})\2(\d{2})$")
# an announcement's banner with its date: `ASX RELEASE  18 March 2019`
BANNER_DATE = re.compile(r"^(?:[A-Z]{2,}(?: [A-Z&]{2,}){0,4})\s{2,}(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})$")
_TODAY_DATE = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b[^.]{0,40}?\b(?P<d1>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"|(?:conference call|webcast|call)\b(?:(?!\.\s+[A-Z][a-z]).){0,160}?\b(?:on|today,?)\s+(?:[A-Z][a-z]+day,\s+)?(?P<d2>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
)


def iso_date(text: str) -> Optional[str]:
    """A date as printed (in words, or in figures) -> ISO; None when the text gives none."""
    d = parse_date(text) or numeric_date(text)
    m = _SHORT_FIGURES.match(text.strip()) if d is None else None
    if m:
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        year += 2000 if year < 50 else 1900
        month, day = (b, a) if a > 12 else (a, b)
        try:
            d = dt.date(year, month, day)
        except ValueError:
            d = None
    return d.isoformat() if d else None


def trailer_date(trailer: Optional[str]) -> Optional[dt.date]:
    """The date of PR Newswire's `-0-` trailer (`12/10/2007`, `12/10/07`)."""
    if not trailer:
        return None
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", trailer)
    if not m:
        return None
    year = int(m.group(3))
    year += 2000 if year < 50 else (1900 if year < 100 else 0)
    try:
        return dt.date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def date_from_letterhead(table: Optional[Table]) -> Optional[str]:
    """A letterhead table above the headline: `For Immediate Release: November 22, 2024` in a cell."""
    if not table:
        return None
    for row in table.rows:
        for cell in row:
            kind = furniture.classify(cell)
            text = kind[1] if kind and kind[0] == "release_date" else (cell if DATE_LINE.match(cell.strip()) else None)
            d = parse_date(text) if text else None
            if d:
                return d.isoformat()
    return None


YEAR_SPAN_DAYS = 366  # a release is dated within a year after the latest full date it prints


def year_from_body(texts: list[str], month: int, day: int) -> Optional[int]:
    """The year of a dateline that prints only its month and day ("NEW YORK (AUG. 19) PR NEWSWIRE -"): the
    year of the latest full date the release prints ("the fiscal year ended June 30, 1992"), when the
    dateline's day falls on or after that date and within a year of it; None when nothing says so."""
    printed = []
    for t in texts:
        for m in DATE_MDY_RE.finditer(t):
            if m.group("year"):
                d = parse_date(m.group(0))
                if d:
                    printed.append(d)
    if not printed:
        return None
    latest = max(printed)
    try:
        candidate = dt.date(latest.year, month, day)
    except ValueError:
        return None
    return latest.year if 0 <= (candidate - latest).days <= YEAR_SPAN_DAYS else None


def date_from_body(texts: list[str]) -> Optional[str]:
    """A release with no dated dateline: the date it gives for "today" or for its results call."""
    for t in texts:
        m = _TODAY_DATE.search(t)
        if m:
            d = parse_date(m.group("d1") or m.group("d2"))
            if d:
                return d.isoformat()
    return None
