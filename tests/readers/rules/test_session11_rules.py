"""General rules added in the eleventh session, read from round 10 (text copied from web pages and the
datelines of company-issued and European releases), each on text of its own."""

from __future__ import annotations

import pytest

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.rules.dateline import match_dateline
from reportgen.readers.wire_text import blocks_from_text

_ACME_BANK_LEAD = ("Acme Bank Corp. (NASDAQ: ACBK), parent company of Acme Bank, today announced an increased cash dividend "
                   "payable on November 28, 2003 to shareholders of record on November 14, 2003, its ninth increase in a row.")


def _text_release(text: str):
    return assemble_release(Read(blocks_from_text(text)))


@pytest.mark.parametrize("line, want", [
    ("Portland, OR, March 7, 2003 Results from the trial were presented", ("Portland", "OR", "2003-03-07")),
    ("Redmond, Washington - Tuesday February 1, 2005 - Acme Widgets today said", ("Redmond", "Washington", "2005-02-01")),
    ("Lyon, May 23, 2023 at 8:00 a.m. - ACME SA, a company making widgets", ("Lyon", None, "2023-05-23")),
    ("Perth, Australia; 27 June 2023: A trial of the widget was paused", ("Perth", None, "2023-06-27")),
    ("Mainz, 21 March 2013. Acme announced today that it would", ("Mainz", None, "2013-03-21")),
    ("Brussels, 21 April 2023 Today Acme SA announces that", ("Brussels", None, "2023-04-21")),
    ("Olathe, KS - The city council has selected Acme", ("Olathe", "KS", None)),
])
def test_datelines_of_company_issued_and_european_releases(line, want):
    d = match_dateline(line).dateline
    assert (d.city, d.region, d.date) == want


@pytest.mark.parametrize("line", [
    "On March 7, 2003 the company said",            # a sentence opening with a date
    "Revenue, March 7, 2003 compared",              # no capital after the date
    "Acme, the company, said on Monday that",       # no date
])
def test_no_dateline_where_none_is_printed(line):
    assert match_dateline(line) is None


_PARA = ("Acme Widgets plc (the \"Company\") (AIM: ACME), a maker of industrial widgets for the food industry, is "
         "pleased to announce that it has completed the enrolment of patients in its trial of the widget.")
_PARA2 = ("The Company expects the three-month follow-up data from this study to be available in the fourth quarter "
          "of this year, and will report them to the market as soon as they are known to the board.")


def test_text_copied_from_a_web_page_one_paragraph_a_line():
    text = f"Acme Widgets plc\nEnrolment completed in widget trial\n{_PARA}\n{_PARA2}\nAbout Acme\n{_PARA2}\n"
    blocks = [b.text for b in blocks_from_text(text)]
    assert blocks == ["Acme Widgets plc", "Enrolment completed in widget trial", _PARA, _PARA2, "About Acme", _PARA2]
    release = _text_release(text)
    assert release.headline == "Enrolment completed in widget trial"


def test_a_headline_broken_by_hand_in_unwrapped_text_goes_on():
    text = (f"Acme Presents Interim Results from\nits WIDGET-2 Study at the Annual Widget Symposium\n"
            f"Results provide insight into potential effects of the widget\nfor the food industry\n"
            f"PORTLAND, Ore., Dec. 10, 2020 - {_PARA}\n{_PARA2}\n")
    release = _text_release(text)
    assert release.headline == "Acme Presents Interim Results from its WIDGET-2 Study at the Annual Widget Symposium"
    assert release.subheadlines == ["Results provide insight into potential effects of the widget for the food industry"]


def test_hard_wrapped_text_keeps_its_paragraphs():
    # a short line that does not end a sentence goes on in wrapped text (the wrap width rules, not one line a paragraph)
    text = ("Acme Widgets Reports Results\n\nPORTLAND, Ore., Dec. 10 /PRNewswire/ -- Acme Widgets today reported\n"
            "results for its fourth quarter, which ended on September 30, and\nsaid that demand for widgets rose.\n")
    assert [b.text for b in blocks_from_text(text)][-1].endswith("ended on September 30, and said that demand for widgets rose.")


