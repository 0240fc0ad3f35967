"""The templates: user templates first, then the built-ins, reachable as `!builtin/...`; one Jinja2 environment.

Templates are code from whoever wrote them (a shared house style), so every template, the built-ins
too, renders in Jinja2's immutable sandbox: no attribute that starts with an underscore (no way from
`''.__class__` to Python's internals), no unsafe call, no changing the briefing a template is
shown. A blocked access is a TemplateError naming the file and line like any other.

`Templates(folder)` resolves the search path once and answers every question about it. A user's
`investor.html` can `{% extends "!builtin/investor.html" %}` and replace one block; a user's
folder that lacks a file falls back to the built-in one. StrictUndefined makes a misspelt
variable an error, and every Jinja error becomes a TemplateError naming the file and line.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional, Protocol, Union

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from ..errors import TemplateError
from . import filters
from .filters import strip_controls

BUILTIN_PREFIX = "!builtin"
PathLike = Union[str, Path]


def builtin_dir() -> Path:
    """The built-in templates: inside the installed package if shipped there, else the repo's."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "templates", here.parents[2] / "templates"):
        if (candidate / "base.html").is_file():
            return candidate
    raise TemplateError(f"built-in templates not found (looked in {here.parents[1] / 'templates'} "
                        f"and {here.parents[2] / 'templates'})")


# folders of audiences added from a user's folder or an installed package (reportgen/plugins.py):
# searched after a user's --templates folder and before the built-ins
AUDIENCE_DIRS: list[Path] = []


def add_template_dir(folder: PathLike) -> None:
    """Put the templates folder of an added audience on every search path made from now on."""
    folder = Path(folder).resolve()
    if folder not in AUDIENCE_DIRS:
        AUDIENCE_DIRS.append(folder)


def remove_template_dir(folder: PathLike) -> None:
    folder = Path(folder).resolve()
    if folder in AUDIENCE_DIRS:
        AUDIENCE_DIRS.remove(folder)


def _loader(dirs: tuple[Path, ...]) -> jinja2.BaseLoader:
    builtin = jinja2.FileSystemLoader(str(dirs[-1]))
    return jinja2.ChoiceLoader([
        jinja2.PrefixLoader({BUILTIN_PREFIX: builtin}, delimiter="/"),
        *(jinja2.FileSystemLoader(str(d)) for d in dirs),
    ])


class Tracer(Protocol):
    """The tracing mode of the fidelity check (fidelity/tracing.py), handed in by the check: render
    never imports the fidelity package, which imports render to render in that mode."""

    def environment(self, options: dict) -> jinja2.Environment:
        """An environment like the one `options` make, whose output names the template lines."""

    def mark(self, kind: str, value) -> Markup:
        """`value` marked as a kind of text the check treats apart (a note number, furniture)."""


def _make_environment(dirs: tuple[Path, ...], tracer: Optional[Tracer] = None) -> jinja2.Environment:
    options = dict(
        loader=_loader(dirs),
        undefined=jinja2.StrictUndefined,
        # Release text is data: escape it in HTML and XML (SVG), never in CSS.
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "svg"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
        finalize=strip_controls,
    )
    if tracer is not None:
        return tracer.environment(options)
    env = ImmutableSandboxedEnvironment(**options)
    filters.install(env)
    return env


@lru_cache(maxsize=8)
def _environment(dirs: tuple[Path, ...], tracer: Optional[Tracer] = None) -> jinja2.Environment:
    return _make_environment(dirs, tracer)


class CompiledCache:
    """Compiled code of templates given as strings (docxtpl hands each XML part of a Word template
    to `from_string`), kept per process: a Word template's parts are compiled once, not at every
    render. Keyed by the environment's class, the template's name and its source; the oldest go first."""

    def __init__(self, size: int = 64):
        self.size = size
        self.codes: dict = {}

    def code(self, env: jinja2.Environment, source: str, name: Optional[str] = None):
        key = (type(env), name, source)
        code = self.codes.pop(key, None)
        if code is None:
            code = env.compile(source, name, name)
        self.codes[key] = code  # most recently used last
        while len(self.codes) > self.size:
            self.codes.pop(next(iter(self.codes)))
        return code


