"""The issuer (rules/issuer.py): a leading The, a joint release, a ticker in the headline only."""

from __future__ import annotations

import pytest

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.issuer import with_leading_the
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


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


def test_a_ticker_printed_in_the_headline_only():
    blocks = [Block("Solstice Bio (NASDAQ: SOLB) Doses First Patient in Phase 1 Trial"),
              Block("SAN DIEGO, Jan. 21, 2025 (GLOBE NEWSWIRE) -- Solstice Bio, Inc. (\"Solstice\") today announced dosing.")]
    r = assemble_release(Read(blocks))
    assert [(t.exchange, t.symbol) for t in r.issuer.tickers] == [("NASDAQ", "SOLB")]
    assert r.issuer.name == "Solstice Bio, Inc."


def _issuer(lead: str, headline: str = "Acme Reports Results", more: tuple[str, ...] = (), source=None, abouts=()):
    from reportgen.readers.rules.issuer import find_issuer

    text = "\n".join((lead,) + more)
    name, tickers = find_issuer(lead, text, headline, source, abouts)
    return name, [(t.exchange, t.symbol) for t in tickers]


@pytest.mark.parametrize(
    "lead, name",
    [
        # a dateline the wire rules left in the lead
        ("(West Chester, PA --- February 1, 1993) Commodore Business Machines, Inc. today announced price cuts.",
         "Commodore Business Machines, Inc."),
        ("VAUGHAN, ON, February 01, 2025 /24-7PressRelease/ -- AGM Renovations is implementing sustainable practices.",
         "AGM Renovations"),
        ("NEW YORK - (NewMediaWire) - September 26, 2024 - Alleaves Software and BioTrack, the leaders in software, are excited "
         "to announce a partnership.", "Alleaves Software"),
        ("Mobile World Congress 2026 -- The Linux Foundation (LF), the home of open source, today announced a foundation.",
         "Linux Foundation"),
        # the subject after an opening phrase
        ("(San Francisco) July 10, 1996 -- Moving rapidly to expand its presence, Miller Freeman, Inc., has acquired a magazine.",
         "Miller Freeman, Inc."),
        ("Comfort, Texas (Newsworthy.ai) Friday Sep 26, 2025 @ 10:00 AM Pacific \u2014 Following the flooding, the Comfort Area "
         "Foundation (CAF) announced funding.", "Comfort Area Foundation"),
        # the sentence's verb after a name of two words or more; a board's company
        ("Community Bankshares, Inc. congratulates Thomas Kimsey on his appointment.", "Community Bankshares, Inc."),
        ("The Board of Directors of the Inland Marine Underwriters Association (IMUA) is excited to announce it.",
         "Inland Marine Underwriters Association"),
        ("Carrier Global Corporation , global leader in climate solutions, today reported results.", "Carrier Global Corporation"),
    ],
)
def test_the_lead_names_the_issuer(lead, name):
    assert _issuer(lead)[0] == name


def test_a_date_an_article_or_an_opening_word_is_no_issuer():
    assert _issuer("May 15, 2025 (NEWMEDIAWIRE) - Vycor Medical, Inc. (\u201cVycor\u201d or the \u201cCompany\u201d) (OTCQB - VYCO), "
                   "today announced results.")[0] == "Vycor Medical, Inc."
    assert _issuer("A consortium of investors led by Beta Capital today announced an offer.")[0] is None
    assert _issuer("Stroke survivors were more likely to recover.", abouts=("the American Stroke Association",))[0] == \
        "American Stroke Association"
    assert _issuer("Citing a growing customer base, Southern Company today reported earnings.")[0] == "Southern Company"


def test_words_before_a_comma_with_a_number_are_no_part_of_the_name():
    assert _issuer("At CONEXPO-CON/AGG 2026, Caterpillar Inc. (NYSE: CAT) will showcase technology.") == (
        "Caterpillar Inc.", [("NYSE", "CAT")])
    assert _issuer("Sears, Roebuck and Co. (NYSE: S) today reported results.")[0] == "Sears, Roebuck and Co."


