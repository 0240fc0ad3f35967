"""The .doc reader: compound file < FIB and piece table < styles, properties < stories < Document."""

from __future__ import annotations

import re
import struct
from bisect import bisect_right

from reportgen.errors import EncryptedError, InputError
from reportgen.model import Document, DocumentLink, DocumentMetadata, DocumentParagraph

from .cfb import OLE_MAGIC, CompoundFile
from .fib import STORY_ORDER, Fib, parse_fib
from .lists import Lists, Word6Numbering
from .numerals import roman
from .pieces import Piece, Text, parse_clx
from .props import PapxRuns, ParaProps, chpx_runs
from .protection import check_irm, decrypt, encryption_name
from .stories import StoryResult, assemble, split_paragraphs
from .styles import StyleSheet, parse_stsh
from .summary import parse_summary
from .word2 import read_word2

# Language id -> Windows code page for 8-bit (Word 6/95) text.
LID_CODEPAGE = {}
for _cp, _lids in {
    "cp1250": (0x405, 0x415, 0x40E, 0x41A, 0x41B, 0x424, 0x418, 0x41C, 0x81A),
    "cp1251": (0x419, 0x422, 0x423, 0x402, 0x42F, 0xC1A, 0x43F, 0x444),
    "cp1253": (0x408,), "cp1254": (0x41F, 0x42C), "cp1255": (0x40D,),
    "cp1256": (0x401, 0x429, 0x420, 0x801, 0xC01), "cp1257": (0x425, 0x426, 0x427),
    "cp1258": (0x42A,), "cp874": (0x41E,), "cp932": (0x411,), "cp936": (0x804, 0x1004),
    "cp949": (0x412,), "cp950": (0x404, 0xC04, 0x1404),
}.items():
    for _lid in _lids:
        LID_CODEPAGE[_lid] = _cp

# Font charset ([MS-DOC] 2.9.84 FFN.chs) -> code page.
CHARSET_CODEPAGE = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "cp936", 136: "cp950",
                    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
                    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}

MAX_CHARS = 50_000_000


def read_msdoc(data: bytes, password: str | None = None, _depth: int = 0) -> Document:
    """Read a Word 2, 6/95 or 97-2003 binary document; only InputError/EncryptedError escape."""
    if data[:2] == b"\xdb\xa5":
        return read_word2(data)
    if not data.startswith(OLE_MAGIC):
        raise InputError("not a Word document (no OLE2 signature)")
    cf = CompoundFile(data)
    try:
        if cf.exists("EncryptedPackage") and cf.exists("EncryptionInfo") and password is not None \
                and not cf.exists("\x06DataSpaces/TransformInfo/\tDRMTransform/\x06Primary"):
            # [MS-OFFCRYPTO] 2.3.4: an encrypted Office Open XML file inside a compound file
            from ..docx import read_docx

            doc = read_docx(decrypt(data, password, "Office Open XML encryption"))
            doc.warnings.append("decrypted (Office Open XML encryption)")
            return doc
        check_irm(cf)
        doc = _read_storage(cf, "", data, password, _depth)
        if _depth == 0:
            _append_embedded(cf, doc)
        if cf.truncated:
            if not _has_text(doc):
                raise InputError("damaged Word document (the file is truncated and no text could be read)")
            doc.warnings.append("the file is truncated (its last sector is incomplete); some content may be missing")
        return doc
    finally:
        cf.close()


