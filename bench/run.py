"""Benchmarks: every stage of a build as a ratio of the floor (WeasyPrint rendering the same HTML).

Run with `make bench`. Ratios in one run, on one machine, are what matter: "reading the release
costs 0.02 of a PDF render" stays true on a slower machine, a time in seconds does not.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt"


def timed(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    from reportgen import briefings
    from reportgen.extract import enrich
    from reportgen.fidelity import verify
    from reportgen.readers import read_release
    from reportgen.render import render_bytes
    from reportgen.render.html import render_html

    release = read_release(SAMPLE)
    release.facts = enrich(release)
    briefing = briefings.build(release, "investor")
    html = render_html(briefing)

    import weasyprint

    def floor():
        weasyprint.HTML(string=html).write_pdf()

    floor()  # warm caches (fonts) before measuring
    base = timed(floor)
    rows = [
        ("read release + attachment", timed(lambda: read_release(SAMPLE), 10)),
        ("extract facts", timed(lambda: enrich(release), 10)),
        ("build briefing (investor)", timed(lambda: briefings.build(release, "investor"), 10)),
        ("render HTML", timed(lambda: render_html(briefing), 10)),
        ("fidelity check (HTML + DOCX)", timed(lambda: verify(briefing, release, ["pdf", "docx"]))),
        ("render DOCX", timed(lambda: render_bytes(briefing, "docx"))),
        ("render PDF (reportgen)", timed(lambda: render_bytes(briefing, "pdf"))),
    ]
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportgen", "--help"], capture_output=True, check=True)
    rows.append(("CLI start-up (--help)", time.perf_counter() - t))
    print(f"floor: WeasyPrint alone on the investor HTML = {base * 1000:.0f} ms")
    print(f"{'stage':32} {'ms':>8} {'x floor':>8}")
    for name, seconds in rows:
        print(f"{name:32} {seconds * 1000:8.1f} {seconds / base:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
