"""Steps to come that a release gives without a future verb: a financial calendar's lines, a day it
opens with, a deadline."""

from __future__ import annotations

from reportgen.extract.milestones import _calendar_line, _clause, _opens_on_a_later_day, _times


def test_a_calendar_line_gives_its_event_after_the_date():
    line = "15 May 2026: Third quarter revenues"
    assert _calendar_line(line)
    assert _clause(line, 0, len("15 May 2026")) == "Third quarter revenues"
    assert not _calendar_line("15 May 2026 was a good day for the company.")


def test_a_sentence_opening_on_a_later_day():
    text = "On Thursday, March 12th at 08.30 CET, Acme publishes its year-end report for 2025."
    assert _opens_on_a_later_day(text, "2026-03-09", _times(text, "2026-03-09"))
    assert not _opens_on_a_later_day(text, "2026-03-20", _times(text, "2026-03-20"))  # that day has passed
    other = "On the whole, results improved in 2026."
    assert not _opens_on_a_later_day(other, "2026-03-09", _times(other, "2026-03-09"))
