"""The wire-text reader (wire_text.py): paragraphs rebuilt from hard-wrapped lines, fixed-width tables, side-by-side contact blocks, underlined headings."""

from __future__ import annotations

from reportgen.readers.wire_text import (
    blocks_from_text,
    find_table_zones,
    is_tabular,
    split_side_by_side,
    table_from_lines,
)


def test_unwrapping_blank_line_and_first_line_indent_layouts():
    text = (
        "     First paragraph starts here and runs on for quite a while until the\n"
        "margin is reached and then it ends here.\n"
        "     Second paragraph, indented, also long enough to wrap at the margin of\n"
        "the page.\n"
        "\n"
        "Third paragraph after a blank line.\n"
    )
    assert [b.text for b in blocks_from_text(text)] == [
        "First paragraph starts here and runs on for quite a while until the margin is reached and then it ends here.",
        "Second paragraph, indented, also long enough to wrap at the margin of the page.",
        "Third paragraph after a blank line.",
    ]


def test_unwrapping_rejoins_urls_and_drops_page_markers():
    text = "See http://www.example.com/a/very/long/\npath/index.html for more about the product line\n<PAGE>   2\nand its prices.\n"
    blocks = blocks_from_text(text)
    assert len(blocks) == 1
    assert "http://www.example.com/a/very/long/path/index.html" in blocks[0].text
    assert blocks[0].text.endswith("product line and its prices.")


def test_fixed_width_tables_in_wire_text():
    lines = [
        "     Sears reported results for the quarter, which ended on July 3.",
        "",
        "    CONSOLIDATED INCOME",
        "                                          2004     2003",
        "    REVENUES",
        "     Merchandise sales and services     $8,700  $ 8,851",
        "     Credit and financial products",
        "      revenues                              81    1,345",
        "              Total revenues             8,781   10,196",
        "",
        "",
        "     About Sears",
    ]
    assert is_tabular(lines[5]) and not is_tabular(lines[0])
    zones = find_table_zones(lines, 0)
    assert zones == [(2, 9)]
    table = table_from_lines(lines[2:9])
    assert table.caption == "CONSOLIDATED INCOME"
    assert ["Credit and financial products revenues", "81", "1,345"] in table.rows


def test_fixed_width_header_cells_go_to_the_columns_they_stand_over():
    lines = [
        "    Domestic Inventories:",
        "                               July 3,  June 28, January 3,",
        "                                2004     2003      2004",
        "",
        "                    -LIFO      $4,945   $4,881    $4,728",
        "    Merchandise sales and",
        "     services                 $14,415   $    -    $ 163",
        "      Operating income/ (loss)  $ 160   $  750    $(145)",
    ]
    table = table_from_lines(lines)
    assert table.caption == "Domestic Inventories:"
    assert table.rows[0] == ["", "July 3,", "June 28,", "January 3,"]
    assert table.rows[1] == ["", "2004", "2003", "2004"]
    assert table.header_rows == 2
    assert ["-LIFO", "$4,945", "$4,881", "$4,728"] in table.rows
    assert ["Merchandise sales and services", "$14,415", "$ -", "$ 163"] in table.rows
    assert table.rows[-1] == ["Operating income/ (loss)", "$ 160", "$ 750", "$(145)"]


def test_side_by_side_contacts_in_text_are_two_columns():
    lines = ["Investor Relations Contact:                   Media Contact:",
             "Robert Chang                                  Amy Foster",
             "(717) 555-0130                                (717) 555-0131"]
    left, right = split_side_by_side(lines)
    assert left == ["Investor Relations Contact:", "Robert Chang", "(717) 555-0130"]
    assert right == ["Media Contact:", "Amy Foster", "(717) 555-0131"]
    assert split_side_by_side(["Net sales          $412.6      $377.1", "Gross margin       31.2%       30.4%"]) == []


