"""The inputs that have a golden model (tests/golden/<name>.json) and how each model is made."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, SHARED

GOLDEN_DIR = ROOT / "tests" / "golden"

# name -> path of the input; corpus files live in ../shared (CI has it beside the repo)
CASES: dict[str, Path] = {
    "epicept-ceplene-2007-12-10": ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt",
}


def golden_path(name: str) -> Path:
    return GOLDEN_DIR / f"{name}.json"


def model_for(name: str) -> dict:
    from reportgen.readers import read_release

    release = read_release(CASES[name])
    data = release.model_dump(mode="json", exclude={"facts"})
    # the path is where the test ran, not part of what was read
    data["input"]["path"] = Path(CASES[name]).name
    return data
