"""Briefing data on real releases annotated blind (tests/briefings/realworld/, ANNOTATING.md there):
each item's share may not fall below its floor, the last measured figure (MEASUREMENTS.md)."""

from __future__ import annotations

import pytest

from tests.briefings.realworld_scoring import ITEMS, score_set

# item -> share right on set1: the last published figures, which may only rise
FLOORS = {"set1": {"lead": 0.744, "results": 0.292, "frame": 0.656, "products": 0.431, "absence": 1.0,
                   "catalysts": 0.447, "guidance": 0.631, "dividends": 0.500, "deals": 0.242, "quotes": 0.773},
          "set2": {"lead": 0.846, "results": 0.234, "frame": 0.719, "products": 0.917, "absence": 1.0,
                   "catalysts": 0.240, "guidance": 0.333, "dividends": 0.500, "deals": 0.667, "quotes": 0.683}}


@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_briefing_scores_do_not_fall(set_name):
    totals = score_set(set_name)
    assert set(totals) == set(ITEMS)
    low = {item: round(totals[item].share, 3) for item, floor in FLOORS[set_name].items()
           if totals[item].share < floor - 5e-4}
    assert not low, f"{set_name}: below the floor: {low} (floors {FLOORS[set_name]})"
