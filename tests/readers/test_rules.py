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
