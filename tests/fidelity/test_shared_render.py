"""The build renders each briefing's HTML once: the fidelity check's traced render, without its
markers, is the HTML WeasyPrint prints. That holds only while it is the very text the normal
environment renders, which these tests keep true."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reportgen import briefings
from reportgen.fidelity import verify
from reportgen.pipeline import load_release
from reportgen.render import RenderOptions
from reportgen.render.html import render_html
from tests.conftest import SAMPLE_RELEASE, shared_path

RELEASES = [SAMPLE_RELEASE, *(shared_path("corpus", "releases", name) for name in (
    "2024-03-08_3m_prnewswire_ex991.htm", "2025-02-10_grace-therapeutics_globenewswire.md",
    "1995-08-10_cisco-combinet_ex20.txt", "2025-02-12_ascendis-pharma_globenewswire.md"))]
OPTIONS = RenderOptions(created=dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_the_checked_html_is_the_html_the_pdf_renders(path):
    release = load_release(path)
    for audience in briefings.AUDIENCES:
        briefing = briefings.build(release, audience)
        checked = verify(briefing, release, ["pdf"], OPTIONS)
        assert checked == render_html(briefing, dataclasses.replace(OPTIONS, embed_fonts=False)), audience
        assert "\ue000" not in checked and "\ue002" not in checked


def test_nothing_is_returned_when_no_html_is_checked():
    release = load_release(SAMPLE_RELEASE)
    assert verify(briefings.build(release, "press"), release, ["docx"], OPTIONS) is None
