"""Office Open XML (.docx) reader on python-docx, producing the same Document as the .doc reader.

python-docx gives the body, tables, sections and core properties; the parts it has no API for
(footnotes, endnotes, comments with their authors) are read from their XML. Paragraph text is
taken from the runs' XML so that tracked insertions are kept and tracked deletions, field
instructions and text-box content (a story of its own) are left out, as in the .doc reader.
"""

from __future__ import annotations

import io
import zipfile

from reportgen.errors import InputError
from reportgen.model import Document, DocumentLink, DocumentMetadata, DocumentParagraph
from reportgen.readers.damaged import DAMAGED_FILE_ERRORS

MAX_UNCOMPRESSED = 500 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "del", W + "txbxContent", MC_FALLBACK, W + "instrText", W + "delText",
         W + "footnoteReference", W + "endnoteReference", W + "commentReference"}
_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def is_word_package(data: bytes) -> bool:
    """A ZIP archive holding word/document.xml (any other ZIP is no Word document)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def read_docx(data: bytes) -> Document:
    """Body paragraphs and tables in document order, headers, footers, notes, comments, text boxes,
    links and core properties."""
    if not is_word_package(data):
        raise InputError("not a Word document (a ZIP archive without word/document.xml)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
            raise InputError("docx expands to more than 500 MB")
        import docx
        from docx.table import Table

        d = docx.Document(io.BytesIO(data))
        doc = Document(format="docx")
        rels = _hyperlink_targets(d.part)
        lines: list[tuple[str, str | None]] = []
        for block in d.element.body.iterchildren():
            tag = block.tag
            if tag == W + "p":
                text = paragraph_text(block, doc.links, rels).strip()
                if text:
                    lines.append((text, _style(d, block)))
            elif tag == W + "tbl":
                rows = _table_rows(Table(block, d), doc.tables, doc.links, rels)
                for row in rows:
                    lines.append(("\t".join(c.replace("\n", " ") for c in row), None))
            elif tag == W + "sdt":  # a content control at block level: its paragraphs
                for p in block.iter(W + "p"):
                    text = paragraph_text(p, doc.links, rels).strip()
                    if text:
                        lines.append((text, _style(d, p)))
        doc.body = "\n".join(t for t, _ in lines)
        doc.paragraphs = [DocumentParagraph(text=t, style=s) for t, s in lines]
        _headers_footers(d, doc)
        doc.textboxes = _textboxes(d.element.body)
        _notes_and_comments(d, doc)
        cp = d.core_properties
        doc.metadata = DocumentMetadata(
            title=cp.title or None, author=cp.author or None, subject=cp.subject or None,
            keywords=cp.keywords or None,
            created=cp.created.isoformat().replace("+00:00", "Z") if cp.created else None,
            modified=cp.modified.isoformat().replace("+00:00", "Z") if cp.modified else None)
        return doc
    except _damaged_docx_errors() as exc:
        raise InputError(f"damaged .docx document ({' '.join(str(exc).split())[:100] or type(exc).__name__})") from None


def _damaged_docx_errors() -> tuple[type[BaseException], ...]:
    """What a damaged .docx makes python-docx and lxml raise, besides what any damaged file does."""
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from lxml import etree

    return (*DAMAGED_FILE_ERRORS, etree.LxmlError, PythonDocxError, OpcError)


def _notes_and_comments(d, doc: Document) -> None:
    """Footnotes, endnotes (separators aside) and comments with their authors, from their parts' XML."""
    for reltype, target in (("/footnotes", doc.footnotes), ("/endnotes", doc.endnotes)):
        root = _related_xml(d.part, reltype)
        if root is not None:
            tag = W + ("footnote" if reltype == "/footnotes" else "endnote")
            for note in root.iter(tag):
                if note.get(W + "type") in _NOTE_SEPARATORS:
                    continue
                text = _block_text(note)
                if text:
                    target.append(text)
    root = _related_xml(d.part, "/comments")
    if root is not None:
        for c in root.iter(W + "comment"):
            text = _block_text(c)
            if text:
                doc.comments.append(text)
                doc.comment_authors.append(c.get(W + "author") or "")


def paragraph_text(p, links: list | None = None, rels: dict | None = None) -> str:
    """The text Word shows for one w:p: runs (inserted ones too), tabs, breaks, hyperlinks and
    field results; not deleted runs, field instructions or nested text boxes."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("\u2011")
            elif tag == W + "hyperlink" and links is not None:
                start = len(out)
                walk(child)
                url = (rels or {}).get(child.get(R_ID) or "")
                anchor = child.get(W + "anchor")
                if url or anchor:
                    links.append(DocumentLink(text="".join(out[start:]).strip(),
                                              url=(url or "") + ("#" + anchor if anchor else "")))
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _block_text(el) -> str:
    """Paragraphs of a story element (note, comment, header), one a line, empty ones dropped."""
    lines = []
    for p in el.iter(W + "p"):
        if any(a.tag == W + "txbxContent" for a in p.iterancestors()) and el.tag != W + "txbxContent":
            continue
        t = paragraph_text(p).strip()
        if t:
            lines.append(t)
    return "\n".join(lines)


def _textboxes(body) -> list[str]:
    out = []
    for box in body.iter(W + "txbxContent"):
        if any(a.tag in (MC_FALLBACK, W + "txbxContent") for a in box.iterancestors()):
            continue  # the VML copy of a DrawingML text box, or a box inside a box
        text = _block_text(box)
        if text:
            out.append(text)
    return out


def _headers_footers(d, doc: Document) -> None:
    for section in d.sections:
        for kind, target in (("header", doc.headers), ("footer", doc.footers)):
            for variant in ("", "first_page_", "even_page_"):
                try:
                    part = getattr(section, variant + kind)
                    if part.is_linked_to_previous:
                        continue
                    text = _block_text(part._element)
                except _damaged_docx_errors():
                    continue  # a header or footer part that is missing or damaged
                if text and text not in target:
                    target.append(text)


def _related_xml(part, reltype_suffix: str):
    from lxml import etree

    for rel in part.rels.values():
        if rel.is_external or not rel.reltype.endswith(reltype_suffix):
            continue
        try:
            return etree.fromstring(rel.target_part.blob,
                                    parser=etree.XMLParser(resolve_entities=False, huge_tree=False))
        except _damaged_docx_errors():
            return None
    return None


def _hyperlink_targets(part) -> dict:
    out = {}
    for rid, rel in part.rels.items():
        if rel.reltype.endswith("/hyperlink") and rel.is_external:
            out[rid] = rel.target_ref
    return out


def _style(d, p) -> str | None:
    try:
        from docx.text.paragraph import Paragraph

        para = Paragraph(p, d)
        return para.style.name if para.style is not None else None
    except _damaged_docx_errors():
        return None


def _table_rows(table, all_tables: list, links: list, rels: dict) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            parts = [t for t in (paragraph_text(p._p, links, rels).strip() for p in cell.paragraphs) if t]
            for inner in cell.tables:
                parts.extend("\t".join(r) for r in _table_rows(inner, all_tables, links, rels))
            cells.append("\n".join(parts))
        rows.append(cells)
    all_tables.append(rows)
    return rows
