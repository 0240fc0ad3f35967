"""Briefing -> one self-contained HTML string (CSS inlined, fonts and images as data: URIs).

This exact string is what WeasyPrint turns into the PDF, so `--format html` shows what was printed.
"""

from __future__ import annotations

import base64
import datetime as _dt
import io
import mimetypes
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from markupsafe import Markup

from .. import __version__
from ..briefings.briefing import Briefing
from ..errors import TemplateError
from . import charts
from .templating import PathLike, render_template, resolve, source_of

PAPER_SIZES = {"a4": "A4", "letter": "letter"}
STYLESHEET = "briefing.css"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


def page_css(paper: str) -> str:
    try:
        size = PAPER_SIZES[paper.lower()]
    except KeyError:
        raise TemplateError(f"unknown paper size {paper!r} (choose from: {', '.join(PAPER_SIZES)})") from None
    return f"@page {{ size: {size}; }}\n"


@lru_cache(maxsize=64)
def _data_uri(path: Path, mtime: float) -> str:
    mime = mimetypes.guess_type(path.name)[0] or {
        ".ttf": "font/ttf", ".otf": "font/otf", ".woff": "font/woff", ".woff2": "font/woff2",
    }.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def data_uri(name: str, templates_dir: Optional[PathLike] = None) -> str:
    """A template-folder file (font, logo) as a data: URI, so the HTML needs nothing beside it."""
    path = resolve(name, templates_dir)
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


def inline_css(css: str, templates_dir: Optional[PathLike] = None, as_data: bool = True,
               font_chars: Optional[frozenset] = None) -> str:
    """The stylesheet with every relative url(...) replaced by a data: URI of the template file
    (or, with as_data=False, by the file's own file: URI, which the PDF's url_fetcher serves).
    With `font_chars`, fonts are cut down to those characters first.

    Absolute URLs are left alone: the PDF's url_fetcher refuses them, as it refuses all but data:
    and template files.
    """
    def replace(m: re.Match) -> str:
        url = m.group(2).strip()
        if _SCHEME.match(url) or url.startswith("#"):
            return m.group(0)
        path = resolve(url, templates_dir)
        if not as_data:
            target = path.as_uri()
        elif font_chars is not None and path.suffix.lower() in (".ttf", ".otf"):
            target = _subset_font_uri(path, path.stat().st_mtime, font_chars | _ALWAYS)
        else:
            target = data_uri(url, templates_dir)
        return f'url("{target}")'

    return _CSS_URL.sub(replace, css)


def split_stylesheet(templates_dir: Optional[PathLike] = None) -> tuple[str, str]:
    """(the @font-face rules, everything else) of briefing.css on the template search path."""
    css = source_of(STYLESHEET, templates_dir)
    return "\n".join(_FONT_FACE.findall(css)), _FONT_FACE.sub("", css)


def font_face_css(templates_dir: Optional[PathLike] = None) -> str:
    """The @font-face rules with file: URIs, for WeasyPrint to compile once and reuse (see pdf.py)."""
    return inline_css(split_stylesheet(templates_dir)[0], templates_dir, as_data=False)


def context(briefing: Briefing, templates_dir: Optional[PathLike] = None, paper: str = "a4",
            created: Optional[_dt.datetime] = None, embed_fonts: bool = True,
            font_chars: Optional[frozenset] = None) -> dict:
    """The variables every HTML template receives (see the template reference in templates/README).

    embed_fonts=False leaves the @font-face rules out of `css`: the PDF path hands them to
    WeasyPrint as one stylesheet compiled once per process, because parsing megabytes of base64
    fonts in every document costs WeasyPrint about a second (tinycss2 quoted-string tokenizing).
    """
    created = created or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    fonts, rest = split_stylesheet(templates_dir)
    css = (inline_css(fonts, templates_dir, font_chars=font_chars) + "\n" if embed_fonts else "") + \
        inline_css(rest, templates_dir) + page_css(paper)
    return {
        "briefing": briefing,
        "chart_svg": Markup(charts.svg(briefing.chart)),
        "css": Markup(css.replace("</", "<\\/")),  # a stylesheet cannot close its <style> element
        "paper": paper.lower(),
        "created": created.isoformat(),
        "generator": f"reportgen {__version__}",
        "asset": lambda name: data_uri(name, templates_dir),
    }


def render_html(briefing: Briefing, templates_dir: Optional[PathLike] = None, paper: str = "a4",
                created: Optional[_dt.datetime] = None, embed_fonts: bool = True,
                subset_fonts: bool = True) -> str:
    """The self-contained HTML of a briefing, from `<audience>.html` on the template search path.

    With embed_fonts=False (the PDF path) the result is the same document minus the @font-face
    rules, which `font_face_css()` supplies instead. With subset_fonts (the default) the embedded
    fonts keep only the characters the document uses: ~150 kB of HTML instead of ~3.4 MB.
    """
    created = created or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    name = f"{briefing.audience}.html"
    font_chars = None
    if embed_fonts and subset_fonts:
        # A first pass without fonts tells which characters the document needs.
        bare = render_template(name, context(briefing, templates_dir, paper, created, False), templates_dir)
        font_chars = frozenset(bare)
    return render_template(name, context(briefing, templates_dir, paper, created, embed_fonts, font_chars),
                           templates_dir)
