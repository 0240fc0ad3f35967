"""Quantities and p-values, and abbreviations (the fidelity check's numbers are in tests/fidelity/)."""

from __future__ import annotations

import pytest

from reportgen.extract import check_span
from reportgen.extract.abbreviations import find_abbreviations
from reportgen.extract.numbers import find_quantities, parse_p_value
from reportgen.model import Release, Section
from reportgen.text.sentences import SentenceIndex


def _release(*paragraphs: str, date: str | None = "2007-12-10") -> Release:
    return Release(release_date=date, sections=[Section(paragraphs=list(paragraphs))])


@pytest.mark.parametrize("text, op, value", [
    ("(P=0.025)", "=", 0.025), ("(p <0.01)", "<", 0.01), ("p-value of 0.003", "=", 0.003),
    ("p<0.0001", "<", 0.0001), ("p ≤ 0.05", "<=", 0.05), ("(p = .04)", "=", 0.04),
])
def test_p_values(text, op, value):
    p = parse_p_value(text)
    assert p["op"] == op and p["value"] == pytest.approx(value)


def test_quantities_skip_dates_years_and_statistics():
    qs = find_quantities("Net loss was $37.3 million for the quarter ended December 31, 2024 (P=0.02), "
                         "or $0.45 per share, versus 34 percent in 2023 and 18 months of IL-2.")
    assert [(q.value, q.unit, q.cls) for q in qs] == [
        (37.3, "$ million", "money"), (0.45, "$ per share", "eps"), (34, "%", "percent"),
        (18, "months", "duration")]


def test_abbreviations_guards():
    r = _release(
        "Leukemia-free survival (LFS) improved (P=0.025) as published (Blood 2006) by the company "
        "(Nasdaq: EPCT). The FDA (Food and Drug Administration) agreed, see (2006) and (n=8).",
        "Ceplene(TM) (histamine dihydrochloride) with interleukin-2 (IL-2).")
    pairs, facts = find_abbreviations(SentenceIndex(r))
    assert pairs == {"LFS": "Leukemia-free survival", "FDA": "Food and Drug Administration",
                     "IL-2": "interleukin-2"}
    assert all(check_span(r, f.source) for f in facts)
