"""Furniture (rules/furniture.py): the lines a wire, a filing or a web page wraps around a release."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.furniture import classify


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
        ("Updated: 12 November 1999", "page_stamp"),
        ("Last modified: 3/4/98", "page_stamp"),
        ("Published 01/08/2008 - 10:07 a.m. GMT", "page_date"),
        ("Posted on May 19, 2025", "page_date"),
        ("Published: 10.02.2025 08:00", "page_date"),
    ],
)
def test_furniture_of_wires_filings_and_pages(line, kind):
    assert classify(line)[0] == kind


def test_a_sentence_that_says_where_something_came_from_is_not_a_repost_note():
    assert classify("(The data came from the company's Phase 3 trial, which enrolled 420 patients.)") is None
    assert classify("From: the desk of the chairman") is None


def test_a_phone_number_is_not_a_slug():
    assert classify("404-506-5135") is None


@pytest.mark.parametrize(
    "line, rule",
    [
        ("February 26, 2025 04:05 PM Eastern Standard Time", "page_date"),
        ("Jun 03, 2024, 07:00 ET", "page_date"),
        ("14 Jul, 2017, 06:00 ET", "page_date"),
        ("Provided by Business Wire Sep 02, 2025, 4:15:00 PM", "page_date"),
        ("Oct 7, 2019, 9:30 AM", "page_date"),
        ("News provided by", "provided_by"),
        ("View original content: https://www.prnewswire.com/news-releases/x-302356789.html", "wire_link"),
        ("View source version on businesswire.com: https://www.businesswire.com/news/home/20250213501234/en/", "wire_link"),
        ("To view the source version of this press release, please visit https://www.newsfilecorp.com/release/238811", "wire_link"),
        ("ON BEHALF OF THE BOARD OF DIRECTORS", "signature"),
        ("[LOGO] Keystone Industrial Supply", "logo_mark"),
        ("From: Jason Compton <jcompton@xnet.com>", "mail_header"),
        ("(this came from AmigaTech's Web page at http://www.amiga.de)", "repost_note"),
        ("PRESS INFORMATION FOR IMMEDIATE RELEASE", "banner"),
    ],
)
def test_more_furniture(line, rule):
    assert classify(line)[0] == rule


@pytest.mark.parametrize(
    "line",
    ["NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
     "Not for release, publication or distribution in whole or in part in or into the United States"],
)
def test_distribution_legends_are_furniture(line):
    assert classify(line)[0] == "legend"


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


def test_a_wires_multimedia_pointer_is_furniture():
    line = "This press release features multimedia. View the full release here: https://www.businesswire.com/news/home/20250211/en/"
    assert classify(line)[0] == "wire_link"
    assert classify("This press release features three new products.") is None


def test_a_designated_news_release_notice_is_furniture():
    assert classify('This news release constitutes a "designated news release" for the purposes of the '
                    "Company's prospectus supplement dated August 10, 2023.")[0] == "legend"


def test_an_e_mail_copys_header_and_a_letterhead_are_furniture_above_the_headline():
    from reportgen.readers.blocks import Block
    from reportgen.readers.rules.furniture import classify, drop_furniture_lines

    assert classify("From: jdoe@acme.example (Jane Doe - PR)")[0] == "mail_header"
    assert classify("Message-Id: <9302032028.AA22098@mail.acme.example>")[0] == "mail_header"
    assert classify("Date: Tue, 20 Apr 93 10:28:55 EDT")[0] == "mail_header"
    assert classify("Subject: Acme cuts prices")[0] == "mail_header"
    assert classify("To: all shareholders of the company") is None  # no address: prose
    assert classify("For Release: Immediately")[0] == "banner"
    mail = Block("", lines=["From: jdoe@acme.example (Jane Doe)", "To: news@bbs.example", "Subject: Acme cuts prices"])
    assert drop_furniture_lines(mail) is None
    letterhead = Block("", lines=["Acme Publishing, Inc.", "1200 Market Street", "Springfield, IL 62701", "USA", "FOR IMMEDIATE RELEASE"])
    assert drop_furniture_lines(letterhead).lines == ["Acme Publishing, Inc."]
    numbers = Block("", lines=["voice: 314-555-0108", "toll free: 800-555-0108", "fax: 314-555-0109"])
    assert drop_furniture_lines(numbers) is None
    # in a contact block, the name and the phone stay
    contact = Block("", lines=["Contact: Acme Publishing, Inc.", "1200 Market Street", "Jane Doe", "(217) 555-0142"])
    assert drop_furniture_lines(contact).lines == ["Contact: Acme Publishing, Inc.", "Jane Doe", "(217) 555-0142"]


@pytest.mark.parametrize(
    "line, rule, value",
    [("--News Direct--", "wire_banner", "News Direct"),
     ("(TheNewswire)", "wire_banner", "TheNewswire"),
     ("Embargoed until 8:17 a.m. CT/9:17 a.m. ET, Sunday, Nov. 17, 2024", "embargo", None),
     ("Original/Source Press Release", "archive_trailer", None),
     ("Pickup - advos.io", "archive_trailer", None),
     ("Newsramp.com TLDR", "archive_trailer", None),
     ("Return to the Amiga Web Directory", "archive_trailer", None),
     ("Back to the News Archive", "archive_trailer", None),
     ("The post Acme Opens a Plant appeared first on citybiz.", "distributor_footer", None),
     ("The post Acme Opens a Plant first appeared on Prism MediaWire.", "distributor_footer", None),
     ("View the original release on www.newmediawire.com", "distributor_footer", None),
     ("PMW on Newsramp: https://newsramp.com/newswire/prism", "distributor_footer", None),
     ("Distributed by: Reportable, Inc.", "distributor_footer", None)],
)
def test_the_distributors_banners_trailers_and_footers(line, rule, value):
    assert classify(line) == (rule, value)


def test_a_return_to_line_in_a_sentence_is_no_archive_link():
    assert classify("Return to profitability is expected in the second half.") is None


def test_an_embargo_needs_its_word():
    assert classify("Embargoed shares may not be sold before March.") is None


@pytest.mark.parametrize("line, value", [("Canada NewsWire", "Canada NewsWire"), ("News Direct", "News Direct"), ("PR Karma", "PR Karma")])
def test_a_wires_name_alone_on_a_line(line, value):
    assert classify(line) == ("wire_banner", value)


def test_a_captures_closing_link():
    assert classify("morningstar") == ("site", None)


@pytest.mark.parametrize(
    "line, rule, value",
    [
        ("(c) pressetext Nachrichtenagentur GmbH Ad-hoc and financial news distributed by pressetext.", "wire_footer", "pressetext"),
        ("10-Feb-2025 CET/CEST The EQS Distribution Services include Regulatory Announcements, Financial/Corporate News and Press "
         "Releases.", "wire_footer", "EQS"),
        ("[ source: https://www.pressetext.com/news/1739185680134 ]", "distributor_footer", None),
        ("10-Feb-2025 / 20:06 CET/CEST", "eqs_header", None),
        ("Disclosure of an inside information acc. to Article 17 MAR of the Regulation (EU) No 596/2014, transmitted by EQS News",
         "eqs_header", None),
        ("- a service of EQS Group.", "eqs_header", None),
        ("End of Inside Information", "end", None),
    ],
)
def test_the_german_language_wires_header_footer_and_end_lines(line, rule, value):
    assert classify(line) == (rule, value)


def test_an_end_marker_needs_the_whole_line():
    assert classify("End of inside information rules for the year") is None


@pytest.mark.parametrize(
    "line, rule",
    [("https://news.cision.com/acme-ab/r/acme-signs-an-agreement%2Cc4102799", "wire_copy"),
     ("https://news.cision.com/acme-oyj/r/acme-financial-statement-release-2024, c4103495", "wire_copy"),
     ("[ source: https://www.pressetext.com/news/1739185680134 ]", "distributor_footer"),
     ("Image link: https://eqs-cockpit.com/cgi-bin/fncls.ssp?fn=show_t_gif&application_id=2084015", "wire_copy"),
     ("This information was brought to you by Cision http://news.cision.com", "distributor_footer"),
     ("(c) pressetext Nachrichtenagentur GmbH Ad-hoc and financial news distributed by pressetext. "
      "Archive: https://www.pressetext.com/channel/Adhoc The emitter is responsible for the content.", "wire_footer"),
     ("Archive at www.eqs-news.com", "distributor_footer"),
     ("https://www.globenewswire.com/NewsRoom/AttachmentNg/08cf9a70-5880-48a9", "bare_url"),  # an attachment: the release's
     ("https://www.acme.com/investors", "bare_url")],
)
def test_a_wires_own_copy_and_footers(line, rule):
    assert classify(line)[0] == rule