def _read_storage(cf: CompoundFile, prefix: str, data: bytes, password: str | None, _depth: int) -> Document:
    """One Word document inside the compound file: the root one or one embedded under ObjectPool."""
    if not cf.exists(prefix + "WordDocument"):
        raise InputError("not a Word document (no WordDocument stream)")
    wd = cf.read(prefix + "WordDocument")
    fib = parse_fib(wd)
    table = None
    if not fib.word6 and cf.exists(prefix + fib.which_table):
        table = cf.read(prefix + fib.which_table)
    if fib.encrypted:
        scheme = encryption_name(fib, table)
        if prefix:
            raise EncryptedError(f"embedded document encrypted with {scheme}")
        if password is None:
            raise EncryptedError(f"encrypted with {scheme} (a password is needed)")
        if _depth or scheme in ("XOR obfuscation", "unknown encryption"):
            raise EncryptedError(f"encrypted with {scheme}, which cannot be decrypted here")
        plain = decrypt(data, password, scheme)
        doc = read_msdoc(plain, None, _depth + 1)
        doc.warnings.append(f"decrypted ({scheme})")
        return doc
    if fib.word6:
        table = wd
    elif table is None:
        raise InputError(f"damaged Word document (the {fib.which_table} stream is missing)")
    doc = _read(wd, table, fib)
    if cf.exists(prefix + "\x05SummaryInformation"):
        try:
            meta = parse_summary(cf.read(prefix + "\x05SummaryInformation"))
        except InputError:
            meta = {}
            doc.warnings.append("SummaryInformation is damaged")
        doc.metadata = DocumentMetadata(**meta)
    return doc


def _has_text(doc: Document) -> bool:
    return any(s.strip() for s in [doc.body, *doc.headers, *doc.footers, *doc.footnotes, *doc.endnotes,
                                   *doc.comments, *doc.textboxes])


def _append_embedded(cf: CompoundFile, doc: Document) -> None:
    """Word documents embedded as OLE objects (ObjectPool/_N/WordDocument): their body text follows."""
    subs = sorted(n[: -len("WordDocument")] for n in cf.names
                  if n.startswith("ObjectPool/") and n.count("/") == 2 and n.endswith("/WordDocument"))
    added = 0
    for prefix in subs[:100]:
        try:
            sub = _read_storage(cf, prefix, b"", None, 1)
        except InputError as exc:
            doc.warnings.append(f"embedded document {prefix.split('/')[1]} skipped: {exc}")
            continue
        if sub.body.strip():
            doc.body = (doc.body + "\n" + sub.body) if doc.body else sub.body
            doc.paragraphs.extend(sub.paragraphs)
            doc.tables.extend(sub.tables)
            doc.links.extend(sub.links)
            added += 1
    if added:
        doc.warnings.append(f"text of {added} embedded Word document(s) appended to the body")


def _codepage(fib: Fib, wd: bytes) -> tuple[str, dict[int, str]]:
    """Word 6/95 text is 8-bit: the code page from the language id, else from the font table."""
    fonts = _font_codepages(wd, *fib.get("SttbfFfn"))
    cp = LID_CODEPAGE.get(fib.lid)
    if cp is None:
        cp = fonts.get(0, "cp1252")
        if fib.wident == 0xA699 and cp == "cp1252":
            cp = next((c for c in fonts.values() if c in ("cp950", "cp936", "cp932", "cp949")), cp)
    return cp, fonts


_FE_ODD_UNIT = re.compile("[\u0100-\u4dff]")
# high bytes of code units that are real text in Far East documents (Latin extended, Greek,
# Cyrillic, general punctuation, box drawing, CJK symbols and kana): never reinterpreted
_FE_REAL_HIGH = {0x01, 0x02, 0x03, 0x04, 0x1E, 0x20, 0x25, 0x30, 0x31}


def _far_east_units(text: str) -> str:
    """Far East Word 6/95 (wIdent 0xA699) 16-bit text sometimes carries a stray high byte on an
    8-bit character: Word shows the unit 0x350D as a paragraph mark (POI test51944 reports the
    same) and 0x1092 as the cp1252 quote 0x92. Only units outside the scripts such documents use
    are read as their low byte: a paragraph or cell mark (0x0D, 0x07) under a high byte below the
    CJK ideographs, or a cp1252 byte 0x80-0x9F under a high byte 0x05-0x1F. One character per unit."""

    def fix(m: re.Match) -> str:
        u = ord(m.group())
        lo, hi = u & 0xFF, u >> 8
        if hi in _FE_REAL_HIGH:
            return m.group()
        if lo in (0x0D, 0x07):
            return chr(lo)
        if 0x05 <= hi < 0x20 and 0x80 <= lo < 0xA0:
            return bytes([lo]).decode("cp1252", errors="replace")
        return m.group()

    return _FE_ODD_UNIT.sub(fix, text)


