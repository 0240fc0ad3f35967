"""One release of a batch, built or found up to date: what every batch runner (batch.py's processes,
dask_runner.py's tasks) calls in the process that builds it.

    result = build_one("inputs/x/release.txt", BatchConfig(out="out", audiences=("investor",), formats=("pdf",)))

A release's briefings are up to date when every output is there and the key recorded beside them
(`<out>/.reportgen/<slug>.json`) still matches: a digest of the release's bytes, of each attachment
it names (or its absence), of every template file on the search path, of the options and of
reportgen's version. Building never raises for a bad release: the result carries the error.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from reportgen.errors import ReportgenError

if TYPE_CHECKING:
    from reportgen.render.options import RenderOptions

PathLike = Union[str, os.PathLike]

CACHE_DIR = ".reportgen"  # inside the output folder: one small JSON file per release built


@dataclass(frozen=True)
class BatchConfig:
    """What every release of a batch is built with: the options of `reportgen build` as given,
    small and picklable, sent to each worker (which checks them again, once, with
    buildplan.prepare_build)."""

    out: str
    audiences: Optional[tuple[str, ...]]  # None: each release's default selection
    formats: tuple[str, ...]
    templates: Optional[str] = None
    paper: Optional[str] = None  # None: the brand's, else a4
    pdf_variant: Optional[str] = None
    brand: Optional[str] = None  # --brand FILE (else brand.yml in the templates folder)
    variables: tuple[str, ...] = ()  # --var key=value
    audiences_dir: Optional[str] = None  # --audiences DIR: audiences of the user's own
    password: Optional[str] = None  # of encrypted Word files; never part of a key
    force: bool = False  # rebuild what is up to date, and build inputs that are not press releases
    debug: bool = False  # a failure keeps its traceback (and re-raises when built in this process)
    max_input_bytes: Optional[int] = None  # --max-input-mb, for the workers
    templates_digest: str = ""  # filled in by build_many, once per batch: templates, brand, audiences

    def options_digest(self) -> str:
        """What, besides the inputs, decides the bytes of a briefing."""
        from reportgen import __version__

        return _sha256(json.dumps([__version__, self.audiences and list(self.audiences), list(self.formats),
                                   self.paper, self.pdf_variant, list(self.variables),
                                   self.templates_digest]).encode("utf-8"))


@dataclass
class ReleaseResult:
    """What became of one release: built, skipped (up to date) or failed (`error`, `exit_code`)."""

    path: str
    status: str  # "built", "skipped" or "failed"
    slug: str = ""
    written: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: Optional[str] = None  # why it failed (the path is `path`)
    exit_code: int = 0
    seconds: float = 0.0
    worker: str = ""  # pid of the process (or the Dask worker) that built it
    peak_rss_mb: float = 0.0  # that process's peak resident memory so far
    traceback: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


# --- up to date or not ----------------------------------------------------------------------------

def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _folder_digest(h, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(f"{folder}\0{path.relative_to(folder).as_posix()}\0{_file_digest(path)}\n".encode())


def templates_digest(options: RenderOptions, audiences_dir: Optional[PathLike] = None) -> str:
    """One digest of every file on the template search path of `options` (your folder, then the
    built-ins), of its brand (settings and logo) and of a folder of your own audiences: changing,
    adding or removing any of them rebuilds every briefing."""
    h = hashlib.sha256()
    for folder in options.templates.dirs:
        _folder_digest(h, Path(folder))
    if audiences_dir is not None:
        _folder_digest(h, Path(audiences_dir))
    brand = options.brand
    h.update(repr(brand).encode())
    if brand.logo is not None and Path(brand.logo).is_file():
        h.update(_file_digest(Path(brand.logo)).encode())
    return h.hexdigest()


def _cache_file(out: Path, slug: str) -> Path:
    return out / CACHE_DIR / f"{slug}.json"


def release_key(path: Path, attachments: Iterable[str], config: BatchConfig) -> str:
    """The key of one release's briefings: its bytes, each attachment it named (or its absence),
    and the options, templates and version (`BatchConfig.options_digest`)."""
    h = hashlib.sha256()
    h.update(config.options_digest().encode())
    h.update(_file_digest(path).encode())
    for name in attachments:
        target = path.parent / name
        plain = Path(name.replace("\\", "/")).name == name.strip()  # as readers/release.py reads only those
        h.update(f"\0{name}\0".encode())
        h.update((_file_digest(target) if plain and target.is_file() else "missing").encode())
    return h.hexdigest()


def expected_outputs(slug: str, config: BatchConfig) -> Optional[list[str]]:
    """The files a build writes (None when the audiences are each release's default selection:
    the record of the last build says which they were)."""
    from reportgen.render.options import MODEL_FORMAT

    if config.audiences is None:
        return None
    names = [f"{slug}.json"] if MODEL_FORMAT in config.formats else []
    names += [f"{slug}-{a}.{f}" for a in config.audiences for f in config.formats]
    return names


def up_to_date(path: Path, slug: str, config: BatchConfig) -> Optional[dict]:
    """The record of the last build when every output is there and nothing it came from has
    changed (None otherwise: build it)."""
    out = Path(config.out)
    try:
        record = json.loads(_cache_file(out, slug).read_text(encoding="utf-8"))
        if record.get("release") != os.path.abspath(path):
            return None
        if any(not (out / name).is_file() for name in record["outputs"]):
            return None
        expected = expected_outputs(slug, config)
        if expected is not None and sorted(record["outputs"]) != sorted(expected):
            return None
        if record.get("key") != release_key(path, record.get("attachments", []), config):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record


def _record(path: Path, slug: str, attachments: list[str], written: list[Path], config: BatchConfig) -> None:
    from reportgen.render.write import write_atomic

    record = {"release": os.path.abspath(path), "attachments": attachments,
              "outputs": [p.name for p in written], "key": release_key(path, attachments, config)}
    write_atomic(_cache_file(Path(config.out), slug), json.dumps(record, indent=1))


# --- building one release (in whichever process runs it) -----------------------------------------

@lru_cache(maxsize=4)
def plan_of(config: BatchConfig):
    """The checked options of the batch (buildplan.BuildPlan), once per process and batch: the
    template search path, compiled templates, brand and font configuration are made once and
    reused for every release the process builds; your audiences are registered in it."""
    from reportgen.buildplan import prepare_build

    return prepare_build(config.out, ",".join(config.audiences) if config.audiences else None,
                         ",".join(config.formats), config.templates, config.paper, config.pdf_variant,
                         brand=config.brand, variables=config.variables, force=config.force,
                         password=config.password, check_out=False, audiences_dir=config.audiences_dir)


def _peak_rss_mb() -> float:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    except (ImportError, OSError):
        return 0.0


def build_one(path: PathLike, config: BatchConfig, check: bool = True, reraise: bool = False,
              slug: Optional[str] = None, overlap: bool = False) -> ReleaseResult:
    """Build one release's briefings, named `<slug>-<audience>.<format>` (release_slug(path) when
    None), or skip them when up to date (unless `config.force` or not `check`). With `reraise`
    (--debug, in this process) an error is raised with its traceback. `overlap`: the release is
    built alone, so its Word documents may be made beside its PDFs (pipeline.build_release).

    Never raises for a bad release: the result says why it failed, with reportgen's exit code
    (2 unreadable, 3 encrypted, 4 template, 5 fidelity, 6 rendering, 70 a bug in reportgen).
    """
    from reportgen.limits import set_input_limit
    from reportgen.pipeline import build_release, release_slug

    started = time.perf_counter()
    path = Path(path)
    result = ReleaseResult(path=str(path), status="failed", worker=str(os.getpid()))
    if config.max_input_bytes is not None:
        set_input_limit(config.max_input_bytes / (1024 * 1024))
    try:
        result.slug = slug = slug or release_slug(path)
        if check and not config.force and up_to_date(path, slug, config) is not None:
            result.status = "skipped"
        else:
            plan = plan_of(config)
            built = build_release(path, config.out, plan.audiences, plan.formats, plan.options, slug=slug,
                                  force=plan.force, password=plan.password, overlap=overlap)
            result.status = "built"
            result.written = [str(p) for p in built.written]
            result.warnings = list(built.warnings)
            _record(path, slug, built.attachments, built.written, config)
    except ReportgenError as e:
        if reraise:
            raise
        result.error = str(e)
        result.exit_code = e.exit_code
        result.traceback = traceback.format_exc() if config.debug else None
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:  # a bug in reportgen: this release fails, the batch goes on
        if reraise:
            raise
        result.error = f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)"
        result.exit_code = 70
        result.traceback = traceback.format_exc()
    result.seconds = time.perf_counter() - started
    result.peak_rss_mb = _peak_rss_mb()
    return result
