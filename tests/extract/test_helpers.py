"""Sentence splitting, spans, dates and periods, abbreviations, and the fidelity check."""

from __future__ import annotations

import pytest

from reportgen.extract.abbreviations import find_abbreviations
from reportgen.extract.dates import normalize_period, resolve_date
from reportgen.extract.fidelity import find_unsupported_numbers
from reportgen.extract.numbers import find_quantities, parse_p_value
from reportgen.extract.text import check_span, make_span, split_sentences
from reportgen.model import Release, Section

from .sample import sample_release


def _release(*paragraphs: str, date: str | None = "2007-12-10") -> Release:
    return Release(release_date=date, sections=[Section(paragraphs=list(paragraphs))])


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_keep_abbreviations_initials_and_decimals():
    text = ("Mats L. Brune, MD, presented on Dec. 9 in Atlanta. Dr. Brune stated, \"It works.\" "
            "Revenue was $1.1 billion vs. $1.0 billion in the U.S. market. Next (see Fig. 2. for more) one.")
    assert _sentences(text) == [
        "Mats L. Brune, MD, presented on Dec. 9 in Atlanta.",
        "Dr. Brune stated, \"It works.\"",
        "Revenue was $1.1 billion vs. $1.0 billion in the U.S. market.",
        "Next (see Fig. 2. for more) one.",
    ]


def test_make_span_is_exact():
    r = _release("Alpha beta. Gamma delta.")
    span = make_span(r, 0, 0, 12, 24)
    assert span["text"] == "Gamma delta." and check_span(r, span)
    with pytest.raises(ValueError):
        make_span(r, 0, 0, 5, 99)


@pytest.mark.parametrize("text, expected", [
    ("presented on December 9th at the meeting", "2007-12-09"),
    ("a poster presentation given yesterday at ASH", "2007-12-09"),
    ("announced today", "2007-12-10"),
    ("on July 1, 2006", "2006-07-01"),
    ("on 3 January", "2008-01-03"),  # the nearest January 3 to the release date
    ("on Sunday", "2007-12-09"),
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
    pairs, facts = find_abbreviations(r)
    assert pairs == {"LFS": "Leukemia-free survival", "FDA": "Food and Drug Administration",
                     "IL-2": "interleukin-2"}
    assert all(check_span(r, f["source"]) for f in facts)


def test_fidelity_accepts_release_numbers_in_any_spelling():
    r = sample_release()
    text = ("Median LFS 15.0 vs 9.7 months (P = 0.025); five-year LFS 34% vs 22 %; 320 patients in "
            "11 countries; 5 years; IL-2; Blood 108(1), July 1, 2006; 49th meeting.")
    assert find_unsupported_numbers(text, r) == []


def test_fidelity_catches_invented_numbers():
    r = sample_release()
    text = "Median LFS 16 vs 9.7 months (P=0.03); 1,250 patients; page 3 of 4."
    assert find_unsupported_numbers(text, r, allowed=["3", "4"]) == ["16", "0.03", "1,250"]


def test_fidelity_scales_and_separators():
    r = _release("Revenues increased 4.6 percent to $1.1 billion; cash was $1,903.8 million.")
    assert find_unsupported_numbers("$1,100 million, 1903.80, 4.6 %", r) == []
    assert find_unsupported_numbers("$1.2 billion", r) == ["1.2"]
