"""Text layer: one story's characters to paragraphs, tables and links ([MS-DOC] 2.4.x, 2.8.25 fields)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .props import ParaProps

# [MS-DOC] 2.4.x special characters; everything below U+0020 but the tab.
_SPECIAL = re.compile(r"[\x00-\x08\x0a-\x1f]")
_HYPERLINK = re.compile(r'HYPERLINK\s+(?:\\[a-z]\s+(?:"[^"]*"\s+)?)*"?([^"\s]+)"?(?:\s+\\l\s+"?([^"\s]+)"?)?',
                        re.IGNORECASE)

_EQ_BASE = re.compile(r",\s*([^,()\\]+?)\s*\)\s*$")

CELL_MARK = "\x07"
PARA_MARK = "\r"


@dataclass
class Para:
    text: str
    style: str | None
    depth: int
    kind: str  # "para", "cell" (ends a cell), "row" (ends a row)


@dataclass
class StoryResult:
    lines: list = field(default_factory=list)  # (text, style)
    tables: list = field(default_factory=list)
    links: list = field(default_factory=list)  # (text, url)

    @property
    def text(self) -> str:
        return "\n".join(t for t, _ in self.lines)


class _Field:
    __slots__ = ("instr", "result", "result_mode")

    def __init__(self):
        self.result_mode = False
        self.instr: list[str] = []
        self.result: list[str] = []


def split_paragraphs(text: str, start_cp: int, props_at: Callable[[int], ParaProps],
                     style_name: Callable[[int], str | None], caps_style: Callable[[int], bool],
                     links: list, note_mark: Callable[[int], str] | None = None,
                     label: Callable[[ParaProps], str] | None = None) -> list[Para]:
    """Walk a story: fields keep their result ([MS-DOC] 2.8.25 PlcFld: 0x13 begin, 0x14 separator,
    0x15 end), specials become text or vanish, paragraph and cell marks end paragraphs."""
    paras: list[Para] = []
    cur: list[str] = []
    fields: list[_Field] = []
    pos = 0

    def sink() -> list[str] | None:
        # The innermost field still in its instruction swallows text; results are visible.
        for f in reversed(fields):
            if not f.result_mode:
                return f.instr
        return None

    def put(s: str) -> None:
        if not fields:
            cur.append(s)
            return
        if not s:
            return
        dest = sink()
        if dest is not None:
            dest.append(s)
            return
        for f in fields:
            f.result.append(s)
        cur.append(s)

    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i > pos:
            put(text[pos:i])
        pos = i + 1
        ch = text[i]
        if ch == "\x13":
            if len(fields) < 64:
                fields.append(_Field())
        elif ch == "\x14":
            if fields:
                fields[-1].result_mode = True
        elif ch == "\x15":
            if fields:
                _close_field(fields.pop(), put, links)
        elif ch in (PARA_MARK, CELL_MARK):
            if sink() is not None:
                continue  # a mark inside a field instruction
            pp = props_at(start_cp + i)
            paras.append(_ended_paragraph(ch, pp, "".join(cur), style_name, caps_style, label))
            cur = []
            for f in fields:
                f.result.append("\n")
        elif ch in "\x0b\x0c\x0e\x0a":  # line break, page/section break, column break
            put("\n")
        elif ch == "\x1e":  # non-breaking hyphen
            put("\u2011")
        elif ch == "\x02" and note_mark is not None:  # auto-numbered note reference
            put(note_mark(start_cp + i))
        # 0x01 picture, 0x08 drawn object, 0x02 note reference, 0x05 comment mark, 0x1f soft
        # hyphen, 0x00 (deleted or padding) and the rest: not shown as text
    if pos < len(text):
        put(text[pos:])
    rest = join_surrogates("".join(cur).replace("\x00", "")).strip()
    if rest:
        paras.append(Para(rest, None, 0, "para"))
    return paras


def _close_field(f: _Field, put: Callable[[str], None], links: list) -> None:
    """A field's end: a field shown by its instruction alone (an EQ field) puts its base text; a
    HYPERLINK field's result is a link."""
    if not f.result_mode:
        base = eq_base_text("".join(f.instr))
        if base:
            put(base)
        return
    instr = "".join(f.instr).strip()
    if instr[:9].upper() == "HYPERLINK":
        hm = _HYPERLINK.match(instr)
        if hm:
            url = hm.group(1) + ("#" + hm.group(2) if hm.group(2) else "")
            links.append(("".join(f.result).strip(), url))


