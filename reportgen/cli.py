"""The `reportgen` command line: a thin Typer layer; each command calls one library function."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from reportgen.errors import INTERNAL_ERROR, INTERRUPTED, ReportgenError
from reportgen.version import __version__

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
            _fail("interrupted", INTERRUPTED)
        except BrokenPipeError:
            sys.exit(0)
        except Exception as e:  # a bug: still one line, with --debug for the traceback
            if _state["debug"]:
                raise
            _fail(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", INTERNAL_ERROR)

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
    from reportgen.buildplan import parse_formats

    return parse_formats(value)


@app.command()
@handle_errors
def build(
    releases: list[Path] = typer.Argument(..., help="Release files, folders (a release folder, or every release below) and globs.", show_default=False),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder (created if missing)."),
    audience: Optional[str] = typer.Option(None, "--audience", "-a", help="investor, medical, press (or any registered audience), a comma list, or all. "
                                           "Default: every audience, the medical briefing only for a release with clinical content.", show_default=False),
    format: str = typer.Option("pdf,docx", "--format", "-f", help="pdf, docx, html, json (comma list) or all."),
    templates: Optional[Path] = typer.Option(None, "--templates", "-t", help="Your templates folder: its files win, the rest fall back to the built-ins."),
    paper: Optional[str] = typer.Option(None, "--paper", help="Paper size for PDF and DOCX: a4 or letter (default: the brand's, else a4).", show_default=False),
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="PDF variant, e.g. pdf/ua-1 (tagged, accessible)."),
    brand: Optional[Path] = typer.Option(None, "--brand", help="A brand.yml (colours, fonts, logo, paper, disclaimer, texts); default: brand.yml in --templates."),
    var: list[str] = typer.Option([], "--var", help="key=value for your templates (as {{ vars.key }}); repeatable.", show_default=False),
    force: bool = typer.Option(False, "--force", help="Build everything: rebuild briefings that are up to date (same release, attachments, templates, options and version), and build an input that is not a press release (with a warning)."),
    password: Optional[str] = typer.Option(None, "--password", help="Password of an encrypted Word release or attachment."),
    audiences: Optional[Path] = typer.Option(None, "--audiences", help="A folder of audiences of your own (docs/new-audience.md)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Releases built at once, each in its own process (default: the number of cores).", show_default=False),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Show nothing but errors: no progress and no summary."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Build on a Dask cluster, e.g. tcp://host:8786 (pip install 'reportgen[dask]'); paths and --out must be shared with its workers.", show_default=False),
):
    """Render briefings for each release into OUT; folders and globs build every release they hold,
    in parallel, skipping briefings that are up to date.

    Example: reportgen build inputs/epicept-ceplene-2007-12-10/release.txt --out out --format pdf,docx
    """
    from reportgen.batch import build_many
    from reportgen.progress import report

    run = build_many(releases, out, audiences=audience, formats=format, templates=templates, paper=paper,
                     pdf_variant=pdf_variant, jobs=jobs, force=force, scheduler=scheduler, debug=_state["debug"],
                     brand=brand, variables=var, password=password, audiences_dir=audiences)
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
    as_json: bool = typer.Option(False, "--json", help="Print each document's stories, paragraphs, tables and metadata as JSON "
                                 "(several documents: JSON Lines, one record a line, with its path)."),
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
            failures = e.exit_code
            continue
        for warning in doc.warnings:
            typer.echo(f"warning: {path}: {warning}", err=True)
        if as_json:
            payload = {"path": str(path), **doc.model_dump(exclude={"format"}), "format": doc.format}
            # one document: indented JSON; several: JSON Lines (one record a line), as `jq` reads them
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2 if len(documents) == 1 else None))
        else:
            if len(documents) > 1:
                typer.echo(f"==> {path} <==")
            typer.echo(plain_text(doc))
    if failures:
        raise typer.Exit(failures)  # the code of the last failure (errors.EXIT_CODES)


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
    missing: bool = typer.Option(False, "--missing", help="Add only the files not there yet (after an upgrade)."),
):
    """Copy the built-in templates into DIRECTORY to edit them; use them with --templates DIRECTORY.

    Example: reportgen templates export my-templates
    """
    from reportgen.pipeline import export_templates

    for written in export_templates(directory, force=force, missing=missing):
        typer.echo(str(written))


@app.command()
@handle_errors
def preview(
    release: Path = typer.Argument(..., help="A release file.", show_default=False),
    templates: Optional[Path] = typer.Option(None, "--templates", "-t", help="Your templates folder (watched for changes)."),
    audience: str = typer.Option("all", "--audience", "-a", help="investor, medical, press, a comma list, or all."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="Port on 127.0.0.1 (0: any free port)."),
):
    """Serve the briefings on 127.0.0.1 and reload them as you edit the templates or the release.

    Example: reportgen preview inputs/epicept-ceplene-2007-12-10/release.txt --templates my-templates
    """
    from reportgen.pipeline import parse_audiences
    from reportgen.preview import serve

    serve(release, templates, parse_audiences(audience), port, echo=typer.echo)


def hoist_global_options(argv: list[str]) -> list[str]:
    """`--debug` anywhere on the command line (`reportgen build x --debug`, as the errors advise)
    moved before the command, where the parser reads it; nothing after `--` is touched."""
    end = argv.index("--") if "--" in argv else len(argv)
    head = [a for a in argv[:end] if a != "--debug"]
    if len(head) == end:
        return argv
    return ["--debug", *head, *argv[end:]]


def main() -> None:
    """Entry point: usage mistakes are one `error:` line too, like every other error."""
    if len(sys.argv) == 1:
        sys.argv.append("--help")  # no arguments: the help, and a zero exit
    sys.argv[1:] = hoist_global_options(sys.argv[1:])
    try:
        code = app(prog_name="reportgen", standalone_mode=False)
    except (typer.Exit, typer.Abort) as e:
        sys.exit(getattr(e, "exit_code", 1))
    except (KeyboardInterrupt, EOFError):
        typer.echo("error: interrupted", err=True)
        sys.exit(INTERRUPTED)
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
