"""read_release: any release file -> Release. The format is sniffed from the bytes, never the
suffix, and read by its entry in the registry (registry.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Attachment, Release, SourceInfo
from reportgen.readers.assemble import assemble, assemble_release
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.blocks import Read
from reportgen.readers.files import check_size, decode_text, read_input
from reportgen.readers.plain import _named
from reportgen.readers.registry import format_named, sniff
from reportgen.readers.word import release_blocks


def read_release(path: str | os.PathLike, password: Optional[str] = None, attachments: bool = True) -> Release:
    """Read one release file (wire text, HTML, markdown, Word) and the attachments it lists."""
    path = Path(path)
    release = read_draft(path, password).release
    if not release.headline:
        raise InputError(f"{path}: no headline found; is this a press release?")
    if attachments:
        release.attachments = [read_attachment(path.parent, a.filename, password) for a in release.attachments]
        for a in release.attachments:
            if not a.found or a.error:
                release.warnings.append(f"attachment {a.filename!r}: {a.error or 'not found'}")
    return release


def read_draft(path: Path, password: Optional[str] = None) -> Draft:
    """The release file read and assembled, with what became of each block it was read into."""
    return read_draft_data(read_input(path), path, password)


def read_draft_data(data: bytes, name: str | os.PathLike, password: Optional[str] = None) -> Draft:
    """A release's bytes read and assembled; `name` (a file name) is what errors and the model call it."""
    check_size(name, len(data))
    if not data:
        raise InputError(f"{name}: the release is empty")
    fmt_name = sniff(data)
    fmt = format_named(fmt_name)
    if fmt is None:
        raise InputError(f"{name}: not a press release (unrecognized binary data)")
    read = _named(Path(name), fmt.read, data, password)
    if not any(b.text.strip() for b in read.blocks):
        raise InputError(f"{name}: no text found")
    return assemble(read, SourceInfo(path=Path(name).name, format=fmt_name))


def read_release_data(data: bytes, name: str = "release", password: Optional[str] = None) -> Release:
    """A release given as bytes (from a program, not a file): read like a file called `name`. Its
    attachments are not looked up (there is no folder to look in); the model lists them unread."""
    release = read_draft_data(data, name, password).release
    if not release.headline:
        raise InputError(f"{name}: no headline found; is this a press release?")
    for a in release.attachments:
        a.error = "not looked up: the release was given as data, not as a file"
    return release


def read_attachment(folder: Path, filename: str, password: Optional[str] = None) -> Attachment:
    """Resolve an attachment inside the release's own folder (never outside it) and read it (an
    encrypted Word attachment with `password`, the one `build --password` gives)."""
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
        _read_attachment(att, target, name, password)
    except ReportgenError as e:
        att.error = str(e).split(": ", 1)[-1] if str(e).startswith(str(target)) else str(e)
    return att


def _read_attachment(att: Attachment, target: Path, name: str, password: Optional[str] = None) -> None:
    """A Word attachment's text, properties and headline; any other's text as it is."""
    data = read_input(target)
    att.format = sniff(data)
    fmt = format_named(att.format)
    if fmt is None or not fmt.is_document:
        att.text = decode_text(data) if fmt is not None else None
        return
    doc = _named(target, fmt.document, data, password)
    att.text = doc.body
    att.metadata = doc.metadata
    att.title = doc.metadata.title
    # the blocks alone: the document's properties say nothing about the attachment's headline
    as_release = assemble_release(Read(release_blocks(doc)), SourceInfo(path=name, format=att.format))
    att.headline = as_release.headline or None
    att.subheadlines = as_release.subheadlines
    att.headings = [s.heading for s in as_release.sections if s.heading]
