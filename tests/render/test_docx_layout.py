"""DOCX layout, read back with python-docx: content-sized tables, figures right-aligned, header rows
repeated, rows kept whole, real superscript note references, fonts with metric-compatible twins,
one chart picture per measure. (The pages themselves, through LibreOffice: test_docx_pages.py.)"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from reportgen import briefings
from reportgen.pipeline import load_release
from reportgen.render import RenderOptions, render_bytes
from reportgen.render.docx_layout import column_widths, text_column_width, text_width
from tests.conftest import shared_path
from tests.render.sample_release import sample_release

pytestmark = pytest.mark.slow

SEARS = "2004-07-22_sears_prnewswire-firstcall_ex99.txt"


@pytest.fixture(scope="module")
def documents():
    """DOCX briefings: the sample's three audiences, Sears (a long income statement) on A4 and Letter."""
    docs = {}
    release = sample_release()
    for audience in ("investor", "medical", "press"):
        docs[audience] = docx.Document(io.BytesIO(render_bytes(briefings.build(release, audience), "docx").data))
    sears = briefings.build(load_release(shared_path("corpus", "releases", SEARS)), "investor")
    docs["sears"] = docx.Document(io.BytesIO(render_bytes(sears, "docx").data))
    docs["sears-letter"] = docx.Document(io.BytesIO(
        render_bytes(sears, "docx", RenderOptions(paper="letter")).data))
    return docs


def test_column_widths_follow_the_css_automatic_layout():
    # everything fits: the room is shared in proportion to each column's text
    assert column_widths([100, 100], [300, 100], 800) == [600, 200]
    # not everything fits: each column keeps its longest word, the rest goes to who lacks most
    widths = column_widths([500, 300, 300], [5000, 400, 400], 3000)
    assert sum(widths) == 3000 and widths[1] >= 300 and widths[2] >= 300 and widths[0] > 2 * widths[1]
    # even the longest words do not fit: they shrink together, the table stays in the column
    assert sum(column_widths([2000, 2000], [3000, 3000], 1000)) == 1000


def test_text_is_measured_in_calibri_widths():
    assert text_width("0123456789", 10) == pytest.approx(10 * 507 * 10 * 20 / 1000)
    assert text_width("Net income", 10, bold=True) > text_width("Net income", 10)
    assert text_width("WWW", 10) > text_width("iii", 10)


def grid(table) -> list[int]:
    return [int(c.get(qn("w:w"))) for c in table._tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]


