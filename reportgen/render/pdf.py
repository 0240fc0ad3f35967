"""HTML -> PDF with WeasyPrint, through one URL fetcher that serves only data: URLs and template files.

Release text is data, never fetched: an <img src="file:///etc/passwd"> in a release is escaped by
the template anyway, and if markup ever slipped through, the fetcher would still refuse it.
WeasyPrint is imported here only, so `reportgen --help` and `inspect` never pay for it.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..errors import RenderError
from .options import Rendered, RenderOptions
from .templating import _IMPORT as _IMPORT_RULE

_font_config = None
_lock = threading.Lock()


class RefusedURL(ValueError):
    """A resource outside the allow-list (data: URLs and files under the template folders)."""


@lru_cache(maxsize=1)
def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class TemplateOnlyFetcher(URLFetcher):
        """Serves data: URLs and files under `roots`; refuses everything else (http, file:///etc ...).

        WeasyPrint turns a refused resource into a warning and leaves it out, as it does for any
        missing image (https://doc.courtbouillon.org/weasyprint/stable/first_steps.html#security).
        """

        def __init__(self, roots: Iterable[Path]):
            super().__init__(allowed_protocols=("data", "file"))
            self.roots = [Path(r).resolve() for r in roots]

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                # resolve() follows symlinks and '..', so the check below sees the real file.
                path = Path(url2pathname(urlsplit(url).path)).resolve()
                if any(path.is_relative_to(root) for root in self.roots) and path.is_file():
                    return URLFetcherResponse(url, body=path.read_bytes())
            raise RefusedURL(f"refused to fetch {url[:200]}: only data: URLs and template files are allowed")

    return TemplateOnlyFetcher


def url_fetcher(roots: Iterable[Path]):
    """The allow-listing fetcher for these template folders (also used by tests)."""
    return _fetcher_class()(roots)


def font_config():
    """One FontConfiguration for the process: @font-face files are loaded once, not per document."""
    global _font_config
    with _lock:
        if _font_config is None:
            from weasyprint.text.fonts import FontConfiguration

            _font_config = FontConfiguration()
            atexit.register(_release_fonts)
        return _font_config


def _release_fonts() -> None:
    """Drop the shared FontConfiguration while Python is still whole: left to the interpreter's
    shutdown, its __del__ (which removes its temporary font folder) runs after the modules it calls
    are gone and prints 'Exception ignored in: FontConfiguration.__del__'."""
    global _font_config
    with _lock:
        _font_sheets.clear()
        _font_config = None
    import gc

    gc.collect()


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


_font_sheets: dict = {}


def font_stylesheet(font_css: str, roots: tuple[Path, ...]):
    """The @font-face rules compiled once into the shared FontConfiguration, then reused."""
    from weasyprint import CSS

    key = (font_css, roots)
    with _lock:
        sheet = _font_sheets.get(key)
    if sheet is None:
        sheet = CSS(string=font_css, url_fetcher=url_fetcher(roots), font_config=font_config())
        with _lock:
            _font_sheets[key] = sheet
    return sheet


def html_to_pdf(html: str, options: Optional[RenderOptions] = None) -> Rendered:
    """The PDF of an HTML string, with the template folders of `options` as the only files it may
    load; their @font-face rules (`Templates.font_css()`) are compiled once and reused.

    WeasyPrint's warnings (a refused URL, a missing image) come back with the PDF.
    """
    options = options or RenderOptions()
    roots = list(options.templates.dirs)
    font_css = options.templates.font_css()
    pdf_variant = options.pdf_variant
    try:
        from weasyprint import HTML
        from weasyprint.pdf import VARIANTS
    except (ImportError, OSError) as exc:  # OSError: Pango/HarfBuzz libraries missing
        raise RenderError(f"WeasyPrint is not usable here: {exc}") from exc
    if pdf_variant is not None and pdf_variant not in VARIANTS:
        raise RenderError(f"unknown PDF variant {pdf_variant!r} (choose from: {', '.join(VARIANTS)})")
    handler = _Warnings()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        # base_url: relative URLs in user templates resolve inside the first template folder.
        document = HTML(string=html, base_url=roots[0].as_uri() + "/" if roots else None,
                        url_fetcher=url_fetcher(roots))
        pdf_options = {"pdf_variant": pdf_variant} if pdf_variant else {}
        if font_css:
            pdf_options["stylesheets"] = [font_stylesheet(font_css, tuple(roots))]
        if pdf_variant == "pdf/ua-1":
            pdf_options["pdf_tags"] = True
        data = document.write_pdf(font_config=font_config(), **pdf_options)
    except RenderError:
        raise
    except Exception as exc:
        raise RenderError(f"WeasyPrint failed: {type(exc).__name__}: {exc}") from exc
    finally:
        logger.removeHandler(handler)
    return Rendered(data, _name_the_files(handler.messages, options))


_IGNORED = re.compile(r"^Ignored `(.*)` at (\d+):(\d+), (.*?)\.?$", re.S)
_stylesheet_warnings: dict = {}


def stylesheet_warnings(path: Path, text: str, roots: tuple[Path, ...]) -> list[str]:
    """WeasyPrint's warnings about one stylesheet file of the user's (an unknown property, an
    invalid value), naming the file and line: in the PDF they would point into the HTML."""
    key = (path, text)
    if key not in _stylesheet_warnings:
        from weasyprint import CSS

        handler = _Warnings()
        logger = logging.getLogger("weasyprint")
        logger.addHandler(handler)
        # imports are read as files of their own; blank them, keeping the lines
        bare = _IMPORT_RULE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
        try:
            CSS(string=bare, base_url=path.parent.as_uri() + "/", url_fetcher=url_fetcher(roots))
        except Exception as exc:  # a stylesheet WeasyPrint cannot parse at all: the render says so
            handler.messages.append(f"cannot be read ({type(exc).__name__}: {exc})")
        finally:
            logger.removeHandler(handler)
        out = []
        for message in handler.messages:
            m = _IGNORED.match(message)
            if m:
                out.append(f"template {path}, line {m.group(2)}: ignored `{m.group(1).strip()}` ({m.group(4)})")
            else:
                out.append(f"template {path}: {message}")
        _stylesheet_warnings[key] = out
    return _stylesheet_warnings[key]


def _name_the_files(messages: list[str], options: RenderOptions) -> list[str]:
    """WeasyPrint's warnings about a render, each naming what it is about: a CSS declaration it
    ignored, by the stylesheet file and line of the user's that has it; anything else (a refused
    URL, an image that does not load) as the templates'. Long data: URIs are cut short."""
    from .templating import builtin_dir

    builtin = builtin_dir()
    roots = tuple(options.templates.dirs)
    named: list[str] = []
    for path, text in options.templates.stylesheet_sources():
        if not path.is_relative_to(builtin):
            named += stylesheet_warnings(path, text, roots)
    found = {re.search(r"ignored `(.*)` \(", w, re.S).group(1) for w in named if "ignored `" in w}
    out = list(named)
    for message in messages:
        m = _IGNORED.match(message)
        if m and m.group(1).strip() in found:
            continue  # the stylesheet's own warning above says where
        message = re.sub(r"data:[^'\s)]{60,}", lambda d: d.group(0)[:40] + "...", message)
        out.append(f"templates (PDF): {message}" if not message.startswith("template") else message)
    return list(dict.fromkeys(out))