def test_dense_wrapped_text_tells_header_lines_headings_and_items_by_their_length():
    # an announcement copied without its blank lines: header lines, a heading and items broken by hand
    body = ("Acme Widgets plc, the maker of industrial widgets for the food industry and for the\n"
            "drinks industry, today announces its results for the year ended 31 December 2007.\n")
    text = ("Final Results\nAcme Widgets Plc\n08 April 2008\nAcme Widgets Plc ('the Group')\nFinal Results 2007\n" + body +
            "Highlights\n> Group sales increased to 231.1m (2006: 221.7m)\n> Net debt reduced to 25.9m\n"
            "Commenting on the results, John Smith, Chairman of Acme Widgets, said:\n"
            "'The past year has been an active one for the Group and a period which has seen\n"
            "much change in the markets for widgets, which we expect to grow again.\n"
            + body * 3)
    blocks = [b.text for b in blocks_from_text(text)]
    assert blocks[:5] == ["Final Results", "Acme Widgets Plc", "08 April 2008", "Acme Widgets Plc ('the Group')", "Final Results 2007"]
    assert "Highlights" in blocks and "\u2022 Net debt reduced to 25.9m" in blocks
    release = _text_release(text)
    assert release.release_date == "2008-04-08"
    assert [(q.speaker, q.title) for q in release.quotes] == [("John Smith", "Chairman of Acme Widgets")]


def test_quotations_in_single_marks():
    text = ("Acme Widgets Wins Approval\n\nTORONTO, Sep 10, 2003 /PRNewswire/ - Acme Widgets Inc. (TSX: ACM) today announced "
            "approval of its widget.\n\n'This represents another important approval for the widget,' stated Acme's "
            "President and CEO, Dr. Jane M. Roe. 'The widget has been approved in Canada and the U.S.'\n\n"
            "Acme's widgets are sold in 'bold' colours, the company said.\n")
    release = _text_release(text)
    assert [(q.speaker, q.title) for q in release.quotes] == [("Dr. Jane M. Roe", "Acme's President and CEO")]


@pytest.mark.parametrize("line, kind", [
    ("To: Business/Property Editor", "wire_routing"),
    ("Attention Business/Financial Editors:", "wire_routing"),
    ("Business Editors/Health/Medical Writers", "wire_routing"),
    ("News | October 30, 2008", "page_date"),
    ("13 June 2016 |", "page_date"),
    ("AIM: ACME |", "ticker_line"),
    ("TSX: ACM OTCQX: ACMXF", "ticker_line"),
    ("News Service", "banner"),
    ("Date: 4 August 2017", "release_date"),
    ("(firmenpresse) - DGAP-News: Acme AG / Key word(s): Research Update", "eqs_header"),
    ("PRESS RELEASE GlobeNewswire", "banner"),
    ("Press Release | Business Wire", "banner"),
    ("Nasdaq GlobeNewswire", "wire_banner"),
])
def test_header_furniture_of_offices_wires_and_reposts(line, kind):
    from reportgen.readers.rules.furniture import classify
    assert classify(line)[0] == kind


def test_header_lines_above_the_headline_are_not_the_headline():
    text = ("News Service\n\n9-9-99\n\nContacts:\nJane Roe, Acme Foundation, (515) 294-4607\n\n"
            "ACME STATE RECEIVES $80-MILLION GIFT\n\n"
            "AMES, Iowa -- Acme State University has received an $80 million gift, the largest in its history.\n")
    release = _text_release(text)
    assert (release.headline, release.subheadlines, release.release_date) == ("ACME STATE RECEIVES $80-MILLION GIFT", [], "1999-09-09")


def test_a_wire_header_title_with_the_company_label_gives_way_to_the_release_title():
    text = ("DGAP-News: Acme AG: Acme starts its largest trial\n\nAcme AG: Acme starts its largest trial\n\n"
            "PRESS RELEASE\n\nAcme starts its largest trial\n\n"
            "Mainz, 21 March 2013. Acme announced today that it intends to start a trial with 350 patients.\n")
    release = _text_release(text)
    assert release.headline == "Acme starts its largest trial" and release.dateline.city == "Mainz"


