"""End to end: the sample release becomes four real documents (plus HTML), read back and checked."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from reportgen.pipeline import build_release, parse_audiences
from tests.conftest import SAMPLE_RELEASE

# end to end: renders PDF or DOCX (deselect with -m 'not slow')
pytestmark = pytest.mark.slow

SLUG = "epicept-ceplene-2007-12-10"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    # the built-in audiences (investor, medical, press), each verified first
    result = build_release(SAMPLE_RELEASE, out, parse_audiences("investor,medical,press"), ["pdf", "docx", "html", "json"])
    assert sorted(p.name for p in result.written) == sorted(
        [f"{SLUG}.json"] + [f"{SLUG}-{a}.{f}" for a in ("investor", "medical", "press") for f in ("pdf", "docx", "html", "json")]
    )
    return out


def test_briefing_json_carries_the_lead_and_the_results_with_their_source(out):
    data = json.loads((out / f"{SLUG}-investor.json").read_text())
    assert "AML" in data["lead"] and data["lead_source"]
    assert data["results"] and all(r["source"] for r in data["results"])


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def outline_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        titles += outline_titles(item) if isinstance(item, list) else [item.title]
    return titles


def flat(text: str) -> str:
    return " ".join(text.split())


def test_investor_pdf_has_the_figures_quote_milestone_and_contacts(out):
    text = flat(pdf_text(out / f"{SLUG}-investor.pdf"))
    for expected in ("15 months", "9.7 months", "P=0.025", "34%", "22%", "P=0.024", "Jack Talley",
                     "Greg Kelley", "Kim Sutton Golodetz", "Bruce Voss", "EPCT", "2008"):
        assert expected in text, expected
    assert re.search(r"European Commission", text)
    assert "Forward-Looking" in text or "forward-looking" in text


def test_medical_pdf_has_product_trial_design_results_and_reference(out):
    text = flat(pdf_text(out / f"{SLUG}-medical.pdf"))
    for expected in ("histamine dihydrochloride", "Phase III", "320", "11", "18 months", "15 months",
                     "9.7 months", "44", "29", "Blood", "American Society of Hematology"):
        assert expected in text, expected


@pytest.mark.parametrize("audience", ["investor", "medical"])
def test_pdf_metadata_outline_header_and_page_n_of_m(out, audience):
    reader = PdfReader(out / f"{SLUG}-{audience}.pdf")
    meta = reader.metadata
    assert meta.title.startswith("EpiCept Releases New Data")
    assert meta.author == "EpiCept Corporation"
    assert audience in (meta.subject or "").lower()
    titles = outline_titles(reader.outline)
    assert titles[0].startswith("EpiCept Releases New Data") and len(titles) >= 5
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {pages}" in text  # the footer
        assert "EpiCept Corporation" in text and "10 December 2007" in text  # the running header
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            f = font.get_object()
            desc = f.get("/FontDescriptor") or (f.get("/DescendantFonts") or [{}])[0].get_object().get("/FontDescriptor")
            if desc is not None:
                d = desc.get_object()
                fonts.add(bool(d.get("/FontFile2") or d.get("/FontFile") or d.get("/FontFile3")))
    assert fonts == {True}, "every font is embedded"


@pytest.mark.parametrize("audience", ["investor", "medical"])
def test_docx_has_word_styles_results_table_header_footer_and_properties(out, audience):
    path = out / f"{SLUG}-{audience}.docx"
    doc = DocxDocument(path)
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1"} <= styles
    assert "List Bullet" in styles
    assert doc.core_properties.title.startswith("EpiCept Releases New Data")
    assert doc.core_properties.author == "EpiCept Corporation"
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("9.7" in c for c in cells) and any("P=0.025" in c for c in cells)
    xml = "".join(zipfile.ZipFile(path).read(n).decode("utf-8") for n in zipfile.ZipFile(path).namelist()
                  if n.startswith("word/footer"))
    assert "PAGE" in xml and "NUMPAGES" in xml
    header = "\n".join(p.text for s in doc.sections for p in s.header.paragraphs)
    assert "EpiCept Corporation" in header


def test_html_is_self_contained(out):
    html = (out / f"{SLUG}-investor.html").read_text(encoding="utf-8")
    assert "<style" in html and "<link rel=\"stylesheet\"" not in html
    assert not re.search(r"""(?:src|href)=["'](?!data:|https?://|mailto:|#)""", html)
    assert not re.search(r"""src=["']https?://""", html)


def test_json_is_the_model(out):
    import json

    model = json.loads((out / f"{SLUG}.json").read_text(encoding="utf-8"))
    assert model["issuer"]["name"] == "EpiCept Corporation"
    assert model["facts"]["comparisons"]


def test_press_summary_is_built_with_the_others(out):
    text = flat(pdf_text(out / f"{SLUG}-press.pdf"))
    assert len(PdfReader(out / f"{SLUG}-press.pdf").pages) == 1
    for expected in ("Press summary", "The news", "15 months", "P=0.025", "Greg Kelley", "Source notes"):
        assert expected in text, expected


def test_derived_figures_are_shown_as_derived(out):
    text = flat(pdf_text(out / f"{SLUG}-medical.pdf"))
    assert "+5.3 months†" in text and "† Derived: computed by reportgen" in text


# --- template errors through the command line: exit 4, one line naming the file and line ---------

def test_cli_template_errors_name_file_and_line_or_paragraph(tmp_path):
    from typer.testing import CliRunner

    from reportgen.cli import app
    from reportgen.render.templating import builtin_dir

    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n\n'
                                          "{% block colophon %}\n<p>{{ briefing.no_such_field }}</p>\n{% endblock %}\n")
    document = DocxDocument(str(builtin_dir() / "investor.docx"))
    document.add_paragraph("Broken here: {% if %}")
    document.save(folder / "investor.docx")
    number = len(document.element.body.xpath(".//w:p"))
    expected = {"html": f"error: template {folder / 'investor.html'}, line 4: ",
                "docx": f"error: template {folder / 'investor.docx'}, paragraph {number}: "}
    for fmt, start in expected.items():
        result = CliRunner().invoke(app, ["build", str(SAMPLE_RELEASE), "--out", str(tmp_path / "out"),
                                          "--audience", "investor", "--format", fmt, "--templates", str(folder)])
        assert result.exit_code == 4, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(start), lines
        assert ("no_such_field" if fmt == "html" else "(near: Broken here: {% if %})") in lines[0]
    assert not (tmp_path / "out").exists()
