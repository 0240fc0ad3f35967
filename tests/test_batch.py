"""Batches: folders, globs and files; parallel processes; skipping what is up to date; failures
reported while the others build; the progress shown; Ctrl-C; the Python API."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import reportgen
from reportgen.batch import discover
from reportgen.cli import app
from reportgen.progress import report
from tests.conftest import ROOT, SAMPLE_DIR, SAMPLE_RELEASE, shared_path

runner = CliRunner()
SLUG = "epicept-ceplene-2007-12-10"
# small corpus releases that build quickly
QUICK = ["2000-09-26_rock-of-ages_ex99.htm", "2005-01-25_southern-company_ex9901.txt",
         "2025-02-13_ideaya_prnewswire.md"]


def run(*args):
    return runner.invoke(app, list(map(str, args)))


@pytest.fixture
def inputs(tmp_path) -> Path:
    """inputs/ holding a release folder (the sample and its .doc) and a folder of three releases."""
    root = tmp_path / "inputs"
    shutil.copytree(SAMPLE_DIR, root / SLUG)
    (root / "feed").mkdir()
    for name in QUICK:
        shutil.copy(shared_path("corpus", "releases", name), root / "feed" / name)
    (root / "feed" / "README.md").write_text("# not a release\n")
    return root


def slugs_of(out: Path) -> set[str]:
    return {p.name for p in out.iterdir() if p.is_file()}


def test_discover_takes_release_folders_every_release_below_globs_and_files(inputs, tmp_path):
    found = [Path(p) for p, problem in discover([inputs]) if not problem]
    # the release folder gives release.txt alone (its .doc is the attachment); README is no release
    assert [p.name for p in found] == ["release.txt", *sorted(QUICK)]
    assert [Path(p).name for p, _ in discover([inputs / "feed" / "*.md"])] == ["2025-02-13_ideaya_prnewswire.md"]
    assert discover([str(tmp_path / "nothing-*.txt")]) == [(str(tmp_path / "nothing-*.txt"), "no file matches this pattern")]
    nothing = run("build", tmp_path / "nothing-*.txt", "--out", tmp_path / "out")
    assert nothing.exit_code == 2 and nothing.stderr == f"error: {tmp_path / 'nothing-*.txt'}: no file matches this pattern\n"
    # given twice (a file and its folder): built once; the output folder is never walked
    (inputs / "out").mkdir()
    (inputs / "out" / "x.html").write_text("<p>a briefing</p>")
    twice = discover([inputs / SLUG / "release.txt", inputs], out=inputs / "out")
    assert len(twice) == 4 and not any("out" in Path(p).parts[-2:-1] for p, _ in twice)
    # a folder of Word files alone: each is a release
    words = tmp_path / "words"
    words.mkdir()
    shutil.copy(SAMPLE_DIR / "nym021 - english.doc", words / "a.doc")
    assert [Path(p).name for p, _ in discover([words])] == ["a.doc"]


def test_build_of_a_folder_in_parallel_then_a_rerun_skips_and_force_rebuilds(inputs, tmp_path):
    out = tmp_path / "out"
    first = run("build", inputs, "--out", out, "--format", "json", "--jobs", "2")
    assert first.exit_code == 0, first.output
    built = slugs_of(out)
    assert len([n for n in built if n.count("-") and n.endswith("-investor.json")]) == 4
    for name in built:
        json.loads((out / name).read_text())  # every output complete
    # plain lines (not a terminal): one a release, then the summary
    assert first.stdout.count("] built ") == 4
    assert "4 releases: 4 built, 0 skipped" in first.stderr and "0 failed" in first.stderr
    stamps = {n: (out / n).stat().st_mtime_ns for n in built}

    again = run("build", inputs, "--out", out, "--format", "json", "--jobs", "2")
    assert again.exit_code == 0
    assert "4 releases: 0 built, 4 skipped" in again.stderr
    assert {n: (out / n).stat().st_mtime_ns for n in built} == stamps  # nothing rewritten

    forced = run("build", inputs / "feed", "--out", out, "--format", "json", "--jobs", "1", "--force")
    assert "3 releases: 3 built, 0 skipped" in forced.stderr
    assert (out / "2025-02-13-ideaya-prnewswire.json").stat().st_mtime_ns > stamps["2025-02-13-ideaya-prnewswire.json"]


def test_a_changed_release_attachment_or_option_is_rebuilt_and_nothing_else(inputs, tmp_path):
    out = tmp_path / "out"
    api = dict(formats="json", jobs=1)
    assert {r.status for r in reportgen.build_many([inputs], out, **api)} == {"built"}
    release = inputs / "feed" / QUICK[0]
    release.write_bytes(release.read_bytes().replace(b"Rock of Ages", b"Rock  of Ages", 1))
    results = {Path(r.path).name: r.status for r in reportgen.build_many([inputs], out, **api)}
    assert results == {"release.txt": "skipped", QUICK[0]: "built", QUICK[1]: "skipped", QUICK[2]: "skipped"}
    # the sample's .doc attachment changes: its release is rebuilt
    doc = inputs / SLUG / "nym021 - english.doc"
    doc.write_bytes(doc.read_bytes() + b"\0")
    results = {Path(r.path).name: r.status for r in reportgen.build_many([inputs], out, **api)}
    assert results["release.txt"] == "built" and list(results.values()).count("built") == 1
    # another option: every release is built again
    assert {r.status for r in reportgen.build_many([inputs], out, formats="json", audiences="investor", jobs=1)} == {"built"}
    # an output removed by hand is built again
    (out / "2025-02-13-ideaya-prnewswire-investor.json").unlink()
    results = {Path(r.path).name: r.status for r in reportgen.build_many([inputs], out, formats="json",
                                                                         audiences="investor", jobs=1)}
    assert results[QUICK[2]] == "built" and list(results.values()).count("built") == 1


@pytest.mark.slow
def test_a_template_change_rebuilds_with_the_new_template(tmp_path):
    out, mine = tmp_path / "out", tmp_path / "mine"
    mine.mkdir()
    (mine / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n')
    args = ["build", SAMPLE_RELEASE, "--out", out, "--format", "html", "--audience", "investor", "--templates", mine]
    assert run(*args).exit_code == 0
    html = out / f"{SLUG}-investor.html"
    assert "ACME Capital" not in html.read_text()
    skipped = run(*args)
    assert "up to date" in skipped.stderr and skipped.stdout == ""
    (mine / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n'
                                        "{% block colophon %}<p>Prepared for ACME Capital.</p>{% endblock %}\n")
    rebuilt = run(*args)
    assert rebuilt.exit_code == 0 and str(html) in rebuilt.stdout
    assert "Prepared for ACME Capital." in html.read_text()


def test_a_failing_release_is_reported_and_the_others_are_built(inputs, tmp_path):
    out = tmp_path / "out"
    (inputs / "feed" / "broken.txt").write_bytes(bytes(range(256)) * 40)  # binary: not a release
    result = run("build", inputs, tmp_path / "missing.md", "--out", out, "--format", "json", "--jobs", "2")
    assert result.exit_code == 2  # an input that cannot be read
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and any("broken.txt" in e for e in errors) and any("missing.md" in e for e in errors)
    # the two releases without clinical content get no medical briefing, with a warning each
    assert "6 releases: 4 built, 0 skipped, 2 warnings, 2 failed" in result.stderr
    assert len([n for n in slugs_of(out) if n.endswith("-medical.json")]) == 2
    assert len([n for n in slugs_of(out) if n.endswith("-press.json")]) == 4
    assert not any(n.startswith("broken") for n in slugs_of(out))


def test_two_releases_with_one_output_name_get_their_folders_names_not_overwritten(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(shared_path("corpus", "releases", QUICK[0]), tmp_path / folder / QUICK[0])
    out = tmp_path / "out"
    results = list(reportgen.build_many([tmp_path / "a", tmp_path / "b"], out, formats="json", jobs=2))
    assert [r.status for r in results] == ["built", "built"]
    assert sorted(r.slug for r in results) == ["a-2000-09-26-rock-of-ages-ex99", "b-2000-09-26-rock-of-ages-ex99"]
    renamed = next(r for r in results if r.slug.startswith("b-"))
    assert renamed.warnings[0] == "another input has the same name; its outputs are named b-2000-09-26-rock-of-ages-ex99-*"
    assert len(list(out.glob("b-*.json"))) == len(list(out.glob("a-*.json"))) == 3
    # and a re-run skips both: each is keyed under its own name
    assert [r.status for r in reportgen.build_many([tmp_path / "a", tmp_path / "b"], out, formats="json", jobs=1)] == ["skipped"] * 2


def test_quiet_shows_only_errors(inputs, tmp_path):
    result = run("build", inputs / "feed", "--out", tmp_path / "out", "--format", "json", "--quiet", "--jobs", "1")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert len(list((tmp_path / "out").glob("*-press.json"))) == 3


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_progress_bar_and_the_summary(inputs, tmp_path):
    out, err = io.StringIO(), Terminal()
    run_ = reportgen.build_many([inputs / "feed"], tmp_path / "out", formats="json", jobs=1)
    assert report(run_, out=out, err=err) == 0
    shown = err.getvalue()
    assert "━" in shown and "3/3" in shown and "built 3 · skipped 0 · failed 0" in shown
    assert "3 releases: 3 built" in shown and out.getvalue() == ""


@pytest.mark.slow
def test_ctrl_c_stops_the_batch_and_leaves_no_half_written_file(inputs, tmp_path):
    out = tmp_path / "out"
    for name in ("2025-02-10_arrowhead_businesswire.md", "2025-02-12_alkermes_prnewswire.md"):
        shutil.copy(shared_path("corpus", "releases", name), inputs / "feed" / name)
    proc = subprocess.Popen([sys.executable, "-m", "reportgen", "build", str(inputs), "--out", str(out),
                             "--format", "pdf,docx", "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # as from a terminal: a test runner's worker may ignore SIGINT, and a child inherits that
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.is_dir() and any(out.glob("*.pdf"))):
        time.sleep(0.05)  # stop it in the middle: some briefings written, others being rendered
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.endswith(".tmp")]
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), pdf
    # the run resumes: what was complete is skipped, the rest is built
    again = subprocess.run([sys.executable, "-m", "reportgen", "build", str(inputs), "--out", str(out),
                            "--format", "pdf,docx", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    assert "6 releases: " in again.stderr and "0 failed" in again.stderr
    # every release's investor and press briefings; medical only for the four with clinical content
    assert len(list(out.glob("*-investor.pdf"))) == len(list(out.glob("*-press.pdf"))) == 6
    assert len(list(out.glob("*-medical.pdf"))) == 4


@pytest.mark.parametrize("args", [["--help"], ["inspect", str(SAMPLE_RELEASE)], ["text", str(SAMPLE_DIR / "nym021 - english.doc")],
                                  ["templates", "list"], ["build", "--help"]], ids=" ".join)
def test_commands_that_render_nothing_never_import_the_renderers(args):
    code = ("import sys, runpy\n"
            f"sys.argv = ['reportgen', *{args!r}]\n"
            "try:\n    runpy.run_module('reportgen', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'docxtpl', 'docx', 'pydyf', 'distributed', 'dask'))\n"
            "print('HEAVY', heavy, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "120"})
    assert "HEAVY []" in proc.stderr, proc.stderr[-2000:]


def test_a_batch_keys_the_brand_and_vars_and_force_builds_a_non_release(inputs, tmp_path):
    out, brand = tmp_path / "out", tmp_path / "brand.yml"
    brand.write_text('colours:\n  primary: "#aa0000"\n')
    (inputs / "feed" / "recipe.html").write_bytes((ROOT / "tests" / "data" / "junk" / "recipe.html").read_bytes())
    args = ["build", inputs / "feed", "--out", out, "--format", "html", "--audience", "press", "--jobs", "2",
            "--brand", brand, "--var", "analyst=Jane Roe"]
    first = run(*args)
    assert first.exit_code == 7  # the recipe is refused, the three releases are built with the brand
    assert "4 releases: 3 built, 0 skipped" in first.stderr and "recipe.html: not a press release" in first.stderr
    assert all("--brand-primary: #aa0000;" in p.read_text() for p in out.glob("*-press.html"))
    assert "3 skipped" in run(*args).stderr
    brand.write_text('colours:\n  primary: "#00aa00"\n')  # another brand: every briefing again
    assert "3 built, 0 skipped" in run(*args).stderr
    assert all("--brand-primary: #00aa00;" in p.read_text() for p in out.glob("*-press.html"))
    other_var = [*args[:-1], "analyst=John Doe"]
    assert "3 built, 0 skipped" in run(*other_var).stderr
    # --force rebuilds the three and builds the recipe, with the warning
    forced = run(*other_var, "--force")
    assert forced.exit_code == 0 and "4 releases: 4 built, 0 skipped" in forced.stderr
    assert "recipe.html: NOT A PRESS RELEASE" in forced.stderr and (out / "recipe-press.html").is_file()
