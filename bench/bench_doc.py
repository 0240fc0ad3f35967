"""Benchmark and accuracy check of the .doc reader over ../shared/corpus/doc (vs LibreOffice text).

Run: .venv/bin/python bench/bench_doc.py

Last measured (2 cores, shared with other work; second pass, one process, 50 files):
  reportgen   137 ms in all (first pass with lazy imports 188 ms), median 0.57 ms a file,
              slowest sample3.doc (an RTF file named .doc, 689 KB) 46 ms; binary .doc and refusals 88 ms
  antiword    119 ms in all, one process a file, median 1.50 ms (recorded in reference/STATUS.tsv)
  catdoc      135 ms in all, median 1.60 ms (recorded)
  LibreOffice 3.2-3.7 s for one batch conversion of all 50; 49.7 s one cold process a file
Token similarity >= 0.98 to LibreOffice's text: 34 of the 41 files it reads, 34/34 leaving out the
7 where LibreOffice is the one that is wrong (tests/readers/test_msdoc.py LIBREOFFICE_WRONG).
Other projects' assertions (tests/readers/test_doc_assertions.py): 188 of 190 hold, 2 strict xfails.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen.errors import ReportgenError  # noqa: E402
from reportgen.readers.document import read_document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "doc"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def similarity(a: str, b: str) -> float:
    """Token similarity: Dice coefficient of the two token multisets (1.0 when both are empty)."""
    ta, tb = tokens(a), tokens(b)
    total = sum(ta.values()) + sum(tb.values())
    if not total:
        return 1.0
    return 2 * sum((ta & tb).values()) / total


def libreoffice_text(name: str) -> str | None:
    ref = CORPUS / "reference" / "libreoffice" / (Path(name).stem + ".txt")
    if not ref.exists():
        return None
    return ref.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() == ".doc")


def recorded_seconds() -> dict[str, list[float]]:
    """Per-file seconds of antiword/catdoc/LibreOffice recorded beside the reference text."""
    status = CORPUS / "reference" / "STATUS.tsv"
    out: dict[str, list[float]] = {}
    if not status.exists():
        return out
    lines = status.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    for line in lines[1:]:
        cells = dict(zip(head, line.split("\t")))
        if cells.get("file", "").startswith(".."):
            continue  # the seed attachment, not part of the corpus
        for tool in ("antiword", "catdoc", "libreoffice_cold"):
            try:
                out.setdefault(tool, []).append(float(cells[f"seconds_{tool}"]))
            except (KeyError, ValueError):
                pass
    return out


def assertions_summary() -> None:
    """Other projects' assertions on the corpus (tests/readers/test_doc_assertions.py): how many hold."""
    try:
        from tests.readers.test_doc_assertions import ASSERTIONS, check
    except Exception as exc:  # pragma: no cover - the tests are not shipped
        print(f"other projects' assertions: not available ({exc})")
        return
    held, failed = 0, []
    for a in ASSERTIONS:
        try:
            check(a)
            held += 1
        except AssertionError:
            failed.append(a)
    xfail = [a for a in failed if a.xfail]
    print(f"other projects' assertions: {held}/{len(ASSERTIONS)} hold; {len(xfail)} expected failures "
          f"(xfail), {len(failed) - len(xfail)} unexpected")
    for a in failed:
        print(f"  {'xfail' if a.xfail else 'FAIL '}  {a.file} {a.where} {a.op} {str(a.value)[:50]!r}  ({a.source})")


def main() -> int:
    files = corpus_files()
    blobs = [(p, p.read_bytes()) for p in files]
    results = {}
    for label in ("first pass (includes lazy imports)", "second pass"):
        times = {}
        t0 = time.perf_counter()
        for p, data in blobs:
            t = time.perf_counter()
            try:
                results[p.name] = read_document(p, data)
            except ReportgenError as exc:
                results[p.name] = exc
            times[p.name] = time.perf_counter() - t
        total = time.perf_counter() - t0
        slowest = max(times, key=times.get)
        native = [v for k, v in times.items() if getattr(results[k], "format", "doc").startswith("doc")
                  and not getattr(results[k], "format", "") == "docx"]
        print(f"reportgen, {label}: {len(files)} files in {total * 1000:.1f} ms (one process), "
              f"median {statistics.median(times.values()) * 1000:.2f} ms, "
              f"max {times[slowest] * 1000:.1f} ms ({slowest}); "
              f"binary .doc and refusals only: {sum(native) * 1000:.1f} ms")
    scored, passed = 0, 0
    for p, _ in blobs:
        ref = libreoffice_text(p.name)
        res = results[p.name]
        if ref is None or not ref.strip():
            sim = None
        elif isinstance(res, ReportgenError):
            _status, sim = f"error: {res}", 0.0
        else:
            sim = similarity(res.body, ref)
        if sim is not None:
            scored += 1
            passed += sim >= 0.98
        shown = f"{sim:.3f}" if sim is not None else "  -  "
        extra = f"error: {res}" if isinstance(res, ReportgenError) else ""
        print(f"  {shown}  {p.name}  {extra}")
    print(f"similarity >= 0.98 to LibreOffice: {passed}/{scored} files")
    try:
        from tests.readers.test_msdoc import LIBREOFFICE_WRONG
    except Exception:  # pragma: no cover - the tests are not shipped
        LIBREOFFICE_WRONG = {}
    fair = [p.name for p, _ in blobs if p.name not in LIBREOFFICE_WRONG and (libreoffice_text(p.name) or "").strip()]
    fair_ok = sum(1 for n in fair if not isinstance(results[n], ReportgenError)
                  and similarity(results[n].body, libreoffice_text(n)) >= 0.98)
    print(f"  leaving out the {len(LIBREOFFICE_WRONG)} files where LibreOffice is the one that is wrong: "
          f"{fair_ok}/{len(fair)}")
    assertions_summary()
    recorded = recorded_seconds()
    for tool, args in (("antiword", ["-w", "0"]), ("catdoc", ["-w"])):
        exe = shutil.which(tool)
        if not exe:
            secs = recorded.get(tool, [])
            if secs:
                print(f"{tool}: not installed; recorded in reference/STATUS.tsv (one process a file): "
                      f"{sum(secs) * 1000:.1f} ms in all, median {statistics.median(secs) * 1000:.2f} ms")
            else:
                print(f"{tool}: not installed")
            continue
        t0 = time.perf_counter()
        for p in files:
            subprocess.run([exe, *args, str(p)], capture_output=True, timeout=30)
        print(f"{tool}: {len(files)} files in {(time.perf_counter() - t0) * 1000:.1f} ms (one process a file)")
    lo = recorded.get("libreoffice_cold", [])
    if lo:
        print(f"LibreOffice (recorded, one cold soffice a file): {sum(lo):.1f} s in all, median "
              f"{statistics.median(lo):.2f} s; one batch conversion of all 50: 3.2-3.7 s (reference/README.md)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
