"""read_release: any release file -> Release. Sniffs the format from the bytes, never the suffix."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Attachment, Document, Release
from reportgen.readers.assemble import Hints, assemble_release
from reportgen.readers.blocks import Block
from reportgen.readers.wire_text import blocks_from_text

MAX_RELEASE_BYTES = 8 * 1024 * 1024  # the longest real release is tens of kB; a wire web page a few MB
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

_HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre|t\u00edtulo|kop)\s*(\d)", re.I)


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


def blocks_from_document(doc: Document) -> list[Block]:
    """A Word document's paragraphs -> blocks, the paragraph styles saying which are headings."""
    blocks = []
    for p in doc.paragraphs:
        text = " ".join(p.text.split())
        if not text:
            continue
        style = (p.style or "").strip()
        low = style.lower()
        if low == "title":
            blocks.append(Block(text, kind="heading", level=0, style=style, is_title=True))
        elif low == "subtitle":
            blocks.append(Block(text, kind="para", level=None, style=style, emphasis=True))
        elif _HEADING_STYLE.match(style):
            blocks.append(Block(text, kind="heading", level=int(_HEADING_STYLE.match(style).group(1)), style=style))
        elif low.startswith("list"):
            blocks.append(Block(text, kind="item", style=style))
        else:
            blocks.append(Block(text, style=style))
    return blocks


def _title_first(blocks: list[Block]) -> list[Block]:
    """A Word Title paragraph is the headline: it goes to the header whatever its position."""
    out = []
    for b in blocks:
        if b.is_title:
            out.append(Block(b.text, kind="para", style=b.style, lines=[b.text]))
        else:
            out.append(b)
    return out


def blocks_for(data: bytes, fmt: str, path: Path, hints: Hints, password: Optional[str] = None) -> list[Block]:
    if fmt == "text":
        return blocks_from_text(decode_text(data))
    if fmt in ("doc", "docx", "rtf"):
        doc = _read_document(path, data, password)
        if doc.metadata.title and not hints.title:
            hints.title = doc.metadata.title
        created = doc.metadata.created or doc.metadata.modified
        if created and re.match(r"\d{4}-\d{2}-\d{2}", created) and not created.startswith(("1601", "1900", "1970")):
            hints.file_date = created[:10]
        hints.warnings.extend(doc.warnings)
        return _title_first(blocks_from_document(doc))
    if fmt == "html":
        from reportgen.readers.html import blocks_from_html

        return blocks_from_html(decode_text(data), hints)
    if fmt == "markdown":
        from reportgen.readers.markdown import blocks_from_markdown

        return blocks_from_markdown(decode_text(data), hints)
    raise InputError(f"{path}: not a press release (unrecognized binary data)")


def read_release(path: str | os.PathLike, password: Optional[str] = None, attachments: bool = True) -> Release:
    """Read one release file (wire text, HTML, markdown, Word) and the attachments it lists."""
    path = Path(path)
    data = _read_bytes(path, MAX_RELEASE_BYTES)
    fmt = sniff_release_format(data)
    hints = Hints(path=path.name, format=fmt, base_dir=str(path.parent))
    blocks = blocks_for(data, fmt, path, hints, password)
    if not any(b.text.strip() for b in blocks):
        raise InputError(f"{path}: no text found")
    release = assemble_release(blocks, hints)
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
        hints = Hints(path=name, format=fmt, title=None)
        as_release = assemble_release(_title_first(blocks_from_document(doc)), hints)
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
    hints = Hints(path=path.name, format=fmt)
    blocks = blocks_for(data, fmt, path, hints)
    from reportgen.model import DocumentParagraph

    paragraphs = [DocumentParagraph(text=b.text, style=b.kind if b.kind != "para" else None) for b in blocks if b.kind != "table"]
    tables = [b.table.rows for b in blocks if b.kind == "table" and b.table]
    lines = []
    for b in blocks:
        if b.kind == "table" and b.table:
            lines += ["\t".join(r) for r in b.table.rows]
        else:
            lines.append(b.text)
    return Document(format=fmt, body="\n".join(lines), paragraphs=paragraphs, tables=tables, warnings=hints.warnings)
