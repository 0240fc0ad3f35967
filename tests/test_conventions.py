"""Conventions every command honours: one table of exit codes, options checked before any work,
--debug anywhere, no two inputs writing one output, JSON Lines from `text --json`, the medical
briefing by default only for clinical releases."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from reportgen.cli import app, hoist_global_options
from reportgen.errors import EXIT_CODES, OutputError
from tests.conftest import ROOT, SAMPLE_DOC, SAMPLE_RELEASE, shared_path

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(map(str, args)))


def test_the_readme_documents_every_exit_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("| code | meaning |\n| ---: | --- |\n", 1)[1].split("\n\n", 1)[0]
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M))
    assert {int(code) for code in table} == set(EXIT_CODES)
    for code, meaning in EXIT_CODES.items():
        assert table[str(code)] == meaning


def test_every_error_class_has_a_documented_code():
    import reportgen.errors as errors

    classes = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, errors.ReportgenError)]
    assert {c.exit_code for c in classes} <= set(EXIT_CODES)


def test_debug_is_accepted_after_the_command(tmp_path):
    assert hoist_global_options(["build", "x", "--debug"]) == ["--debug", "build", "x"]
    assert hoist_global_options(["text", "--", "--debug"]) == ["text", "--", "--debug"]
    missing = tmp_path / "missing.txt"
    proc = subprocess.run([sys.executable, "-m", "reportgen", "inspect", str(missing), "--debug"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "InputError" in proc.stderr  # the traceback, not an option error
    plain = subprocess.run([sys.executable, "-m", "reportgen", "inspect", str(missing)],
                           capture_output=True, text=True, timeout=60)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr


def test_a_bad_out_is_found_before_any_release_is_read(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    # the release does not exist either: the --out problem is reported first, with exit 6
    for out, message in [(afile, "exists and is not a folder"), (afile / "sub", f"{afile} is not a folder")]:
        result = run("build", tmp_path / "missing.txt", "--out", out)
        assert result.exit_code == OutputError.exit_code == 6
        assert result.stderr == f"error: --out {out}: {message}\n"


def test_pdf_variant_is_checked_before_rendering(tmp_path):
    result = run("build", tmp_path / "missing.txt", "--pdf-variant", "bogus", "--out", tmp_path)
    assert result.exit_code == 2 and result.stderr.startswith("error: unknown PDF variant 'bogus'; choose from ")
    # not asked for a PDF: the variant does not matter
    result = run("build", SAMPLE_RELEASE, "--pdf-variant", "bogus", "--format", "json", "--out", tmp_path)
    assert result.exit_code == 0


def test_inputs_with_one_name_never_overwrite_each_other(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder / "acme").mkdir(parents=True)
        shutil.copy(SAMPLE_RELEASE, tmp_path / folder / "acme" / "release.txt")
    out = tmp_path / "out"
    first, second = tmp_path / "a" / "acme" / "release.txt", tmp_path / "b" / "acme" / "release.txt"
    result = run("build", first, second, first, "--out", out, "--format", "json", "--audience", "press")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["a-acme-press.json", "a-acme.json",
                                                     "b-acme-press.json", "b-acme.json"]
    assert f"warning: {first}: given more than once; built once" in result.stderr
    assert f"warning: {second}: another input has the same name; its outputs are named b-acme-*" in result.stderr


def test_same_name_different_formats_get_the_format(tmp_path):
    from reportgen.buildplan import output_slugs

    pairs, _ = output_slugs([tmp_path / "x.md", tmp_path / "x.html", tmp_path / "y.txt"])
    assert [slug for _, slug in pairs] == ["x-md", "x-html", "y"]


def test_text_json_of_several_files_is_json_lines_with_the_path():
    result = run("text", SAMPLE_DOC, SAMPLE_RELEASE, "--json")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(SAMPLE_DOC), str(SAMPLE_RELEASE)]
    assert records[0]["format"] == "doc" and "First Drug Regimen" in records[0]["body"]
    one = json.loads(run("text", SAMPLE_DOC, "--json").stdout)
    assert one["path"] == str(SAMPLE_DOC)


def test_medical_is_built_by_default_only_for_clinical_releases(tmp_path):
    board = shared_path("corpus", "releases", "2021-10-01_cancervax-ceo.html")
    result = run("build", board, SAMPLE_RELEASE, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "2021-10-01-cancervax-ceo-medical.json" not in names
    assert {"2021-10-01-cancervax-ceo-investor.json", "2021-10-01-cancervax-ceo-press.json"} <= set(names)
    assert "epicept-ceplene-2007-12-10-medical.json" in names  # a clinical release
    assert (f"warning: {board}: no medical briefing: the release has no clinical content (no trial, indication "
            "or efficacy result); ask for it with --audience medical") in result.stderr
    asked = run("build", board, "--out", tmp_path / "asked", "--format", "json", "--audience", "medical")
    assert asked.exit_code == 0 and (tmp_path / "asked" / "2021-10-01-cancervax-ceo-medical.json").is_file()


@pytest.mark.parametrize("args", [["--audience", "investor,all"]])
def test_all_inside_a_list_is_an_unknown_audience(args, tmp_path):
    result = run("build", SAMPLE_RELEASE, "--out", tmp_path, *args)
    assert result.exit_code == 2 and "unknown audience all" in result.stderr


def test_inspect_says_whether_the_input_is_a_release():
    recipe = ROOT / "tests" / "data" / "junk" / "recipe.html"
    result = run("inspect", recipe)
    assert result.exit_code == 0
    assert "Release?   NO, not a press release: found only a date;" in result.stdout
    assert "Release?   yes: found a date, a dateline, an issuer" in run("inspect", SAMPLE_RELEASE).stdout


def test_text_of_several_files_exits_with_the_code_of_the_failure():
    encrypted = shared_path("corpus", "doc", "password_tika_binaryrc4.doc")
    result = run("text", SAMPLE_DOC, encrypted)
    assert result.exit_code == 3 and "First Drug Regimen" in result.stdout


def test_the_medical_briefing_is_built_by_default_for_17_of_the_42_corpus_releases():
    """The figure the README gives: the releases with a trial, an indication or an efficacy result."""
    from reportgen import briefings
    from reportgen.pipeline import load_release

    folder = shared_path("corpus", "releases")
    releases = [p for p in sorted(folder.iterdir()) if p.name != "MANIFEST.tsv"]
    clinical = [p.name for p in releases if "medical" in briefings.default_audiences(load_release(p))[0]]
    assert (len(clinical), len(releases)) == (17, 42)
    assert "2025-02-10_grace-therapeutics_globenewswire.md" in clinical
    assert "2024-11-22_buckle_ex991.html" not in clinical
