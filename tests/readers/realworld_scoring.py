"""Real releases annotated blind (tests/readers/realworld/<round>/<stem>.expected.json, see ANNOTATING.md
there), scored field by field with the synthetic variants' scorer.

`python -m tests.readers.realworld_scoring [ROUND ...] [-v]` prints the per-field accuracy of each round
(all rounds by default); `-v` says what was wrong.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import SHARED
from tests.readers.variant_scoring import report, score_all

REALWORLD_DIR = Path(__file__).resolve().parent / "realworld"
CORPUS_DEV = SHARED / "corpus" / "releases-dev"


@dataclass(frozen=True)
class Annotated:
    round: str
    name: str
    path: Path  # the release in ../shared/corpus/releases-dev
    expect: dict

    @property
    def id(self) -> str:
        return f"{self.round}/{self.name}"


def load(rounds=()) -> list[Annotated]:
    """The annotated releases of the named rounds (all by default), round by round, name by name."""
    folders = sorted(p for p in REALWORLD_DIR.iterdir() if p.is_dir() and (not rounds or p.name in rounds))
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.expected.json")):
            expect = json.loads(path.read_text(encoding="utf-8"))
            out.append(Annotated(folder.name, path.name.removesuffix(".expected.json"),
                                 CORPUS_DEV / expect["file"], expect))
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    rounds = [a for a in argv if not a.startswith("-")]
    by_round: dict[str, list[Annotated]] = {}
    for a in load(rounds):
        by_round.setdefault(a.round, []).append(a)
    for name, items in by_round.items():
        report(f"{name} ({len(items)})", score_all(items), verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
