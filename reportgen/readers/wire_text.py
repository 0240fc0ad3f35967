"""Hard-wrapped wire-service text: rebuild the paragraphs the wire wrapped at a fixed width.

Wire text comes in three layouts, often mixed: paragraphs separated by blank lines, paragraphs
marked by a first-line indent, and (PR Newswire in the 2000s) neither. Line breaks are therefore
decided line by line:
- a blank line always ends a paragraph;
- a line that starts further in than the line before starts a paragraph (first-line indent);
- a short, indented line is a heading or a piece of furniture on its own (`    About Ceplene`);
- otherwise a break is a paragraph break when the next line's first word would have fitted on
  the line *and* the line ends a sentence ("who receive" / "post-consolidation" stays one
  paragraph: the line does not end a sentence).
Before the dateline (headline, deck lines) only blank lines and bullets separate blocks, since
centred headlines are wrapped with no regard to the width.
"""

from __future__ import annotations

import re

from reportgen.readers.blocks import Block
from reportgen.readers.rules.dateline import match_dateline

_PAGE_MARK = re.compile(r"^\s*(?:<PAGE>.*|</?(?:TEXT|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION)>.*|-?\s*\d{1,3}\s*-?|Page \d+ of \d+)\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7o\u25aa\u25cf]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = re.compile(r"""[.!?:]["'\u201d\u2019)\]]*$|[.!?]["'\u201d\u2019)\]]*\s*\(.{0,12}\)$""")
# furniture lines of the PR Newswire trailer that open a slash-delimited block: /CONTACT: ... /
_SLASH_BLOCK = re.compile(r"^\s*/[A-Za-z][A-Za-z .]{1,20}:")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _width(lines: list[str]) -> int:
    """The wrap width: the length most full lines reach (a high percentile, robust to outliers)."""
    lengths = sorted(len(l) for l in lines if l.strip())
    if not lengths:
        return 80
    w = lengths[int(len(lengths) * 0.9)] if len(lengths) > 10 else lengths[-1]
    return max(40, min(w, 200))


def _normalize(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    out = []
    for raw in text.split("\n"):
        line = raw.expandtabs(8).rstrip()
        if _PAGE_MARK.match(line):
            # a page marker or page number: the paragraph continues across the page break
            continue
        out.append(line)
    return out


def _first_dateline_line(lines: list[str]) -> int:
    for i, line in enumerate(lines[:200]):
        if line.strip() and match_dateline(line.strip()):
            return i
    return -1


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        piece = line.strip()
        if not text:
            text = piece
        elif text.endswith("-") and not text.endswith("--") and re.search(r"[a-z]-$", text) and re.match(r"[a-z]", piece):
            # "post-" / "consolidation": a hyphenated word keeps its hyphen (wires do not hyphenate)
            text += piece
        elif re.search(r"(https?://|www\.)\S*[/\-_.=?&]$", text) and re.match(r"[\w/.\-?=&%#]+", piece):
            # a URL broken at the margin is joined back
            text += piece
        else:
            text += " " + piece
    return re.sub(r"[ \u00a0]{2,}", " ", text).strip()


def _is_break(line: str, nxt: str, width: int) -> bool:
    """Does a paragraph end between `line` and `nxt` (two non-blank lines)?"""
    if _BULLET.match(nxt) or _SLASH_BLOCK.match(nxt):
        return True
    li, ni = _indent(line), _indent(nxt)
    first_word = nxt.split()[0]
    fits = len(line) + 1 + len(first_word) <= width
    if ni > li:
        return True  # first-line indent of a new paragraph
    if li > ni and fits:
        return True  # a short indented line: a heading or furniture line of its own
    if fits and _SENTENCE_END.search(line.strip()):
        return True
    return False


def blocks_from_text(text: str) -> list[Block]:
    """Wire text -> blocks, one per rebuilt paragraph; `meta['lines']` keeps the original lines."""
    lines = _normalize(text)
    width = _width(lines)
    dl = _first_dateline_line(lines)
    blocks: list[Block] = []
    current: list[str] = []
    start = 0

    def flush():
        if current:
            joined = _join(current)
            if joined:
                indented = _indent(current[0]) >= 2
                blocks.append(Block(
                    joined,
                    kind="item" if _BULLET.match(current[0]) else "para",
                    emphasis=indented and len(current) == 1 and len(joined) < 90 and not _SENTENCE_END.search(joined),
                    origin=f"line {start + 1}",
                    meta={"lines": [l.strip() for l in current], "indent": _indent(current[0])},
                ))
        current.clear()

    in_slash_block = False
    for i, line in enumerate(lines):
        if not line.strip():
            if not in_slash_block:
                flush()
            continue
        if in_slash_block:
            current.append(line)
            if line.rstrip().endswith("/"):
                in_slash_block = False
                flush()
            continue
        if current:
            prev = current[-1]
            before_dateline = dl >= 0 and i <= dl
            if (i == dl) or (before_dateline and (_BULLET.match(line) or _SLASH_BLOCK.match(line))) or (
                not before_dateline and _is_break(prev, line, width)
            ):
                flush()
        if not current:
            start = i
        current.append(line)
        if _SLASH_BLOCK.match(line):
            if line.rstrip().endswith("/") and len(line.strip()) > 2:
                flush()
            else:
                in_slash_block = True
    flush()
    return blocks