def test_the_issuer_without_a_possessive_and_after_an_opening_today():
    text = ("Acme Results\n\nBrussels, 21 April 2023 Today Acme Group S.A. (the Company) announces that its equity fell.\n\n"
            "About Acme Group S.A.\n\nAcme Group S.A. makes widgets.\n")
    assert _text_release(text).issuer.name == "Acme Group S.A."
    from reportgen.readers.rules.issuer import _without_possessive
    assert _without_possessive("EPIX Medical's", "EPIX Medical Contact Information ... EPIX Medical's trial") == "EPIX Medical"
    assert _without_possessive("Macy's", "Macy's, Inc. today ... Macy's stores") == "Macy's"


def test_banners_printed_on_the_headline_line_and_a_quoted_headline():
    from reportgen.readers.rules.headline import strip_banner_prefix
    assert strip_banner_prefix("To: Business/Property Editor Date: 4 August 2017 For immediate release ACME LIMITED 2017 "
                               "INTERIM RESULTS") == ("ACME LIMITED 2017 INTERIM RESULTS", "4 August 2017")
    assert strip_banner_prefix("Press Release Day")[0] == "Press Release Day"  # no title would be left
    text = ("Attention Business/Financial Editors:\n''ACME ANNOUNCES FOURTH QUARTER RESULTS''\n"
            "OTTAWA, Ontario July 22 /CNW/ - Acme Inc. (TSE:ACM) today announced results for its fourth quarter and "
            "its fiscal year ended May 31, 1998, with revenues up 98% on the year before, and said that demand rose.\n"
            "Jane Roe, President and CEO commented: ''We are extremely pleased with the results of the year.''\n"
            "Acme makes components for the fibre networks of the world's telephone companies and has grown fast.\n")
    release = _text_release(text)
    assert release.headline == "ACME ANNOUNCES FOURTH QUARTER RESULTS"
    assert [(q.speaker, q.title) for q in release.quotes] == [("Jane Roe", "President and CEO")]


def test_a_deck_framed_by_dashes_in_unwrapped_text_keeps_its_lines():
    para = ("BOCA RATON, FL \u2013 May 13, 2003 \u2013 Acme Worldwide Communications, Inc. (OTC Bulletin Board: ACWW), a "
            "marketing services organization, today reported financial results for the first quarter ended March 31, 2003.")
    text = ("ACME WORLDWIDE REPORTS FIRST QUARTER FINANCIAL RESULTS\n\u2013 Company Increases Revenues by More than 30% \u2013\n"
            f"\u2013 Negotiations Continue on its Credit Facility \u2013\n{para}\n{para}\n")
    release = _text_release(text)
    assert release.subheadlines == ["Company Increases Revenues by More than 30%", "Negotiations Continue on its Credit Facility"]


def test_a_contact_information_label_names_the_organisation():
    from reportgen.readers.rules.contacts import parse_contacts
    [c] = parse_contacts("Acme Medical Contact Information\nJane Roe, Chief Financial Officer\nPhone (617) 555-6012")
    assert (c.name, c.organisation, c.title, c.phones) == ("Jane Roe", "Acme Medical", "Chief Financial Officer", ["(617) 555-6012"])


def test_a_release_whose_line_breaks_were_lost_splits_before_its_wire_dateline():
    lead = ("Acme Water Services, Inc. (AMEX:ACW) announced results for the quarter ended September 26, 2004. Jane Roe, "
            "Chief Executive Officer of Acme Water, said, \"We are pleased to report increased revenues for the quarter.\" ")
    text = ("EX-99.1 2 a4757167ex991.txt PRESS RELEASE EXHIBIT 99.1 Acme Water Announces Third Quarter Results Business "
            "Editors VISTA, Calif.--(BW HealthWire)--Nov. 3, 2004--" + lead
            + "Revenues rose on the year before, as more machines were placed in stores across the country. " * 12 + "\n")
    release = _text_release(text)
    assert release.headline == "Acme Water Announces Third Quarter Results"
    assert (release.dateline.city, release.dateline.wire, release.release_date) == ("Vista", "Business Wire", "2004-11-03")
    assert release.issuer.name == "Acme Water Services, Inc."
    assert [(q.speaker, q.title) for q in release.quotes][:1] == [("Jane Roe", "Chief Executive Officer of Acme Water")]


