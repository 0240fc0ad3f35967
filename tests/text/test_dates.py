"""Dates and periods read from text and written for people."""

from __future__ import annotations

import pytest

from reportgen.text.dates import date_text, normalize_period, period_end, period_text, resolve_date
from reportgen.text.lexicon import parse_number, word_to_int


@pytest.mark.parametrize("text, expected", [
    ("presented on December 9th at the meeting", "2007-12-09"),
    ("a poster presentation given yesterday at ASH", "2007-12-09"),
    ("announced today", "2007-12-10"),
    ("on July 1, 2006", "2006-07-01"),
    ("on 3 January", "2008-01-03"),  # the nearest January 3 to the release date
    ("on Sunday", "2007-12-09"),
    # the release's own "today" and a weekday printed with a date give way to the date
    ("today issued a reminder that it will host its meeting this Friday, December 14, 2007", "2007-12-14"),
    ("yesterday it said the meeting is on December 14, 2007", "2007-12-09"),
])
def test_resolve_date(text, expected):
    assert resolve_date(text, "2007-12-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("during the first half of 2008", "2008-H1"),
    ("in the second half of 2025", "2025-H2"),
    ("in the fourth quarter of 2024", "2024-Q4"),
    ("next update planned for H1 2025", "2025-H1"),
    ("expected in mid-2025", "2025-mid"),
    ("by the end of 2026", "2026-end"),
    ("in January 2026", "2026-01"),
    ("in 2027", "2027"),
])
def test_normalize_period(text, expected):
    assert normalize_period(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("2007-12-10", "10 December 2007"), ("2008-03", "March 2008"), ("2027", "2027"), ("soon", "soon"), (None, ""),
])
def test_date_text(value, expected):
    assert date_text(value) == expected


def test_period_text():
    assert period_text("2008-H1") == "first half of 2008"
    assert period_text("2025-Q3") == "third quarter of 2025"
    assert period_text("2026-03") == "March 2026"


def test_number_words():
    assert parse_number("1,100") == 1100 and parse_number("sixty-one") == 61 and parse_number("twelve") == 12
    assert parse_number("many") is None
    assert word_to_int("seven") == 7 and word_to_int("11") == 11 and word_to_int("x") is None


@pytest.mark.parametrize("period, end", [
    ("2025-H1", "2025-06-30"), ("2026-03", "2026-03-31"), ("2024-02", "2024-02-29"), ("2027", "2027-12-31"),
    ("mid-2025", None), ("2025-mid", "2025-08-31"), ("2025-Q3", "2025-09-30"), ("2025-06-15", "2025-06-15"),
    ("soon", None), (None, None),
])
def test_period_end_is_the_last_day_a_period_can_mean(period, end):
    assert period_end(period) == end


def test_period_text_of_the_edges_of_a_year():
    assert [period_text(p) for p in ("2025-mid", "2025-early", "2026-end")] == ["mid-2025", "early 2025", "end of 2026"]
