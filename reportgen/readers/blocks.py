"""Blocks: the format-neutral paragraphs every release reader produces before the wire rules run.

A format reader (wire text, HTML, markdown, Word) only decides where paragraphs begin and end and
what its markup says about them (a heading, a table, a list item); `assemble.assemble_release`
turns the blocks into a `Release` with the same rules whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from reportgen.model import Table

# How an HTML paragraph looks: (all of it bold, all of it italic, the font size of its first run).
Look = tuple[bool, bool, str]


@dataclass
class Block:
    text: str
    # "para", "heading", "item" (bullet), "table", "rule" (a separator such as ###)
    kind: str = "para"
    # heading level from markup (1 = title); None where the format says nothing
    level: Optional[int] = None
    # the format's hint that this is a heading-like line: indented, centred, bold, all caps
    emphasis: bool = False
    table: Optional[Table] = None
    # where it came from, for messages (line number in text, element path in HTML)
    origin: str = ""
    # the style name the source gave (Word paragraph styles)
    style: Optional[str] = None
    # the lines the source printed the block on (wire text's hard-wrapped lines, markup line
    # breaks): contact blocks and header lines are read line by line; empty when the reader kept
    # none, and then the text is the one line (see `source_lines`)
    lines: list[str] = field(default_factory=list)
    # the bold run the paragraph opens with, when only part of it is bold (HTML, markdown):
    # `**About Foo** Foo is ...` -> "About Foo", a heading that lost its line break
    bold_lead: str = ""
    # how an HTML paragraph looks (weight, style, size): two header paragraphs that look alike
    # are one headline printed over two lines; None where the format says nothing
    look: Optional[Look] = None
    # a Word paragraph in the Title style: the headline, wherever it stands
    is_title: bool = False
    # one column or row of a table of contacts, which the reader turned into a contact block
    contact_table: bool = False
    # all its words are a link's (HTML): a pointer ("Watch the video", "[Media Kit]"), never a deck line
    linked: bool = False
    # the block's position in what the format reader read (set by the assembler, kept by the blocks
    # a rule makes from it): the audit says what became of each
    index: int = -1

    def source_lines(self) -> list[str]:
        """The lines as printed; the text as one line when the reader kept no lines."""
        return self.lines or [self.text]

    def __repr__(self) -> str:  # compact, for test failures
        return f"Block({self.kind}{'*' if self.emphasis else ''}: {self.text[:60]!r})"


@dataclass(frozen=True)
class Read:
    """What a format reader read from one file: its blocks, and what the container said besides
    the text. The reader builds it and hands it on; nothing it was given is changed."""

    blocks: list[Block]
    # the title the container gives (front matter, og:title, <title>, a Word document's title property)
    title: Optional[str] = None
    # the title is the release's own (front matter, og:title, <h1>), so it is the headline; a Word
    # document's title property or a bare <title> only fills in a missing headline
    title_trusted: bool = False
    # the release date the container gives (front matter, a page's date metadata), ISO
    date: Optional[str] = None
    # the file's own date (a Word document's creation date), ISO: the year of a dateline that prints
    # none, and the release date only when the release itself gives no date at all
    file_date: Optional[str] = None
    # what the reader noticed and the model should say (a damaged part of a Word file, a decryption)
    warnings: tuple[str, ...] = ()