def test_lines_of_tickers_above_the_dateline_give_all_the_issuers_listings():
    text = ("Acme Metals Announces Drill Results\n\nTSX: ACM\n\nOTCQX: ACMXF\n\n"
            "TORONTO, July 7, 2020 /CNW/ - Acme Metals Inc. (TSX: ACM) is pleased to report further results from its "
            "drill program at the Goldlund project.\n")
    release = _text_release(text)
    assert [(t.exchange, t.symbol) for t in release.issuer.tickers] == [("TSX", "ACM"), ("OTCQX", "ACMXF")]
    assert release.subheadlines == []


@pytest.mark.parametrize("line, chrome", [
    ("Connect with us", True),
    ("Back to Announcements", True),
    ("LOGO", True),
    ("55 Water Street", True),
    ("(212) 924-5500", True),
    ("| | NEWS RELEASE | | |", True),
    ("Acme Widgets Q3 Results", False),    # shares "Acme" and "Widgets" with the lead
    ("Widget Results", False),             # shares "Widget"
    ("Acme Opens a New Plant in Ohio", False),
])
def test_page_chrome_above_the_headline(line, chrome):
    from reportgen.readers.rules.headline import page_chrome_line
    lead = "Acme Widgets Inc. (NYSE: ACW) today reported widget sales for the third quarter and opened a plant."
    assert page_chrome_line(line, lead) is chrome


def test_page_chrome_and_a_letterhead_above_a_headline_are_skipped():
    text = ("Connect with us\n\nAcme Widgets, Inc.\n\n55 Water Street\n\nNew York, NY 10041\n\n(212) 924-5500\n\n"
            "ACME WIDGETS REPORTS THIRD QUARTER RESULTS\n\n"
            "NEW YORK, Nov. 1, 2006 /PRNewswire/ -- Acme Widgets, Inc. (NYSE: ACW) today reported its results.\n")
    assert _text_release(text).headline == "ACME WIDGETS REPORTS THIRD QUARTER RESULTS"
    assert match_dateline("RNS - London Stock Exchange | 31/08/2017") is None


@pytest.mark.parametrize("line, want", [
    ("SPOKANE, Wash. \u2013 Nov. 1, 2006, 4:05 a.m. PST: Acme Corp. (NYSE: ACM) today reported", ("Spokane", "Wash.", "2006-11-01")),
    ("TYLER, TX - 62-year-old Canton resident Jane Roe is the first", ("Tyler", "TX", None)),
    ("(LONDON, Ontario) Acme Health Sciences Centre is excited to announce", ("London", "Ontario", None)),
])
def test_more_datelines(line, want):
    d = match_dateline(line).dateline
    assert (d.city, d.region, d.date) == want


def test_speakers_with_an_accented_name_or_a_plain_mr():
    from reportgen.readers.rules.quotes import find_quotes
    quotes = find_quotes([(0, 0, "Mr Wong Kan Foo, Director of the Unit, said, \u201cWe are very pleased with the year.\u201d"),
                          (0, 1, "\u201cWe are pleased with the results of the half-year,\u201d says AcmeBank CEO \u00c1rni Ellefsen.")])
    assert [(q.speaker, q.title) for q in quotes] == [("Wong Kan Foo", "Director of the Unit"), ("\u00c1rni Ellefsen", "AcmeBank CEO")]


def test_a_joint_lead_of_one_word_names_and_a_dashed_ticker_line():
    text = ("Launch of an Acme webpage for Singaporeans overseas\n\nTSX - ACM\n\n"
            "Singapore, 11 January 2019 \u2013 Acmecorp and the Overseas Singaporean Unit have jointly launched a new webpage "
            "for Singaporeans abroad.\n")
    release = _text_release(text)
    assert release.issuer.name == "Acmecorp"
    assert [(t.exchange, t.symbol) for t in release.issuer.tickers] == [("TSX", "ACM")]


