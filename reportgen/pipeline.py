"""The public pipeline: read a release, add its facts, build each audience's briefing, render it.

`cli.py` calls these functions one per command; other programs can call them directly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from reportgen.errors import NotAReleaseError, ReportgenError, UsageError
from reportgen.model import Release

if TYPE_CHECKING:  # rendering is imported when a build needs it, not when `inspect` runs
    from reportgen.readers.judge import Verdict
    from reportgen.render.options import RenderOptions

GENERIC_STEMS = {"release", "index", "press-release", "pressrelease", "news", "document", "input", "text"}


def load_release(path: str | os.PathLike, password: Optional[str] = None) -> Release:
    """Read a release and its attachments and extract its facts: the complete normalized model."""
    from reportgen.extract import enrich, limit_warning
    from reportgen.readers import read_release

    release = read_release(path, password=password)
    if release.input.format in ("text", "markdown"):
        from reportgen.readers.files import read_input

        _keep_source_text(release, read_input(Path(path)))
    release.facts = enrich(release)
    warning = limit_warning(release)
    if warning:
        release.warnings.append(warning)
    return release


def judge_release(release: Release) -> Verdict:
    """Whether `release` is a press release (readers/judge.py), with the text of a text file as read."""
    from reportgen.readers.judge import judge

    return judge(release, release._source_text)


def _keep_source_text(release: Release, data: bytes) -> None:
    from reportgen.readers.files import decode_text
    from reportgen.readers.judge import TEXT_FORMATS

    if release.input.format in TEXT_FORMATS:
        release._source_text = decode_text(data)


def check_is_release(release: Release, verdict: Verdict, name: str, force: bool = False) -> Optional[str]:
    """NotAReleaseError (exit 7) when the judge says no; with `force`, the warning to show instead."""
    if verdict.is_release:
        return None
    if not force:
        raise NotAReleaseError(f"{name}: not a press release ({verdict.reason}); "
                               "build it anyway with --force")
    return f"NOT A PRESS RELEASE, built anyway (--force): {verdict.reason}"


def load_release_data(data: bytes, name: str = "release", password: Optional[str] = None) -> Release:
    """`load_release` for a release given as bytes: the model with its facts (no attachments)."""
    from reportgen.extract import enrich, limit_warning
    from reportgen.readers.release import read_release_data

    release = read_release_data(data, name, password=password)
    _keep_source_text(release, data)
    release.facts = enrich(release)
    warning = limit_warning(release)
    if warning:
        release.warnings.append(warning)
    return release


def release_slug(path: str | os.PathLike) -> str:
    """The output name of a release: its file name, or its folder's when the file is `release.txt`."""
    p = Path(path)
    stem = p.stem
    if stem.lower() in GENERIC_STEMS and p.resolve().parent.name:
        stem = p.resolve().parent.name
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()
    return slug or "release"


def parse_audiences(value: str) -> list[str]:
    from reportgen.briefings import AUDIENCES

    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    if items == ["all"] or not items:
        return list(AUDIENCES)
    bad = [v for v in items if v not in AUDIENCES]
    if bad:
        raise UsageError(f"unknown audience {', '.join(bad)}; choose from {', '.join(AUDIENCES)} or all")
    return list(dict.fromkeys(items))


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # the files the release named, found or not


DEFAULT_FORMATS = ("pdf", "docx")


