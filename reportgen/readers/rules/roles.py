"""Section roles: what each section is to a reader, decided once here and read everywhere else.

- lead: the untitled opening of the release;
- fls: the forward-looking statements (rules/fls.py);
- legal: other legal notices (a disclaimer);
- about: the issuer's own boilerplate ("About EpiCept");
- background: other "About ..." sections (a product, a disease, a partner organisation);
- contacts: a contacts section the contact rules left in the body ("Media Contacts");
- links: a list of links and resources ("Additional Resources", "Related Links"): pointers to other
  pages, whose product names and figures are not the release's news;
- body: everything else.

Fact extractors skip fls, legal and links; briefings quote news from lead and body only.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Section
from reportgen.readers.rules.fls import is_fls_section

_LEGAL = re.compile(r"\bdisclaimers?\b|\blegal\s+notice\b", re.I)
_ABOUT = re.compile(r"^\s*about\s+(?P<subject>.+)$", re.I)
_LINKS = re.compile(r"^(?:additional|related|more|further|useful|other)?\s*(?:resources|links|reading|materials|multimedia)\s*:?$", re.I)
# "Media Contacts", "Investor Inquiries", "WANDERCRAFT PRESS CONTACT ...", a bare "Media:" or "Investors"
_CONTACTS = re.compile(r"\b(?:contacts?|inquiries|enquiries)\b|^(?:media|press|investors?|investor\s+relations)\s*:?\s*$",
                       re.I)


def section_role(section: Section, issuer_name: Optional[str]) -> str:
    heading = section.heading
    if heading is None:
        return "lead"
    if is_fls_section(section):
        return "fls"
    if _LEGAL.search(heading):
        return "legal"
    if _LINKS.match(heading.strip()):
        return "links"
    about = _ABOUT.match(heading)
    if about:
        return "about" if is_about_issuer(about.group("subject"), issuer_name) else "background"
    if _CONTACTS.search(heading.strip()) and len(heading.split()) <= 12:
        return "contacts"
    return "body"


def is_about_issuer(subject: str, issuer_name: Optional[str]) -> bool:
    """'About EpiCept' for EpiCept Corporation; 'About EpiCept Corporation' for EpiCept."""
    subject, name = subject.strip().lower(), (issuer_name or "").strip().lower()
    return bool(name) and (subject in name or name.split()[0] in subject)


def assign_roles(sections: list[Section], issuer_name: Optional[str]) -> list[Section]:
    """The sections with their roles set (copies: the caller's list is not changed)."""
    return [s.model_copy(update={"role": section_role(s, issuer_name)}) for s in sections]
