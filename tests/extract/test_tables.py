"""Period-over-period rows mined from results tables (Facts.table_comparisons, with `table_source`)."""

from __future__ import annotations

import pytest

from reportgen.extract import check_table_source, enrich
from reportgen.extract.tables import extract_table_comparisons
from reportgen.model import Release, Section, Table
from reportgen.readers import read_release

from ..conftest import shared_path


def _release(*tables: Table) -> Release:
    return Release(sections=[Section(paragraphs=["Results."], tables=list(tables))])


def _rows(facts):
    return [(f.measure, [a.label for a in f.arms], [a.value for a in f.arms], f.change and f.change.value)
            for f in facts]


def test_grouped_header_with_spacers_and_currency_cells():
    t = Table(caption="Condensed Statements of Operations (in thousands, except per share data)", header_rows=2, rows=[
        ["", "Three Months Ended December 31,", "", "", "Year Ended December 31,", ""],
        ["", "2024", "", "2023", "2024", "2023"],
        ["Revenue", "$", "12,500", "$ 9,800", "45,100", "38,200"],
        ["Research and development", "", "(8,100)", "7,900", "31,000", "29,400"],
        ["Net loss per share", "$", "(0.21)", "$ (0.30)", "(0.95)", "(1.10)"],
        ["Other income", "", "—", "150", "200", "310"],
        ["Footnote text spanning the row", "", "", "", "", ""],
    ])
    release = _release(t)
    facts = extract_table_comparisons(release)
    q = ["Three Months Ended December 31, 2024", "Three Months Ended December 31, 2023"]
    y = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    assert _rows(facts) == [
        ("Revenue", q, [12500, 9800], None),
        ("Revenue", y, [45100, 38200], None),
        ("Research and development", q, [-8100, 7900], None),
        ("Research and development", y, [31000, 29400], None),
        ("Net loss per share", q, [-0.21, -0.30], None),
        ("Net loss per share", y, [-0.95, -1.10], None),
        ("Other income", y, [200, 310], None),
    ]
    assert facts[0].arms[0].unit == "thousand" and facts[4].arms[0].unit == "per share"
    for f in facts:
        assert f.kind == "period-over-period" and f.source is None
        assert check_table_source(release, f)
    assert facts[1].table_source.model_dump() == {"section": 0, "table": 0, "row": 2, "cells": [4, 5],
                                                  "text": "Revenue | $ | 12,500 | $ 9,800 | 45,100 | 38,200"}


def test_quarters_years_and_a_change_column():
    t = Table(rows=[
        ["EUR million", "Q4/24", "Q4/23", "Q3/24", "2024", "2023"],
        ["Sales", "1,205", "1,310", "1,190", "4,900", "5,300"],
        ["EBITDA", "-12", "15", "40", "160", "410"],
        ["Deliveries, 1,000 tonnes", "400", "420", "410", "1,700", "1,800"],
        ["Short row", "1", "2"],
    ])
    facts = extract_table_comparisons(_release(t))
    sales = [f for f in facts if f.measure == "Sales"]
    assert [([a.label for a in f.arms], [a.value for a in f.arms]) for f in sales] == [
        (["Q4/24", "Q4/23"], [1205, 1310]), (["Q4/24", "Q3/24"], [1205, 1190]), (["2024", "2023"], [4900, 5300])]
    assert sales[0].arms[0].unit == "EUR million"
    assert not [f for f in facts if f.measure == "Short row"]
    t2 = Table(caption="Sales by segment ($ in millions)", rows=[
        ["Segment", "Fourth Quarter 2024", "Fourth Quarter 2023", "% Change"],
        ["Industrial", "$812", "$760", "7%"],
        ["Consumer", "410", "455", "(10%)"],
    ])
    facts = extract_table_comparisons(_release(t2))
    assert _rows(facts) == [("Industrial", ["Fourth Quarter 2024", "Fourth Quarter 2023"], [812, 760], 7),
                            ("Consumer", ["Fourth Quarter 2024", "Fourth Quarter 2023"], [410, 455], 10)]
    assert facts[1].change.direction == "decrease" and facts[0].arms[0].unit == "$ million"


def test_balance_sheet_dates_and_tables_without_periods():
    t = Table(rows=[
        ["", "December 31, 2024", "", "December 31, 2023"],
        ["Cash and cash equivalents", "$", "298,257", "389,477"],
    ])
    assert _rows(extract_table_comparisons(_release(t))) == [
        ("Cash and cash equivalents", ["December 31, 2024", "December 31, 2023"], [298257, 389477], None)]
    no_periods = Table(rows=[["Region", "Sales", "Share"], ["Europe", "1,200", "40%"], ["Americas", "1,800", "60%"]])
    clinical = Table(rows=[["Endpoint", "Drug A (n=120)", "Placebo (n=118)"], ["ORR", "45%", "12%"]])
    assert extract_table_comparisons(_release(no_periods, clinical)) == []


@pytest.fixture(scope="module")
def corpus_tables():
    folder = shared_path("corpus", "releases")
    out = {}
    for p in sorted(folder.iterdir()):
        if p.suffix in (".md", ".txt", ".htm", ".html"):
            release = read_release(p, attachments=False)
            if any(s.tables for s in release.sections):
                out[p.name] = (release, enrich(release).table_comparisons)
    return out


def test_every_corpus_table_fact_points_at_its_cells(corpus_tables):
    total = 0
    for name, (release, facts) in corpus_tables.items():
        for f in facts:
            assert check_table_source(release, f), (name, f)
        total += len(facts)
    assert total > 300


def test_known_corpus_rows(corpus_tables):
    def find(name, measure):
        return [([a.label for a in f.arms], [a.value for a in f.arms], f.change and f.change.value)
                for f in corpus_tables[name][1] if f.measure == measure]
    assert (["Q4/24", "Q4/23"], [1405, 1513], None) in find("2025-02-13_outokumpu_prnewswire.md", "Sales")
    assert (["First Quarter 2022", "First Quarter 2021"], [6115, 5459], 12) in find(
        "2022-04-28_caterpillar_ex991.htm", "Construction Industries")
    assert (["Three Months Ended December 25, 2010", "Three Months Ended December 26, 2009"], [26741, 15683], None) in find(
        "2011-01-18_apple_ex991.htm", "Net sales")
    assert (["Twelve Months Ended December 31, 2024", "Twelve Months Ended December 31, 2023"], [225728, 178663], None) in find(
        "2025-02-12_ascendis-pharma_globenewswire.md", "Commercial products")
