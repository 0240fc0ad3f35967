"""The markdown reader: front matter read with the blocks, headings, bold lines, items, pipe and fixed-width
tables, escapes and stray emphasis removed from the text."""

from __future__ import annotations

from reportgen.readers.assemble import assemble_release
from reportgen.readers.markdown import (
    fixed_width_table,
    is_wrapped_release,
    issuer_table_contact,
    read_markdown,
    split_front_matter,
    strip_stray_emphasis,
)

DOC = """---
title: "Acme Reports Results"
date: "2025-02-11 05:01:00"
---

**(21:01 GMT)** \\*Acme 1Q Loss/Shr $1.39 >ACME
**(21:01 GMT)** Press Release: Acme Reports Results

Acme Reports Results

- Conference Call Today

BOSTON--(BUSINESS WIRE)--February 10, 2025--

Acme, Inc. (Nasdaq: ACME) today reported results.

**About Acme**

Acme makes things.

| Item | 2024 | 2023 |
| --- | --- | --- |
| Revenue | 10 | 9 |

**Investors:**

Jane Q. Smith

jane@acme.com
"""


def test_front_matter_title_and_date_are_read_with_the_blocks():
    front, _body = split_front_matter(DOC)
    assert front["title"] == "Acme Reports Results"
    read = read_markdown(DOC)
    assert (read.title, read.title_trusted, read.date) == ("Acme Reports Results", True, "2025-02-11")


def test_blocks_kinds_emphasis_and_escapes():
    blocks = read_markdown(DOC).blocks
    texts = [b.text for b in blocks]
    assert "*Acme 1Q Loss/Shr $1.39 >ACME" in blocks[0].lines[0]  # the escape is gone, the star kept
    about = next(b for b in blocks if b.text == "About Acme")
    assert about.emphasis
    assert next(b for b in blocks if b.text == "Conference Call Today").kind == "item"
    table = next(b for b in blocks if b.kind == "table").table
    assert table.header_rows == 1 and table.rows[1] == ["Revenue", "10", "9"]
    assert "Acme makes things." in texts


def test_a_dow_jones_reprint_assembles_to_the_release():
    release = assemble_release(read_markdown(DOC))
    assert release.headline == "Acme Reports Results"
    assert release.subheadlines == ["Conference Call Today"]
    assert (release.dateline.city, release.dateline.wire, release.release_date) == ("Boston", "Business Wire", "2025-02-10")
    assert [s.heading for s in release.sections] == [None, "About Acme"]
    assert release.sections[1].tables[0].rows[1][0] == "Revenue"
    assert [(c.name, c.role, c.emails) for c in release.contacts] == [("Jane Q. Smith", "Investors", ["jane@acme.com"])]


def test_stray_emphasis_around_symbols_is_removed():
    assert strip_stray_emphasis("EYLEA***®***") == "EYLEA®"
    assert strip_stray_emphasis("CASGEVY*®* continues") == "CASGEVY® continues"
    assert strip_stray_emphasis("48****th Annual") == "48th Annual"


def test_fixed_width_table_in_a_code_block():
    table = fixed_width_table("      ACME INC.\n  Revenue      10      9\n  Net loss     (2)    (3)\n")
    assert table.caption == "ACME INC."
    assert table.rows == [["Revenue", "10", "9"], ["Net loss", "(2)", "(3)"]]


def test_dash_separated_sub_points_become_items():
    md = "* Announced a deal\n   --\n   First detail of it.\n   --\n   Second detail.\n"
    assert [(b.kind, b.text) for b in read_markdown(md).blocks] == [
        ("item", "Announced a deal"), ("item", "First detail of it."), ("item", "Second detail."),
    ]


