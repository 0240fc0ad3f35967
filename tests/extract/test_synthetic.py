"""Synthetic releases (tests/extract/synthetic/*.json): paragraphs written in the styles of clinical
topline and financial results releases, annotated by hand while writing them, before the extractor
was run on them. "final" files were written first with "dev", kept aside and scored once at the end;
"dev" files were looked at while improving the rules; "dev2" ... "dev8" were each written after a
round of rule changes, measured before being looked at (the numbers then are in
tests/extract/MEASUREMENTS.md), and then used for the next round; "dev9" ... "dev11" are the three blind
rounds of the structural rework and "dev12" blind round 4 of the shared-machinery rework (same protocol). Precision and recall are printed
per split and held above floors."""

from __future__ import annotations

import pytest

from reportgen.extract import check_span, enrich, iter_facts_with_source

from .scoring import SYNTHETIC, Tally, load_json, scored_comparisons, synthetic_release

FLOORS = {"dev": 0.9, "dev2": 0.8, "dev3": 0.8, "dev4": 0.8, "dev5": 0.8, "dev6": 0.8, "dev7": 0.8, "dev8": 0.7, "dev9": 0.8, "dev10": 0.8, "dev11": 0.8, "dev12": 0.8, "final": 0.8}


def test_synthetic_files_are_well_formed():
    assert len(SYNTHETIC) >= 10
    n = 0
    for path in SYNTHETIC:
        d = load_json(path)
        assert d["split"] in FLOORS and d["domain"] in ("clinical", "financial")
        for g in d["comparisons"]:
            assert any(g["quote"] in p for p in d["paragraphs"]), (path.name, g["quote"])
            n += 1
    assert n >= 40


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_synthetic_precision_and_recall(split):
    tally = Tally()
    for path in SYNTHETIC:
        d = load_json(path)
        if d["split"] != split:
            continue
        release = synthetic_release(d)
        facts = enrich(release)
        for fact in iter_facts_with_source(facts):
            assert check_span(release, fact.source), (path.name, fact)
        tally.add(path.stem, d["domain"], d["comparisons"], scored_comparisons(facts))
    print("\n" + "\n".join(tally.lines + [f"[synthetic {split}] {x}" for x in tally.summary()]))  # with `pytest -s`
    for domain, (tp, found, gold) in tally.totals.items():
        assert tp / gold >= FLOORS[split], (split, domain)
        assert tp / max(found, 1) >= FLOORS[split], (split, domain)
