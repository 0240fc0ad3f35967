"""The fidelity check of `reportgen build`: a briefing shows no number its release does not contain.

    html = verify(briefing, release, formats, options)   # raises FidelityError; returns the checked HTML

What is checked is what a reader sees: the templates are rendered once more in tracing mode
(tracing.py), so every piece of visible text (HTML outside tags, <style> and <script>; the
DOCX's paragraphs, tables, headers and footers outside field results) comes with the template
file and line that printed it. Every number in that text must be in the release
(`numbers.find_unsupported_numbers`: values, not spellings; dates and years are not
figures). Exceptions, each made explicit in the template:

- `{{ n | note_number }}`: a provenance-note number; it must be the number of a note.
- `{{ x | derived(flag) }}`: a figure the briefing computed (a difference of two reported
  figures); it is printed with the derived sign †, and the document must also print
  `{{ derived_note }}`, the legend that says it was computed, not stated.
- `generator` ("reportgen 0.1.0") and `created` are furniture, not figures.

Page numbers come from CSS counters (PDF) and Word fields (DOCX), not text, so they need no
exception; the quoted source sentences are the release's own text and pass as such.

Besides, every figure that cites a note must be in the sentence that note quotes
(`check_sources`): a figure shown beside the wrong source would pass the release-wide check.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from markupsafe import Markup

from ..briefings.briefing import Briefing
from ..errors import FidelityError
from ..model import Release
from ..render.docx import fill_template, paragraph_number
from ..render.html import context
from ..render.options import RenderOptions
from .numbers import find_unsupported_numbers
from .tracing import TRACER, Piece, docx_pieces, html_pieces, kind_mark, strip_marks, unmark

_GROUP_SEP = "\n\u00b6\n"
_EXEMPT = {"meta", "legend", "note", "derived", "fixed"}


def verify(briefing: Briefing, release: Release, formats: Iterable[str],
           options: Optional[RenderOptions] = None) -> Optional[str]:
    """Check the briefing as each of `formats` shows it (html and pdf share their template), with
    the templates and paper of `options`.

    Returns the HTML that was checked, without its fonts (None when neither html nor pdf is
    asked for): exactly what the PDF renders, so the build hands it to WeasyPrint as it is.
    """
    options = options or RenderOptions()
    formats = {f.lower() for f in formats}
    check_sources(briefing)
    owned = _owned_texts(options)
    checked = None
    if formats & {"html", "pdf"}:
        marked, css = traced_html(briefing, options)
        groups = _html_groups(marked, css) + css_content_pieces(options)
        check_pieces(groups, release, briefing, _html_describe, "HTML/PDF", _owns(owned, _file_source))
        checked = strip_marks(marked)
    if "docx" in formats:
        groups, path, sources = trace_docx(briefing, options)
        check_pieces(groups, release, briefing, _docx_describer(path, sources), "DOCX",
                     _owns(owned, lambda piece: sources.get(piece.file, "")))
    return checked


# --- the template's own text: |fixed, and the text of CSS `content:` ------------------------------

def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def _owned_texts(options: RenderOptions) -> list[str]:
    """The texts a user vouches for outside the templates: the brand's texts and disclaimer, --var values."""
    brand = options.brand
    return [_norm(t) for t in (*brand.texts.values(), brand.disclaimer, *options.variables.values()) if t]


def _file_source(piece: Piece) -> str:
    try:
        return Path(piece.file).read_text(encoding="utf-8") if piece.file else ""
    except (OSError, ValueError):
        return ""


def _owns(owned: list[str], source_of):
    """Whether a piece printed with |fixed is the template's own: a literal of the template that
    printed it, or one of the `owned` texts. A figure the template computed is neither."""
    def owns(piece: Piece) -> bool:
        text = _norm(piece.text)
        return not text or any(text in o for o in owned) or text in _norm(source_of(piece))

    return owns


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_FIXED = re.compile(r"/\*\s*fixed\s*\*/")
_CSS_CONTENT = re.compile(r"""(?<![\w-])content\s*:((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}"'])*)""", re.S)
_CSS_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", re.S)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.S)


