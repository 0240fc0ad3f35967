"""Briefings of every kind of release, not just the clinical sample: financial results, mergers,
legal notices. Figures read as a professional writes them, charts never show a lone bar, tables
carry only the columns their rows fill, the stance states the release's own figures, and the
display typography (™, ®, curly quotes) leaves the fidelity check green."""

from __future__ import annotations

import re

import pytest

from reportgen import briefings
from reportgen.briefings import format as fmt
from reportgen.briefings.select import lead_paragraphs
from reportgen.fidelity import verify
from reportgen.pipeline import build_release, load_release
from reportgen.render import RenderOptions
from reportgen.render.html import render_html
from reportgen.render.typography import typography
from reportgen.text.sentences import first_sentence
from tests.conftest import shared_path
from tests.render.sample_release import sample_release

# end to end: renders PDF or DOCX (deselect with -m 'not slow')
pytestmark = pytest.mark.slow

APPLE = "2024-02-01_apple_ex991.htm"
CATERPILLAR = "2022-04-28_caterpillar_ex991.htm"
SEARS = "2004-07-22_sears_prnewswire-firstcall_ex99.txt"
NEXT = "1996-12-20_apple-next_ex99.txt"
IDEAYA = "2025-02-13_ideaya_prnewswire.md"
ASCENDIS = "2025-02-12_ascendis-pharma_globenewswire.md"
REGENERON = "2025-02-08_regeneron_globenewswire.md"
ARROWHEAD = "2025-02-10_arrowhead_businesswire.md"
FARUQI = "2025-02-10_faruqi_newsfile.md"
CORPUS = [APPLE, CATERPILLAR, SEARS, NEXT, IDEAYA, ASCENDIS, REGENERON, ARROWHEAD, FARUQI]
BARE = RenderOptions(embed_fonts=False, subset_fonts=False)  # the HTML without its fonts: quicker to read


@pytest.fixture(scope="module")
def releases():
    return {name: load_release(shared_path("corpus", "releases", name)) for name in CORPUS}


@pytest.fixture(scope="module")
def built(releases):
    return {(name, audience): briefings.build(release, audience)
            for name, release in releases.items() for audience in briefings.AUDIENCES}


@pytest.fixture(scope="module")
def html(built):
    cache = {}

    def get(name, audience):
        if (name, audience) not in cache:
            cache[name, audience] = render_html(built[name, audience], BARE)
        return cache[name, audience]
    return get