@pytest.mark.parametrize("name", ["investor", "medical", "sears", "sears-letter"])
def test_tables_fit_the_text_column_with_content_sized_columns(documents, name):
    document = documents[name]
    available = text_column_width(document.sections[-1])
    assert document.tables
    for table in document.tables:
        widths = grid(table)
        def span(tc):
            grid_span = tc.find(qn("w:tcPr")).find(qn("w:gridSpan"))
            return int(grid_span.get(qn("w:val"))) if grid_span is not None else 1

        cells_per_row = {sum(span(tc) for tc in row._tr.findall(qn("w:tc"))) for row in table.rows}
        assert cells_per_row == {len(widths)}
        assert sum(widths) <= available
        assert table._tbl.find(qn("w:tblPr")).find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        # the label column gets the room; figure columns are as wide as their figures need
        assert widths[0] == max(widths)
        assert len(set(widths)) > 1  # not the template's equal columns
        for row in table.rows:
            cells = row._tr.findall(qn("w:tc"))
            if len(cells) == len(widths):
                for cell, width in zip(cells, widths):
                    assert int(cell.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w"))) == width
            else:  # a group heading across the table
                assert len(cells) == 1 and int(cells[0].find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w"))) == sum(widths)


def test_group_headings_of_a_release_table_span_it_in_bold(documents):
    table = documents["sears"].tables[1]
    ncols = len(grid(table))
    spanning = [row for row in table.rows if len(row._tr.findall(qn("w:tc"))) == 1]
    assert spanning and all(row.cells[0].text.isupper() for row in spanning), [r.cells[0].text for r in spanning]
    assert all(row._tr.find(qn("w:tc")).find(qn("w:tcPr")).find(qn("w:gridSpan")).get(qn("w:val")) == str(ncols)
               for row in spanning)
    assert all(run.bold for row in spanning for run in row.cells[0].paragraphs[0].runs if run.text.strip())
    plain = [row for row in table.rows[1:] if len(row._tr.findall(qn("w:tc"))) == ncols]
    assert plain and not any(run.bold for row in plain for run in row.cells[0].paragraphs[0].runs)


def test_a_label_no_longer_wraps_over_many_lines(documents):
    """Sears's income statement: the long row labels fit on one or two lines of their column."""
    table = documents["sears"].tables[1]
    first = grid(table)[0]
    for row in table.rows[1:]:
        label = row.cells[0].text
        lines = text_width(label, 9, bold=label.isupper()) / max(first - 250, 1)
        assert lines <= 2.2, (label, first)


@pytest.mark.parametrize("name", ["investor", "sears"])
def test_figures_right_aligned_header_repeated_rows_unsplit(documents, name):
    for table in documents[name].tables:
        rows = table.rows
        assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
        for row in rows:
            cells = row.cells
            assert cells[0].paragraphs[0].alignment is None  # labels stay left
            if len(row._tr.findall(qn("w:tc"))) == 1:
                continue  # a group heading spanning the table
            for cell in cells[1:]:
                if cell.text.strip():
                    assert cell.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT, cell.text


def test_a_short_table_keeps_with_its_caption(documents):
    document = documents["investor"]
    table = document.tables[0]
    caption = docx.text.paragraph.Paragraph(table._tbl.getprevious(), document._body)
    assert caption.style.name == "Heading 2" and caption.style.paragraph_format.keep_with_next
    rows = table.rows
    assert len(rows) <= 8
    for row in rows[:-1]:
        assert all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)


def note_runs(document):
    body = document.element.body
    return [r for r in body.iter(qn("w:r"))
            if r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:rStyle")) is not None
            and r.find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) == "NoteReference"]


@pytest.mark.parametrize("name", ["investor", "medical", "press"])
def test_note_references_are_real_superscripts_by_style_id(documents, name):
    document = documents[name]
    runs = note_runs(document)
    assert len(runs) >= 4  # the sample press summary cites four notes
    style_ids = {s.style_id for s in document.styles}
    assert "NoteReference" in style_ids
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        assert rpr.find(qn("w:vertAlign")).get(qn("w:val")) == "superscript"
        assert run.findtext(qn("w:t")).isdigit()
    # no run names a style by its display name (Word ignores it: 'Note Reference' is no id)
    names = {r.get(qn("w:val")) for r in document.element.body.iter(qn("w:rStyle"))}
    assert names <= style_ids, names - style_ids
    style = document.styles["Note Reference"]
    assert style.font.superscript
    # raised at the size of the text around it (Word shows ~2/3 of it), never a 7 pt size that
    # the superscript shrinks to ~4 pt
    assert style.font.size is None or style.font.size.pt >= 9


@pytest.mark.parametrize("name", ["investor", "press"])
def test_fonts_are_calibri_and_cambria_without_theme_fonts(documents, name):
    document = documents[name]
    styles_xml = document.styles.element
    fonts = set()
    for rfonts in styles_xml.iter(qn("w:rFonts")):
        assert rfonts.get(qn("w:asciiTheme")) is None and rfonts.get(qn("w:hAnsiTheme")) is None
        if rfonts.get(qn("w:ascii")):
            fonts.add(rfonts.get(qn("w:ascii")))
    # (Courier: the default template's unused Macro Text style; Liberation Mono is its metric twin)
    assert fonts - {"Courier"} == {"Calibri", "Cambria"}
    assert document.styles["Normal"].font.name == "Cambria"
    assert document.styles["Heading 1"].font.name == "Calibri"
    # the runs of the body set no font of their own
    assert not list(document.element.body.iter(qn("w:rFonts")))


