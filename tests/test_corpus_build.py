"""Every corpus release gives sensible briefings: built for each audience, nothing missing or leaked."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from reportgen import briefings
from reportgen.pipeline import load_release
from reportgen.render import RenderOptions
from reportgen.render.html import render_html
from tests.conftest import shared_path

# end to end: renders PDF or DOCX (deselect with -m 'not slow')
pytestmark = pytest.mark.slow

RELEASES = sorted(p.name for p in shared_path("corpus", "releases").iterdir() if p.suffix in (".txt", ".htm", ".html", ".md"))


@pytest.mark.parametrize("name", RELEASES)
def test_briefings_of_every_corpus_release(name):
    release = load_release(shared_path("corpus", "releases", name))
    for audience in briefings.AUDIENCES:
        briefing = briefings.build(release, audience)
        # only the text is read: the fonts are left out (subsetting them is most of the time)
        page = render_html(briefing, RenderOptions(embed_fonts=False))
        text = html_lib.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", page)))
        flat = " ".join(text.split())
        assert " ".join(release.headline.split())[:40] in flat, (audience, release.headline)
        # no template leakage: Python reprs, undefined markers, raw Jinja
        for leak in ("None", "Undefined", "{{", "{%", "[]", "{'"):
            assert not re.search(rf"(?<![\w]){re.escape(leak)}(?![\w])", flat), (audience, leak)