COMPILED = CompiledCache()


class DocxEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox for Word templates, whose XML parts come as strings: compiled once per process."""

    def from_string(self, source, globals=None, template_class=None):
        cls = template_class or self.template_class
        return cls.from_code(self, COMPILED.code(self, source), self.make_globals(globals), None)


def docx_environment(tracer: Optional[Tracer] = None) -> jinja2.Environment:
    """A fresh environment for docxtpl: autoescaped (XML), StrictUndefined, the same filters."""
    options = dict(undefined=jinja2.StrictUndefined, autoescape=True, finalize=strip_controls)
    if tracer is not None:
        return tracer.environment(options)
    env = DocxEnvironment(**options)
    filters.install(env)
    return env


STYLESHEET = "briefing.css"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
# @import url("x.css"); or @import "x.css"; (media queries after the URL are not supported)
_IMPORT = re.compile(r"""@import\s+(?:url\(\s*(['"]?)([^'")]+)\1\s*\)|(['"])([^'"]+)\3)\s*;""")


class Templates:
    """The template search path, resolved once: the user's folder first (if any), then the built-ins.

    What a renderer asks of the templates goes through here: the Jinja environment and rendering,
    the file a name resolves to (`investor.docx`, `!builtin/investor.html`), the stylesheet and its
    font rules, listing and exporting. The folder is checked when first used, as a render would.
    """

    def __init__(self, folder: Optional[PathLike] = None):
        self.folder = Path(folder) if folder is not None else None

    def __repr__(self) -> str:
        return f"Templates({str(self.folder)!r})" if self.folder is not None else "Templates()"

    def __eq__(self, other) -> bool:
        return isinstance(other, Templates) and self.folder == other.folder

    def __hash__(self) -> int:
        return hash(self.folder)

    @cached_property
    def dirs(self) -> tuple[Path, ...]:
        """The folders a template name is looked up in, first match wins."""
        dirs = []
        if self.folder is not None:
            if not self.folder.is_dir():
                raise TemplateError(f"templates folder {self.folder} does not exist")
            dirs.append(self.folder.resolve())
        dirs.extend(d for d in AUDIENCE_DIRS if d not in dirs)
        dirs.append(builtin_dir())
        return tuple(dirs)

    def resolve(self, name: str) -> Path:
        """The file a template name resolves to (`!builtin/x` always to the built-in one)."""
        if name.startswith(BUILTIN_PREFIX + "/"):
            dirs, name = [builtin_dir()], name[len(BUILTIN_PREFIX) + 1:]
        else:
            dirs = self.dirs
        for folder in dirs:
            candidate = (folder / name).resolve()
            if candidate.is_relative_to(folder) and candidate.is_file():
                return candidate
        raise TemplateError(f"template {name!r} not found in {', '.join(str(d) for d in dirs)}")

    def source(self, name: str) -> str:
        """The raw text of a template file (CSS is read this way: it is not a Jinja template)."""
        return self.resolve(name).read_text(encoding="utf-8")

    def listing(self) -> list[tuple[str, Path]]:
        """Every template name a render can use, with the file it resolves from (for `templates list`)."""
        names = set()
        for folder in self.dirs:
            names.update(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts)
        return [(name, self.resolve(name)) for name in sorted(names)]

    def export(self, dest: PathLike, overwrite: bool = False) -> list[Path]:
        """Copy the built-in templates into `dest` (created; existing files kept unless `overwrite`)."""
        src, dest = builtin_dir(), Path(dest)
        written = []
        for path in sorted(src.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            target = dest / path.relative_to(src)
            if target.exists() and not overwrite:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written.append(target)
        return written

    # --- Jinja ------------------------------------------------------------------------------

    def environment(self, tracer: Optional[Tracer] = None) -> jinja2.Environment:
        """The environment for this search path (cached: compiled templates are reused across renders).

        With a tracer: the tracing environment of the fidelity check (see fidelity/tracing.py), whose
        output carries invisible markers naming the template file and line of every piece of text.
        """
        return _environment(self.dirs, tracer)

    def render(self, name: str, context: dict, tracer: Optional[Tracer] = None) -> str:
        """Render one named template; any Jinja error is a TemplateError with file and line."""
        env = self.environment(tracer)
        try:
            template = env.get_template(name)
            return template.render(**context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template {exc.name!r} not found in "
                                f"{', '.join(str(d) for d in self.dirs)}") from None
        except jinja2.TemplateError as exc:
            raise self.error(exc, name) from exc

    def error(self, exc: BaseException, name: str, context_text: str = "") -> TemplateError:
        """A TemplateError naming the file and line of a Jinja error (or the template asked for)."""
        filename = getattr(exc, "filename", None) or getattr(exc, "name", None) or name
        lineno = getattr(exc, "lineno", None)
        if lineno is None and exc.__traceback__ is not None:
            # Runtime errors (undefined variables) carry no line; Jinja rewrites the traceback so the
            # template's own frames name the template file and line: take the innermost such frame.
            dirs = self.dirs
            tb = exc.__traceback__
            while tb is not None:
                code_file = tb.tb_frame.f_code.co_filename
                from_string = code_file == "<template>" or code_file.startswith("<docx part ")  # docxtpl's XML
                if from_string or any(code_file.startswith(str(d)) for d in dirs):
                    filename = code_file if not from_string else filename
                    lineno = tb.tb_lineno
                tb = tb.tb_next
        where = str(filename)
        if lineno is not None:
            where += f", line {lineno}"
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        if context_text:
            message += f" (near: {context_text})"
        return TemplateError(f"template {where}: {message}")

    # --- the stylesheet ---------------------------------------------------------------------

    def stylesheet(self) -> tuple[str, str]:
        """(the @font-face rules, everything else) of briefing.css on the search path, with the
        template files it @imports (`@import url("!builtin/briefing.css")`) put in their place, so
        their fonts and url()s are read like the importing file's own."""
        css = "".join(text for _path, text in self.stylesheet_sources(expand=True))
        return "\n".join(_FONT_FACE.findall(css)), _FONT_FACE.sub("", css)

    def stylesheet_sources(self, expand: bool = False) -> list[tuple[Path, str]]:
        """briefing.css and every template file it @imports, each as (path, text) in the order a
        browser reads them. With `expand`, the importing text in pieces around its imports (for
        `stylesheet`), else each file whole, once (for the fidelity check's `content:` text)."""
        out: list[tuple[Path, str]] = []
        seen: set[Path] = set()

        def visit(name: str) -> None:
            path = self.resolve(name)
            if path in seen:
                return
            seen.add(path)
            text = path.read_text(encoding="utf-8")
            if not expand:
                out.append((path, text))
            pos = 0
            for m in _IMPORT.finditer(text):
                url = (m.group(2) or m.group(4)).strip()
                if _SCHEME.match(url):
                    continue  # an absolute URL: left for the fetcher, which refuses it
                if expand:
                    out.append((path, text[pos:m.start()]))
                    pos = m.end()
                visit(url)
            if expand:
                out.append((path, text[pos:]))

        visit(STYLESHEET)
        return out

    def css_urls(self, css: str, target: Callable[[str, Path], str]) -> str:
        """`css` with every relative url(...) replaced by `target(url, the template file it names)`.

        Absolute URLs are left alone: the PDF's url_fetcher refuses them, as it refuses all but data:
        and template files.
        """
        def replace(m: re.Match) -> str:
            url = m.group(2).strip()
            if _SCHEME.match(url) or url.startswith("#"):
                return m.group(0)
            return f'url("{target(url, self.resolve(url))}")'

        return _CSS_URL.sub(replace, css)

    def font_css(self) -> str:
        """The @font-face rules with file: URIs, for WeasyPrint to compile once and reuse (see pdf.py)."""
        return self.css_urls(self.stylesheet()[0], lambda _url, path: path.as_uri())