def build_release(
    path: str | os.PathLike,
    out_dir: str | os.PathLike,
    audiences: Optional[Iterable[str]] = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    options: Optional[RenderOptions] = None,
    *,
    slug: Optional[str] = None,
    force: bool = False,
    password: Optional[str] = None,
    overlap: bool = False,
) -> BuildResult:
    """Read one release and write each audience's briefing in each format into `out_dir`, rendered
    with `options` (the built-in templates on A4 when None), named `<slug>-<audience>.<format>`
    (`slug`: release_slug(path) when None).

    A file that is not a press release (readers/judge.py) is a NotAReleaseError, unless `force`:
    then it is built with a warning. `audiences` None builds the default selection: every
    registered audience that applies to the release (the medical briefing only for a release with
    clinical content), with a note for each left out; audiences named are always built.

    Each briefing is verified first (fidelity/check.py: every number shown must be in the release,
    figures beside the sentences they cite; a FidelityError otherwise), then every document is
    rendered in memory, and only then written: a failure anywhere writes nothing.

    With `overlap`, the PDFs are rendered by a forked helper while this process reads the release,
    checks the briefings and renders the Word documents, when a core is spare (overlap.py; a PDF
    the helper did not make is rendered here, so errors are those of a serial build).
    """
    from reportgen import briefings
    from reportgen.fidelity import verify
    from reportgen.overlap import PdfHelper
    from reportgen.render import render_bytes
    from reportgen.render.options import MODEL_FORMAT, RenderOptions
    from reportgen.render.write import write_atomic

    options = options or RenderOptions()
    formats = list(formats)
    rendered = [f for f in formats if f != MODEL_FORMAT]
    # one release alone: WeasyPrint is imported and lays out the PDFs on a spare core meanwhile
    helper = PdfHelper.start(options) if overlap and "pdf" in rendered else PdfHelper()
    try:
        release = load_release(path, password=password)
        forced = check_is_release(release, judge_release(release), str(path), force)
        out = Path(out_dir)
        slug = slug or release_slug(path)
        result = BuildResult(warnings=([forced] if forced else []) + list(release.warnings),
                             attachments=[a.filename for a in release.attachments])
        if audiences is None:
            audiences, skipped = briefings.default_audiences(release)
            result.warnings.extend(skipped)
        built = [(audience, briefings.build(release, audience)) for audience in audiences]
        # the HTML each check rendered is the PDF's: WeasyPrint gets it, no second render of the template
        # (the HTML side first, so the helper starts on the first PDF as early as it can)
        pages = [f for f in rendered if f in ("html", "pdf")]
        checked = []
        for audience, briefing in built:
            checked.append(verify(briefing, release, pages, options))
            if "pdf" in rendered:
                helper.submit(audience, checked[-1])
        if "docx" in rendered:
            for _audience, briefing in built:
                verify(briefing, release, ["docx"], options)
        documents_of = {(audience, fmt): render_bytes(briefing, fmt, options)
                        for audience, briefing in built for fmt in rendered if fmt != "pdf"}
        if "pdf" in rendered:
            pdfs = helper.finish()
            for (audience, briefing), html in zip(built, checked):
                documents_of[(audience, "pdf")] = pdfs.get(audience) or render_bytes(briefing, "pdf", options, html=html)
    finally:
        helper.cancel()
    documents: list[tuple[Path, bytes]] = []
    if MODEL_FORMAT in formats:
        documents.append((out / f"{slug}.json", release.model_dump_json(indent=2).encode("utf-8")))
    for audience, briefing in built:
        if MODEL_FORMAT in formats:
            documents.append((out / f"{slug}-{audience}.json",
                              briefing.export().model_dump_json(indent=2).encode("utf-8")))
        for fmt in rendered:
            document = documents_of[(audience, fmt)]
            result.warnings.extend(document.warnings)
            documents.append((out / f"{slug}-{audience}.{fmt}", document.data))
    check_output_folder(out)
    for target, data in documents:
        write_atomic(target, data)
        result.written.append(target)
    return result


def check_output_folder(out: str | os.PathLike) -> Path:
    """An OutputError (exit 6) when no file can be written in the output folder: it is a file, a
    folder above it is a file, or it (or the nearest folder above it that exists) is not writable.
    `reportgen build` calls this before it reads any release; the folder itself is made only when
    the first output is written, so a failed build leaves none behind."""
    from reportgen.errors import OutputError

    out = Path(out)
    existing = out.absolute()
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        where = "exists and is not a folder" if existing == out.absolute() else f"{existing} is not a folder"
        raise OutputError(f"--out {out}: {where}")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out}: cannot write in {existing} (permission denied)")
    return out


