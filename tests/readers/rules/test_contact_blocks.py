"""Contact blocks (rules/contact_blocks.py): the labels that open them and where a block ends."""

from __future__ import annotations

from reportgen.model import SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.contact_blocks import is_contact_label
from reportgen.readers.wire_text import blocks_from_text


def _release(text: str):
    return assemble_release(Read(blocks_from_text(text)), SourceInfo(format="text"))


def test_contact_labels_in_every_shape():
    for label in ("Contacts:", "Media Contact:", "Investors:", "Grace Therapeutics Contact:", "CONTACT", "[Press Information Contact:]", "3M Investor Contact"):
        assert is_contact_label(label), label
    assert not is_contact_label("About Acme")


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


def test_a_sentence_leading_in_to_the_contacts_opens_their_block():
    blocks = [
        Block("Acme Reports Results"),
        Block("TORONTO, Feb. 11, 2025 -- Acme Mining Ltd. today reported results for its quarter."),
        Block("For media inquiries, please contact:"),
        Block("Jane Roe"),
        Block("jane.roe@acmemining.example"),
        Block("For further information, visit our website at www.acmemining.example or contact:"),
        Block("John Poe, Director, Investor Relations"),
        Block("(416) 555-0100 Toll-free: 1 (888) 555-0177"),
        Block("E-Mail: info@acmemining.example"),
    ]
    r = assemble_release(Read(blocks))
    assert [(c.name, c.role, c.title, c.organisation, c.phones) for c in r.contacts] == [
        ("Jane Roe", "Media inquiries", None, None, []),
        ("John Poe", None, "Director, Investor Relations", None, ["(416) 555-0100", "1 (888) 555-0177"]),
    ]
    assert [s.heading for s in r.sections if s.heading] == []
