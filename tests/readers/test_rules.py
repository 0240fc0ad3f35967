"""The wire rules one by one: datelines, tickers, contacts, quotes, furniture, line unwrapping."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.contacts import parse_contacts
from reportgen.readers.rules.dateline import match_dateline
from reportgen.readers.rules.furniture import classify
from reportgen.readers.rules.quotes import find_quotes
from reportgen.readers.rules.tickers import find_tickers
from reportgen.readers.wire_text import blocks_from_text


@pytest.mark.parametrize(
    "text, city, region, date, wire",
    [
        ("TARRYTOWN, N.Y., Dec. 10 /PRNewswire/ -- EpiCept", "Tarrytown", "N.Y.", None, "PR Newswire"),
        ("HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears", "Hoffman Estates", "Ill.", None, "PR Newswire"),
        ("PASADENA, Calif.--(BUSINESS WIRE)--February 10, 2025--Arrowhead", "Pasadena", "Calif.", "2025-02-10", "Business Wire"),
        ("TORONTO--(BUSINESS WIRE)--February 10, 2025--Cybin", "Toronto", None, "2025-02-10", "Business Wire"),
        ("BOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Foo Inc.", "Boston", None, "2025-02-10", "GlobeNewswire"),
        ("New York, New York--(Newsfile Corp. - February 10, 2025) - Faruqi", "New York", "New York", "2025-02-10", "Newsfile"),
        ("San Jose, CA (August 10, 1995) -- Cisco Systems", "San Jose", "CA", "1995-08-10", None),
        ("CUPERTINO, Calif.--Dec. 20, 1996--Apple Computer", "Cupertino", "Calif.", "1996-12-20", None),
    ],
)
def test_datelines_of_every_wire(text, city, region, date, wire):
    m = match_dateline(text)
    assert m is not None
    d = m.dateline
    assert (d.city, d.region, d.date, d.wire) == (city, region, date, wire)


def test_a_sentence_is_not_a_dateline():
    assert match_dateline("The Company reported net income of $5 million.") is None
    assert match_dateline("Net Income -- Basic") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EpiCept Corporation (Nasdaq and OMX Nordic Exchange: EPCT) today", [("Nasdaq", "EPCT"), ("OMX Nordic Exchange", "EPCT")]),
        ("Sears, Roebuck and Co. (NYSE: S) today", [("NYSE", "S")]),
        ("BiOptio [Nasdaq: BCDA] said", [("Nasdaq", "BCDA")]),
        ("Roadhouse (NASDAQ/NMS:ROAC)", [("NASDAQ/NMS", "ROAC")]),
        ("Alterity (ASX: ATH, NASDAQ: ATHE) today", [("ASX", "ATH"), ("NASDAQ", "ATHE")]),
        ("Harbour BioMed (HKEX: 02142) today", [("HKEX", "02142")]),
        ("Harbour BioMed, HKEX: 02142, today", [("HKEX", "02142")]),
        ("Berkshire (NYSE: BRK.A, BRK.B)", [("NYSE", "BRK.A"), ("NYSE", "BRK.B")]),
        ("the (Phase 3: ongoing) study", []),
    ],
)
def test_tickers_in_all_spellings(text, expected):
    assert [(t.exchange, t.symbol) for t, _, _ in find_tickers(text)] == expected


def test_contacts_in_lines_with_a_label():
    text = "Press Contacts:\nRhona Hamilton\nApple\n(408) 974-6439\nhamilton@apple.com\n\nKatie Cotton\nApple\n(408) 974-7269\nkatiec@apple.com"
    got = [(c.name, c.role, c.organisation, c.phones, c.emails) for c in parse_contacts(text)]
    assert got == [
        ("Rhona Hamilton", "Press", "Apple", ["(408) 974-6439"], ["hamilton@apple.com"]),
        ("Katie Cotton", "Press", "Apple", ["(408) 974-7269"], ["katiec@apple.com"]),
    ]


def test_contact_with_a_title_line():
    got = parse_contacts("Investor Contact:\nJane Q. Smith\nVice President, Investor Relations\n+1 (617) 555-0100\njane@example.com")
    assert [(c.name, c.role, c.title, c.emails) for c in got] == [
        ("Jane Q. Smith", "Investor", "Vice President, Investor Relations", ["jane@example.com"])
    ]


def test_quote_speaker_after_and_before_and_resolved():
    paras = [
        (0, 0, "Mats L. Brune, MD, Medical Director of the Program, delivered the findings."),
        (0, 1, '"It works," said Jane Doe, Chief Executive Officer of Acme. "We are pleased."'),
        (0, 2, 'Dr. Brune stated, "The effect was durable and significant in every subgroup."'),
        (0, 3, '"Short," Doe said.'),
    ]
    quotes = find_quotes(paras)
    assert [(q.speaker, q.title) for q in quotes[:2]] == [
        ("Jane Doe", "Chief Executive Officer of Acme"),
        ("Dr. Mats L. Brune", "Medical Director of the Program"),
    ]
    assert quotes[0].text == "It works. We are pleased."


def test_a_quoted_title_is_not_a_quote():
    paras = [(0, 0, 'The poster was entitled, "Histamine Dihydrochloride Maintains T Cell Function," and shown at ASH.')]
    assert find_quotes(paras) == []


@pytest.mark.parametrize(
    "line, kind",
    [
        ("SOURCE  EpiCept Corporation", "source"),
        ("-0-                             12/10/2007", "trailer"),
        ("/Web site:  http://www.epicept.com /", "website"),
        ("(EPCT)", "ticker_footer"),
        ("EPCT-GEN", "slug"),
        ("# # #", "end"),
        ("(Logo: http://www.newscom.com/cgi-bin/prnh/20020513/NYM112LOGO )", "logo"),
        ("*Azixa is a registered trademark of Myriad Genetics, Inc.", "trademark"),
        ("EXHIBIT 99.1", "exhibit"),
    ],
)
def test_furniture_lines(line, kind):
    assert classify(line)[0] == kind


def test_body_sentences_are_not_furniture():
    assert classify("The Company expects revenue to grow.") is None
    assert classify("About EpiCept Corporation") is None


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


# --- rules added for the corpus (issue 4) -------------------------------------------------------

from reportgen.model import SourceInfo, Table  # noqa: E402
from reportgen.readers.blocks import Block, Read  # noqa: E402
from reportgen.readers.rules.contact_blocks import is_contact_label  # noqa: E402
from reportgen.readers.rules.dateline import is_bare_dateline, split_second_release  # noqa: E402
from reportgen.readers.rules.dates import date_from_body  # noqa: E402
from reportgen.readers.rules.headline import choose_headline, continues_headline  # noqa: E402
from reportgen.readers.rules.quotes import split_title_prefix  # noqa: E402
from reportgen.readers.rules.tables import caption_run  # noqa: E402
from reportgen.readers.wire_text import find_table_zones, is_tabular, table_from_lines  # noqa: E402


@pytest.mark.parametrize(
    "text, city, region, country, date, wire",
    [
        ("MELBOURNE, Australia and SAN FRANCISCO, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Alterity", "Melbourne", None, "Australia", "2025-02-10", "GlobeNewswire"),
        ("CAMBRIDGE, Mass., ROTTERDAM, Netherlands and SHANGHAI, Feb. 13, 2025 /PRNewswire/ -- Harbour", "Cambridge", "Mass.", "United States", "2025-02-13", "PR Newswire"),
        ("NORTHAMPTON, MA / ACCESSWIRE / February 11, 2025 / Every year", "Northampton", "MA", "United States", "2025-02-11", "ACCESSWIRE"),
        ("CONCORD, NEW HAMPSHIRE, September 26, 2000...ROCK OF AGES", "Concord", "New Hampshire", "United States", "2000-09-26", None),
        ("ATLANTA - Southern Company today reported", "Atlanta", None, None, None, None),
        ("SAN JOSE, Calif.--(BUSINESS WIRE) via First!--Cisco Systems Inc.", "San Jose", "Calif.", "United States", None, "Business Wire"),
        ("LOS ANGELES,CA, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Immix", "Los Angeles", "CA", "United States", "2025-02-10", "GlobeNewswire"),
    ],
)
def test_datelines_multi_city_slash_ellipsis_and_no_date(text, city, region, country, date, wire):
    d = match_dateline(text).dateline
    assert (d.city, d.region, d.country, d.date, d.wire) == (city, region, country, date, wire)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("(21:01 GMT) *Arrowhead Pharmaceuticals 1Q Loss/Shr $1.39 >ARWR", "dj_reprint"),
        ("PR Newswire", "wire_name"),
        ("Also from this source", "page_end"),
        ("April 06, 2016 12:00 ET | Source: Segment", "page_date"),
        ("For Immediate Release: November 22, 2024", "release_date"),
        ("CO: Sears, Roebuck and Co.", "prn_codes"),
        ("Photos accompanying this announcement are available at:", "logo"),
        ("* * * * *", "end"),
        ("(more)", "page"),
        ("1Q 2022 Earnings Release", "banner"),
        ("EX-99.1 2 bke20241122-8kexhibit.htm EX-99.1", "exhibit"),
        ("Source: Clearside Biomedical, Inc.", "source"),
    ],
)
def test_furniture_of_wires_filings_and_pages(line, kind):
    assert classify(line)[0] == kind


def test_a_phone_number_is_not_a_slug():
    assert classify("404-506-5135") is None


def test_trusted_title_is_the_headline_and_repeats_are_dropped():
    assert choose_headline(["Acme Reports Results", "Call today at 4:30 p.m. --"], "Acme Reports Results", True) == ("Acme Reports Results", ["Call today at 4:30 p.m."])


def test_a_letterhead_line_is_not_the_headline():
    assert choose_headline(["Caterpillar Inc.", "Caterpillar Reports First-Quarter 2022 Results"])[0] == (
        "Caterpillar Reports First-Quarter 2022 Results"
    )


def test_a_headline_split_over_two_paragraphs_is_joined():
    a, b = Block("2006 Southern Company earnings bolstered by"), Block("strong economy, customer growth")
    assert continues_headline(a, b, True)
    caps = Block("ORACLE NAMES RONA FAIRHEAD"), Block("TO THE BOARD OF DIRECTORS")
    assert continues_headline(*caps, True)
    assert not continues_headline(Block("Apple Reports Results", look=(True, False, "s3")),
                                  Block("Record Mac Sales", look=(True, False, "s2")), True)


def test_bare_dateline_line_above_a_reprint():
    assert is_bare_dateline("DUBLIN, Feb. 12, 2025")
    assert not is_bare_dateline("DUBLIN, Feb. 12, 2025 /PRNewswire/ -- Alkermes plc today")


def test_contact_labels_in_every_shape():
    for label in ("Contacts:", "Media Contact:", "Investors:", "Grace Therapeutics Contact:", "CONTACT", "[Press Information Contact:]", "3M Investor Contact"):
        assert is_contact_label(label), label
    assert not is_contact_label("About Acme")


def test_contacts_with_organisation_labels_and_agencies():
    got = parse_contacts("3M Investor Contact\nBruce Jermeland\n(651) 733-1807\nor\nDiane Farrow\n(612) 202-2449\nSolventum Media Contact\nCarly Rotman\ncrotman@solventum.com")
    assert [(c.name, c.role, c.organisation) for c in got] == [
        ("Bruce Jermeland", "Investor", "3M"), ("Diane Farrow", "Investor", "3M"), ("Carly Rotman", "Media", "Solventum"),
    ]
    got = parse_contacts("Investors:\nLifeSci Advisors, LLC\nBrian Ritchie\n212-915-2578\nbritchie@lifesciadvisors.com")
    assert [(c.name, c.organisation, c.phones) for c in got] == [("Brian Ritchie", "LifeSci Advisors, LLC", ["212-915-2578"])]


def test_prnewswire_contact_line_with_roles_and_both_of():
    got = parse_contacts("News Media Contact, Edgar P. McDougal, +1-847-286-9669, or Investor Contact, Scott A. Bohaboy, +1-847-286-7419, both of Sears, Roebuck and Co.")
    assert [(c.name, c.role, c.organisation) for c in got] == [
        ("Edgar P. McDougal", "News Media", "Sears, Roebuck and Co."), ("Scott A. Bohaboy", "Investor", "Sears, Roebuck and Co."),
    ]


def test_name_with_title_on_one_line():
    got = parse_contacts("Contact:\nThomas B. Heacock, Chief Financial Officer\nThe Buckle, Inc.\n(308) 236-8491")
    assert [(c.name, c.title, c.organisation) for c in got] == [("Thomas B. Heacock", "Chief Financial Officer", "The Buckle, Inc.")]


def test_title_before_the_speaker_is_the_title():
    assert split_title_prefix("General Manager Don Listwin") == ("Don Listwin", "General Manager")
    assert split_title_prefix("Jane Doe") == ("Jane Doe", None)
    quotes = find_quotes([(0, 0, '"We are pleased," said Chairman, President and CEO David M. Ratcliffe. "It works."')])
    assert (quotes[0].speaker, quotes[0].title) == ("David M. Ratcliffe", "Chairman, President and CEO")


def test_two_speakers_in_one_paragraph_are_two_quotes():
    text = ('\u201cI am pleased,\u201d said Larry Ellison, Chairman of the Board. Bruce Chizen, Chair of the Committee, '
            'added, \u201cShe is an accomplished leader with extensive experience.\u201d')
    assert [q.speaker for q in find_quotes([(0, 0, text)])] == ["Larry Ellison", "Bruce Chizen"]


def test_he_said_resolves_to_the_person_named_in_the_paragraph():
    text = 'Kurt Swenson, chairman and chief executive officer, said that it helps. "This is a small but important acquisition," he said.'
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Kurt Swenson", "chairman and chief executive officer")]


def test_a_second_release_in_one_filing_is_cut_off():
    blocks = [Block("Headline"), Block("San Jose, CA (August 10, 1995) -- Cisco today announced a deal."),
              Block("More text."), Block("Even more text."), Block("CISCO COMPLETES ACQUISITION"),
              Block("SAN JOSE, Calif.--(BUSINESS WIRE) via First!--Cisco Systems Inc. Monday announced completion.")]
    kept, warning = split_second_release(blocks, 1)
    assert [b.text for b in kept][-1] == "Even more text." and "more than one release" in warning


def test_caption_lines_above_a_table_are_its_caption():
    body = [Block("CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)"), Block("(In millions)"), Block("", kind="table", table=Table())]
    assert caption_run(body, 0) == 2
    assert caption_run([Block("Financial Results"), Block("", kind="table", table=Table())], 0) is None


def test_release_date_from_the_results_call():
    text = "Apple will provide live streaming of its Q1 2024 financial results conference call beginning at 2:00 p.m. PT on February 1, 2024 at apple.com."
    assert date_from_body([text]) == "2024-02-01"


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


def test_contact_text_whose_line_breaks_were_lost_is_unglued():
    got = parse_contacts("Contacts:Media RelationsMary HeatherTel: +1 914-847-8650mary.heather@regeneron.com")
    assert [(c.name, c.role, c.phones, c.emails) for c in got] == [
        ("Mary Heather", "Media Relations", ["+1 914-847-8650"], ["mary.heather@regeneron.com"]),
    ]


def test_region_labels_are_not_organisations():
    got = parse_contacts("Investor and Media Contacts:\nAustralia\nAna Luiza Harrop\nana@we.com\nU.S.\nRemy Bernarda\nremy@ir.com")
    assert [(c.name, c.organisation) for c in got] == [("Ana Luiza Harrop", None), ("Remy Bernarda", None)]


# --- rules added for the colleague's list of not-fully-right releases -------------------------

from reportgen.readers.assemble import assemble_release  # noqa: E402
from reportgen.readers.rules.contacts import settle_roles  # noqa: E402
from reportgen.readers.rules.dateline import all_cities  # noqa: E402
from reportgen.readers.rules.issuer import with_leading_the  # noqa: E402
from reportgen.readers.rules.tickers import normalize_exchange  # noqa: E402


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


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


def test_a_title_before_the_name_at_the_first_mention_is_the_speakers_title():
    paras = [
        (0, 0, "The unit is headed by Vice President and General Manager Don Listwin."),
        (0, 1, '"The products round out our line," Listwin said.'),
    ]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Don Listwin", "Vice President and General Manager")


def test_a_quote_without_a_title_takes_it_from_an_earlier_mention_of_the_same_person():
    paras = [
        (0, 0, "As part of the agreement, Steve Jobs, Chairman and CEO of NeXT Software, will return to Apple."),
        (0, 1, '"Much of the industry has lived off the Macintosh," said Steven P. Jobs. "Now is the time."'),
        (0, 2, '"We are pleased," said Chairman, President and CEO David M. Ratcliffe.'),
        (0, 3, '"We recovered fast," Ratcliffe said.'),
    ]
    quotes = find_quotes(paras)
    assert (quotes[0].speaker, quotes[0].title) == ("Steven P. Jobs", "Chairman and CEO of NeXT Software")
    assert (quotes[2].speaker, quotes[2].title) == ("David M. Ratcliffe", "Chairman, President and CEO")


def test_a_long_academic_title_is_kept():
    text = ('"It works," said Christopher Moertel, M.D., Medical Director Pediatric Neuro-Oncology and Neurofibromatosis '
            "Programs and Kenneth and Betty Jayne Dahlberg Professor of Pediatrics, University of Minnesota, and lead "
            "investigator of the ReNeu trial.")
    q = find_quotes([(0, 0, text)])[0]
    assert q.speaker == "Christopher Moertel"
    assert q.title.startswith("Medical Director Pediatric") and q.title.endswith("ReNeu trial")


def test_a_bracketed_press_information_label_gives_the_role():
    contacts = parse_contacts("[Press Information Contact:]\nKatie Cotton\nApple Computer, Inc.\n(408) 974-7269\nemail: katiec@apple.com")
    assert (contacts[0].name, contacts[0].role, contacts[0].organisation) == ("Katie Cotton", "Press", "Apple Computer, Inc.")


def test_a_company_contact_desk_is_the_issuers_and_its_address_says_what_for():
    contacts = settle_roles(parse_contacts("Company Contact\nirteam@immixbio.com"), "Immix Biopharma, Inc.")
    assert (contacts[0].role, contacts[0].organisation) == ("Investors", "Immix Biopharma, Inc.")
    media = settle_roles(parse_contacts("Contact:\nmedia@acme.com"), "Acme")
    assert media[0].role == "Media"


def test_a_leading_the_that_is_part_of_the_name():
    text = "The Buckle, Inc. (NYSE: BKE) announced today ... Information on The Buckle, Inc. can be accessed at www.buckle.com."
    assert with_leading_the("Buckle, Inc.", text) == "The Buckle, Inc."
    assert with_leading_the("Acme Corp.", "The Acme Corp. board met. Acme Corp. said.") == "Acme Corp."
    assert with_leading_the("Acme Corp.", "", source="The Acme Corp.") == "The Acme Corp."


def test_a_joint_release_names_the_first_company_as_issuer():
    blocks = [
        Block("Blackstone Life Sciences and Anthos Therapeutics Announce Agreement"),
        Block('CAMBRIDGE, Mass.--(BUSINESS WIRE)--February 11, 2025--Blackstone Life Sciences and Anthos Therapeutics, Inc. '
              '("Anthos"), a clinical-stage company, announced today an agreement.'),
    ]
    assert assemble_release(Read(blocks)).issuer.name == "Blackstone Life Sciences"


@pytest.mark.parametrize(
    "printed, exchange",
    [("Cboe CA", "Cboe Canada"), ("Cboe Canada CA", "Cboe Canada"), ("CBOE Canada", "Cboe Canada"), ("TSX-V", "TSXV"),
     ("NYSE American", "NYSE American"), ("Nasdaq", "Nasdaq")],
)
def test_exchange_names_are_normalized(printed, exchange):
    assert normalize_exchange(printed) == exchange


def test_cboe_canada_ticker_keeps_its_symbol():
    found = [(t.exchange, t.symbol) for t, _, _ in find_tickers("Cybin Inc. (NYSE American:CYBN) (Cboe CA:CYBN) today")]
    assert found == [("NYSE American", "CYBN"), ("Cboe Canada", "CYBN")]


@pytest.mark.parametrize(
    "place, cities",
    [("SAN DIEGO and LONDON", ["San Diego", "London"]),
     ("CAMBRIDGE, Mass., ROTTERDAM, Netherlands and SHANGHAI", ["Cambridge", "Rotterdam", "Shanghai"]),
     ("LONDON, United Kingdom", ["London"]),
     ("New York, New York", ["New York"])],
)
def test_every_city_of_a_multi_city_dateline(place, cities):
    assert all_cities(place) == cities
    m = match_dateline(f"{place}, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today announced")
    assert m.dateline.cities == cities and m.dateline.city == cities[0]


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


def test_an_organisation_line_that_names_its_desk_gives_the_role():
    [c] = parse_contacts("Contact:\nKen Bond\nOracle Investor Relations\n1.650.607.0349\nken.bond@oracle.com")
    assert (c.name, c.role, c.organisation) == ("Ken Bond", "Investor Relations", "Oracle")


def test_a_note_to_editors_sentence_is_not_part_of_the_contact_block():
    blocks = [
        Block("Apple Reports Results"),
        Block("CUPERTINO, California -- Apple today announced results for its quarter."),
        Block("Press Contact:"),
        Block("Josh Rosenstock"),
        Block("jrosenstock@apple.com"),
        Block("NOTE TO EDITORS: For additional information visit Apple Newsroom, or email Apple's Media Helpline at media.help@apple.com."),
    ]
    r = assemble_release(Read(blocks))
    assert [c.emails for c in r.contacts] == [["jrosenstock@apple.com"]]
    assert r.sections[-1].paragraphs[-1].startswith("NOTE TO EDITORS")


# --- rules added for generalization (see variants/more/) ----------------------------------------------

from reportgen.model import Section  # noqa: E402
from reportgen.readers.rules.contacts import prose_contacts  # noqa: E402
from reportgen.readers.rules.fls import find_fls  # noqa: E402
from reportgen.readers.rules.headings import assign_look_levels  # noqa: E402
from reportgen.readers.rules.urls import choose_website, find_urls  # noqa: E402
from reportgen.readers.wire_text import split_side_by_side  # noqa: E402


@pytest.mark.parametrize(
    "text, name, title, phones, emails",
    [
        ("For more information, contact Luis Ortega at (515) 555-0148 or lortega@harvesttable.org.",
         "Luis Ortega", None, ["(515) 555-0148"], ["lortega@harvesttable.org"]),
        ("For further information contact Ellen Marsh, Director of Corporate Communications, at (503) 555-0122.",
         "Ellen Marsh", "Director of Corporate Communications", ["(503) 555-0122"], []),
        ("Media inquiries: please contact Dana Lee at 612-555-0144 or media@arcadiafoods.com.",
         "Dana Lee", None, ["612-555-0144"], ["media@arcadiafoods.com"]),
    ],
)
def test_contacts_given_in_a_sentence(text, name, title, phones, emails):
    [c] = prose_contacts(text)
    assert (c.name, c.title, c.phones, c.emails) == (name, title, phones, emails)


def test_a_sentence_without_a_person_gives_no_contact():
    assert prose_contacts("To contact the Company's transfer agent, call 1-800-555-0100.") == []


def test_title_of_organisation_in_a_contact_line():
    [c] = parse_contacts("Paul R. Greene, Chief Financial Officer of Meridian Bank Holdings, Inc., +1-804-555-0166")
    assert (c.title, c.organisation) == ("Chief Financial Officer", "Meridian Bank Holdings, Inc.")
    [c] = parse_contacts("Jane Roe, Vice President of Investor Relations, 555-555-1234")
    assert (c.title, c.organisation) == ("Vice President of Investor Relations", None)


def test_organisation_above_a_desk_label_is_kept():
    [c] = parse_contacts("Contact:\nGreenLeaf Packaging, Inc.\nInvestor Relations\nir@greenleafpack.com\n(704) 555-0163")
    assert (c.name, c.organisation, c.role) == (None, "GreenLeaf Packaging, Inc.", "Investor Relations")


@pytest.mark.parametrize(
    "urls, issuer, website",
    [
        (["https://www.acme.com/investors/events.html", "https://www.acme.com/"], "Acme Corp.", "https://www.acme.com"),
        (["www.oracle.com/investor"], "Oracle Corporation", "http://www.oracle.com"),  # a deep link: its host
        (["www.sec.gov", "https://www.prnewswire.com/news-releases/acme-1.html"], "Acme Corp.", None),
        (["https://www.3blmedia.com/profiles/dp-world"], "DP World", None),
        (["https://investors.buckle.com", "https://www.buckle.com"], "The Buckle, Inc.", "https://www.buckle.com"),
    ],
)
def test_website_is_the_issuers_homepage(urls, issuer, website):
    assert choose_website(urls, issuer) == website


def test_urls_without_trailing_punctuation_and_bare_domains_pointed_to():
    text = "Visit ridgeviewoutdoor.com or https://instagram.com/ridgeview. See (www.acme.com/newsroom), Amazon.com and x@acme.com."
    assert find_urls(text) == ["ridgeviewoutdoor.com", "https://instagram.com/ridgeview", "www.acme.com/newsroom"]


def test_hard_wrapped_url_is_rejoined():
    text = ("RICHMOND, Va., April 20 /PRNewswire/ -- Acme Inc. said more information is available at\n"
            "http://www.acme.com/investor-relations/dividend-\nhistory.aspx.\n")
    blocks = blocks_from_text(text)
    assert "http://www.acme.com/investor-relations/dividend-history.aspx." in blocks[0].text
    assert find_urls(blocks[0].text) == ["http://www.acme.com/investor-relations/dividend-history.aspx"]


@pytest.mark.parametrize(
    "sections, start",
    [
        ([Section(heading="Reader Advisory", paragraphs=["This press release contains forward-looking statements relating to reserves."])],
         "This press release contains"),
        ([Section(paragraphs=["Acme makes widgets.", "This news release contains forward-looking statements that involve risks and uncertainties.",
                              "For further information contact Ellen Marsh at (503) 555-0122."])],
         "This news release contains"),
        ([Section(paragraphs=["Investors should read our forward-looking statements page."])], None),
    ],
)
def test_forward_looking_statements_found(sections, start):
    fls = find_fls(sections)
    assert (fls[: len(start)] if fls else None) == start
    if fls:
        assert "Ellen Marsh" not in fls


def test_heading_levels_from_look():
    secs = [Section(), Section(heading="Revenue Highlights"), Section(heading="LYBALVI", paragraphs=["x"]),
            Section(heading="VIVITROL", paragraphs=["y"]), Section(heading="Balance Sheet", paragraphs=["z"])]
    styles = {id(secs[1]): (False, True), id(secs[2]): (True, True), id(secs[3]): (True, True), id(secs[4]): (False, True)}
    assign_look_levels(secs, styles)
    assert [s.level for s in secs[1:]] == [2, 3, 3, 2]


def test_side_by_side_contacts_in_text_are_two_columns():
    lines = ["Investor Relations Contact:                   Media Contact:",
             "Robert Chang                                  Amy Foster",
             "(717) 555-0130                                (717) 555-0131"]
    left, right = split_side_by_side(lines)
    assert left == ["Investor Relations Contact:", "Robert Chang", "(717) 555-0130"]
    assert right == ["Media Contact:", "Amy Foster", "(717) 555-0131"]
    assert split_side_by_side(["Net sales          $412.6      $377.1", "Gross margin       31.2%       30.4%"]) == []


@pytest.mark.parametrize(
    "line, rule",
    [
        ("February 26, 2025 04:05 PM Eastern Standard Time", "page_date"),
        ("Jun 03, 2024, 07:00 ET", "page_date"),
        ("News provided by", "provided_by"),
        ("View original content: https://www.prnewswire.com/news-releases/x-302356789.html", "wire_link"),
        ("View source version on businesswire.com: https://www.businesswire.com/news/home/20250213501234/en/", "wire_link"),
        ("To view the source version of this press release, please visit https://www.newsfilecorp.com/release/238811", "wire_link"),
        ("ON BEHALF OF THE BOARD OF DIRECTORS", "signature"),
        ("[LOGO] Keystone Industrial Supply", "logo_mark"),
    ],
)
def test_more_furniture(line, rule):
    assert classify(line)[0] == rule


# --- focused cases for the rules of the first blind round (variants/blind1/) ----------------------------

from reportgen.readers.html import read_html  # noqa: E402
from reportgen.readers.rules.headings import looks_like_heading  # noqa: E402


def test_title_before_the_name_with_the_companys_word_is_the_title():
    q = find_quotes([(0, 0, 'Halcyon President and CEO Jane Roe said, "We are ready for the next phase of growth."')])[0]
    assert (q.speaker, q.title) == ("Jane Roe", "Halcyon President and CEO")
    q = find_quotes([(0, 0, '"We are ready," said Halcyon President and Chief Executive Officer Jane Roe.')])[0]
    assert (q.speaker, q.title) == ("Jane Roe", "Halcyon President and Chief Executive Officer")


def test_stacked_honorifics_are_one_speaker():
    paras = [(0, 0, '"The data are compelling," said Prof. Dr. Klaus Weber, Chief Scientific Officer of Acme AG.')]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Prof. Dr. Klaus Weber", "Chief Scientific Officer of Acme AG")
    # the short mention keeps its own honorific and takes the fuller name and title given earlier
    paras = [(0, 0, "Prof. Dr. Klaus Weber, CSO of Acme AG, will lead the study."), (0, 1, '"It is compelling," said Dr. Weber.')]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Dr. Klaus Weber", "CSO of Acme AG")


def test_a_short_mention_resolves_to_the_person_quoted_before():
    paras = [
        (0, 0, '"We are pleased," said Jane Roe, Chief Executive Officer of Halcyon.'),
        (0, 1, "The company also reported record bookings."),
        (0, 2, '"We have the cash to finish the program," Roe added.'),
    ]
    quotes = find_quotes(paras)
    assert [(q.speaker, q.title) for q in quotes] == [("Jane Roe", "Chief Executive Officer of Halcyon")] * 2


def test_appointed_as_gives_the_title_of_a_later_short_mention():
    paras = [
        (0, 0, "Acme Corp. today announced that it has appointed Maria Lopez as Chief Financial Officer, effective June 1."),
        (0, 1, '"I am delighted to join the team," said Ms. Lopez.'),
    ]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Maria Lopez", "Chief Financial Officer")


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


def test_organisation_prefixed_groups_in_a_contact_line():
    got = parse_contacts("Redwood Community Bancorp: Steven L. Park, Chief Financial Officer, +1-707-555-0112; "
                         "or Harbor Advisors, LLC: Dana Kim, 415-555-0190, dkim@harboradvisors.com")
    assert [(c.name, c.organisation) for c in got] == [("Steven L. Park", "Redwood Community Bancorp"),
                                                       ("Dana Kim", "Harbor Advisors, LLC")]
    assert got[0].title == "Chief Financial Officer" and got[1].emails == ["dkim@harboradvisors.com"]


def test_a_row_of_navigation_links_is_dropped_but_not_a_contact_row():
    html = ("<html><head><title>Acme Wins Award</title></head><body>"
            "<div><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact Us</a></div>"
            "<h1>Acme Wins Award</h1>"
            "<p>BOSTON, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today won an award.</p>"
            "<p>Contact: <a href='mailto:ir@acme.com'>ir@acme.com</a> <a href='mailto:pr@acme.com'>pr@acme.com</a></p>"
            "</body></html>")
    texts = [b.text for b in read_html(html).blocks]
    assert not any("Contact Us" in t for t in texts)
    assert any("ir@acme.com" in t for t in texts)


@pytest.mark.parametrize(
    "line",
    ["NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
     "Not for release, publication or distribution in whole or in part in or into the United States"],
)
def test_distribution_legends_are_furniture(line):
    assert classify(line)[0] == "legend"


@pytest.mark.parametrize("text", ["About atopic dermatitis", "ABOUT ACME PLC", "About Aldwych Resources plc", "About the Harvest Table Foundation"])
def test_about_headings_in_any_case(text):
    assert looks_like_heading(Block(text))


def test_a_sentence_starting_with_about_is_not_a_heading():
    assert not looks_like_heading(Block("About 40% of patients responded to treatment within two weeks of the first dose,"))


# --- rules added in the second blind round (variants/blind2/) -----------------------------------------------



@pytest.mark.parametrize(
    "paras, speaker, title",
    [
        ([(0, 0, "Chief Executive Officer Denise Albright will host the call."),
          (0, 1, '"We finished the year with momentum," the company\'s chief executive said.')],
         "Denise Albright", "Chief Executive Officer"),
        ([(0, 0, "Nathalie Brassard, Chief Risk Officer, noted that provisions declined."),
          (0, 1, '"Our credit quality remains excellent," the Bank\'s Chief Risk Officer said.')],
         "Nathalie Brassard", "Chief Risk Officer"),
        ([(0, 0, "Elaine M. Hart, president and chief executive officer of CardioStream, attended."),
          (0, 1, '"It was remarkable," the company\'s CEO said.')],
         "Elaine M. Hart", "president and chief executive officer of CardioStream"),
    ],
)
def test_a_speaker_named_by_title_only_is_the_person_holding_it(paras, speaker, title):
    q = find_quotes(paras)[-1]
    assert (q.speaker, q.title) == (speaker, title)


def test_a_title_only_speaker_nobody_holds_gives_no_quote():
    assert find_quotes([(0, 0, '"It was remarkable," the company\'s chief executive said.')]) == []


def test_an_attribution_paragraph_ending_in_said_colon_gives_the_next_paragraphs_speaker():
    paras = [(0, 0, "Commenting on the results, Aldgate's Chief Executive, Simon Thackeray, said:"),
             (0, 1, '"These are the best intercepts reported from Kalinga since the 1970s."')]
    [q] = find_quotes(paras)
    assert (q.speaker, q.title) == ("Simon Thackeray", "Aldgate's Chief Executive")


def test_a_headline_ending_in_a_date_is_not_a_bare_dateline():
    assert not is_bare_dateline("Kumba Platinum Holdings Reports Interim Results for the Six Months Ended 31 December 2008")
    assert is_bare_dateline("PARIS -- February 13, 2025")
    assert is_bare_dateline("DUBLIN, Feb. 12, 2025")


@pytest.mark.parametrize("text, heading", [("First quarter highlights", True), ("Interim dividend", True),
                                           ("Highlights:", True), ("Production of refined platinum rose", False)])
def test_sentence_case_headings(text, heading):
    assert looks_like_heading(Block(text)) is heading


@pytest.mark.parametrize(
    "line, rule",
    [("DGAP-News: Medivion AG / Key word(s): Half Year Results", "eqs_header"),
     ("07.08.2018 / 07:30", "eqs_header"),
     ("The issuer is solely responsible for the content of this announcement.", "eqs_header"),
     ("07.08.2018 Dissemination of a Corporate News, transmitted by DGAP - a service of EQS Group AG.", "wire_footer"),
     ("This information is provided by RNS", "wire_footer"),
     ("RNS Number : 4821K", "rns_number"),
     ("RELATED LINKS http://www.copperkettle.com", "page_end")],
)
def test_eqs_rns_and_page_furniture(line, rule):
    assert classify(line)[0] == rule


def test_a_release_with_no_dateline_skips_its_announcement_header():
    text = ("ASX RELEASE                                                 18 March 2019\n\n"
            "PILBARA LITHIA SIGNS BINDING OFFTAKE\n\n"
            "\u2022  Binding five-year offtake\n\u2022  US$50 million prepayment on signing\n\n"
            "Pilbara Lithia Metals Limited (ASX: PLM) is pleased to announce that it has signed a binding offtake agreement "
            "with a cathode maker for spodumene concentrate.\n")
    r = _release(text)
    assert (r.headline, r.release_date) == ("PILBARA LITHIA SIGNS BINDING OFFTAKE", "2019-03-18")
    assert r.subheadlines == ["Binding five-year offtake", "US$50 million prepayment on signing"]
    text = ("RNS Number : 4821K\nAldgate Copper plc\n12 May 2016\n\n                Aldgate Copper plc\n"
            "           (\"Aldgate\" or \"the Company\")\n\n        Drilling Results from Kalinga Project\n\n"
            "Aldgate Copper plc (LSE: ALDC), the copper exploration company, is pleased to announce assay results from six holes.\n\n"
            "This information is provided by RNS\nEND\n")
    r = _release(text)
    assert (r.headline, r.release_date, r.dateline.wire) == ("Drilling Results from Kalinga Project", "2016-05-12", "RNS")


def test_adviser_table_rows_give_people_of_each_desk():
    text = ("Aldgate Copper plc                 Tel: +44 (0)20 7499 5510\nSimon Thackeray, Chief Executive\n\n"
            "Strand Hanson Limited (Financial Adviser)   Tel: +44 (0)20 7409 3494\nJames Harris / Richard Tulloch")
    got = [(c.name, c.organisation, c.phones) for c in parse_contacts(text)]
    assert got == [("Simon Thackeray", "Aldgate Copper plc", ["+44 (0)20 7499 5510"]),
                   ("James Harris", "Strand Hanson Limited", ["+44 (0)20 7409 3494"]),
                   ("Richard Tulloch", "Strand Hanson Limited", ["+44 (0)20 7409 3494"])]


def test_contact_titles_wrapped_or_with_a_department_and_shared_phones():
    [c] = parse_contacts("Contact: Walter J. Haines\nExecutive Vice President and\nChief Financial Officer\n(814) 555-0140")
    assert (c.title, c.organisation) == ("Executive Vice President and Chief Financial Officer", None)
    [c] = parse_contacts("Claire Dubois, Director, Communications, 613-555-0109, claire.dubois@northstack.com")
    assert (c.title, c.organisation) == ("Director, Communications", None)
    got = parse_contacts("CardioStream, Inc.\nElaine M. Hart, CEO\nRobert Li, CFO\n(612) 555-0199")
    assert [(c.name, c.phones) for c in got] == [("Elaine M. Hart", ["(612) 555-0199"]), ("Robert Li", ["(612) 555-0199"])]
    [c] = parse_contacts("Media Contact\nRidgeline Outfitters Media Relations\n479-555-0110\nnews@ridgelineoutfitters.com")
    assert (c.name, c.role, c.organisation) == (None, "Media", "Ridgeline Outfitters")


def test_two_columns_of_international_contacts_without_labels():
    lines = ["Kate Moloney                                     Paul Armstrong",
             "Managing Director                                Read Corporate",
             "+61 8 9322 5500                                  +61 8 9388 1474",
             "info@pilbaralithia.com.au                        paul@readcorporate.com.au"]
    _left, right = split_side_by_side(lines)
    assert right == ["Paul Armstrong", "Read Corporate", "+61 8 9388 1474", "paul@readcorporate.com.au"]


def test_issuer_domains_and_short_form_websites():
    assert find_urls("It operates 312 stores and northfieldhome.com.", "Northfield Home Stores, Inc.") == ["northfieldhome.com"]
    assert find_urls("It operates 312 stores and Amazon.com.", "Northfield Home Stores, Inc.") == []
    assert choose_website(["www.lsbank.ca", "www.sedar.com"], "Laurentian Shield Bank") == "http://www.lsbank.ca"


def test_a_ticker_printed_in_the_headline_only():
    blocks = [Block("Solstice Bio (NASDAQ: SOLB) Doses First Patient in Phase 1 Trial"),
              Block("SAN DIEGO, Jan. 21, 2025 (GLOBE NEWSWIRE) -- Solstice Bio, Inc. (\"Solstice\") today announced dosing.")]
    r = assemble_release(Read(blocks))
    assert [(t.exchange, t.symbol) for t in r.issuer.tickers] == [("NASDAQ", "SOLB")]
    assert r.issuer.name == "Solstice Bio, Inc."


# --- round 3 (variants/blind3/): names by word features, grouping by proximity, headings ------------------------

def test_person_names_of_any_script_with_particles():
    from reportgen.readers.rules.contacts import is_person_name

    for name in ("Jan van der Berg", "María José García-López", "Nguyễn Văn An", "Anna-Lena Schröder",
                 "Susan Park, Ph.D.", "Marc-André Bélanger", "Elaine M. Hart"):
        assert is_person_name(name), name
    for not_name in ("Investor Relations", "Chief Financial Officer", "Real Chemistry Inc.", "van der Berg", "FOURTH QUARTER"):
        assert not is_person_name(not_name), not_name


def test_contact_items_by_slash_pronouns_and_any_colon_label():
    from reportgen.readers.rules.contacts import parse_contacts

    [c] = parse_contacts("Investors: Ashley Rowe / LifeSci Advisors / +1 617-555-0151 / arowe@lifesciadvisors.com")
    assert (c.name, c.role, c.organisation, c.phones) == ("Ashley Rowe", "Investors", "LifeSci Advisors", ["+1 617-555-0151"])
    [c] = parse_contacts("Patient Advocacy:\nJordan Ellis (they/them)\nadvocacy@x.com")
    assert (c.name, c.role) == ("Jordan Ellis", "Patient Advocacy")


def test_contact_title_desk_and_organisation_in_a_comma_run():
    from reportgen.readers.rules.contacts import parse_contacts

    [c] = parse_contacts("Anne Whitman, Ph.D., Vice President, Investor Relations of Halcyon Biologics, Inc., +1-609-555-0142")
    assert (c.title, c.organisation) == ("Vice President, Investor Relations", "Halcyon Biologics, Inc.")
    [c] = parse_contacts("Investors: Julie Tremblay, Director, Investor Relations, 514-555-0163")
    assert (c.role, c.title, c.phones) == ("Investors", "Director, Investor Relations", ["514-555-0163"])


def test_people_under_an_organisations_number_share_it():
    from reportgen.readers.rules.contacts import parse_contacts

    cs = parse_contacts("Enquiries:\nNorthmoor plc      +44 (0)20 7946 0410\nJan van der Berg, Chief Executive Officer\n"
                        "Sophie de Vries, Chief Financial Officer\n\nCavendish Limited (Nomad)   +44 (0)20 7220 0500\nGiles Balleny")
    assert [(c.name, c.organisation, c.phones) for c in cs] == [
        ("Jan van der Berg", "Northmoor plc", ["+44 (0)20 7946 0410"]),
        ("Sophie de Vries", "Northmoor plc", ["+44 (0)20 7946 0410"]),
        ("Giles Balleny", "Cavendish Limited", ["+44 (0)20 7220 0500"])]


def test_numbered_and_colon_headings():
    from reportgen.readers.blocks import Block
    from reportgen.readers.rules.headings import looks_like_heading

    for t in ("1. Transaction Overview", "II. Financial Review", "Third Quarter Highlights:", "Highlights:"):
        assert looks_like_heading(Block(t)), t
    for t in ("1. Includes stock-based compensation of $2.1 million.", "Registration: https://x.com", "The company said:"):
        assert not looks_like_heading(Block(t)), t


def test_underlined_heading_in_text():
    from reportgen.readers.wire_text import blocks_from_text

    blocks = blocks_from_text("Headline Here\n\nDAYTON, Ohio, May 8, 2017 -- Acme Inc. said things today.\n\n"
                              "Timeline\n--------\n\nConstruction will begin in June.\n")
    assert any(b.kind == "heading" and b.text == "Timeline" for b in blocks)


# --- contacts in one pass: items classified by features, grouped by order ------------------------------------------

def test_a_name_shaped_organisation_heading_a_group():
    # "Kestrel Bio" is name-shaped, but its words are the e-mail's domain and a label follows: the group's organisation
    cs = parse_contacts("Contacts\nAltamira Pharma\nInvestors:\nGreg Hollis\n650-555-0190\nir@altamirapharma.com\n"
                        "Kestrel Bio\nMedia:\nCharlotte Evans\n+44 1865 555 010\npress@kestrelbio.co.uk")
    assert [(c.name, c.role, c.organisation) for c in cs] == [
        ("Greg Hollis", "Investors", "Altamira Pharma"), ("Charlotte Evans", "Media", "Kestrel Bio")]


def test_people_listed_together_share_the_number_after_them():
    cs = parse_contacts("SP Angel Corporate Finance LLP (Nominated Adviser)\nEwan Leggat / Adam Cowl\n+44 (0)20 3470 0470")
    assert [(c.name, c.organisation, c.phones) for c in cs] == [
        ("Ewan Leggat", "SP Angel Corporate Finance LLP", ["+44 (0)20 3470 0470"]),
        ("Adam Cowl", "SP Angel Corporate Finance LLP", ["+44 (0)20 3470 0470"])]


def test_field_prefixes_are_not_organisations():
    [c] = parse_contacts("For further information, please contact:\nIan McLeod, CEO\nTelephone: (604) 555-0188\nEmail: ian@cobaltridge.ca")
    assert (c.name, c.title, c.organisation, c.phones, c.emails) == ("Ian McLeod", "CEO", None, ["(604) 555-0188"], ["ian@cobaltridge.ca"])
    [c] = parse_contacts("Contact:\nBergen Law LLP\nKaren Holt, Esq.\n(212) 555-0100\nkholt@bergenlaw.com")
    assert (c.name, c.organisation) == ("Karen Holt, Esq.", "Bergen Law LLP")


def test_national_phone_numbers_with_a_trunk_zero_are_read_whole():
    from reportgen.readers.rules.contacts import parse_contacts

    got = parse_contacts("Enquiries:\nAcme plc\nJohn Smith, Chief Executive\n01392 555 010\n\nInstinctif Partners\nJane Doe\n020 7466 5000")
    assert [(c.name, c.organisation, c.phones) for c in got] == [
        ("John Smith", "Acme plc", ["01392 555 010"]),
        ("Jane Doe", "Instinctif Partners", ["020 7466 5000"]),
    ]


@pytest.mark.parametrize("text", ["10/12/2007", "1/2/2024", "2024-03-08", "2024/03/08", "3.8.2024", "12.31.2007", "08-03-2024", "12/31/07",
                                  "on 10/12/2007, the company", "Tel: 2024-03-08"])
def test_a_date_is_not_a_phone_number(text):
    from reportgen.readers.rules.contacts import PHONE

    assert [m.group(0) for m in PHONE.finditer(text)] == []


@pytest.mark.parametrize("text, phone", [
    ("(408) 974-6439", "(408) 974-6439"), ("+1-914-606-3500", "+1-914-606-3500"), ("+44 (0)20 7123 4567", "+44 (0)20 7123 4567"),
    ("01392 555 010", "01392 555 010"), ("020 7466 5000", "020 7466 5000"), ("555.123.4567", "555.123.4567"),
    ("1-800-555-1234", "1-800-555-1234"), ("Tel: 555-123-4567 ext. 12", "Tel: 555-123-4567 ext. 12"),
    ("As of 2024-03-08, call 555-123-4567.", "555-123-4567"), ("On 10/12/2007 dial +33 1 23 45 67 89", "+33 1 23 45 67 89"),
])
def test_phone_numbers_are_still_read_beside_dates(text, phone):
    from reportgen.readers.rules.contacts import PHONE

    assert [m.group(0) for m in PHONE.finditer(text)] == [phone]


def test_a_dated_line_in_a_contact_block_gives_no_phone():
    from reportgen.readers.rules.contacts import parse_contacts

    [c] = parse_contacts("Contact:\nJane Roe, Director, Investor Relations\nUpdated 10/12/2007\njane.roe@acme.com")
    assert (c.name, c.phones, c.emails) == ("Jane Roe", [], ["jane.roe@acme.com"])


def test_forward_looking_statements_stop_at_the_boilerplate_after_them():
    from reportgen.model import Section
    from reportgen.readers.rules.fls import find_fls

    fls = ("This press release contains forward-looking statements within the meaning of the Private "
           "Securities Litigation Reform Act of 1995. Actual results may differ materially.")
    for tail in ("Acme designs widgets and sells them worldwide.",
                 "Acme and the Acme logo are registered trademarks of Acme Inc.",
                 "NOTE TO EDITORS: For more information visit www.acme.com.",
                 "View original content to download multimedia: https://www.prnewswire.com/x.html",
                 "Acme uses its website and social media outlets to publish important information.",
                 "Acme Inc."):
        sections = [Section(heading=None, paragraphs=["Lead."]),
                    Section(heading="Forward-Looking Statements", paragraphs=[fls, tail])]
        assert find_fls(sections) == fls, tail
    more = "These risks include our ability to raise capital and to complete our trials."
    sections = [Section(heading="Safe Harbor Statement", paragraphs=[fls, more])]
    assert find_fls(sections) == fls + "\n\n" + more


@pytest.mark.parametrize("text, heading", [
    ("KOL Event on aneurysmal Subarachnoid Hemorrhage (aSAH)", True),
    ("New At-The-Market Equity Program of up to US$100 Million", True),
    ("Advisors", True),
    ("References", True),
    ("The company will host a call today", False),
    ("Revenue was up in all regions and segments", False),
])
def test_title_case_headings_with_a_lower_case_term_and_one_word_headings(text, heading):
    from reportgen.readers.blocks import Block
    from reportgen.readers.rules.headings import looks_like_heading

    assert looks_like_heading(Block(text)) is heading


def test_a_title_before_the_name_can_end_in_member_or_trustee():
    from reportgen.readers.rules.quotes import find_quotes

    quotes = find_quotes([(0, 0, '"Shareholders benefit," said Apple Board member Ed Woolard.')])
    assert [(q.speaker, q.title) for q in quotes] == [("Ed Woolard", "Apple Board member")]


def test_an_organisation_named_in_the_contact_label():
    from reportgen.readers.rules.contacts import merge_contacts, parse_contacts

    got = merge_contacts(parse_contacts("Caterpillar investor relations contact: Ryan Fiedler, +1 224-551-4074 or Fiedler_Ryan_S@cat.com"))
    assert [(c.name, c.role, c.organisation, c.phones) for c in got] == [
        ("Ryan Fiedler", "Investor relations", "Caterpillar", ["+1 224-551-4074"])]
    kept = merge_contacts(parse_contacts("Investors and Media: Jane Roe, ir@acme.com"))
    assert [(c.role, c.organisation) for c in kept] == [("Investors and Media", None)]


def test_two_names_above_a_desk_address_are_two_people_sharing_it():
    from reportgen.readers.rules.contacts import parse_contacts

    got = parse_contacts("Investor and Media Contacts:\n\nJenny Kobin\n\nRemy Bernarda\n\nir@clearsidebio.com")
    assert [(c.name, c.organisation, c.emails) for c in got] == [
        ("Jenny Kobin", None, ["ir@clearsidebio.com"]), ("Remy Bernarda", None, ["ir@clearsidebio.com"])]
    agency = parse_contacts("Media Contact:\nRob Delaney\nInizio Evoke\nrob.delaney@inizioevoke.com")
    assert [(c.name, c.organisation) for c in agency] == [("Rob Delaney", "Inizio Evoke")]


def test_a_wires_multimedia_pointer_is_furniture():
    line = "This press release features multimedia. View the full release here: https://www.businesswire.com/news/home/20250211/en/"
    assert classify(line)[0] == "wire_link"
    assert classify("This press release features three new products.") is None


def test_a_designated_news_release_notice_is_furniture():
    assert classify('This news release constitutes a "designated news release" for the purposes of the '
                    "Company's prospectus supplement dated August 10, 2023.")[0] == "legend"
