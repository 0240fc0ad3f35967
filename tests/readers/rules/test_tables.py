"""Tables in the body (rules/tables.py): caption lines above a table, footnotes under it."""

from __future__ import annotations

from reportgen.model import SourceInfo, Table
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.tables import caption_run
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


def test_caption_lines_above_a_table_are_its_caption():
    body = [Block("CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)"), Block("(In millions)"), Block("", kind="table", table=Table())]
    assert caption_run(body, 0) == 2
    assert caption_run([Block("Financial Results"), Block("", kind="table", table=Table())], 0) is None


def test_a_footnote_with_a_hanging_indent_is_one_paragraph_and_a_wrapped_caption_one_line():
    text = (
        "Acme Reports Results\n\nCHICAGO, July 22 /PRNewswire/ -- Acme Corp. (NYSE: ACM) reported results today for its\n"
        "second quarter.\n\n"
        "    ACME CORP.\n"
        "    SUPPLEMENTAL INFORMATION - INVENTORY, STORE COUNT AND SUMMARY OF CERTAIN\n"
        "     SIGNIFICANT ITEMS\n\n"
        "    Domestic Inventories:\n"
        "                               July 3,  June 28,\n"
        "                                2004     2003\n"
        "                    -LIFO      $4,945   $4,881\n"
        "                    -FIFO      $5,526   $5,507\n"
        "                    -Other     $1,526   $1,507\n\n"
        "    (1) These items relate to the Company's initiatives to streamline its home\n"
        "        office and field operations and the results of divested businesses.\n\n"
        "    (2) Represents the effect on the 13 weeks ended June 28, 2003 assuming\n"
        "        that the change in accounting occurred at the beginning of fiscal 2003.\n\n"
        "SOURCE Acme Corp.\n"
    )
    r = _release(text)
    headings = [s.heading for s in r.sections]
    assert "SIGNIFICANT ITEMS" not in headings
    table = next(t for s in r.sections for t in s.tables)
    assert "SUMMARY OF CERTAIN SIGNIFICANT ITEMS" in table.caption
    assert table.caption.endswith("Domestic Inventories:")
    notes = [row[0] for row in table.rows if row[0].startswith("(")]
    assert notes[0].startswith("(1) These items relate") and notes[0].endswith("divested businesses.")
    assert notes[1].startswith("(2) Represents")
    assert not any(p.startswith(("(1)", "office")) for s in r.sections for p in s.paragraphs)


def test_a_statement_title_in_title_case_above_a_table_is_its_caption():
    from reportgen.model import Table
    from reportgen.readers.blocks import Block
    from reportgen.readers.rules.tables import caption_run

    body = [Block("Consolidated Statements of Operations", emphasis=True),
            Block("", kind="table", table=Table(rows=[["Revenue", "10", "9"]]))]
    assert caption_run(body, 0) == 1
    body[0] = Block("Three Month Operating Results", emphasis=True)
    assert caption_run(body, 0) is None


def test_a_table_printed_as_text():
    from reportgen.readers.blocks import Block
    from reportgen.readers.rules.tables import is_flat_table

    assert is_flat_table(Block("Original New", lines=["Original            New", "Product     MSRP     MSRP"]))
    assert is_flat_table(Block("For the three months 2025 2024 Revenue $436,378 $336,968 Cost 77,844 37,006 Gross 358,534 "
                               "299,962 Expenses 5,762 4,100"))
    assert not is_flat_table(Block("Revenue grew 12% to $436,378 in the quarter, from $336,968 a year earlier."))
