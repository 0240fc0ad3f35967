"""Build templates/investor.docx and templates/medical.docx: styled Word files with docxtpl tags in them.

Nobody here has Word, so the templates are made by this script with python-docx, reproducibly
(fixed core properties, no timestamps): run `python scripts/make_docx_templates.py` after editing.
Each Jinja tag sits in a run of its own, and loops use docxtpl's paragraph ({%p %}) and table-row
({%tr %}) / table-cell ({%tc %}) forms, which survive Word re-saving the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
NAVY = RGBColor(0x10, 0x30, 0x4F)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x55, 0x55, 0x55)
# Word's own Calibri and Cambria: on every Word machine, and on Linux their metric-compatible twins
# Carlito and Caladea (Debian fonts-crosextra-carlito, fonts-crosextra-caladea) lay out the same
# lines and pages, so the document looks the same everywhere without embedding fonts.
SANS, SERIF = "Calibri", "Cambria"
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
# One template per audience. They share one layout (the sections say what goes where); give an
# audience a layout of its own by branching on it in build().
AUDIENCES = ("investor", "medical", "press")


def set_font(style_or_rpr, name: str) -> None:
    """One font for every script of a style (w:ascii, w:hAnsi, w:cs, w:eastAsia), and no theme
    font: Word lets w:asciiTheme win over w:ascii, so a style naming both shows the theme's."""
    rpr = style_or_rpr.element.get_or_add_rPr() if hasattr(style_or_rpr, "element") else style_or_rpr
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


# Sizes in points by audience: the press summary is one page, so it is set tighter.
SIZES = {
    "default": {"normal": 10, "title": 20, "h1": 13, "h2": 11, "meta": 9, "small": 7.5, "table": 9,
                "after": 4, "h1_before": 14},
    "press": {"normal": 9.5, "title": 16, "h1": 11.5, "h2": 10.5, "meta": 8.5, "small": 7, "table": 8.5,
              "after": 3, "h1_before": 8},
}