def test_a_sites_lines_above_the_release_title_share_no_word_with_the_lead():
    text = ("Join today and have your say! It\u2019s FREE!\n\nBecome a member today, It's free!\n\n"
            "Acme Real Estate Trust Acquires Multifamily Portfolio for $72.5 Million\n\n"
            "MINOT, N.D., Dec. 1, 2016 /PRNewswire/ -- Acme Real Estate Trust (NYSE: ACRE) today announced it acquired a "
            "multifamily portfolio in Minneapolis.\n")
    release = _text_release(text)
    assert release.headline == "Acme Real Estate Trust Acquires Multifamily Portfolio for $72.5 Million"
    assert release.subheadlines == []
    from reportgen.readers.rules.headline import unrelated_above_title
    # a headline sharing no word with its lead stays when nothing under it is about the release either
    assert not unrelated_above_title(["Go Big or Go Home", "A New Era"], "Acme Corp. today announced a widget.")


def test_titles_before_a_speakers_name_joined_by_a_slash_or_set_off_by_a_comma_and_a_fellowship():
    from reportgen.readers.rules.quotes import find_quotes
    quotes = find_quotes([
        (0, 0, "ACME Chairman/CEO Jane Roe stated: \u201cThe completion of the plant continues to be our top priority.\u201d"),
        (0, 1, "\u201cWe continue to grow in the oversight of clinical trials,\u201d said SCRI CEO, Dee Anna Smith. \u201cWe are strong.\u201d"),
        (0, 2, "\u201cWe are opening trials faster,\u201d said Edward S. Kim, M.D., FASCO, vice physician-in-chief, City of Hope.")])
    assert [(q.speaker, q.title) for q in quotes] == [
        ("Jane Roe", "ACME Chairman/CEO"), ("Dee Anna Smith", "SCRI CEO"), ("Edward S. Kim", "vice physician-in-chief, City of Hope")]


def test_a_contact_table_flattened_into_bars_and_a_web_address_after_the_issuers_name():
    from reportgen.readers.rules.contacts import parse_contacts
    [c] = parse_contacts("Contact:\n|\nJane Roe\n|\n|\nSVP, Chief Financial Officer\n|\n|\nAcme, Inc.\n|\n240-268-2000")
    assert (c.name, c.title, c.organisation, c.phones) == ("Jane Roe", "SVP, Chief Financial Officer", "Acme, Inc.", ["240-268-2000"])
    from reportgen.readers.rules.issuer import issuer_name_from_lead
    assert issuer_name_from_lead("Acmecos, Inc., www.acmecos.com , a privately held biotechnology company, today announced") == "Acmecos, Inc."


def test_an_announcements_header_lines_under_an_index_title_are_no_lead():
    text = ("Final Results\n\nAcme Widgets Plc (The)\n\n08 April 2008\n\nAcme Widgets Plc ('the Group')\n\n"
            "Acme Widgets plc, the maker of industrial widgets, today announces its results for the year ended "
            "31 December 2007, with sales up and debt down on the year before as the group sold its fish business.\n")
    release = _text_release(text)
    assert (release.headline, release.release_date) == ("Final Results", "2008-04-08")
    assert release.sections[0].paragraphs[0].startswith("Acme Widgets plc, the maker")


def test_a_nordic_release_line_gives_the_date_and_the_issuer():
    from reportgen.readers.rules.furniture import classify
    assert classify("ACME PLC, STOCK EXCHANGE RELEASE, 20 FEBRUARY 2024, 9:00 a.m.") == ("release_line", "20 FEBRUARY 2024")
    assert classify("Translated Acme Stock exchange release, dated 2022-06-09.") == ("release_line", "2022-06-09")
    text = ("Acme\u00b4s Financial Statements for 2023\n\nACME PLC, STOCK EXCHANGE RELEASE, 20 FEBRUARY 2024, 9:00 a.m.\n\n"
            "\u2013 Net sales amounted to EUR 242.8 (224.6) million\n\n\u2013 Operating profit totalled EUR 13.8 (11.7) million\n")
    release = _text_release(text)
    assert (release.release_date, release.issuer.name) == ("2024-02-20", "Acme Plc")


