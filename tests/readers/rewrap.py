"""Write a hard-wrapped wire release again in another layout, to check the reader reads the same model.

The release's logical units are the blocks the reader itself read from the original (a paragraph,
a heading, a furniture line, a header line, a table), each with the lines the original printed it
on; `rewrap` prints them again at another width, with or without blank lines between paragraphs,
CRLF line ends, tabs for indentation, first-line indents and trailing padding:

- a paragraph of prose is wrapped again at the layout's width (greedily, never at a hyphen);
- what a wire prints centred (the headline, the deck) is wrapped again and centred;
- a short indented line of its own (a heading, a furniture line) stays indented;
- what the original set line by line stays line for line, indentation and all: tables, contact and
  address blocks, e-mail and letterhead lines, the wire's trailer, two blocks side by side.

A paragraph break must stay visible for any reader: a blank line, a first-line indent, a heading
standing on its own, or a sentence ending on a line with room left for the next paragraph's first
word. Where a layout without blank lines would leave a break with none of these (a paragraph whose
last line ends a sentence and is too full for the next word: `...Overall Survival."` / `The data
were derived ...` reads exactly like a sentence going on within the paragraph, `...EpiCept.` /
`"While the Phase III ...`), the layout keeps a blank line there: no rule can see such a break,
and the original shows it (else the reader would not have read two blocks). Above the dateline a
wire separates blocks by blank lines only (a centred headline wraps anywhere), so a layout
without blank lines keeps the original's there.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportgen.readers.files import decode_text, read_input
from reportgen.readers.release import read_draft
from reportgen.readers.wire_text import _UNDERLINED, _first_dateline_line, _normalize

BLANK_LINES = ("original", "all", "none")


@dataclass(frozen=True)
class Layout:
    width: int = 80
    blank_lines: str = "original"  # "original": where the original has them; "all"; "none" (but where a break needs one)
    crlf: bool = False
    tabs: bool = False  # indent with tabs (tab stops every 8 columns) instead of spaces
    padding: bool = False  # pad every line with spaces to the width
    indent_paragraphs: bool = False  # a paragraph's first line indented (the PR Newswire style)


@dataclass(frozen=True)
class Unit:
    text: str  # the block's text, on one line
    lines: tuple[str, ...]  # as printed in the original, indentation kept (a table's too)
    blank_before: bool  # the original has a blank line above it
    style: str  # "center", "indent", "wrap", "verbatim"
    header: bool  # above the dateline


# what the reader made of a block that is prose, printed wrapped (or a heading, on a line of its own)
_PROSE = {"paragraph under ", "paragraph of the lead", "paragraph of the lead (joined to the one before)", "dateline",
          "heading", "a second release in the file (not read)"}
_SENTENCE_END = re.compile(r"""[.!?:]["'\u201d\u2019)\]]*$""")


@lru_cache(maxsize=64)
def units(path: Path) -> tuple[Unit, ...]:
    """The release's blocks as the reader read them, each with how the original printed it."""
    raw = _normalize(decode_text(read_input(path)))
    dateline = _first_dateline_line(raw)
    draft = read_draft(path)
    groups: list[list] = []  # blocks read from the same lines (two columns side by side) are one unit
    for b in draft.blocks:
        start = int(b.origin.split()[-1]) - 1
        if groups and groups[-1][0] == start:
            groups[-1][1].append(b)
        else:
            groups.append([start, [b]])
    out = []
    for k, (start, blocks) in enumerate(groups):
        end = groups[k + 1][0] if k + 1 < len(groups) else len(raw)
        lines = raw[start:end]
        while lines and not lines[-1].strip():
            lines.pop()
        fates = {f.split("'")[0] for b in blocks for f in draft.fates.get(b.index, ())}
        b = blocks[0]
        if len(blocks) > 1 or b.kind == "table" or lines[0].startswith(_UNDERLINED) or not fates:
            style = "verbatim"
        elif fates == {"headline or deck"}:
            style = "center"
        elif not fates <= _PROSE:
            style = "verbatim"  # furniture, contacts, a table's caption: as printed
        elif b.emphasis and len(lines) == 1:
            style = "indent"  # the reader saw it indented or centred
        else:
            style = "wrap"
        blank = start > 0 and not raw[start - 1].strip()
        out.append(Unit(" ".join(b.text.split()), tuple(lines), blank, style, 0 <= start < dateline))
    return tuple(out)


def _print_unit(u: Unit, layout: Layout) -> list[str]:
    if u.style == "verbatim":
        out = []
        for line in u.lines:
            if line.startswith(_UNDERLINED):
                line = line[len(_UNDERLINED):]
                out += [line, " " * (len(line) - len(line.lstrip())) + "-" * len(line.strip())]
            else:
                out.append(line)
        return out
    if u.style == "center":
        return [line.center(layout.width).rstrip() for line in textwrap.wrap(u.text, layout.width - 10, break_on_hyphens=False)]
    indent = "\t" if layout.tabs else "    "
    if u.style == "indent":
        return [indent + line.lstrip() for line in textwrap.wrap(u.text, layout.width, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False)]
    lines = textwrap.wrap(u.text, layout.width, initial_indent="    " if layout.indent_paragraphs else "", break_on_hyphens=False)
    if layout.indent_paragraphs:
        lines[0] = indent + lines[0].lstrip()
    return lines


def _indent(line: str) -> int:
    line = line.expandtabs(8)
    return len(line) - len(line.lstrip())


def _visible_break(last: str, first: str, width: int) -> bool:
    """Does a reader see a paragraph break between these two lines with no blank line between?"""
    words = first.split()
    fits = len(last.expandtabs(8).rstrip()) + 1 + len(words[0]) <= width
    ends = bool(_SENTENCE_END.search(last.strip()))
    if _indent(first) > _indent(last):
        return ends or fits  # a first-line indent (a full line going on into an indented one may be a hanging indent)
    if _indent(last) > _indent(first):
        return fits  # a short indented line: a heading
    return ends and fits


def rewrap(path: Path, layout: Layout) -> str:
    """The release at `path` printed again in `layout`."""
    out: list[str] = []
    for k, u in enumerate(units(path)):
        lines = _print_unit(u, layout)
        if k and out:
            if u.header:
                blank = u.blank_before or layout.blank_lines == "all"
            elif layout.blank_lines == "all" or u.style == "indent" or (layout.blank_lines == "original" and u.blank_before):
                blank = True
            else:
                blank = not out[-1].strip() or not _visible_break(out[-1], lines[0], layout.width)
            if blank and out[-1].strip():
                out.append("")
        out += lines
    if layout.tabs:
        out = [_tabbed(line) for line in out]  # the rest of the indentation, column for column
    if layout.padding:
        out = [line.ljust(layout.width) for line in out]
    return ("\r\n" if layout.crlf else "\n").join(out) + "\n"


def _tabbed(line: str) -> str:
    """The line's indentation written with tabs where it reaches a tab stop (as `unexpand` does)."""
    n = len(line) - len(line.lstrip(" "))
    return "\t" * (n // 8) + " " * (n % 8) + line[n:] if n >= 8 else line
