"""Property layer: sprms ([MS-DOC] 2.6), PAPX/CHPX FKPs (2.9.175 PapxFkp, 2.9.34 ChpxFkp) and bins."""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass

# [MS-DOC] 2.6.1 Sprm.spra -> operand size (6 = variable)
_SPRA_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}

SPRM_CF_RMARK_DEL = 0x0800  # 2.6.1 sprmCFRMarkDel
SPRM_CF_CAPS = 0x083B  # sprmCFCaps
SPRM_CF_VANISH = 0x083C  # sprmCFVanish
SPRM_CF_SPEC = 0x0855  # sprmCFSpec
SPRM_CISTD = 0x4A30  # sprmCIstd
SPRM_PISTD = 0x4600  # sprmPIstd
SPRM_PF_IN_TABLE = 0x2416  # 2.6.2 sprmPFInTable
SPRM_PF_TTP = 0x2417  # sprmPFTtp
SPRM_PITAP = 0x6649  # sprmPItap
SPRM_PDTAP = 0x664A  # sprmPDtap
SPRM_PF_INNER_CELL = 0x244B  # sprmPFInnerTableCell
SPRM_PF_INNER_TTP = 0x244C  # sprmPFInnerTtp
SPRM_PILVL = 0x260A  # sprmPIlvl
SPRM_PILFO = 0x460B  # sprmPIlfo
SPRM_TDEF_TABLE = 0xD608
SPRM_PCHG_TABS = 0xC615

# Word 6/95 sprms are one byte; operand sizes from the Word 6 binary format (-1 = a length byte
# follows, -2 = a two-byte length follows).
_W6_SIZE = {
    2: 1, 3: -1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1, 11: 1, 12: -1, 13: 1, 14: 1, 15: -1,
    16: 2, 17: 2, 18: 2, 19: 2, 20: 4, 21: 2, 22: 2, 23: -1, 24: 1, 25: 1, 26: 2, 27: 2, 28: 2,
    29: 1, 30: 2, 31: 2, 32: 2, 33: 2, 34: 2, 35: 2, 36: 2, 37: 1, 38: 2, 39: 2, 40: 2, 41: 2,
    42: 2, 43: 2, 44: 1, 45: 2, 46: 2, 47: 2, 48: 2, 49: 2, 50: 1, 51: 1, 52: -1,
    65: 1, 66: 1, 67: 1, 68: -1, 69: 2, 70: 4, 71: 1, 72: 2, 73: 3, 74: -1, 75: 1,
    80: 2, 81: -1, 82: 0, 83: 0, 85: 1, 86: 1, 87: 1, 88: 1, 89: 1, 90: 1, 91: 1, 92: 1,
    93: 2, 94: 1, 95: 3, 96: 2, 97: 2, 98: 1, 99: 2, 100: 1, 101: 1, 102: 1, 103: -1, 104: 1,
    105: -1, 106: -1, 107: 2, 108: -1, 109: 2, 110: 2, 117: 1, 118: 1, 119: 1, 120: 12,
    131: 1, 132: 1, 133: -1, 136: 3, 137: 3, 138: 1, 139: 1, 140: 2, 141: 2, 142: 1, 143: 1,
    144: 2, 145: 2, 146: 1, 147: 1, 148: 2, 149: 2, 150: 1, 151: 1, 152: 1, 153: 1, 154: 2,
    155: 2, 156: 2, 157: 2, 158: 1, 159: 1, 160: 2, 161: 2, 162: 1, 163: 1, 164: 2, 165: 2,
    166: 2, 167: 2, 168: 2, 169: 2, 170: 2, 171: 2,
    182: 2, 183: 2, 184: 2, 185: 1, 186: 1, 187: 12, 188: -2, 189: 2, 190: -2, 191: -1,
    192: 4, 193: 5, 194: 4, 195: 2, 196: 4, 197: 2, 198: 2, 199: 5, 200: 4,
}
W6_P_ANLD = 12  # sprmPAnld: the paragraph's ANLD (autonumber) record
W6_P_NLVL_ANM = 13  # sprmPNLvlAnm: 0 none, 1-9 outline level, 10 numbered, 11 bulleted
W6_PF_IN_TABLE = 24
W6_PF_TTP = 25
W6_CF_RMARK_DEL = 65  # sprmCFStrikeRM
W6_CF_CAPS = 91
W6_CF_SPEC = 117
W6_CF_FTC = 93