def test_the_issuer_shared_with_the_headline_stops_before_a_verb_and_keeps_its_own_the():
    from reportgen.readers.rules.issuer import name_shared_with_headline, with_leading_the
    assert name_shared_with_headline("ACB confirms today that one employee is ill.", "ACB confirms a case at its tower") == "ACB"
    assert with_leading_the("Acme Foundation", "chairs at the institute, The Acme Foundation Chair of Studies") == "Acme Foundation"
    assert with_leading_the("Buckle, Inc.", "more information on The Buckle, Inc. is online") == "The Buckle, Inc."


def test_without_a_dateline_a_sites_lines_above_the_title_are_skipped_but_not_a_reports_highlights():
    para = ("Acme Foundation, the charity arm of Acme, has signed an agreement with the Institute of Studies, Pune, for "
            "five years to strengthen research in its field, with a grant of INR 9 crores.")
    text = f"Listen\n\nShare this page with friends\n\nAcme Foundation Signs Agreement to Foster Research\n\n{para}\n"
    assert _text_release(text).headline == "Acme Foundation Signs Agreement to Foster Research"


def test_an_exhibits_letterhead_in_capitals_and_contacts_above_a_headline_with_no_dateline():
    text = ("Exhibit 99.1\nACME SECOND BANCORP, INC.\nFor Immediate Release\nAugust 2, 2004\n"
            "For additional information contact:\nJane Roe, Chairman, President & CEO\n(630) 555-5483\n"
            "ACME SECOND BANCORP, INC. ANNOUNCES SETTLEMENT OF LITIGATION AND\nRELATED INCREASE IN SECOND QUARTER EARNINGS\n"
            "Acme Second Bancorp, Inc. announced today the settlement of a lawsuit filed in 2001 against a subsidiary of the "
            "Company, which agreed to settle a recent $2.2 million judgment in the case for a payment of $1.75 million.\n"
            "After the settlement took effect, the Company earned $1.71 diluted earnings per share for the first half of "
            "the year, up from the $1.62 it earned in the first half of the year before, on higher lending income.\n")
    release = _text_release(text)
    assert release.headline.startswith("ACME SECOND BANCORP, INC. ANNOUNCES SETTLEMENT")
    assert [(c.name, c.phones) for c in release.contacts] == [("Jane Roe", ["(630) 555-5483"])]
    assert release.release_date == "2004-08-02"


def test_a_headline_broken_before_its_verb_and_a_dateline_ending_in_a_comma():
    para = ("VANCOUVER, CANADA, November 3, 2004, ACME BRANDS, INC. (NASDAQ: ACMB), a premium beverage company, "
            "announces the launch of a blueberry juice cocktail in both the United States and Canada, in new bottles.")
    text = f"FOR IMMEDIATE RELEASE\nACME BRANDS, INC.\nANNOUNCES LAUNCH OF TrueBlue\u2122 BLUEBERRY JUICE COCKTAIL\n{para}\n{para}\n"
    release = _text_release(text)
    assert release.headline == "ACME BRANDS, INC. ANNOUNCES LAUNCH OF TrueBlue\u2122 BLUEBERRY JUICE COCKTAIL"
    assert (release.dateline.city, release.release_date) == ("Vancouver", "2004-11-03")


def test_a_person_opening_the_lead_is_no_issuer():
    from reportgen.readers.rules.issuer import find_issuer
    name, _ = find_issuer("A. Charles Roe, Chairman and Chief Executive Officer of Acme Bank, has been elected Chairman of "
                          "the Council of Chief Executives.", "", "A. Charles Roe Elected Chairman of the Council", None)
    assert name is None  # no company in the lead: no issuer is better than the person


def test_a_city_and_a_full_date_on_a_line_of_their_own_and_a_dotted_date_line():
    assert match_dateline("Bengaluru \u2013 March 25, 2019").dateline.date == "2019-03-25"
    assert match_dateline("Revenue \u2013 March 31, 2025") is None
    from reportgen.readers.rules.dates import DATE_LINE, iso_date
    assert DATE_LINE.match("17.07.2012") and iso_date("17.07.2012") == "2012-07-17"


