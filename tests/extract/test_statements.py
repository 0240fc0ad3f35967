"""Sentences the briefings select (outlook, why it matters, safety, paragraph openings) and the
risk factors of the forward-looking statements: found in extract, each with its exact span."""

from __future__ import annotations

from reportgen.extract import check_span
from reportgen.extract.risks import find_risks
from reportgen.extract.statements import (
    find_deals,
    find_dividends,
    find_outlook,
    find_safety,
    find_significance,
    find_topic_sentences,
)
from reportgen.model import Release, Section
from reportgen.text.sentences import SentenceIndex


def _release(*sections: Section, fls: str | None = None) -> Release:
    return Release(sections=list(sections), forward_looking_statements=fls)


RELEASE = _release(
    Section(role="lead", paragraphs=[
        "Acme today reported record results for the quarter.",
        '"We are proud of the team," said the CEO. Acme expects full-year 2025 revenue of $1.2 billion.',
        "Acme now expects full-year 2025 revenue of $1.3 billion to $1.4 billion.",
        "Zyla is the first and only approved therapy for the disease. The drug was well tolerated.",
        "Register for the conference call by dialing 1-800-555-0100 before 8 a.m.",
    ]),
    Section(heading="About Acme", role="about", paragraphs=["Acme is the first company to make widgets."]),
    Section(heading="Forward-Looking Statements", role="fls", paragraphs=[
        "Acme expects 2025 revenue to grow. Approval may not come. No adverse events are foreseen."]),
)


def test_outlook_is_a_guidance_sentence_with_a_figure_outside_quotes_and_the_safe_harbor():
    found = find_outlook(SentenceIndex(RELEASE))
    assert [s.text for s in found] == ["Acme now expects full-year 2025 revenue of $1.3 billion to $1.4 billion."]
    assert found[0].cue == "expects" and check_span(RELEASE, found[0].source)


def test_significance_is_weighted_by_its_cue_and_skips_boilerplate():
    found = find_significance(SentenceIndex(RELEASE))
    assert [(s.text, s.cue, s.weight) for s in found] == [
        ("Zyla is the first and only approved therapy for the disease.", "approved", 3)]


def test_safety_and_topic_sentences():
    index = SentenceIndex(RELEASE)
    assert [s.text for s in find_safety(index)] == ["The drug was well tolerated."]
    topics = [s.text for s in find_topic_sentences(index)]
    assert topics == ["Acme today reported record results for the quarter.",
                      "Acme now expects full-year 2025 revenue of $1.3 billion to $1.4 billion.",
                      "Zyla is the first and only approved therapy for the disease."]


def test_risks_are_the_listed_items_with_their_spans():
    fls = ("This release contains forward-looking statements. Factors that could cause results to differ "
           "include: the risk that Zyla will not be approved, that sales will disappoint; competition; and "
           "litigation. See our filings.")
    release = _release(Section(heading="Forward-Looking Statements", role="fls", paragraphs=[fls]), fls=fls)
    risks = find_risks(release)
    assert [r.text for r in risks] == ["The risk that Zyla will not be approved", "The risk that sales will disappoint",
                                       "Competition", "Litigation"]
    assert risks[1].source.text == "that sales will disappoint" and check_span(release, risks[1].source)


def test_no_list_no_risks():
    assert find_risks(_release(fls="Statements here are forward-looking. Actual results may differ.")) == []
    assert find_risks(_release()) == []


DEALS = _release(
    Section(role="lead", paragraphs=[
        "Acme today announced that it has entered into a definitive agreement to acquire Beta Corp. for $40 per share.",
        "The Board declared a quarterly cash dividend of $0.25 per share, payable on June 1.",
        "The company paid dividends in the past.",
        "Adjusted EBITDA excludes acquisition-related costs of $3 million.",
    ]),
    Section(heading="About Acme", role="about", paragraphs=["Acme completed the acquisition of Gamma in 2019."]),
)


def test_dividends_need_an_amount_and_a_declaring_verb():
    found = find_dividends(SentenceIndex(DEALS))
    assert [s.text for s in found] == [DEALS.sections[0].paragraphs[1]]
    assert check_span(DEALS, found[0].source)


def test_deals_are_announced_in_the_news_not_defined_in_non_gaap_notes_nor_recalled_in_about():
    found = find_deals(SentenceIndex(DEALS))
    assert [s.text for s in found] == [DEALS.sections[0].paragraphs[0]]