def _css_unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1):
            code = int(m.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else ""
        return "" if m.group(2) == "\n" else m.group(2)

    return _CSS_ESCAPE.sub(one, text)


def _content_strings(text: str) -> list[tuple[int, str]]:
    """(line, text) of every string of a `content:` declaration of a stylesheet's text, but those of
    a declaration followed on its line by the comment `/* fixed */`."""
    fixed_lines = {text.count("\n", 0, m.start()) for m in _CSS_FIXED.finditer(text)}
    bare = _CSS_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    out = []
    for m in _CSS_CONTENT.finditer(bare):
        if bare.count("\n", 0, m.end()) in fixed_lines:
            continue
        for string in _CSS_STRING.finditer(m.group(1)):
            value = _css_unescape(string.group(1) if string.group(1) is not None else string.group(2))
            if value.strip():
                out.append((bare.count("\n", 0, m.start(1) + string.start()) + 1, value))
    return out


def css_content_pieces(options: RenderOptions) -> list[list[Piece]]:
    """The text of every `content:` declaration of briefing.css and the files it imports, as pieces
    naming the stylesheet and line: a reader sees it on the page (the running footer, a label),
    so its figures are checked like a template's. A declaration followed on its line by the comment
    `/* fixed */` is the template's own text and is not checked."""
    return [[Piece(value, str(path), line, False, frozenset({"css"}))]
            for path, text in options.templates.stylesheet_sources() for line, value in _content_strings(text)]


STYLE_ELEMENT = "<style>"
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)


def style_content_pieces(html_text: str, stylesheet: str) -> list[list[Piece]]:
    """`content:` text of <style> elements a template writes itself (the stylesheet it is handed as
    `css` is read file by file by `css_content_pieces`)."""
    groups = []
    for m in _STYLE.finditer(html_text):
        text = m.group(1).replace(stylesheet, "")
        groups += [[Piece(value, STYLE_ELEMENT, line, False, frozenset({"css"}))]
                   for line, value in _content_strings(text)]
    return groups


def traced_html(briefing: Briefing, options: RenderOptions) -> tuple[str, str]:
    """The briefing's HTML without fonts (the PDF's), every piece in the markers of the template
    line that printed it; and the stylesheet it was handed as `css`."""
    ctx = context(briefing, dataclasses.replace(options, embed_fonts=False))
    ctx["generator"] = kind_mark("meta", ctx["generator"])
    ctx["created"] = kind_mark("meta", ctx["created"])
    ctx["chart_svg"] = Markup(unmark(ctx["chart_svg"]))  # labels come from the release
    return options.templates.render(f"{briefing.audience}.html", ctx, tracer=TRACER), str(ctx["css"])


def _html_groups(marked: str, css: str) -> list[list[Piece]]:
    return html_pieces(marked) + style_content_pieces(unmark(marked), css)


def trace_html(briefing: Briefing, options: Optional[RenderOptions] = None):
    """The visible text of the briefing's HTML in pieces (see tracing.py), and how to name a piece's line."""
    return _html_groups(*traced_html(briefing, options or RenderOptions())), _html_describe


