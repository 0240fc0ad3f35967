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
_EXEMPT = {"meta", "legend", "note", "derived"}


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
    html = None
    if formats & {"html", "pdf"}:
        marked = traced_html(briefing, options)
        check_pieces(html_pieces(marked), release, briefing, _html_describe, "HTML/PDF")
        html = strip_marks(marked)
    if "docx" in formats:
        groups, path, sources = trace_docx(briefing, options)
        check_pieces(groups, release, briefing, _docx_describer(path, sources), "DOCX")
    return html


def traced_html(briefing: Briefing, options: RenderOptions) -> str:
    """The briefing's HTML without fonts (the PDF's), every piece in the markers of the template
    line that printed it."""
    ctx = context(briefing, dataclasses.replace(options, embed_fonts=False))
    ctx["generator"] = kind_mark("meta", ctx["generator"])
    ctx["created"] = kind_mark("meta", ctx["created"])
    ctx["chart_svg"] = Markup(unmark(ctx["chart_svg"]))  # labels come from the release
    return options.templates.render(f"{briefing.audience}.html", ctx, tracer=TRACER)


def trace_html(briefing: Briefing, options: Optional[RenderOptions] = None):
    """The visible text of the briefing's HTML in pieces (see tracing.py), and how to name a piece's line."""
    return html_pieces(traced_html(briefing, options or RenderOptions())), _html_describe


def trace_docx(briefing: Briefing, options: Optional[RenderOptions] = None):
    """The visible text of the briefing's DOCX, traced to the template paragraphs that printed it.

    Returns (groups of tracing.Piece, the template path, {part name: XML source}); see tracing.py.
    The chart image is left out: its text is the chart of the HTML, which the HTML check reads.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    options = options or RenderOptions()
    tpl, path, env = fill_template(briefing, options.templates, tracer=TRACER)
    parts = [tpl.docx.element.body]
    for rel in tpl.docx.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            parts.append(rel.target_part.element)
    return docx_pieces(parts), path, env.sources


def _html_describe(piece: Piece, offset: int) -> str:
    if piece.file is None:
        return "an unknown template line"
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


def check_pieces(groups: list[list[Piece]], release: Release, briefing: Briefing, describe, what: str) -> None:
    """Raise FidelityError for the first number a reader would see that the release lacks."""
    parts: list[str] = []
    spans: list[tuple[int, int, Piece]] = []
    pos = 0
    has_legend = any("legend" in p.kinds and p.text.strip() for g in groups for p in g)
    problems: list[str] = []
    for group in groups:
        for piece in group:
            text = piece.text
            if piece.kinds & _EXEMPT:
                problem = _exempt_problem(piece, briefing, has_legend)
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
                            "must come from the release; mark a computed one with |derived")


def _exempt_problem(piece: Piece, briefing: Briefing, has_legend: bool) -> str:
    text = piece.text.strip()
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
