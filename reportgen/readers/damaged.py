"""Damaged files: what a document reader raises on one becomes reportgen's own one-line InputError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from reportgen.errors import InputError, ReportgenError
from reportgen.model import Document


def read_guarded(read: Callable[[bytes, Optional[str]], Document], data: bytes, password: Optional[str]) -> Document:
    """`read(data, password)`, every failure an InputError (or the reader's own EncryptedError)."""
    try:
        return read(data, password)
    except ReportgenError:
        raise
    except RecursionError:
        raise InputError("damaged document (nesting too deep)") from None
    except MemoryError:
        raise InputError("damaged document (too large to read)") from None
    except Exception as exc:  # a bug or a hostile file we did not foresee: still our error
        raise InputError(f"damaged document ({type(exc).__name__}: {' '.join(str(exc).split())[:100]})") from None
