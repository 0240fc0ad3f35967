"""Benchmarks of whole builds and batches, each a ratio of two times measured in this one run.

Run with `make bench` (or `.venv/bin/python bench/bench_batch.py`):

1. the whole `reportgen build` of the sample (every audience, PDF + DOCX) as a process, against the
   floor: a process that only imports WeasyPrint and renders the HTML files `--format html` writes
   (goal: at most 1.15x);
2. a batch of BENCH_BATCH_N releases (default 200: the corpus, the sample, then releases-dev) with
   --jobs 2 against --jobs 1 (goal: at most 0.55x), the same batch on a two-worker Dask LocalCluster
   against --jobs 2 (goal: within 10 %), and a re-run with nothing changed against the first run
   (goal: under 5 %);
3. `reportgen --help`, `reportgen text` on one .doc, and on the 50 files of ../shared/corpus/doc
   (against antiword on the same files, one process a file as a user would, when it is installed);
4. peak memory of each worker over BENCH_MEMORY_N releases in one batch (default 1000; the press
   briefing as PDF + DOCX, releases repeated), printed at every tenth of the batch: flat means the
   last tenth's peak is the first's.

BENCH_BATCH_FORMATS (default pdf,docx) and the two counts make a shorter run for a quick look.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt"
SHARED = ROOT.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent
REPORTGEN = [str(BIN / "reportgen")] if (BIN / "reportgen").exists() else [sys.executable, "-m", "reportgen"]
RELEASE_SUFFIXES = (".txt", ".htm", ".html", ".md")


FAILED: dict[str, int] = {}  # releases a batch reported as failed, by the command's output folder


def seconds(cmd: list[str], **kw) -> float:
    """The wall time of a command. A batch's own failures (a release of releases-dev that is not a
    release, or whose briefing the fidelity check stops) are counted, not fatal; a crash is."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1, 2, 3, 4, 5, 6):
        sys.exit(f"{' '.join(cmd[:4])}... failed ({proc.returncode}): {proc.stderr[-500:]}")
    if "--out" in cmd:
        FAILED[cmd[cmd.index("--out") + 1]] = sum(line.startswith("error:") for line in proc.stderr.splitlines())
    return took


def best(cmd: list[str], repeat: int = 5) -> float:
    return min(seconds(cmd) for _ in range(repeat))


def pick_releases(n: int) -> list[Path]:
    corpus = sorted(p for p in (SHARED / "releases").iterdir() if p.suffix in RELEASE_SUFFIXES)
    dev = sorted(p for p in (SHARED / "releases-dev").iterdir() if p.suffix in RELEASE_SUFFIXES)
    pool = [*corpus, SAMPLE, *dev]
    return [pool[i % len(pool)] for i in range(n)]


def lay_out(paths: list[Path], folder: Path) -> Path:
    """Each release under a name of its own (a repeated one too), the sample with its attachment."""
    folder.mkdir(parents=True)
    for i, path in enumerate(paths):
        if path == SAMPLE:
            shutil.copytree(path.parent, folder / f"{i:04d}-{path.parent.name}")
        else:
            shutil.copy(path, folder / f"{i:04d}-{path.name}")
    return folder


def whole_build(work: Path) -> None:
    html_dir = work / "html"
    subprocess.run([*REPORTGEN, "build", str(SAMPLE), "--out", str(html_dir), "--format", "html", "--quiet"], check=True)
    htmls = sorted(str(p) for p in html_dir.glob("*.html"))
    floor_cmd = [sys.executable, "-c", "import sys, weasyprint\n"
                 "for f in sys.argv[1:]: weasyprint.HTML(filename=f).write_pdf()", *htmls]
    build_cmd = [*REPORTGEN, "build", str(SAMPLE), "--out", str(work / "whole"), "--format", "pdf,docx", "--force", "--quiet"]
    floors, builds = [], []
    for _ in range(3):  # interleaved, so a busy moment of the machine weighs on both
        floors.append(seconds(floor_cmd))
        builds.append(seconds(build_cmd))
    floor, build = statistics.median(floors), statistics.median(builds)
    print("1. whole build of the sample (3 audiences, PDF + DOCX), one command, median of 3")
    print(f"   floor (import WeasyPrint, render the 3 HTML files) {floor:6.2f} s")
    print(f"   reportgen build                                    {build:6.2f} s   {build / floor:.2f}x the floor (goal <= 1.15)")


