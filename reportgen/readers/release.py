"""read_release: any release file -> Release. Sniffs the format from the bytes, never the suffix."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Attachment, Document, Release, SourceInfo
from reportgen.readers.assemble import assemble_release
from reportgen.readers.blocks import Read
from reportgen.readers.wire_text import blocks_from_text
from reportgen.readers.word import read_word, release_blocks

MAX_RELEASE_BYTES = 8 * 1024 * 1024  # the longest real release is tens of kB; a wire web page a few MB
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def sniff_release_format(data: bytes) -> str:
    """'doc' | 'docx' | 'rtf' | 'html' | 'markdown' | 'text' from the first bytes."""
    head = data[:4096]
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    text = decode_text(head).lstrip("\ufeff \t\r\n")
    lower = text[:2000].lower()
    if text.startswith("---\n") or text.startswith("---\r\n"):
        return "markdown"
    if re.match(r"<(?:!doctype html|html|head|body|div|section|article|p|table|span|font|b|center|h\d)\b", lower) or (
        "<html" in lower or "<body" in lower or re.search(r"<(?:p|div|br|table)\b[^>]*>", lower[:2000])
    ):
        return "html"
    if re.search(r"^#{1,3} \S", text, re.M) or re.search(r"\*\*[^*\n]{3,}\*\*", text):
        return "markdown"
    return "text"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """Bytes of a text release -> str: UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252.

    Control characters other than tab, line and page breaks are dropped: no release means them,
    and XML (HTML trees, DOCX) cannot hold them.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return _CONTROL.sub(" ", text)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    if size > limit:
        raise InputError(f"{path}: {size // (1024 * 1024)} MB is too large (the limit is {limit // (1024 * 1024)} MB)")
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


def _read_document(path: Path, data: bytes, password: Optional[str] = None) -> Document:
    from reportgen.readers.document import read_document

    try:
        return read_document(path, data=data, password=password)
    except ReportgenError as e:
        # keep the kind of error (an encrypted file exits with its own code), add the file name
        raise (e.__class__ if isinstance(e, InputError) else InputError)(f"{path}: {e}") from None


def read_format(data: bytes, fmt: str, path: Path, password: Optional[str] = None) -> Read:
    """The blocks of a release in format `fmt`, with what its container said."""
    if fmt == "text":
        return Read(blocks_from_text(decode_text(data)))
    if fmt in ("doc", "docx", "rtf"):
        return read_word(_read_document(path, data, password))
    if fmt == "html":
        from reportgen.readers.html import read_html

        return read_html(decode_text(data))
    if fmt == "markdown":
        from reportgen.readers.markdown import read_markdown

        return read_markdown(decode_text(data))
    raise InputError(f"{path}: not a press release (unrecognized binary data)")


def read_release(path: str | os.PathLike, password: Optional[str] = None, attachments: bool = True) -> Release:
    """Read one release file (wire text, HTML, markdown, Word) and the attachments it lists."""
    path = Path(path)
    data = _read_bytes(path, MAX_RELEASE_BYTES)
    fmt = sniff_release_format(data)
    read = read_format(data, fmt, path, password)
    if not any(b.text.strip() for b in read.blocks):
        raise InputError(f"{path}: no text found")
    release = assemble_release(read, SourceInfo(path=path.name, format=fmt))
    if not release.headline:
        raise InputError(f"{path}: no headline found; is this a press release?")
    if attachments:
        release.attachments = [read_attachment(path.parent, a.filename) for a in release.attachments]
        for a in release.attachments:
            if not a.found or a.error:
                release.warnings.append(f"attachment {a.filename!r}: {a.error or 'not found'}")
    return release


def read_attachment(folder: Path, filename: str) -> Attachment:
    """Resolve an attachment inside the release's own folder (never outside it) and read it."""
    att = Attachment(filename=filename)
    name = Path(filename.replace("\\", "/")).name
    if not name or name in (".", "..") or name != filename.strip():
        att.error = "the attachment name is not a plain file name; only files beside the release are read"
        return att
    folder = folder.resolve()
    target = (folder / name).resolve()
    if target.parent != folder:
        att.error = "outside the release's folder"
        return att
    if not target.is_file():
        att.error = "not found beside the release"
        return att
    att.found = True
    try:
        data = _read_bytes(target, MAX_ATTACHMENT_BYTES)
        fmt = sniff_release_format(data)
        att.format = fmt
        if fmt not in ("doc", "docx", "rtf"):
            att.text = decode_text(data) if fmt in ("text", "markdown", "html") else None
            return att
        doc = _read_document(target, data)
        att.text = doc.body
        att.metadata = doc.metadata
        att.title = doc.metadata.title
        # the blocks alone: the document's properties say nothing about the attachment's headline
        as_release = assemble_release(Read(release_blocks(doc)), SourceInfo(path=name, format=fmt))
        att.headline = as_release.headline or None
        att.subheadlines = as_release.subheadlines
        att.headings = [s.heading for s in as_release.sections if s.heading]
    except ReportgenError as e:
        att.error = str(e).split(": ", 1)[-1] if str(e).startswith(str(target)) else str(e)
    return att


def read_text(path: str | os.PathLike, password: Optional[str] = None) -> Document:
    """The plain text of any document reportgen reads, as a Document (one paragraph a line)."""
    path = Path(path)
    data = _read_bytes(path, MAX_ATTACHMENT_BYTES)
    fmt = sniff_release_format(data)
    if fmt in ("doc", "docx", "rtf"):
        return _read_document(path, data, password)
    if fmt == "binary":
        # an OLE file that is not Word, or anything else: the document reader names what it is
        return _read_document(path, data, password)
    read = read_format(data, fmt, path)
    blocks = read.blocks
    from reportgen.model import DocumentParagraph

    paragraphs = [DocumentParagraph(text=b.text, style=b.kind if b.kind != "para" else None) for b in blocks if b.kind != "table"]
    tables = [b.table.rows for b in blocks if b.kind == "table" and b.table]
    lines = []
    for b in blocks:
        if b.kind == "table" and b.table:
            lines += ["\t".join(r) for r in b.table.rows]
        else:
            lines.append(b.text)
    return Document(format=fmt, body="\n".join(lines), paragraphs=paragraphs, tables=tables, warnings=list(read.warnings))
