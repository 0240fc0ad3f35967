"""The fidelity check of `reportgen build`: no number a reader sees that the release does not state.

Tracing renders (reportgen/fidelity/tracing.py) are HTML-only and DOCX-only Jinja renders, no WeasyPrint: fast.
"""

from __future__ import annotations

import docx
import pytest
from typer.testing import CliRunner

from reportgen import briefings
from reportgen.cli import app
from reportgen.errors import FidelityError
from reportgen.fidelity import check_sources, verify
from reportgen.pipeline import build_release, load_release
from reportgen.render import RenderOptions, Templates
from reportgen.render.html import render_html
from reportgen.render.templating import builtin_dir
from tests.conftest import SAMPLE_RELEASE, shared_path

CORPUS = [  # clinical and financial, wire text, markdown, SEC exhibit HTML
    "2025-02-11_springworks_globenewswire.md",
    "2025-02-12_ascendis-pharma_globenewswire.md",
    "2025-02-13_ideaya_prnewswire.md",
    "2025-02-10_arrowhead_businesswire.md",
    "2024-02-01_apple_ex991.htm",
    "2004-07-22_sears_prnewswire-firstcall_ex99.txt",
    "2008-02-19_american-biooptics.html",
]


@pytest.fixture(scope="module")
def sample():
    return load_release(SAMPLE_RELEASE)


def with_templates(folder):
    return RenderOptions(templates=Templates(folder))


def user_templates(tmp_path, name, text):
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("audience", sorted(briefings.AUDIENCES))
def test_builtin_briefings_pass_on_the_sample(sample, audience):
    verify(briefings.build(sample, audience), sample, ["html", "docx"])


@pytest.mark.parametrize("name", CORPUS)
def test_builtin_briefings_pass_on_corpus_releases(name):
    release = load_release(shared_path("corpus", "releases", name))
    for audience in briefings.AUDIENCES:
        verify(briefings.build(release, audience), release, ["html", "docx"])


def test_an_invented_number_names_the_number_and_the_template_line(tmp_path, sample):
    folder = user_templates(tmp_path, "investor.html",
                            '{% extends "!builtin/investor.html" %}\n'
                            "{% block colophon %}\n<p>Fair value:\n{{ 42.7 }} dollars</p>\n{% endblock %}\n")
    out = tmp_path / "out"
    with pytest.raises(FidelityError) as info:
        build_release(SAMPLE_RELEASE, out, ["investor", "medical"], ["pdf", "docx", "json"], with_templates(folder))
    message = str(info.value)
    assert "42.7 is not in the release" in message
    assert f"template {folder / 'investor.html'}, line 4" in message and "{{ 42.7 }}" in message
    assert "\n" not in message
    assert not out.exists() or not any(out.iterdir())  # nothing written, not even the JSON


def test_a_hard_coded_figure_in_template_text_is_caught(tmp_path, sample):
    folder = user_templates(tmp_path, "medical.html",
                            '{% extends "!builtin/medical.html" %}\n{% block colophon %}\n'
                            "<p>Prepared for clients.\nRelapse fell 12% in the study.</p>\n{% endblock %}\n")
    briefing = briefings.build(sample, "medical")
    with pytest.raises(FidelityError, match=r"12 is not in the release; printed by template .*medical\.html, line 4"):
        verify(briefing, sample, ["pdf"], with_templates(folder))


