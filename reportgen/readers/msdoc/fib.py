"""FIB layer: the File Information Block of Word 97-2003 ([MS-DOC] 2.5.1) and of Word 6/95."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from reportgen.errors import InputError

WIDENT_WORD = 0xA5EC  # [MS-DOC] 2.5.2 FibBase.wIdent
WIDENT_WORD6 = 0xA5DC  # Word 6.0/95
WIDENT_WORD6_FE = 0xA699  # Word 6/95 Far East editions
WIDENT_WORD2 = 0xA5DB  # Word for Windows 2.0 (not a compound file)

# [MS-DOC] 2.5.6 FibRgFcLcb97: index of each fc/lcb pair (8 bytes a pair).
FC = {
    "StshfOrig": 0, "Stshf": 1, "PlcffndRef": 2, "PlcffndTxt": 3, "PlcfandRef": 4,
    "PlcfandTxt": 5, "PlcfSed": 6, "PlcPad": 7, "PlcfPhe": 8, "SttbfGlsy": 9,
    "PlcfGlsy": 10, "PlcfHdd": 11, "PlcfBteChpx": 12, "PlcfBtePapx": 13, "PlcfSea": 14,
    "SttbfFfn": 15, "PlcfFldMom": 16, "PlcfFldHdr": 17, "PlcfFldFtn": 18, "PlcfFldAtn": 19,
    "PlcfFldMcr": 20, "SttbfBkmk": 21, "PlcfBkf": 22, "PlcfBkl": 23, "Cmds": 24,
    "Unused1": 25, "SttbfMcr": 26, "PrDrvr": 27, "PrEnvPort": 28, "PrEnvLand": 29,
    "Wss": 30, "Dop": 31, "SttbfAssoc": 32, "Clx": 33, "PlcfPgdFtn": 34,
    "AutosaveSource": 35, "GrpXstAtnOwners": 36, "SttbfAtnBkmk": 37, "Unused2": 38,
    "Unused3": 39, "PlcSpaMom": 40, "PlcSpaHdr": 41, "PlcfAtnBkf": 42, "PlcfAtnBkl": 43,
    "Pms": 44, "FormFldSttbs": 45, "PlcfendRef": 46, "PlcfendTxt": 47, "PlcfFldEdn": 48,
    "Unused4": 49, "DggInfo": 50, "SttbfRMark": 51, "SttbfCaption": 52,
    "SttbfAutoCaption": 53, "PlcfWkb": 54, "PlcfSpl": 55, "PlcftxbxTxt": 56,
    "PlcfFldTxbx": 57, "PlcfHdrtxbxTxt": 58, "PlcffldHdrTxbx": 59, "PlfLst": 73, "PlfLfo": 74,
}

# Word 6/95 FIB: the same fc/lcb sequence up to Clx, at a fixed offset 0x58.
WORD6_FCLCB_BASE = 0x58
WORD6_PAIRS = 34  # StshfOrig .. Clx


@dataclass
class Fib:
    """The fields of the FIB a text reader needs, for either generation of the format."""

    wident: int
    nfib: int
    lid: int
    flags: int
    lkey: int
    fc_min: int = 0
    fc_mac: int = 0
    ccp: dict = field(default_factory=dict)  # story name -> character count
    fclcb: dict = field(default_factory=dict)  # structure name -> (fc, lcb)
    word6: bool = False
    chse: int = 0

    # [MS-DOC] 2.5.2 FibBase bit fields
    @property
    def complex(self) -> bool:
        return bool(self.flags & 0x0004)

    @property
    def quick_saves(self) -> int:
        return (self.flags >> 4) & 0xF

    @property
    def encrypted(self) -> bool:
        return bool(self.flags & 0x0100)

    @property
    def which_table(self) -> str:
        return "1Table" if self.flags & 0x0200 else "0Table"

    @property
    def far_east(self) -> bool:
        return bool(self.flags & 0x4000)

    @property
    def obfuscated(self) -> bool:
        return bool(self.flags & 0x8000)

    def get(self, name: str) -> tuple[int, int]:
        return self.fclcb.get(name, (0, 0))


STORY_ORDER = ("text", "ftn", "hdd", "mcr", "atn", "edn", "txbx", "hdrtxbx")


def parse_fib(wd: bytes) -> Fib:
    """Parse the FIB at the start of the WordDocument stream; garbage is an InputError."""
    if len(wd) < 32:
        raise InputError("damaged Word document (WordDocument stream too short for a FIB)")
    # [MS-DOC] 2.5.2 FibBase
    wident, nfib, _unused, lid, _pnnext, flags, _nfibback, lkey = struct.unpack_from("<HHHHHHHI", wd, 0)
    if wident not in (WIDENT_WORD, WIDENT_WORD6, WIDENT_WORD6_FE):
        raise InputError(f"not a Word document (unknown FIB identifier 0x{wident:04X})")
    fib = Fib(wident=wident, nfib=nfib, lid=lid, flags=flags, lkey=lkey)
    if wident != WIDENT_WORD or nfib < 0x69:
        return _parse_word6(wd, fib)
    fib.fc_min, fib.fc_mac = 0, 0
    pos = 32
    # [MS-DOC] 2.5.1 Fib: csw, fibRgW (2.5.3), cslw, fibRgLw (2.5.4), cbRgFcLcb, fibRgFcLcbBlob
    csw = _u16(wd, pos)
    pos += 2 + csw * 2
    cslw = _u16(wd, pos)
    pos += 2
    if cslw < 11 or pos + cslw * 4 > len(wd):
        raise InputError("damaged Word document (FIB too short)")
    rglw = struct.unpack_from(f"<{min(cslw, 22)}i", wd, pos)
    pos += cslw * 4
    # [MS-DOC] 2.5.4 FibRgLw97: ccpText at index 3, then ccpFtn, ccpHdd, reserved (ccpMcr), ccpAtn ...
    for i, name in enumerate(STORY_ORDER):
        fib.ccp[name] = max(0, rglw[3 + i])
    cb_rgfclcb = _u16(wd, pos)
    pos += 2
    npairs = min(cb_rgfclcb, (len(wd) - pos) // 8)
    pairs = struct.unpack_from(f"<{npairs * 2}I", wd, pos) if npairs > 0 else ()
    for name, idx in FC.items():
        if idx < npairs:
            fib.fclcb[name] = (pairs[2 * idx], pairs[2 * idx + 1])
    return fib


def _parse_word6(wd: bytes, fib: Fib) -> Fib:
    """Word 6.0/95 FIB: fixed layout, fc/lcb pairs from 0x58 (the Word 6 binary file format)."""
    need = WORD6_FCLCB_BASE + WORD6_PAIRS * 8
    if len(wd) < need:
        raise InputError("damaged Word 6/95 document (FIB too short)")
    fib.word6 = True
    fib.chse = _u16(wd, 0x14)
    fib.fc_min, fib.fc_mac = struct.unpack_from("<II", wd, 0x18)
    ccps = struct.unpack_from("<8i", wd, 0x34)
    for name, val in zip(STORY_ORDER, ccps):
        fib.ccp[name] = max(0, val)
    pairs = struct.unpack_from(f"<{WORD6_PAIRS * 2}I", wd, WORD6_FCLCB_BASE)
    for name, idx in FC.items():
        if idx < WORD6_PAIRS:
            fib.fclcb[name] = (pairs[2 * idx], pairs[2 * idx + 1])
    return fib


def _u16(buf: bytes, pos: int) -> int:
    if pos + 2 > len(buf):
        raise InputError("damaged Word document (FIB too short)")
    return buf[pos] | (buf[pos + 1] << 8)
