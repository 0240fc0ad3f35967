"""Stylesheet layer: style names from the STSH ([MS-DOC] 2.9.271 STSH, 2.9.260 STD, 2.9.262 Stdf)."""

from __future__ import annotations

import struct

# Built-in style identifiers ([MS-DOC] 2.9.260 Stdf.sti, list in [MS-OI29500]); Word shows these
# names whatever the file stores (Word 97 stores "heading 1" in lower case).
BUILTIN = {0: "Normal", 62: "Title", 74: "Subtitle", 65: "Default Paragraph Font", 28: "Normal Indent",
           29: "Footnote Text", 30: "Annotation Text", 31: "Header", 32: "Footer", 34: "Caption",
           43: "Endnote Text", 47: "List", 48: "List Bullet", 49: "List Number", 66: "Body Text",
           67: "Body Text Indent", 105: "Table Grid"}
BUILTIN.update({i: f"Heading {i}" for i in range(1, 10)})
BUILTIN.update({18 + i: f"TOC {i}" for i in range(1, 10)})

MAX_STYLES = 4096


class StyleSheet:
    """istd -> style name, plus each style's base and its paragraph-style character flags."""

    def __init__(self):
        self.names: dict[int, str] = {}
        self.stis: dict[int, int] = {}
        self.bases: dict[int, int] = {}
        self.caps: dict[int, bool] = {}
        self.numbering: dict[int, tuple] = {}  # istd -> (ilfo or None, ilvl or None)

    def name(self, istd: int) -> str | None:
        return self.names.get(istd)

    def list_of(self, istd: int) -> tuple:
        """(ilfo, ilvl) a paragraph style gives, following istdBase (bounded)."""
        ilfo = ilvl = None
        for _ in range(16):
            f, v = self.numbering.get(istd, (None, None))
            ilfo = f if ilfo is None else ilfo
            ilvl = v if ilvl is None else ilvl
            if ilfo is not None and ilvl is not None:
                break
            istd = self.bases.get(istd, 0xFFF)
            if istd == 0xFFF:
                break
        return ilfo, ilvl

    def is_caps(self, istd: int) -> bool:
        """fCaps from the style's CHPX, following istdBase (bounded)."""
        seen = 0
        while istd in self.bases or istd in self.caps:
            if istd in self.caps:
                return self.caps[istd]
            istd = self.bases.get(istd, 0xFFF)
            seen += 1
            if istd == 0xFFF or seen > 16:
                break
        return False


def parse_stsh(table: bytes, fc: int, lcb: int, word6: bool = False, codepage: str = "cp1252") -> StyleSheet:
    """Parse the STSH; anything malformed just ends the list (style names are not essential)."""
    ss = StyleSheet()
    if lcb < 4 or fc + lcb > len(table):
        return ss
    buf = table[fc:fc + lcb]
    cb_stshi = struct.unpack_from("<H", buf, 0)[0]
    if 2 + cb_stshi > len(buf) or cb_stshi < 4:
        return ss
    # [MS-DOC] 2.9.272 STSHI / Stshif: cstd, cbSTDBaseInFile
    cstd, cb_base = struct.unpack_from("<HH", buf, 2)
    pos = 2 + cb_stshi
    for istd in range(min(cstd, MAX_STYLES)):
        if pos + 2 > len(buf):
            break
        cb_std = struct.unpack_from("<H", buf, pos)[0]
        std = buf[pos + 2:pos + 2 + cb_std]
        pos += 2 + cb_std
        if cb_std == 0 or len(std) < max(cb_base, 4):
            continue
        sti = struct.unpack_from("<H", std, 0)[0] & 0x0FFF
        w2 = struct.unpack_from("<H", std, 2)[0]
        stk, base = w2 & 0xF, w2 >> 4
        cupx = struct.unpack_from("<H", std, 4)[0] & 0xF if len(std) >= 6 else 0
        name, npos = _std_name(std, cb_base, word6, codepage)
        if sti in BUILTIN:
            name = BUILTIN[sti]
        elif sti < 0xFFE and name:
            name = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
        ss.names[istd] = name or f"Style {istd}"
        ss.stis[istd] = sti
        ss.bases[istd] = base
        if not word6 and stk in (1, 2) and cupx:
            _std_properties(ss, istd, std, npos, stk, cupx)
    return ss


def _std_name(std: bytes, npos: int, word6: bool, codepage: str) -> tuple[str, int]:
    """A style's name (an Xstz in UTF-16, a counted 8-bit string in Word 6/95) and where what follows it starts."""
    name = ""
    if word6:
        if npos < len(std):
            cch = std[npos]
            name = std[npos + 1:npos + 1 + cch].decode(codepage, errors="replace")
            npos += 2 + cch
    elif npos + 2 <= len(std):
        cch = struct.unpack_from("<H", std, npos)[0]
        name = std[npos + 2:npos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
        npos += 2 + 2 * cch + 2
    return name.split(",")[0].strip(), npos


def _std_properties(ss: StyleSheet, istd: int, std: bytes, upos: int, stk: int, cupx: int) -> None:
    """[MS-DOC] 2.9.260 STD.grLPUpxSw: for a paragraph style (stk 1) UpxPapx then UpxChpx, for a
    character style (stk 2) UpxChpx: the style's list numbering and whether it is all caps."""
    from .props import SPRM_CF_CAPS, SPRM_PILFO, SPRM_PILVL, iter_sprms

    upxs = []
    for _ in range(cupx):
        if upos + 2 > len(std):
            break
        cb = struct.unpack_from("<H", std, upos)[0]
        upxs.append(std[upos + 2:upos + 2 + cb])
        upos += 2 + cb + (cb & 1)
    chpx = upxs[1] if stk == 1 and len(upxs) > 1 else (upxs[0] if stk == 2 and upxs else b"")
    if stk == 1 and upxs and len(upxs[0]) >= 2:
        ilfo = ilvl = None
        for sprm, arg in iter_sprms(upxs[0][2:]):
            if sprm == SPRM_PILFO and len(arg) == 2:
                ilfo = struct.unpack("<h", arg)[0]
            elif sprm == SPRM_PILVL and arg:
                ilvl = arg[0]
        if ilfo is not None or ilvl is not None:
            ss.numbering[istd] = (ilfo, ilvl)
    for sprm, arg in iter_sprms(chpx):
        if sprm == SPRM_CF_CAPS and arg:
            ss.caps[istd] = arg[0] in (1, 0x81)
