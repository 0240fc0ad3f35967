"""The release formats reportgen reads, in one list: each with how its bytes are recognised and how
they become blocks. Adding a format is one entry in `FORMATS`.

`sniff` recognises a file by its bytes, never its name: first the sure signs of every format (a
container's magic number, YAML front matter, HTML tags) in the order of the list, then the weaker
ones (markdown headings, and wire text, which is whatever else is text). Binary data is read by no
text format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Optional

from reportgen.model import Document
from reportgen.readers.blocks import Read
from reportgen.readers.damaged import read_guarded
from reportgen.readers.files import decode, decode_text, looks_binary
from reportgen.readers.word import read_word

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # [MS-CFB] 2.2 header signature (msdoc/cfb.py checks it again)
WORD2_MAGIC = b"\xdb\xa5"  # a Word 2 file is no compound file
ZIP_MAGIC = b"PK\x03\x04"
HEAD_BYTES = 4096  # what the sniffer looks at (a .docx is opened whole by its reader)
BINARY = "binary"  # the sniffer's answer for bytes no format reads

# how sure a format is that the bytes are its own
NO, MAYBE, SURE = 0, 1, 2


class Probe:
    """The bytes a sniffer looks at, with their start decoded as text once, for the text formats."""

    def __init__(self, data: bytes):
        self.data = data
        self.head = data[:HEAD_BYTES]

    @cached_property
    def binary(self) -> bool:
        """Bytes no text format reads: too many control bytes at the start (files.looks_binary)."""
        return looks_binary(self.head)

    @cached_property
    def text(self) -> str:
        return decode_text(self.head).lstrip("\ufeff \t\r\n")

    @cached_property
    def lower(self) -> str:
        return self.text[:2000].lower()


@dataclass(frozen=True)
class ReleaseFormat:
    name: str
    # NO, MAYBE or SURE: whether the bytes are this format's
    sniff: Callable[[Probe], int]
    # a text format: decoded text -> blocks and what the container said
    read_text: Optional[Callable[[str], Read]] = None
    # a word-processor format: bytes (and a password) -> the whole document
    read_document: Optional[Callable[[bytes, Optional[str]], Document]] = None

    @property
    def is_document(self) -> bool:
        return self.read_document is not None

    def document(self, data: bytes, password: Optional[str] = None) -> Document:
        """A word-processor file read whole; a damaged one is an InputError."""
        return read_guarded(self.read_document, data, password)

    def read(self, data: bytes, password: Optional[str] = None) -> Read:
        """The file read as a release: its blocks, and what its container said."""
        if self.read_document is not None:
            return read_word(self.document(data, password))
        text, warnings = decode(data)
        read = self.read_text(text)
        return replace(read, warnings=(*warnings, *read.warnings)) if warnings else read


# sniffing ------------------------------------------------------------------------------------------

def _is_doc(p: Probe) -> int:
    return SURE if p.data.startswith(OLE_MAGIC) or p.data[:2] == WORD2_MAGIC else NO


def _is_docx(p: Probe) -> int:
    return SURE if p.data.startswith(ZIP_MAGIC) else NO


def _is_rtf(p: Probe) -> int:
    return SURE if p.head.lstrip(b"\xef\xbb\xbf \t\r\n\x0b\x0c")[:5] == b"{\\rtf" else NO


_HTML_START = re.compile(r"<(?:!doctype html|html|head|body|div|section|article|p|table|span|font|b|center|h\d)\b")
_HTML_TAG = re.compile(r"<(?:p|div|br|table)\b[^>]*>")


def _is_html(p: Probe) -> int:
    lower = p.lower
    return SURE if _HTML_START.match(lower) or "<html" in lower or "<body" in lower or _HTML_TAG.search(lower) else NO


def _is_markdown(p: Probe) -> int:
    if p.text.startswith(("---\n", "---\r\n")) or (p.text.startswith("Title:") and "\nMarkdown Content:" in p.text[:2000]):
        return SURE  # YAML front matter, or a reader service's header
    if re.search(r"^#{1,3} \S", p.text, re.M) or re.search(r"\*\*[^*\n]{3,}\*\*", p.text):
        return MAYBE  # headings or bold, unless HTML tags say otherwise
    return NO


def _is_text(p: Probe) -> int:
    return MAYBE  # whatever text no other format claims


# readers -------------------------------------------------------------------------------------------

def _msdoc(data: bytes, password: Optional[str]) -> Document:
    from reportgen.readers.msdoc import read_msdoc

    return read_msdoc(data, password)


def _docx(data: bytes, password: Optional[str]) -> Document:
    from reportgen.readers.docx import read_docx

    return read_docx(data)


def _rtf(data: bytes, password: Optional[str]) -> Document:
    from reportgen.readers.rtf import read_rtf

    return read_rtf(data)


def _html(text: str) -> Read:
    from reportgen.readers.html import read_html

    return read_html(text)


def _markdown(text: str) -> Read:
    from reportgen.readers.markdown import read_markdown

    return read_markdown(text, read_html_body=_html)


def _wire_text(text: str) -> Read:
    from reportgen.readers.wire_text import blocks_from_text

    return Read(blocks_from_text(text))


FORMATS: list[ReleaseFormat] = [
    ReleaseFormat("doc", _is_doc, read_document=_msdoc),  # Word 97-2003, Word 6/95, Word 2
    ReleaseFormat("docx", _is_docx, read_document=_docx),
    ReleaseFormat("rtf", _is_rtf, read_document=_rtf),
    ReleaseFormat("markdown", _is_markdown, read_text=_markdown),
    ReleaseFormat("html", _is_html, read_text=_html),
    ReleaseFormat("text", _is_text, read_text=_wire_text),  # hard-wrapped wire text
]
_BY_NAME = {f.name: f for f in FORMATS}


def sniff(data: bytes) -> str:
    """The name of the format of `data` ('doc', 'docx', 'rtf', 'markdown', 'html', 'text'), or
    'binary' when no format reads it: the first format sure of it, else the first that may be it."""
    probe = Probe(data)
    maybe = None
    for f in FORMATS:
        if not f.is_document and probe.binary:
            continue
        score = f.sniff(probe)
        if score == SURE:
            return f.name
        if score == MAYBE and maybe is None:
            maybe = f.name
    return maybe or BINARY


def format_named(name: str) -> Optional[ReleaseFormat]:
    return _BY_NAME.get(name)
