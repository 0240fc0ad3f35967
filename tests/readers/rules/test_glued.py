"""Breaks a converter lost (rules/glued.py): headings and contact labels glued to the text around
them, a contact block's lines run together, postal addresses."""

from __future__ import annotations

import pytest

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.contacts import merge_contacts, parse_contacts
from reportgen.readers.rules.glued import glued_about_heading, is_address, split_glued_blocks, unglue_contact_text


@pytest.mark.parametrize(
    "text, heading",
    [("About AcmeworksAcmeworks is a maker of tools for builders and homeowners.", "About Acmeworks"),
     ("About the Harbor Area FoundationThe Harbor Area Foundation is dedicated to the region.", "About the Harbor Area Foundation"),
     ("About Roe Partners: Roe Partners is a consultancy based in Queens.", "About Roe Partners"),
     ("About Lakeside Maritime Academy (LMA): LMA is a four-year state university.", "About Lakeside Maritime Academy (LMA)"),
     ("About half of the patients responded to the treatment.", None),
     ("About 30 patients, 30 of them in Europe, were enrolled.", None)],
)
def test_an_about_heading_glued_to_its_paragraph(text, heading):
    assert glued_about_heading(text) == heading


def test_a_heading_or_a_contact_label_glued_to_the_sentence_before_is_split_off():
    body = [Block("Visit www.acme.com to help the region.About Acme FoundationAcme Foundation supports nonprofits "
                  "across the Texas Hill Country.Media Contact:Chris Roechrisroe01@acme.com210-555-0101")]
    assert [(b.text, b.emphasis) for b in split_glued_blocks(body)] == [
        ("Visit www.acme.com to help the region.", False),
        ("About Acme Foundation", True),
        ("Acme Foundation supports nonprofits across the Texas Hill Country.", False),
        ("Media Contact:Chris Roechrisroe01@acme.com210-555-0101", False),
    ]


@pytest.mark.parametrize(
    "text, lines",
    [("Media Contact:Chris Roechrisroe01@acme.com210-555-0101", ["Media Contact:", "Chris Roe", "chrisroe01@acme.com", "210-555-0101"]),
     ("Contact:Warren Baslawbasla@acme.org(484) 555-9077", ["Contact:", "Warren Basla", "wbasla@acme.org", "(484) 555-9077"]),
     ("Marj RoeEmail: marj.roe@acme.com", ["Marj Roe", "Email: marj.roe@acme.com"]),
     ("Contact DetailsMr Urs Roe", ["", "Mr Urs Roe"]),
     ("Company Websitehttps://acme.com/", ["Company Website: https://acme.com/"]),
     ("Media Contact: Jo Roe, Acme Review Email: info@acme.com Phone: 480-555-7658",
      ["Media Contact: Jo Roe, Acme Review", "Email: info@acme.com", "Phone: 480-555-7658"]),
     ("Acme Dental\n5016 Grande Dr unit 101\nPensacola, Florida 32504United States\nDr. Jo Roe +1 (850) 555-0820 https://acme.com",
      ["Acme Dental", "Dr. Jo Roe +1 (850) 555-0820", "https://acme.com"])],
)
def test_a_contact_blocks_lost_lines_come_back(text, lines):
    assert unglue_contact_text(text).split("\n") == lines


def test_commas_and_bars_already_separate_a_contacts_items():
    text = "CONTACT: Kevin Roe, President and CEO, Acme Corp., Tel: +1 (416) 555-0172, Email: kroe@acme.com"
    assert unglue_contact_text(text) == text
    assert unglue_contact_text("jo@acme.com | (310) 555-7777 | www.acme.com") == "jo@acme.com | (310) 555-7777 | www.acme.com"


def test_glued_contacts_parse_to_the_person():
    contacts = parse_contacts("Media Contact:Chris Roechrisroe01@acme.com210-555-0101")
    assert [(c.name, c.role, c.emails, c.phones) for c in contacts] == [("Chris Roe", "Media", ["chrisroe01@acme.com"], ["210-555-0101"])]
    contacts = parse_contacts("Media Contact:\nMarj RoeEmail: marj.roe@acme.com")
    assert [(c.name, c.emails) for c in contacts] == [("Marj Roe", ["marj.roe@acme.com"])]


