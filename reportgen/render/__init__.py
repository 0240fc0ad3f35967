"""Rendering: Briefing -> HTML (Jinja2), PDF (WeasyPrint) and DOCX (docxtpl), written atomically.

    options = RenderOptions(templates=Templates("my-templates"), paper="letter")
    render(briefing, "pdf", "out/x-investor.pdf", options)

Heavy libraries (WeasyPrint, docxtpl) are imported only when a format that needs them is rendered.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from ..briefings.briefing import Briefing
from ..errors import RenderError
from .options import FORMATS, Rendered, RenderOptions
from .templating import PathLike, Templates
from .write import write_atomic


def render_bytes(briefing: Briefing, fmt: str, options: Optional[RenderOptions] = None,
                 html: Optional[str] = None) -> Rendered:
    """The briefing as a document in memory: `fmt` is pdf, docx or html (UTF-8).

    For a PDF, `html` is the briefing's HTML without fonts when it was rendered already (the
    fidelity check's, which `build` hands over): the template is not rendered a second time.
    """
    options = options or RenderOptions()
    fmt = fmt.lower()
    if fmt == "html":
        from .html import inline_assets, render_html

        html, warnings = inline_assets(render_html(briefing, options), options.templates)
        return Rendered(html.encode("utf-8"), warnings)
    if fmt == "pdf":
        from .html import render_html
        from .pdf import html_to_pdf

        # The HTML of --format html minus its inlined fonts, which WeasyPrint gets precompiled.
        if html is None:
            html = render_html(briefing, dataclasses.replace(options, embed_fonts=False))
        return html_to_pdf(html, options)
    if fmt == "docx":
        from .docx import render_docx

        return Rendered(render_docx(briefing, options))
    raise RenderError(f"unknown format {fmt!r} (choose from: {', '.join(FORMATS)})")


def render(briefing: Briefing, fmt: str, out_path: PathLike, options: Optional[RenderOptions] = None) -> Rendered:
    """Render and write `out_path` atomically (nothing half-written on error); returns what was written."""
    rendered = render_bytes(briefing, fmt, options)
    write_atomic(out_path, rendered.data)
    return rendered


__all__ = ["FORMATS", "RenderOptions", "Rendered", "Templates", "render", "render_bytes"]
