"""Scoring of extracted comparisons against hand annotations (corpus releases and synthetic ones).

A gold statement {kind, values, quote} is matched by one extracted comparison of the same kind whose
source text contains the quote and whose figures (arm values and the change) include every gold value.
Comparisons found in the body and in the headline/subheadlines (`headline_comparisons`) both count.
Table facts (`table_comparisons`) are scored separately (test_tables.py): annotations cover prose only.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportgen.model import Release, Section

HERE = Path(__file__).parent
ANNOTATIONS = sorted((HERE / "annotations").glob("*.json"))
SYNTHETIC = sorted((HERE / "synthetic").glob("*.json"))
SCORED = ("treatment-vs-control", "period-over-period")


def figures(c: dict) -> list[float]:
    vals = [a["value"] for a in c["arms"] if a.get("value") is not None]
    if c.get("change"):
        vals.append(c["change"]["value"])
    return [float(v) for v in vals]


def source_text(c: dict) -> str:
    src = c.get("source") or c.get("headline_source") or {}
    return src.get("text", "")


def matches(gold: dict, c: dict) -> bool:
    if c["kind"] != gold["kind"] or gold["quote"] not in source_text(c):
        return False
    figs = figures(c)
    return all(any(abs(float(v) - f) < 1e-9 for f in figs) for v in gold["values"])


def scored_comparisons(facts) -> list[dict]:
    """The comparisons of `Facts` that the annotations score, as JSON dicts."""
    facts = facts.model_dump(mode="json")
    found = list(facts["comparisons"]) + list(facts.get("headline_comparisons", []))
    return [c for c in found if c["kind"] in SCORED]


def score(gold: list[dict], found: list[dict]) -> tuple[int, int, int, list, list]:
    """(true positives, extracted, gold, missed gold, unmatched extracted)."""
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((i for i, c in enumerate(found) if i not in used and matches(g, c)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    extra = [c for i, c in enumerate(found) if i not in used]
    return len(used), len(found), len(gold), missed, extra


def synthetic_release(data: dict) -> Release:
    """A synthetic annotation file as a Release: one lead section with its paragraphs (and tables)."""
    from reportgen.model import Table

    tables = [Table(**t) for t in data.get("tables", [])]
    return Release(headline=data.get("headline", ""), release_date=data.get("release_date"),
                   sections=[Section(heading=None, paragraphs=list(data["paragraphs"]), tables=tables)])


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


class Tally:
    """Precision/recall per domain, with a report of misses and extras."""

    def __init__(self):
        self.totals: dict[str, list[int]] = {}
        self.lines: list[str] = []

    def add(self, name: str, domain: str, gold: list[dict], found: list[dict], detail: bool = True):
        tp, n_found, n_gold, missed, extra = score(gold, found)
        t = self.totals.setdefault(domain, [0, 0, 0])
        t[0] += tp
        t[1] += n_found
        t[2] += n_gold
        self.lines.append(f"{name:<58} tp={tp:>2} found={n_found:>2} gold={n_gold:>2}")
        if detail:
            for g in missed:
                self.lines.append(f"    missed: {g['kind']} {g['values']} {g['quote']!r}")
            for c in extra:
                self.lines.append(f"    extra:  {c['kind']} {figures(c)} {source_text(c)[:100]!r}")

    def summary(self) -> list[str]:
        out = []
        rows = list(self.totals.items())
        allt = [sum(t[i] for _, t in rows) for i in range(3)]
        for domain, (tp, found, gold) in rows + [("all", allt)]:
            out.append(f"{domain:<10} precision={tp / max(found, 1):.3f} recall={tp / max(gold, 1):.3f} "
                       f"(tp={tp}, found={found}, gold={gold})")
        return out