def _ended_paragraph(ch: str, pp: ParaProps, raw: str, style_name: Callable[[int], str | None],
                     caps_style: Callable[[int], bool], label: Callable[[ParaProps], str] | None) -> Para:
    """The paragraph a paragraph or cell mark ends: its text (in capitals for an all-caps style,
    after its list label), its style, its table depth and whether it ends a cell or a row."""
    depth = pp.depth
    if ch == CELL_MARK:
        depth = max(depth, 1)
        kind = "row" if (pp.ttp if depth == 1 else pp.inner_ttp or pp.ttp) else "cell"
    elif depth > 1:
        kind = "row" if pp.inner_ttp else ("cell" if pp.inner_cell else "para")
    else:
        kind = "para"
    para_text = join_surrogates(raw.replace("\x00", ""))
    if caps_style(pp.istd):
        para_text = para_text.upper()
    if label is not None and para_text.strip():
        para_text = label(pp) + para_text.lstrip(" ")
    return Para(para_text.strip(" "), style_name(pp.istd), depth, kind)


_SURROGATE = re.compile("[\ud800-\udfff]")


def join_surrogates(text: str) -> str:
    """Pair UTF-16 surrogate halves into one character ([MS-DOC] text is UTF-16 code units)."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def eq_base_text(instr: str) -> str:
    """An EQ field without a result (e.g. ruby: EQ \\o\\ad(\\s\\up 10(reading),base)): the base text."""
    instr = instr.strip()
    if instr[:2].upper() != "EQ":
        return ""
    m = _EQ_BASE.search(instr)
    return m.group(1) if m else ""


def assemble(paras: list[Para]) -> StoryResult:
    """Paragraphs to lines and tables; [MS-DOC] 2.4.3 tables: cells and rows by depth, nested too."""
    res = StoryResult()
    stack: list[dict] = []  # per depth: rows, row, cell paragraphs, style

    def close_level() -> None:
        lvl = stack.pop()
        if lvl["cell"]:
            lvl["row"].append("\n".join(lvl["cell"]))
        if lvl["row"]:
            lvl["rows"].append(lvl["row"])
        rows = [r for r in lvl["rows"] if any(c.strip() for c in r)]
        if not rows:
            return
        res.tables.insert(min(lvl["index"], len(res.tables)), rows)  # a table before those nested in it
        if stack:
            stack[-1]["cell"].append("\n".join("\t".join(r) for r in rows))
        else:
            for r in rows:
                if len(r) == 1:  # a one-column (layout) table: its paragraphs stay lines
                    res.lines.extend((ln.strip(), lvl["style"]) for ln in r[0].split("\n") if ln.strip())
                    continue
                res.lines.append(("\t".join(c.replace("\n", " ").replace("\t", " ").strip() for c in r),
                                  lvl["style"]))

    for p in paras:
        depth = min(p.depth, 64)
        while len(stack) > depth:
            close_level()
        while len(stack) < depth:
            stack.append({"rows": [], "row": [], "cell": [], "style": p.style, "index": len(res.tables)})
        if depth == 0:
            text = p.text.strip()
            if text:
                res.lines.append((text, p.style))
            continue
        lvl = stack[-1]
        if p.kind == "row":
            if lvl["cell"]:
                lvl["row"].append("\n".join(lvl["cell"]))
                lvl["cell"] = []
            lvl["rows"].append(lvl["row"])
            lvl["row"] = []
            continue
        if p.text.strip() or p.kind == "para":
            if p.text.strip():
                lvl["cell"].append(p.text.strip())
        if p.kind == "cell":
            lvl["row"].append("\n".join(lvl["cell"]))
            lvl["cell"] = []
    while stack:
        close_level()
    return res