def test_one_chart_picture_per_measure_after_its_caption(documents):
    document = documents["investor"]
    release_chart = briefings.build(sample_release(), "investor").chart
    pictures = [p for p in document.paragraphs if p._p.find(".//" + qn("w:drawing")) is not None]
    assert len(pictures) == len(release_chart.groups) == 3
    assert all(p.style.name == "Figure" for p in pictures)
    caption = pictures[0]._p.getprevious()
    caption_paragraph = docx.text.paragraph.Paragraph(caption, document._body)
    assert caption_paragraph.style.name == "Caption" and caption_paragraph.text.startswith(release_chart.title)
    assert document.styles["Caption"].paragraph_format.keep_with_next
    # each picture as tall as its own bars: two arms give the same height, far below one page
    heights = {shape.height for shape in document.inline_shapes}
    assert len(heights) == 1 and next(iter(heights)).mm < 30


def test_press_summary_docx_is_set_tighter(documents):
    press, investor = documents["press"], documents["investor"]
    assert press.styles["Normal"].font.size < investor.styles["Normal"].font.size
    assert press.sections[0].left_margin < investor.sections[0].left_margin


def test_docx_zip_is_well_formed(documents):
    out = io.BytesIO()
    documents["sears"].save(out)
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None


def test_a_word_user_restyles_the_exported_template(tmp_path):
    """The documented path (README, "Your own look in Word"): `templates export`, change styles in
    Word (here with python-docx, as Word would save them), build with --templates: the briefing
    carries the new styles and header, and is still laid out (tables sized, notes raised)."""
    from docx.shared import Pt, RGBColor
    from typer.testing import CliRunner

    from reportgen.cli import app
    from tests.conftest import SAMPLE_RELEASE

    runner = CliRunner()
    mine = tmp_path / "my-templates"
    assert runner.invoke(app, ["templates", "export", str(mine)]).exit_code == 0
    template = docx.Document(mine / "investor.docx")
    heading = template.styles["Heading 1"]
    heading.font.name, heading.font.size, heading.font.color.rgb = "Georgia", Pt(15), RGBColor(0x8B, 0, 0)
    template.styles["Normal"].font.name = "Arial"
    template.styles["Note Reference"].font.color.rgb = RGBColor(0x8B, 0, 0)
    header = template.sections[0].header.paragraphs[0]
    header.insert_paragraph_before("ACME Capital research")
    template.sections[0].left_margin = template.sections[0].right_margin = docx.shared.Mm(30)
    template.save(mine / "investor.docx")

    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(SAMPLE_RELEASE), "--out", str(out), "--templates", str(mine),
                                 "--audience", "investor", "--format", "docx"])
    assert result.exit_code == 0, result.output
    built = docx.Document(out / "epicept-ceplene-2007-12-10-investor.docx")
    h1 = built.styles["Heading 1"]
    assert (h1.font.name, h1.font.size.pt, str(h1.font.color.rgb)) == ("Georgia", 15, "8B0000")
    assert built.styles["Normal"].font.name == "Arial"
    assert [p.text for p in built.paragraphs if p.style.name == "Heading 1"][:2] == ["Key takeaways", "What happened"]
    assert built.sections[0].header.paragraphs[0].text == "ACME Capital research"
    assert "EpiCept Corporation" in built.sections[0].header.paragraphs[1].text
    # the layout follows the new, narrower text column
    available = text_column_width(built.sections[0])
    assert abs(available - docx.shared.Mm(150) / 635) <= 2
    assert all(sum(grid(table)) <= available for table in built.tables)
    assert note_runs(built) and str(built.styles["Note Reference"].font.color.rgb) == "8B0000"
