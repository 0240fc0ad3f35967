"""Redraw the README pictures: the first page of each sample briefing as docs/images/<audience>.png.

Run by `make docs-images`. Builds the sample release's PDF briefings (every registered audience,
through `reportgen build`'s own pipeline, fidelity check included) into a temporary folder and
turns each first page into a PNG with pdftoppm (poppler-utils), 900 pixels wide: sharp in a
README, small in the repository.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt"
WIDTH = 900


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="folder for the PNGs")
    parser.add_argument("--width", type=int, default=WIDTH, help="picture width in pixels")
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    args = parser.parse_args(argv)

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("error: pdftoppm not found; install it with: apt-get install poppler-utils", file=sys.stderr)
        return 1

    from reportgen.briefings import AUDIENCES
    from reportgen.pipeline import build_release, release_slug
    from reportgen.render import RenderOptions

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build_release(SAMPLE, tmp, list(AUDIENCES), ["pdf"], RenderOptions(paper=args.paper))
        print(f"built {len(AUDIENCES)} briefings in {time.perf_counter() - started:.1f} s")
        slug = release_slug(SAMPLE)
        for audience in AUDIENCES:
            pdf = Path(tmp) / f"{slug}-{audience}.pdf"
            target = args.out / f"{audience}.png"
            # -singlefile: no page-number suffix; -scale-to-x with -1: width fixed, aspect kept.
            subprocess.run([pdftoppm, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x",
                            str(args.width), "-scale-to-y", "-1", "-aa", "yes", "-aaVector", "yes",
                            str(pdf), str(target.with_suffix(""))], check=True)
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
