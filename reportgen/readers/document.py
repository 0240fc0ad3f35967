"""Word-processor documents: sniff the format from the bytes and dispatch to .doc, .docx or RTF."""

from __future__ import annotations

import io
import os
import zipfile

from reportgen.errors import EncryptedError, InputError
from reportgen.model import Document

MAX_BYTES = 200 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """'doc' (OLE2 compound file or Word 2), 'docx' (ZIP with word/document.xml), 'rtf' or 'unknown'."""
    if data.startswith(OLE_MAGIC) or data[:2] == b"\xdb\xa5":
        return "doc"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            return "unknown"
        return "unknown"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        return "rtf"
    return "unknown"


def _describe(data: bytes) -> str:
    if not data:
        return "the file is empty"
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP archive without word/document.xml"
    if data.startswith(b"%PDF"):
        return "a PDF file"
    head = data[:512].lower()
    if b"<html" in head or b"<!doctype html" in head:
        return "an HTML file"
    return "unrecognised content"


def read_document(path, data: bytes | None = None, password: str | None = None) -> Document:
    """Read a .doc/.docx/RTF document; every failure is an InputError or EncryptedError."""
    if data is None:
        try:
            size = os.path.getsize(path)
            if size > MAX_BYTES:
                raise InputError(f"file too large ({size // (1024 * 1024)} MB; the limit is 200 MB)")
            with open(path, "rb") as fh:
                data = fh.read()
        except InputError:
            raise
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"file too large ({len(data) // (1024 * 1024)} MB; the limit is 200 MB)")
    kind = sniff(data)
    try:
        if kind == "doc":
            from .msdoc import read_msdoc

            return read_msdoc(data, password)
        if kind == "docx":
            from .docx import read_docx

            return read_docx(data)
        if kind == "rtf":
            from .rtf import read_rtf

            return read_rtf(data)
    except (InputError, EncryptedError):
        raise
    except RecursionError:
        raise InputError("damaged document (nesting too deep)") from None
    except MemoryError:
        raise InputError("damaged document (too large to read)") from None
    except Exception as exc:  # a bug or a hostile file we did not foresee: still our error
        raise InputError(f"damaged document ({type(exc).__name__}: {' '.join(str(exc).split())[:100]})") from None
    raise InputError(f"not a Word document ({_describe(data)})")
