"""The shared machinery behind the generic rules (numbers, arms across clauses and sentences, controls named
elsewhere), each on a sentence not taken from the synthetic batches."""

from __future__ import annotations

from reportgen.extract import check_span, enrich
from reportgen.extract.comparisons import extract_comparisons
from reportgen.extract.numbers import find_quantities
from reportgen.model import Comparison, Release, Section
from reportgen.text.lexicon import parse_number
from reportgen.text.sentences import SentenceIndex

T, P = "treatment-vs-control", "period-over-period"


def _comparisons(*paragraphs: str) -> list[Comparison]:
    release = Release(sections=[Section(paragraphs=list(paragraphs))])
    sentences = SentenceIndex(release)
    found = extract_comparisons(sentences.paragraphs, {}, sentences.release_date)
    for c in found:
        assert check_span(release, c.source)
    return found


def _figures(c: Comparison) -> list[float]:
    vals = [a.value for a in c.arms if a.value is not None]
    return vals + ([c.change.value] if c.change else [])


def test_spelled_out_numbers_and_singular_units():
    assert parse_number("Seventy-two") == 72 and parse_number("thirty five") == 35
    (q,) = find_quantities("Seventy-two percent of patients responded.")
    assert q.value == 72 and q.unit == "%"
    (q,) = find_quantities("There was one death in the control arm.")
    assert q.value == 1 and q.unit == "deaths"


def test_dosing_interval_is_no_result():
    (q,) = find_quantities("Patients were dosed every 12 weeks.")
    assert q.cls == "dose"


def test_none_and_elided_word_numbers_are_arms():
    (c,) = _comparisons("Forty percent of treated patients were rash-free, compared with none in the vehicle group.")
    assert c.kind == T and _figures(c) == [40, 0]
    (c,) = _comparisons("Remission was seen in seven patients on the drug and two on placebo.")
    assert c.kind == T and _figures(c) == [7, 2]
    assert _comparisons("In all, 210 patients were randomized to the drug and 105 patients to placebo.") == []


def test_change_against_change_across_a_contrast():
    (c,) = _comparisons("Triglycerides dropped by 31.0 mg/dL in the active arm, while patients on placebo saw a "
                        "4.5 mg/dL rise.")
    assert c.kind == T and _figures(c) == [31.0, 4.5]
    (c,) = _comparisons("Weight fell 11% with the drug but stayed flat (-1%) in the placebo group.")
    assert _figures(c) == [11, -1]


def test_control_named_elsewhere():
    (c,) = _comparisons("The high dose was superior to placebo, with 48.0% of patients responding (p<0.001).")
    assert c.kind == T and _figures(c) == [48.0]
    (c,) = _comparisons("At month 6, the responder rate was 52%. In the placebo arm, it was 21%.")
    assert c.kind == T and _figures(c) == [52, 21]
    assert c.source.text.endswith("it was 21%.")


def test_difference_and_ratio_against_control():
    (c,) = _comparisons("The placebo-corrected weight loss was 12.4 percent.")
    assert c.kind == T and _figures(c) == [12.4]
    (c,) = _comparisons("Patients were 2.1-fold more likely to reach remission than those on placebo.")
    assert c.kind == T and _figures(c) == [2.1]


def test_financial_forms():
    (c,) = _comparisons("Members grew to 1,450, an increase of 9% over 1,330 a year earlier.")
    assert c.kind == P and sorted(_figures(c)) == [9, 1330, 1450]
    (c,) = _comparisons("The leverage ratio improved to 2.1x from 2.6x.")
    assert c.kind == P
    assert _comparisons("The company lifted its 2025 sales outlook to $4.0 billion to $4.2 billion, from a prior "
                        "range of $3.8 billion to $4.0 billion.") == []


def test_a_bar_in_an_arm_label_is_part_of_the_label():
    """Arm labels travel as a pair, not a string joined by '|' (a '|' in a label once crashed enrich)."""
    release = Release(sections=[Section(paragraphs=["Response was 40% in the A|B group and 20% in the placebo group."])])
    (c,) = enrich(release).comparisons
    assert [(a.label, a.value) for a in c.arms] == [("A|B group", 40), ("placebo group", 20)]