@pytest.mark.parametrize(
    "text, address",
    [("Acme Internet Services Inc.2374 Route 390Mountainhome, PA 18342", True),
     ("39 Ludgate Hill", True),
     ("London, Greater London EC4M 7JN", True),
     ("Fourth Quarter 2024 Results", False),
     ("Route 66 Revisited", False),
     ("Phase 3 Study Results in 2025", False)],
)
def test_postal_addresses(text, address):
    assert is_address(text) == address


def test_an_address_block_is_no_heading():
    text = ("SALT LAKE CITY, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today reported results.\n\n"
            "About Acme Inc.\n\nAcme Inc. makes things for people who build and repair houses.\n\n"
            "Acme Internet Services Inc.2374 Route 390Mountainhome, PA 18342\n\nForward-Looking Statements\n\n"
            "This release contains forward-looking statements about the future of the company.\n")
    r = assemble_release(Read([Block("Acme Reports Results")] + [Block(t) for t in text.strip().split("\n\n")]), SourceInfo(format="text"))
    assert [s.heading for s in r.sections] == [None, "About Acme Inc.", "Forward-Looking Statements"]


@pytest.mark.parametrize(
    "text, contact",
    [("Investor Relations Contacts:\nACME Digital:\nDavid RoeChief Executive OfficerACME Digital, Inc.https://acmedigital.com/212.555.4844 Officedavid@acmedigital.com",
      {"name": "David Roe", "role": "Investor Relations", "organisation": "ACME Digital, Inc.", "title": "Chief Executive Officer",
       "phones": ["212.555.4844"], "emails": ["david@acmedigital.com"]}),
     ("Media Contacts:Miles Roe, CEOACMEEmail: miles@acme.com",
      {"name": "Miles Roe", "role": "Media", "organisation": "ACME", "title": "CEO", "emails": ["miles@acme.com"]}),
     ("Contact:Nina WolfCorporate CommunicationsAcme Holding AG\nTel: +49 (0) 22 04 40 00 73",
      {"name": "Nina Wolf", "organisation": "Acme Holding AG", "title": "Corporate Communications", "phones": ["+49 (0) 22 04 40 00 73"]}),
     ("Acme Medical, Inc. Contacts:\n951 Broken Sound Parkway, Suite 320Boca Raton, FL. 33487(561) 555-2020\ninfo@acmemedical.com",
      {"organisation": "Acme Medical, Inc.", "phones": ["(561) 555-2020"], "emails": ["info@acmemedical.com"]}),
     ("Press Contact:\nACME NEWS\nContact Person: Mr Urs Roe\nBahnhofstraße 10\n8001 Zürich (SWISS)\nMail: info@acmenews.ch",
      {"name": "Mr Urs Roe", "role": "Press", "organisation": "ACME NEWS", "emails": ["info@acmenews.ch"]}),
     ("Contacts:\nAcme Oil Ltd.\nJonathan Roe\nCEO and Co-founder\nPhone: +972 52-555-0680\ninfo@acmeoil.co",
      {"name": "Jonathan Roe", "organisation": "Acme Oil Ltd.", "title": "CEO and Co-founder", "phones": ["+972 52-555-0680"],
       "emails": ["info@acmeoil.co"]})],
)
def test_glued_contact_blocks_of_the_distributors_copies(text, contact):
    assert [{k: v for k, v in c.model_dump().items() if v} for c in parse_contacts(text)] == [contact]


def test_an_about_line_ending_in_a_colon_heads_the_boilerplate():
    text = ("ZURICH, April 24, 2024 - (500NewsWire) -- Jane Roe spoke about the group.\n\n"
            "About ACME NEWS:\n\nThe Swiss daily newspaper was founded in 1904 in Zurich by a group of printers.\n")
    r = assemble_release(Read([Block("Jane Roe Speaks")] + [Block(t) for t in text.strip().split("\n\n")]), SourceInfo(format="text"))
    assert [s.heading for s in r.sections] == [None, "About ACME NEWS"]


