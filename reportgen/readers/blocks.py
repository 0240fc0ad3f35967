"""Blocks: the format-neutral paragraphs every release reader produces before the wire rules run.

A format reader (wire text, HTML, markdown, Word) only decides where paragraphs begin and end and
what its markup says about them (a heading, a table, a list item); `assemble.assemble_release`
turns the blocks into a `Release` with the same rules whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from reportgen.model import Table


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
    meta: dict = field(default_factory=dict)

    def __repr__(self) -> str:  # compact, for test failures
        return f"Block({self.kind}{'*' if self.emphasis else ''}: {self.text[:60]!r})"
