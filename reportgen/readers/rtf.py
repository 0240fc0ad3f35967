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


# the control words that do something here (every other one is passed over, except in {\\info})
_CONTROL_WORDS = {b"par", b"sect", b"line", b"row", b"page", b"cell", b"nestcell", b"u", b"uc", b"f", b"fcharset",
                  b"fonttbl", b"footnote", b"info", *_SYMBOLS, *_SKIP, *_STORIES, *_INFO}


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
    return _Parser(data).document()


class _Parser:
    """One pass over the RTF tokens: groups and their destinations, control words, text in the
    code page of its font, \\'hh escapes decoded together, \\uN with its fallback characters skipped."""

    def __init__(self, data: bytes):
        self.data = data
        m = re.search(rb"\\ansicpg(\d+)", data[:4096])
        self.default_cp = _codec(f"cp{int(m.group(1))}") if m else "cp1252"
        self.font_cp: dict[int, str] = {}
        self.out: dict[str, list[str]] = {"body": []}
        self.info: dict[str, list[str]] = {}
        self.story_items: dict[str, list[str]] = {"headers": [], "footers": [], "footnotes": [], "comments": []}
        self.stack: list[_State] = []
        self.st = _State("body", 1, None)
        self.skip_chars = 0
        self.pending: list[bytes] = []  # bytes of \\'hh escapes waiting to be decoded together
        self.font_def: int | None = None

    def cur_cp(self) -> str:
        st = self.st
        if st.font is not None and st.font in self.font_cp:
            return self.font_cp[st.font]
        return self.default_cp

    def emit(self, text: str) -> None:
        d = self.st.dest
        if d == "skip" or d == "fonttbl":
            return
        if d.startswith("info:"):
            self.info.setdefault(d[5:], []).append(text)
            return
        self.out.setdefault(d, []).append(text)

    def flush_hex(self) -> None:
        if self.pending:
            raw = b"".join(self.pending)
            self.pending.clear()
            self.emit(raw.decode(self.cur_cp(), errors="replace"))

    def document(self) -> Document:
        self._tokens()
        self.flush_hex()
        lines = _paragraphs("".join(self.out.get("body", [])))
        doc = Document(format="rtf")
        doc.body = "\n".join(lines)
        doc.paragraphs = [DocumentParagraph(text=ln) for ln in lines]
        doc.headers = _dedupe(self.story_items["headers"])
        doc.footers = _dedupe(self.story_items["footers"])
        doc.footnotes = self.story_items["footnotes"]
        doc.comments = self.story_items["comments"]
        doc.comment_authors = [""] * len(doc.comments)
        meta = {k: " ".join("".join(v).split()) or None for k, v in self.info.items()}
        doc.metadata = DocumentMetadata(**meta)
        return doc

    def _tokens(self) -> None:
        data, n, match, pending = self.data, len(self.data), _TOKEN.match, self.pending
        pos = 0
        while pos < n:
            mt = match(data, pos)
            if mt is None:  # a lone backslash at the end or similar garbage: skip one byte
                pos += 1
                continue
            pos = mt.end()
            word, param, hexb, sym, brace, text = mt.groups()
            if hexb is not None:
                if self.skip_chars:
                    self.skip_chars -= 1
                else:
                    pending.append(bytes([int(hexb, 16)]))
                continue
            if word is None and sym is None and brace is None and text is None:
                continue  # line ends are not text in RTF
            if pending:
                self.flush_hex()
            if text is not None:
                self._text(text)
            elif word == b"bin":  # binary data follows: its length is the parameter
                pos = min(n, pos + max(0, int(param or 0)))
            elif word is not None:
                dest = self.st.dest
                if not self.skip_chars and (dest == "skip" or (word not in _CONTROL_WORDS and dest != "skip_info")):
                    continue  # most control words are in skipped groups (font tables, styles, pictures) or mean nothing here
                self._control_word(word, param)
            elif brace == b"{":
                self._open_group(pos)
            elif brace is not None:
                if not self.stack:
                    break  # the closing brace of the document
                self._close_group()
            else:
                self._symbol(sym)

    def _text(self, text: bytes) -> None:
        if self.skip_chars:
            cut = min(self.skip_chars, len(text))
            self.skip_chars -= cut
            text = text[cut:]
            if not text:
                return
        self.emit(text.decode(self.cur_cp(), errors="replace"))

    def _open_group(self, pos: int) -> None:
        """A group opens (the next token at `pos`): it inherits its parent's destination and font."""
        self.skip_chars = 0
        if len(self.stack) >= MAX_DEPTH:
            raise InputError("damaged RTF document (groups nested too deep)")
        st = self.st
        self.stack.append(st)
        st = self.st = _State(st.dest, st.uc, st.font)
        if self.data.startswith(b"\\*", pos):
            # an ignorable destination: skipped unless we know it
            mt2 = _IGNORABLE.match(self.data, pos)
            name = mt2.group(1) if mt2 else b""
            if name not in _STORIES and name not in (b"fldrslt",) and name not in _INFO:
                st.dest = "skip"

    def _close_group(self) -> None:
        """A group closes: a header, footer, note or comment ends as one item of its story."""
        self.skip_chars = 0
        closing = self.st
        st = self.st = self.stack.pop()
        if closing.dest in ("headers", "footers", "footnotes", "comments") and closing.dest != st.dest:
            text = _paragraphs("".join(self.out.pop(closing.dest, [])))
            if text:
                self.story_items[closing.dest].append("\n".join(text))

    def _symbol(self, sym: bytes) -> None:
        if sym == b"~":
            self.emit("\u00a0")
        elif sym == b"_":
            self.emit("\u2011")
        elif sym in (b"\\", b"{", b"}"):
            self.emit(sym.decode())
        elif sym in (b"\n", b"\r"):
            self.emit("\n")
        # \\- (optional hyphen), \\* (handled at the brace), \\: and others: nothing

    def _control_word(self, word: bytes, param: bytes | None) -> None:
        if self.skip_chars:
            self.skip_chars -= 1
            return
        st = self.st
        if st.dest == "skip":
            return
        if word in (b"par", b"sect", b"line", b"row", b"page"):
            self.emit("\n")
        elif word == b"cell" or word == b"nestcell":
            self.emit("\t")
        elif word == b"u" and param is not None:
            code = int(param)
            if code < 0:
                code += 65536
            self.emit(chr(code) if 0 <= code < 0xD800 or 0xDFFF < code <= 0x10FFFF else "\ufffd")
            self.skip_chars = st.uc
        elif word == b"uc" and param is not None:
            st.uc = max(0, int(param))
        elif word == b"f" and param is not None:
            if st.dest == "fonttbl":
                self.font_def = int(param)
            else:
                st.font = int(param)
        elif word == b"fcharset" and param is not None and st.dest == "fonttbl" and self.font_def is not None:
            cp = _CHARSET_CP.get(int(param))
            if cp:
                self.font_cp[self.font_def] = _codec(cp)
        elif word in _SYMBOLS:
            self.emit(_SYMBOLS[word])
        else:
            self._destination(word)

    def _destination(self, word: bytes) -> None:
        """A control word that names where the group's text goes."""
        st = self.st
        if word == b"fonttbl":
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


def _paragraphs(text: str) -> list[str]:
    lines = (ln.strip() for ln in text.split("\n"))
    return [ln for ln in lines if ln.strip("\t ")]


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for t in items:
        if t and t not in out:
            out.append(t)
    return out
