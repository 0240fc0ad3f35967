"""Tests of the word-processor dispatcher: format sniffing, size limit, and the docx/RTF readers."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportgen.errors import EncryptedError, InputError
from reportgen.readers import document
from reportgen.readers.document import read_document, sniff
from tests.conftest import SAMPLE_DOC, shared_path


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = "Quarterly results"
    d.core_properties.author = "Jane Doe"
    d.add_heading("Big News", level=1)
    d.add_paragraph("First paragraph of the release.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Revenue", "$5 million"
    table.cell(1, 0).text, table.cell(1, 1).text = "Net loss", "$2 million"
    d.add_paragraph("After the table.")
    d.sections[0].header.paragraphs[0].text = "ACME Corp header"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_sniff():
    assert sniff(SAMPLE_DOC.read_bytes()) == "doc"
    assert sniff(_docx_bytes()) == "docx"
    assert sniff(b"{\\rtf1\\ansi hello}") == "rtf"
    assert sniff(b"\xef\xbb\xbf{\\rtf1 x}") == "rtf"
    assert sniff(b"%PDF-1.7") == "unknown"
    assert sniff(b"") == "unknown"
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    assert sniff(zbuf.getvalue()) == "unknown"
    assert sniff(b"PK\x03\x04garbage") == "unknown"
    assert sniff(shared_path("corpus", "doc", "word2.doc").read_bytes()) == "doc"


def test_docx_read_by_content():
    doc = read_document("release.doc", data=_docx_bytes())
    assert doc.format == "docx"
    assert doc.paragraphs[0].text == "Big News" and doc.paragraphs[0].style == "Heading 1"
    assert doc.body.splitlines() == ["Big News", "First paragraph of the release.",
                                     "Revenue\t$5 million", "Net loss\t$2 million", "After the table."]
    assert doc.tables == [[["Revenue", "$5 million"], ["Net loss", "$2 million"]]]
    assert doc.headers == ["ACME Corp header"]
    assert doc.metadata.title == "Quarterly results" and doc.metadata.author == "Jane Doe"


def test_rtf_read_by_content():
    rtf = b"{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}}\\f0 Caf\\'e9 news\\par Second line\\par}"
    doc = read_document("x.doc", data=rtf)
    assert doc.format == "rtf"
    assert doc.body == "Café news\nSecond line"


def test_unknown_and_broken_inputs():
    with pytest.raises(InputError, match=r"not a Word document \(a PDF file\)"):
        read_document("x.doc", data=b"%PDF-1.4 ...")
    with pytest.raises(InputError, match=r"not a Word document \(the file is empty\)"):
        read_document("x.doc", data=b"")
    with pytest.raises(InputError, match="not a Word document"):
        read_document("x.doc", data=b"<html><body>hi</body></html>")
    broken_docx = bytearray(_docx_bytes())
    broken_docx[200:400] = b"\x00" * 200
    with pytest.raises(InputError):
        read_document("x.docx", data=bytes(broken_docx))
    with pytest.raises(InputError, match="cannot read the file"):
        read_document("/nonexistent/dir/file.doc")


def test_message_has_no_file_name():
    with pytest.raises(EncryptedError) as info:
        read_document(shared_path("corpus", "doc", "PasswordProtected.doc"))
    assert "PasswordProtected" not in str(info.value) and "\n" not in str(info.value)


def test_size_limit(monkeypatch, tmp_path):
    monkeypatch.setattr(document, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="too large"):
        read_document("x.doc", data=b"\x00" * 2000)
    big = tmp_path / "big.doc"
    big.write_bytes(b"\x00" * 2000)
    with pytest.raises(InputError, match="too large"):
        read_document(big)


def test_path_and_data_agree():
    from_path = read_document(SAMPLE_DOC)
    from_data = read_document("whatever.doc", data=SAMPLE_DOC.read_bytes())
    assert from_path == from_data
    assert from_path.format == "doc"


def test_encrypted_docx_in_compound_file():
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(_docx_bytes())).encrypt("s3cret", out)
    data = out.getvalue()
    assert sniff(data) == "doc"
    with pytest.raises(EncryptedError, match="encrypted Office Open XML"):
        read_document("x.doc", data=data)
    with pytest.raises(EncryptedError, match="wrong password"):
        read_document("x.doc", data=data, password="nope")
    doc = read_document("x.doc", data=data, password="s3cret")
    assert doc.format == "docx" and "First paragraph of the release." in doc.body
