"""Briefing -> DOCX: docxtpl renders `<audience>.docx` (escaping on), python-docx sets core properties.

A fresh DocxTemplate per render (docxtpl objects keep state after render), and autoescape=True:
docxtpl's default is off, which silently corrupts release text containing `&` or `<`.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Optional

import jinja2

from ..briefings.briefing import Briefing, ContactView
from ..errors import RenderError, TemplateError
from ..version import __version__
from . import charts
from .brand import DEFAULT_BRAND, Brand, apply_to_docx
from .filters import strip_controls
from .options import RenderOptions, paper_size
from .templating import Templates, Tracer, builtin_dir, docx_environment

CHART_WIDTH_MM = 160


def style_id(document, name: str, fallback: str) -> str:
    """The id of the style called `name` in the document (a run names its style by id, never by
    name: Word ignores `w:rStyle w:val="Note Reference"`), or `fallback` when it has none."""
    for style in (document.styles if document is not None else ()):
        if style.name == name:
            return style.style_id
    return fallback


def _helpers(tpl, tracer: Optional[Tracer] = None) -> dict:
    from docxtpl import RichText

    note_style = style_id(tpl.docx, "Note Reference", "NoteReference")
    link_style = style_id(tpl.docx, "Hyperlink", "Hyperlink")

    def ref(note: Optional[int]):
        """A note reference: a real superscript run (w:vertAlign) in the Note Reference style, so it
        is raised and smaller in Word and LibreOffice even where the style is missing."""
        rt = RichText()
        if note:
            rt.add(str(tracer.mark("note", note)) if tracer else str(note), style=note_style, superscript=True)
        return rt

    def link(url: Optional[str], text: Optional[str] = None):
        """A live hyperlink run; the text is escaped by RichText."""
        rt = RichText()
        if url:
            rt.add(text or url, url_id=tpl.build_url_id(url), style=link_style)
        return rt

    def contact_details(contact: ContactView):
        """Organisation, phones and e-mail addresses (as mailto: links) on one line."""
        rt = RichText()
        parts: list = [contact.organisation] if contact.organisation else []
        parts += contact.phones
        for i, part in enumerate(parts):
            rt.add(("; " if i else "") + part)
        for j, email in enumerate(contact.emails):
            rt.add("; " if parts or j else "")
            rt.add(email, url_id=tpl.build_url_id(f"mailto:{email}"), style=link_style)
        return rt

    return {"ref": ref, "link": link, "contact_details": contact_details}


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_number(element, text: str) -> Optional[int]:
    """The 1-based number of the first paragraph (in document order, table cells included) of a
    template part whose text contains `text` (a paragraph's text as docxtpl's cleaned XML has it)."""
    want = re.sub(r"\s+|\{\{[rp] ", "", text or "").replace("{{", "").replace("}}", "")
    if len(want) < 3:
        return None
    for number, paragraph in enumerate(element.iter(W_NS + "p"), 1):
        have = re.sub(r"\s+|\{\{[rp] ", "", "".join(paragraph.itertext())).replace("{{", "").replace("}}", "")
        if have and (want in have or (len(have) >= 8 and have in want)):
            return number
    return None


def _paragraph_text(tpl, exc: BaseException, error: TemplateError) -> str:
    """The text of the Word paragraph a docxtpl error points at, so the user can find it in Word.

    docxtpl renders the document XML with one paragraph per line; syntax errors come with that
    context attached (`docx_context`), runtime errors only with the line number we recovered.
    """
    lines = list(getattr(exc, "docx_context", None) or [])
    lineno = getattr(exc, "lineno", None)
    # docxtpl attaches the 7 lines from lineno-4 (0-based): the failing line is the 4th of them.
    index = min(3, lineno - 1) if lineno else 0
    context = [lines[index].strip()] if 0 <= index < len(lines) and lines[index].strip() else []
    if not context:
        m = re.search(r", line (\d+)", str(error))
        if m:
            try:
                xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", tpl.patch_xml(tpl.get_xml()))
                line = xml.splitlines()[int(m.group(1)) - 1]
                context = [re.sub(r"<[^>]+>", "", line).strip()]
            except Exception:  # the hint is a courtesy; never hide the original error
                context = []
    return " / ".join(t for t in context if t)[:160]


class LazyImage:
    """A docxtpl InlineImage whose PNG is drawn only when the template prints it."""

    def __init__(self, tpl, draw, width):
        self.tpl, self.draw, self.width = tpl, draw, width

    def __str__(self) -> str:
        from docxtpl import InlineImage

        return str(InlineImage(self.tpl, io.BytesIO(self.draw()), width=self.width))

    __html__ = __unicode__ = __str__


LOGO_HEIGHT_MM = 12


def _logo(tpl, brand: Brand):
    """The brand's logo as an image of the document ('' without one, or for an SVG, which Word
    documents of this kind cannot hold: the HTML and PDF show it)."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    if brand.logo is None or brand.logo.suffix.lower() == ".svg":
        return ""
    return InlineImage(tpl, str(brand.logo), height=Mm(LOGO_HEIGHT_MM))