def trace_docx(briefing: Briefing, options: Optional[RenderOptions] = None):
    """The visible text of the briefing's DOCX, traced to the template paragraphs that printed it.

    Returns (groups of tracing.Piece, the template path, {part name: XML source}); see tracing.py.
    The chart image is left out: its text is the chart of the HTML, which the HTML check reads.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    options = options or RenderOptions()
    tpl, path, env = fill_template(briefing, options.templates, tracer=TRACER, brand=options.brand,
                                   variables=options.variables)
    parts = [tpl.docx.element.body]
    for rel in tpl.docx.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            parts.append(rel.target_part.element)
    return docx_pieces(parts), path, env.sources


def _html_describe(piece: Piece, offset: int) -> str:
    if piece.file is None:
        return "an unknown template line"
    if piece.file == STYLE_ELEMENT:
        return f"a <style> element of the templates: content: {_short(piece.text)}"
    line = piece.line + (piece.text[:offset].count("\n") if piece.const else 0)
    where = f"template {piece.file}, line {line}"
    try:
        source = Path(piece.file).read_text(encoding="utf-8").splitlines()[line - 1].strip()
    except (OSError, IndexError, ValueError):
        source = ""
    return where + (f": {_short(source)}" if source else "")


def _docx_describer(path: Path, sources: dict):
    import docx

    names = list(sources)
    body = docx.Document(str(path)).element.body

    def describe(piece: Piece, offset: int) -> str:
        if piece.file not in sources:
            return f"template {path}"
        lines = sources[piece.file].splitlines()
        text = re.sub(r"<[^>]+>", "", lines[piece.line - 1]).strip() if 0 < piece.line <= len(lines) else ""
        if piece.file != names[0]:  # docxtpl renders the body first, then headers and footers
            return f"template {path}, header or footer" + (f": {_short(text)}" if text else "")
        number = paragraph_number(body, text)
        return f"template {path}, " + (f"paragraph {number}" if number else f"line {piece.line} of the document XML") \
            + (f": {_short(text)}" if text else "")

    return describe


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def check_pieces(groups: list[list[Piece]], release: Release, briefing: Briefing, describe, what: str,
                 owns=None) -> None:
    """Raise FidelityError for the first number a reader would see that the release lacks.

    `owns(piece)` says whether a piece printed with |fixed is the template's own text (see `_owns`).
    """
    parts: list[str] = []
    spans: list[tuple[int, int, Piece]] = []
    pos = 0
    has_legend = any("legend" in p.kinds and p.text.strip() for g in groups for p in g)
    problems: list[str] = []
    for group in groups:
        for piece in group:
            text = piece.text
            if piece.kinds & _EXEMPT:
                problem = _exempt_problem(piece, briefing, has_legend, owns)
                if problem:
                    problems.append(f"{problem}; printed by {describe(piece, 0)}")
                text = re.sub(r"[^\n]", " ", text)  # keep offsets, hide the figures
            spans.append((pos, pos + len(text), piece))
            parts.append(text)
            pos += len(text)
        parts.append(_GROUP_SEP)
        pos += len(_GROUP_SEP)
    combined = "".join(parts)
    for raw in find_unsupported_numbers(combined, release):
        for at in _occurrences(raw, combined):
            piece_start, _, piece = next(((a, b, p) for a, b, p in spans if a <= at < b), (at, at, None))
            if piece is None:
                continue
            problems.append(f"{raw} is not in the release; printed by {describe(piece, at - piece_start)}")
            break
    if problems:
        others = [p.split(" is ", 1)[0] for p in problems[1:]]
        more = f" (also: {', '.join(others[:8])}{' …' if len(others) > 8 else ''})" if others else ""
        raise FidelityError(f"{briefing.audience} briefing ({what}): {problems[0]}{more}. Every figure "
                            "must come from the release; mark a figure the template computes with |derived, "
                            "and text that is the template's own (a phone number, a document ID) with |fixed")


def _exempt_problem(piece: Piece, briefing: Briefing, has_legend: bool, owns=None) -> str:
    text = piece.text.strip()
    if "fixed" in piece.kinds and not (owns or (lambda _p: False))(piece):
        return (f"{_short(text)} is printed with |fixed but is not the template's own text (a literal of the "
                "template, a text of the brand file or a --var value)")
    if "note" in piece.kinds:
        valid = {str(n.number) for n in briefing.notes}
        if text and text not in valid:
            return f"{text} is printed as a note number but the briefing has no such note"
    if "derived" in piece.kinds and not has_legend:
        return (f"the derived figure {text} is shown without the legend that says it was computed "
                "(print {{ derived_note }})")
    return ""


def _occurrences(raw: str, text: str) -> Iterable[int]:
    """Where `raw` stands as a whole number in `text` (not inside a longer one)."""
    for m in re.finditer(re.escape(raw), text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before.isdigit() or (before in ".," and m.start() > 1 and text[m.start() - 2].isdigit()):
            continue
        if after.isdigit() or (after in ".," and m.end() + 1 < len(text) and text[m.end() + 1].isdigit()):
            continue
        yield m.start()


# --- figures and the sentences they cite ---------------------------------------------------------

def check_sources(briefing: Briefing) -> None:
    """Every figure shown with a note reference must be in the sentence that note quotes.

    This is the stricter rule: not only somewhere in the release, but in the source of the fact
    the figure was drawn from. Derived figures (ResultRow.effect when effect_derived) are exempt.
    """
    notes = {n.number: n.text for n in briefing.notes}
    for section in briefing.sections:
        things = [*section.paragraphs, *section.items, *section.facts, *section.quotes]
        for thing in things:
            if thing.note is None or thing.note not in notes:
                continue
            shown = " ".join(x for x in (getattr(thing, "label", ""), getattr(thing, "text", ""),
                                         getattr(thing, "value", "")) if x)
            _check_against(shown, notes[thing.note], thing.note, briefing, section.title)
    for table in briefing.all_tables():
        for row in table.rows:
            if row.note is None or row.note not in notes:
                continue
            cells = [cell.text for cell in row.cells if not cell.derived]
            shown = " ".join([row.measure, row.population or "", *row.values, row.p_value, row.ci, row.change,
                              "" if row.effect_derived else row.effect, *cells])
            _check_against(shown, notes[row.note], row.note, briefing, table.caption)


def _check_against(shown: str, sentence: str, note: int, briefing: Briefing, where: str) -> None:
    missing = find_unsupported_numbers(shown, _sentence_release(sentence))
    if missing:
        raise FidelityError(f"{briefing.audience} briefing, {where}: {missing[0]} is not in the sentence "
                            f"it cites (note {note}: {_short(sentence, 80)})")


def _sentence_release(sentence: str) -> Release:
    return Release(headline=sentence)