def test_the_issuer_named_only_by_the_headline_before_a_perfect_verb():
    from reportgen.readers.rules.issuer import _headline_subject
    assert _headline_subject("Acmefil plc has completed the purchase of its own shares", "Contact: Acmefil plc") == "Acmefil plc"


def test_a_company_named_with_a_comma_and_co_and_a_banner_in_spaced_letters():
    from reportgen.readers.rules.furniture import classify
    from reportgen.readers.rules.issuer import issuer_name_from_lead
    assert issuer_name_from_lead("Acme, Roebuck and Co. today announced total domestic store revenues") == "Acme, Roebuck and Co."
    assert classify("N E W S  R E L E A S E") == ("banner", None)
    assert classify("October 23, 2003 | |") == ("page_date", "October 23, 2003")


def test_a_dateline_on_its_own_line_with_an_ordinal_a_wire_before_a_dateless_one_and_a_city_alone_above_it():
    assert match_dateline("Zug, August 23rd, 2024").dateline.date == "2024-08-23"
    d = match_dateline("(CNW) Smiths Falls, Ont. \u2013 Acme Growth Corporation, a cannabis company, announced").dateline
    assert (d.city, d.region, d.wire) == ("Smiths Falls", "Ont.", "Canada NewsWire")
    para = ("Acme plc (NYSE: ACM) today reported results for the three and twelve months ended December 31, 2024, with "
            "revenue up on the year before in every one of its segments and its margins wider than they were.")
    text = f"Acme Reports Fourth Quarter Results\nDUBLIN\n, Jan. 31, 2025 /PRNewswire/ \u2014 {para}\n{para}\n"
    release = _text_release(text)
    assert (release.dateline.city, release.release_date) == ("Dublin", "2025-01-31")


def test_a_sites_bullet_before_the_headline():
    from reportgen.readers.rules.headline import choose_headline
    assert choose_headline(["\u2022 Acme Reports Fourth Quarter Results"])[0] == "Acme Reports Fourth Quarter Results"


def test_a_headline_broken_after_its_verb_an_ellipsis_dateline_and_a_reading_time():
    para = _ACME_BANK_LEAD
    text = (f"Acme Bank Corp. Declares\nIncreased Cash Dividend\nTel: 1-877-884-ACME\n"
            f"Pottstown, PA, October 23, 2003 . . . {para}\n{para}\n")
    release = _text_release(text)
    assert (release.headline, release.subheadlines) == ("Acme Bank Corp. Declares Increased Cash Dividend", [])
    assert (release.dateline.city, release.release_date) == ("Pottstown", "2003-10-23")
    from reportgen.readers.rules.furniture import classify
    assert classify("\u00b722 min read") == ("reading_time", None)


def test_a_wordmark_above_the_title_an_images_text_and_a_numeric_date_label():
    from reportgen.readers.rules.furniture import classify
    from reportgen.readers.rules.headline import choose_headline
    assert choose_headline(["ACME", "Acme Returns With Liner Services to Gulfport"]) == ("Acme Returns With Liner Services to Gulfport", [])
    assert choose_headline(["Acme Opens a Cancer Institute", "The Acme Medical Center Logo"]) == ("Acme Opens a Cancer Institute", [])
    assert choose_headline(["Acme Unveils Its New Logo"])[0] == "Acme Unveils Its New Logo"
    assert classify("Date:3/31/2009") == ("release_date", "3/31/2009")
    from reportgen.readers.rules.quotes import split_title_prefix
    assert split_title_prefix("DEC Chief Executive Saleh Saeed") == ("Saleh Saeed", "DEC Chief Executive")


def test_a_dateline_with_the_date_first_and_a_call_to_action_above_the_lead():
    d = match_dateline("17 February 2016 \u2013 Sydney, Australia & Auckland, New Zealand \u2013 Acme Limited has completed").dateline
    assert (d.city, d.country, d.date) == ("Sydney", "Australia", "2016-02-17")
    assert match_dateline("2006-12-20 - DETROIT \u2013 In addition to an array of classic designs").dateline.date == "2006-12-20"
    from reportgen.readers.rules.issuer import lead_paragraph
    paragraphs = ["If you'd like to support the appeal please donate now.",
                  "The Acme Emergency Committee said today that its members were still seeking \u00a3150m."]
    assert lead_paragraph(paragraphs, "Acme launches appeal") == paragraphs[1]


