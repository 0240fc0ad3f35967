"""Shared fixtures: paths to the project's inputs and to ../shared (which CI provides beside the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE_DIR = ROOT / "inputs" / "epicept-ceplene-2007-12-10"
SAMPLE_RELEASE = SAMPLE_DIR / "release.txt"
SAMPLE_DOC = SAMPLE_DIR / "nym021 - english.doc"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; a missing folder is a failure, not a skip (CI always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: tests need ../shared beside the repository")
    return path


def pytest_addoption(parser):
    parser.addoption("--fuzz-long", action="store_true", default=False,
                     help="run the fuzz tests with many more mutations (make fuzz)")


@pytest.fixture(scope="session")
def fuzz_rounds(request) -> int:
    """Mutations per seed file: a few in `make test`, many in `make fuzz`."""
    return 2000 if request.config.getoption("--fuzz-long") else 40
