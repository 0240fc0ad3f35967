"""3. Sections: the body's blocks into sections under their headings, with contact blocks pulled
out, tables with their captions and footnotes, and paragraphs a page break split joined again."""

from __future__ import annotations

import re

from reportgen.model import Section
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.blocks import Block
from reportgen.readers.rules import contact_blocks, tables
from reportgen.readers.rules.glued import split_glued_blocks
from reportgen.readers.rules.headings import (
    assign_look_levels,
    heading_level,
    heading_style,
    heading_text,
    is_heading_at,
    keeps_section,
    split_glued_about,
)
from reportgen.readers.rules.headline import norm_title
from reportgen.readers.rules.prose import continues_paragraph


def build_sections(d: Draft) -> None:
    sections: list[Section] = [Section(heading=None)]
    look_styles: dict[int, tuple] = {}  # id(section) -> how its heading looks, for the levels
    heading_blocks: dict[int, Block] = {}  # id(section) -> the block of its heading, for the audit
    unglued = split_glued_about(split_glued_blocks(d.body))
    body = tables.drop_repeated_captions(unglued)
    d.note_dropped(unglued, body, "an attachment's caption (printed twice, or under its alternative text)")
    captions = tables.caption_lines(body)
    i = 0
    while i < len(body):
        start = i
        if contact_blocks.opens_contact_block(body[i]):
            text, i = contact_blocks.contact_run(body, i)
            d.contact_texts.append(text)
            d.note(body[start:i], "contacts")
            continue
        caption_end = tables.caption_run(body, i)
        if caption_end is not None:
            table, i = tables.captioned_table(body, i, caption_end)
            sections[-1].tables.append(table)
            d.note(body[start:caption_end], "table caption")
            d.note(body[caption_end], "table")
            d.note(body[caption_end + 1:i], "table footnote")
        elif tables.is_schedule_title(body[i], captions):
            d.note(body[i], "an appended schedule's title")
            i += 1
        elif body[i].kind == "table":
            table, i = tables.table_with_notes(body, i)
            sections[-1].tables.append(table)
            d.note(body[start], "table")
            d.note(body[start + 1:i], "table footnote")
        else:
            d.note(body[i], _add_text(sections, look_styles, heading_blocks, body, i))
            i += 1
    kept = [s for k, s in enumerate(sections) if keeps_section(sections, k)]
    for s in sections:
        if id(s) in heading_blocks and not any(s is x for x in kept):
            d.fates[heading_blocks[id(s)].index] = ["a heading with nothing under it (dropped)"]
    d.release.sections = kept or [Section(heading=None)]
    assign_look_levels(d.release.sections, look_styles)


def _add_text(sections: list[Section], look_styles: dict[int, tuple], heading_blocks: dict[int, Block],
              body: list[Block], i: int) -> str:
    """body[i] as a heading that opens a section, or a paragraph of the current one; what it became."""
    b = body[i]
    t = b.text.strip()
    if is_heading_at(body, i):
        heading = heading_text(t)
        if len(sections) > 1 and norm_title(heading) == norm_title(sections[-1].heading or ""):
            return "page header printed again"  # on the next page ("Supplemental Data for ..."): furniture
        if re.search(r"(?:[-\u2013\u2014]\s*|\()continued\)?$", heading, re.I):
            return "page header printed again"  # "NON-GAAP RECONCILIATIONS – CONTINUED": the section goes on
        sections.append(Section(heading=heading, level=heading_level(b)))
        look_styles[id(sections[-1])] = heading_style(b)
        heading_blocks[id(sections[-1])] = b
        return "heading"
    where = f"under {sections[-1].heading!r}" if sections[-1].heading else "of the lead"
    if continues_paragraph(sections[-1].paragraphs, t):
        sections[-1].paragraphs[-1] += " " + t  # a paragraph split by a page break
        return f"paragraph {where} (joined to the one before)"
    sections[-1].paragraphs.append(t)
    return f"paragraph {where}"
