"""Metadata layer: the SummaryInformation property set ([MS-OLEPS] 2.21, 2.20), in its code page."""

from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone

PID_CODEPAGE, PID_TITLE, PID_SUBJECT, PID_AUTHOR, PID_KEYWORDS = 1, 2, 3, 4, 5
PID_CREATE, PID_LASTSAVE = 12, 13
VT_I2, VT_LPSTR, VT_LPWSTR, VT_FILETIME = 2, 0x1E, 0x1F, 0x40

_EPOCH = datetime(1601, 1, 1, tzinfo=timezone.utc)


def codepage_name(cp: int) -> str:
    cp &= 0xFFFF
    if cp == 1200:
        return "utf-16-le"
    if cp == 65001:
        return "utf-8"
    if cp in (0, 0xFFFF):
        return "cp1252"
    name = f"cp{cp}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def parse_summary(data: bytes) -> dict:
    """title/author/subject/keywords/created/modified; {} when the stream is malformed."""
    try:
        return _parse(data)
    except (struct.error, ValueError, OverflowError, IndexError):
        return {}


def _parse(data: bytes) -> dict:
    # [MS-OLEPS] 2.21 PropertySetStream: header 28 bytes, then FMTID + offset of the first set
    if len(data) < 48:
        return {}
    nsets = struct.unpack_from("<I", data, 24)[0]
    if nsets < 1:
        return {}
    off = struct.unpack_from("<I", data, 44)[0]
    # [MS-OLEPS] 2.20 PropertySet: size, count, then (id, offset) pairs relative to the set
    _size, count = struct.unpack_from("<II", data, off)
    count = min(count, (len(data) - off - 8) // 8, 1000)
    props = {}
    for i in range(count):
        pid, poff = struct.unpack_from("<II", data, off + 8 + 8 * i)
        props[pid] = off + poff
    codepage = "cp1252"
    if PID_CODEPAGE in props:
        vt, val = struct.unpack_from("<Hxxh", data, props[PID_CODEPAGE])
        if vt == VT_I2:
            codepage = codepage_name(val)
    out = {}
    for key, pid in (("title", PID_TITLE), ("subject", PID_SUBJECT), ("author", PID_AUTHOR),
                     ("keywords", PID_KEYWORDS)):
        if pid in props:
            text = _string(data, props[pid], codepage)
            if text:
                out[key] = text
    for key, pid in (("created", PID_CREATE), ("modified", PID_LASTSAVE)):
        if pid in props:
            vt = struct.unpack_from("<H", data, props[pid])[0]
            if vt == VT_FILETIME:
                ft = struct.unpack_from("<Q", data, props[pid] + 4)[0]
                if 0 < ft < 2650467743990000000:  # before year 9999
                    dt = _EPOCH + timedelta(microseconds=ft // 10)
                    if dt.year >= 1980:
                        out[key] = dt.replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return out


def _string(data: bytes, pos: int, codepage: str) -> str | None:
    vt = struct.unpack_from("<H", data, pos)[0]
    if vt == VT_LPSTR:
        n = struct.unpack_from("<I", data, pos + 4)[0]
        raw = data[pos + 8:pos + 8 + min(n, len(data))]
        if codepage == "utf-16-le":
            text = raw.decode("utf-16-le", errors="replace")
        else:
            text = raw.split(b"\x00", 1)[0].decode(codepage, errors="replace")
    elif vt == VT_LPWSTR:
        n = struct.unpack_from("<I", data, pos + 4)[0]
        text = data[pos + 8:pos + 8 + 2 * min(n, len(data))].decode("utf-16-le", errors="replace")
    else:
        return None
    text = text.split("\x00", 1)[0].strip()
    return text or None
