"""Forward-looking statements: where the safe-harbor notice is and where it ends.

The notice is a section headed so ("Forward-Looking Statements", "Safe Harbor Statement",
"Cautionary Note ..."), a section under another heading that opens with it ("Reader Advisory"), or
a paragraph of the body that gives it inline. It ends at the boilerplate after it (an About
paragraph, trademark notices, notes to editors, references, the wire's own lines).
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Section
from reportgen.readers.rules import contacts as contact_rules

FLS_HEADING = re.compile(r"forward[- ]looking|safe harbou?r|cautionary (?:note|statement)", re.I)
_FLS_TEXT = re.compile(r"forward[- ]looking (?:statements?|information)", re.I)
_FLS_SIGNAL = re.compile(
    r"Private Securities Litigation Reform Act|safe harbou?r|within the meaning of|risks? and uncertaint|(?:differ|vary) materially|"
    r"subject to (?:a number of |certain )?risks|securities (?:laws|legislation)", re.I)

_FLS_OPENING = re.compile(r"^[^.]{0,120}\b(?:contains?|constitutes?|includes?|may contain)\b[^.]{0,60}forward[- ]looking", re.I)


# What ends the statements when nothing else does: the boilerplate that follows them in releases
_FLS_STOP = re.compile(
    r"^(?:About\b|NOTE\b|Note:|Notes?\s+to\s+editors|References?\b|Use of (?:Digital|Social) Media|"
    r"View (?:original|source)|To view the (?:original|source)|SOURCE\b|Source:|Contacts?\b|Investor Contacts?|Media Contacts?|"
    r"This (?:press|news) release (?:features|was)|The following files are available)|"
    r"\b(?:are|is a) (?:registered )?trademarks?\b|\btrademarks? (?:owned|of)\b|\bmultimedia:|"
    r"\b(?:website|social media)\b.{0,100}\b(?:to publish|to disclose|as a (?:means|channel))",
    re.I,
)
_ABOUT_OPENING = re.compile(r"^[A-Z][\w&.,'’® -]{1,60}?\s(?:is an?|is the|designs|develops|was founded|is focused|is a leading|revolutionized|pioneered|is committed|is dedicated|helps|provides|delivers|operates)\b")


def _fls_run(paragraphs: list[str]) -> list[str]:
    """The statements and the paragraphs that continue them, up to the boilerplate after them
    (an About paragraph, trademark notices, notes to editors, references, the wire's own lines)."""
    run = paragraphs[:1]
    for q in paragraphs[1:]:
        words = q.split()
        if _FLS_STOP.search(q[:200]) or (_ABOUT_OPENING.match(q) and not _FLS_TEXT.search(q)):
            break
        if len(words) <= 4 and not q.rstrip().endswith((":", ";", ",")) and not q.lstrip().startswith(("\u2022", "-", "*")):
            break  # a bare name line ("Apple Inc.") after the statements
        if re.search(r"\b(?:contact|call)\b", q, re.I) and (contact_rules.EMAIL.search(q) or contact_rules.PHONE.search(q)):
            break  # "For further information contact ..." after the statements
        run.append(q)
    return run


def is_fls_heading(heading: Optional[str]) -> bool:
    """'Forward-Looking Statements', 'Safe Harbor Statement', 'Cautionary Note ...', 'Cautionary Notice'."""
    return bool(heading and (FLS_HEADING.search(heading) or re.search(r"\bcautionary\b", heading, re.I)))


def opens_with_fls(paragraph: str) -> bool:
    """The paragraph opens the statements ('This press release contains forward-looking statements ...')."""
    return bool(_FLS_TEXT.search(paragraph[:300]) and (_FLS_SIGNAL.search(paragraph) or _FLS_OPENING.match(paragraph)))


def is_fls_section(section: Section) -> bool:
    """A section headed as the statements, or one under another heading ('Reader Advisory') that opens with them."""
    if not section.heading:
        return False
    return is_fls_heading(section.heading) or opens_with_fls(section.paragraphs[0] if section.paragraphs else "")


# a heading run into the statements' first paragraph: "Forward-Looking Statements This press release contains ..."
_GLUED_HEADING = re.compile(r"^(?:Cautionary (?:Note|Statement)s?(?: (?:Regarding|Concerning|About|on))? )?(?:Forward[- ]Looking (?:Statements?|Information)"
                            r"|Safe Harbou?r(?: Statements?)?)(?: Disclaimer| Notice)?\s*[:.\u2013\u2014-]?\s+(?=[A-Z])")


def find_fls(sections: list[Section]) -> Optional[str]:
    """The forward-looking statements: the section headed so; else a section under another heading
    that opens with them; else the paragraph of the body that gives them, inline."""
    text = _find_fls(sections)
    return _GLUED_HEADING.sub("", text, count=1) if text else text


def _find_fls(sections: list[Section]) -> Optional[str]:
    for s in sections:
        if is_fls_heading(s.heading):
            return "\n\n".join(_fls_run(s.paragraphs)) or None
    for s in sections:
        if is_fls_section(s):
            return "\n\n".join(_fls_run(s.paragraphs))
    for s in sections:
        for k, p in enumerate(s.paragraphs):
            if _FLS_TEXT.search(p) and _FLS_SIGNAL.search(p) and re.search(
                    r"\b(?:contains?|constitute|include|includes|are|may be|may contain|made in)\b[^.]{0,80}forward[- ]looking|"
                    r"Private Securities Litigation Reform Act|safe harbou?r", p, re.I):
                return "\n\n".join(_fls_run(s.paragraphs[k:]))
    return None
