"""Briefing data on real releases annotated blind (tests/briefings/realworld/, ANNOTATING.md there):
each item's share may not fall below its floor, the last measured figure (MEASUREMENTS.md)."""

from __future__ import annotations

import pytest

from tests.briefings.realworld_scoring import ITEMS, score_set

# item -> share right on set1: the last published figures, which may only rise
FLOORS = {"set1": {"lead": 0.744, "results": 0.290, "frame": 0.581, "products": 0.431, "absence": 0.909,
                   "catalysts": 0.302, "guidance": 0.574, "dividends": 0.500, "deals": 0.242, "quotes": 0.619},
          "set2": {"lead": 0.808, "results": 0.197, "frame": 0.631, "products": 0.917, "absence": 1.0,
                   "catalysts": 0.225, "guidance": 0.333, "dividends": 0.500, "deals": 0.667, "quotes": 0.492}}


@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_briefing_scores_do_not_fall(set_name):
    totals = score_set(set_name)
    assert set(totals) == set(ITEMS)
    low = {item: round(totals[item].share, 3) for item, floor in FLOORS[set_name].items()
           if totals[item].share < floor - 5e-4}
    assert not low, f"{set_name}: below the floor: {low} (floors {FLOORS[set_name]})"