def iter_sprms(grpprl: bytes, word6: bool = False):
    """Yield (sprm, operand bytes) from a grpprl ([MS-DOC] 2.6 Sprm, 2.2.5.1 Prl); stops on garbage."""
    pos, n = 0, len(grpprl)
    if word6:
        while pos < n:
            op = grpprl[pos]
            size = _W6_SIZE.get(op)
            pos += 1
            if size is None:
                return  # unknown sprm: its size is unknown, the rest cannot be parsed
            if size == -1:
                if pos >= n:
                    return
                size = grpprl[pos]
                pos += 1
            elif size == -2:
                if pos + 2 > n:
                    return
                size = grpprl[pos] | (grpprl[pos + 1] << 8)
                pos += 2
            yield op, grpprl[pos:pos + size]
            pos += size
        return
    while pos + 2 <= n:
        sprm = grpprl[pos] | (grpprl[pos + 1] << 8)
        pos += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == SPRM_TDEF_TABLE:
                if pos + 2 > n:
                    return
                size = (grpprl[pos] | (grpprl[pos + 1] << 8)) - 1
                pos += 2
            elif sprm == SPRM_PCHG_TABS and pos < n and grpprl[pos] == 255:
                # [MS-DOC] 2.6.2 sprmPChgTabs: PChgTabsOperand with cb 255 (rare); skip the rest
                return
            else:
                if pos >= n:
                    return
                size = grpprl[pos]
                pos += 1
        else:
            size = _SPRA_SIZE[spra]
        if size < 0:
            return
        yield sprm, grpprl[pos:pos + size]
        pos += size


@dataclass
class ParaProps:
    """The paragraph properties a text reader needs."""

    istd: int = 0
    in_table: bool = False
    ttp: bool = False
    itap: int = 0
    inner_cell: bool = False
    inner_ttp: bool = False
    ilvl: int | None = None
    ilfo: int | None = None
    anm: int = 0  # Word 6/95 autonumber level (sprmPNLvlAnm)
    anld: bytes | None = None  # Word 6/95 autonumber record (sprmPAnld)

    @property
    def depth(self) -> int:
        if self.itap:
            return self.itap
        return 1 if self.in_table else 0


def para_props(data: bytes, word6: bool = False) -> ParaProps:
    """GrpPrlAndIstd ([MS-DOC] 2.9.112): istd then sprms."""
    pp = ParaProps()
    if word6:
        if not data:
            return pp
        pp.istd = data[0]
        grpprl = data[1:]
        for op, arg in iter_sprms(grpprl, True):
            if op == W6_PF_IN_TABLE and arg:
                pp.in_table = bool(arg[0])
            elif op == W6_PF_TTP and arg:
                pp.ttp = bool(arg[0])
            elif op == W6_P_NLVL_ANM and arg:
                pp.anm = arg[0]
            elif op == W6_P_ANLD and arg:
                pp.anld = bytes(arg)
        return pp
    if len(data) < 2:
        return pp
    pp.istd = data[0] | (data[1] << 8)
    apply_para_sprms(pp, data[2:])
    return pp


def apply_para_sprms(pp: ParaProps, grpprl: bytes) -> None:
    for sprm, arg in iter_sprms(grpprl):
        if sprm == SPRM_PF_IN_TABLE and arg:
            pp.in_table = bool(arg[0])
        elif sprm == SPRM_PF_TTP and arg:
            pp.ttp = bool(arg[0])
        elif sprm == SPRM_PITAP and len(arg) == 4:
            pp.itap = max(0, min(64, struct.unpack("<i", arg)[0]))
        elif sprm == SPRM_PDTAP and len(arg) == 4:
            pp.itap = max(0, min(64, pp.depth + struct.unpack("<i", arg)[0]))
        elif sprm == SPRM_PF_INNER_CELL and arg:
            pp.inner_cell = bool(arg[0])
        elif sprm == SPRM_PF_INNER_TTP and arg:
            pp.inner_ttp = bool(arg[0])
        elif sprm == SPRM_PISTD and len(arg) == 2:
            pp.istd = arg[0] | (arg[1] << 8)
        elif sprm == SPRM_PILVL and arg:
            pp.ilvl = arg[0]
        elif sprm == SPRM_PILFO and len(arg) == 2:
            pp.ilfo = struct.unpack("<h", arg)[0]


@dataclass
class CharFlags:
    """Character properties that change the text: deleted, all caps, hidden, special."""

    deleted: int | None = None
    caps: int | None = None
    vanish: int | None = None
    spec: int | None = None
    istd: int | None = None
    ftc: int | None = None

    def any(self) -> bool:
        return (self.deleted is not None or self.caps is not None or self.istd is not None
                or self.ftc is not None)


