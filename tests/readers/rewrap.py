"""Write a hard-wrapped wire release again in another layout, to check the reader reads the same model.

The release's logical units are the blocks the reader itself read from the original (a paragraph,
a heading, a furniture line, a header line), with the line each started on; `rewrap` prints them
again at another width, with or without blank lines between paragraphs, CRLF line ends, tabs for
indentation, first-line indents and trailing padding. What a wire prints centred (the headline, the
deck) stays centred, what it indents (headings, furniture lines) stays indented.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from reportgen.readers.release import read_draft


@dataclass(frozen=True)
class Layout:
    width: int = 80
    blank_lines: str = "original"  # "original": where the original has them; "all"; "none" (but around headings)
    crlf: bool = False
    tabs: bool = False  # indent with a tab instead of four spaces
    padding: bool = False  # pad every line with spaces to the width
    indent_paragraphs: bool = False  # a paragraph's first line indented (the PR Newswire style)


@dataclass(frozen=True)
class Unit:
    text: str
    lines: tuple[str, ...]  # as printed in the original
    blank_before: bool  # the original has a blank line above it
    style: str  # "center", "indent", "wrap", "verbatim"


def units(path: Path) -> list[Unit]:
    """The release's blocks as the reader read them, each with how the original printed it."""
    draft = read_draft(path)
    out, end = [], 0
    for b in draft.blocks:
        start = int(b.origin.split()[-1]) if b.origin.startswith("line ") else end + 1
        lines = tuple(b.source_lines())
        fates = " ".join(draft.fates.get(b.index, ()))
        if "headline printed again" in fates or b.kind == "table":
            style = "verbatim"
        elif "headline or deck" in fates:
            style = "center"
        elif b.emphasis and len(lines) == 1:
            style = "indent"  # the reader saw it indented or centred
        elif "furniture" in fates or "after the release" in fates or "attachment" in fates:
            style = "verbatim"
        else:
            style = "wrap"
        out.append(Unit(" ".join(b.text.split()), lines, start > end + 1, style))
        end = start + len(lines) - 1
    return out


def rewrap(path: Path, layout: Layout) -> str:
    """The release at `path` printed again in `layout`."""
    indent = "\t" if layout.tabs else "    "
    out: list[str] = []
    for k, u in enumerate(units(path)):
        if k and (layout.blank_lines == "all" or u.style == "indent" or (layout.blank_lines == "original" and u.blank_before)):
            out.append("")
        if u.style == "verbatim":
            out += [line.rstrip() for line in u.lines]
        elif u.style == "center":
            out += [line.center(layout.width).rstrip() for line in textwrap.wrap(u.text, layout.width - 10)]
        elif u.style == "indent":
            out += textwrap.wrap(u.text, layout.width, initial_indent=indent, subsequent_indent=indent)
        else:
            first = indent if layout.indent_paragraphs else ""
            out += textwrap.wrap(u.text, layout.width, initial_indent=first, break_on_hyphens=False)
    if layout.padding:
        out = [line.ljust(layout.width) for line in out]
    return ("\r\n" if layout.crlf else "\n").join(out) + "\n"
