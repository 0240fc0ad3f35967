"""Golden models: each input's model compared field by field with tests/golden/<name>.json.

Re-approve after an intended change with `make golden`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import json

import pytest

from tests.golden_cases import CASES, golden_path, model_for


def _diff(expected, actual, path="") -> list[str]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in sorted(set(expected) | set(actual)):
            out += _diff(expected.get(key, "<missing>"), actual.get(key, "<missing>"), f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        out = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            out += _diff(e, a, f"{path}[{i}]")
        return out
    return [] if expected == actual else [f"{path}: expected {expected!r:.200}, got {actual!r:.200}"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_model_matches_golden_field_by_field(name):
    golden = golden_path(name)
    assert golden.exists(), f"{golden} missing: run `make golden` and review it"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    actual = model_for(name)
    differences = _diff(expected, actual)
    assert not differences, "model differs from golden (re-approve with `make golden` if intended):\n" + "\n".join(differences[:40])
