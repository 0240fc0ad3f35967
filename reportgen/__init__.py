"""reportgen: turn corporate press releases into investor, medical and press briefings (PDF, DOCX, HTML).

The public API (documented in the README, "Using reportgen from Python"; defined in reportgen/api.py):

    import reportgen

    release = reportgen.read_release("inputs/epicept-ceplene-2007-12-10/release.txt")  # a path, text or bytes
    reportgen.judge(release).is_release                  # True: a press release (else .reason says why not)
    briefing = reportgen.build_briefing(release, "investor")
    pdf = reportgen.render_briefing(briefing, "pdf")     # bytes; the fidelity check runs first
    reportgen.build_all("inputs/epicept-ceplene-2007-12-10/release.txt", "out")   # as `reportgen build`

    read_release(source, *, password=None, name=None) -> Release
    judge(release) -> Verdict                            # is_release, reason, found, missing
    audiences() -> list[str]                             # registered audiences
    build_briefing(release, audience) -> Briefing
    render_options(templates=None, *, brand=None, paper=None, pdf_variant=None, variables=None) -> RenderOptions
    verify(briefing, formats=("pdf", "docx", "html"), options=None, *, release=None)   # FidelityError
    render_briefing(briefing, fmt="pdf", options=None, *, release=None, check=True, warnings=None) -> bytes
    build_all(paths, out_dir, *, audiences=None, formats=("pdf", "docx"), options=None, force=False,
              password=None) -> list[BuildResult]
    build_many(paths, out_dir, ...) -> iterator of results  # batches: parallel, skip-unchanged (batch.py)
    ReportgenError (and its kinds in reportgen.errors; `exit_code` is the command line's)

Names are imported when first used, so `import reportgen` stays light (the command line imports it).
"""

from .version import __version__

__all__ = [
    "Briefing",
    "BuildResult",
    "Release",
    "RenderOptions",
    "ReportgenError",
    "Verdict",
    "__version__",
    "audiences",
    "build_all",
    "build_briefing",
    "build_many",
    "judge",
    "read_release",
    "render_briefing",
    "render_options",
    "verify",
]


def __getattr__(name: str):
    if name == "build_many":
        from reportgen.batch import build_many

        return build_many
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'reportgen' has no attribute {name!r}")
