"""Damaged files: what a document reader raises on one becomes reportgen's own one-line InputError,
while a bug in our own code (a NameError, AttributeError, TypeError ...) is left to reach the
CLI's internal-error path, where it is reported as the bug it is (exit code 70, --debug)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import Optional

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Document

# What bytes that lie make the libraries and our own parsers raise: a struct read past the end,
# an offset or index out of range (IndexError, KeyError), a value that cannot be (ValueError, and
# UnicodeDecodeError with it), an unknown code page (LookupError), a count too large
# (OverflowError), a broken compound file (olefile raises OSError subclasses), ZIP archive or
# deflate stream, a truncated stream (EOFError), an unsupported compression (NotImplementedError).
# The XML parsers' and python-docx's own errors are caught by the docx reader, which knows them.
DAMAGED_FILE_ERRORS: tuple[type[BaseException], ...] = (
    struct.error, LookupError, ValueError, OverflowError, OSError, EOFError,
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError,
)


def short(exc: BaseException) -> str:
    """An exception as one short line: its type and the start of its message."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:100]}"


def read_guarded(read: Callable[[bytes, Optional[str]], Document], data: bytes, password: Optional[str]) -> Document:
    """`read(data, password)`; what a damaged file raises is an InputError (or the reader's own
    EncryptedError), anything else a bug that goes on up."""
    try:
        return read(data, password)
    except ReportgenError:
        raise
    except RecursionError:
        raise InputError("damaged document (nesting too deep)") from None
    except MemoryError:
        raise InputError("damaged document (too large to read)") from None
    except DAMAGED_FILE_ERRORS as exc:
        raise InputError(f"damaged document ({short(exc)})") from None
