"""Golden models: each input's model compared field by field with tests/golden/<name>.json.

Re-approve after an intended change with `make golden`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import pytest

from tests.golden_cases import CASES, assert_matches_golden, golden_path, model_for


@pytest.mark.parametrize("name", sorted(CASES))
def test_model_matches_golden_field_by_field(name):
    assert_matches_golden(golden_path(name), model_for(name))
