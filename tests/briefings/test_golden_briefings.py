"""Golden briefings: what each audience sees of each golden input, compared field by field with
tests/golden/briefings/<name>-<audience>.json (sections, items, tables, chart, notes)."""

from __future__ import annotations

import pytest

from tests.golden_cases import BRIEFING_CASES, assert_matches_golden, audiences, briefing_for, briefing_golden_path


@pytest.mark.parametrize("audience", audiences())
@pytest.mark.parametrize("name", BRIEFING_CASES)
def test_briefing_matches_golden_field_by_field(name, audience):
    assert_matches_golden(briefing_golden_path(name, audience), briefing_for(name, audience))
