"""Briefing -> one self-contained HTML string (CSS inlined, fonts and images as data: URIs).

This exact string is what WeasyPrint turns into the PDF, so `--format html` shows what was printed.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import mimetypes
from functools import lru_cache
from pathlib import Path
from typing import Optional

from markupsafe import Markup

from .. import __version__
from ..briefings.briefing import Briefing
from ..errors import TemplateError
from . import charts
from .options import RenderOptions, paper_size
from .templating import Templates


def page_css(paper: str) -> str:
    return f"@page {{ size: {paper_size(paper, TemplateError).css_size}; }}\n"


@lru_cache(maxsize=64)
def _data_uri(path: Path, mtime: float) -> str:
    mime = mimetypes.guess_type(path.name)[0] or {
        ".ttf": "font/ttf", ".otf": "font/otf", ".woff": "font/woff", ".woff2": "font/woff2",
    }.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def data_uri(name: str, templates: Templates) -> str:
    """A template-folder file (font, logo) as a data: URI, so the HTML needs nothing beside it."""
    path = templates.resolve(name)
    return _data_uri(path, path.stat().st_mtime)


# Characters a renderer adds on its own (list bullets, hyphenation, ellipses, quotes, page
# numbers), kept in subset fonts besides the characters of the document itself.
_ALWAYS = frozenset(map(chr, range(0x20, 0x7F))) | frozenset("\u00a0\u00b7\u2010\u2011\u2013\u2014"
                                                         "\u2018\u2019\u201c\u201d\u2022\u2026")


@lru_cache(maxsize=32)
def _subset_font_uri(path: Path, mtime: float, chars: frozenset) -> str:
    """A TrueType/OpenType font cut down to `chars`, as a data: URI (fontTools ships with WeasyPrint)."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]  # keep kerning and ligatures
    options.name_IDs = ["*"]  # keep the names, the licence notice among them
    options.notdef_outline = True
    options.hinting = False
    font = TTFont(str(path))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    logger = logging.getLogger("fontTools")
    level = logger.level
    logger.setLevel(logging.ERROR)  # 'FFTM NOT subset': a FontForge timestamp table, harmless
    try:
        subsetter.subset(font)
    finally:
        logger.setLevel(level)
    out = io.BytesIO()
    font.save(out)
    return f"data:font/{path.suffix.lstrip('.').lower()};base64,{base64.b64encode(out.getvalue()).decode('ascii')}"


def inline_css(css: str, templates: Templates, font_chars: Optional[frozenset] = None) -> str:
    """The stylesheet with every relative url(...) replaced by a data: URI of the template file.
    With `font_chars`, fonts are cut down to those characters first.

    Absolute URLs are left alone: the PDF's url_fetcher refuses them, as it refuses all but data:
    and template files.
    """
    def target(url: str, path: Path) -> str:
        if font_chars is not None and path.suffix.lower() in (".ttf", ".otf"):
            return _subset_font_uri(path, path.stat().st_mtime, font_chars | _ALWAYS)
        return data_uri(url, templates)

    return templates.css_urls(css, target)


def context(briefing: Briefing, options: Optional[RenderOptions] = None,
            font_chars: Optional[frozenset] = None) -> dict:
    """The variables every HTML template receives (see the template reference in templates/README).

    options.embed_fonts=False leaves the @font-face rules out of `css`: the PDF path hands them to
    WeasyPrint as one stylesheet compiled once per process, because parsing megabytes of base64
    fonts in every document costs WeasyPrint about a second (tinycss2 quoted-string tokenizing).
    """
    options = options or RenderOptions()
    templates = options.templates
    created = options.creation_time()
    fonts, rest = templates.stylesheet()
    css = (inline_css(fonts, templates, font_chars=font_chars) + "\n" if options.embed_fonts else "") + \
        inline_css(rest, templates) + page_css(options.paper)
    return {
        "briefing": briefing,
        "chart_svg": Markup(charts.svg(briefing.chart)),
        "css": Markup(css.replace("</", "<\\/")),  # a stylesheet cannot close its <style> element
        "paper": options.paper.lower(),
        "created": created.isoformat(),
        "generator": f"reportgen {__version__}",
        "asset": lambda name: data_uri(name, templates),
    }


def render_html(briefing: Briefing, options: Optional[RenderOptions] = None) -> str:
    """The self-contained HTML of a briefing, from `<audience>.html` on the template search path.

    With options.embed_fonts=False (the PDF path) the result is the same document minus the
    @font-face rules, which `Templates.font_css()` supplies instead. With options.subset_fonts (the
    default) the embedded fonts keep only the characters the document uses: ~150 kB of HTML
    instead of ~3.4 MB.
    """
    options = options or RenderOptions()
    options = dataclasses.replace(options, created=options.creation_time())  # both passes: one time
    name = f"{briefing.audience}.html"
    font_chars = None
    if options.embed_fonts and options.subset_fonts:
        # A first pass without fonts tells which characters the document needs.
        bare = options.templates.render(name, context(briefing, dataclasses.replace(options, embed_fonts=False)))
        font_chars = frozenset(bare)
    return options.templates.render(name, context(briefing, options, font_chars))
