"""What a render is asked for and what it gives back: RenderOptions, Rendered, the formats and the papers.

    options = RenderOptions(templates=Templates("my-templates"), paper="letter")
    rendered = render_bytes(briefing, "pdf", options)     # Rendered(data=b"%PDF...", warnings=[...])

The command line, the pipeline and every renderer read the formats and papers from here.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Optional

from ..errors import RenderError, ReportgenError
from .brand import DEFAULT_BRAND, Brand
from .templating import Templates

FORMATS = ("pdf", "docx", "html")  # the documents a briefing is rendered as
MODEL_FORMAT = "json"  # `reportgen build` can write the model itself besides the documents
BUILD_FORMATS = (*FORMATS, MODEL_FORMAT)


@dataclass(frozen=True)
class Paper:
    """A paper size as the PDF's @page rule and the DOCX's sections have it."""

    css_size: str
    width_mm: float
    height_mm: float
    # DOCX margins in inches (top, right, bottom, left); None keeps the template's own.
    margins_in: Optional[tuple[float, float, float, float]] = None


# A4: 210 x 297 mm; US Letter: 8.5 x 11 in, and for Letter, margins in whole tenths of an inch close
# to the A4 template's. A4 keeps the margins the template was drawn with (a user's design included).
PAPERS = {
    "a4": Paper(css_size="A4", width_mm=210, height_mm=297),
    "letter": Paper(css_size="letter", width_mm=215.9, height_mm=279.4, margins_in=(0.9, 0.8, 0.8, 0.8)),
}


def paper_size(name: str, error: type[ReportgenError] = RenderError) -> Paper:
    """The paper called `name` (any case); `error` (of the renderer asking) names the choices otherwise."""
    try:
        return PAPERS[name.lower()]
    except KeyError:
        raise error(f"unknown paper size {name!r} (choose from: {', '.join(PAPERS)})") from None


@dataclass(frozen=True)
class RenderOptions:
    """How briefings are rendered: made once (by the command line, a program) and handed to each renderer."""

    templates: Templates = field(default_factory=Templates)
    paper: str = "a4"  # a key of PAPERS, in any case
    pdf_variant: Optional[str] = None  # e.g. "pdf/ua-1": tagged, accessible PDF
    created: Optional[_dt.datetime] = None  # the documents' creation time; None: the time of the render
    embed_fonts: bool = True  # HTML: the fonts inlined as data: URIs (the PDF gets them apart, see html.py)
    subset_fonts: bool = True  # HTML: the inlined fonts cut down to the characters the document uses
    brand: Brand = DEFAULT_BRAND  # the house style (render/brand.py): colours, fonts, logo, texts
    variables: Mapping[str, str] = field(default_factory=dict)  # --var key=value, as `vars` in templates

    def creation_time(self) -> _dt.datetime:
        """`created`, or now (UTC, whole seconds)."""
        return self.created or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class Rendered:
    """A document in memory and what its renderer warned about (WeasyPrint: a refused URL, a missing image)."""

    data: bytes
    warnings: list[str] = field(default_factory=list)
