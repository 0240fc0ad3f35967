"""The release being assembled: what the stages of `assemble_release` hand each other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Optional

from reportgen.model import Release, SourceInfo
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.dateline import DatelineMatch


@dataclass
class Draft:
    release: Release
    blocks: list[Block]  # what the reader read
    # what the container said (a `Read`'s own, copied: the header may give the date)
    title: Optional[str] = None
    title_trusted: bool = False
    date: Optional[str] = None
    file_date: Optional[str] = None
    # the text the addresses and marked trademarks are looked for in: up to the wire's footer
    all_text: str = ""

    # 1. what the furniture said
    kept: list[Block] = field(default_factory=list)  # the blocks that are not furniture
    trailer_date: Optional[dt.date] = None  # the -0- trailer's
    website: Optional[str] = None  # a `Web site:` line's
    attachment_names: list[str] = field(default_factory=list)
    contact_texts: list[str] = field(default_factory=list)  # contact blocks, each to be parsed
    wire_hint: Optional[str] = None  # the wire named in its own header or footer (DGAP, RNS), not in the dateline
    issuer_hint: Optional[str] = None  # the company a release line names ("PONSSE PLC, STOCK EXCHANGE RELEASE, ...")

    # 2. the dateline splits the header (headline, deck) from the body
    header: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    dateline: Optional[DatelineMatch] = None
    header_texts: list[str] = field(default_factory=list)

    # what became of each block the reader read (its index -> what it became), for the audit
    fates: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def start(cls, read: Read, source: Optional[SourceInfo]) -> Draft:
        release = Release(input=source or SourceInfo())
        release.warnings.extend(read.warnings)
        blocks = [replace(b, index=i) for i, b in enumerate(read.blocks)]
        return cls(release=release, blocks=blocks, title=read.title, title_trusted=read.title_trusted,
                   date=read.date, file_date=read.file_date, all_text=text_of(blocks))

    def note(self, blocks, fate: str) -> None:
        """Say what became of these blocks (a block, or a list of them)."""
        for b in [blocks] if isinstance(blocks, Block) else blocks:
            if b.index >= 0 and fate not in self.fates.setdefault(b.index, []):
                self.fates[b.index].append(fate)

    def note_dropped(self, before: list[Block], after: list[Block], fate: str) -> None:
        """The blocks of `before` that a rule left out of `after`."""
        kept = {id(b) for b in after}
        self.note([b for b in before if id(b) not in kept], fate)


def text_of(blocks: list[Block], leave_out: frozenset[int] | set[int] = frozenset()) -> str:
    """The text of the blocks, their tables' cells too ("Website: | www.umt.ag"), but for the blocks at the
    positions left out."""
    return "\n".join(b.text if b.table is None else "\n".join([b.text, *(" | ".join(r) for r in b.table.rows)])
                     for i, b in enumerate(blocks) if i not in leave_out)
