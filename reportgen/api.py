"""The public API, as `reportgen.<name>` (see the README's "Using reportgen from Python").

    import reportgen

    release = reportgen.read_release("inputs/epicept-ceplene-2007-12-10/release.txt")  # or str text, or bytes
    verdict = reportgen.judge(release)                   # is it a press release, and why
    briefing = reportgen.build_briefing(release, "investor")
    pdf = reportgen.render_briefing(briefing, "pdf")    # bytes; the fidelity check runs first
    results = reportgen.build_all(["a.txt", "b.md"], "out")   # what `reportgen build` does

Every failure is a `reportgen.ReportgenError` (its `exit_code` is the command line's). `render_briefing`
refuses (FidelityError) a briefing that shows a figure its release does not contain, as
`reportgen build` does; `reportgen.render.render_bytes` is the unchecked renderer underneath.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Optional, Union

from .briefings.briefing import Briefing
from .errors import ReportgenError, UsageError
from .model import Release
from .pipeline import BuildResult
from .readers.judge import Verdict
from .render.options import FORMATS, RenderOptions

Source = Union[str, bytes, os.PathLike]


def read_release(source: Source, *, password: Optional[str] = None, name: Optional[str] = None) -> Release:
    """The normalized model of a release, with its facts.

    `source` is a path (`os.PathLike`, or a `str` of one line), the release's text (a `str` with a
    line break in it) or its bytes (any format reportgen reads, sniffed from the bytes). A file's
    attachments are read from its folder; text and bytes have none. `name` names text and bytes in
    errors (default 'release').
    """
    from .pipeline import load_release, load_release_data

    if isinstance(source, bytes):
        return load_release_data(source, name or "release", password=password)
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return load_release_data(source.encode("utf-8"), name or "release", password=password)
    if isinstance(source, (str, os.PathLike)):
        return load_release(source, password=password)
    raise UsageError(f"read_release: expected a path, text or bytes, not {type(source).__name__}")


def judge(release: Release) -> Verdict:
    """Whether `release` is a press release: `Verdict.is_release`, and `reason` says why (not)."""
    from .pipeline import judge_release

    return judge_release(release)


def audiences() -> list[str]:
    """The registered audiences (built-in, and any from installed packages or --audiences folders)."""
    from .briefings import AUDIENCES
    from .plugins import load_installed

    load_installed()
    return list(AUDIENCES)


def build_briefing(release: Release, audience: str) -> Briefing:
    """What `audience` sees of `release`; the briefing remembers its release for `render_briefing`."""
    from . import briefings
    from .plugins import load_installed

    load_installed()
    briefing = briefings.build(release, audience)
    briefing._release = release
    return briefing


def render_options(templates: Optional[Union[str, os.PathLike]] = None, *, brand: Optional[Union[str, os.PathLike]] = None,
                   paper: Optional[str] = None, pdf_variant: Optional[str] = None,
                   variables: Optional[Mapping[str, str]] = None,
                   audiences_dir: Optional[Union[str, os.PathLike]] = None) -> RenderOptions:
    """RenderOptions checked as `reportgen build` checks its options (templates folder, brand file,
    paper, PDF variant, variables); `audiences_dir` registers the audiences of a folder first."""
    from .buildplan import prepare_build

    plan = prepare_build(".", None, "pdf" if pdf_variant else "html", templates, paper, pdf_variant, brand=brand,
                         variables=[f"{k}={v}" for k, v in (variables or {}).items()], check_out=False,
                         audiences_dir=audiences_dir)
    return plan.options


def _release_of(briefing: Briefing, release: Optional[Release]) -> Release:
    release = release if release is not None else briefing._release
    if release is None:
        raise UsageError("the fidelity check needs the release this briefing was built from: pass "
                         "release=..., build the briefing with reportgen.build_briefing, or pass check=False")
    return release


def verify(briefing: Briefing, formats: Sequence[str] = FORMATS, options: Optional[RenderOptions] = None, *,
           release: Optional[Release] = None) -> None:
    """The fidelity check of `reportgen build`: FidelityError when the briefing, as `formats` show
    it, prints a figure its release does not contain (or a figure beside the wrong source)."""
    from .fidelity import verify as _verify

    _verify(briefing, _release_of(briefing, release), list(formats), options or RenderOptions())


def render_briefing(briefing: Briefing, fmt: str = "pdf", options: Optional[RenderOptions] = None, *,
           release: Optional[Release] = None, check: bool = True, warnings: Optional[list] = None) -> bytes:
    """The briefing as a PDF, DOCX or HTML document (bytes). The fidelity check runs first unless
    `check=False`; the renderer's warnings (a refused URL, an image not inlined) are appended to
    `warnings` when a list is given."""
    from .render import render_bytes

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    options = options or RenderOptions()
    if check:
        verify(briefing, [fmt], options, release=release)
    rendered = render_bytes(briefing, fmt, options)
    if warnings is not None:
        warnings.extend(rendered.warnings)
    return rendered.data


def build_all(paths: Union[Source, Iterable[Union[str, os.PathLike]]], out_dir: Union[str, os.PathLike], *,
              audiences: Optional[Sequence[str]] = None, formats: Sequence[str] = ("pdf", "docx"),
              options: Optional[RenderOptions] = None, force: bool = False,
              password: Optional[str] = None) -> list[BuildResult]:
    """What `reportgen build` does, for one release file or several: each release's briefings in
    each format written to `out_dir` (output names never shared by two inputs), checked first.
    `audiences` None is the default selection (medical only for clinical releases). The first
    failure raises its ReportgenError; a file that is not a press release raises NotAReleaseError
    unless `force`."""
    from .buildplan import output_slugs, parse_formats
    from .pipeline import build_release, check_output_folder, parse_audiences
    from .plugins import load_installed

    load_installed()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    fmt_list = parse_formats(",".join(formats))
    chosen = None if audiences is None else parse_audiences(",".join(audiences))
    out = check_output_folder(out_dir)
    inputs, notes = output_slugs(paths)
    results = []
    for path, slug in inputs:
        result = build_release(path, out, chosen, fmt_list, options, slug=slug, force=force, password=password)
        result.warnings[:0] = [f"{path}: {note}" for note in notes.get(path, [])]
        results.append(result)
    return results


__all__ = [
    "Briefing",
    "BuildResult",
    "Release",
    "RenderOptions",
    "ReportgenError",
    "Verdict",
    "audiences",
    "build_all",
    "build_briefing",
    "judge",
    "read_release",
    "render_briefing",
    "render_options",
    "verify",
]
