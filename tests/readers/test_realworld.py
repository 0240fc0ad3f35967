"""Real releases annotated blind (tests/readers/realworld/, see MEASUREMENTS.md there): each round's
share of fields right may not fall below its floor, the last measured figure."""

from __future__ import annotations

import pytest

from tests.readers.realworld_scoring import load
from tests.readers.variant_scoring import score_all

# round -> (fields right, releases fully right): the last published figures, which may only rise
FLOORS = {"round1": (0.919, 19), "round2": (0.944, 15), "round3": (0.866, 5), "round4": (0.841, 9), "round5": (0.907, 14),
          "round6": (0.913, 13), "round7": (0.905, 9), "round8": (0.919, 15), "round9": (0.89, 6),
          "round11": (0.909, 16)}


@pytest.mark.parametrize("round_name", sorted(FLOORS))
def test_round_scores_do_not_fall(round_name):
    annotated = load([round_name])
    assert annotated, f"no annotations for {round_name}"
    results = score_all(annotated)
    fields = [ok for r in results.values() for ok, _ in r.values()]
    share = sum(fields) / len(fields)
    fully = sum(all(ok for ok, _ in r.values()) for r in results.values())
    wrong = {name: [f for f, (ok, _) in r.items() if not ok] for name, r in results.items()}
    floor_share, floor_fully = FLOORS[round_name]
    assert share >= floor_share - 1e-9 and fully >= floor_fully, (
        f"{round_name}: {share:.3f} of fields, {fully} fully right (floor {floor_share}, {floor_fully}); wrong: "
        + "; ".join(f"{n}: {', '.join(f)}" for n, f in wrong.items() if f))
