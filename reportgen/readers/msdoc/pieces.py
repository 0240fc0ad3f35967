"""Piece table layer: the CLX ([MS-DOC] 2.9.38) and PlcPcd (2.8.35) that map CPs to bytes of text."""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from dataclasses import dataclass

from reportgen.errors import InputError

MAX_PIECES = 1_000_000

# [MS-DOC] 2.9.73 FcCompressed: compressed (8-bit) text is cp1252, bytes 0x80-0x9F as in cp1252;
# the five bytes cp1252 leaves undefined map to the same code point.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")
COMPRESSED_TABLE = {
    0x80 + i: (ch if ch != "\ufffd" else chr(0x80 + i)) for i, ch in enumerate(_CP1252_HIGH)
}

DBCS_LEAD = {
    "cp932": lambda b: 0x81 <= b <= 0x9F or 0xE0 <= b <= 0xFC,
    "cp936": lambda b: 0x81 <= b <= 0xFE,
    "cp949": lambda b: 0x81 <= b <= 0xFE,
    "cp950": lambda b: 0x81 <= b <= 0xFE,
}


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _split_pair(m: re.Match) -> str:
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


@dataclass
class Piece:
    """[MS-DOC] 2.9.177 Pcd: CPs [cp, cp_end) stored from byte `fc`, 1 or 2 bytes a character."""

    cp: int
    cp_end: int
    fc: int
    width: int  # 1: 8-bit (compressed or Word 6 code page), 2: UTF-16LE
    prm: int = 0

    def fc_of(self, cp: int) -> int:
        return self.fc + (cp - self.cp) * self.width


def parse_clx(table: bytes, fc: int, lcb: int, word6: bool = False, word6_width: int = 1) -> tuple[list[Piece], list[bytes]]:
    """[MS-DOC] 2.9.38 Clx: Prc* (clxt 1, 2.9.209) then Pcdt (clxt 2, 2.9.178) holding a PlcPcd."""
    if lcb <= 0 or fc + lcb > len(table):
        raise InputError("damaged Word document (piece table outside its stream)")
    clx = table[fc:fc + lcb]
    pos = 0
    prcs: list[bytes] = []
    while pos < len(clx) and clx[pos] == 0x01:
        if pos + 3 > len(clx):
            raise InputError("damaged Word document (truncated Prc in piece table)")
        cb = struct.unpack_from("<h", clx, pos + 1)[0]
        if cb < 0 or pos + 3 + cb > len(clx):
            raise InputError("damaged Word document (bad Prc size in piece table)")
        prcs.append(clx[pos + 3:pos + 3 + cb])
        pos += 3 + cb
    if pos >= len(clx) or clx[pos] != 0x02 or pos + 5 > len(clx):
        raise InputError("damaged Word document (no Pcdt in piece table)")
    lcb_plc = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + lcb_plc]
    if lcb_plc != len(plc) or lcb_plc < 4 or (lcb_plc - 4) % 12:
        raise InputError("damaged Word document (bad PlcPcd size)")
    n = (lcb_plc - 4) // 12
    if n > MAX_PIECES:
        raise InputError("damaged Word document (absurd piece count)")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for i in range(n):
        # [MS-DOC] 2.9.177 Pcd: 2 bytes of flags, FcCompressed (4 bytes), Prm (2 bytes)
        _flags, fcc, prm = struct.unpack_from("<HIH", plc, 4 * (n + 1) + 8 * i)
        if cps[i + 1] < cps[i]:
            raise InputError("damaged Word document (piece table CPs out of order)")
        if word6:
            pieces.append(Piece(cps[i], cps[i + 1], fcc, word6_width, prm))
        elif fcc & 0x40000000:  # fCompressed: 8-bit text at fc/2
            pieces.append(Piece(cps[i], cps[i + 1], (fcc & 0x3FFFFFFF) // 2, 1, prm))
        else:
            pieces.append(Piece(cps[i], cps[i + 1], fcc & 0x3FFFFFFF, 2, prm))
    if n and cps[0] != 0:
        raise InputError("damaged Word document (piece table does not start at CP 0)")
    return pieces, prcs


class Text:
    """The document's characters by CP ([MS-DOC] 2.4.1 Retrieving Text), one str for all stories."""

    def __init__(self, wd: bytes, pieces: list[Piece], codepage: str = "cp1252", limit: int | None = None):
        # only the CPs the stories use are read: a hostile piece table cannot make us build more
        if limit is not None:
            pieces = [Piece(p.cp, min(p.cp_end, limit), p.fc, p.width, p.prm) for p in pieces if p.cp < limit]
        self.pieces = sorted(pieces, key=lambda p: p.cp)
        self._starts = [p.cp for p in self.pieces]
        self.warnings: list[str] = []
        parts = []
        short = False
        done = 0
        for p in self.pieces:
            if p.cp != done:
                raise InputError("damaged Word document (piece table has gaps or overlaps)")
            done = p.cp_end
            count = p.cp_end - p.cp
            raw = wd[p.fc:p.fc + count * p.width] if p.fc < len(wd) else b""
            if len(raw) < count * p.width:
                short = True
            if p.width == 2:
                chunk = raw[: len(raw) // 2 * 2].decode("utf-16-le", errors="surrogatepass")
                if len(chunk) * 2 != len(raw) // 2 * 2:
                    # keep one str character per CP: split characters outside the BMP into their
                    # surrogate halves again; the text layer joins them at the end
                    chunk = _ASTRAL.sub(_split_pair, chunk)
            elif codepage == "compressed":
                chunk = raw.decode("latin-1").translate(COMPRESSED_TABLE)
            else:
                chunk = decode_8bit(raw, codepage)
            if len(chunk) < count:
                chunk += "\x00" * (count - len(chunk))
            parts.append(chunk)
        if short:
            self.warnings.append("some text lies beyond the end of the WordDocument stream")
        self.text = "".join(parts)

    def piece_at(self, cp: int) -> Piece | None:
        i = bisect_right(self._starts, cp) - 1
        if i < 0:
            return None
        p = self.pieces[i]
        return p if cp < p.cp_end else None

    def fc_of(self, cp: int) -> int | None:
        p = self.piece_at(cp)
        return None if p is None else p.fc_of(cp)


def decode_8bit(raw: bytes, codepage: str) -> str:
    """8-bit text in a code page, one str character per byte so CPs stay aligned.

    A double-byte character takes its two CPs as the character and a NUL, which later layers drop.
    """
    lead = DBCS_LEAD.get(codepage)
    if lead is None:
        try:
            return raw.decode(codepage, errors="replace")
        except LookupError:
            return raw.decode("cp1252", errors="replace")
    out = []
    i, n = 0, len(raw)
    while i < n:
        b = raw[i]
        if b < 0x80 or not lead(b) or i + 1 >= n:
            out.append(chr(b) if b < 0x80 else raw[i:i + 1].decode(codepage, errors="replace"))
            i += 1
        else:
            ch = raw[i:i + 2].decode(codepage, errors="replace")
            out.append(ch if len(ch) == 1 else "\ufffd")
            out.append("\x00")
            i += 2
    return "".join(out)