def _font_codepages(wd: bytes, fc: int, lcb: int) -> dict[int, str]:
    """Word 6 SttbfFfn: total size, then FFNs (cbFfnM1, flags, wWeight, chs, ...)."""
    out = {}
    if lcb < 2 or fc + lcb > len(wd):
        return out
    buf = wd[fc:fc + lcb]
    pos, idx = 2, 0
    while pos + 5 < len(buf) and idx < 1000:
        cb = buf[pos] + 1
        cp = CHARSET_CODEPAGE.get(buf[pos + 4])
        if cp:
            out[idx] = cp
        pos += cb
        idx += 1
    return out


def _read(wd: bytes, table: bytes, fib: Fib) -> Document:
    total = sum(fib.ccp.values())
    if total > MAX_CHARS or total > len(wd):  # every character takes at least a byte of the stream
        raise InputError("damaged Word document (absurd character count)")
    text, prcs, codepage, fonts = _text(wd, table, fib, total)
    styles = parse_stsh(table, *fib.get("Stshf"), word6=fib.word6,
                        codepage=codepage if codepage != "compressed" else "cp1252")
    full = _apply_char_runs(text, wd, table, fib, styles, prcs, fonts, codepage)
    stories = _Stories(wd, table, fib, text, full, styles, codepage)
    body = stories.story(0, fib.ccp["text"])
    doc = Document(format="doc")
    doc.body = "\n".join(t for t, _ in body.lines)
    doc.paragraphs = [DocumentParagraph(text=t, style=s) for t, s in body.lines]
    doc.tables = body.tables
    doc.footnotes = stories.parts("PlcffndTxt", "ftn")
    doc.endnotes = stories.parts("PlcfendTxt", "edn") if not fib.word6 else []
    comment_index: list[int] = []
    doc.comments = stories.parts("PlcfandTxt", "atn", comment_index)
    if doc.comments:
        owners = _comment_owners(table, fib)
        doc.comment_authors = [owners[k] if k < len(owners) else "" for k in comment_index]
    doc.textboxes = stories.parts("PlcftxbxTxt", "txbx") if not fib.word6 else []
    if fib.word6:
        doc.headers, doc.footers = _headers_footers_word6(wd, fib, stories.starts, stories.story)
    else:
        doc.headers, doc.footers = _headers_footers(table, fib, stories.starts, stories.story)
    doc.links = [DocumentLink(text=t, url=u) for t, u in stories.links]
    doc.warnings = list(text.warnings)
    return doc


def _text(wd: bytes, table: bytes, fib: Fib, total: int) -> tuple[Text, list, str, dict[int, str]]:
    """The document's characters through its piece table ([MS-DOC] 2.8.35 Clx), with the
    property modifiers of the pieces, the code page of 8-bit text and, for Word 6/95, the fonts."""
    fc_clx, lcb_clx = fib.get("Clx")
    fonts: dict[int, str] = {}
    if fib.word6:
        codepage, fonts = _codepage(fib, wd)
        # Far East Word 6/95 (wIdent 0xA699) stores its text as UTF-16, other Word 6/95 as 8-bit
        width = 2 if fib.wident == 0xA699 else 1
        if lcb_clx:
            pieces, prcs = parse_clx(wd, fc_clx, lcb_clx, word6=True, word6_width=width)
        else:
            pieces, prcs = [Piece(0, total + 1, fib.fc_min, width)], []
    else:
        codepage = "compressed"
        if not lcb_clx:
            raise InputError("damaged Word document (no piece table)")
        pieces, prcs = parse_clx(table, fc_clx, lcb_clx)
    text = Text(wd, pieces, codepage, limit=total + 1)
    if fib.word6 and fib.wident == 0xA699:
        text.text = _far_east_units(text.text)
    return text, prcs, codepage, fonts


