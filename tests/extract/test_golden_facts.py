"""Golden facts: the facts of each golden input compared field by field with tests/golden/facts/."""

from __future__ import annotations

import pytest

from tests.golden_cases import CASES, assert_matches_golden, facts_for, facts_golden_path


@pytest.mark.parametrize("name", sorted(CASES))
def test_facts_match_golden_field_by_field(name):
    assert_matches_golden(facts_golden_path(name), facts_for(name))
