"""Where a release states what a clinical report is read for: a statement of absence in a briefing
is made only when none of these is found anywhere in the text."""

from __future__ import annotations

from reportgen.extract import check_span
from reportgen.extract.disclosures import find_disclosures
from reportgen.model import Release, Section
from reportgen.text.sentences import SentenceIndex

STATED = Release(headline="Acme's drug meets primary endpoint in Phase 3 trial", sections=[
    Section(role="lead", paragraphs=[
        "The double-blind, placebo-controlled study randomized 412 patients 1:1.",
        "The hazard ratio was 0.71 (95% CI, 0.58-0.87; p=0.001).",
        "The drug was well tolerated, with no new safety signals.",
    ]),
    Section(heading="Forward-Looking Statements", role="fls", paragraphs=["Open-label studies may fail."]),
])


def test_every_topic_stated_is_found_with_its_span():
    found = {d.topic: d for d in find_disclosures(SentenceIndex(STATED))}
    assert set(found) == {"primary_endpoint", "n_per_arm", "blinding", "confidence_intervals", "hazard_ratios",
                          "p_values", "safety"}
    assert all(check_span(STATED, d.source) for d in found.values())


def test_legal_notices_state_nothing():
    bare = Release(headline="Acme reports quarterly results", sections=[
        Section(role="lead", paragraphs=["Revenue rose to $10 million."]),
        Section(heading="Forward-Looking Statements", role="fls", paragraphs=["Double-blind trials may fail."]),
    ])
    assert find_disclosures(SentenceIndex(bare)) == []


def test_an_open_label_design_told_in_words_is_blinding_stated():
    from reportgen.extract.disclosures import TOPICS

    said = "Participants and researchers knew which regimen each participant received; assignment was by chance."
    assert TOPICS["blinding"].search(said)
    assert TOPICS["blinding"].search("The study was not blinded.")
    assert not TOPICS["blinding"].search("The researchers knew the results would matter.")
