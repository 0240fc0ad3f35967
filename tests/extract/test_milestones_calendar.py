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


def _steps(text: str) -> list[tuple]:
    from reportgen.extract.milestones import extract_milestones
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.blocks import Read
    from reportgen.readers.wire_text import blocks_from_text
    from reportgen.text.sentences import SentenceIndex
    release = assemble_release(Read(blocks_from_text(
        "Acme Reports Results\n\nNEW YORK, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme Corp. (NASDAQ: ACME) today reported "
        "its results.\n\n" + text + "\n")))
    return [(m.event, m.period) for m in extract_milestones(SentenceIndex(release))]


def test_a_step_to_come_with_no_time_printed():
    assert _steps("The Company is working towards alignment with the FDA and intends to submit a Biologics License "
                  "Application for ACM-1.") == [
        ("The Company is working towards alignment with the FDA and intends to submit a Biologics License Application "
         "for ACM-1", None)]
    assert _steps("The merger is expected to close subject to stockholder approval and other customary conditions.") == [
        ("The merger is expected to close subject to stockholder approval and other customary conditions", None)]


def test_no_step_where_none_is_to_come():
    assert _steps("Acme does not have any plans to start redeveloping these properties.") == []  # negated
    assert _steps("The trial is expected to enroll up to 20 subjects.") == []  # a trial's size, not a step
    assert _steps("We will continue to focus on our customers.") == []