class _Stories:
    """The document's stories (body, notes, comments, text boxes, headers) as paragraphs, with their
    paragraph properties, styles, list labels and the note reference marks of the body."""

    def __init__(self, wd: bytes, table: bytes, fib: Fib, text: Text, full: str, styles: StyleSheet, codepage: str):
        self.table, self.fib, self.text, self.full, self.styles = table, fib, text, full, styles
        self.papx = PapxRuns(wd, table, *fib.get("PlcfBtePapx"), word6=fib.word6)
        self.lists = Lists(table, fib.get("PlfLst"), fib.get("PlfLfo"))
        self.w6_numbers = Word6Numbering(codepage) if fib.word6 else None
        self.links: list = []
        self.marks = _note_marks(table, fib)
        self.starts = {}
        cp = 0
        for name in STORY_ORDER:
            self.starts[name] = cp
            cp += fib.ccp.get(name, 0)

    def props_at(self, cp: int) -> ParaProps:
        return self.papx.at(self.text.fc_of(cp))

    def w6_label(self, pp: ParaProps) -> str:
        return self.w6_numbers.label(pp.anm, pp.anld)

    def label(self, pp: ParaProps) -> str:
        ilfo, ilvl = pp.ilfo, pp.ilvl
        if ilfo is None or ilvl is None:
            s_ilfo, s_ilvl = self.styles.list_of(pp.istd)
            ilfo = s_ilfo if ilfo is None else ilfo
            ilvl = s_ilvl if ilvl is None else ilvl
        return self.lists.label(ilfo, ilvl)

    def story(self, a: int, b: int) -> StoryResult:
        a, b = max(0, a), min(b, len(self.full))
        if b <= a:
            return StoryResult()
        body_story = a == 0
        paras = split_paragraphs(self.full[a:b], a, self.props_at, self.styles.name, self.styles.is_caps, self.links,
                                 (lambda cp: self.marks.get(cp, "")) if body_story else None,
                                 self.w6_label if self.fib.word6 else (self.label if self.lists.lists else None))
        return assemble(paras)

    def parts(self, plc_name: str, story_name: str, indexes: list | None = None) -> list[str]:
        """The non-empty notes of a story; `indexes` gets each one's position in the PLC."""
        base, length = self.starts[story_name], self.fib.ccp.get(story_name, 0)
        if not length:
            return []
        cps = _plc_cps(self.table, *self.fib.get(plc_name), data_size=_PLC_DATA.get(plc_name, 0))
        out = []
        if len(cps) >= 2:
            for k, (x, y) in enumerate(zip(cps, cps[1:])):
                if 0 <= x < y <= length:
                    t = self.story(base + x, base + y).text.strip()
                    if t:
                        out.append(t)
                        if indexes is not None:
                            indexes.append(k)
            return out
        t = self.story(base, base + length).text.strip()
        if t and indexes is not None:
            indexes.append(0)
        return [t] if t else []


def _note_marks(table: bytes, fib: Fib) -> dict[int, str]:
    """The marks of the footnote (1, 2 ...) and endnote (i, ii ...) references in the body, by position."""
    marks: dict[int, str] = {}
    for plc, fmt in (("PlcffndRef", str), ("PlcfendRef", roman)):
        if fib.word6 and plc == "PlcfendRef":
            continue
        ref_cps = _plc_cps(table, *fib.get(plc), data_size=2)[:-1]
        for k, ref_cp in enumerate(ref_cps[:100_000]):
            marks[ref_cp] = fmt(k + 1)
    return marks


_PLC_DATA = {"PlcftxbxTxt": 22}


def _comment_owners(table: bytes, fib: Fib) -> list[str]:
    """Author of each comment: [MS-DOC] 2.9.12 ATRDPre10 (30 bytes, ibst at offset 20) in
    PlcfandRef indexes GrpXstAtnOwners (2.9.117: Xst strings, a 16-bit count then UTF-16).
    Word 6/95 (2.9.11 ATRD of 28 bytes with an 8-bit Pascal initials field) has no owner table
    in this layout; its comments get no author."""
    if fib.word6:
        return []
    fc, lcb = fib.get("GrpXstAtnOwners")
    names: list[str] = []
    if lcb > 0 and fc + lcb <= len(table):
        pos, end = fc, fc + lcb
        while pos + 2 <= end and len(names) < 10_000:
            cch = struct.unpack_from("<H", table, pos)[0]
            if pos + 2 + 2 * cch > end:
                break
            names.append(table[pos + 2:pos + 2 + 2 * cch].decode("utf-16-le", errors="replace"))
            pos += 2 + 2 * cch
    fc, lcb = fib.get("PlcfandRef")
    if lcb < 4 or fc + lcb > len(table):
        return []
    n = (lcb - 4) // 34
    base = fc + 4 * (n + 1)
    out = []
    for i in range(min(n, 100_000)):
        ibst = struct.unpack_from("<h", table, base + 30 * i + 20)[0]
        out.append(names[ibst] if 0 <= ibst < len(names) else "")
    return out