def test_a_column_of_labels_and_their_values_is_one_block():
    lines = ["Date:       March 3, 1997",
             "Contact:    Widget Works, Inc.",
             "            201.555.0100, Fax: 201.555.0101"]
    assert split_side_by_side(lines) == []


def test_two_column_contact_blocks_of_unequal_length():
    lines = ["Investor Contact:                             Media Contact:",
             "Robert Chang                                  Amy Foster",
             "(717) 555-0130                                (717) 555-0131",
             "rchang@acme.com"]
    left, right = split_side_by_side(lines)
    assert left == ["Investor Contact:", "Robert Chang", "(717) 555-0130", "rchang@acme.com"]
    assert right == ["Media Contact:", "Amy Foster", "(717) 555-0131"]
    lines = ["Investor Contact:                             Media Contact:",
             "Robert Chang                                  Amy Foster",
             "(717) 555-0130                                (717) 555-0131",
             "                                              afoster@acme.com"]
    left, right = split_side_by_side(lines)
    assert right[-1] == "afoster@acme.com" and left[-1] == "(717) 555-0130"


def test_two_columns_of_international_contacts_without_labels():
    lines = ["Kate Moloney                                     Paul Armstrong",
             "Managing Director                                Read Corporate",
             "+61 8 9322 5500                                  +61 8 9388 1474",
             "info@pilbaralithia.com.au                        paul@readcorporate.com.au"]
    _left, right = split_side_by_side(lines)
    assert right == ["Paul Armstrong", "Read Corporate", "+61 8 9388 1474", "paul@readcorporate.com.au"]


def test_underlined_heading_in_text():
    blocks = blocks_from_text("Headline Here\n\nDAYTON, Ohio, May 8, 2017 -- Acme Inc. said things today.\n\n"
                              "Timeline\n--------\n\nConstruction will begin in June.\n")
    assert any(b.kind == "heading" and b.text == "Timeline" for b in blocks)


def _texts(text: str) -> list[str]:
    return [b.text for b in blocks_from_text(text)]


# two paragraphs wrapped at 60 columns, no blank lines; a sentence of the first ends on a full line
_NARROW = (
    "ACME Corp. today opened a plant in Ohio that will employ\n"
    "nearly four hundred people by the end of next year. The new\n"
    "plant makes valves and pumps for the chemical industry too.\n"
    "It is the company's third plant in the state of Ohio.\n"
    "The plant was built in eleven months at a cost of about\n"
    "forty million dollars, the company said.\n"
)
# and a wire's trailer printed wider than that
_WIDE_TRAILER = (
    "/CONTACT: Jane Roe of ACME Corp., +1-212-555-0100, jane.roe@acme.example; or John Doe /\n"
    "/Photo: http://www.newscom.example/cgi-bin/prnh/20071210/NYTU123 and other pictures here\n"
    "/Web site: http://www.acme.example/investors/news-releases/2007/index.html            /\n"
)


def test_the_wrap_width_is_the_prose_width_whatever_is_printed_wider():
    # "...industry too." has no room for "It" at 60 columns: the paragraph goes on; "...Ohio." has
    # room for "The": a new paragraph; the lines printed wider (a tenth of them) do not count
    texts = _texts(_NARROW * 4 + _WIDE_TRAILER)
    assert [t[:12] for t in texts[:4]] == ["ACME Corp. t", "The plant wa", "ACME Corp. t", "The plant wa"]


def test_a_sentence_ending_in_a_url_on_a_short_line_ends_its_paragraph():
    text = ("    Cisco is headquartered in San Jose. News is available at World Wide Web site\n"
            "http://www.cisco.example.\n"
            "    Combinet, founded in 1988, employs 100 persons, most of them at the company's\n"
            "headquarters in Sunnyvale.\n")
    assert len(_texts(text)) == 2
    # a URL broken at the margin still goes on
    assert len(_texts("See the report at http://www.example.com/reports/2007/annual/\n"
                      "index.html for the figures, as the company said in its filing today.\n")) == 1


