"""6. Contacts (the blocks found so far, contacts given in a sentence of the body, else an
unlabelled block at the very end) and quotes with their speakers."""

from __future__ import annotations

import re

from reportgen.model import Contact
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.rules import contact_blocks
from reportgen.readers.rules import contacts as contact_rules
from reportgen.readers.rules.quotes import find_quotes, headed_quotes

_ABOUT = re.compile(r"^About\s+(?:the\s+)?(.{2,60}?)[\s:.]*$", re.I)


def find_contacts_and_quotes(d: Draft) -> None:
    release = d.release
    found: list[Contact] = []
    for text in d.contact_texts:
        found += contact_rules.parse_contacts(text)
    # contacts given in a sentence of the body ("For more information, contact Jane Doe at ...")
    in_prose = [c for _, _, _, p in release.iter_paragraphs() if contact_blocks.gives_contact_in_prose(p)
                for c in contact_rules.prose_contacts(p)]
    found += [c for c in in_prose if c.name]
    if not found:
        # no contact block and no person named in a sentence: an organisation's number given in one
        # ("For more information about ImageFX, contact Great Valley Products at (215) 337-8770.")
        found += in_prose
    if not found:
        found += contact_blocks.unlabelled_contact_tail(release.sections)
    known = {e.lower() for c in found for e in c.emails}
    found += [c for _, _, _, p in release.iter_paragraphs() if (c := contact_blocks.certified_adviser(p))
              and not known & {e.lower() for e in c.emails}]
    abouts = [m.group(1) for sec in release.sections if sec.heading and (m := _ABOUT.match(sec.heading))]
    release.contacts = contact_rules.settle_roles(contact_rules.merge_contacts(found), release.issuer.name, abouts)
    paragraphs = [(si, pi, p) for si, pi, _, p in release.iter_paragraphs()]
    release.quotes = find_quotes(paragraphs, context=release.headline)
    release.quotes += headed_quotes([(si, s.heading, s.paragraphs) for si, s in enumerate(release.sections)], release.quotes)
