"""`make audit`: the audit of every corpus release (../shared/corpus/releases and releases-dev), counted.

For each consistency rule and for unaccounted blocks, how many violations the corpus has; the
counts are published in the README and held by tests/readers/test_audit.py (they may only fall).
`--show RULE` lists the violations of one rule with their files.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen.errors import ReportgenError  # noqa: E402
from reportgen.readers.audit import RULES, audit_release  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
CORPORA = ("releases", "releases-dev")


def corpus_files(name: str) -> list[Path]:
    return sorted(p for p in (SHARED / name).iterdir() if p.suffix in (".txt", ".htm", ".html", ".md"))


def audit_corpus(name: str) -> tuple[Counter, list[tuple[str, str, str]], int]:
    """(violations per rule, every violation as (file, rule, detail), releases read)."""
    counts: Counter = Counter()
    found = []
    n = 0
    for path in corpus_files(name):
        n += 1
        try:
            problems = audit_release(path).problems
        except ReportgenError as e:
            problems = [("no headline", str(e).split(": ", 1)[-1])]
        for rule, what in problems:
            counts[rule] += 1
            found.append((path.name, rule, what))
    return counts, found, n


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="list the violations of this rule")
    args = parser.parse_args(argv)
    print(f"{'rule':<42} " + " ".join(f"{c:>13}" for c in CORPORA))
    results = {c: audit_corpus(c) for c in CORPORA}
    for rule in RULES:
        print(f"{rule:<42} " + " ".join(f"{results[c][0][rule]:>13}" for c in CORPORA))
    print(f"{'releases':<42} " + " ".join(f"{results[c][2]:>13}" for c in CORPORA))
    if args.show:
        for c in CORPORA:
            for name, rule, what in results[c][1]:
                if rule == args.show:
                    print(f"{c}/{name}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