def test_a_contact_table_turned_into_text_with_bars_between_its_cells():
    para = _ACME_BANK_LEAD
    text = ("October 23, 2003 | |\n| |\nCONTACT: | |\n| |\nJane Roe | John Doe | |\n"
            "President & C.E.O. | Investor Relations Officer | | |\n610-555-4627 | 610-555-4604 | | |\n"
            f"Acme Bank Corp. Declares Increased Cash Dividend\nPottstown, PA, October 23, 2003 . . . {para}\n{para}\n")
    release = _text_release(text)
    assert [(c.name, c.title, c.phones) for c in release.contacts] == [
        ("Jane Roe", "President & C.E.O.", ["610-555-4627"]), ("John Doe", "Investor Relations Officer", ["610-555-4604"])]
    # a table of figures with bars is no contact table
    from reportgen.readers.wire_text import _bar_table_blocks
    assert _bar_table_blocks(["Revenue | 10.2 | 9.1", "EBITDA | 1.5 | 1.2"], 0) == []


def test_a_date_between_a_contact_label_and_its_names_and_a_german_number():
    para = ("Acme Inc. (NYSE: ACM) today announced that Jane Roe has been named Chief Operating Officer, effective at once, "
            "and that she will report to the Chief Executive Officer, who praised her record at the company.")
    text = (f"For immediate release:\n\nMedia Contact:\n\nNovember 13, 2017\n\nDean Roe\n\n(212) 555-6944\n\n"
            f"Acme Names Jane Roe Chief Operating Officer\n\nNEW YORK, Nov. 13, 2017 /PRNewswire/ -- {para}\n")
    release = _text_release(text)
    assert [(c.name, c.role, c.phones) for c in release.contacts] == [("Dean Roe", "Media", ["(212) 555-6944"])]
    assert release.headline == "Acme Names Jane Roe Chief Operating Officer"
    # with its values on the label's line, a date line closes the block: the headline under it is no contact
    text2 = ("Media Contact: Terri Roe 404-555-5333\n\nJan. 25, 2007\n\n2006 Acme earnings bolstered by\n\n"
             f"strong economy, customer growth\n\nATLANTA \u2013 {para}\n")
    assert _text_release(text2).headline == "2006 Acme earnings bolstered by strong economy, customer growth"
    from reportgen.readers.rules.contacts import PHONE
    assert [m.group() for m in PHONE.finditer("Tel.: +49 (0) 30 / 94 10 84-138, jane@acme.de")] == ["+49 (0) 30 / 94 10 84-138"]


def test_corpus_headlines_these_rules_once_broke():
    # a date line under a contact block with its values, and a headline over two lines under it (seen broken twice)
    from reportgen.readers.release import read_release
    from tests.conftest import SHARED
    path = SHARED / "corpus" / "releases" / "2007-01-25_southern-company_ex9901.htm"
    if not path.exists():
        pytest.skip("../shared is not beside the repository")
    assert read_release(path, attachments=False).headline == (
        "2006 Southern Company earnings bolstered by strong economy, customer growth")


def test_a_title_set_off_by_a_comma_before_the_name_after_the_verb():
    from reportgen.readers.rules.quotes import find_quotes
    quotes = find_quotes([(0, 0, "\u201cProcedures such as this will benefit patients,\u201d says President and CEO, Tony Roe.")])
    assert [(q.speaker, q.title) for q in quotes] == [("Tony Roe", "President and CEO")]


def test_a_contacts_organisation_in_initials_after_the_name_is_no_credential():
    from reportgen.readers.rules.contacts import parse_contacts
    contacts = parse_contacts("Contacts:\nMichael R. Roe, ISO\n(201) 555-2339\nJane Doe, CFA\n(212) 555-5500")
    assert [(c.name, c.organisation) for c in contacts] == [("Michael R. Roe", "ISO"), ("Jane Doe, CFA", None)]
