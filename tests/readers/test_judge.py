"""Is this a press release? Every corpus release is, nothing else in those folders is, and no junk
file is (tests/data/junk: a recipe page, a CSV file, a manifest, a README, meeting minutes, a
story, a package.json); a refusal is one line with exit code 7, and --force builds with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportgen.cli import app
from reportgen.errors import InputError, NotAReleaseError
from reportgen.pipeline import judge_release, load_release
from reportgen.readers import read_release
from tests.conftest import ROOT, SAMPLE_RELEASE, SHARED

JUNK = sorted((ROOT / "tests" / "data" / "junk").iterdir())
NOT_RELEASES = {"MANIFEST.tsv", "README.md"}  # the corpus folders' own files
# releases the reader finds no headline in: refused by the reader (exit 2), not by the judge
NO_HEADLINE = {"2000-06-12_metropolitan-washington-airports-authority_company.htm"}


def _files(folder: str) -> list[str]:
    path = SHARED / "corpus" / folder
    return sorted(p.name for p in path.iterdir()) if path.exists() else []


def _verdict(path: Path):
    return judge_release(load_release(path))


@pytest.mark.parametrize("name", [n for n in _files("releases") if n not in NOT_RELEASES])
def test_every_corpus_release_is_a_release(name):
    verdict = _verdict(SHARED / "corpus" / "releases" / name)
    assert verdict.is_release, verdict.reason


@pytest.mark.parametrize("name", [n for n in _files("releases-dev") if n not in NOT_RELEASES | NO_HEADLINE])
def test_every_releases_dev_release_is_a_release(name):
    verdict = _verdict(SHARED / "corpus" / "releases-dev" / name)
    assert verdict.is_release, verdict.reason


@pytest.mark.parametrize("folder, name", [(f, n) for f in ("releases", "releases-dev") for n in _files(f)
                                          if n in NOT_RELEASES])
def test_the_corpus_folders_own_files_are_not_releases(folder, name):
    verdict = _verdict(SHARED / "corpus" / folder / name)
    assert not verdict.is_release


def test_the_corpus_figures():
    """The counts the README gives (and the folders hold what they held when they were measured)."""
    assert len([n for n in _files("releases") if n not in NOT_RELEASES]) == 42
    assert len([n for n in _files("releases-dev") if n not in NOT_RELEASES]) == 304
    with pytest.raises(InputError, match="no headline found"):
        read_release(SHARED / "corpus" / "releases-dev" / sorted(NO_HEADLINE)[0], attachments=False)


@pytest.mark.parametrize("path", JUNK, ids=lambda p: p.name)
def test_junk_is_not_a_release(path):
    verdict = _verdict(path)
    assert not verdict.is_release
    assert verdict.reason


def test_the_sample_is_a_release_with_every_mark():
    verdict = _verdict(SAMPLE_RELEASE)
    assert verdict.is_release
    assert {"a date", "a dateline", "an issuer", "tickers", "contacts", "quotes"} <= set(verdict.found)


def test_build_refuses_junk_with_exit_7_and_builds_it_with_force(tmp_path):
    runner = CliRunner()
    recipe = ROOT / "tests" / "data" / "junk" / "recipe.html"
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(recipe), "--out", str(out), "--format", "json"])
    assert result.exit_code == NotAReleaseError.exit_code == 7
    assert result.stderr.startswith(f"error: {recipe}: not a press release (found only a date; ")
    assert result.stderr.strip().endswith("build it anyway with --force")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
    forced = runner.invoke(app, ["build", str(recipe), "--out", str(out), "--format", "json", "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"warning: {recipe}: NOT A PRESS RELEASE, built anyway (--force)" in forced.stderr
    assert (out / "recipe.json").is_file() and (out / "recipe-investor.json").is_file()


def test_a_folder_of_mixed_inputs_builds_the_releases_and_refuses_the_rest(tmp_path):
    csv = ROOT / "tests" / "data" / "junk" / "sales.csv"
    result = CliRunner().invoke(app, ["build", str(csv), str(SAMPLE_RELEASE), "--out", str(tmp_path),
                                      "--format", "json", "--audience", "press"])
    assert result.exit_code == 7
    assert f"error: {csv}: not a press release (a table of data (CSV), not a release)" in result.stderr
    assert (tmp_path / "epicept-ceplene-2007-12-10-press.json").is_file()
