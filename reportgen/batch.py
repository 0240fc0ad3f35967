"""Batches: many releases built in parallel processes (or on a Dask cluster), unchanged ones skipped.

    for result in build_many(["inputs/", "archive/2024/*.htm"], "out", formats=["pdf", "docx"], jobs=4):
        print(result.status, result.path, result.error or "")

`build_many` finds the releases (`discover`: folders, globs and files), skips each whose briefings
are up to date (`up_to_date`: the key of its release, attachments, templates, options and reportgen
version, kept in `<out>/.reportgen/<slug>.json`), and builds the others with `build_one`, the one
function every runner calls: in this process (`jobs=1`), in a pool of worker processes, or as Dask
tasks (`scheduler=` or `client=`, see dask_runner.py). Results come back as each release ends, in
the order they end. A failing release is a result with its error and exit code, never an exception:
the others go on. Ctrl-C stops the workers; no output file is ever half-written (outputs are written
to a temporary file and renamed, and a stopped worker's temporary files are removed).
"""

from __future__ import annotations

import glob
import os
import signal
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Optional, Union

from reportgen.incremental import CACHE_DIR, BatchConfig, ReleaseResult, build_one, templates_digest, up_to_date

PathLike = Union[str, os.PathLike]

# What a folder walk takes for a release. Word files count only in a folder with no release of the
# other kinds: beside a text, HTML or markdown release they are its attachments.
TEXT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".xhtml", ".md", ".markdown")
WORD_SUFFIXES = (".doc", ".docx", ".rtf")
# Files a folder walk never takes for a release (a file named on the command line always is one).
NOT_RELEASES = {"readme", "license", "licence", "changelog", "changes", "manifest", "notice", "authors", "todo"}
GLOB_CHARS = set("*?[")


# --- finding the releases ------------------------------------------------------------------------

def _is_release_name(path: Path, suffixes: tuple[str, ...]) -> bool:
    return (path.suffix.lower() in suffixes and not path.name.startswith(".")
            and path.stem.lower().split(".")[0] not in NOT_RELEASES)


def _walk(folder: Path, skip: set[Path]) -> Iterator[Path]:
    """Every release below `folder`: a release folder (one file called release.txt, index.html ...)
    gives that file and nothing below it; any other folder its release files, then its subfolders."""
    from reportgen.pipeline import GENERIC_STEMS

    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    files = [p for p in entries if p.is_file()]
    named = [p for p in files if p.stem.lower() in GENERIC_STEMS and _is_release_name(p, TEXT_SUFFIXES + WORD_SUFFIXES)]
    if named:
        # a release folder: release.txt first, then the other generic names in order
        yield min(named, key=lambda p: (p.suffix.lower() not in TEXT_SUFFIXES, sorted(GENERIC_STEMS).index(p.stem.lower())))
        return
    texts = [p for p in files if _is_release_name(p, TEXT_SUFFIXES)]
    yield from texts or [p for p in files if _is_release_name(p, WORD_SUFFIXES)]
    for sub in entries:
        if sub.is_dir() and not sub.name.startswith((".", "__")) and sub.resolve() not in skip:
            yield from _walk(sub, skip)


def discover(inputs: Iterable[PathLike], out: Optional[PathLike] = None,
             twice: Optional[list[str]] = None) -> list[tuple[str, Optional[str]]]:
    """The releases named by files, folders and globs, each once, in order: a list of (path, None),
    or (what was given, why nothing was found there) for a glob that matches nothing. A file named
    again on its own (not found again by a folder walk or a glob) is added to `twice`.

    A path that does not exist is kept: building it reports the reader's own error.
    A folder walk never enters the output folder (`out`) or hidden folders.
    """
    skip = {Path(out).resolve()} if out is not None else set()
    found: list[tuple[str, Optional[str]]] = []
    seen: set[str] = set()

    def add(path: Path, named: bool = False) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            found.append((str(path), None))
        elif named and twice is not None:
            twice.append(key)

    for given in inputs:
        text = os.fspath(given)
        path = Path(text)
        if not path.exists() and GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                found.append((text, "no file matches this pattern"))
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    for release in _walk(m, skip):
                        add(release)
                elif m.is_file() and _is_release_name(m, TEXT_SUFFIXES + WORD_SUFFIXES):
                    add(m)
        elif path.is_dir():
            before = len(found)
            for release in _walk(path, skip):
                add(release)
            if len(found) == before:
                found.append((text, "no release found in this folder"))
        else:
            add(path, named=True)
    return found

