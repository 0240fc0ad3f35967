"""Word for Windows 2.0 (wIdent 0xA5DB, not a compound file): plain 8-bit text when not fast-saved."""

from __future__ import annotations

import struct

from reportgen.errors import InputError
from reportgen.model import Document, DocumentParagraph

from .props import ParaProps
from .stories import assemble, split_paragraphs


def read_word2(data: bytes) -> Document:
    """Word 2 FIB: fcMin at 0x18, ccpText at 0x34, flags at 0x0A (fComplex bit 2, fEncrypted bit 8)."""
    if len(data) < 0x60:
        raise InputError("damaged Word 2 document (header too short)")
    flags = struct.unpack_from("<H", data, 0x0A)[0]
    if flags & 0x0100:
        raise InputError("encrypted Word 2 document: not supported")
    if flags & 0x0004:
        raise InputError("fast-saved Word 2 document: not supported (save it again in a newer Word)")
    fc_min, _fc_mac = struct.unpack_from("<II", data, 0x18)
    ccp_text = struct.unpack_from("<i", data, 0x34)[0]
    if ccp_text < 0 or fc_min > len(data) or fc_min + ccp_text > len(data):
        raise InputError("damaged Word 2 document (text outside the file)")
    text = data[fc_min:fc_min + ccp_text].decode("cp1252", errors="replace")
    links: list = []
    paras = split_paragraphs(text, 0, lambda cp: ParaProps(), lambda istd: None, lambda istd: False, links)
    res = assemble(paras)
    doc = Document(format="doc")
    doc.body = res.text
    doc.paragraphs = [DocumentParagraph(text=t, style=s) for t, s in res.lines]
    doc.tables = res.tables
    doc.warnings.append("Word 2 document: styles and tables are not read")
    return doc
