"""Headings (rules/headings.py): what looks like a heading, levels from the look, repeated page headers, glued About headings."""

from __future__ import annotations

import pytest

from reportgen.model import Section, SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.headings import assign_look_levels, looks_like_heading
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


def test_a_page_header_repeated_as_the_next_heading_is_furniture():
    blocks = [
        Block("Acme Reports Results"),
        Block("DEERFIELD, Ill.--(BUSINESS WIRE)--April 28, 2022--Acme Inc. (NYSE: ACM) reported results."),
        Block("Supplemental Data for Results of Operations", emphasis=True),
        Block("Page one of the data."),
        Block("Supplemental Data for Results of Operations", emphasis=True),
        Block("Page two of the data."),
        Block("Supplemental Data for Cash Flow", emphasis=True),
        Block("Cash flow data."),
    ]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "Supplemental Data for Results of Operations", "Supplemental Data for Cash Flow"]
    assert r.sections[1].paragraphs == ["Page one of the data.", "Page two of the data."]


def test_a_heading_above_a_sub_heading_is_kept_and_a_glued_about_heading_split():
    blocks = [
        Block("Acme Reports Results"),
        Block("DUBLIN, Feb. 12, 2025 /PRNewswire/ -- Acme plc today reported results."),
        Block("Revenue Highlights"),
        Block("WIDGETS"),
        Block("Widget revenues were $10 million."),
        Block("About Acme plc Acme plc is a global company that makes widgets for the whole world."),
    ]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "Revenue Highlights", "WIDGETS", "About Acme plc"]
    assert r.sections[-1].paragraphs == ["Acme plc is a global company that makes widgets for the whole world."]


def test_heading_levels_from_look():
    secs = [Section(), Section(heading="Revenue Highlights"), Section(heading="LYBALVI", paragraphs=["x"]),
            Section(heading="VIVITROL", paragraphs=["y"]), Section(heading="Balance Sheet", paragraphs=["z"])]
    styles = {id(secs[1]): (False, True), id(secs[2]): (True, True), id(secs[3]): (True, True), id(secs[4]): (False, True)}
    assign_look_levels(secs, styles)
    assert [s.level for s in secs[1:]] == [2, 3, 3, 2]


@pytest.mark.parametrize("text", ["About atopic dermatitis", "ABOUT ACME PLC", "About Aldwych Resources plc", "About the Harvest Table Foundation"])
def test_about_headings_in_any_case(text):
    assert looks_like_heading(Block(text))


def test_a_sentence_starting_with_about_is_not_a_heading():
    assert not looks_like_heading(Block("About 40% of patients responded to treatment within two weeks of the first dose,"))


@pytest.mark.parametrize("text, heading", [("First quarter highlights", True), ("Interim dividend", True),
                                           ("Highlights:", True), ("Production of refined platinum rose", False)])
def test_sentence_case_headings(text, heading):
    assert looks_like_heading(Block(text)) is heading


def test_numbered_and_colon_headings():
    for t in ("1. Transaction Overview", "II. Financial Review", "Third Quarter Highlights:", "Highlights:"):
        assert looks_like_heading(Block(t)), t
    for t in ("1. Includes stock-based compensation of $2.1 million.", "Registration: https://x.com", "The company said:"):
        assert not looks_like_heading(Block(t)), t


@pytest.mark.parametrize("text, heading", [
    ("KOL Event on aneurysmal Subarachnoid Hemorrhage (aSAH)", True),
    ("New At-The-Market Equity Program of up to US$100 Million", True),
    ("Advisors", True),
    ("References", True),
    ("The company will host a call today", False),
    ("Revenue was up in all regions and segments", False),
])
def test_title_case_headings_with_a_lower_case_term_and_one_word_headings(text, heading):
    assert looks_like_heading(Block(text)) is heading