def test_typewriter_spacing_needs_two_spaces_after_a_sentence():
    # wrapped at 72 with two spaces after every sentence: "...today." has room for " Text" but not
    # for "  Text", so the sentence goes on in the same paragraph
    lines = ["Gold Disk today announced an upgrade of its drawing program.  Possible",
             "functions include hot links to any compatible program.  The text tools",
             "are better than ever.  Professional Draw 3.0 includes several new text",
             "handling enhancements in all of its drawing and layout tools today.",
             "Text is now typed directly on the page and may be edited right there by",
             "its users.  Improved controls include line spacing and typographic ones."]
    assert max(len(l) for l in lines) == 72 and len(lines[3]) + 1 + len("Text") == 72
    assert len(_texts("\n".join(lines))) == 1
    # one space after a sentence: the same lines break after "today."
    single = [l.replace(".  ", ". ") for l in lines[:5]] + ["its users. Improved controls include line spacing and typographic tools."]
    assert len(_texts("\n".join(single))) == 2


def test_a_footnote_with_a_hanging_indent_is_one_paragraph():
    text = ("    (1) These items relate to the Company's initiatives to streamline its\n"
            "        home office and field operations and the results of its divested\n"
            "        businesses.\n"
            "    (2) Represents the effect on the 13 weeks ended June 28, 2003.\n")
    assert _texts(text) == [
        "(1) These items relate to the Company's initiatives to streamline its home office and field operations "
        "and the results of its divested businesses.",
        "(2) Represents the effect on the 13 weeks ended June 28, 2003."]


def test_a_signature_in_the_right_half_of_the_page_is_one_block():
    text = ("each Registrant has duly caused this report to be signed on its behalf by the\n"
            "undersigned, thereunto duly authorized.\n\n"
            "                                                 Registrant\n"
            "                                                 By: /s/ Herb Glaubman\n"
            "                                                     Herbert Glaubman, President\n"
            "Dated:    January 26, 1998\n")
    assert _texts(text)[1:] == ["Registrant By: /s/ Herb Glaubman Herbert Glaubman, President", "Dated: January 26, 1998"]


def test_a_line_ending_in_an_initial_ends_no_sentence():
    text = ('"Lakeview brings us into new counties and strengthens our hospice business," said Anthony M.\n'
            "Russo, President and Chief Executive Officer of Summit Care Partners, in a statement today.\n")
    assert len(_texts(text)) == 1


def test_a_dash_carried_over_to_the_next_line_is_no_bullet():
    text = ("Energy sales to commercial customers - small businesses, retailers and services,\n"
            "- increased 3.4 percent. Industrial energy use increased 3.6 percent in the year.\n"
            "Residential sales were flat for the year as a whole, the company said.\n")
    assert _texts(text)[0].startswith("Energy sales") and "services, - increased" in _texts(text)[0]
    # a list after a lead-in is items
    items = _texts("The company announced three products on Monday at the show:\n- a router\n- a switch\n")
    assert items[1:] == ["- a router", "- a switch"]


def test_a_hyphen_left_hanging_before_and_keeps_its_space():
    text = ("the ability of counterparties to make payments when due; the ability to obtain new short-\n"
            "and long-term contracts with neighboring utilities; and post-\n"
            "consolidation effects of the merger.\n")
    assert "new short- and long-term contracts" in _texts(text)[0]
    assert "post-consolidation effects" in _texts(text)[0]


def test_a_tab_before_a_paragraph_does_not_widen_the_page():
    # wrapped at 72 by a tool that counted the tab as four columns
    para = ("\tThe plant makes valves and pumps for the chemical industry and for the\n"
            "water utilities of the Midwest. The company said that it would hire\n"
            "nearly four hundred people by the end of next year, most of them locally.\n")
    assert len(_texts(para * 4)) == 4


def _release(text: str):
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.blocks import Read

    return assemble_release(Read(blocks_from_text(text)))