def batches(work: Path, n: int, formats: str) -> None:
    folder = lay_out(pick_releases(n), work / "batch")
    base = [*REPORTGEN, "build", str(folder), "--format", formats, "--quiet"]
    one = seconds([*base, "--out", str(work / "out1"), "--jobs", "1"])
    two = seconds([*base, "--out", str(work / "out2"), "--jobs", "2"])
    rerun = seconds([*base, "--out", str(work / "out2"), "--jobs", "2"])
    dask = None
    try:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=50) as cluster, Client(cluster) as client:
            client.run(lambda: __import__("reportgen.pipeline"))  # warm workers, as a running cluster is
            dask = seconds([*base, "--out", str(work / "out3"), "--scheduler", cluster.scheduler_address])
    except ImportError:
        pass
    failed = FAILED.get(str(work / "out1"), 0)
    print(f"2. a batch of {n} releases ({formats}, every audience; {failed} of them fail, each with its own error)")
    print(f"   --jobs 1                                  {one:7.1f} s   {n / one * 60:6.1f} releases a minute")
    print(f"   --jobs 2                                  {two:7.1f} s   {two / one:.2f}x --jobs 1 (goal <= 0.55)")
    if dask is not None:
        print(f"   Dask LocalCluster, 2 worker processes     {dask:7.1f} s   {dask / two:.2f}x --jobs 2 (goal <= 1.10)")
    else:
        print("   Dask: not installed (pip install 'reportgen[dask]')")
    print(f"   re-run, nothing changed                   {rerun:7.2f} s   {rerun / two:.3f}x the first run (goal < 0.05)")
    print(f"   throughput per core: {n / two * 60 / 2:.1f} releases a minute (--jobs 2 on 2 cores)")


def start_up() -> None:
    doc = SAMPLE.parent / "nym021 - english.doc"
    help_s = best([*REPORTGEN, "--help"])
    text_s = best([*REPORTGEN, "text", str(doc)])
    docs = sorted(str(p) for p in (SHARED / "doc").iterdir() if p.suffix.lower() == ".doc")
    corpus_s = min(seconds([*REPORTGEN, "text", *docs]) for _ in range(3))
    print("3. start-up")
    print(f"   reportgen --help                          {help_s * 1000:6.0f} ms (goal < 200)")
    print(f"   reportgen text on one .doc                {text_s * 1000:6.0f} ms (goal ~250)")
    print(f"   reportgen text on the {len(docs)} corpus .doc files {corpus_s * 1000:6.0f} ms, one process")
    antiword = shutil.which("antiword")
    if antiword:
        def each():
            for d in docs:
                subprocess.run([antiword, d], capture_output=True)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            each()
            runs.append(time.perf_counter() - start)
        print(f"   antiword on the same files                {min(runs) * 1000:6.0f} ms, one process a file: "
              f"reportgen takes {corpus_s / min(runs):.2f}x")
    else:
        print("   antiword: not installed (apt-get install antiword), no comparison")


def memory(work: Path, n: int) -> None:
    from reportgen import build_many

    folder = lay_out(pick_releases(n), work / "memory")
    peaks: dict[str, list[float]] = {}
    marks = []
    start = time.perf_counter()
    for done, result in enumerate(build_many([folder], work / "out-memory", audiences="press", formats="pdf,docx",
                                             jobs=2), 1):
        if result.peak_rss_mb:
            peaks.setdefault(result.worker, []).append(result.peak_rss_mb)
        if done % max(1, n // 10) == 0:
            marks.append((done, max((v[-1] for v in peaks.values()), default=0.0)))
    took = time.perf_counter() - start
    print(f"4. memory over {n} releases in one batch (press briefing, PDF + DOCX, --jobs 2; {took:.0f} s)")
    print("   releases done -> peak resident memory of the largest worker so far (MB)")
    print("   " + "  ".join(f"{d}: {m:.0f}" for d, m in marks))
    first, last = marks[0][1], marks[-1][1]
    print(f"   last tenth / first tenth: {last / first:.2f}x ({'flat' if last <= first * 1.10 else 'GROWS'})")


def main() -> int:
    n = int(os.environ.get("BENCH_BATCH_N", "200"))
    mem_n = int(os.environ.get("BENCH_MEMORY_N", "1000"))
    formats = os.environ.get("BENCH_BATCH_FORMATS", "pdf,docx")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-") as tmp:
        work = Path(tmp)
        whole_build(work)
        start_up()
        if n:
            batches(work, n, formats)
        if mem_n:
            memory(work, mem_n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
