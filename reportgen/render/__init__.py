"""Rendering: Briefing -> HTML (Jinja2), PDF (WeasyPrint) and DOCX (docxtpl), written atomically.

    render(briefing, "pdf", "out/x-investor.pdf", templates_dir=None, paper="a4")

Heavy libraries (WeasyPrint, docxtpl) are imported only when a format that needs them is rendered.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Optional

from ..briefings.briefing import Briefing
from ..errors import RenderError
from .templating import PathLike, export_templates, list_templates, search_path
from .write import write_atomic

FORMATS = ("pdf", "docx", "html")
PAPERS = ("a4", "letter")


def render_bytes(briefing: Briefing, fmt: str, templates_dir: Optional[PathLike] = None,
                 paper: str = "a4", pdf_variant: Optional[str] = None,
                 created: Optional[_dt.datetime] = None, warnings: Optional[list] = None) -> bytes:
    """The briefing as a document in memory: `fmt` is pdf, docx or html (UTF-8)."""
    fmt = fmt.lower()
    if fmt == "html":
        from .html import render_html

        return render_html(briefing, templates_dir, paper, created).encode("utf-8")
    if fmt == "pdf":
        from .html import font_face_css, render_html
        from .pdf import html_to_pdf

        # The HTML of --format html minus its inlined fonts, which WeasyPrint gets precompiled.
        html = render_html(briefing, templates_dir, paper, created, embed_fonts=False)
        return html_to_pdf(html, search_path(templates_dir), pdf_variant=pdf_variant, warnings=warnings,
                           font_css=font_face_css(templates_dir))
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(briefing, templates_dir, created, paper=paper)
    raise RenderError(f"unknown format {fmt!r} (choose from: {', '.join(FORMATS)})")


def render(briefing: Briefing, fmt: str, out_path: PathLike, templates_dir: Optional[PathLike] = None,
           paper: str = "a4", pdf_variant: Optional[str] = None,
           created: Optional[_dt.datetime] = None, warnings: Optional[list] = None) -> Path:
    """Render and write `out_path` atomically (nothing half-written on error); returns the path."""
    data = render_bytes(briefing, fmt, templates_dir, paper, pdf_variant, created, warnings)
    return write_atomic(out_path, data)


__all__ = ["FORMATS", "PAPERS", "export_templates", "list_templates", "render", "render_bytes"]
