"""The one Jinja2 environment: user templates first, then the built-ins, reachable as `!builtin/...`.

A user's `investor.html` can `{% extends "!builtin/investor.html" %}` and replace one block; a
user's folder that lacks a file falls back to the built-in one. StrictUndefined makes a misspelt
variable an error, and every Jinja error becomes a TemplateError naming the file and line.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path
from typing import Optional, Protocol, Union

import jinja2
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


def search_path(templates_dir: Optional[PathLike] = None) -> list[Path]:
    """The folders a template name is looked up in, first match wins."""
    dirs = []
    if templates_dir is not None:
        user = Path(templates_dir)
        if not user.is_dir():
            raise TemplateError(f"templates folder {user} does not exist")
        dirs.append(user.resolve())
    dirs.append(builtin_dir())
    return dirs


def resolve(name: str, templates_dir: Optional[PathLike] = None) -> Path:
    """The file a template name resolves to (`!builtin/x` always to the built-in one)."""
    if name.startswith(BUILTIN_PREFIX + "/"):
        dirs, name = [builtin_dir()], name[len(BUILTIN_PREFIX) + 1:]
    else:
        dirs = search_path(templates_dir)
    for folder in dirs:
        candidate = (folder / name).resolve()
        if candidate.is_relative_to(folder) and candidate.is_file():
            return candidate
    raise TemplateError(f"template {name!r} not found in {', '.join(str(d) for d in dirs)}")


def list_templates(templates_dir: Optional[PathLike] = None) -> list[tuple[str, Path]]:
    """Every template name a render can use, with the file it resolves from (for `templates list`)."""
    names = set()
    for folder in search_path(templates_dir):
        names.update(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)
    return [(name, resolve(name, templates_dir)) for name in sorted(names)]


def export_templates(dest: PathLike, overwrite: bool = False) -> list[Path]:
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
    env = jinja2.Environment(**options)
    filters.install(env)
    return env


@lru_cache(maxsize=8)
def _environment(dirs: tuple[Path, ...], tracer: Optional[Tracer] = None) -> jinja2.Environment:
    return _make_environment(dirs, tracer)


def environment(templates_dir: Optional[PathLike] = None, tracer: Optional[Tracer] = None) -> jinja2.Environment:
    """The environment for this search path (cached: compiled templates are reused across renders).

    With a tracer: the tracing environment of the fidelity check (see fidelity/tracing.py), whose
    output carries invisible markers naming the template file and line of every piece of text.
    """
    return _environment(tuple(search_path(templates_dir)), tracer)


def docx_environment(tracer: Optional[Tracer] = None) -> jinja2.Environment:
    """A fresh environment for docxtpl: autoescaped (XML), StrictUndefined, the same filters."""
    options = dict(undefined=jinja2.StrictUndefined, autoescape=True, finalize=strip_controls)
    if tracer is not None:
        return tracer.environment(options)
    env = jinja2.Environment(**options)
    filters.install(env)
    return env


def template_error(exc: BaseException, name: str, templates_dir: Optional[PathLike] = None,
                   context_text: str = "") -> TemplateError:
    """A TemplateError naming the file and line of a Jinja error (or the template asked for)."""
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None) or name
    lineno = getattr(exc, "lineno", None)
    if lineno is None and exc.__traceback__ is not None:
        # Runtime errors (undefined variables) carry no line; Jinja rewrites the traceback so the
        # template's own frames name the template file and line: take the innermost such frame.
        dirs = search_path(templates_dir)
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


def render_template(name: str, context: dict, templates_dir: Optional[PathLike] = None,
                    tracer: Optional[Tracer] = None) -> str:
    """Render one named template; any Jinja error is a TemplateError with file and line."""
    env = environment(templates_dir, tracer)
    try:
        template = env.get_template(name)
        return template.render(**context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template {exc.name!r} not found in "
                            f"{', '.join(str(d) for d in search_path(templates_dir))}") from None
    except jinja2.TemplateError as exc:
        raise template_error(exc, name, templates_dir) from exc


def source_of(name: str, templates_dir: Optional[PathLike] = None) -> str:
    """The raw text of a template file (CSS is read this way: it is not a Jinja template)."""
    return resolve(name, templates_dir).read_text(encoding="utf-8")