def _plc_cps(table: bytes, fc: int, lcb: int, data_size: int = 0) -> list[int]:
    """[MS-DOC] 2.2.2 PLC: n+1 CPs then n data elements of a fixed size."""
    if lcb < 4 or fc + lcb > len(table):
        return []
    n = (lcb - 4) // (4 + data_size)
    if n > 1_000_000:
        return []
    return list(struct.unpack_from(f"<{n + 1}i", table, fc))


def _headers_footers(table: bytes, fib: Fib, starts: dict, story) -> tuple[list[str], list[str]]:
    """[MS-DOC] 2.8.20 PlcfHdd: 6 separator stories, then per section even/odd/first headers/footers."""
    length = fib.ccp.get("hdd", 0)
    if not length:
        return [], []
    base = starts["hdd"]
    cps = _plc_cps(table, *fib.get("PlcfHdd"))
    headers: list[str] = []
    footers: list[str] = []
    for i, (x, y) in enumerate(zip(cps, cps[1:])):
        if i < 6 or not (0 <= x < y <= length):
            continue
        t = story(base + x, base + y).text.strip()
        if not t:
            continue
        kind = (i - 6) % 6
        target = footers if kind in (2, 3, 5) else headers
        if t not in target:
            target.append(t)
    return headers, footers


W6_SPRM_SGRPFIHDT = 153  # Word 6 sprmSGrpfIhdt: which header/footer stories a section has


def _headers_footers_word6(wd: bytes, fib: Fib, starts: dict, story) -> tuple[list[str], list[str]]:
    """Word 6/95 PlcfHdd has no separator stories: each section lists only the stories its SEPX
    grpfIhdt flags (even/odd header, even/odd footer, first header, first footer, in that order)."""
    from .props import iter_sprms

    length = fib.ccp.get("hdd", 0)
    if not length:
        return [], []
    cps = _plc_cps(wd, *fib.get("PlcfHdd"))
    kinds: list[bool] = []  # True = footer
    fc, lcb = fib.get("PlcfSed")
    for sed_fc in _plc_data(wd, fc, lcb, 12, "<xxIxxxxxx"):
        flags = 0
        if 0 < sed_fc < len(wd) - 2 and sed_fc != 0xFFFFFFFF:
            cb = struct.unpack_from("<H", wd, sed_fc)[0]
            for op, arg in iter_sprms(wd[sed_fc + 2:sed_fc + 2 + cb], True):
                if op == W6_SPRM_SGRPFIHDT and arg:
                    flags = arg[0]
        for bit in range(6):
            if flags & (1 << bit):
                kinds.append(bit in (2, 3, 5))
    headers: list[str] = []
    footers: list[str] = []
    for i, (x, y) in enumerate(zip(cps, cps[1:])):
        if not (0 <= x < y <= length):
            continue
        t = story(starts["hdd"] + x, starts["hdd"] + y).text.strip()
        if not t:
            continue
        target = footers if (i < len(kinds) and kinds[i]) else headers
        if t not in target:
            target.append(t)
    return headers, footers


def _plc_data(buf: bytes, fc: int, lcb: int, size: int, fmt: str) -> list:
    """The first field of each data element of a PLC ([MS-DOC] 2.2.2)."""
    if lcb < 4 or fc + lcb > len(buf):
        return []
    n = (lcb - 4) // (4 + size)
    base = fc + 4 * (n + 1)
    return [struct.unpack_from(fmt, buf, base + size * i)[0] for i in range(min(n, 10_000))]


