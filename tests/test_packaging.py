"""The wheel ships the built-in templates and works outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_DIR

# end to end: renders PDF or DOCX (deselect with -m 'not slow')
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (built,) = dist.glob("reportgen-*.whl")
    return built


def test_wheel_contains_the_builtin_templates_and_fonts(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("reportgen/templates/base.html", "reportgen/templates/investor.html",
                     "reportgen/templates/medical.html", "reportgen/templates/investor.docx",
                     "reportgen/templates/medical.docx"):
        assert expected in names
    assert any(n.startswith("reportgen/templates/fonts/") and n.endswith(".ttf") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_builds_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    work = tmp_path / "elsewhere"
    work.mkdir()
    # -S: no site processing, so the repository's editable install is invisible; the
    # dependencies come from this environment's site-packages, reportgen only from the wheel
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]])}
    proc = subprocess.run(
        [sys.executable, "-S", "-c",
         "import reportgen, sys; print(reportgen.__file__); from reportgen.cli import main; sys.argv[0]='reportgen'; main()",
         "build", str(SAMPLE_DIR / "release.txt"), "--out", "out", "--format", "html,docx", "--audience", "investor"],
        cwd=work, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith(str(target))
    assert (work / "out" / "epicept-ceplene-2007-12-10-investor.html").stat().st_size > 1000
    assert (work / "out" / "epicept-ceplene-2007-12-10-investor.docx").stat().st_size > 1000
