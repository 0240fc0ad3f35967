"""RTF reader: a small tokenizer for the RTF 1.9.1 syntax, in the code pages the file declares.

Groups are followed with a stack; destinations that are not text (font, colour and style tables,
pictures, field instructions, binary data, unknown ``\\*`` destinations) are skipped; headers,
footers, footnotes and annotations become their own stories; ``\\info`` gives the metadata.
Paragraphs end at ``\\par``; table cells (``\\cell``) are joined by tabs and rows end at ``\\row``.
"""

from __future__ import annotations

import re

from reportgen.errors import InputError
from reportgen.model import Document, DocumentMetadata, DocumentParagraph

MAX_DEPTH = 1000

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with an optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # hex-escaped byte
    rb"|\\([^a-zA-Z])"  # control symbol
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # plain text
    rb"|[\r\n]+",
)

_IGNORABLE = re.compile(rb"\\\*\s*\\([a-zA-Z]+)")

# destinations whose content is not document text
_SKIP = {
    b"fonttbl", b"colortbl", b"stylesheet", b"listtable", b"listoverridetable", b"revtbl", b"rsidtbl",
    b"pict", b"fldinst", b"datafield", b"themedata", b"colorschememapping", b"latentstyles",
    b"generator", b"xmlnstbl", b"objdata", b"objclass", b"objname", b"bkmkstart", b"bkmkend",
    b"mmathPr", b"datastore", b"filetbl", b"pgdsctbl", b"defchp", b"defpap", b"template",
    b"operator", b"printim", b"buptim", b"password", b"passwordhash", b"protusertbl", b"docvar",
    b"wgrffmtfilter", b"falt", b"panose", b"fname", b"ftnsep", b"ftnsepc", b"ftncn", b"aftnsep",
    b"aftnsepc", b"aftncn", b"atnid", b"atnauthor", b"atnicn", b"atndate", b"atnref", b"atnparent",
    b"pn", b"shpinst", b"nonshppict", b"blipuid", b"sp", b"userprops", b"xform", b"listpicture",
}
_STORIES = {
    b"header": "headers", b"headerl": "headers", b"headerr": "headers", b"headerf": "headers",
    b"footer": "footers", b"footerl": "footers", b"footerr": "footers", b"footerf": "footers",
    b"annotation": "comments",
}
_INFO = {b"title": "title", b"author": "author", b"subject": "subject", b"keywords": "keywords"}
_SYMBOLS = {
    b"emdash": "\u2014", b"endash": "\u2013", b"bullet": "\u2022", b"lquote": "\u2018",
    b"rquote": "\u2019", b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"tab": "\t",
    b"emspace": "\u2003", b"enspace": "\u2002", b"qmspace": "\u2005", b"zwj": "\u200d",
    b"zwnj": "\u200c", b"ltrmark": "", b"rtlmark": "",
}
_CHARSET_CP = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "cp936", 136: "cp950", 161: "cp1253",
               162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
               204: "cp1251", 222: "cp874", 238: "cp1250"}


class _State:
    __slots__ = ("dest", "font", "uc")

    def __init__(self, dest: str, uc: int, font: int | None):
        self.dest = dest  # "body", a story name, "skip", "info:<field>", "fonttbl", "field"
        self.uc = uc
        self.font = font


def read_rtf(data: bytes) -> Document:
    """The body one paragraph a line, plus headers, footers, footnotes, comments and metadata."""
    try:
        return _parse(data)
    except RecursionError:
        raise InputError("damaged RTF document (nesting too deep)") from None


def _codec(name: str) -> str:
    try:
        "".encode(name)
        return name
    except LookupError:
        return "cp1252"


