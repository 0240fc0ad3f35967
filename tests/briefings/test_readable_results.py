"""A result whose measure a reader cannot name ('... observed to have a', 'Result') heads no table
row and no bullet: the release's sentence is quoted instead; a bare 'arm' names no arm; a row with
nothing in it is left out."""

from __future__ import annotations

from reportgen.briefings.format import arm_label
from reportgen.briefings.provenance import Notes
from reportgen.briefings.sections import results_section
from reportgen.briefings.select import clinical_comparisons, readable
from reportgen.briefings.tables import results_table
from reportgen.model import Arm, Comparison, Release, Section, Span

SENTENCE = "The trial met its primary endpoint, with patients receiving Drug-104 observed to have a 28% rate versus 35%."
DEATHS = "There were eight deaths on the Drug-104 arm compared to four deaths on the control arm."


def _release() -> Release:
    release = Release(headline="Acme reports Phase 3 results", sections=[
        Section(role="lead", paragraphs=[SENTENCE, DEATHS])])
    fragment = Comparison(measure="Trial met its primary endpoint, with patients receiving Drug-104 observed to have a",
                          kind="treatment-vs-control", arms=[Arm(label="arm", text="28%", value=28, unit="%"),
                                                             Arm(label="control", text="35%", value=35, unit="%")],
                          source=Span(section=0, paragraph=0, start=0, end=len(SENTENCE), text=SENTENCE))
    deaths = Comparison(measure="Deaths", kind="treatment-vs-control",
                        arms=[Arm(label="Drug-104", text="8 deaths", value=8), Arm(label="control", text="4 deaths", value=4)],
                        source=Span(section=0, paragraph=1, start=0, end=len(DEATHS), text=DEATHS))
    empty = Comparison(measure="Number of patients", kind="treatment-vs-control",
                       arms=[Arm(label="Drug-104"), Arm(label="control")],
                       source=Span(section=0, paragraph=1, start=0, end=len(DEATHS), text=DEATHS))
    release.facts.comparisons = [fragment, deaths, empty]
    return release


def test_a_fragment_measure_is_quoted_not_made_a_row():
    release = _release()
    notes = Notes(release)
    assert [readable(c) for c in release.facts.comparisons] == [False, True, True]
    table = results_table(release.facts, notes, caption="Results")
    assert [r.measure for r in table.rows] == ["Deaths"]  # the empty row is left out too
    section = results_section(release, notes, has_tables=True, clinical=True)
    assert [i.text for i in section.items] == [f"“{SENTENCE}”"] and section.items[0].note
    assert [c.measure for c in clinical_comparisons(release.facts)] == ["Deaths", "Number of patients"]


def test_a_bare_arm_names_nothing():
    assert [arm_label(x) for x in ("arm", "the group", "Drug-104 arm", "control group")] == ["", "", "Drug-104", "control"]


def test_a_footnote_number_glued_to_a_sentence_is_dropped_never_a_figure():
    from reportgen.briefings.briefing import Item

    got = [Item(text=t).text for t in ("It recurs after resection.1 The drug", "in adults.2,3", "ratio 1.5 The",
                                       "Revenue was $1.2 billion.", "in 2024.1 The")]
    assert got == ["It recurs after resection. The drug", "in adults.", "ratio 1.5 The", "Revenue was $1.2 billion.",
                   "in 2024.1 The"]


def test_a_baseline_description_is_no_result_to_lead_with_a_change_from_baseline_is():
    from reportgen.briefings.select import is_baseline

    def comparison(text: str, kind: str = "treatment-vs-control") -> Comparison:
        return Comparison(measure="proportion", kind=kind, arms=[Arm(text="8%", value=8, unit="%")],
                          source=Span(section=0, paragraph=0, start=0, end=len(text), text=text))

    assert is_baseline(comparison("There was a higher proportion of the most severe cases of aSAH with the worst "
                                  "prognosis in the Drug-104 arm (8%) compared to the control arm (2%)."))
    assert is_baseline(comparison("Median age at enrollment was 61 years in both arms."))
    assert not is_baseline(comparison("IGA improved from 3.50 at baseline to 2.75 at week 1 (p=0.031)."))
    assert not is_baseline(comparison("HbA1c fell 1.8% from baseline.", kind="change-from-baseline"))
    assert not is_baseline(comparison("The response rate was 41% versus 12% with placebo."))


def test_a_sentence_pointing_at_a_link_the_briefing_lost_is_left_out_of_an_item():
    from reportgen.briefings.briefing import Item
    text = "MDA celebrates the approval of a tablet. Read Genentech\u2019s press release here. The tablet helps patients."
    assert Item(text=text).text == "MDA celebrates the approval of a tablet. The tablet helps patients."
    assert Item(text="He said \u201cwe are fine.\u201d Click here to register. Then he left.").text == "He said \u201cwe are fine.\u201d Then he left."
    # 'here' that points at nothing stays; a text that is only a pointer is left to the caller
    assert Item(text="We are here to stay. Shares rose.").text == "We are here to stay. Shares rose."
    assert Item(text="The presentation can be accessed here.").text == "The presentation can be accessed here."


def test_the_safe_harbor_notice_leaves_out_the_risks_the_briefing_lists_above_it():
    from reportgen.briefings import investor
    from reportgen.pipeline import load_release
    from tests.conftest import SHARED
    release = load_release(SHARED / "corpus" / "releases" / "2025-02-10_grace-therapeutics_globenewswire.md")
    briefing = investor.build(release)
    sections = {s.id: s for s in briefing.sections}
    risks = [i.text for i in sections["risks"].items]
    assert risks[0].startswith("The success and timing of regulatory submissions")
    notice = sections["safe-harbor"].paragraphs[0].text
    assert "including, without limitation: [\u2026]. The foregoing list" in notice
    assert not any(r[1:60] in notice for r in risks)
    assert "Abridged" in sections["safe-harbor"].intro


