"""Briefings: what each audience sees of the sample release, and of releases without facts."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from reportgen import briefings
from reportgen.errors import ReportgenError
from reportgen.model import Facts, PValue
from reportgen.text.dates import date_text, period_text
from tests.render.sample_release import sample_release


@pytest.fixture(scope="module")
def investor():
    return briefings.build(sample_release(), "investor")


@pytest.fixture(scope="module")
def medical():
    return briefings.build(sample_release(), "medical")


def ids(briefing):
    return [s.id for s in briefing.sections]


def test_registry_names_the_audiences_and_refuses_others():
    assert briefings.BUILTIN == ("investor", "medical", "press")
    assert list(briefings.AUDIENCES)[:3] == list(briefings.BUILTIN)  # an added audience comes after them
    with pytest.raises(ReportgenError, match="unknown audience 'sales'"):
        briefings.build(sample_release(), "sales")


def test_all_means_every_registered_audience():
    from reportgen.pipeline import parse_audiences

    assert parse_audiences("all") == list(briefings.AUDIENCES)
    assert parse_audiences("press, investor") == ["press", "investor"]


def test_press_summary_is_short_and_cites_its_figures():
    press = briefings.build(sample_release(), "press")
    assert press.audience_label == "Press summary"
    assert ids(press) == ["news", "figures", "quote", "next", "contacts"]
    assert press.stance == "Tarrytown, N.Y. (PR Newswire)"
    figures = press.section("figures").items
    assert len(figures) == 3 and all(i.note for i in figures)
    assert "15 months" in figures[0].text and "P=0.025" in figures[0].text
    quote = press.section("quote").quotes[0]
    assert quote.speaker == "Jack Talley" and len(quote.text) < 400 and quote.note is None
    assert next(c.role for c in press.section("contacts").contacts) == "Media"
    assert press.results is None and press.chart is None


def test_investor_sections_come_in_reading_order(investor):
    assert ids(investor) == ["takeaways", "what-happened", "results", "why-it-matters", "catalysts", "products",
                             "quotes", "independent-quotes", "risks", "company", "contacts", "safe-harbor", "source"]


def test_an_outside_doctor_is_not_filed_as_management(investor):
    outside = [q.speaker for q in investor.section("independent-quotes").quotes]
    management = [q.speaker for q in investor.section("quotes").quotes]
    assert outside == ["Dr. Mats L. Brune"] and "Dr. Mats L. Brune" not in management


def test_why_it_matters_quotes_the_release_on_need_and_path_to_market(investor):
    items = investor.section("why-it-matters").items
    assert len(items) == 3 and all(i.note for i in items)
    texts = [i.text for i in items]
    assert any("standard of care" in t for t in texts)
    assert any("Marketing Authorization Application" in t for t in texts)
    assert not any("P=" in t or "“" in t or '"' in t for t in texts)  # no figures, no quotes


def test_investor_masthead(investor):
    assert investor.title.startswith("EpiCept Releases New Data")
    assert investor.issuer == "EpiCept Corporation"
    assert investor.tickers == ["Nasdaq: EPCT", "OMX Nordic Exchange: EPCT"]
    assert investor.date == "2007-12-10" and investor.date_text == "10 December 2007"
    assert "significant results reported (P=0.025; P=0.024)" in investor.stance
    assert "first half of 2008" in investor.stance and " of 3" not in investor.stance  # no counts made here


def test_investor_takeaways_are_three_to_five_with_figures(investor):
    items = investor.section("takeaways").items
    assert 3 <= len(items) <= 5
    assert items[0].text == ("Median LFS (first remission): 15 months with Ceplene + IL-2 vs 9.7 months "
                             "with control (P=0.025)")
    assert any("320 randomized patients" in i.text for i in items)
    assert any("first half of 2008" in i.text for i in items)


def test_results_table_has_arms_as_columns_and_p_values(investor):
    table = investor.results
    assert table.arms == ["Ceplene + IL-2", "control"]
    rows = {r.measure: r for r in table.rows}
    assert rows["Median LFS"].values == ["15 months", "9.7 months"]
    assert rows["Median LFS"].p_value == "P=0.025"
    assert rows["Median LFS"].effect == "+5.3 months"
    assert rows["Five-year LFS"].values == ["34%", "22%"]
    assert rows["Five-year LFS"].effect == "+12 percentage points"
    assert rows["Median overall survival"].p_value == ""


def test_every_figure_cites_the_sentence_it_came_from(investor):
    notes = {n.number: n for n in investor.notes}
    row = investor.results.rows[0]
    assert "15 months for the Ceplene + IL-2 group versus 9.7 months" in notes[row.note].text
    assert notes[row.note].where == "lead, paragraph 6"
    # Notes are numbered in the order a reader meets them.
    seen = [i.note for s in investor.sections for i in s.items + s.facts if i.note]
    assert seen[0] == 1


def test_risks_are_the_named_risk_factors(investor):
    risks = [i.text for i in investor.section("risks").items]
    assert risks[0].startswith("The risk that Ceplene will not receive regulatory approval")
    assert "Competition" in risks and "Litigation" in risks
    assert "The risk that NP-1 will not receive regulatory approval or achieve significant commercial success" in risks
    assert not any("Private Securities Litigation" in r for r in risks)


def test_contacts_list_investor_relations_first(investor):
    contacts = investor.section("contacts").contacts
    assert [c.role for c in contacts] == ["Investors", "Investors", "Media", None]
    assert contacts[0].name == "Kim Sutton Golodetz"


def test_medical_sections_follow_consort_for_abstracts(medical):
    assert ids(medical) == ["product", "indication", "design", "results", "missing", "presentations",
                            "presenters", "regulatory", "quotes", "abbreviations", "contacts", "fair-balance"]
    product = {f.label: f.value for f in medical.section("product").facts}
    assert product["Product"] == "Ceplene (histamine dihydrochloride)"
    assert product["Given with"] == "low-dose interleukin-2 (IL-2)"
    assert any("NADPH oxidase" in i.text for i in medical.section("product").items)
    design = {f.label: f.value for f in medical.section("design").facts}
    assert design["Phase"] == "III" and design["Randomized patients (N)"] == "320"
    assert design["Countries"] == "11" and design["Treatment duration"] == "18 months"


def test_medical_says_what_is_missing(medical):
    missing = [i.text for i in medical.section("missing").items]
    assert missing == ["Blinding is not described.", "No confidence intervals are reported.",
                       "No safety or tolerability data are reported.", "No hazard ratios are reported."]
    # stated in the release, so never said absent: the primary endpoint, the patients (320
    # randomized), the p-values (P=0.025)
    assert medical.data.not_reported == ["blinding", "confidence_intervals", "safety", "hazard_ratios"]


def test_medical_presentations_and_references(medical):
    items = [i.text for i in medical.section("presentations").items]
    assert any("49th Annual Meeting of the American Society of Hematology" in i and "Atlanta" in i for i in items)
    assert "Reference: Blood 108(1), 1 July 2006" in items
    presenters = [f.label for f in medical.section("presenters").facts]
    assert presenters == ["Mats L. Brune, MD", "Ana I. Romero"]


def test_medical_fair_balance_names_the_press_release(medical):
    text = medical.section("fair-balance").paragraphs[0].text
    assert "press release issued by EpiCept Corporation on 10 December 2007" in text


def test_safety_words_in_the_safe_harbor_do_not_count_as_safety_data():
    release = sample_release()
    assert "safety and/or efficacy" in release.forward_looking_statements
    missing = [i.text for i in briefings.build(release, "medical").section("missing").items]
    assert any("No safety" in m for m in missing)


@pytest.mark.parametrize("audience", ["investor", "medical"])
def test_a_release_without_facts_still_gives_a_briefing(audience):
    briefing = briefings.build(sample_release(with_facts=False), audience)
    assert briefing.results is None and briefing.chart is None
    assert "results" not in ids(briefing)
    assert "contacts" in ids(briefing)
    if audience == "investor":
        # takeaways come from facts (figures, milestones, the opening sentences of the news): none here
        assert "takeaways" not in ids(briefing) and "what-happened" in ids(briefing)
        assert "safe-harbor" in ids(briefing)
    else:
        assert "fair-balance" in ids(briefing)


def test_nothing_is_hard_coded_for_the_sample():
    release = sample_release()
    facts = release.facts.model_copy(deep=True)
    facts.comparisons[0].arms[0].value = 21
    facts.comparisons[0].p_value = PValue(text="P<0.001", op="<", value=0.001)
    facts.milestones[0].period = "2009-Q3"
    release = release.model_copy(update={"facts": facts})
    briefing = briefings.build(release, "investor")
    assert briefing.results.rows[0].values[0] == "21 months"
    assert briefing.results.rows[0].p_value == "P<0.001"
    assert "third quarter of 2009" in briefing.stance


def test_sparse_facts_read_well():
    """Facts with only some fields filled: an arm without a figure, a trial with nothing known."""
    release = sample_release().model_copy(update={"facts": Facts.model_validate({
        "comparisons": [{"measure": "revenue", "arms": [{"label": "Q3 2008", "value": 12.5, "unit": "million USD"},
                                                        {"label": "Q3 2007"}], "kind": "period-over-period"}],
        "trials": [{}]})})
    for audience in briefings.BUILTIN:
        briefing = briefings.build(release, audience)
        if audience == "press":  # no results table: the figures are sentences
            assert "$12.5 million" in briefing.section("figures").items[0].text
            continue
        if audience == "medical":  # a revenue figure is not clinical content
            assert briefing.results is None and briefing.section("no-clinical-content")
            continue
        assert briefing.results.kind == "financial"
        assert briefing.results.rows[0].values == ["$12.5 million", ""]
        assert briefing.results.columns == ["Q3 2008", "Q3 2007"]


def test_malformed_facts_are_refused_by_the_model():
    """Briefings read typed facts: a fact of the wrong shape never reaches them."""
    with pytest.raises(ValidationError):
        Facts.model_validate({"people": "oops"})
    with pytest.raises(ValidationError):
        Facts.model_validate({"milestones": [{"event": "launch"}]})  # no status, kind or source


def test_dates_and_periods_read_as_words():
    assert date_text("2007-12-10") == "10 December 2007"
    assert date_text("2006-07") == "July 2006"
    assert period_text("2008-H1") == "first half of 2008"
    assert period_text("2008-Q4") == "fourth quarter of 2008"


def test_variants_of_the_facts_shape_read_well():
    """Shapes the extractor produces beside the documented ones: '... group' labels, generic arm
    names, 'Phase III', integer ordinals, credential lists, mechanism sentences with sources."""
    release = sample_release()
    facts = release.facts.model_dump()
    facts["comparisons"][0]["arms"] = [{"label": "Ceplene + IL-2 group", "value": 15, "unit": "months"},
                                       {"label": "control group", "value": 9.7, "unit": "months"}]
    facts["comparisons"][1]["arms"] = [{"label": "treatment group", "value": 34, "unit": "%", "text": "34 percent"},
                                       {"label": "control group", "value": 22, "unit": "%"}]
    facts["comparisons"].append({"measure": "LFS", "population": "first remission", "arms": [],
                                 "change": {"value": 55, "unit": "%", "direction": "improvement",
                                            "text": "55 percent"},
                                 "p_value": {"text": "p=0.011", "op": "=", "value": 0.011}, "kind": "single-result"})
    facts["trials"][0]["phase"] = "Phase III"
    source = common_source(release, "AML in first remission")
    facts["indications"] = [{"disease": "AML", "disease_long": "Acute Myeloid Leukemia", "population": p,
                             "source": source}
                            for p in ("patients in first remission", "patients in complete remission")]
    facts["products"][0]["mechanism"] = [{"text": "Ceplene inhibits NADPH oxidase.",
                                          "source": common_source(release, "inhibiting NADPH oxidase")}]
    facts["milestones"].insert(0, {"event": "under review by the EMEA", "period": None, "status": "under review",
                                   "kind": "regulatory", "source": common_source(release, "under late stage review")})
    release = release.model_copy(update={"facts": Facts.model_validate(facts)})
    medical = briefings.build(release, "medical")
    assert medical.results.arms == ["Ceplene + IL-2", "control"]
    assert [b.label for b in medical.chart.groups[1].bars] == ["Ceplene + IL-2", "control"]
    single = medical.results.rows[-1]
    assert (single.values, single.effect, single.p_value) == (["", ""], "55 percent improvement", "p=0.011")
    assert {f.label: f.value for f in medical.section("design").facts}["Phase"] == "III"
    assert {f.label: f.value for f in medical.section("indication").facts} == {
        "Indication": "Acute Myeloid Leukemia (AML)",
        "Population": "patients in first remission; patients in complete remission"}
    assert medical.section("presenters").facts[0].label == "Mats L. Brune, MD"
    assert medical.section("product").items[0].text == "Ceplene inhibits NADPH oxidase."
    assert medical.section("product").items[0].note is not None
    assert any("49th Annual Meeting" in i.text for i in medical.section("presentations").items)
    assert [f.label for f in medical.section("regulatory").facts] == ["Under review", "first half of 2008"]
    investor = briefings.build(release, "investor")
    assert "Phase III trial" in investor.section("takeaways").items[2].text
    assert "next catalyst: European Commission decision" in investor.stance


def common_source(release, needle):
    for si, pi, _, text in release.iter_paragraphs():
        start = text.find(needle)
        if start >= 0:
            return {"section": si, "paragraph": pi, "start": start, "end": start + len(needle), "text": needle}
    raise ValueError(needle)


def test_an_upcoming_meeting_presents_data_only_where_the_release_says_so():
    from reportgen.briefings.format import event_line
    from reportgen.model import Event, Span

    def event(name, said):
        return Event(kind="meeting", name=name, date="2025-02-14",
                     source=Span(section=0, paragraph=0, start=0, end=len(said), text=said))

    vote = event("Special General Meeting of Stockholders", "MGO will host its Special General Meeting of "
                 "Stockholders on February 14, 2025 to vote on the business combination.")
    congress = event("Annual Meeting of the American Society of Hematology",
                     "Data will be presented at the Annual Meeting of the American Society of Hematology.")
    assert event_line(vote) == "Special General Meeting of Stockholders (14 February 2025)"
    assert event_line(congress) == "Data presented at Annual Meeting of the American Society of Hematology (14 February 2025)"


def test_an_officer_of_the_issuer_by_its_short_name_is_management():
    from reportgen.briefings.sections import affiliation, issuer_aliases
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.blocks import Read
    from reportgen.readers.wire_text import blocks_from_text
    release = assemble_release(Read(blocks_from_text(
        "Acme Bank Signs Social Loan\n\n"
        "HANOI, VIETNAM - 3 August 2026 - The City Development Joint Stock Commercial Bank (ACBank - HoSE: ACB) on "
        "July 30 signed a US$721 million social loan with a group of international lenders.\n\n"
        "Speaking at the ceremony, Dr Jane Roe, Permanent Vice Chairwoman of ACBank, described the loan as a milestone.\n\n"
        "\u201cIt is our first financing facility dedicated exclusively to social initiatives,\u201d she said.\n")))
    aliases = issuer_aliases(release)
    assert aliases == ("ACBank",)
    assert [affiliation(q, release.issuer.name, aliases) for q in release.quotes] == ["management"]
    assert [affiliation(q, release.issuer.name) for q in release.quotes] == ["independent"]  # without the short name


@pytest.mark.parametrize("value, unit, printed, want", [
    (31.4, "HK$ billion", "HK$31.4 billion", "HK$31.4 billion"),
    (162264, "NT$ million", "NT$162,264 million", "NT$162,264 million"),
    (12.5, "S$ million", "S$12.5 million", "S$12.5 million"),
])
def test_dollars_of_other_countries_print_their_sign_first(value, unit, printed, want):
    from reportgen.briefings.format import unit_text
    assert unit_text(value, unit, printed) == want


def _release_of_text(text: str):
    from reportgen.extract import enrich
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.blocks import Read
    from reportgen.readers.wire_text import blocks_from_text
    release = assemble_release(Read(blocks_from_text(text)))
    release.facts = enrich(release)
    return release


_OIL = ("Acme Royalty Announces Fourth Quarter Results\n\n"
        "CALGARY, Alberta, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme Royalty Ltd. announced its fourth quarter results and a 4% "
        "increase in its annual dividend to $1.04 per common share ($0.26 per common share quarterly).\n\n"
        "Corporate proved plus probable reserves were 63,653 MBOE relative to 65,762 MBOE at YE 2023.\n\n"
        "Subject to the approval of the Board, the first quarterly dividend of $0.26 per common share is expected to be "
        "effective for the March 31, 2025 record date.\n\n"
        "Highlights\n\n"
        "Subject to the approval of the Board, the first quarterly dividend of $0.26 per common share is expected to be "
        "effective for the March 31, 2025 record date.\n")


def test_an_oil_companys_figures_are_no_clinical_data():
    from reportgen.briefings.investor import stance
    from reportgen.briefings.select import financial_comparisons, has_clinical_content
    release = _release_of_text(_OIL)
    assert not has_clinical_content(release.facts)
    assert "Clinical" not in stance(release)
    assert any("reserves" in (c.measure or "") for c in financial_comparisons(release.facts))


def test_an_amount_restated_per_quarter_is_no_prior_period():
    release = _release_of_text(_OIL)
    for c in release.facts.comparisons:
        values = [a.value for a in c.arms]
        assert not (1.04 in values and 0.26 in values)  # $1.04 a year is $0.26 a quarter, not last year's $0.26


@pytest.mark.parametrize("measure, ok", [
    ("Oil royalty production volumes", True),
    ("Reported revenue", True),
    ("This brought 2024 annual spuds on Acme's royalty properties", False),
    ("Acme amended its credit facility, voluntarily reducing it", False),
    ("Multi-lateral drilling continues to increase on our lands accounting", False),
])
def test_a_clause_is_no_row_label(measure, ok):
    from reportgen.briefings.select import readable
    from reportgen.model import Arm, Comparison
    c = Comparison(measure=measure, kind="period-over-period", arms=[Arm(label="2024", value=1.0)])
    assert readable(c) is ok


def test_an_unnamed_trial_is_named_by_its_product_and_phase_never_invented():
    from reportgen.briefings.medical import _trial_labels
    from reportgen.briefings.provenance import Notes
    from reportgen.model import Trial
    release = _release_of_text(
        "Acme Provides Update from Phase 1/1b Trial of AC1002\n\n"
        "HOUSTON, Feb. 12, 2025 (GLOBE NEWSWIRE) -- Acme Holdings, Inc. today provides an update from its ongoing Phase "
        "1/1b clinical trial evaluating AC1002 for the treatment of acute myeloid leukemia.\n\n"
        "Acme's lead product candidate, prexigebersen, is in a Phase 2 study for blood cancers.\n")
    trials = release.facts.trials
    labels = _trial_labels(trials, release.facts, Notes(release))
    assert labels and not any(re.fullmatch(r"Trial [A-Z]", x) for x in labels)
    assert _trial_labels([Trial(phase="Phase 2"), Trial(phase="Phase 2")], release.facts, Notes(release)) == [
        "Phase 2 trial (A)", "Phase 2 trial (B)"]


def test_a_stated_effect_shows_when_the_arms_print_no_figures():
    from reportgen.briefings.format import effect_is_derived, effect_text
    from reportgen.briefings.select import readable
    from reportgen.model import Arm, Change, Comparison
    c = Comparison(measure="coronary heart disease death, heart attack, ischemic stroke or arterial revascularization",
                   kind="treatment-vs-control", arms=[Arm(label="widget"), Arm(label="placebo")],
                   change=Change(value=19, unit="%", direction="reduction", text="19%"))
    assert effect_text(c) == "19% reduction" and not effect_is_derived(c)
    assert readable(c)  # a composite outcome is one measure, however many events it names


@pytest.mark.parametrize("population, shown", [
    ("heart attack among participants in the widget group", "participants in the widget group"),
    ("widget group had a significantly reduced risk of the dual primary endpoints", ""),
    ("adults with obesity", "adults with obesity"),
])
def test_a_population_as_a_table_shows_it(population, shown):
    from reportgen.briefings.format import population_text
    assert population_text(population) == shown


def test_a_measure_cut_at_its_bracket_is_no_row_label():
    from reportgen.briefings.select import readable
    from reportgen.model import Arm, Comparison
    c = Comparison(measure="Nominally lower rates of death from cardiovascular causes (", kind="treatment-vs-control",
                   arms=[Arm(label="widget", value=2.8), Arm(label="placebo", value=3.6)])
    assert not readable(c)


def test_subheadlines_joined_keep_their_full_stops():
    from reportgen.briefings.sections import _joined
    assert _joined(["Record revenue of $5 million", "EPS up 12%"]) == "Record revenue of $5 million; EPS up 12%"
    assert _joined(["Evolocumab reduced the risk by 25%.", "Participants also had fewer events."]) == \
        "Evolocumab reduced the risk by 25%. Participants also had fewer events."