def test_a_lower_case_name_is_the_words_the_lead_and_headline_open_with():
    assert _issuer("Twentytwo & brand, a leading marketing firm, has been named to the list.",
                   headline="Twentytwo & brand Named to Inc. 5000")[0] == "Twentytwo & brand"
    assert _issuer("ams OSRAM delivers cost savings ahead of plan.", headline="ams OSRAM Delivers Cost Savings")[0] == "ams OSRAM"


def test_a_ticker_printed_with_another_company_further_on_is_not_the_issuers():
    lead = "SAVVIS Communications Corporation, a leading provider, today announced an award."
    more = ("Other finalists were Lucent (NYSE: LU) and Cisco (NASDAQ: CSCO).",)
    assert _issuer(lead, headline="SAVVIS COMMUNICATIONS AWARDED BEST OF SHOW", more=more) == ("SAVVIS Communications Corporation", [])
    more = ("Its adviser is GAMCO Investors, Inc. (OTCQX: GAMI).",
            "About the Trust: The Gabelli Healthcare & WellnessRx Trust (NYSE: GRX) is a closed-end fund.")
    assert _issuer("The Board of Trustees of The Gabelli Healthcare & WellnessRx Trust (the \u201cFund\u201d) declared a distribution.",
                   more=more) == ("The Gabelli Healthcare & WellnessRx Trust", [("NYSE", "GRX")])


def test_the_headlines_company_issues_a_release_whose_lead_opens_with_its_customer():
    lead = ("Dallas-based Excel Communications, Inc. has chosen telecom software developer Equinox Information Systems of "
            "Nashville, Tenn. to provide software solutions.")
    headline = "Equinox Information Systems to Provide Software Solutions for Excel's Network"
    assert _issuer(lead, headline=headline, abouts=("Excel Communications", "Equinox"))[0] == "Equinox Information Systems"
    # a subject that announces and has its own About section stays the issuer
    lead = "Cornerstone Capital Resources Inc. is pleased to provide an update on its Bramaderos project."
    assert _issuer(lead, headline="Bramaderos Update - Drilling Closes In", abouts=("Bramaderos", "Cornerstone"))[0] == \
        "Cornerstone Capital Resources Inc."
    # the headline opens with a person, not the About's company
    lead = "Community Bankshares, Inc. congratulates Thomas Kimsey, President and CEO of Thomas Financial Group."
    assert _issuer(lead, headline="Thomas Kimsey, President and CEO of Thomas Financial Group Appointed",
                   abouts=("Thomas Financial Group", "Community Bankshares, Inc."))[0] == "Community Bankshares, Inc."


def test_a_lead_naming_no_company_takes_the_source_line_then_the_about_section():
    lead = "Researchers have uncovered an obstacle to transplants."
    assert _issuer(lead, source="NYU Langone Health", abouts=("NYU Langone Health",))[0] == "NYU Langone Health"
    assert _issuer(lead, abouts=("the Study", "the American Heart Association"))[0] == "American Heart Association"
    assert _issuer("SHINE announced today it has received a loan.", source="SHINE Technologies, LLC")[0] == "SHINE"


def test_a_name_in_lower_case_or_without_its_comma_and_a_headlines_label():
    assert _issuer("Seeking a role in the $1.5 billion chat market, eShare Technologies, Inc. today announced a product.")[0] == \
        "eShare Technologies, Inc."
    assert _issuer("CareWork Inc. a premier SaaS provider in senior living, achieved significant growth.")[0] == "CareWork Inc."
    assert _issuer("BOSTON, Massachusetts, June 24, 2025; A new study by Leksum LLC (Leksum) demonstrates an effect.",
                   headline="LEKSUM: New Study Indicates Efficacy")[0] == "Leksum LLC"


def test_a_contact_label_names_the_issuer_when_nothing_else_does():
    from reportgen.readers.rules.issuer import find_issuer

    lead = "Researchers have uncovered an obstacle to transplants."
    assert find_issuer(lead, lead, "Immune Reactions Found", None, (), ("Media Contacts:", "Vycor Medical, Inc. Contacts:"))[0] == \
        "Vycor Medical, Inc."
    assert find_issuer(lead, lead, "Immune Reactions Found", None, (), ("For more information:", "Media Inquiries:"))[0] is None