def _apply_char_runs(text: Text, wd: bytes, table: bytes, fib: Fib, styles: StyleSheet,
                     prcs: list[bytes], fonts: dict, codepage: str) -> str:
    """The text with tracked deletions as NUL (dropped later), all-caps runs in upper case and
    Word 6 runs in a font of another code page re-decoded."""
    from .pieces import decode_8bit

    edits: list[tuple[int, int, str, object]] = []
    _char_edits(edits, text, wd, table, fib, styles, prcs, fonts, codepage)
    if not edits:
        return text.text
    src = text.text
    n = len(src)
    # only the edited ranges become lists of characters: merge overlapping edits into clusters
    spans = sorted((max(0, a), min(b, n)) for a, b, _, _ in edits if a < min(b, n))
    clusters: list[list[int]] = []
    for a, b in spans:
        if clusters and a <= clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], b)
        else:
            clusters.append([a, b])
    if not clusters:
        return src
    starts = [c[0] for c in clusters]
    buffers = [list(src[a:b]) for a, b in clusters]
    for cp_a, cp_b, action, arg in edits:
        cp_a, cp_b = max(0, cp_a), min(cp_b, n)
        if cp_a >= cp_b:
            continue
        i = bisect_right(starts, cp_a) - 1
        chars, off = buffers[i], clusters[i][0]
        if action == "del":
            for k in range(cp_a - off, cp_b - off):
                chars[k] = "\x00"
        elif action == "recode":
            seg = decode_8bit(wd[arg[0]:arg[1]], arg[2])
            for k, ch in zip(range(cp_a - off, cp_b - off), seg):
                if chars[k] >= " ":
                    chars[k] = ch
        elif action == "caps":
            for k in range(cp_a - off, cp_b - off):
                u = chars[k].upper()
                if len(u) == 1:
                    chars[k] = u
    out, pos = [], 0
    for (a, b), chars in zip(clusters, buffers):
        out.append(src[pos:a])
        out.append("".join(chars))
        pos = b
    out.append(src[pos:])
    return "".join(out)


def _char_edits(edits: list, text: Text, wd: bytes, table: bytes, fib: Fib, styles: StyleSheet,
                prcs: list[bytes], fonts: dict, codepage: str) -> None:
    from .props import char_flags

    runs = chpx_runs(wd, table, *fib.get("PlcfBteChpx"), word6=fib.word6)
    # [MS-DOC] 2.9.232 Prm: a piece's own grpprl (fast-saved files) applies to the whole piece
    for p in text.pieces:
        if p.prm & 1 and not fib.word6:
            idx = p.prm >> 1
            if idx < len(prcs):
                cf = char_flags(prcs[idx])
                if cf.deleted:
                    edits.append((p.cp, p.cp_end, "del", None))
    if not runs:
        return
    by_fc = sorted(text.pieces, key=lambda p: p.fc)
    fcs = [p.fc for p in by_fc]
    for fc_a, fc_b, cf in runs:
        caps = cf.caps
        if caps is None and cf.istd is not None and styles.is_caps(cf.istd):
            caps = 1
        recode = None
        if cf.ftc is not None and fonts.get(cf.ftc) and fonts[cf.ftc] != codepage \
                and codepage not in ("cp932", "cp936", "cp949", "cp950") \
                and fonts[cf.ftc] not in ("cp932", "cp936", "cp949", "cp950"):
            recode = fonts[cf.ftc]
        if not (cf.deleted or caps in (1, 0x81) or recode):
            continue
        for p in by_fc[max(0, bisect_right(fcs, fc_a) - 1):]:
            p_fc_end = p.fc + (p.cp_end - p.cp) * p.width
            if p.fc >= fc_b:
                break
            lo, hi = max(fc_a, p.fc), min(fc_b, p_fc_end)
            if lo >= hi:
                continue
            cp_a = p.cp + (lo - p.fc) // p.width
            cp_b = p.cp + (hi - p.fc + p.width - 1) // p.width
            if cf.deleted:
                edits.append((cp_a, cp_b, "del", None))
            elif recode:
                edits.append((cp_a, cp_b, "recode", (lo, hi, recode)))
            elif caps:
                edits.append((cp_a, cp_b, "caps", None))
