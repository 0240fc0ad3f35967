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
