"""What `reportgen build` shows while a batch runs: a progress bar on a terminal (rich), one plain
line a release otherwise, nothing with --quiet but the errors; then a summary.

One release alone is shown as it always was: the files written (stdout), its warnings and its
error (stderr), no bar and no summary.
"""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO

from reportgen.batch import BatchRun
from reportgen.incremental import ReleaseResult


def duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, seconds = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def warning_line(warning: str, release: str) -> str:
    """A warning names the file it is about: the release, unless it names it already or names a
    template or stylesheet."""
    if warning.startswith((release, "template")):
        return f"warning: {warning}"
    return f"warning: {release}: {warning}"


def error_line(result: ReleaseResult, single: bool = False) -> str:
    message = result.error or "failed"
    if single or message.startswith(result.path):
        return f"error: {message}"
    return f"error: {result.path}: {message}"


class Tally:
    def __init__(self, total: int):
        self.total = total
        self.counts = {"built": 0, "skipped": 0, "failed": 0}
        self.warnings = 0
        self.files = 0
        self.codes: list[int] = []
        self.peak_mb: dict[str, float] = {}
        self.started = time.perf_counter()

    def add(self, result: ReleaseResult) -> None:
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        self.warnings += len(result.warnings)
        self.files += len(result.written)
        if result.status == "failed":
            self.codes.append(result.exit_code or 1)
        if result.peak_rss_mb and result.status == "built":
            self.peak_mb[result.worker] = max(self.peak_mb.get(result.worker, 0.0), result.peak_rss_mb)

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def exit_code(self) -> int:
        """0 when nothing failed; a failure's own code when all failures share it; else 1."""
        codes = set(self.codes)
        if not codes:
            return 0
        return codes.pop() if len(codes) == 1 else 1

    def summary(self, interrupted: bool = False) -> str:
        c = self.counts
        line = (f"{self.done} of {self.total} releases" if interrupted else f"{self.total} releases") + \
            f": {c['built']} built, {c['skipped']} skipped, {self.warnings} warnings, {c['failed']} failed" \
            f" in {duration(time.perf_counter() - self.started)}"
        if self.files:
            line += f" ({self.files} files"
            if self.peak_mb:
                line += f"; peak memory {max(self.peak_mb.values()):.0f} MB per process"
            line += ")"
        return line + (" (interrupted)" if interrupted else "")


def report(run: BatchRun, quiet: bool = False, debug: bool = False,
           out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    """Show the batch as it runs; returns the exit code (130 on Ctrl-C, after the summary)."""
    out = out or sys.stdout
    err = err or sys.stderr
    tally = Tally(run.total)
    if run.total == 1:
        return _single(run, tally, quiet, debug, out, err)
    fancy = not quiet and _is_tty(err)
    progress = _rich_progress(err, run.total) if fancy else None
    try:
        if progress is not None:
            progress.start()
        for result in run:
            tally.add(result)
            _show(result, tally, quiet, debug, progress, out, err)
    except KeyboardInterrupt:
        if progress is not None:
            progress.stop()
            progress = None
        print(tally.summary(interrupted=True), file=err)
        print("error: interrupted; the briefings written so far are complete, run the same command "
              "again to build the rest", file=err)
        return 130
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        print(tally.summary(), file=err)
    return tally.exit_code()


def _single(run: BatchRun, tally: Tally, quiet: bool, debug: bool, out: TextIO, err: TextIO) -> int:
    for result in run:
        tally.add(result)
        for warning in result.warnings:
            if not quiet:
                print(warning_line(warning, result.path), file=err)
        if result.status == "failed":
            if debug and result.traceback:
                print(result.traceback, file=err, end="")
            print(error_line(result, single=True), file=err)
        elif result.status == "skipped":
            if not quiet:
                print(f"{result.path}: briefings up to date, nothing built (--force rebuilds them)", file=err)
        elif not quiet:
            for written in result.written:
                print(written, file=out)
    return tally.exit_code()


def _show(result: ReleaseResult, tally: Tally, quiet: bool, debug: bool, progress, out: TextIO, err: TextIO) -> None:
    lines_err = []
    if not quiet:
        lines_err += [warning_line(w, result.path) for w in result.warnings]
    if result.status == "failed":
        if debug and result.traceback:
            lines_err.append(result.traceback.rstrip("\n"))
        lines_err.append(error_line(result))
    if progress is not None:
        for line in lines_err:
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        c = tally.counts
        progress.update(progress.task_ids[0], completed=tally.done,
                        description=f"built {c['built']} · skipped {c['skipped']} · failed {c['failed']}")
        return
    for line in lines_err:
        print(line, file=err, flush=True)
    if quiet:
        return
    width = len(str(tally.total))
    what = {"built": f"built   {result.path} ({len(result.written)} files, {result.seconds:.1f} s)",
            "skipped": f"skipped {result.path} (up to date)",
            "failed": f"failed  {result.path}"}.get(result.status, f"{result.status} {result.path}")
    print(f"[{tally.done:>{width}}/{tally.total}] {what}", file=out, flush=True)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rich_progress(err: TextIO, total: int):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("left"), TimeRemainingColumn(),
        console=Console(file=err), transient=False, redirect_stdout=False, redirect_stderr=False,
    )
    progress.add_task("built 0 · skipped 0 · failed 0", total=total)
    return progress