@pytest.mark.parametrize(
    "text, contacts",
    [("Investors:Brett RoeBrett.Roe@acmeir.com\nPress:Greg RoweGregory.Rowe@acmeir.com",
      [("Brett Roe", "Investors", ["Brett.Roe@acmeir.com"]), ("Greg Rowe", "Press", ["Gregory.Rowe@acmeir.com"])]),
     ("Media Contact:Jessica Starmanmedia@acme.com", [("Jessica Starman", "Media", ["media@acme.com"])]),
     ("For more information:Becky Roe Phone: 01904 555800Email: becky@acmeagency.co.uk", [("Becky Roe", None, ["becky@acmeagency.co.uk"])]),
     ("Amanda Roe: AmandaRoe@acme.org", [("Amanda Roe", None, ["AmandaRoe@acme.org"])])],
)
def test_a_name_glued_to_its_address_or_label(text, contacts):
    assert [(c.name, c.role, c.emails) for c in parse_contacts(text)] == contacts


def test_a_distributors_contact_box():
    # PR Karma: the label glued to the name, "Email Us Here", the place, the country, the links
    body = [Block("ContactJo Roe Acme Recycling Email Us Here"), Block("Port Roe, British Columbia [ CA-BC ]"),
            Block("Canada"), Block("(778)-555-1868"), Block("Visit Our Website")]
    r = assemble_release(Read([Block("Acme Is Featured"), Block("PORT ROE, BC / PR Karma / February 17, 2026 10:30"),
                               Block("Acme Recycling has been featured by a magazine for its work.")] + body), SourceInfo(format="text"))
    assert [s.heading for s in r.sections if s.heading] == []
    assert [(c.phones, c.emails) for c in r.contacts] == [(["(778)-555-1868"], [])]
    # News Direct: the "Contact Details" box label is no contact
    contacts = merge_contacts(parse_contacts("Press Contact:\nJo Roe\njo@acme.ch\nContact Details\nJo Roe\njo@acme.ch"))
    assert [(c.name, c.role) for c in contacts] == [("Jo Roe", "Press")]


@pytest.mark.parametrize("line", ["Princeton, NJ", "United States", "D-64625 Bensheim", "Berliner Ring 89", "8001 Zürich (SWISS)"])
def test_address_lines_are_no_contacts_details(line):
    assert unglue_contact_text(f"Jo Roe\n{line}\njo@acme.com") == "Jo Roe\njo@acme.com"


def test_a_european_street_line_above_its_postcode_city_and_country_is_no_detail():
    text = "Jo Roe\nIn der Au 27\n61440 Oberursel, Germany\njo@acme.de"
    assert unglue_contact_text(text) == "Jo Roe\njo@acme.de"
    # a line ending in a number stays when no address follows it
    assert unglue_contact_text("Acme Team 2\njo@acme.de") == "Acme Team 2\njo@acme.de"


def test_an_address_line_among_short_lines_still_counts_in_their_run():
    text = ("CALGARY, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. today reported results for the year.\n\n"
            "Acme Holdings Head Office\n\n2004 Roe Drive\n\nSherwood Park, AB T8A 0Z1\n\nTelephone +1 (236) 555 4776\n")
    r = assemble_release(Read([Block("Acme Reports")] + [Block(t) for t in text.strip().split("\n\n")]), SourceInfo(format="text"))
    assert [s.heading for s in r.sections if s.heading] == []


def test_a_statements_title_over_a_flattened_table_is_no_heading():
    text = ("BOCA RATON, FL - May 15, 2025 (NEWMEDIAWIRE) - Acme Medical, Inc. today announced results.\n\n"
            "ACME MEDICAL, INC.Consolidated Statements of Comprehensive Loss(unaudited)\n\n"
            "For the three months ended March 31, 2025 2024 Revenue $436,378 $336,968 Gross Profit 358,534 299,962\n\n"
            "About Acme Medical, Inc.\n\nAcme Medical makes devices for surgeons and hospitals around the world.\n")
    r = assemble_release(Read([Block("Acme Reports")] + [Block(t) for t in text.strip().split("\n\n")]), SourceInfo(format="text"))
    assert [s.heading for s in r.sections if s.heading] == ["About Acme Medical, Inc."]