def test_the_header_of_a_1990s_copy():
    # an e-mail's header, a letterhead, a contact block above the headline, a parenthesised dateline
    text = ("From: jdoe@acme.example (Jane Doe - PR)\nMessage-Id: <9302032028.AA22098@mail.acme.example>\n"
            "To: news@bbs.example\nSubject: Acme cuts prices\n\n"
            "Acme Publishing, Inc.\n1200 Market Street\nSpringfield, IL 62701\nUSA\nFOR IMMEDIATE RELEASE\n\n"
            "For more information contact:\nJane Doe (217) 555-4108 or\nJohn Roe (217) 555-9250\n\n\n"
            "ACME ANNOUNCES SIGNIFICANT PRICE REDUCTIONS\n\n"
            "(Springfield, IL --- February 1, 1993) Acme Publishing, Inc. today announced it has reduced\n"
            "the prices of its books.\n")
    release = _release(text)
    assert release.headline == "ACME ANNOUNCES SIGNIFICANT PRICE REDUCTIONS"
    assert (release.dateline.city, release.release_date) == ("Springfield", "1993-02-01")
    assert [(c.name, c.phones) for c in release.contacts] == [("Jane Doe", ["(217) 555-4108"]), ("John Roe", ["(217) 555-9250"])]


def test_the_headline_under_a_contact_block_is_no_contact():
    text = ("For Immediate Release\nContact:\tJane Doe\n\t\tAcme, Inc.\n\t\t(913) 555-8000\n\n"
            "Acme and Beta Enter Worldwide Markets\n\n"
            "Topeka, Ks., February 18, 1994 - Acme, the company which launched the\nindustry, today announced a deal.\n")
    release = _release(text)
    assert release.headline == "Acme and Beta Enter Worldwide Markets"
    assert [c.name for c in release.contacts] == ["Jane Doe"]


def test_a_release_that_opens_with_its_dateline_has_its_first_sentence_for_a_headline():
    release = _release("CHICAGO (SEPT. 3) PR NEWSWIRE - Acme Inc. (NYSE: ACM) today reported earnings of $2 million.\n"
                       "Sales rose in all regions. The company expects more growth.\n")
    assert release.headline == "Acme Inc. (NYSE: ACM) today reported earnings of $2 million."
    assert release.dateline.wire == "PR Newswire" and release.warnings


def test_a_wires_own_lines_above_the_dateline_are_blocks_of_their_own():
    text = ("EQS-News: Acme AG / Key word(s): Contract\n"
            "Acme AG: Acme wins a contract in Spain\n"
            "10.02.2025 / 08:00 CET/CEST\n"
            "The issuer is solely responsible for the content of this announcement.\n\n"
            "Berlin, February 10, 2025 - Acme AG has won a contract to build a plant near Madrid.\n")
    assert [b.text for b in blocks_from_text(text)][:4] == [
        "EQS-News: Acme AG / Key word(s): Contract", "Acme AG: Acme wins a contract in Spain",
        "10.02.2025 / 08:00 CET/CEST", "The issuer is solely responsible for the content of this announcement."]


def test_a_headline_over_two_lines_above_the_dateline_stays_one_block():
    text = ("Acme Wins a Contract\nto Build a Plant in Spain\n\n"
            "BERLIN, Feb. 10, 2025 /PRNewswire/ -- Acme AG has won a contract to build a plant near Madrid.\n")
    assert blocks_from_text(text)[0].text == "Acme Wins a Contract to Build a Plant in Spain"


def test_a_url_at_a_lines_end_is_not_joined_to_the_label_under_it():
    text = "Contact Acme AG\nInternet: https://www.acme.example/\nISIN: DE0006599905\nWKN: 659990\n"
    assert blocks_from_text(text)[0].text == "Contact Acme AG Internet: https://www.acme.example/ ISIN: DE0006599905 WKN: 659990"
    assert blocks_from_text("See https://www.acme.example/news/\nreleases/2025 for more.\n")[0].text == (
        "See https://www.acme.example/news/releases/2025 for more.")
