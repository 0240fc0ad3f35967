"""Office Open XML (.docx) reader on python-docx, producing the same Document as the .doc reader."""

from __future__ import annotations

import io
import zipfile

from reportgen.errors import InputError
from reportgen.model import Document, DocumentMetadata, DocumentParagraph

MAX_UNCOMPRESSED = 500 * 1024 * 1024


def read_docx(data: bytes) -> Document:
    """Body paragraphs and tables in document order, headers, footers, comments and core properties."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if sum(i.file_size for i in zf.infolist()) > MAX_UNCOMPRESSED:
            raise InputError("docx expands to more than 500 MB")
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(io.BytesIO(data))
        doc = Document(format="docx")
        lines: list[tuple[str, str | None]] = []
        for block in d.element.body.iterchildren():
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(block, d)
                text = p.text.strip()
                if text:
                    lines.append((text, _style(p)))
            elif tag == "tbl":
                rows = _table_rows(Table(block, d), doc.tables)
                for row in rows:
                    lines.append(("\t".join(c.replace("\n", " ") for c in row), None))
        doc.body = "\n".join(t for t, _ in lines)
        doc.paragraphs = [DocumentParagraph(text=t, style=s) for t, s in lines]
        for section in d.sections:
            for part, target in ((section.header, doc.headers), (section.footer, doc.footers)):
                try:
                    if part.is_linked_to_previous:
                        continue
                    text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
                except Exception:
                    continue
                if text and text not in target:
                    target.append(text)
        try:
            for c in d.comments:
                if c.text.strip():
                    doc.comments.append(c.text.strip())
        except Exception:
            pass
        cp = d.core_properties
        doc.metadata = DocumentMetadata(
            title=cp.title or None, author=cp.author or None, subject=cp.subject or None,
            keywords=cp.keywords or None,
            created=cp.created.isoformat().replace("+00:00", "Z") if cp.created else None,
            modified=cp.modified.isoformat().replace("+00:00", "Z") if cp.modified else None)
        return doc
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"damaged .docx document ({' '.join(str(exc).split())[:100] or type(exc).__name__})") from None


def _style(p) -> str | None:
    try:
        return p.style.name if p.style is not None else None
    except Exception:
        return None


def _table_rows(table, all_tables: list) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            parts = [p.text.strip() for p in cell.paragraphs if p.text.strip()]
            for inner in cell.tables:
                parts.extend("\t".join(r) for r in _table_rows(inner, all_tables))
            cells.append("\n".join(parts))
        rows.append(cells)
    all_tables.append(rows)
    return rows
