"""RTF reader: plain text through striprtf, in the code page the RTF header declares."""

from __future__ import annotations

import re

from reportgen.errors import InputError
from reportgen.model import Document, DocumentParagraph

_ANSICPG = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(data: bytes) -> Document:
    """One paragraph a line; RTF has no stories we keep apart, so only the body is filled."""
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError("RTF support needs the striprtf package") from None
    m = _ANSICPG.search(data[:4096])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except Exception as exc:
        raise InputError(f"damaged RTF document ({' '.join(str(exc).split())[:100] or type(exc).__name__})") from None
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    doc = Document(format="rtf")
    doc.body = "\n".join(lines)
    doc.paragraphs = [DocumentParagraph(text=ln) for ln in lines]
    return doc