def test_cli_exit_code_5_and_one_line(tmp_path):
    folder = user_templates(tmp_path, "investor.html",
                            '{% extends "!builtin/investor.html" %}\n{% block colophon %}{{ 42.7 }}{% endblock %}\n')
    result = CliRunner().invoke(app, ["build", str(SAMPLE_RELEASE), "--out", str(tmp_path / "out"),
                                      "--audience", "investor", "--format", "html", "--templates", str(folder)])
    assert result.exit_code == 5, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: investor briefing (HTML/PDF): 42.7 is not in the release")
    assert "investor.html, line 2" in lines[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_docx_text_is_checked_and_names_the_paragraph(tmp_path, sample):
    document = docx.Document(str(builtin_dir() / "investor.docx"))
    document.add_paragraph("Our fair value estimate: 42.7 dollars a share.")
    folder = tmp_path / "templates"
    folder.mkdir()
    document.save(folder / "investor.docx")
    briefing = briefings.build(sample, "investor")
    verify(briefing, sample, ["html"], with_templates(folder))  # the HTML is the built-in one
    with pytest.raises(FidelityError) as info:
        verify(briefing, sample, ["docx"], with_templates(folder))
    message = str(info.value)
    assert "(DOCX): 42.7 is not in the release" in message
    number = len(document.element.body.xpath(".//w:p"))
    assert f"template {folder / 'investor.docx'}, paragraph {number}: “Our fair value" in message


def test_derived_figures_are_marked_and_need_the_legend(tmp_path, sample):
    briefing = briefings.build(sample, "investor")
    html = render_html(briefing, RenderOptions(subset_fonts=False))
    assert "+5.3 months†" in html and "+12 percentage points†" in html
    assert "† Derived: computed by reportgen" in html
    assert all(r.effect_derived for r in briefing.results.rows if r.effect.startswith("+"))
    # A computed figure passes only through |derived, and only with the legend printed.
    body = '{% extends "!builtin/investor.html" %}\n{% block colophon %}<p>Gap: {{ "+9.9 months" | derived }}</p>'
    folder = user_templates(tmp_path, "investor.html", body + "{% endblock %}\n")
    verify(briefing, sample, ["html"], with_templates(folder))  # the results table prints the legend
    nolegend = briefing.model_copy(deep=True)
    for row in nolegend.results.rows:
        row.effect_derived = False
        row.effect = ""
        for cell in row.cells:
            if cell.derived:
                cell.derived, cell.text = False, ""
    with pytest.raises(FidelityError, match=r"derived figure \+9\.9 months† is shown without the legend"):
        verify(nolegend, sample, ["html"], with_templates(folder))
    folder = user_templates(tmp_path, "investor.html", body.replace("derived }}", "derived }} {{ derived_note }}")
                            + "{% endblock %}\n")
    verify(nolegend, sample, ["html"], with_templates(folder))
    folder = user_templates(tmp_path, "investor.html",
                            '{% extends "!builtin/investor.html" %}\n{% block colophon %}+9.9 months{% endblock %}\n')
    with pytest.raises(FidelityError, match=r"9\.9 is not in the release"):
        verify(nolegend, sample, ["html"], with_templates(folder))


def test_note_numbers_must_be_notes(tmp_path, sample):
    briefing = briefings.build(sample, "medical")
    folder = user_templates(tmp_path, "medical.html",
                            '{% extends "!builtin/medical.html" %}\n{% block colophon %}{{ 99 | note_number }}{% endblock %}\n')
    with pytest.raises(FidelityError, match="99 is printed as a note number but the briefing has no such note"):
        verify(briefing, sample, ["html"], with_templates(folder))


def test_release_text_cannot_forge_markers(sample):
    forged = sample.model_copy(deep=True)
    forged.headline = "Shares \ue000Kmeta\ue001 up 42.7% \ue002 today"
    briefing = briefings.build(forged, "investor")
    with pytest.raises(FidelityError, match=r"42\.7 is not in the release"):
        verify(briefing, sample, ["html"])


def test_a_figure_must_be_in_the_sentence_it_cites(sample):
    briefing = briefings.build(sample, "investor")
    check_sources(briefing)
    broken = briefing.model_copy(deep=True)
    item = next(i for i in broken.section("takeaways").items if i.note)
    item.text += " (320 patients)"
    other = next(n for n in broken.notes if "320" not in n.text and n.number == item.note)
    with pytest.raises(FidelityError, match=rf"320 is not in the sentence it cites \(note {other.number}"):
        check_sources(broken)