def _parse(data: bytes) -> Document:
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    default_cp = _codec(f"cp{int(m.group(1))}") if m else "cp1252"
    font_cp: dict[int, str] = {}
    out: dict[str, list[str]] = {"body": []}
    info: dict[str, list[str]] = {}
    story_items: dict[str, list[str]] = {"headers": [], "footers": [], "footnotes": [], "comments": []}
    stack: list[_State] = []
    st = _State("body", 1, None)
    skip_chars = 0
    pending: list[bytes] = []  # bytes of \'hh escapes waiting to be decoded together
    font_def: int | None = None
    pos = 0
    n = len(data)

    def cur_cp() -> str:
        if st.font is not None and st.font in font_cp:
            return font_cp[st.font]
        return default_cp

    def emit(text: str) -> None:
        d = st.dest
        if d == "skip" or d == "fonttbl":
            return
        if d.startswith("info:"):
            info.setdefault(d[5:], []).append(text)
            return
        out.setdefault(d, []).append(text)

    def flush_hex() -> None:
        if pending:
            raw = b"".join(pending)
            pending.clear()
            emit(raw.decode(cur_cp(), errors="replace"))

    while pos < n:
        mt = _TOKEN.match(data, pos)
        if mt is None:  # a lone backslash at the end or similar garbage: skip one byte
            pos += 1
            continue
        pos = mt.end()
        word, param, hexb, sym, brace, text = mt.groups()
        if word is None and hexb is None and sym is None and brace is None and text is None:
            continue  # line ends are not text in RTF
        if hexb is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            pending.append(bytes([int(hexb, 16)]))
            continue
        flush_hex()
        if text is not None:
            if skip_chars:
                cut = min(skip_chars, len(text))
                skip_chars -= cut
                text = text[cut:]
                if not text:
                    continue
            emit(text.decode(cur_cp(), errors="replace"))
            continue
        if brace is not None:
            skip_chars = 0
            if brace == b"{":
                if len(stack) >= MAX_DEPTH:
                    raise InputError("damaged RTF document (groups nested too deep)")
                stack.append(st)
                st = _State(st.dest, st.uc, st.font)
                if data.startswith(b"\\*", pos):
                    # an ignorable destination: skipped unless we know it
                    mt2 = _IGNORABLE.match(data, pos)
                    name = mt2.group(1) if mt2 else b""
                    if name not in _STORIES and name not in (b"fldrslt",) and name not in _INFO:
                        st.dest = "skip"
            else:
                closing = st
                if not stack:
                    break  # the closing brace of the document
                st = stack.pop()
                if closing.dest in ("headers", "footers", "footnotes", "comments") and closing.dest != st.dest:
                    text = _paragraphs("".join(out.pop(closing.dest, [])))
                    if text:
                        story_items[closing.dest].append("\n".join(text))
            continue
        if sym is not None:
            if sym == b"~":
                emit("\u00a0")
            elif sym == b"_":
                emit("\u2011")
            elif sym in (b"\\", b"{", b"}"):
                emit(sym.decode())
            elif sym in (b"\n", b"\r"):
                emit("\n")
            # \- (optional hyphen), \* (handled at the brace), \: and others: nothing
            continue
        # a control word
        if skip_chars and word != b"bin":
            skip_chars -= 1
            continue
        if word == b"bin":
            pos = min(n, pos + max(0, int(param or 0)))
            continue
        if st.dest == "skip":
            continue
        if word in (b"par", b"sect", b"line", b"row"):
            emit("\n")
        elif word == b"cell" or word == b"nestcell":
            emit("\t")
        elif word == b"page":
            emit("\n")
        elif word == b"u" and param is not None:
            code = int(param)
            if code < 0:
                code += 65536
            emit(chr(code) if 0 <= code < 0xD800 or 0xDFFF < code <= 0x10FFFF else "\ufffd")
            skip_chars = st.uc
        elif word == b"uc" and param is not None:
            st.uc = max(0, int(param))
        elif word == b"f" and param is not None:
            if st.dest == "fonttbl":
                font_def = int(param)
            else:
                st.font = int(param)
        elif word == b"fcharset" and param is not None and st.dest == "fonttbl" and font_def is not None:
            cp = _CHARSET_CP.get(int(param))
            if cp:
                font_cp[font_def] = _codec(cp)
        elif word in _SYMBOLS:
            emit(_SYMBOLS[word])
        elif word == b"fonttbl":
            st.dest = "fonttbl"
        elif word in _SKIP:
            st.dest = "skip"
        elif word in _STORIES:
            st.dest = _STORIES[word]
        elif word == b"footnote":
            st.dest = "footnotes"
        elif word == b"info":
            st.dest = "skip_info"
        elif word in _INFO and st.dest == "skip_info":
            st.dest = "info:" + _INFO[word]
        elif st.dest == "skip_info":
            st.dest = "skip"
    flush_hex()
    lines = _paragraphs("".join(out.get("body", [])))
    doc = Document(format="rtf")
    doc.body = "\n".join(lines)
    doc.paragraphs = [DocumentParagraph(text=ln) for ln in lines]
    doc.headers = _dedupe(story_items["headers"])
    doc.footers = _dedupe(story_items["footers"])
    doc.footnotes = story_items["footnotes"]
    doc.comments = story_items["comments"]
    doc.comment_authors = [""] * len(doc.comments)
    meta = {k: " ".join("".join(v).split()) or None for k, v in info.items()}
    doc.metadata = DocumentMetadata(**meta)
    return doc


def _paragraphs(text: str) -> list[str]:
    lines = (ln.strip() for ln in text.split("\n"))
    return [ln for ln in lines if ln.strip("\t ")]


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for t in items:
        if t and t not in out:
            out.append(t)
    return out
