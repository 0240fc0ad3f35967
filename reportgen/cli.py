"""The `reportgen` command line: a thin Typer layer; each command calls one library function."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from reportgen import __version__
from reportgen.errors import ReportgenError

app = typer.Typer(
    name="reportgen",
    help="Turn press releases into investor and medical briefings (PDF, DOCX, HTML).\n\n"
    "Example: reportgen build inputs/epicept-ceplene-2007-12-10/release.txt --out out",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
templates_app = typer.Typer(
    help="List and export the briefing templates.\n\nExample: reportgen templates export my-templates",
    no_args_is_help=True,
)
app.add_typer(templates_app, name="templates")

_state = {"debug": False}


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def handle_errors(func):
    """Print `error: <one line>` and exit non-zero instead of a traceback (unless --debug)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except ReportgenError as e:
            if _state["debug"]:
                raise
            _fail(str(e), e.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(0)
        except Exception as e:  # a bug: still one line, with --debug for the traceback
            if _state["debug"]:
                raise
            _fail(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", 70)

    return wrapper


def _version(value: bool):
    if value:
        typer.echo(f"reportgen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    max_input_mb: Optional[float] = typer.Option(
        None, "--max-input-mb", min=0.001, help="Refuse input files larger than this many MB (default 16).",
        show_default=False),
):
    _state["debug"] = debug
    from reportgen.limits import set_input_limit

    set_input_limit(max_input_mb)


def _parse_formats(value: str) -> list[str]:
    from reportgen.render.options import BUILD_FORMATS

    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    if items == ["all"]:
        return list(BUILD_FORMATS)
    bad = [v for v in items if v not in BUILD_FORMATS]
    if bad or not items:
        shown = ", ".join(bad) or repr(value)
        raise ReportgenError(f"unknown format {shown}; choose from {', '.join(BUILD_FORMATS)} or all")
    return list(dict.fromkeys(items))


@app.command()
@handle_errors
def build(
    releases: list[Path] = typer.Argument(..., help="Release files, folders (a release folder, or every release below) and globs.", show_default=False),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder (created if missing)."),
    audience: str = typer.Option("all", "--audience", "-a", help="investor, medical, press (or any registered audience), a comma list, or all."),
    format: str = typer.Option("pdf,docx", "--format", "-f", help="pdf, docx, html, json (comma list) or all."),
    templates: Optional[Path] = typer.Option(None, "--templates", "-t", help="Your templates folder: its files win, the rest fall back to the built-ins."),
    paper: str = typer.Option("a4", "--paper", help="Paper size for PDF: a4 or letter."),
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="PDF variant, e.g. pdf/ua-1 (tagged, accessible)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Releases built at once, each in its own process (default: the number of cores).", show_default=False),
    force: bool = typer.Option(False, "--force", help="Rebuild briefings that are up to date (same release, attachments, templates, options and version)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Show nothing but errors: no progress and no summary."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Build on a Dask cluster, e.g. tcp://host:8786 (pip install 'reportgen[dask]'); paths and --out must be shared with its workers.", show_default=False),
):
    """Render briefings for each release into OUT; folders and globs build every release they hold,
    in parallel, skipping briefings that are up to date.

    Example: reportgen build inputs/epicept-ceplene-2007-12-10/release.txt --out out --format pdf,docx
    """
    from reportgen.batch import build_many
    from reportgen.progress import report

    run = build_many(releases, out, audiences=audience, formats=_parse_formats(format), templates=templates,
                     paper=paper, pdf_variant=pdf_variant, jobs=jobs, force=force, scheduler=scheduler,
                     debug=_state["debug"])
    code = report(run, quiet=quiet, debug=_state["debug"])
    if code:
        raise typer.Exit(code)


@app.command()
@handle_errors
def inspect(
    release: Path = typer.Argument(..., help="A release file.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the normalized model as JSON."),
    audit: bool = typer.Option(False, "--audit", help="Show each block of the source with what it became, and the "
                                                      "model's consistency problems."),
):
    """Show the normalized model of a release: a readable summary, or JSON with --json.

    Example: reportgen inspect inputs/epicept-ceplene-2007-12-10/release.txt --json
    """
    from reportgen.pipeline import audit_text, load_release, summarize

    if audit:
        typer.echo(audit_text(release))
        return
    model = load_release(release)
    if as_json:
        typer.echo(model.model_dump_json(indent=2))
    else:
        typer.echo(summarize(model))


@app.command()
@handle_errors
def text(
    documents: list[Path] = typer.Argument(..., help="Documents: wire text, HTML, markdown, .doc, .docx, .rtf.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print each document's stories, paragraphs, tables and metadata as JSON."),
    password: Optional[str] = typer.Option(None, "--password", help="Password of an encrypted Word file."),
):
    """Print the plain text of documents, one paragraph a line (table cells separated by tabs).

    Example: reportgen text "inputs/epicept-ceplene-2007-12-10/nym021 - english.doc"
    """
    from reportgen.readers import read_text

    failures = 0
    for _i, path in enumerate(documents):
        try:
            doc = read_text(path, password=password)
        except ReportgenError as e:
            if len(documents) == 1:
                raise
            msg = str(e)
            typer.echo(f"error: {msg if msg.startswith(str(path)) else f'{path}: {msg}'}", err=True)
            failures += 1
            continue
        for warning in doc.warnings:
            typer.echo(f"warning: {path}: {warning}", err=True)
        if as_json:
            payload = doc.model_dump(exclude={"format"})
            payload["format"] = doc.format
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            if len(documents) > 1:
                typer.echo(f"==> {path} <==")
            typer.echo(plain_text(doc))
    if failures:
        raise typer.Exit(2)


def plain_text(doc) -> str:
    """The body, then the other stories, each under a bracketed label."""
    parts = [doc.body.rstrip("\n")]
    for label in doc.STORIES:
        items = [t for t in getattr(doc, label) if t.strip()]
        if items:
            parts.append(f"[{label}]\n" + "\n".join(t.rstrip("\n") for t in items))
    return "\n".join(p for p in parts if p)


@app.command()
@handle_errors
def schema(
    briefing: bool = typer.Option(False, "--briefing", help="The schema of a briefing's JSON "
                                  "(<release>-<audience>.json of `build --format json`) instead."),
):
    """Print the JSON Schema of the normalized model (the contract of `inspect --json`), or of a
    briefing's JSON with --briefing.

    Example: reportgen schema > release.schema.json
    """
    if briefing:
        from reportgen.briefings.briefing import BriefingExport

        typer.echo(json.dumps(BriefingExport.model_json_schema(), indent=2))
        return
    from reportgen.model import release_schema

    typer.echo(json.dumps(release_schema(), indent=2))


@templates_app.command("list")
@handle_errors
def templates_list(
    templates: Optional[Path] = typer.Option(None, "--templates", "-t", help="Your templates folder, to see which files it overrides."),
):
    """List each template and where it resolves from (your folder or built-in).

    Example: reportgen templates list --templates my-templates
    """
    from reportgen.pipeline import list_templates

    for name, origin in list_templates(templates):
        typer.echo(f"{name}\t{origin}")


@templates_app.command("export")
@handle_errors
def templates_export(
    directory: Path = typer.Argument(..., help="Folder to copy the built-in templates into.", show_default=False),
    force: bool = typer.Option(False, "--force", help="Overwrite files that already exist."),
):
    """Copy the built-in templates into DIRECTORY to edit them; use them with --templates DIRECTORY.

    Example: reportgen templates export my-templates
    """
    from reportgen.pipeline import export_templates

    for written in export_templates(directory, force=force):
        typer.echo(str(written))


def main() -> None:
    """Entry point: usage mistakes are one `error:` line too, like every other error."""
    if len(sys.argv) == 1:
        sys.argv.append("--help")  # no arguments: the help, and a zero exit
    try:
        code = app(prog_name="reportgen", standalone_mode=False)
    except (typer.Exit, typer.Abort) as e:
        sys.exit(getattr(e, "exit_code", 1))
    except (KeyboardInterrupt, EOFError):
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    except Exception as e:
        # the command-line parser's own errors (missing argument, unknown option) carry a
        # message and an exit code; anything else was handled inside the commands already
        if not (hasattr(e, "format_message") and hasattr(e, "exit_code")):
            raise
        if not e.format_message().strip():
            sys.exit(0)  # a command group called without a command: its help was shown
        ctx = getattr(e, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        typer.echo(f"error: {e.format_message()}{hint}", err=True)
        sys.exit(e.exit_code or 2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