def _worker_init() -> None:
    """A worker process leaves Ctrl-C to the batch (which stops it), and ends cleanly on SIGTERM:
    SystemExit unwinds through write_atomic, which removes its temporary file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def stop(_signum, _frame):
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, stop)


# --- the batch ------------------------------------------------------------------------------------

def default_jobs() -> int:
    from reportgen.overlap import cores

    return cores()


class BatchRun:
    """An iterator of ReleaseResult, one per release, as they end; `total` says how many will come."""

    def __init__(self, releases: list[tuple[str, Optional[str]]], config: BatchConfig, jobs: int,
                 scheduler: Optional[str] = None, client: Any = None, twice: Iterable[str] = ()):
        self.config = config
        self.jobs = jobs
        self.scheduler = scheduler
        self.client = client
        self.releases = releases
        self.total = len(releases)
        self.slugs: dict[str, str] = {}
        self.notes: dict[str, list[str]] = {}
        self.twice = set(twice)  # files named more than once (normcase absolute paths)
        self.started = time.perf_counter()
        self._results = self._run()

    def __iter__(self) -> BatchRun:
        return self

    def __next__(self) -> ReleaseResult:
        return next(self._results)

    def close(self) -> None:
        self._results.close()

    def _run(self) -> Iterator[ReleaseResult]:
        from reportgen.buildplan import GIVEN_TWICE, output_slugs

        distributed = self.scheduler is not None or self.client is not None
        for given, problem in self.releases:
            if problem:
                yield ReleaseResult(path=given, status="failed", error=f"{given}: {problem}", exit_code=2)
        named, notes = output_slugs(given for given, problem in self.releases if not problem)
        # two inputs never write one name: a colliding one is named after its folder or format
        self.slugs = {str(path): slug for path, slug in named}
        self.notes = {str(path): ([GIVEN_TWICE] if os.path.normcase(os.path.abspath(path)) in self.twice else [])
                      + notes.get(path, []) for path, _slug in named}
        todo: list[str] = []
        for given, slug in self.slugs.items():
            if not distributed and not self.config.force and Path(given).is_file():
                # cheap (a hash of the inputs): a re-run with nothing changed starts no worker
                if up_to_date(Path(given), slug, self.config) is not None:
                    yield self._noted(ReleaseResult(path=given, status="skipped", slug=slug, worker=str(os.getpid())))
                    continue
            todo.append(given)
        if not todo:
            return
        if distributed:
            from reportgen.dask_runner import run_on_dask

            results = run_on_dask(todo, self.config, scheduler=self.scheduler, client=self.client, slugs=self.slugs)
        elif self.jobs <= 1 or len(todo) == 1:
            # one release alone may render its PDFs on a second core (overlap.py)
            alone = len(todo) == 1 and self.jobs > 1
            results = (build_one(path, self.config, check=False, reraise=self.config.debug, slug=self.slugs[path],
                                 overlap=alone) for path in todo)
        else:
            results = self._pool(todo)
        for result in results:
            yield self._noted(result)

    def _noted(self, result: ReleaseResult) -> ReleaseResult:
        """The result with the batch's notes about its release first (a name shared with another)."""
        result.warnings[:0] = self.notes.get(result.path, [])
        return result

    def _pool(self, todo: list[str]) -> Iterator[ReleaseResult]:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        # forkserver: workers start from a clean process (never a fork of one running threads,
        # such as the progress bar's), with reportgen's modules imported once in the server.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["reportgen.incremental", "reportgen.pipeline"])
        executor = ProcessPoolExecutor(max_workers=min(self.jobs, len(todo)), mp_context=context,
                                       initializer=_worker_init)
        pending_paths = iter(todo)
        running: dict = {}
        finished = False
        try:
            # Keep each worker fed with at most two releases: memory stays flat whatever the batch.
            for path in pending_paths:
                running[executor.submit(build_one, path, self.config, False, False, self.slugs[path])] = path
                if len(running) >= 2 * self.jobs:
                    break
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    path = running.pop(future)
                    try:
                        result = future.result()
                    except Exception as e:  # the worker itself died (killed, out of memory)
                        result = ReleaseResult(path=path, status="failed", exit_code=70,
                                               error=f"the worker building it stopped: {type(e).__name__}: {e}")
                    nxt = next(pending_paths, None)
                    if nxt is not None:
                        running[executor.submit(build_one, nxt, self.config, False, False, self.slugs[nxt])] = nxt
                    yield result
            finished = True
        finally:
            if finished:
                executor.shutdown(wait=True)
            else:  # Ctrl-C or the caller stopped iterating: stop the workers now
                _stop(executor, [self.slugs[p] for p in running.values()], self.config)


