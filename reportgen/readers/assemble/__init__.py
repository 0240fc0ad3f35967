"""Blocks -> Release: the wire rules that every format shares (headline, dateline, sections,
furniture, contacts, quotes, issuer), applied to the paragraphs a format reader rebuilt.

`assemble_release` runs the stages in order, each a module of this package; the rules they apply
are in `readers/rules/`.
"""

from __future__ import annotations

from typing import Optional

from reportgen.model import Release, SourceInfo
from reportgen.readers.assemble.contacts_quotes import find_contacts_and_quotes
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.assemble.fls_roles import assign_section_roles, find_forward_looking
from reportgen.readers.assemble.furniture import take_out_furniture
from reportgen.readers.assemble.header import read_dateline, read_headline, split_at_dateline
from reportgen.readers.assemble.issuer import find_issuer_and_urls, find_website
from reportgen.readers.assemble.sections import build_sections
from reportgen.readers.assemble.trademarks_attachments import find_trademarks, list_attachments
from reportgen.readers.blocks import Read

__all__ = ["assemble", "assemble_release"]


def assemble_release(read: Read, source: Optional[SourceInfo] = None) -> Release:
    """Apply the shared wire rules to what a format reader read."""
    return assemble(read, source).release


def assemble(read: Read, source: Optional[SourceInfo] = None) -> Draft:
    """The assembled draft: the release, and what became of each block (`Draft.fates`)."""
    d = Draft.start(read, source)
    take_out_furniture(d)  # 1. furniture out, remembering what it says
    split_at_dateline(d)  # 2. the dateline splits the header from the body
    read_headline(d)
    read_dateline(d)
    build_sections(d)  # 3. sections, with contact blocks pulled out of the body
    find_forward_looking(d)  # 4. forward-looking statements
    find_issuer_and_urls(d)  # 5. issuer, tickers, web addresses
    assign_section_roles(d)
    find_contacts_and_quotes(d)  # 6. contacts and quotes
    find_website(d)  # the issuer's website: by its name, its About section, its contacts' e-mails
    find_trademarks(d)  # 7. trademarks marked in the text
    list_attachments(d)  # 8. attachments the release lists
    return d
