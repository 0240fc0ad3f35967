"""Which numbers a text prints that its release lacks: values compared, not spellings."""

from __future__ import annotations

from reportgen.fidelity.numbers import find_unsupported_numbers, release_numbers
from reportgen.model import Release, Section
from tests.extract.sample import sample_release


def _release(*paragraphs: str, date: str | None = "2007-12-10") -> Release:
    return Release(release_date=date, sections=[Section(paragraphs=list(paragraphs))])


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


def test_fidelity_knows_spelled_out_numbers_and_none():
    release = Release(sections=[Section(paragraphs=["Sixty-one percent versus none in the control arm."])])
    values = release_numbers(release)
    assert 61 in values and 0 in values