def _stop(executor, slugs: Iterable[str], config: BatchConfig) -> None:
    """Stop the workers (SIGTERM: each removes its temporary file) and remove any temporary file
    a worker could not (one killed between creating and renaming it)."""
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass
    for process in processes:
        try:
            process.join(5)
        except (OSError, AssertionError, AttributeError):
            pass
    out = Path(config.out)
    for slug in slugs:
        for folder in (out, out / CACHE_DIR):
            for tmp in folder.glob(f".{slug}*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def build_many(
    paths: Iterable[PathLike],
    out: PathLike,
    audiences: Union[str, Iterable[str], None] = None,
    formats: Union[str, Iterable[str]] = ("pdf", "docx"),
    templates: Optional[PathLike] = None,
    paper: Optional[str] = None,
    pdf_variant: Optional[str] = None,
    jobs: Optional[int] = None,
    force: bool = False,
    scheduler: Optional[str] = None,
    client: Any = None,
    debug: bool = False,
    *,
    brand: Optional[PathLike] = None,
    variables: Iterable[str] = (),
    password: Optional[str] = None,
    audiences_dir: Optional[PathLike] = None,
) -> BatchRun:
    """Build the briefings of every release found in `paths` (files, folders, globs) into `out`.

    Returns an iterator of ReleaseResult, one per release as it ends (`.total` says how many).
    `audiences` None builds each release's default selection (the medical briefing only for a
    release with clinical content). `jobs` worker processes (default: the cores); `scheduler` (a
    Dask scheduler address, such as tcp://host:8786) or `client` (a `distributed.Client`) runs the
    batch on a Dask cluster instead (`pip install reportgen[dask]`; the paths and `out` must be
    where the workers see them). `force` rebuilds releases whose briefings are up to date and
    builds inputs that do not read as press releases (with a warning). `brand`, `variables`
    ("key=value"), `password` and `audiences_dir` are those of `reportgen build`.

    Every option is checked before any release is read (buildplan.prepare_build): a mistake
    raises its ReportgenError at once.
    """
    from reportgen.buildplan import prepare_build
    from reportgen.limits import _override

    if audiences is not None and not isinstance(audiences, str):
        audiences = ",".join(audiences)
    if not isinstance(formats, str):
        formats = ",".join(formats)
    variables = tuple(variables)
    plan = prepare_build(out, audiences, formats, templates, paper, pdf_variant, brand=brand,
                         variables=variables, force=force, password=password, audiences_dir=audiences_dir)
    config = BatchConfig(
        out=os.fspath(out), audiences=None if plan.audiences is None else tuple(plan.audiences),
        formats=tuple(plan.formats), templates=os.fspath(templates) if templates is not None else None,
        paper=paper, pdf_variant=pdf_variant, brand=os.fspath(brand) if brand is not None else None,
        variables=variables, audiences_dir=os.fspath(audiences_dir) if audiences_dir is not None else None,
        password=password, force=force, debug=debug, max_input_bytes=_override,
        templates_digest=templates_digest(plan.options, audiences_dir),
    )
    twice: list[str] = []
    releases = discover(paths, out, twice)
    return BatchRun(releases, config, jobs or default_jobs(), scheduler=scheduler, client=client, twice=twice)


__all__ = ["BatchConfig", "BatchRun", "ReleaseResult", "build_many", "build_one", "discover"]