def char_flags(grpprl: bytes, word6: bool = False) -> CharFlags:
    cf = CharFlags()
    if word6:
        for op, arg in iter_sprms(grpprl, True):
            if not arg:
                continue
            if op == W6_CF_RMARK_DEL:
                cf.deleted = arg[0]
            elif op == W6_CF_CAPS:
                cf.caps = arg[0]
            elif op == W6_CF_FTC and len(arg) == 2:
                cf.ftc = arg[0] | (arg[1] << 8)
        return cf
    for sprm, arg in iter_sprms(grpprl):
        if not arg:
            continue
        if sprm == SPRM_CF_RMARK_DEL:
            cf.deleted = arg[0]
        elif sprm == SPRM_CF_CAPS:
            cf.caps = arg[0]
        elif sprm == SPRM_CF_VANISH:
            cf.vanish = arg[0]
        elif sprm == SPRM_CISTD and len(arg) == 2:
            cf.istd = arg[0] | (arg[1] << 8)
    return cf


def _bte_pns(table: bytes, fc: int, lcb: int, word6: bool) -> list[int]:
    """[MS-DOC] 2.8.6 PlcBteChpx / 2.8.7 PlcBtePapx: FKP page numbers (PnFkpChpx/PnFkpPapx)."""
    if lcb <= 4 or fc + lcb > len(table):
        return []
    width = 2 if word6 else 4
    n = (lcb - 4) // (4 + width)
    if n <= 0 or n > 1_000_000:
        return []
    base = fc + 4 * (n + 1)
    if word6:
        return list(struct.unpack_from(f"<{n}H", table, base))
    return [v & 0x3FFFFF for v in struct.unpack_from(f"<{n}I", table, base)]


class PapxRuns:
    """Paragraph properties by FC: every run of every PapxFkp (2.9.175), looked up by bisection."""

    def __init__(self, wd: bytes, table: bytes, fc: int, lcb: int, word6: bool = False):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.data: list[bytes] = []
        self.word6 = word6
        self._cache: dict[int, ParaProps] = {}
        runs = []
        for pn in _bte_pns(table, fc, lcb, word6):
            page = wd[pn * 512:pn * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            if crun == 0 or crun > 0x1D or 4 * (crun + 1) + crun * (7 if word6 else 13) > 511:
                continue
            rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
            bx_size = 7 if word6 else 13  # BxPap: bOffset + PHE (6 bytes in Word 6, 12 after)
            for i in range(crun):
                boff = page[4 * (crun + 1) + i * bx_size] * 2
                data = b""
                if boff:
                    cb = page[boff]
                    if word6:
                        data = page[boff + 1:boff + 1 + 2 * cb]
                    elif cb == 0:
                        cb2 = page[boff + 1] if boff + 1 < 511 else 0
                        data = page[boff + 2:boff + 2 + 2 * cb2]
                    else:
                        data = page[boff + 1:boff + 2 * cb]
                runs.append((rgfc[i], rgfc[i + 1], data))
        runs.sort(key=lambda r: r[0])
        for s, e, d in runs:
            self.starts.append(s)
            self.ends.append(e)
            self.data.append(d)

    def at(self, fc: int | None) -> ParaProps:
        if fc is None or not self.starts:
            return ParaProps()
        i = bisect_right(self.starts, fc) - 1
        if i < 0 or fc >= self.ends[i]:
            return ParaProps()
        pp = self._cache.get(i)
        if pp is None:
            pp = para_props(self.data[i], self.word6)
            self._cache[i] = pp
        return ParaProps(**pp.__dict__)


def chpx_runs(wd: bytes, table: bytes, fc: int, lcb: int, word6: bool = False) -> list[tuple[int, int, CharFlags]]:
    """Character runs (fc start, fc end, flags) from every ChpxFkp ([MS-DOC] 2.9.34) that matter."""
    out = []
    for pn in _bte_pns(table, fc, lcb, word6):
        page = wd[pn * 512:pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        if crun == 0 or crun > 0x65 or 5 * crun + 4 > 511:
            continue
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            off = page[4 * (crun + 1) + i] * 2
            if not off:
                continue
            cb = page[off]
            cf = char_flags(page[off + 1:off + 1 + cb], word6)
            if cf.any():
                out.append((rgfc[i], rgfc[i + 1], cf))
    out.sort(key=lambda r: r[0])
    return out
