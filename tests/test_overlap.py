"""One release built alone renders its PDFs in a forked helper (reportgen/overlap.py) while the
release is read and its Word documents made: the same documents, the same errors, nothing left."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from reportgen import overlap
from reportgen.errors import FidelityError
from reportgen.pipeline import build_release
from reportgen.render.options import RenderOptions
from tests.conftest import SAMPLE_RELEASE

pytestmark = pytest.mark.skipif(not overlap.spare_core(), reason="needs two cores and os.fork")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture(autouse=True)
def own_tmp(tmp_path, monkeypatch):
    """The helpers' folders in a temporary folder of this test's own (tests run in parallel)."""
    if not overlap.spare_core():
        # (a thread another test of this worker left running, a preview server or a Dask client's: forking
        # under it is unsafe, so the build rightly renders here; what these tests check needs the helper)
        pytest.skip("a thread is running in this test process: no helper is forked")
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


def _helpers_left() -> list[str]:
    return [n for n in os.listdir(tempfile.gettempdir()) if n.startswith("reportgen-pdf-")]


def test_pdfs_made_beside_are_those_made_here(tmp_path):
    beside = build_release(SAMPLE_RELEASE, tmp_path / "a", ["investor", "press"], ["pdf", "docx"], overlap=True)
    here = build_release(SAMPLE_RELEASE, tmp_path / "b", ["investor", "press"], ["pdf", "docx"])
    assert [p.name for p in beside.written] == [p.name for p in here.written]
    for name in ("investor", "press"):
        pdf = f"epicept-ceplene-2007-12-10-{name}.pdf"
        assert _text(tmp_path / "a" / pdf) == _text(tmp_path / "b" / pdf)
    assert _helpers_left() == []


def test_the_helper_is_really_used_and_a_pdf_it_cannot_make_is_made_here(tmp_path, monkeypatch):
    import reportgen.render

    made_here = []
    real = reportgen.render.render_bytes

    def render_bytes(briefing, fmt, *args, **kwargs):
        made_here.append((briefing.audience, fmt))
        return real(briefing, fmt, *args, **kwargs)

    monkeypatch.setattr(reportgen.render, "render_bytes", render_bytes)
    build_release(SAMPLE_RELEASE, tmp_path / "a", ["press"], ["pdf", "docx"], overlap=True)
    assert made_here == [("press", "docx")]  # the helper rendered the PDF
    # a helper that fails renders nothing: every PDF is made in this process, and is complete
    made_here.clear()
    monkeypatch.setattr(overlap, "_serve", lambda pipe, folder, options: 1 / 0)
    result = build_release(SAMPLE_RELEASE, tmp_path / "b", ["press", "investor"], ["pdf"], overlap=True)
    assert made_here == [("press", "pdf"), ("investor", "pdf")]
    assert all(_text(p) for p in result.written)


def test_an_error_stops_the_helper_and_writes_nothing(tmp_path, monkeypatch):
    from reportgen import pipeline

    helpers = []
    real_start = overlap.PdfHelper.start

    def start(options):
        helpers.append(real_start(options))
        return helpers[-1]

    monkeypatch.setattr(overlap.PdfHelper, "start", staticmethod(start))

    def refuse(*args, **kwargs):
        raise FidelityError("investor briefing (HTML/PDF): 42.7 is not in the release")

    monkeypatch.setattr("reportgen.fidelity.verify", refuse)
    with pytest.raises(FidelityError, match=r"42\.7"):
        pipeline.build_release(SAMPLE_RELEASE, tmp_path / "out", ["investor"], ["pdf", "docx"],
                               RenderOptions(), overlap=True)
    assert not (tmp_path / "out").exists()
    assert _helpers_left() == []
    assert len(helpers) == 1 and helpers[0].pid is None
    child = helpers[0].started_pid
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # the helper was stopped and reaped: no process left behind