def visible(page: str) -> str:
    body = page.split("</style>", 1)[-1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


# --- figures as a reader writes them ---------------------------------------------------------------

@pytest.mark.parametrize("value, unit, printed, expected", [
    (119.6, "$ billion", "$119.6 billion", "$119.6 billion"),
    (2.18, "$", "$2.18", "$2.18"),
    (-0.12, "$", "(0.12)", "($0.12)"),
    (-50, "million", "(50)", "−50 million"),
    (96458, "million", "$96,458", "$96,458 million"),
    (173.9, "€ million", None, "€173.9 million"),
    (5, "£ million", None, "£5 million"),
    (0.24, "$ per share", "$0.24 per share", "$0.24 per share"),
    (7, "$ million", "$7.0 million", "$7.0 million"),
    (12.5, "million USD", None, "$12.5 million"),
    (1234567, "patients", None, "1,234,567 patients"),
    (34, "%", "34 percent", "34%"),
    (15, "months", None, "15 months"),
])
def test_currency_and_numbers_read_as_written(value, unit, printed, expected):
    assert fmt.unit_text(value, unit, printed) == expected


def test_no_currency_sign_trails_a_figure(html):
    for name in (APPLE, CATERPILLAR, SEARS, ASCENDIS):
        text = visible(html(name, "investor"))
        # '119.6 $ billion', '2.18 $': the sign after the figure (a '$ Change' column heading is fine)
        assert not re.search(r"\d ?[$€£] ?(?:billion|million|thousand)\b|\d [$€£](?:[,;.)]| [a-z]|$)", text), name
    text = visible(html(APPLE, "investor"))
    assert "$119.6 billion" in text and "$2.18" in text and "119.6 $" not in text


# --- charts: two or more numeric arms, meaningful labels -------------------------------------------

def test_charts_never_show_a_lone_bar_or_arm_letters(built, html):
    for (name, audience), briefing in built.items():
        if briefing.chart:
            assert all(len(g.bars) >= 2 for g in briefing.chart.groups), (name, audience)
            assert not any(b.label.startswith("Arm ") for g in briefing.chart.groups for b in g.bars)
    assert built[APPLE, "investor"].chart is None  # revenue and EPS come with a change, no prior figure
    assert "Arm A" not in visible(html(APPLE, "investor"))


def test_financial_chart_bars_are_periods_on_one_scale(built):
    chart = built[CATERPILLAR, "investor"].chart
    assert chart and chart.groups
    labels = {b.label for g in chart.groups for b in g.bars}
    assert "first quarter of 2022" in labels and "first quarter of 2021" in labels
    assert not any(re.search(r"\b(?:of|profit|share)$|^Arm ", label) for label in labels), labels
    dealers = next((g for g in chart.groups if g.measure == "Dealers"), None)
    if dealers:  # $1.3 billion beside $700 million: the bars compare amounts, not printed digits
        assert dealers.bars[0].value > dealers.bars[1].value


# --- tables: clinical with p-values, financial with periods and changes -------------------------------

def test_financial_results_have_no_p_value_column(built, html):
    table = built[APPLE, "investor"].tables[0]
    assert table.kind == "financial"
    assert table.columns == ["This period", "Change"]  # no prior figure is stated: no empty column
    rows = {r.measure: r for r in table.rows}
    assert rows["Revenue"].cells[0].text == "$119.6 billion"
    assert rows["Revenue"].change == "up 2% year over year"
    assert "Margin expansion drove an all-time record EPS" not in rows  # the same figures twice
    for name in (APPLE, CATERPILLAR, SEARS):
        assert "P value" not in visible(html(name, "investor")), name


def test_a_financial_release_shows_its_own_first_table(built, html):
    tables = built[APPLE, "investor"].tables
    own = [t for t in tables if t.kind == "release"]
    assert len(own) == 1 and own[0].columns == ["December 30, 2023", "December 31, 2022"]
    rows = {}
    for r in own[0].rows:
        rows.setdefault(r.measure, r)
    assert [c.text for c in rows["Products"].cells] == ["$96,458", "$96,388"]  # '$' cells joined back
    assert rows["Cost of sales:"].heading
    assert "<thead>" in html(APPLE, "investor")  # the header row repeats on each page (CSS)


def test_clinical_table_keeps_p_values_and_drops_financials(built):
    medical = built[IDEAYA, "medical"]
    assert all(t.kind == "clinical" for t in medical.tables)
    assert not any("revenue" in r.measure.lower() for t in medical.tables for r in t.rows)
    table = briefings.build(sample_release(), "investor").results
    assert table.kind == "clinical" and table.columns == ["Ceplene + IL-2", "control", "Difference", "P value"]


def test_periods_label_the_financial_columns(built):
    table = next(t for t in built[SEARS, "investor"].tables if t.kind == "financial")
    rows = {r.measure: r for r in table.rows}
    assert rows["Net income"].values == ["$53 million", "$309 million"]
    assert "second quarter of 2003" in rows["Net income"].population
    assert fmt.period_label("during the first quarter of 2022") == "first quarter of 2022"
    assert fmt.period_label("first-quarter 2021 profit per share of") == "first-quarter 2021"
    assert fmt.period_label("during the same period for 2023") == "same period for 2023"


# --- the stance and the takeaways -------------------------------------------------------------------

def test_stance_states_the_headline_figures(built):
    stance = built[APPLE, "investor"].stance
    # the author's order: the subheadline's EPS (with the value the lead paragraph gives), then revenue
    assert stance.startswith("Earnings per diluted share $2.18, up 16% year over year; revenue $119.6 billion, up 2%")
    assert "comparator" not in stance
    assert built[SEARS, "investor"].stance.startswith("Net income $53 million vs $309 million in second quarter of 2003")
    for name in CORPUS:
        assert "Figures reported against a comparator" not in built[name, "investor"].stance


def test_takeaways_are_not_the_lead_sentence_again(built, releases):
    for name in CORPUS:
        section = built[name, "investor"].section("takeaways")
        if section is None:
            continue
        lead = lead_paragraphs(releases[name])
        first = first_sentence(lead[0]) if lead else None
        assert all(i.text != first for i in section.items), name
    items = [i.text for i in built[APPLE, "investor"].section("takeaways").items]
    assert items[0] == "Revenue: $119.6 billion, up 2% year over year"


# --- the medical briefing of a release without clinical content --------------------------------------

@pytest.mark.parametrize("name", [APPLE, CATERPILLAR, NEXT])
def test_medical_briefing_says_there_is_no_clinical_content(built, name):
    medical = built[name, "medical"]
    assert medical.stance.startswith("No clinical content")
    assert medical.sections[0].id == "no-clinical-content"
    assert medical.results is None and medical.chart is None
    assert not medical.section("design") and not medical.section("missing")


# --- display typography ------------------------------------------------------------------------------

def test_typography_filter():
    assert typography("Ceplene(TM) and Apple(R)") == "Ceplene™ and Apple®"
    assert typography('He said "it\'s done" -- today') == "He said “it’s done”—today"
    assert typography("pages 10--20") == "pages 10–20"
    assert typography(None) is None


def test_release_text_is_typeset_and_still_verified():
    release = sample_release()
    assert "Ceplene(TM)" in release.headline + " ".join(release.sections[0].paragraphs)  # as printed
    for audience in briefings.AUDIENCES:
        briefing = briefings.build(release, audience)
        page = visible(render_html(briefing, BARE))
        assert "(TM)" not in page and "Ceplene™" in page, audience
        verify(briefing, release, ["html", "docx"])


# --- the corpus builds, fidelity check included ------------------------------------------------------

@pytest.mark.parametrize("name, formats", [(APPLE, ["pdf", "docx"]), (CATERPILLAR, ["pdf"]),
                                           (SEARS, ["docx"]), (IDEAYA, ["html"]), (NEXT, ["html", "docx"]),
                                           (FARUQI, ["html"]), (ARROWHEAD, ["html"])])
def test_corpus_releases_build_and_pass_the_fidelity_check(tmp_path, name, formats):
    result = build_release(shared_path("corpus", "releases", name), tmp_path, list(briefings.AUDIENCES), formats)
    assert len(result.written) == len(briefings.AUDIENCES) * len(formats)
