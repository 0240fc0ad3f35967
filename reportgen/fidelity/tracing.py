"""Tracing renders for the fidelity check: every piece of output says which template line printed it.

A second Jinja environment compiles the same templates with a code generator that wraps each
output node, both the template's own text and each `{{ expression }}`, in invisible markers:

    U+E000 "L<file id>:<line>:<C|E>" U+E001  ...the output...  U+E002

(C: constant text, whose own newlines advance the line; E: an expression.) Markers nest: a macro
call's output carries the markers of the macro's lines inside the marker of the call. The filters
`derived` and `note_number` and the global `derived_note` add markers of a kind ("K<kind>") the
same way. Parsing the traced output back (HTML: text outside tags, <style> and <script>; DOCX:
the w:t text of each paragraph outside field results) gives the visible text in pieces, each
with the innermost template file and line and the kinds around it. Release text cannot forge a
marker: the tracing `finalize` removes the marker characters from every plain string printed.

Why markers and not mapping text back to the template source: the printed text of an expression
is not in the source, and one template line prints many values; the compiler knows exactly which
node printed what, so we ask it. Jinja's constant folding is covered too (`{{ 42.7 }}` becomes
constant text at compile time, and is wrapped like any other constant).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Optional

import jinja2
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from ..render import filters
from ..render.filters import DERIVED_NOTE, DERIVED_SIGN, strip_controls
from ..render.templating import COMPILED

START, SEP, END = "\ue000", "\ue001", "\ue002"
_MARKS = {ord(START): None, ord(SEP): None, ord(END): None}
_MARK = re.compile("\ue000([^\ue001]*)\ue001|\ue002")

_files: list[str] = []
_file_ids: dict[str, int] = {}
_lock = threading.Lock()


def file_id(name: str) -> int:
    with _lock:
        if name not in _file_ids:
            _file_ids[name] = len(_files)
            _files.append(name)
        return _file_ids[name]


def file_name(fid: int) -> str:
    return _files[fid]


def unmark(value: str) -> str:
    return value.translate(_MARKS)


def strip_marks(marked: str) -> str:
    """Traced output without its markers: the very text the normal environment renders (the build
    hands the checked HTML to WeasyPrint instead of rendering the template a second time)."""
    return _MARK.sub("", marked)


def kind_mark(kind: str, value) -> Markup:
    """`value` (escaped unless markup) wrapped in a marker of this kind."""
    inner = value if isinstance(value, Markup) else escape(unmark(str(value)))
    return Markup(f"{START}K{kind}{SEP}") + inner + Markup(END)


class TracingCodeGenerator(CodeGenerator):
    def _where(self, node, const: bool) -> str:
        fid = file_id(self.filename or self.name or "<template>")
        return f"{START}L{fid}:{node.lineno}:{'C' if const else 'E'}{SEP}"

    def _output_child_to_const(self, node, frame, finalize):
        const = super()._output_child_to_const(node, frame, finalize)
        return self._where(node, True) + const + END

    def _output_child_pre(self, node, frame, finalize):
        self.write(repr(self._where(node, False)) + " + ")
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize):
        super()._output_child_post(node, frame, finalize)
        self.write(" + " + repr(END))


def _edges_inside_root(xml: str) -> str:
    """Markers before the XML root element or after it would make the XML unreadable: move them in."""
    first = xml.find("<")
    head = xml[:first] if first > 0 else ""
    last = xml.rfind(">")
    tail = xml[last + 1:] if last >= 0 else ""
    if not head and not tail:
        return xml
    body = xml[len(head): last + 1]
    # After the root's start tag (skipping an XML declaration), and before its end tag.
    m = re.match(r"(?:<\?[^>]*\?>\s*)?<[^>]*>", body)
    cut = m.end() if m else 0
    end_tag = body.rfind("</")
    if end_tag < cut:
        end_tag = len(body)
    return body[:cut] + head + body[cut:end_tag] + tail + body[end_tag:]


class _DocxTemplate(jinja2.Template):
    def render(self, *args, **kwargs):
        return _edges_inside_root(super().render(*args, **kwargs))


class TracingEnvironment(ImmutableSandboxedEnvironment):
    """The render environment (sandboxed like it), whose output names the template lines."""

    code_generator_class = TracingCodeGenerator

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources: dict[str, str] = {}  # from_string sources by name (docxtpl's XML parts)

    def from_string(self, source, globals=None, template_class=None):
        """Templates from strings (docxtpl's XML parts) get a name of their own, so each part's
        lines are told apart; their source is kept to name the paragraph of a line."""
        name = f"<docx part {len(self.sources) + 1}>"
        self.sources[name] = source
        gs = self.make_globals(globals)
        return _DocxTemplate.from_code(self, COMPILED.code(self, source, name), gs, None)


def tracing_environment(options: dict) -> TracingEnvironment:
    def finalize(value):
        if isinstance(value, Markup):  # template output (a macro call, our filters): keep its markers
            return strip_controls(value)
        if isinstance(value, str):
            return unmark(strip_controls(value))
        return value

    env = TracingEnvironment(**{**options, "finalize": finalize})
    filters.install(env)

    def derived(value, is_derived: bool = True):
        if value in (None, "") or not is_derived:
            return value
        return kind_mark("derived", (value if isinstance(value, Markup) else escape(unmark(str(value))))
                         + DERIVED_SIGN)

    env.filters["derived"] = derived
    env.filters["note_number"] = lambda value: kind_mark("note", value)
    env.filters["locator"] = lambda value: kind_mark("meta", value) if value not in (None, "") else value
    env.filters["fixed"] = lambda value: kind_mark("fixed", value) if value not in (None, "") else value
    env.globals["derived_note"] = kind_mark("legend", DERIVED_NOTE)
    return env


class Tracer:
    """Tracing mode as render takes it (render/templating.py, `Tracer`): the check hands it in, so
    render renders in tracing mode without importing the fidelity package that imports render."""

    def environment(self, options: dict) -> TracingEnvironment:
        """The tracing environment made with the options of a normal one."""
        return tracing_environment(options)

    def mark(self, kind: str, value) -> Markup:
        """`value` in a marker of this kind (template helpers that print outside the filters)."""
        return kind_mark(kind, value)


TRACER = Tracer()


# --- reading traced output back ------------------------------------------------------------------

@dataclass
class Piece:
    """Visible text printed by one template line (`file`, `line`; None for unmarked text)."""

    text: str
    file: Optional[str]
    line: Optional[int]
    const: bool
    kinds: frozenset


@dataclass
class Reader:
    """Turns a stream of text and markers into groups (paragraphs, table cells) of Pieces."""

    groups: list = field(default_factory=lambda: [[]])
    stack: list = field(default_factory=list)  # [payload, line offset]

    def marker(self, m: re.Match) -> None:
        if m.group(0) == END:
            if self.stack:
                self.stack.pop()
        else:
            self.stack.append([m.group(1), 0])

    def text(self, raw: str, visible: bool, transform: Callable[[str], str] = lambda s: s) -> None:
        """Text between markers (no markers inside)."""
        if visible and raw:
            loc = next((p for p in reversed(self.stack) if p[0].startswith("L")), None)
            kinds = frozenset(p[0][1:] for p in self.stack if p[0].startswith("K"))
            file = line = None
            const = False
            if loc:
                fid, lineno, kind = loc[0][1:].split(":")
                file, line, const = file_name(int(fid)), int(lineno) + loc[1], kind == "C"
            self.groups[-1].append(Piece(transform(raw), file, line, const, kinds))
        # Constant text advances its own line count; expressions stay on their line.
        if self.stack and self.stack[-1][0].startswith("L") and self.stack[-1][0].endswith(":C"):
            self.stack[-1][1] += raw.count("\n")

    def stream(self, s: str, visible: bool, transform: Callable[[str], str] = lambda s: s) -> None:
        pos = 0
        for m in _MARK.finditer(s):
            self.text(s[pos:m.start()], visible, transform)
            self.marker(m)
            pos = m.end()
        self.text(s[pos:], visible, transform)

    def newline(self) -> None:
        """A line break of the template source that the output no longer has (docxtpl's <w:p>)."""
        if self.stack and self.stack[-1][0].startswith("L") and self.stack[-1][0].endswith(":C"):
            self.stack[-1][1] += 1

    def boundary(self) -> None:
        if self.groups[-1]:
            self.groups.append([])

    def result(self) -> list[list[Piece]]:
        return [g for g in self.groups if g]


_HTML_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+|<", re.S)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)")
_RAW_TEXT = {"style", "script"}


def html_pieces(marked: str) -> list[list[Piece]]:
    """The visible text of traced HTML, one group per run of text between two tags."""
    import html as _html

    reader = Reader()
    raw_until: Optional[str] = None
    for m in _HTML_TOKEN.finditer(marked):
        token = m.group(0)
        if token.startswith("<") and len(token) > 1:
            reader.stream(token, visible=False)
            name = _TAG_NAME.match(unmark(token))
            if name:
                closing, tag = name.group(1), name.group(2).lower()
                if raw_until and closing and tag == raw_until:
                    raw_until = None
                elif not closing and tag in _RAW_TEXT and not token.rstrip().endswith("/>"):
                    raw_until = tag
            reader.boundary()
        else:
            reader.stream(token, visible=raw_until is None, transform=_html.unescape)
    return reader.result()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _raw_text(el) -> Optional[str]:
    """The element's own leading text: python-docx's w:p and w:r classes replace `.text` with the
    text of all their runs (an XPath search each time, and every marker in it read twice)."""
    from lxml import etree

    return etree._Element.text.__get__(el)


def docx_pieces(elements: Iterable) -> list[list[Piece]]:
    """The visible text of traced WordprocessingML (body, headers, footers): one group per
    paragraph, w:t text only, leaving out field results (the PAGE / NUMPAGES placeholders)."""
    reader = Reader()
    fields = []  # per open field: True once past its 'separate'

    def visit(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == W + "p":
            reader.boundary()
            reader.newline()  # docxtpl renders each <w:p> on a line of its own, then joins them
        elif tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
        visible = tag == W + "t" and not any(fields)
        text = _raw_text(el)
        if text:
            reader.stream(text, visible)
        for child in el:
            visit(child)
            if child.tail:
                reader.stream(child.tail, False)
        if tag == W + "p":
            reader.boundary()

    for element in elements:
        visit(element)
        reader.boundary()
    return reader.result()