def test_the_same_measure_for_two_periods_names_the_period_its_sections_heading_gives():
    from reportgen.briefings import investor
    from reportgen.pipeline import load_release
    from tests.conftest import SHARED
    release = load_release(SHARED / "corpus" / "releases" / "2025-02-13_outokumpu_prnewswire.md")
    briefing = investor.build(release)
    rows = [(r.measure, r.population) for r in briefing.tables[0].rows]
    assert ("Stainless steel deliveries", "Q4 2024") in rows and ("Stainless steel deliveries", "2024") in rows
    measures = [g.measure for g in briefing.chart.groups]
    assert "Stainless steel deliveries (Q4 2024)" in measures and "Stainless steel deliveries (2024)" in measures
    # a loss is left to the table: no bar from zero stands for a negative figure
    assert all(b.value >= 0 for g in briefing.chart.groups for b in g.bars)
    # the release's own table: the period row heads the columns, rule lines are no rows
    own = briefing.tables[-1]
    assert own.columns == ["Q4/24", "Q4/23", "Q3/24", "2024", "2023"]
    assert own.measure_heading == "Key figures EUR million, or as indicated"
    assert not any(set(r.measure) <= set("- ") for r in own.rows)


def test_highlights_under_a_period_heading_among_the_subheadlines_lead_in_that_frame():
    from reportgen.briefings.data import briefing_data
    from reportgen.extract import enrich
    release = Release(
        headline="Widget Corp. Reports Fourth Quarter and Full Year Results",
        subheadlines=["Fourth Quarter 2025 Highlights", "Sales of $2.4 billion, up 7% compared to 2024",
                      "Full Year 2025 Highlights", "Sales of $9.1 billion, up 5% compared to 2024"],
        release_date="2026-02-10",
        sections=[Section(role="lead", paragraphs=["Widget Corp. today reported results for the fourth quarter."])])
    release.facts = enrich(release)
    data = briefing_data(release)
    assert data.lead == ("Widget Corp. Reports Fourth Quarter and Full Year Results — Fourth Quarter 2025: "
                         "Sales of $2.4 billion, up 7% compared to 2024")
    periods = {r.arms[0].value: r.period for r in data.results if r.arms}
    assert periods == {"$2.4 billion": "Fourth Quarter 2025", "$9.1 billion": "Full Year 2025"}


def test_a_sentence_that_opens_a_quote_is_quoted_once():
    from reportgen.briefings.format import quoted
    assert quoted('"We closed a strong year.') == "“We closed a strong year.”"
    assert quoted("“Margins widened.”") == "“Margins widened.”"
    assert quoted('"Sales grew," she said.') == '“"Sales grew," she said.”'


def test_a_sentence_from_inside_a_quotation_loses_the_mark_it_carries_alone():
    from reportgen.briefings.format import without_stray_marks
    assert without_stray_marks("the programmes initiated in 2007.\u2019") == "the programmes initiated in 2007."
    assert without_stray_marks("\u201cWe grew.\u201d") == "\u201cWe grew.\u201d"  # both marks: a quotation, kept
    assert without_stray_marks("We expect growth,\u201d said Jane.") == "We expect growth,\u201d said Jane."


def test_a_fiscal_year_with_a_typographic_apostrophe_is_a_period():
    from reportgen.briefings.format import period_in
    assert period_in("Full Year Key Highlights (FY\u201924 vs. FY\u201923, unless otherwise noted)") == "FY\u201924"
    assert period_in("Highlights for Q4 FY\u201925") == "Q4 FY\u201925"


def test_the_medical_top_line_says_data_only_when_the_release_reports_results():
    from reportgen.briefings import medical
    from reportgen.extract import enrich
    release = Release(
        headline="Zenco Receives Orphan Designation for ZN-12",
        release_date="2025-02-03",
        sections=[Section(role="lead", paragraphs=[
            "Zenco Biosciences (NASDAQ: ZNC) today announced orphan designation for ZN-12. ZN-12 is the first gene "
            "therapy to enter Phase 3 with a broad Stargardt macular degeneration (STGD) indication.",
            "The Phase 3 ZN-12 trial of ZN-12 in patients with STGD is currently enrolling."])])
    release.facts = enrich(release)
    stance = medical.build(release).stance
    assert stance.endswith("(STGD) — Phase 3") and "data" not in stance


def test_a_measure_loses_the_company_name_before_it():
    from reportgen.briefings.format import measure_text
    comp = Comparison(kind="period-over-period", measure="Avista Corp.\u2019s net income", arms=[])
    assert measure_text(comp) == "Net income"
    assert measure_text(Comparison(kind="other", measure="Alzheimer\u2019s disease progression", arms=[])) == \
        "Alzheimer\u2019s disease progression"


def test_takeaways_never_take_a_lead_in_to_a_table_or_a_row_of_figures():
    import reportgen
    text = ("Acme Corp. Opens New Plant\n\nSPOKANE, Wash. -- Acme Corp. (NYSE: ACM) today opened its new widget plant in "
            "Spokane, which will employ workers from the region.\n\n"
            "Results for the third quarter and the nine months ended Sept. 30, 2006, as compared to the respective "
            "periods of 2005:\n\n$ 293,001 $ 265,679 $ 1,079,597 $ 901,175\n\n"
            "The plant makes widgets for the food industry and the drinks industry across the west.\n")
    briefing = reportgen.build_briefing(reportgen.read_release(text.encode()), "investor")
    takeaways = next(s for s in briefing.sections if s.id == "takeaways")
    assert not [i.text for i in takeaways.items if i.text.endswith(":") or i.text.startswith("$")]
