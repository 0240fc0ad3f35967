"""Corpus releases: every fact's source matches its span, and comparisons are measured against
hand annotations (tests/extract/annotations/*.json): precision and recall are printed and held
above floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportgen.extract import enrich
from reportgen.extract.text import check_span, iter_facts_with_source

from ..conftest import shared_path
from .loader import load

ANNOTATIONS = sorted((Path(__file__).parent / "annotations").glob("*.json"))
SCORED = ("treatment-vs-control", "period-over-period")


def _corpus_files():
    folder = shared_path("corpus", "releases")
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt", ".htm", ".html"))


@pytest.fixture(scope="module")
def corpus():
    return {p.name: load(p) for p in _corpus_files()}


def test_every_fact_of_every_corpus_release_has_an_exact_span(corpus):
    for name, release in corpus.items():
        facts = enrich(release)
        json.dumps(facts)
        for fact in iter_facts_with_source(facts):
            assert check_span(release, fact["source"]), (name, fact)


def _figures(c: dict) -> list[float]:
    vals = [a["value"] for a in c["arms"] if a.get("value") is not None]
    if c.get("change"):
        vals.append(c["change"]["value"])
    return [float(v) for v in vals]


def _matches(gold: dict, c: dict) -> bool:
    if c["kind"] != gold["kind"] or gold["quote"] not in c["source"]["text"]:
        return False
    figs = _figures(c)
    return all(any(abs(float(v) - f) < 1e-9 for f in figs) for v in gold["values"])


def score(annotation: dict, release) -> tuple[int, int, int, list, list]:
    """(true positives, extracted, gold, missed gold, unmatched extracted) for one release."""
    found = [c for c in enrich(release)["comparisons"] if c["kind"] in SCORED]
    gold = annotation["comparisons"]
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((i for i, c in enumerate(found) if i not in used and _matches(g, c)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    extra = [c for i, c in enumerate(found) if i not in used]
    return len(used), len(found), len(gold), missed, extra


def test_comparisons_precision_and_recall(corpus, capsys):
    assert len(ANNOTATIONS) >= 8
    totals = {"clinical": [0, 0, 0], "financial": [0, 0, 0]}
    lines = []
    for path in ANNOTATIONS:
        ann = json.loads(path.read_text(encoding="utf-8"))
        tp, n_found, n_gold, missed, extra = score(ann, corpus[ann["file"]])
        t = totals[ann["domain"]]
        t[0] += tp
        t[1] += n_found
        t[2] += n_gold
        lines.append(f"{ann['file']:<55} tp={tp:>2} found={n_found:>2} gold={n_gold:>2}")
        for g in missed:
            lines.append(f"    missed: {g['kind']} {g['values']} {g['quote']!r}")
        for c in extra:
            lines.append(f"    extra:  {c['kind']} {_figures(c)} {c['source']['text'][:90]!r}")
    all_tp = sum(t[0] for t in totals.values())
    all_found = sum(t[1] for t in totals.values())
    all_gold = sum(t[2] for t in totals.values())
    for domain, (tp, found, gold) in list(totals.items()) + [("all", (all_tp, all_found, all_gold))]:
        lines.append(f"{domain:<10} precision={tp / max(found, 1):.3f} recall={tp / max(gold, 1):.3f} "
                     f"(tp={tp}, found={found}, gold={gold})")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all_tp / all_gold >= 0.85
    assert all_tp / max(all_found, 1) >= 0.85
    for domain, (tp, found, gold) in totals.items():
        assert tp / gold >= 0.8, domain