def styles(doc: Document, audience: str = "investor") -> None:
    """Real Word styles, so users restyle the briefing in Word's style gallery, not by hand."""
    size = SIZES.get(audience, SIZES["default"])
    st = doc.styles
    # Every style of python-docx's default template that names a theme font (headings 3-9,
    # their character styles ...) gets ours instead: headings sans, the rest serif.
    for fonts in st.element.iter(qn("w:rFonts")):
        theme = fonts.get(qn("w:asciiTheme")) or fonts.get(qn("w:hAnsiTheme"))
        if theme:
            set_font(fonts.getparent(), SANS if theme.startswith("major") else SERIF)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    set_font(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), SERIF)
    normal = st["Normal"]
    set_font(normal, SERIF)
    normal.font.size = Pt(size["normal"])
    normal.paragraph_format.space_after = Pt(size["after"])
    for name, points, colour in (("Title", size["title"], NAVY), ("Heading 1", size["h1"], NAVY),
                                 ("Heading 2", size["h2"], BLUE)):
        style = st[name]
        set_font(style, SANS)
        style.font.size, style.font.bold = Pt(points), True
        style.font.color.rgb = colour
        style.paragraph_format.space_before = Pt(size["h1_before"] if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(size["after"])
        style.paragraph_format.keep_with_next = True
    set_font(st["Subtitle"], SERIF)
    for spacing in st["Subtitle"].element.rPr.findall(qn("w:spacing")):  # no letter-spacing in italics
        st["Subtitle"].element.rPr.remove(spacing)
    st["Subtitle"].font.italic = True
    st["Subtitle"].font.color.rgb = GREY
    set_font(st["List Bullet"], SERIF)
    set_font(st["Quote"], SERIF)
    set_font(st["Caption"], SANS)
    st["Caption"].font.color.rgb = GREY
    st["Caption"].paragraph_format.keep_with_next = True  # a caption stays with its table or figure
    st["Caption"].paragraph_format.space_after = Pt(2)
    for name, base, points, bold in (("Stance", "Normal", size["normal"], True), ("Meta", "Normal", size["meta"], False),
                                     ("Small Print", "Normal", size["small"], False),
                                     ("Table Text", "Normal", size["table"], False),
                                     ("Figure", "Normal", size["normal"], False)):
        style = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = st[base]
        set_font(style, SANS if name != "Small Print" else SERIF)
        style.font.size, style.font.bold = Pt(points), bold
        if name == "Figure":  # a picture in a line of its own, no space lost below it
            style.paragraph_format.space_after = Pt(0)
        if name == "Small Print":  # the source notes: many short paragraphs
            style.paragraph_format.space_after = Pt(2)
        if name == "Stance":
            style.font.color.rgb = NAVY
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:fill"), "EEF3F8")
            style.element.get_or_add_pPr().append(shading)
        if name in ("Meta", "Small Print"):
            style.font.color.rgb = GREY
        if name == "Table Text":
            style.paragraph_format.space_after = Pt(0)
    # A note reference: raised (w:vertAlign superscript), at the size of the text around it, which
    # Word and LibreOffice reduce to about two thirds for a superscript: ~6.5 pt in 10 pt text.
    # The runs name it by its id, NoteReference.
    note = st.add_style("Note Reference", WD_STYLE_TYPE.CHARACTER)
    note.font.superscript, note.font.color.rgb = True, BLUE
    link = st["Hyperlink"] if "Hyperlink" in [s.name for s in st] else st.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb, link.font.underline = BLUE, True


def para(container, text: str = "", style: str = "Normal", runs=None):
    """A paragraph whose runs are given as (text, bold) pairs: every Jinja tag in a run of its own."""
    p = container.add_paragraph(style=style)
    for run_text, bold in runs or [(text, False)]:
        run = p.add_run(run_text)
        run.bold = bold or None
    return p


def field(paragraph, instruction: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out pages."""
    def run_with(tag, **attrs):
        run = OxmlElement("w:r")
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        run.append(el)
        paragraph._p.append(run)

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText")
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    placeholder = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    placeholder.append(t)
    paragraph._p.append(placeholder)
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def header_footer(doc: Document) -> None:
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.style = doc.styles["Meta"]
    for text in ("{{ briefing.issuer }}", " · ", "{{ briefing.audience_label }}", "{% if briefing.date_text %}", " · ",
                 "{{ briefing.date_text }}", "{% endif %}"):
        header.add_run(text)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Meta"]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("{{ brand.texts.footer | fixed }}. Page ")
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")


def cell_text(cell, runs, style="Table Text"):
    p = cell.paragraphs[0]
    p.style = style
    for text, bold in runs:
        r = p.add_run(text)
        r.bold = bold or None


def results_table(doc: Document) -> None:
    """Header row and one templated row: {%tr %} repeats rows, {%tc %} repeats the cell between.

    docxtpl replaces the whole row (cell) holding a {%tr %} ({%tc %}) tag by the tag, so the loop
    tags sit in rows and cells of their own, and the value columns lie between two tag cells. The
    columns are the table's own (`table.columns`): a financial table has no P value column, a
    clinical one no Change column, and a column nobody fills is not there at all.
    """
    table = doc.add_table(rows=4, cols=4)
    table.style = doc.styles["Light Grid Accent 1"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header, loop_start, body, loop_end = table.rows
    # The header row repeats at the top of each page the table spans (w:tblHeader).
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    cell_text(header.cells[0], [("{{ table.measure_heading }}", True)])
    cell_text(header.cells[1], [("{%tc for column in table.columns %}", False)])
    cell_text(header.cells[2], [("{{ column | typo }}", True)])
    cell_text(header.cells[3], [("{%tc endfor %}", False)])
    cell_text(loop_start.cells[0], [("{%tr for row in table.rows %}", False)])
    # measures in bold, as the PDF has them; in a table of the release itself only its group
    # headings are (the release's own rows are plain labels)
    cell_text(body.cells[0], [('{% if row.heading or table.kind != "release" %}', False),
                              ("{{ row.measure | typo }}", True), ("{% else %}", False),
                              ("{{ row.measure | typo }}", False), ("{% endif %}", False),
                              ("{% if row.population %}", False),
                              (" (", False), ("{{ row.population | typo }}", False), (")", False),
                              ("{% endif %}", False), ("{{r ref(row.note) }}", False)])
    cell_text(body.cells[1], [("{%tc for cell in row.cells %}", False)])
    cell_text(body.cells[2], [("{{ cell.text | derived(cell.derived) or ('' if row.heading else '—') }}", False)])
    cell_text(body.cells[3], [("{%tc endfor %}", False)])
    cell_text(loop_end.cells[0], [("{%tr endfor %}", False)])


def build(audience: str) -> bytes:
    doc = Document()
    styles(doc, audience)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    press = audience == "press"  # one page: narrower margins, as the PDF's @page press
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(16 if press else 20))
    section.top_margin, section.bottom_margin = (Mm(18), Mm(16)) if press else (Mm(22), Mm(20))
    section.header_distance, section.footer_distance = (Mm(8), Mm(8)) if press else (Mm(12), Mm(12))
    header_footer(doc)
    body = doc
    para(body, "{%p if logo_image %}")
    para(body, "{{ logo_image }}")
    para(body, "{%p endif %}")
    para(body, style="Meta", runs=[("{{ briefing.audience_label | upper }}", True)])
    para(body, "{{ briefing.title | typo }}", "Title")
    para(body, "{%p if briefing.subtitle %}")
    para(body, "{{ briefing.subtitle | typo }}", "Subtitle")
    para(body, "{%p endif %}")
    para(body, style="Meta", runs=[("{{ briefing.issuer | typo }}", False),
                                   ("{% for ticker in briefing.tickers %}", False), (" · ", False),
                                   ("{{ ticker }}", False), ("{% endfor %}", False),
                                   ("{% if briefing.date_text %}", False), (" · ", False),
                                   ("{{ briefing.date_text }}", False), ("{% endif %}", False),
                                   ("{% if briefing.website %}", False), (" · ", False),
                                   ("{{r link(briefing.website) }}", False), ("{% endif %}", False)])
    para(body, "{%p if briefing.stance %}")
    para(body, "{{ briefing.stance | typo }}", "Stance")
    para(body, "{%p endif %}")

    para(body, "{%p for section in briefing.sections %}")
    para(body, "{{ section.title | typo }}", "Heading 1")
    para(body, "{%p for paragraph in section.paragraphs %}")
    para(body, style="Normal", runs=[("{{ paragraph.text | typo }}", False), ("{{r ref(paragraph.note) }}", False)])
    para(body, "{%p endfor %}")
    para(body, '{%p if section.kind == "results" %}')
    para(body, "{%p for table in briefing.tables %}")
    para(body, "{{ table.caption | typo }}", "Heading 2")
    para(body, "{%p if table.subcaption %}")
    para(body, "{{ table.subcaption | typo }}", "Caption")
    para(body, "{%p endif %}")
    results_table(doc)
    para(body, "{%p if table.truncated %}")
    para(body, "The table continues in the release; the first rows are shown.", "Small Print")
    para(body, "{%p endif %}")
    para(body, '{%p if table.rows | map(attribute="cells") | sum(start=[]) | selectattr("derived") | list %}')
    para(body, "{{ derived_note }}", "Small Print")
    para(body, "{%p endif %}")
    # The chart: its caption first (kept with the first measure), then one picture per measure,
    # each as tall as its bars, so a page may break between two measures.
    para(body, "{%p if loop.first and chart_images %}")
    para(body, "{{ briefing.chart.title }}. Each measure is drawn on its own scale.", "Caption")
    para(body, "{%p for image in chart_images %}")
    para(body, "{{ image }}", "Figure")
    para(body, "{%p endfor %}")
    para(body, "{%p endif %}")
    para(body, "{%p endfor %}")
    para(body, "{%p endif %}")
    para(body, "{%p for fact in section.facts %}")
    para(body, style="Normal", runs=[("{{ fact.label | typo }}", True), (": ", True), ("{{ fact.value | typo }}", False),
                                     ("{{r ref(fact.note) }}", False)])
    para(body, "{%p endfor %}")
    para(body, "{%p if section.intro %}")
    para(body, style="Normal", runs=[("{{ section.intro }}", False)]).runs[0].italic = True
    para(body, "{%p endif %}")
    para(body, "{%p for item in section.items %}")
    para(body, style="List Bullet", runs=[("{{ item.text | typo }}", False), ("{{r ref(item.note) }}", False)])
    para(body, "{%p endfor %}")
    para(body, "{%p for quote in section.quotes %}")
    para(body, style="Quote", runs=[("“", False), ("{{ quote.text | typo }}", False), ("”", False),
                                    ("{{r ref(quote.note) }}", False)])
    para(body, style="Meta", runs=[("{% if quote.speaker %}", False), ("— ", False), ("{{ quote.speaker | typo }}", False),
                                   ("{% if quote.title %}", False), (", ", False), ("{{ quote.title | typo }}", False),
                                   ("{% endif %}", False), ("{% endif %}", False)])
    para(body, "{%p endfor %}")
    para(body, "{%p for contact in section.contacts %}")
    para(body, style="Normal", runs=[("{{ contact.name | typo }}", True), ("{% if contact.role %}", False), (" (", False),
                                     ("{{ contact.role }}", False), (")", False), ("{% endif %}", False)])
    para(body, style="Meta", runs=[("{{r contact_details(contact) }}", False)])
    para(body, "{%p endfor %}")
    para(body, "{%p endfor %}")

    para(body, "{%p if briefing.notes %}")
    para(body, "Source notes", "Heading 1")
    para(body, "Each figure above cites the sentence of the release it was taken from.",
         "Small Print").paragraph_format.keep_with_next = True
    para(body, "{%p for note in briefing.notes %}")
    para(body, style="Small Print", runs=[("[", False), ("{{ note.number | note_number }}", False), ("] “", False),
                                          ("{{ note.text | typo }}", False), ("”", False), ("{% if note.where %}", False),
                                          (" (", False), ("{{ note.where | locator }}", False), (")", False),
                                          ("{% endif %}", False)])
    para(body, "{%p endfor %}")
    para(body, "{%p endif %}")
    para(body, style="Small Print", runs=[("{{ briefing.source_line | typo }}", False), (" Prepared with ", False),
                                          ("{{ generator }}", False), (".", False)])
    para(body, "{%p if brand.disclaimer %}")
    para(body, "{{ brand.disclaimer | fixed }}", "Small Print")
    para(body, "{%p endif %}")

    props = doc.core_properties
    props.title = f"reportgen {audience} briefing template"
    props.author = "reportgen"
    props.last_modified_by = "reportgen"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return _reproducible(out.getvalue())


def _reproducible(data: bytes) -> bytes:
    """The same zip bytes on every run: fixed member timestamps, same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "templates", help="folder to write into")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for audience in AUDIENCES:
        path = args.out / f"{audience}.docx"
        path.write_bytes(build(audience))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
