"""The house style in one place: brand.yml read by the CSS (custom properties), the Word styles and
the charts; --var for text a user adds; the `fixed` filter and CSS `content:` in the fidelity
check; self-contained HTML inlines a user's images or warns."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader
from typer.testing import CliRunner

from reportgen.cli import app
from reportgen.render.brand import DEFAULT_BRAND, read_brand
from tests.conftest import SAMPLE_RELEASE

runner = CliRunner()
BRAND = """colours:
  primary: "#aa0000"
  accent: "#00aa00"
chart: ["#123456", "#654321"]
logo: logo.png
disclaimer: "For professional investors only. Ref. ACME-2024-117, tel. +44 20 7946 0000."
texts:
  footer: "ACME Research, desk 7"
"""


def logo_png(path):
    from PIL import Image

    Image.new("RGB", (40, 20), "#aa0000").save(path)


def build(tmp_path, *args):
    return runner.invoke(app, ["build", str(SAMPLE_RELEASE), "--out", str(tmp_path / "out"),
                               "--audience", "investor", *map(str, args)])


def branded_folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "brand.yml").write_text(BRAND, encoding="utf-8")
    logo_png(folder / "logo.png")
    return folder


def test_export_writes_a_brand_file_of_the_defaults(tmp_path):
    result = runner.invoke(app, ["templates", "export", str(tmp_path / "t")])
    assert result.exit_code == 0
    brand = read_brand(tmp_path / "t" / "brand.yml")
    assert (brand.colours, brand.chart, brand.fonts, brand.texts) == (
        DEFAULT_BRAND.colours, DEFAULT_BRAND.chart, DEFAULT_BRAND.fonts, DEFAULT_BRAND.texts)


def test_brand_in_the_templates_folder_styles_html_docx_and_chart(tmp_path):
    folder = branded_folder(tmp_path)
    result = build(tmp_path, "--templates", folder, "--format", "html,docx")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.html").read_text(encoding="utf-8")
    assert "--brand-primary: #aa0000;" in html and "--brand-accent: #00aa00;" in html
    assert 'fill="#123456"' in html and 'fill="#654321"' in html  # the chart's bars
    assert re.search(r'<img class="logo" src="data:image/png;base64,', html)
    assert "For professional investors only. Ref. ACME-2024-117" in html
    assert '--brand-text-footer: "ACME Research, desk 7";' in html
    doc = DocxDocument(str(tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.docx"))
    assert str(doc.styles["Heading 1"].font.color.rgb) == "AA0000"
    assert str(doc.styles["Hyperlink"].font.color.rgb) == "00AA00"
    texts = [p.text for p in doc.paragraphs]
    assert any("For professional investors only" in t for t in texts)
    assert "ACME Research, desk 7. Page" in "".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert len(doc.inline_shapes) >= 2  # the logo and the chart (one picture per measure)


@pytest.mark.slow
def test_brand_file_given_with_brand_reaches_the_pdf(tmp_path):
    folder = branded_folder(tmp_path)
    # a stylesheet that extends the built-in one keeps its fonts (no warning, the fonts embedded)
    other = tmp_path / "css-only"
    other.mkdir()
    (other / "briefing.css").write_text('@import url("!builtin/briefing.css");\nh2 { color: var(--brand-accent); }\n',
                                        encoding="utf-8")
    result = build(tmp_path, "--brand", folder / "brand.yml", "--templates", other, "--format", "pdf",
                   "--paper", "letter")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    reader = PdfReader(str(tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.pdf"))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "ACME Research, desk 7" in text  # the running footer, from the brand's texts
    assert "ACME-2024-117" in text
    fonts = {str(f.get_object()["/BaseFont"]).split("+", 1)[1] for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert {"Briefing-Serif", "Briefing-Sans-Bold"} <= fonts  # the shipped fonts, embedded
    assert round(float(reader.pages[0].mediabox.width)) == 612  # --paper letter


def test_paper_comes_from_the_brand_unless_given(tmp_path):
    folder = branded_folder(tmp_path)
    (folder / "brand.yml").write_text(BRAND + "paper: letter\n", encoding="utf-8")
    assert build(tmp_path, "--templates", folder, "--format", "docx").exit_code == 0
    doc = DocxDocument(str(tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.docx"))
    assert round(doc.sections[0].page_width.inches, 1) == 8.5


@pytest.mark.parametrize("content, message", [
    ("colours:\n  primary: red\n", "colours.primary: 'red' is not a colour like"),
    ("colours:\n  purple: '#ffffff'\n", "colours: unknown colour 'purple'"),
    ("logo: missing.png\n", "logo: missing.png not found"),
    ("shape: round\n", "unknown key 'shape'"),
    ("colours: [\n", "not valid YAML, line 2"),
])
def test_a_bad_brand_file_names_the_file_and_the_key(tmp_path, content, message):
    brand = tmp_path / "brand.yml"
    brand.write_text(content, encoding="utf-8")
    result = build(tmp_path, "--brand", brand, "--format", "html")
    assert result.exit_code == 4
    assert result.stderr.startswith(f"error: brand file {brand}: ") and message in result.stderr


def _template(folder, block: str):
    folder.mkdir(exist_ok=True)
    (folder / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n'
                                          "{% block colophon %}" + block + "{% endblock %}\n", encoding="utf-8")
    return folder


def test_vars_reach_the_templates_and_a_figure_in_one_needs_fixed(tmp_path):
    folder = _template(tmp_path / "t", "<p>Analyst: {{ vars.analyst }}. {{ vars.docid | fixed }}</p>")
    result = build(tmp_path, "--templates", folder, "--format", "html", "--var", "analyst=Jane Roe",
                   "--var", "docid=Doc 2024/117")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.html").read_text(encoding="utf-8")
    assert "Analyst: Jane Roe. Doc 2024/117" in html
    folder = _template(tmp_path / "t", "<p>{{ vars.docid }}</p>")
    refused = build(tmp_path, "--templates", folder, "--format", "html", "--var", "docid=Doc 2024/117")
    assert refused.exit_code == 5 and "117 is not in the release" in refused.stderr
    assert "with |fixed" in refused.stderr


def test_fixed_accepts_the_templates_own_text_and_nothing_computed(tmp_path):
    folder = _template(tmp_path / "t", '<p>{{ "Compliance desk: +1 212 555 0199" | fixed }}</p>')
    assert build(tmp_path, "--templates", folder, "--format", "html,docx").exit_code == 0
    folder = _template(tmp_path / "t", "<p>{{ (17 * 3) | string | fixed }}</p>")
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 5
    assert "“51” is printed with |fixed but is not the template's own text" in result.stderr
    assert f"template {(folder / 'investor.html').resolve()}, line 2" in result.stderr


def test_css_content_text_is_checked_and_import_of_the_builtin_keeps_the_fonts(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    css = folder / "briefing.css"
    css.write_text('@import url("!builtin/briefing.css");\n'
                   "h1 { color: #333; }\n"
                   '@page { @bottom-left { content: "Fair value 42.7 per share"; } }\n', encoding="utf-8")
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 5
    assert f"42.7 is not in the release; printed by template {css.resolve()}, line 3" in result.stderr
    css.write_text('@import url("!builtin/briefing.css");\n'
                   '@page { @bottom-left { content: "Desk 7, +44 20 7946 0000"; /* fixed */ } }\n', encoding="utf-8")
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.html").read_text(encoding="utf-8")
    # the built-in fonts came along with the import, inlined
    assert html.count("@font-face") == 5 and "data:font/ttf;base64," in html
    assert "!builtin" not in html


def test_self_contained_html_inlines_a_users_images_or_warns(tmp_path):
    folder = _template(tmp_path / "t", '<img src="seal.png" alt=""><img src="http://example.com/x.png" alt="">'
                                       '<img src="gone.png" alt="">'
                                       '<style>.colophon { background: url("seal.png"); }</style>')
    logo_png(folder / "seal.png")
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "epicept-ceplene-2007-12-10-investor.html").read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in html and 'url("data:image/png;base64,' in html
    assert "seal.png" not in html
    warnings = result.stderr.strip().splitlines()
    assert any("template image 'http://example.com/x.png' is not inlined" in w for w in warnings)
    assert any("template image 'gone.png' not found in" in w for w in warnings)


def test_chart_png_uses_the_brand_colours():
    from PIL import Image

    from reportgen.briefings.briefing import Chart, ChartBar, ChartGroup
    from reportgen.render import charts
    from reportgen.render.templating import builtin_dir

    chart = Chart(title="t", groups=[ChartGroup(measure="m", bars=[ChartBar(label="a", value=2, text="2"),
                                                                    ChartBar(label="b", value=1, text="1")])])
    data = charts.png(chart, builtin_dir() / "fonts", colours=["#123456", "#654321"])
    colours = {c for _, c in Image.open(io.BytesIO(data)).convert("RGB").getcolors(1 << 20)}
    assert (0x12, 0x34, 0x56) in colours and (0x65, 0x43, 0x21) in colours


@pytest.mark.slow
def test_a_css_warning_names_the_stylesheet_and_line_not_the_release(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    css = folder / "briefing.css"
    css.write_text('@import url("!builtin/briefing.css");\n\nh1 { colr: red; }\n', encoding="utf-8")
    result = build(tmp_path, "--templates", folder, "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"warning: template {css.resolve()}, line 3: ignored `colr: red` "
                                          "(unknown property)"]


def test_a_broken_logo_says_which_file_and_why(tmp_path):
    folder = branded_folder(tmp_path)
    (folder / "logo.png").write_bytes(b"not a picture")
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 4
    assert result.stderr.startswith(f"error: brand file {folder / 'brand.yml'}: logo: logo.png is not a readable "
                                    "image (")


def test_content_text_of_a_templates_own_style_element_is_checked(tmp_path):
    folder = _template(tmp_path / "t", '<style>.colophon::after { content: "Target 88.8"; }</style>')
    result = build(tmp_path, "--templates", folder, "--format", "html")
    assert result.exit_code == 5
    assert "88.8 is not in the release; printed by a <style> element of the templates" in result.stderr