@lru_cache(maxsize=16)
def _template_bytes(path: Path, mtime_ns: int, size: int) -> bytes:
    """A Word template's bytes, read once per process (and again when the file changes)."""
    return path.read_bytes()


def fill_template(briefing: Briefing, templates: Templates, tracer: Optional[Tracer] = None,
                  brand: Brand = DEFAULT_BRAND, variables: Optional[Mapping[str, str]] = None):
    """(docxtpl template rendered in place, its path, the Jinja environment used).

    With a tracer (the fidelity check's), in tracing mode and without the chart image. `brand` and
    `variables` are the templates' `brand` and `vars`.
    """
    from docx.shared import Mm
    from docxtpl import DocxTemplate

    path = templates.resolve(f"{briefing.audience}.docx")
    try:
        stat = path.stat()
        tpl = DocxTemplate(io.BytesIO(_template_bytes(path, stat.st_mtime_ns, stat.st_size)))
        tpl.init_docx()
    except Exception as exc:
        raise TemplateError(f"template {path}: not a readable .docx ({type(exc).__name__}: {exc})") from exc
    fonts = builtin_dir() / "fonts"
    has_chart = tracer is None and briefing.chart is not None and bool(briefing.chart.groups)
    generator = f"reportgen {__version__}"
    context = {
        "briefing": briefing,
        # the whole chart in one picture (drawn only if a template prints it) ...
        "chart_image": LazyImage(tpl, lambda: charts.png(briefing.chart, fonts, colours=brand.chart), Mm(CHART_WIDTH_MM))
        if has_chart else "",
        # ... or one picture per measure, each as tall as its bars (the built-in templates): a page
        # can break between measures, and no picture leaves half a page empty
        "chart_images": [LazyImage(tpl, (lambda g=group: charts.group_png(g, fonts, colours=brand.chart)), Mm(CHART_WIDTH_MM))
                         for group in briefing.chart.groups] if has_chart else [],
        "generator": tracer.mark("meta", generator) if tracer else generator,
        "brand": brand.context(),
        "logo_image": _logo(tpl, brand) if not tracer else "",
        "vars": dict(variables or {}),
        **_helpers(tpl, tracer),
    }
    env = docx_environment(tracer)
    try:
        tpl.render(context, jinja_env=env, autoescape=True)
    except jinja2.TemplateError as exc:
        error = templates.error(exc, path.name)
        near = _paragraph_text(tpl, exc, error)
        message = str(templates.error(exc, path.name, context_text=near))
        # docxtpl's line numbers count lines of its cleaned-up XML, not paragraphs: name the
        # paragraph of the template whose text the error is in (table cells counted).
        number = paragraph_number(tpl.docx.element.body, near)
        message = re.sub(r"^template [^:]*?, line (\d+)",
                         lambda m: f"template {path}, " + (f"paragraph {number}" if number
                                                           else f"line {m.group(1)} of the document XML"),
                         message)
        message = message.replace(f"template {path.name}:", f"template {path}:", 1)
        raise TemplateError(message) from exc
    except Exception as exc:
        raise RenderError(f"cannot render {path.name}: {type(exc).__name__}: {exc}") from exc
    return tpl, path, env


def render_docx(briefing: Briefing, options: Optional[RenderOptions] = None) -> bytes:
    """The .docx bytes of a briefing, from `<audience>.docx` on the template search path."""
    options = options or RenderOptions()
    from .docx_layout import layout

    tpl, _path, _env = fill_template(briefing, options.templates, brand=options.brand, variables=options.variables)
    set_paper(tpl.docx, options.paper)
    apply_to_docx(tpl.docx, options.brand)
    layout(tpl.docx)  # after the paper: the tables fit the text column of the final page
    created = options.creation_time()
    props = tpl.docx.core_properties
    props.title = strip_controls(briefing.title)[:255]
    props.author = strip_controls(briefing.issuer) or "reportgen"
    props.subject = strip_controls(briefing.audience_label)
    props.keywords = strip_controls(", ".join(briefing.keywords))[:255]
    props.comments = strip_controls(briefing.source_line)[:255]
    props.category = briefing.audience_label
    props.last_modified_by = f"reportgen {__version__}"
    props.created = props.modified = created.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def set_paper(document, paper: str) -> None:
    """Every section of the rendered document on this paper, portrait (python-docx, after docxtpl)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Mm

    spec = paper_size(paper)
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(spec.width_mm), Mm(spec.height_mm)
        if spec.margins_in:
            # the paper's margins, or the template's own where they are clearly narrower (the
            # one-page press summary's, as its PDF keeps them on either paper)
            def margin(paper_in: float, own) -> int:
                return own if own is not None and own < Inches(paper_in - 0.1) else Inches(paper_in)

            top, right, bottom, left = spec.margins_in
            section.top_margin, section.right_margin = margin(top, section.top_margin), margin(right, section.right_margin)
            section.bottom_margin = margin(bottom, section.bottom_margin)
            section.left_margin = margin(left, section.left_margin)
