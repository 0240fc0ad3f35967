"""What `reportgen build` is asked to do, checked before any release is read.

Every option is validated here first (an unknown audience, format, paper or PDF variant, a
templates folder or brand file that is not there, an output folder that cannot be written), so a
mistake is reported at once with its exit code (errors.EXIT_CODES) instead of after every release
was rendered. `output_slugs` gives each release its output name, never the same for two inputs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import UsageError


@dataclass
class BuildPlan:
    """The checked options of one `reportgen build`."""

    out: Path
    audiences: Optional[list[str]]  # None: the default selection (briefings.default_audiences)
    formats: list[str]
    options: object  # render.options.RenderOptions
    force: bool = False
    password: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def parse_formats(value: str) -> list[str]:
    """'pdf,docx' -> ['pdf', 'docx']; 'all' -> every format; anything else is a UsageError."""
    from .render.options import BUILD_FORMATS

    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    if items == ["all"]:
        return list(BUILD_FORMATS)
    bad = [v for v in items if v not in BUILD_FORMATS]
    if bad or not items:
        shown = ", ".join(bad) or repr(value)
        raise UsageError(f"unknown format {shown}; choose from {', '.join(BUILD_FORMATS)} or all")
    return list(dict.fromkeys(items))


def check_pdf_variant(variant: Optional[str]) -> Optional[str]:
    """The PDF variant if WeasyPrint knows it, else a UsageError naming the choices."""
    if variant is None:
        return None
    try:
        from weasyprint.pdf import VARIANTS
    except (ImportError, OSError):  # WeasyPrint unusable: the render says so with its own error
        return variant
    if variant not in VARIANTS:
        raise UsageError(f"unknown PDF variant {variant!r}; choose from {', '.join(sorted(VARIANTS))}")
    return variant


def prepare_build(
    out: os.PathLike | str,
    audience: Optional[str] = None,
    formats: str = "pdf,docx",
    templates: Optional[os.PathLike | str] = None,
    paper: Optional[str] = None,
    pdf_variant: Optional[str] = None,
    *,
    brand: Optional[os.PathLike | str] = None,
    variables: Sequence[str] = (),
    force: bool = False,
    password: Optional[str] = None,
    check_out: bool = True,
    audiences_dir: Optional[os.PathLike | str] = None,
) -> BuildPlan:
    """Check every option of a build, and the output folder, before any work. The audiences of
    installed packages and of `audiences_dir` are registered first (reportgen/plugins.py)."""
    from .pipeline import check_output_folder, parse_audiences
    from .plugins import load_folder, load_installed
    from .render.brand import load_brand, parse_variables
    from .render.options import PAPERS, RenderOptions
    from .render.templating import Templates

    fmt_list = parse_formats(formats)
    load_installed()
    if audiences_dir is not None:
        load_folder(audiences_dir)
    audiences = None if audience is None else parse_audiences(audience)
    tpl = Templates(templates)
    if templates is not None and not Path(templates).is_dir():
        raise UsageError(f"{templates}: templates folder not found")
    brand_ = load_brand(brand, tpl)
    paper = paper or brand_.paper or "a4"
    if paper.lower() not in PAPERS:
        raise UsageError(f"unknown paper {paper!r}; choose {' or '.join(PAPERS)}")
    variant = check_pdf_variant(pdf_variant) if "pdf" in fmt_list else pdf_variant
    options = RenderOptions(templates=tpl, paper=paper.lower(), pdf_variant=variant,
                            brand=brand_, variables=parse_variables(variables))
    out_path = check_output_folder(out) if check_out else Path(out)
    return BuildPlan(out=out_path, audiences=audiences, formats=fmt_list, options=options, force=force,
                     password=password)


def _folder_prefix(path: Path) -> str:
    """The name of the folder that tells a release apart: its own, or the one above when the
    release is named after its folder (`acme/release.txt`)."""
    from .pipeline import GENERIC_STEMS

    parent = path.resolve().parent
    if path.stem.lower() in GENERIC_STEMS:
        parent = parent.parent
    return re.sub(r"[^A-Za-z0-9]+", "-", parent.name).strip("-").lower()


GIVEN_TWICE = "given more than once; built once"


def output_slugs(paths: Iterable[os.PathLike | str]) -> tuple[list[tuple[Path, str]], dict[Path, list[str]]]:
    """(each distinct release with its output name, {release: notes about it}): two inputs never
    write one name.

    The same file given twice is built once. Inputs whose names collide (`a/x.md` and `b/x.md`,
    `x.md` and `x.html`, two folders' `release.txt` in folders of one name) get the name of their
    folder before it (`a-x`, `b-x`), else their format (`x-md`, `x-html`), else a number.
    """
    from .pipeline import release_slug

    seen: dict[Path, Path] = {}
    unique: list[Path] = []
    notes: dict[Path, list[str]] = {}
    for p in map(Path, paths):
        key = p.resolve()
        if key in seen:
            notes.setdefault(seen[key], []).append(GIVEN_TWICE)
            continue
        seen[key] = p
        unique.append(p)
    slugs = [release_slug(p) for p in unique]
    groups: dict[str, list[int]] = {}
    for i, slug in enumerate(slugs):
        groups.setdefault(slug, []).append(i)
    for slug, members in groups.items():
        if len(members) == 1:
            continue
        folders = [_folder_prefix(unique[i]) for i in members]
        formats = [unique[i].suffix.lstrip(".").lower() for i in members]
        if all(folders) and len(set(folders)) == len(members):
            names = [f"{folder}-{slug}" for folder in folders]
        elif all(formats) and len(set(formats)) == len(members):
            names = [f"{slug}-{fmt}" for fmt in formats]
        else:
            names = [slug if n == 1 else f"{slug}-{n}" for n in range(1, len(members) + 1)]
        for i, name in zip(members, names):
            slugs[i] = name
    for p, slug in zip(unique, slugs):
        if slug != release_slug(p):
            notes.setdefault(p, []).append(f"another input has the same name; its outputs are named {slug}-*")
    return list(zip(unique, slugs)), notes
