"""Precision fixes seen in real corpus output, each written as a general case (not the release's text)."""

from __future__ import annotations

from reportgen.extract import enrich
from reportgen.extract.comparisons import extract_comparisons
from reportgen.model import Comparison, Release, Section
from reportgen.text.sentences import SentenceIndex


def _release(*paragraphs: str, headline: str = "", date: str = "2025-02-10") -> Release:
    return Release(headline=headline, release_date=date, sections=[Section(paragraphs=list(paragraphs))])


def _comparisons(sentence: str) -> list[Comparison]:
    sentences = SentenceIndex(_release(sentence))
    return [c for c in extract_comparisons(sentences.paragraphs, {}, sentences.release_date)
            if c.kind == "period-over-period"]


def test_hyphenated_quarter_labels_each_arm_with_its_own_period():
    (c,) = _comparisons("Second-quarter 2024 profit per share was $1.12, compared with second-quarter 2023 "
                        "profit per share of $0.98.")
    assert [(a.label, a.value) for a in c.arms] == [("Second-quarter 2024", 1.12), ("second-quarter 2023", 0.98)]
    (c,) = _comparisons("Widget Corp. announced third-quarter 2023 sales of $4.2 billion, a 6% increase compared "
                        "with $3.96 billion in the third quarter of 2022.")
    assert c.arms[0].label == "third-quarter 2023"


def test_from_to_puts_the_later_figure_first_and_labels_dates():
    (c,) = _comparisons("Following this news, Acme's stock price fell from $31.50 per share on March 3, 2024 to "
                        "$12.10 per share on March 4, 2024.")
    assert [(a.label, a.value) for a in c.arms] == [("March 4, 2024", 12.10), ("March 3, 2024", 31.50)]
    assert c.measure == "Acme's stock price per share"


def test_measure_is_what_the_verb_produced_and_segments_are_named():
    (c,) = _comparisons("Strong pricing drove an all-time record EPS of $3.05, up 12 percent from last year.")
    assert c.measure == "EPS"
    found = _comparisons("The Retail segment, which includes all store formats, reported operating income of "
                         "$42 million for the quarter, compared with $51 million in the prior year quarter.") + \
        _comparisons("Widget Canada reported operating income of $11 million for the quarter, compared with "
                     "$23 million for the prior year quarter.") + \
        _comparisons("Widget Corp. (NYSE: W) today reported operating income of $300 million for the quarter, "
                     "compared with $280 million for the prior year quarter.")
    assert [c.measure for c in found] == ["Retail segment operating income", "Widget Canada operating income",
                                             "operating income"]


def test_bracketed_prior_period_label_goes_to_the_prior_arm():
    (c,) = _comparisons("Q3 revenue: $88.1 million (Q3 2023: $80.4 million).")
    assert [(a.label, a.value) for a in c.arms] == [("Q3", 88.1), ("Q3 2023", 80.4)]


def test_products_exclude_companies_platforms_and_partner_brands():
    release = _release(
        "Zenco® today announced results. Zenco Biosciences, Inc. (NASDAQ: ZNC) develops medicines using its "
        "proprietary FoldMax® platform and the Zenco Discovery Center®.",
        "ZEN412 is a potential first-in-class MAT2A inhibitor in a Phase 1 trial. The company expects to expand the "
        "study of ZEN412 in combination with Oncura® (sacituzumab govitecan) in 2025, and will report the ZEN412 and "
        "Oncura combination data later.",
        "Investigational tovasiran, a novel siRNA, is in Phase 3. Tovasiran reduced triglycerides in patients with "
        "familial chylomicronemia syndrome. It has not been approved to treat any disease.")
    facts = enrich(release).model_dump(mode="json")
    names = {p["brand"] or p["generic"]: p for p in facts["products"]}
    assert set(names) == {"ZEN412", "tovasiran"}
    assert names["ZEN412"]["partner"] == "Oncura"
    assert "any disease" not in [i["disease"] for i in facts["indications"]]


def test_milestones_start_at_a_word_and_name_abbreviations_by_their_long_form():
    release = _release("The companies agreed to wind down the ZEN412 combination study, and the Company plans to "
                       "submit a New Drug Application (NDA) for the treatment of achondroplasia during the first "
                       "quarter of 2025.")
    events = [m["event"] for m in enrich(release).model_dump(mode="json")["milestones"]]
    assert events == ["New Drug Application (NDA) for the treatment of achondroplasia"]


def test_publication_journal_event_name_and_legal_notice_trials():
    facts = enrich_json(_release("The data were presented at the virtual Retina (Retina Imaging and Therapy) 2025 annual "
                            "meeting. The PALM data were simultaneously published in the ACC journal, Circulation."))
    assert [p["journal"] for p in facts["publications"]] == ["Circulation"]
    assert [e["name"] for e in facts["events"]] == ["Retina 2025 annual meeting"]
    notice = _release("The Law Firm reminds investors who purchased Acme securities of the class action lawsuit. "
                      "On May 1, 2024, Acme announced that it would stop its Phase 2 STRIDE trial. Attorneys at the "
                      "firm represent investors in securities fraud cases.")
    assert enrich(notice).trials == []


def enrich_json(release):
    return enrich(release).model_dump(mode="json")


def test_a_disease_named_as_the_indication_and_a_filing_the_company_pursues():
    release = _release(
        "Zenco Biosciences (NASDAQ: ZNC) today announced a positive opinion for ZN-12. ZN-12 is the first gene therapy "
        "to enter Phase 3 with a broad Stargardt macular degeneration (STGD) indication.",
        "The designation allows Zenco to meet the agency more often as the Company pursues Marketing Authorization "
        "Application (MAA) filing in 2026.",
        "ZN-40 has received designations recognizing its potential across multiple solid tumor indications.")
    facts = enrich(release)
    assert [(i.disease, i.disease_long) for i in facts.indications] == [("STGD", "Stargardt macular degeneration")]
    assert [(m.event, m.period) for m in facts.milestones] == [("Marketing Authorization Application (MAA) filing", "2026")]


def test_an_opening_phrase_or_a_reporting_verb_is_no_measure():
    def measures(text):
        sentences = SentenceIndex(_release(text))
        return [c.measure for c in extract_comparisons(sentences.paragraphs, {}, sentences.release_date)]
    assert measures("In the 300-patient study, 41.0% of patients taking ZN-12 had a response compared to 22.5% of "
                    "patients taking placebo (p=0.01).") == [None]
    assert "said" not in (measures("The company said that patients on ZN-12 showed a mean weight reduction of 9.5%, "
                                   "compared to 1.5% for placebo.")[0] or "")


def test_a_clause_cut_at_its_figure_is_no_measure_and_a_footnote_number_leaves_the_acronym():
    def measures(text):
        sentences = SentenceIndex(_release(text))
        return [c.measure for c in extract_comparisons(sentences.paragraphs, {}, sentences.release_date)]
    assert measures("Fourth quarter revenue increased 5 percent year over year. Excluding these items and the $4.0 million "
                    "impact of currency, Services increased 7 percent.")[-1] is None
    assert measures("Results included $12.3M of favorable development, compared to $9.8 million in 2024.") == [None]
    assert measures("Adjusted EBITDA2 increased 11 percent to $131.5 million.") == ["Adjusted EBITDA"]
