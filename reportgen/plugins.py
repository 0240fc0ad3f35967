"""Audiences added without forking reportgen: from a user's folder or an installed package.

- A folder (`reportgen build --audiences my-audiences`): every `*.py` in it is an audience module,
  and its templates (`<name>.html`, `<name>.docx`) are looked up in the same folder.
- A package: an entry point in the group `reportgen.audiences`, e.g. in its pyproject.toml

      [project.entry-points."reportgen.audiences"]
      board = "acme_board.audience"

  naming the module; its templates are in the `templates` folder beside the module (else the
  module's own folder).

An audience module has `AUDIENCE` (its name; else the file or entry point name), `build(release) ->
Briefing`, and optionally `applies(release) -> bool` (built by default only when it says yes,
always when asked for by name) with `SKIP_REASON`, the note a build shows when it does not.
docs/new-audience.md works one through. A mistake in the module (it does not import, lacks
`build`, raises while building) is an error naming the module (exit 4), never an internal error.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Optional

from . import briefings
from .errors import ReportgenError, TemplateError, UsageError
from .render.templating import add_template_dir, remove_template_dir

ENTRY_POINT_GROUP = "reportgen.audiences"
_installed_loaded = False
_added: dict[str, Path] = {}  # audience -> its templates folder


def _builder(module: ModuleType, name: str, origin: str):
    build = getattr(module, "build", None)
    if not callable(build):
        raise TemplateError(f"audience {origin}: no build(release) function")

    def guarded(release):
        try:
            briefing = build(release)
        except ReportgenError:
            raise
        except Exception as exc:
            raise TemplateError(f"audience {name} ({origin}) failed: {type(exc).__name__}: {exc}") from exc
        if getattr(briefing, "audience", None) != name:
            raise TemplateError(f"audience {name} ({origin}): build() returned "
                                f"{type(briefing).__name__} for audience {getattr(briefing, 'audience', None)!r}, "
                                f"not a Briefing with audience={name!r}")
        return briefing

    return guarded


def register_module(module: ModuleType, templates: Path, origin: str, name: Optional[str] = None) -> str:
    """Register the audience an imported module defines, its templates in `templates`."""
    name = str(getattr(module, "AUDIENCE", None) or name or "").strip().lower()
    if not name:
        raise TemplateError(f"audience {origin}: no AUDIENCE name")
    applies = getattr(module, "applies", None)
    name = briefings.register(name, _builder(module, name, origin), applies=applies if callable(applies) else None,
                              skip_reason=str(getattr(module, "SKIP_REASON", "") or ""))
    add_template_dir(templates)
    _added[name] = Path(templates).resolve()
    return name


def _import_file(path: Path) -> ModuleType:
    module_name = f"reportgen_audience_{path.stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise TemplateError(f"audience {path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        sys.modules.pop(module_name, None)
        line = ""
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == str(path):
                line = f", line {tb.tb_lineno}"
            tb = tb.tb_next
        if isinstance(exc, SyntaxError) and exc.lineno:
            line = f", line {exc.lineno}"
        raise TemplateError(f"audience {path}{line}: {type(exc).__name__}: {exc}") from exc
    return module


def load_folder(folder: os.PathLike | str) -> list[str]:
    """Register every audience module (`*.py`) of a user's folder; their templates are beside them."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"{folder}: audiences folder not found")
    modules = sorted(p for p in folder.glob("*.py") if not p.name.startswith("_"))
    if not modules:
        raise UsageError(f"{folder}: no audience module (*.py) in it")
    return [register_module(_import_file(path), folder, str(path)) for path in modules]


def load_installed(refresh: bool = False) -> list[str]:
    """Register the audiences installed packages declare (entry points of `reportgen.audiences`);
    once per process unless `refresh`."""
    global _installed_loaded
    if _installed_loaded and not refresh:
        return []
    _installed_loaded = True
    from importlib.metadata import entry_points

    names = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"entry point {ep.name} = {ep.value}"
        try:
            module = ep.load()
        except Exception as exc:
            raise TemplateError(f"audience {origin}: {type(exc).__name__}: {exc}") from exc
        if not isinstance(module, ModuleType):
            module = sys.modules[module.__module__]  # `pkg.mod:build` names the module's function
        here = Path(module.__file__).resolve().parent
        templates = here / "templates" if (here / "templates").is_dir() else here
        names.append(register_module(module, templates, origin, name=ep.name))
    return names


def unload(name: str) -> None:
    """Forget an added audience and its templates folder (tests use this)."""
    briefings.unregister(name)
    folder = _added.pop(name, None)
    if folder is not None and folder not in _added.values():
        remove_template_dir(folder)
