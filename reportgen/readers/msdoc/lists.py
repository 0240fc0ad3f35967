"""List layer: list numbers as Word shows them, from PlfLst/LSTF/LVL ([MS-DOC] 2.9.147, 2.9.150) and PlfLfo/LFO (2.9.131)."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .numerals import roman

MAX_LISTS = 10_000

# [MS-DOC] 2.9.150 LVLF.nfc values (MS-OSHARED 2.2.1.3 MSONFC) we render; others fall back to decimal
NFC_DECIMAL, NFC_UROMAN, NFC_LROMAN, NFC_ULETTER, NFC_LLETTER = 0, 1, 2, 3, 4
NFC_ORDINAL, NFC_ZERO, NFC_BULLET, NFC_NONE = 5, 22, 23, 255
BULLETS = {"\uf0b7": "\u2022", "\uf0a7": "\u25aa", "\uf0d8": "\u27a2", "\uf0fc": "\u2713",
           "\uf076": "\u2756", "\uf0a8": "\u25a1", "\uf06e": "\u25a0", "\uf0e8": "\u27a2"}


@dataclass
class Level:
    start: int = 1
    nfc: int = 0
    legal: bool = False
    text: str = ""
    follow: int = 0
    restart_lim: int = 0
    no_restart: bool = False


@dataclass
class ListDef:
    lsid: int
    levels: list = field(default_factory=list)


def _parse_lvl(table: bytes, pos: int) -> tuple[Level, int]:
    """[MS-DOC] 2.9.150 LVL: LVLF (28 bytes), grpprlPapx, grpprlChpx, xst number text."""
    if pos + 28 > len(table):
        raise ValueError("LVL outside the table stream")
    start, nfc, flags = struct.unpack_from("<iBB", table, pos)
    follow = table[pos + 15]
    cb_chpx, cb_papx, restart = table[pos + 24], table[pos + 25], table[pos + 26]
    pos += 28 + cb_papx + cb_chpx
    if pos + 2 > len(table):
        raise ValueError("LVL number text outside the table stream")
    cch = struct.unpack_from("<H", table, pos)[0]
    text = table[pos + 2:pos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    pos += 2 + 2 * cch
    return Level(start, nfc, bool(flags & 4), text, follow, restart, bool(flags & 8)), pos


class Lists:
    """Numbering state for one pass over the body, in document order."""

    def __init__(self, table: bytes, lst: tuple[int, int], lfo: tuple[int, int]):
        self.lists: dict[int, ListDef] = {}
        self.lfos: list[tuple[int, dict[int, int]]] = []  # (lsid, {ilvl: start override})
        self.counters: dict[int, list] = {}
        self._applied: set = set()
        try:
            self._parse(table, *lst, *lfo)
        except (struct.error, ValueError, IndexError):
            pass

    def _parse(self, table: bytes, fc_lst: int, lcb_lst: int, fc_lfo: int, lcb_lfo: int) -> None:
        if lcb_lst >= 2 and fc_lst + lcb_lst <= len(table):
            # [MS-DOC] 2.9.147 PlfLst: cLst, LSTF[cLst] (2.9.145, 28 bytes), then the LVLs follow
            c = min(struct.unpack_from("<h", table, fc_lst)[0], MAX_LISTS)
            pos = fc_lst + 2 + 28 * max(c, 0)
            for i in range(max(c, 0)):
                base = fc_lst + 2 + 28 * i
                lsid = struct.unpack_from("<i", table, base)[0]
                simple = table[base + 26] & 1
                ld = ListDef(lsid)
                for _ in range(1 if simple else 9):
                    lvl, pos = _parse_lvl(table, pos)
                    ld.levels.append(lvl)
                self.lists[lsid] = ld
        if lcb_lfo >= 4 and fc_lfo + lcb_lfo <= len(table):
            # [MS-DOC] 2.9.131 PlfLfo: lfoMac, LFO[lfoMac] (16 bytes), then LFOData for each
            n = min(struct.unpack_from("<i", table, fc_lfo)[0], MAX_LISTS)
            heads = []
            for i in range(max(n, 0)):
                base = fc_lfo + 4 + 16 * i
                lsid = struct.unpack_from("<i", table, base)[0]
                heads.append((lsid, table[base + 12]))
            pos = fc_lfo + 4 + 16 * max(n, 0)
            for lsid, clfolvl in heads:
                overrides: dict[int, int] = {}
                pos += 4  # LFOData.cp
                for _ in range(clfolvl):
                    # [MS-DOC] 2.9.132 LFOLVL: iStartAt, ilvl:4 fStartAt:1 fFormatting:1 ...
                    start, bits = struct.unpack_from("<iI", table, pos)
                    pos += 8
                    if bits & 0x10:
                        overrides[bits & 0xF] = start
                    if bits & 0x20:
                        _lvl, pos = _parse_lvl(table, pos)
                self.lfos.append((lsid, overrides))

    def label(self, ilfo: int | None, ilvl: int | None) -> str:
        """The number text of the next paragraph in list `ilfo` at level `ilvl` (advances counters)."""
        if not ilfo or ilfo < 1 or ilfo > len(self.lfos):
            return ""
        lsid, overrides = self.lfos[ilfo - 1]
        ld = self.lists.get(lsid)
        if ld is None or not ld.levels:
            return ""
        ilvl = min(max(ilvl or 0, 0), len(ld.levels) - 1)
        nums = self.counters.setdefault(lsid, [None] * 9)
        lvl = ld.levels[ilvl]
        key = (ilfo, ilvl)
        if ilvl in overrides and key not in self._applied:
            self._applied.add(key)
            nums[ilvl] = overrides[ilvl]
        elif nums[ilvl] is None:
            nums[ilvl] = lvl.start
        else:
            nums[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            if deeper < len(ld.levels) and ld.levels[deeper].no_restart:
                continue
            nums[deeper] = None
        for upper in range(ilvl):
            if nums[upper] is None and upper < len(ld.levels):
                nums[upper] = ld.levels[upper].start
        if lvl.nfc == NFC_NONE:
            return ""
        out = []
        for ch in lvl.text:
            k = ord(ch)
            if k < 9 and k < len(ld.levels):
                sub = ld.levels[k]
                out.append(fmt_number(nums[k] if nums[k] is not None else sub.start,
                                      NFC_DECIMAL if lvl.legal else sub.nfc))
            else:
                out.append(BULLETS.get(ch, ch))
        text = "".join(out)
        return text + (" " if lvl.follow != 2 and text else "")


class Word6Numbering:
    """Word 6/95 autonumbering ([MS-DOC] 2.9.4 ANLD, 2.9.6 ANLV; sprmPNLvlAnm/sprmPAnld): each
    numbered paragraph carries its own ANLD record; levels 1-9 are outline (heading) numbers,
    10 a numbered list, 11 a bulleted list. Counters run in document order."""

    def __init__(self, codepage: str = "cp1252"):
        self.codepage = codepage if codepage not in ("compressed", "") else "cp1252"
        self.outline: list = [None] * 9
        self.seq: int | None = None
        self.seq_key = None
        self.prev_anm = 0

    def label(self, anm: int, anld: bytes | None, empty: bool = False) -> str:
        if empty:
            return ""
        prev, self.prev_anm = self.prev_anm, anm
        if not anm or anm > 11 or anld is None or len(anld) < 20:
            return ""
        nfc, before, after, flags = anld[0], anld[1], anld[2], anld[3]
        start = struct.unpack_from("<H", anld, 10)[0]
        raw = anld[20:]
        if len(raw) >= 64:  # Word 97 ANLD (sprmPAnld80): 32 UTF-16 characters
            chars = raw[:64].decode("utf-16-le", errors="replace")
        else:  # Word 6/95: 32 8-bit characters in the document's code page
            try:
                chars = raw[:32].decode(self.codepage, errors="replace")
            except LookupError:
                chars = raw[:32].decode("cp1252", errors="replace")
        text_before = chars[:before]
        text_after = chars[before:before + after]
        if anm == 11 or nfc == NFC_BULLET:
            bullet = "".join(BULLETS.get(c, "\u2022" if c in "\u00b7\uf0b7" else c) for c in (text_before + text_after))
            return (bullet.strip() or "\u2022") + " "
        if anm == 10:
            key = (nfc, start, text_before, text_after)
            if prev != 10 or self.seq is None or key != self.seq_key:
                self.seq = start
            else:
                self.seq += 1
            self.seq_key = key
            number = fmt_number(self.seq, nfc) if nfc != NFC_NONE else ""
            out = text_before + number + text_after
        else:  # outline level anm (1-9)
            lvl = anm - 1
            self.outline[lvl] = start if self.outline[lvl] is None else self.outline[lvl] + 1
            for deeper in range(lvl + 1, 9):
                self.outline[deeper] = None
            number = fmt_number(self.outline[lvl], nfc) if nfc != NFC_NONE else ""
            if flags & 0x04:  # fPrev: the numbers of the levels above come first
                above = [str(n) for n in self.outline[:lvl] if n is not None]
                number = ".".join(above + [number]) if number else ".".join(above)
            out = text_before + number + text_after
        return out + " " if out.strip() else ""


def fmt_number(n: int, nfc: int) -> str:
    if nfc in (NFC_UROMAN, NFC_LROMAN):
        r = roman(max(n, 1))
        return r.upper() if nfc == NFC_UROMAN else r
    if nfc in (NFC_ULETTER, NFC_LLETTER):
        n = max(n, 1)
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if nfc == NFC_ULETTER else letter
    if nfc == NFC_ZERO:
        return f"{n:02d}"
    if nfc == NFC_ORDINAL:
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)
