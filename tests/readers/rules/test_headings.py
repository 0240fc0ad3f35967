"""Headings (rules/headings.py): what looks like a heading, levels from the look, repeated page headers, glued About headings."""

from __future__ import annotations

import pytest

from reportgen.model import Section, SourceInfo, Table
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


@pytest.mark.parametrize("text, heading", [
    # labels in title case and About lines name the section under them, colon or not
    ("Business Outlook - First Quarter of 2025:", True),
    ("About Lattice Semiconductor Corporation:", True),
    ("Date and Time:", False),
    ("For Media Inquiries and Expert Perspective:", False),
    # a quote's attribution
    ("Nick Swenson, Chief Executive Officer, commented:", False),
    ("\u2013 Jane Roe, Chief Operating Officer", False),
    # a photo's caption, an address, an appendix's label, a statement's title
    ("Juan Guzman, Partner (Photography credit to Marc Cartwright)", False),
    ("Acme Internet Products Inc.2374 Route 390Mountainhome, PA 18342", False),
    ("APPENDIX A", False),
    ("VYCOR MEDICAL, INC.Consolidated Statements of Comprehensive Loss(unaudited)", False),
    ("Condensed Consolidated Balance Sheets", False),
    ("Balance Sheet", True),
])
def test_what_is_no_heading(text, heading):
    assert looks_like_heading(Block(text)) is heading


def _headings(blocks):
    return [s.heading for s in assemble_release(Read(blocks)).sections]


DATELINE = "DUBLIN, Feb. 12, 2025 /PRNewswire/ -- Acme plc today reported results for the quarter."


def test_a_bold_heading_glued_to_its_paragraph_is_split_a_bold_run_in_label_is_not():
    blocks = [
        Block("Acme Reports Results"), Block(DATELINE),
        Block("Non-GAAP MeasuresIn addition to the results presented in accordance with GAAP, Acme presents other measures.",
              bold_lead="Non-GAAP Measures"),
        Block("The epay Segment reports the following results for the fourth quarter of the year, a record.",
              bold_lead="The epay Segment"),
        Block("BEAM-302: the program moved into the clinic in the quarter with strong early data.", bold_lead="BEAM-302:"),
        Block("\u201cSafe Harbor\u201d Statement: Statements in this press release relating to future plans are forward-looking.",
              bold_lead="\u201cSafe Harbor\u201d Statement:"),
    ]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "Non-GAAP Measures", "\u201cSafe Harbor\u201d Statement"]
    assert r.sections[1].paragraphs[0].startswith("In addition to")
    assert r.forward_looking_statements.startswith("Statements in this press release")


def test_about_headings_run_in_with_a_colon_or_glued_with_no_space():
    blocks = [
        Block("Acme Reports Results"), Block(DATELINE),
        Block("About the Comfort Area FoundationThe Comfort Area Foundation is dedicated to the quality of life in the Hill Country."),
        Block("About Massachusetts Maritime Academy (MMA): MMA is a fully accredited, four-year state university by the sea."),
        Block("About JLL For over 200 years, JLL (NYSE: JLL), a leading global commercial real estate company, has grown."),
    ]
    assert _headings(blocks) == [None, "About the Comfort Area Foundation", "About Massachusetts Maritime Academy (MMA)"]


def test_photo_captions_and_appended_schedule_titles_are_no_headings():
    table = Block("", kind="table", table=Table(rows=[["Revenue", "10", "9"]]))
    blocks = [
        Block("Acme Reports Results"), Block(DATELINE),
        Block("ACME PLC", emphasis=True), Block("Q4 FISCAL 2024 FINANCIAL RESULTS", emphasis=True), table,
        Block("Dividend", emphasis=True), Block("The board declared a dividend of 10 cents."),
        Block("Jane Roe", emphasis=True), Block("Jane Roe, Partner, Financial Institutions (Photography credit to John Doe)", emphasis=True),
        Block("APPENDIX A", emphasis=True), Block("ACME PLC", emphasis=True), Block("Q4 FISCAL 2024 FINANCIAL RESULTS", emphasis=True),
        Block("EXPLANATION OF NON-GAAP MEASURES", emphasis=True),
        Block("To supplement our financial results presented on a GAAP basis, we use non-GAAP measures."),
    ]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "Dividend", "EXPLANATION OF NON-GAAP MEASURES"]
    assert r.sections[1].paragraphs == ["The board declared a dividend of 10 cents."]


def test_a_tables_column_heads_printed_as_text_are_no_heading():
    text = ("Acme Reports Results\n\nDEERFIELD, Ill.--(BUSINESS WIRE)--April 28, 2022--Acme Inc. (NYSE: ACM) cut prices.\n\n"
            "                      Original            New\nProduct               MSRP                MSRP\n\n"
            "A2000                 $1539               $1299\n")
    assert [s.heading for s in _release(text).sections] == [None]


def test_a_schedules_page_header_and_a_continued_title_are_no_new_headings():
    table = Block("", kind="table", table=Table(rows=[["NOI", "10", "9"]]))
    blocks = [Block("Acme Reports Results"), Block(DATELINE)]
    for k in range(3):
        blocks += [Block("ACME REALTY TRUST", emphasis=True),
                   Block("NON-GAAP RECONCILIATIONS" + (" \u2013 CONTINUED" if k else ""), emphasis=True),
                   Block(f"Below is reconciliation number {k + 1} of net income to NOI at share."), table]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "NON-GAAP RECONCILIATIONS"]
    assert len(r.sections[1].paragraphs) == 3 and len(r.sections[1].tables) == 3


def test_a_short_line_in_sentence_case_between_paragraphs_of_prose_heads_the_text_under_it():
    prose = ("Acme grew its revenue in every region this year, with the largest gains in Europe and Asia, "
             "and it expects the same trend next year.")
    blocks = [
        Block("Acme Reports Record Year"),
        Block("DEERFIELD, Ill.--(BUSINESS WIRE)--April 28, 2022--Acme Inc. (NYSE: ACM) reported results. " + prose),
        Block("Cash flow and debt"),
        Block(prose),
        Block("Contact Person: Alisia Preston, PR Manager"),  # a contact's label, not a heading
        Block(prose),
        Block("What will you find at Acme?"),  # a question is no heading
        Block(prose),
        Block("Short line after a fragment"),
        Block("and a paragraph that goes on in lower case, as a page break would leave it, for a good while longer."),
    ]
    r = assemble_release(Read(blocks))
    assert [s.heading for s in r.sections] == [None, "Cash flow and debt"]
