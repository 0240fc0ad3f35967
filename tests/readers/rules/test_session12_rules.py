"""General rules added in the twelfth session, read from round 11 (distributors' markdown whose contact
blocks lost their line breaks, unlabelled contacts at a release's end), each on text of its own."""

from __future__ import annotations

import pytest

from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.rules.contact_blocks import starts_with_contact_label
from reportgen.readers.rules.contacts import PHONE, parse_contacts
from reportgen.readers.wire_text import blocks_from_text


def _text_release(text: str):
    return assemble_release(Read(blocks_from_text(text)))


def _fields(contacts):
    return [(c.name, c.organisation, c.title, c.phones, c.emails) for c in contacts]


@pytest.mark.parametrize("block, want", [
    # a legal suffix glued to the name, the name to the number, the number to the street
    ("CONTACT:Roe Doe & Smith, LLPJane Roe, Esq.(215) 555-0142118 Main RoadSpringfield, PA 19087desk@roedoe.example",
     [("Jane Roe, Esq.", "Roe Doe & Smith, LLP", None, ["(215) 555-0142"], ["desk@roedoe.example"])]),
    # a German street with "ß" printed as "B" and its number glued to the postcode, the country glued to
    # the city, a number with its own slash
    ("Contact:Anna WeberCorporate CommunicationsWidget Holding AGLindener StraBe 1251429 Bergisch GladbachGermany"
     "Tel: +49 (0) 022 04 / 40 00-11E-Mail: press@widget.example",
     [("Anna Weber", "Widget Holding AG", "Corporate Communications", ["+49 (0) 022 04 / 40 00-11"], ["press@widget.example"])]),
    # a label with no colon; the organisation's number and address printed above its one person
    ("Contact Acme CorporationTelephone: +1 514 555 0100Email: ir@acme.example John RoeCFO and Corporate Secretary",
     [("John Roe", "Acme Corporation", "CFO and Corporate Secretary", ["+1 514 555 0100"], ["ir@acme.example"])]),
    # a shouted label glued to the name, a dash before the title, the e-mail after it, an extension
    ("INVESTOR CONTACT:Mark Lee - Head of Investor Relations ir@acme.example Phone: 604-555-0199, ext 202",
     [("Mark Lee", None, "Head of Investor Relations", ["604-555-0199, ext 202"], ["ir@acme.example"])]),
    # a mobile number with its country code and no plus
    ("/CONTACT: Min Kim | Assistant Manager at Acme PR HQ | min.kim@acme.example | 82-10-5555-0123",
     [("Min Kim", "Acme PR HQ", "Assistant Manager", ["82-10-5555-0123"], ["min.kim@acme.example"])]),
    # two people joined by "or" over the organisation, one number and one address
    ("Lydia Roe or Carol Doe\nState University\n202-555-0171\nnews@state.example",
     [("Lydia Roe", "State University", None, ["202-555-0171"], ["news@state.example"]),
      ("Carol Doe", "State University", None, ["202-555-0171"], ["news@state.example"])]),
])
def test_contact_blocks_that_lost_their_line_breaks(block, want):
    assert _fields(parse_contacts(block)) == want


def test_a_number_printed_with_a_leading_one_and_dots_stays_whole():
    # "1.650.555.0349" is one number, not "1." glued to "650.555.0349"
    assert _fields(parse_contacts("Investor Relations\nKen Roe\nOracle\n1.650.555.0349\nken.roe@oracle.example")) == [
        ("Ken Roe", "Oracle", None, ["1.650.555.0349"], ["ken.roe@oracle.example"])]


@pytest.mark.parametrize("text, opens", [
    ("Contact Acme CorporationTelephone: +1 514 555 0100Email: ir@acme.example", True),
    ("ContactJane Roe Acme Recycling jane@acme.example", True),
    ("Contact us at 555-0100 for more details.", False),              # a sentence
    ("Contact Information: Jane Roe, 555-0100", True),
    ("Contact Jane Roe at jane@acme.example to book a visit.", False),  # a sentence
])
def test_a_contact_label_without_its_colon(text, opens):
    assert starts_with_contact_label(text) is opens


def test_phone_shapes():
    assert PHONE.search("Mobile 82-10-5555-0123").group(0).endswith(" 82-10-5555-0123")
    assert PHONE.search("call 82-10-5555-0123").group(0) == "82-10-5555-0123"
    assert PHONE.search("call 250-555-6424, ext 202 today").group(0) == "250-555-6424, ext 202"


def test_an_unlabelled_contact_at_the_end_glued_into_one_line():
    release = _text_release(
        "Acme Bancorp Reports First Quarter Results\n\n"
        "EL CENTRO, CA - April 28, 2025 - Acme Bancorp, the holding company for Acme Bank, reported net income "
        "of $405,669 for the quarter.\n\n"
        "The board expects to hold a special meeting of shareholders on July 15, 2025.\n\n"
        "Jon A Roe760-555-1889media@acmebank.example\n")
    assert _fields(release.contacts) == [("Jon A Roe", None, None, ["760-555-1889"], ["media@acmebank.example"])]
    assert all("Jon A Roe" not in p for _, _, _, p in release.iter_paragraphs())


def test_two_people_joined_by_or_at_the_end_with_no_label():
    release = _text_release(
        "State University Reaches Research One\n\n"
        "WASHINGTON, Feb. 13, 2025 - State University has been named a research university of the highest "
        "level, the university said today.\n\n"
        "About State University\n\n"
        "State University, established in 1867, is a private research university.\n\n"
        "Lydia Roe or Carol Doe\n\nState University\n\n202-555-0171\n\nnews@state.example\n")
    assert [(c.name, c.organisation) for c in release.contacts] == [("Lydia Roe", "State University"),
                                                                    ("Carol Doe", "State University")]
    assert [s.heading for s in release.sections if s.heading] == ["About State University"]