def list_templates(templates_dir: Optional[str | os.PathLike] = None) -> list[tuple[str, str]]:
    from reportgen.plugins import load_installed
    from reportgen.render.templating import AUDIENCE_DIRS, Templates

    load_installed()
    user = Path(templates_dir).resolve() if templates_dir else None
    rows = []
    for name, resolved in Templates(templates_dir).listing():
        path = Path(resolved).resolve()
        if user and path.is_relative_to(user):
            origin = "yours"
        elif any(path.is_relative_to(d) for d in AUDIENCE_DIRS):
            origin = "added audience"
        else:
            origin = "built-in"
        rows.append((name, f"{origin}: {resolved}"))
    return rows


def export_templates(directory: str | os.PathLike, force: bool = False, missing: bool = False) -> list[Path]:
    """Copy the built-in templates and a brand.yml of the defaults into `directory`.

    An existing folder with files in it is refused unless `force` (overwrite them) or `missing`
    (add only the files not there yet)."""
    from reportgen.render.brand import BRAND_FILE, default_yaml
    from reportgen.render.templating import Templates
    from reportgen.render.write import write_atomic

    dest = Path(directory)
    if dest.exists() and not dest.is_dir():
        raise UsageError(f"{dest} is a file; give a folder to export the templates into")
    if dest.exists() and any(dest.iterdir()) and not (force or missing):
        raise UsageError(f"{dest} is not empty; use --missing to add the files not there yet, "
                         "or --force to overwrite the files in it")
    try:
        written = Templates().export(dest, overwrite=force)
        brand = dest / BRAND_FILE
        if force or not brand.exists():
            written.append(write_atomic(brand, default_yaml()))
    except OSError as e:
        raise ReportgenError(f"{dest}: cannot export the templates there ({e.strerror or e})") from None
    return written


def audit_text(path: str | os.PathLike) -> str:
    """`reportgen inspect --audit`: each block of the source with what it became, then the problems."""
    from reportgen.readers.audit import audit_release, render_audit

    return render_audit(audit_release(path))


def summarize(release: Release) -> str:
    """A readable summary of the model for `reportgen inspect`."""
    lines = [release.headline]
    for s in release.subheadlines:
        lines.append(f"  {s}")
    d = release.dateline
    place = ", ".join(x for x in (d.city, d.region, d.country) if x)
    lines.append("")
    lines.append(f"Date:      {release.release_date or 'unknown'}" + (f"  ({place}; {d.wire})" if place or d.wire else ""))
    tickers = ", ".join(f"{t.exchange}: {t.symbol}" for t in release.issuer.tickers)
    lines.append(f"Issuer:    {release.issuer.name or 'unknown'}" + (f"  [{tickers}]" if tickers else ""))
    if release.issuer.website:
        lines.append(f"Website:   {release.issuer.website}")
    if release.source:
        lines.append(f"Source:    {release.source}")
    lines.append("")
    lines.append("Sections:")
    for s in release.sections:
        count = f"{len(s.paragraphs)} paragraph{'s' if len(s.paragraphs) != 1 else ''}"
        tables = f", {len(s.tables)} table{'s' if len(s.tables) != 1 else ''}" if s.tables else ""
        lines.append(f"  - {s.heading or '(lead)'}: {count}{tables}")
    if release.quotes:
        lines.append("Quotes:")
        for q in release.quotes:
            lines.append(f"  - {q.speaker or 'unattributed'}" + (f", {q.title}" if q.title else "") + f": \u201c{q.text[:70]}\u2026\u201d")
    if release.contacts:
        lines.append("Contacts:")
        for c in release.contacts:
            bits = [x for x in (c.role and f"{c.role}:", c.name, c.organisation and f"({c.organisation})") if x]
            bits += c.phones + c.emails
            lines.append("  - " + " ".join(bits))
    if release.attachments:
        lines.append("Attachments:")
        for a in release.attachments:
            state = f"{a.format}, read" if a.found and not a.error else (a.error or "not found")
            lines.append(f"  - {a.filename} ({state})")
    verdict = judge_release(release)
    lines.append(f"Release?   {'yes' if verdict.is_release else 'NO, not a press release'}: {verdict.reason}")
    counts = ", ".join(f"{n} {kind}" for kind, n in release.facts.counts().items())
    if counts:
        lines.append(f"Facts:     {counts}")
    for w in release.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)
