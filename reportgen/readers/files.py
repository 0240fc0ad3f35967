"""Input files: the one size limit every input has, reading the bytes, and bytes -> text."""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.errors import InputError

# One limit for every file reportgen reads (a release, an attachment, a document for `text`). A
# release is tens of kB, a saved wire web page at most a few MB, a Word attachment with its pictures
# a few MB (the largest of the corpora: 0.9 MB). Reading costs about 0.6 s a MB of hard-wrapped text
# (the whole file is held in memory and parsed), so the limit is where an input that no wire sends
# is refused at once rather than read for tens of seconds: 16 MB, read in about 10 s at worst.
MAX_INPUT_BYTES = 16 * 1024 * 1024

_MB = 1024 * 1024


def check_size(path, size: int) -> None:
    """A file over the limit is an InputError naming the file, its size and the limit."""
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path}: {size / _MB:.1f} MB is too large (the limit is {MAX_INPUT_BYTES / _MB:g} MB)")


def read_input(path: Path) -> bytes:
    """The bytes of an input file; a missing, unreadable or oversized file is an InputError."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    check_size(path, size)
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


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