def test_spaces_lost_around_inline_emphasis_come_back():
    from markdown_it import MarkdownIt

    from reportgen.readers.markdown import _inline

    md = MarkdownIt("commonmark")
    assert _inline(md.parse("**About*****In Vivo*****Programs**")[1])[0] == ["About In Vivo Programs"]
    assert _inline(md.parse("trials ongoing for*in vivo* gene editing")[1])[0] == ["trials ongoing for in vivo gene editing"]
    # a superscript or a symbol glued on purpose stays glued
    assert _inline(md.parse("the 48****th** meeting of CASGEVY*®*")[1])[0] == ["the 48th meeting of CASGEVY®"]


def test_markdown_heading_levels_are_kept_per_section():
    text = "---\ntitle: Acme Results\n---\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today reported.\n\n## Highlights\n\n### Product A\n\nA grew.\n\n### Product B\n\nB grew.\n\n## About Acme\n\nAcme makes things.\n"
    r = assemble_release(read_markdown(text))
    assert [(s.heading, s.level) for s in r.sections[1:]] == [("Highlights", 2), ("Product A", 3), ("Product B", 3), ("About Acme", 2)]


def test_a_two_column_contact_table_gives_one_contact_block_per_column():
    text = (
        "---\ntitle: Acme Results\n---\n\nCOPENHAGEN, Denmark, Feb. 12, 2025 (GLOBE NEWSWIRE) -- Acme A/S today reported.\n\n"
        "| Investor Contacts: | Media Contact: |\n| --- | --- |\n| Scott Smith | Melinda Baker |\n"
        "| Acme A/S | Acme A/S |\n| ir@acme.com | +1 (650) 709-8875 |\n|  | media@acme.com |\n"
        "| Patti Bank |  |\n| ICR Healthcare |  |\n| +1 (415) 513-1284 |  |\n| patti.bank@icrhealthcare.com |  |\n"
    )
    r = assemble_release(read_markdown(text))
    got = [(c.name, c.role, c.organisation) for c in r.contacts]
    assert got == [("Scott Smith", "Investor", "Acme A/S"), ("Patti Bank", "Investor", "ICR Healthcare"),
                   ("Melinda Baker", "Media", "Acme A/S")]
    assert not any(s.tables for s in r.sections)


ARCHIVE_COPY = """# Acme Renovations Adopts New Practices

VAUGHAN, ON, March 03, 2025 /24-7PressRelease/ -- Acme Renovations is adopting new practices.  "We are proud," said Jane Roe.  About Acme Renovations  Acme Renovations makes kitchens in Ontario and sells them to homeowners across Canada.

---

[Original/Source Press Release](https://www.24-7pressrelease.com/press-release/1/acme)

[Newsramp.com TLDR](https://newsramp.com/curated-news/acme/1)

Pickup - [https://burstable.news/news](https://burstable.news/news/2025/acme)

[Reddit Post](https://www.reddit.com/r/news/1)

![Blockchain Registration](https://cdn.newsramp.app/qrcode/1.webp)
"""


def test_a_paragraph_break_flattened_into_spaces_starts_a_paragraph():
    texts = [b.text for b in read_markdown(ARCHIVE_COPY).blocks]
    assert texts[1:5] == ["VAUGHAN, ON, March 03, 2025 /24-7PressRelease/ -- Acme Renovations is adopting new practices.",
                          '"We are proud," said Jane Roe.', "About Acme Renovations",
                          "Acme Renovations makes kitchens in Ontario and sells them to homeowners across Canada."]
    # a run of spaces before a lower-case word is no break
    assert [b.text for b in read_markdown("Acme (www.acme.com)  informs investors.").blocks] == ["Acme (www.acme.com) informs investors."]


def test_an_archive_copy_ends_where_its_link_lists_begin():
    r = assemble_release(read_markdown(ARCHIVE_COPY))
    assert (r.dateline.city, r.dateline.wire, r.release_date) == ("Vaughan", "24-7PressRelease", "2025-03-03")
    assert [s.heading for s in r.sections] == [None, "About Acme Renovations"]
    assert r.urls == []  # the pickups' addresses are the archive's, not the release's