def test_a_the_that_opens_a_paragraph_is_not_part_of_the_name():
    # the paragraph above ends without a full stop (a heading, a caption): its last word is no sentence's
    text = "About the cup\nThe Acme Foundation is a non-profit. Acme Foundation runs the cup."
    assert with_leading_the("Acme Foundation", text) == "Acme Foundation"
    assert with_leading_the("Acme Foundation", "It was run by The Acme Foundation.") == "The Acme Foundation"


def test_the_lead_is_the_first_paragraph_of_running_text():
    from reportgen.readers.rules.issuer import lead_paragraph

    headline = "Northwind and Axiom Team Up on Secure Servers"
    lead = "Northwind Computer Corporation (NYSE: NWC) and Axiom Technologies today announced an alliance to sell servers."
    assert lead_paragraph([headline, "Published 01/08/2008", lead, "More text follows here."], headline) == lead
    assert lead_paragraph(["ROCKVILLE, Md.", "Secure Servers For Every Small Business Office", lead], headline) == lead
    assert lead_paragraph(["\u201cWe are thrilled,\u201d said the CEO.", lead], headline) == lead
    # a short sentence with names in title case is running text; a title-case deck with prepositions is not
    short = "GreenPort Logistics today published its 2024 Sustainability Report."
    assert lead_paragraph([short, "GreenPort cut emissions by a third."], headline) == short
    assert lead_paragraph(["Partnership Between Northwind and Axiom to Provide Powerful Security Solutions.", lead], headline) == lead
    assert lead_paragraph(["Net income of $206 million", "Affordable Housing Program assessments of $23 million", lead],
                          headline) == lead  # the highlights' bullets
    # a lead of running text stays the lead; with none, the first paragraph
    assert lead_paragraph([lead, "Published 01/08/2008"], headline) == lead
    assert lead_paragraph(["Published 01/08/2008"], headline) == "Published 01/08/2008"


@pytest.mark.parametrize(
    "lead, name",
    [
        # a dateline without a year; a date and a place before the subject, the year glued to a mark
        ("HANOI, July 15 - Red River Commercial Bank today announced a bond issue.", "Red River Commercial Bank"),
        ("HOUSTON and ROCKVILLE, MD\u00be August 25, 1999\u00be Northwind Computer Corporation (NYSE: NWC) today announced "
         "a server.", "Northwind Computer Corporation"),
        # a description in lower case before the name
        ("Global venture capital firm Northstar Ventures, Inc. today announced a promotion.", "Northstar Ventures, Inc."),
        ("Leading biotech company Helix Bio today announced results.", "Helix Bio"),
        # a person's office names the company after "of"
        ("In Frankfurt, Jan Roe, CEO and President of Acme Technologies officially announced a new model.", "Acme Technologies"),
    ],
)
def test_the_leads_subject_after_a_dateline_a_description_or_an_office(lead, name):
    assert _issuer(lead)[0] == name


def test_an_opening_phrase_before_two_companies_or_a_bare_suffix_names_no_subject():
    from reportgen.readers.rules.issuer import issuer_name_from_lead

    assert issuer_name_from_lead("After months of talks, Acme Labs and Beta Works have signed a deal.") is None
    assert issuer_name_from_lead("Founded in 1990, Inc. has announced a merger.") is None


def test_a_ticker_of_a_company_named_second_in_a_joint_lead_is_the_partners():
    lead = ("Brightway Health, LLC, a company developing insulin pumps, and Corvex Holdings, Inc. (NASDAQ: CVX), a medical "
            "technology company, today announced a partnership.")
    assert _issuer(lead) == ("Brightway Health, LLC", [])
    # the ticker's company named first keeps its ticker
    lead = "Corvex Holdings, Inc. (NASDAQ: CVX) and Brightway Health, LLC today announced a partnership."
    assert _issuer(lead) == ("Corvex Holdings, Inc.", [("NASDAQ", "CVX")])


def test_tickers_printed_after_another_companys_name_are_not_the_issuers():
    lead = "Northwind Computer Corporation (NYSE: NWC) and Axiom Technologies, Inc. (NASDAQ: AXM) today announced an alliance."
    assert _issuer(lead) == ("Northwind Computer Corporation", [("NYSE", "NWC")])
    lead = "Acme Robotics Inc. (Nasdaq: ACR) has agreed to acquire a robotics business from Walmart (NYSE: WMT)."
    assert _issuer(lead) == ("Acme Robotics Inc.", [("Nasdaq", "ACR")])
    # two listings of one company stay together
    lead = "Acme Robotics Inc. (Nasdaq: ACR, HKEX: 0800) today announced a launch."
    assert _issuer(lead)[1] == [("Nasdaq", "ACR"), ("HKEX", "0800")]


