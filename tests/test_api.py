"""The public API: the README's example runs as written, and each function does what it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

import reportgen
from reportgen.errors import FidelityError, NotAReleaseError, UsageError
from tests.conftest import ROOT, SAMPLE_RELEASE

pytestmark = pytest.mark.slow  # renders a PDF


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using reportgen from Python", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_example_runs_as_written(tmp_path):
    (tmp_path / "inputs").symlink_to(ROOT / "inputs")
    proc = subprocess.run([sys.executable, "-c", readme_example()], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "5 investor briefing (HTML/PDF): 42.7 is not in the release"
    assert lines[1:] == ["out/epicept-ceplene-2007-12-10.json"] + [
        f"out/epicept-ceplene-2007-12-10-{audience}.{fmt}" for audience in ("investor", "medical", "press")
        for fmt in ("json", "html")]
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.html").read_text(encoding="utf-8")
    assert "size: letter" in html


def test_the_api_is_the_documented_one():
    assert set(reportgen.__all__) >= {"read_release", "judge", "build_briefing", "render_briefing", "verify",
                                      "render_options", "build_all", "audiences", "ReportgenError"}
    for name in reportgen.__all__:
        assert getattr(reportgen, name) is not None
    with pytest.raises(AttributeError):
        reportgen.no_such_function  # noqa: B018


def test_read_release_from_a_path_text_or_bytes():
    from_path = reportgen.read_release(SAMPLE_RELEASE)
    text = SAMPLE_RELEASE.read_text(encoding="utf-8")
    from_text = reportgen.read_release(text)
    from_bytes = reportgen.read_release(SAMPLE_RELEASE.read_bytes(), name="release.txt")
    assert from_path.headline == from_text.headline == from_bytes.headline
    assert from_path.facts.comparisons == from_text.facts.comparisons
    assert from_path.attachments[0].found and not from_text.attachments[0].found
    with pytest.raises(reportgen.ReportgenError, match=r"no-such-file\.txt: no such file"):
        reportgen.read_release("no-such-file.txt")
    with pytest.raises(UsageError):
        reportgen.read_release(42)


def test_render_runs_the_fidelity_check_by_default():
    release = reportgen.read_release(SAMPLE_RELEASE)
    briefing = reportgen.build_briefing(release, "press")
    briefing.stance = "Up 99.5 percent on the day."
    with pytest.raises(FidelityError, match=r"99\.5 is not in the release"):
        reportgen.render_briefing(briefing, "docx")
    with pytest.raises(FidelityError):
        reportgen.verify(briefing, ["html"])
    # unchecked on request; a briefing without its release needs release= or check=False
    assert reportgen.render_briefing(briefing, "html", check=False).startswith(b"<!DOCTYPE html>")
    bare = briefing.model_copy()
    bare._release = None
    with pytest.raises(UsageError, match="needs the release"):
        reportgen.render_briefing(bare, "html")
    with pytest.raises(FidelityError):
        reportgen.render_briefing(bare, "html", release=release)


def test_judge_and_build_all_refuse_junk(tmp_path):
    junk = ROOT / "tests" / "data" / "junk" / "MANIFEST.txt"
    verdict = reportgen.judge(reportgen.read_release(junk))
    assert not verdict.is_release and "a table of data (TSV)" in verdict.reason
    with pytest.raises(NotAReleaseError):
        reportgen.build_all(junk, tmp_path, formats=["json"])
    (result,) = reportgen.build_all(junk, tmp_path, formats=["json"], force=True)
    assert result.warnings[0].startswith("NOT A PRESS RELEASE")