def test_a_distributors_banner_names_the_wire_and_is_no_deck():
    text = ("# Acme Names a New Chief\n\n--News Direct--\n\nAcme Inc. named Jane Roe its chief executive.\n\n"
            "About Acme\n\nAcme makes things for people who build houses and repair them.\n\n"
            "View the original release on www.newmediawire.com\n")
    r = assemble_release(read_markdown(text))
    assert (r.headline, r.subheadlines, r.dateline.wire) == ("Acme Names a New Chief", [], "News Direct")
    assert r.urls == []


def test_a_copys_photo_list_and_unlabelled_contact_at_the_end():
    text = ("# Acme Hires Two Partners\n\nNEW YORK, Feb. 11, 2025 (GLOBE NEWSWIRE) -- Acme Partners hired Jo Roe and Al Poe.\n\n"
            "**About Acme Partners**\n\nAcme Partners is an advisory firm founded in 1989 in New York City.\n\n"
            "Kalen Roe\n\nkalen.roe@acmepartners.com\n\n**Jo Roe**\n\n**Jo Roe, Partner (Photography credit to Al Doe)**\n\n"
            "**Al Poe**\n\n**Al Poe, Managing Director (Photography credit to Al Doe)**\n")
    r = assemble_release(read_markdown(text))
    assert [s.heading for s in r.sections] == [None, "About Acme Partners"]
    assert [(c.name, c.emails) for c in r.contacts] == [("Kalen Roe", ["kalen.roe@acmepartners.com"])]


def test_a_distributors_table_of_the_issuers_data_gives_its_contact():
    # pressetext: the issuer's name (its address glued to it), the contact desk, phone, e-mail, website
    rows = [["Emitter:", "Acme Mobility AGMain Street 780333 MunichGermany", ""], ["Contact Person:", "Investor Relations"],
            ["Phone:", "+49 89 20 500 680"], ["E-Mail:", "ir@acme.example"], ["Website:", "www.acme.example", ""],
            ["ISIN(s):", "DE000A2YN702 (Share)", ""]]
    assert issuer_table_contact(rows) == ["Investor Relations", "Acme Mobility AG", "Phone: +49 89 20 500 680",
                                          "E-Mail: ir@acme.example", "Website: www.acme.example"]
    assert issuer_table_contact([["Revenue:", "$5.1 billion"], ["Phone:", "+1 555 0100"]]) is None  # names no contact


def test_a_pressetext_copy_its_dateline_table_and_footer():
    text = ("**Acme Mobility AG: strategic co-operation with Widgetco**\n\n"
            "Munich, 10.02.2025 (pta000/10.02.2025/12:08 UTC+1)\n\n"
            "Acme Mobility AG and Widgetco announce a joint strategic sales and integration partnership.\n\n"
            "(end)\n\n| Emitter: | Acme Mobility AG |  |\n| --- | --- | --- |\n| Contact Person: | Investor Relations |\n"
            "| Phone: | +49 89 20 500 680 |\n| E-Mail: | ir@acme.example |\n\n"
            "[ source: https://www.pressetext.com/news/1739185680134 ]\n\n"
            "(c) pressetext Nachrichtenagentur GmbH Ad-hoc and financial news distributed by pressetext.\n")
    r = assemble_release(read_markdown(text))
    assert (r.release_date, r.dateline.city, r.dateline.wire) == ("2025-02-10", "Munich", "pressetext")
    assert [(c.name, c.role, c.organisation, c.phones, c.emails) for c in r.contacts] == [
        (None, "Investor Relations", "Acme Mobility AG", ["+49 89 20 500 680"], ["ir@acme.example"])]