def test_a_long_name_before_its_ticker():
    lead = "Ho Chi Minh City Development Joint Stock Commercial Bank (HoSE: HDB) today signed a loan."
    assert _issuer(lead) == ("Ho Chi Minh City Development Joint Stock Commercial Bank", [("HoSE", "HDB")])


def test_a_customer_that_contracts_with_the_about_sections_company_is_not_the_issuer():
    lead = "Northline Communications, Inc. (NASDAQ: NLC) has contracted with Vertex to upgrade its billing systems."
    assert _issuer(lead, headline="Northline Selects Billing Platform", abouts=("Vertex",)) == ("Vertex", [])
    # the subject that announces a deal with the About's company stays the issuer
    lead = "Northline Communications, Inc. (NASDAQ: NLC) today announced a partnership with Vertex."
    assert _issuer(lead, abouts=("Vertex",)) == ("Northline Communications, Inc.", [("NASDAQ", "NLC")])


def test_the_source_line_and_the_about_section_name_the_issuer_of_a_lead_naming_no_company():
    lead = "Tonight at 10 p.m., the network airs an interview with the senator."
    more = ("The network is owned by Paramount Media (NYSE: PMX).",)
    assert _issuer(lead, more=more, source="Harbor Networks", abouts=("Harbor Networks",))[0] == "Harbor Networks"
    # a SOURCE line naming two: the one whose About section the release prints
    lead = "Researchers have uncovered an obstacle to transplants."
    assert _issuer(lead, source="Acme School of Medicine and Acme Health", abouts=("Acme Health",))[0] == "Acme Health"


def test_a_short_name_is_given_as_the_release_prints_it_in_full():
    from reportgen.readers.rules.issuer import fuller_form

    assert fuller_form("UMT AG", "Munich - UMT United Mobility Technology AG has launched an app.") == \
        "UMT United Mobility Technology AG"
    assert fuller_form("OFC", "The 2026 Optical Fiber Communications Conference and Exhibition (OFC) opens.") == \
        "2026 Optical Fiber Communications Conference and Exhibition"
    assert fuller_form("NEA", "New Enterprise Associates, Inc. promoted Jane Roe.") == "New Enterprise Associates, Inc."
    assert fuller_form("NEA", "Nothing spelled out here.") == "NEA"
    lead = "Researchers have uncovered an obstacle to transplants."
    more = ("UMT United Mobility Technology AG has launched an app.",)
    assert _issuer(lead, more=more, abouts=("UMT AG",))[0] == "UMT United Mobility Technology AG"


def test_a_headline_opening_with_the_subjects_initials_is_the_subjects():
    lead = "Global venture capital firm New Enterprise Associates, Inc. (NEA) today announced the promotion of Jane Roe."
    assert _issuer(lead, headline="NEA Promotes Jane Roe to Partner", abouts=("NEA",))[0] == "New Enterprise Associates, Inc."


def test_a_the_on_the_line_before_is_no_leading_the():
    assert with_leading_the("Doge Index", "a satirical tracker\nThe Doge Index was created in 2024.") == "Doge Index"
    assert with_leading_the("Doge Index", "information on The Doge Index is online.") == "The Doge Index"


def test_the_legal_name_in_parentheses_after_the_short_name_is_the_issuers():
    blocks = [
        Block("AUI Raises $20 Million Following Breakthrough in Neuro-Symbolic AI"),
        Block("NEW YORK, Nov. 3, 2025 /PRNewswire/ -- AUI (Augmented Intelligence Inc.), the company behind Apollo-1, "
              "has raised $20 million at a $750 million valuation cap."),
    ]
    assert assemble_release(Read(blocks)).issuer.name == "Augmented Intelligence Inc."
    # a parenthesis that is no legal name changes nothing
    blocks[1] = Block("NEW YORK, Nov. 3, 2025 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) has raised $20 million.")
    assert assemble_release(Read(blocks)).issuer.name == "Acme Corp."
