"""Input files: the one size limit every input has, reading the bytes, and bytes -> text."""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.errors import InputError
from reportgen.limits import input_limit

_MB = 1024 * 1024


def check_size(path, size: int) -> None:
    """A file over the limit (reportgen/limits.py) is an InputError naming the file, its size and the limit."""
    limit = input_limit()
    if size > limit:
        shown, limit_shown = _sizes(size, limit)
        raise InputError(f"{path}: {shown} is too large (the limit is {limit_shown}; "
                         "raise it with --max-input-mb)")


def _size(n: int, decimals: int = 2) -> str:
    """'9.03 MB', '8 MB', '512.5 kB': the size to `decimals` places, trailing zeros dropped."""
    value, unit = (n / _MB, "MB") if n >= _MB else (n / 1024, "kB")
    return f"{f'{value:.{decimals}f}'.rstrip('0').rstrip('.')} {unit}"


def _sizes(size: int, limit: int) -> tuple[str, str]:
    """The size and the limit, with as many decimals as it takes to print them apart
    ('9.03 MB is too large (the limit is 8 MB)', never '8 MB is too large (the limit is 8 MB)')."""
    for decimals in (2, 4, 6):
        shown, limit_shown = _size(size, decimals), _size(limit, decimals)
        if shown != limit_shown:
            return shown, limit_shown
    return f"{size} bytes", f"{limit} bytes"


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
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    check_size(path, size)
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


# Text versus binary, and the characters a text release may not keep ---------------------------

# Control characters no release means: C0 controls but tab, line feed, vertical tab (a soft line
# break in Word text), form feed (a page break) and carriage return; DEL; C1 controls; the
# non-characters U+FFFE and U+FFFF; lone surrogates. Wire feeds and copied text carry a few of
# them, and XML (an HTML tree, a DOCX part) cannot hold them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
# a terminal escape sequence (colour, bold) is dropped whole, not only its ESC
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0e, 0x20)) | {0x7f}
# a file whose start has more than this share of control bytes is binary (compressed data and
# pictures have about 11 %; a text with a few stray NULs well under 1 %)
BINARY_SHARE = 0.03


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of `head` is NUL (ASCII-range text saved as
    UTF-16 without a byte order mark), else None."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    odd = head[1:2 * pairs:2].count(0)
    even = head[0:2 * pairs:2].count(0)
    if odd > 0.9 * pairs and even < 0.1 * pairs:
        return "utf-16-le"
    if even > 0.9 * pairs and odd < 0.1 * pairs:
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """Bytes no text format reads: by the share of control bytes at the start, not their presence
    (a BOM or UTF-16 text without one aside)."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return False
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls > BINARY_SHARE * len(head)


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    utf16 = utf16_without_bom(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    detected = detect_encoding(data)
    if detected:
        return data.decode(detected, errors="replace")
    return data.decode("cp1252", errors="replace")


# Western single-byte encodings: a text in one of them is read as Windows-1252, as before detection
# (charset-normalizer tells them apart by letter frequencies, which a short English release does not
# settle); any other encoding it finds (Shift-JIS, Big5, GBK, EUC-KR, Cyrillic ...) is used.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp850", "cp437", "mac_roman", "iso8859_1", "ascii",
            "cp1250", "iso8859_2", "mac_latin2", "cp1257", "iso8859_4", "iso8859_13", "cp1254", "iso8859_9",
            "iso8859_3", "iso8859_10", "iso8859_14", "iso8859_16", "cp858", "cp1258", "mac_iceland", "mac_turkish"}


def detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for bytes that are not UTF-8, unless it is a Western
    single-byte one (None then: the caller reads Windows-1252)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding in _WESTERN:
        return None
    return best.encoding


def clean_text(text: str) -> tuple[str, int]:
    """`text` without the control characters no release means, and how many were removed.

    A terminal escape sequence goes whole; a vertical tab or NEL (U+0085) becomes a line break; any
    other control character is removed (a NUL inside a word leaves the word whole).
    """
    removed = 0
    if "\x1b" in text:
        text, removed = _ANSI.subn("", text)
    text = text.replace("\x0b", "\n").replace("\x85", "\n")
    text, n = _CONTROL.subn("", text)
    return text, removed + n


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes of a text release -> (text, warnings): UTF-8 (with or without BOM), UTF-16 (by BOM, or
    by its NUL bytes without one), else the encoding charset-normalizer detects (a Western one read as
    Windows-1252); control characters removed, with a warning."""
    text, removed = clean_text(_decode(data))
    if not removed:
        return text, []
    return text, [f"removed {removed} control character{'s' if removed != 1 else ''} "
                  "(NUL, terminal escapes and the like, which no release means)"]


def decode_text(data: bytes) -> str:
    """Bytes of a text release -> str (see `decode`), without the warnings."""
    return decode(data)[0]
