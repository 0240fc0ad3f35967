"""Dates outside the dateline (rules/dates.py): the date the body gives."""

from __future__ import annotations

from reportgen.readers.rules.dates import date_from_body


def test_release_date_from_the_results_call():
    text = "Apple will provide live streaming of its Q1 2024 financial results conference call beginning at 2:00 p.m. PT on February 1, 2024 at apple.com."
    assert date_from_body([text]) == "2024-02-01"
