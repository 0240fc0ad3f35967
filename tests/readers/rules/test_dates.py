"""Dates outside the dateline (rules/dates.py): the date the body gives."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.dates import date_from_body, iso_date


def test_release_date_from_the_results_call():
    text = "Apple will provide live streaming of its Q1 2024 financial results conference call beginning at 2:00 p.m. PT on February 1, 2024 at apple.com."
    assert date_from_body([text]) == "2024-02-01"


@pytest.mark.parametrize("text, iso", [
    ("10.02.2025", "2025-02-10"),  # European: day first
    ("01/08/2008", "2008-01-08"),  # US: month first
    ("25/03/2024", "2024-03-25"),  # the first figure cannot be a month
    ("2025-02-10T08:00:00Z", "2025-02-10"),
    ("February 10, 2025", "2025-02-10"),
    ("31.02.2025", None),
])
def test_dates_printed_in_figures(text, iso):
    assert iso_date(text) == iso
