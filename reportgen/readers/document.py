"""Word-processor documents: .doc, .docx or RTF, recognised by the one sniffer (registry.py)."""

from __future__ import annotations

import os

from reportgen.errors import InputError
from reportgen.model import Document
from reportgen.readers.files import check_size
from reportgen.readers.registry import format_named, sniff


def describe(data: bytes) -> str:
    """What bytes that no format reads look like, for the error message."""
    if not data:
        return "the file is empty"
    if data.startswith(b"%PDF"):
        return "a PDF file"
    head = data[:512].lower()
    if b"<html" in head or b"<!doctype html" in head:
        return "an HTML file"
    return "unrecognised content"


def read_document(path, data: bytes | None = None, password: str | None = None) -> Document:
    """Read a .doc/.docx/RTF document; every failure of a damaged file is an InputError or EncryptedError."""
    if data is None:
        try:
            check_size(path, os.path.getsize(path))
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})") from None
    check_size(path, len(data))
    fmt = format_named(sniff(data))
    if fmt is None or not fmt.is_document:
        raise InputError(f"not a Word document ({describe(data)})")
    return fmt.document(data, password)
