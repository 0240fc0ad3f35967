"""The plain text of any document reportgen reads (`reportgen text`): the format readers alone,
without the wire rules that assemble a release (release.py), so the command starts quickly."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Optional, TypeVar

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Document, DocumentParagraph
from reportgen.readers.blocks import Block, Read
from reportgen.readers.document import describe
from reportgen.readers.files import read_input
from reportgen.readers.registry import format_named, sniff

T = TypeVar("T")


def _named(path: Path, read: Callable[..., T], *args) -> T:
    """`read(*args)`, with the file's name put before the message of any error."""
    try:
        return read(*args)
    except ReportgenError as e:
        # keep the kind of error (an encrypted file exits with its own code), add the file name
        raise (e.__class__ if isinstance(e, InputError) else InputError)(f"{path}: {e}") from None


def read_text(path: str | os.PathLike, password: Optional[str] = None) -> Document:
    """The plain text of any document reportgen reads, as a Document (one paragraph a line)."""
    path = Path(path)
    data = read_input(path)
    name = sniff(data)
    fmt = format_named(name)
    if fmt is None:
        # an OLE file that is not Word, or anything else: say what it is
        raise InputError(f"{path}: not a Word document ({describe(data)})")
    if fmt.is_document:
        doc = _named(path, fmt.document, data, password)
    else:
        doc = _as_document(_named(path, fmt.read, data), name)
    if not doc.has_text():
        raise InputError(f"{path}: no text found")
    return doc


def _as_document(read: Read, fmt: str) -> Document:
    """A text release's blocks as a Document: one paragraph a block, a table's rows tab-separated."""
    blocks: list[Block] = read.blocks
    paragraphs = [DocumentParagraph(text=b.text, style=b.kind if b.kind != "para" else None) for b in blocks if b.kind != "table"]
    tables = [b.table.rows for b in blocks if b.kind == "table" and b.table]
    lines = []
    for b in blocks:
        if b.kind == "table" and b.table:
            lines += ["\t".join(r) for r in b.table.rows]
        else:
            lines.append(b.text)
    return Document(format=fmt, body="\n".join(lines), paragraphs=paragraphs, tables=tables, warnings=list(read.warnings))