EQS_LINES = [
    'EQS-Ad-hoc: Acme KGaA / Key word(s): Takeover',
    'Acme KGaA: Acme KGaA confirms talks with Widgetco, Inc.',
    '10-Feb-2025 / 20:06 CET/CEST',
    'Disclosure of an inside information acc. to Article 17 MAR of the Regulation (EU) No 596/2014, transmitted by EQS News',
    '- a service of EQS Group.',
    'The issuer is solely responsible for the content of this announcement.',
    '-----------------------------------------------------------------------------------------------------------------------',
    'Darmstadt, February 10, 2025 - Acme KGaA ("Acme") reacts to press reports and confirms advanced discussions with',
    'Widgetco, Inc. Acme also confirms that no legally binding agreement has been entered into. There is no',
    'certainty that any transaction will materialize. Furthermore, critical conditions have yet to be met.',
    'End of inside information',
    '-----------------------------------------------------------------------------------------------------------------------',
    '10-Feb-2025 CET/CEST The EQS Distribution Services include Regulatory Announcements, Financial/Corporate News and Press',
    'Releases.',
]
# a Dow Jones copy of an EQS ad-hoc: the announcement as printed, its lines padded with spaces, in a code block
EQS_COPY = ('---\ntitle: "PRESS RELEASE: Eqs-Adhoc: Acme Kgaa Confirms Talks With Widgetco, Inc."\n---\n\n' + "```\n" + "".join(line + "   \n" for line in EQS_LINES) + "```\n")


def test_a_release_copied_into_a_code_block_is_read_as_wire_text():
    r = assemble_release(read_markdown(EQS_COPY))
    assert (r.headline, r.subheadlines) == ("Acme KGaA: Acme KGaA confirms talks with Widgetco, Inc.", [])
    assert (r.release_date, r.dateline.city) == ("2025-02-10", "Darmstadt")
    assert [s.heading for s in r.sections] == [None]
    assert r.sections[0].paragraphs[0].startswith("Acme KGaA (\"Acme\") reacts to press reports")


def test_a_code_block_of_footnotes_or_figures_is_no_release():
    notes = ("(1)  SaaS Subscription Revenue and Net Expansion Rate are Key\n"
             "      Performance Indicators of Acme. Please see the section on\n"
             "      Key Performance Indicators below for the definitions.\n"
             "(2)  Revenue earned in connection with subscriptions by customers\n"
             "      to the Acme core platform for the period, as reported above.\n")
    assert not is_wrapped_release(notes)
    assert is_wrapped_release("Berlin, February 10, 2025 - Acme AG has won a contract to build a plant near\n" + notes)


def test_a_wires_pointers_to_its_own_copy_are_not_the_releases_addresses():
    text = ("# Acme Opens a Plant\n\nSTOCKHOLM, Feb. 11, 2025 /PRNewswire/ -- Acme AB opened a plant in Lund.\n\n"
            "**About Acme AB**\n\nAcme AB makes valves. Learn more at www.acme.se.\n\n"
            "This information was brought to you by Cision http://news.cision.com\n\n"
            "https://news.cision.com/acme-ab/r/acme-opens-a-plant,c4103495\n\n"
            "[ source: https://www.pressetext.com/news/1739185680134 ]\n\n"
            "Image link: https://eqs-cockpit.com/cgi-bin/fncls.ssp?fn=show_t_gif&application_id=2084015\n\n"
            "View original content:https://www.prnewswire.com/news-releases/acme-opens-a-plant-302373193.html\n\n"
            "Copyright 2025 Acme AB. https://www.acme.se/legal\n\nSOURCE Acme AB\n")
    r = assemble_release(read_markdown(text))
    assert r.urls == ["www.acme.se"]


def test_a_tables_addresses_are_the_releases():
    text = ("# Acme Signs a Partner\n\nMunich, 10.02.2025 (pta000/10.02.2025/12:08 UTC+1) - Acme AG signed a partner.\n\n"
            "(end)\n\n| Emitter: | Acme AG |\n| --- | --- |\n| Phone: | +49 89 555 0100 |\n| Website: | www.acme.ag |\n")
    assert "www.acme.ag" in assemble_release(read_markdown(text)).urls
