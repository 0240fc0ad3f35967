"""Briefing -> one self-contained HTML string (CSS inlined, fonts and images as data: URIs).

This exact string is what WeasyPrint turns into the PDF, so `--format html` shows what was printed.
"""

from __future__ import annotations

import base64
import dataclasses
import html as _html
import io
import mimetypes
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from markupsafe import Markup

from ..briefings.briefing import Briefing
from ..errors import TemplateError
from ..version import __version__
from . import charts
from .options import RenderOptions, paper_size
from .templating import _CSS_URL, _SCHEME, Templates


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
    css = options.brand.css_variables() + \
        (inline_css(fonts, templates, font_chars=font_chars) + "\n" if options.embed_fonts else "") + \
        inline_css(rest, templates) + page_css(options.paper)
    return {
        "brand": options.brand.context(),
        "vars": dict(options.variables),
        "briefing": briefing,
        "chart_svg": Markup(charts.svg(briefing.chart, options.brand.chart)),
        "css": Markup(css.replace("</", "<\\/")),  # a stylesheet cannot close its <style> element
        "paper": options.paper.lower(),
        "created": created.isoformat(),
        "generator": f"reportgen {__version__}",
        "asset": lambda name: data_uri(name, templates),
    }


_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
_STYLE_ELEMENT = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.I | re.S)
_LINKED = re.compile(r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*(["'])(.*?)\1""", re.I | re.S)


def inline_assets(html: str, templates: Templates) -> tuple[str, list[str]]:
    """Self-contained HTML: every `<img src>` and `url()` in a `<style>` that names a file of the
    template folders becomes a data: URI (as the built-ins' fonts are); anything else a template
    points at (a URL, a file outside the folders, a missing file, a linked stylesheet or script)
    is left as it is with a warning saying which and why."""
    warnings: list[str] = []

    def inline(url: str, what: str) -> Optional[str]:
        url = _html.unescape(url.strip())
        if url.startswith(("data:", "#")) or not url:
            return None
        if _SCHEME.match(url):
            warnings.append(f"template {what} {url[:120]!r} is not inlined (only files of the template folders "
                            "are): the HTML is not self-contained")
            return None
        try:
            return data_uri(url, templates)
        except TemplateError:
            warnings.append(f"template {what} {url[:120]!r} not found in "
                            f"{', '.join(str(d) for d in templates.dirs)}: left out of the HTML")
            return None

    def img(m: re.Match) -> str:
        uri = inline(m.group(3), "image")
        return m.group(0) if uri is None else f"{m.group(1)}{m.group(2)}{uri}{m.group(2)}"

    def style(m: re.Match) -> str:
        def url(u: re.Match) -> str:
            uri = inline(u.group(2), "stylesheet url()")
            return u.group(0) if uri is None else f'url("{uri}")'

        return m.group(1) + _CSS_URL.sub(url, m.group(2)) + m.group(3)

    html = _IMG_SRC.sub(img, html)
    html = _STYLE_ELEMENT.sub(style, html)
    for m in _LINKED.finditer(html):
        if not m.group(2).startswith("data:"):
            warnings.append(f"template link {m.group(2)[:120]!r} is not inlined: the HTML is not self-contained")
    return html, list(dict.fromkeys(warnings))


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