def test_an_outlook_section_states_guidance_line_by_line_even_without_a_figure():
    release = _release(Section(heading="2025 Outlook", role="body", paragraphs=[
        "The company expects:",
        "Adjusted earnings per share to increase modestly.",
        "An effective tax rate of approximately 20 to 22 percent.",
        "Our people remain our priority.",
    ]))
    assert [s.text for s in find_outlook(SentenceIndex(release))] == [
        "Adjusted earnings per share to increase modestly.", "An effective tax rate of approximately 20 to 22 percent."]


def test_a_defined_term_in_quotation_marks_quotes_nobody():
    release = _release(Section(role="lead", paragraphs=[
        'NextTrip, Inc. ("NextTrip" or the "Company") today announced it has closed its acquisition of a 49% stake '
        "in Five Star Alliance.",
        '"We have closed the acquisition we announced," said the CEO.',
    ]))
    assert [s.text for s in find_deals(SentenceIndex(release))] == [release.sections[0].paragraphs[0]]


def test_why_it_matters_needs_a_claim_not_a_count_an_adverb_a_sign_up_or_a_career():
    release = _release(
        Section(role="lead", paragraphs=[
            "In the study's first cohort, eight participants received a twice-daily dose of the drug.",
            "The vaccine will destroy only the diseased cells with incredible precision.",
            "The spin-off is subject to conditions described in the registration statement on Form 10.",
            "Investigational plozasiran has not been reviewed or approved to treat any disease.",
            "Mr. Dorman brings over 20 years of experience, where he led multiple commercial launches.",
            "After registration you will receive a phone number and a conference ID to access the call.",
            "Registration: Link",
            "Plozasiran is a first-in-class investigational RNAi therapeutic designed to lower triglycerides.",
            "Ceplene is the company's registration-stage compound for the treatment of AML.",
        ]),
        Section(heading="Conference call", role="body", paragraphs=[
            "Approval of the dividend will be discussed on the call, the first of the year."]),
    )
    found = find_significance(SentenceIndex(release))
    assert [(s.cue, s.weight) for s in found] == [("first", 2), ("registration-stage", 2)]
    assert found[0].text.startswith("Plozasiran is a first-in-class")


def test_an_enumerated_list_of_risks_after_including_without_limitation():
    fls = ("Actual results could differ materially as a result of various risks and uncertainties, including, without "
           "limitation: (i) the success and timing of regulatory submissions; (ii) changes to clinical trial designs; and "
           "(iii) legislative developments. These and other risks are described in the Company's Annual Report on Form 10-K.")
    release = _release(Section(heading="Forward-Looking Statements", role="fls", paragraphs=[fls]), fls=fls)
    assert [r.text for r in find_risks(release)] == [
        "The success and timing of regulatory submissions", "Changes to clinical trial designs", "Legislative developments"]


def test_a_list_of_what_the_statements_are_about_or_a_pointer_to_the_filings_names_no_risk():
    for fls in ("These forward-looking statements include, but are not limited to, statements regarding the timing of "
                "our trials and the potential of our product candidates.",
                "Factors that could cause results to differ include the risk factors detailed in the Company's Annual "
                "Report on Form 10-K for the year ended December 31, 2024."):
        release = _release(Section(heading="Forward-Looking Statements", role="fls", paragraphs=[fls]), fls=fls)
        assert find_risks(release) == []


def test_a_sentence_pointing_at_a_table_is_no_outlook():
    release = _release(Section(heading="Earnings Guidance", role="body", paragraphs=[
        "Outlook: The table below provides estimates for 2025 AFFO per share of $4.26 to $4.30.",
        "The Company expects 2025 AFFO per share of $4.26 to $4.30.",
    ]))
    assert [s.text for s in find_outlook(SentenceIndex(release))] == ["The Company expects 2025 AFFO per share of $4.26 to $4.30."]


def test_a_forecast_cited_from_someone_else_is_no_guidance():
    from reportgen.extract.common import THIRD_PARTY_FORECAST as _THIRD_PARTY

    assert _THIRD_PARTY.search('Spending on smart-home products is on track to hit $300 billion in 2027 (Acme Research, '
                               '"Home Forecast," Dec. 2025).')
    assert _THIRD_PARTY.search("According to industry research, the market will grow 12% in 2026.")
    assert not _THIRD_PARTY.search("According to the company, the trial will read out in the third quarter of 2026.")
    assert not _THIRD_PARTY.search("The company expects full-year revenue of $5.2 billion in 2026.")
