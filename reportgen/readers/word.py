"""Word-processor documents (.doc, .docx, RTF) as a release: the document's paragraphs become blocks,
their paragraph styles saying which are headings, and its properties what the container said."""

from __future__ import annotations

import re

from reportgen.model import Document
from reportgen.readers.blocks import Block, Read

_HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre|t\u00edtulo|kop)\s*(\d)", re.I)
# the years of a date that stands for none: a FILETIME of zero (1601) and the 1900 and 1970 epochs
_NO_DATE_YEARS = ("1601", "1900", "1970")


def blocks_from_document(doc: Document) -> list[Block]:
    """A Word document's paragraphs -> blocks, the paragraph styles saying which are headings."""
    blocks = []
    for p in doc.paragraphs:
        text = " ".join(p.text.split())
        if not text:
            continue
        style = (p.style or "").strip()
        low = style.lower()
        if low == "title":
            blocks.append(Block(text, kind="heading", level=0, style=style, is_title=True))
        elif low == "subtitle":
            blocks.append(Block(text, kind="para", level=None, style=style, emphasis=True))
        elif _HEADING_STYLE.match(style):
            blocks.append(Block(text, kind="heading", level=int(_HEADING_STYLE.match(style).group(1)), style=style))
        elif low.startswith("list"):
            blocks.append(Block(text, kind="item", style=style))
        else:
            blocks.append(Block(text, style=style))
    return blocks


def title_first(blocks: list[Block]) -> list[Block]:
    """A Word Title paragraph is the headline: it goes to the header whatever its position."""
    out = []
    for b in blocks:
        if b.is_title:
            out.append(Block(b.text, kind="para", style=b.style, lines=[b.text]))
        else:
            out.append(b)
    return out


def release_blocks(doc: Document) -> list[Block]:
    """The blocks of a document read as a release."""
    return title_first(blocks_from_document(doc))


def read_word(doc: Document) -> Read:
    """A document read as a release: its blocks, its title property and its creation date."""
    created = doc.metadata.created or doc.metadata.modified
    file_date = None
    if created and re.match(r"\d{4}-\d{2}-\d{2}", created) and not created.startswith(_NO_DATE_YEARS):
        file_date = created[:10]
    return Read(release_blocks(doc), title=doc.metadata.title or None, file_date=file_date, warnings=tuple(doc.warnings))
