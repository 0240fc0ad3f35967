"""Tests of the word-processor documents: format sniffing, the size limit, and the docx/RTF readers."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportgen import limits
from reportgen.errors import EncryptedError, InputError
from reportgen.readers.document import read_document
from reportgen.readers.registry import sniff
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
    # no Word document: text to the one sniffer, refused by read_document (test_unknown_and_broken_inputs)
    assert sniff(b"%PDF-1.7") == "text"
    assert sniff(b"") == "text"
    # any ZIP goes to the docx reader, which refuses one without word/document.xml
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    assert sniff(zbuf.getvalue()) == "docx"
    for data in (zbuf.getvalue(), b"PK\x03\x04garbage"):
        with pytest.raises(InputError, match=r"^not a Word document \(a ZIP archive without word/document.xml\)$"):
            read_document("x.docx", data=data)
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
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
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


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _stories_docx() -> bytes:
    """A hand-written .docx with the parts python-docx has no API for: notes, comments, a text
    box (DrawingML with its VML fallback), tracked changes, a field and a hyperlink."""
    def p(inner: str) -> str:
        return f"<w:p>{inner}</w:p>"

    def r(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    box = ("<w:txbxContent>" + p(r("Boxed text")) + "</w:txbxContent>")
    body = "".join([
        p(r("Kept ") + "<w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"
          + "<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>" + r(" text.")
          + '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>'
          + '<w:r><w:commentReference w:id="0"/></w:r>'),
        p(r("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
          + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("7") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        p(r("See ") + f'<w:hyperlink r:id="rIdLink">{r("the site")}</w:hyperlink>' + r(".")),
        p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box
          + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>" + box
          + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + r("Anchor paragraph")),
    ])
    def notes(kind):
        return (f'<w:{kind}s {_NS}><w:{kind} w:type="separator" w:id="-1">{p("<w:r><w:separator/></w:r>")}</w:{kind}>'
                              f'<w:{kind} w:id="1">{p(r(kind.capitalize() + " text"))}</w:{kind}></w:{kind}s>')
    files = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
            '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdF" Type="{_REL}footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rIdE" Type="{_REL}endnotes" Target="endnotes.xml"/>'
            f'<Relationship Id="rIdC" Type="{_REL}comments" Target="comments.xml"/>'
            f'<Relationship Id="rIdLink" Type="{_REL}hyperlink" Target="http://example.com/" TargetMode="External"/>'
            '</Relationships>'),
        "word/document.xml": f"<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/footnotes.xml": notes("footnote"),
        "word/endnotes.xml": notes("endnote"),
        "word/comments.xml": (f'<w:comments {_NS}><w:comment w:id="0" w:author="Kyle Reese" w:initials="KR">'
                              f'{p(r("A remark"))}</w:comment></w:comments>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, xml in files.items():
            zf.writestr(name, xml)
    return buf.getvalue()


def test_docx_stories_notes_comments_textboxes():
    doc = read_document("stories.doc", data=_stories_docx())
    assert doc.format == "docx"
    assert doc.body.splitlines() == ["Kept inserted text.", "Page 7", "See the site.", "Anchor paragraph"]
    assert doc.footnotes == ["Footnote text"]
    assert doc.endnotes == ["Endnote text"]
    assert doc.comments == ["A remark"] and doc.comment_authors == ["Kyle Reese"]
    assert doc.textboxes == ["Boxed text"]  # once, not again from the VML fallback
    assert [(lk.text, lk.url) for lk in doc.links] == [("the site", "http://example.com/")]


def test_rtf_stories_fields_and_code_pages():
    rtf = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset204 Arial Cyr;}}"
           rb"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}"
           rb"{\info{\title Quarterly \'e9t\'e9}{\author Jane Doe}{\creatim\yr2020\mo1\dy2}}"
           rb"{\header \pard Company header\par}{\footer \pard Page footer\par}"
           rb"\pard Caf\'e9 \u8364?5 {\f1 \'cf\'f0\'e8\'e2\'e5\'f2}\par "
           rb"See {\field{\*\fldinst HYPERLINK \"http://example.com\"}{\fldrslt the site}}.\line Next line"
           rb"{\super\chftn}{\footnote\pard\plain A footnote.}\par"
           rb"{\*\unknowndest hidden}{\pict\wmetafile8 0102abcd}{\*\annotation\pard A remark\par}"
           rb"\trowd\cellx100\cellx200 A1\cell B1\cell\row Last\par}")
    doc = read_document("x.doc", data=rtf)
    assert doc.format == "rtf"
    assert doc.body.splitlines() == ["Caf\u00e9 \u20ac5 \u041f\u0440\u0438\u0432\u0435\u0442",
                                     "See the site.", "Next line", "A1\tB1", "Last"]
    assert doc.headers == ["Company header"] and doc.footers == ["Page footer"]
    assert doc.footnotes == ["A footnote."]
    assert doc.comments == ["A remark"]
    assert doc.metadata.title == "Quarterly \u00e9t\u00e9" and doc.metadata.author == "Jane Doe"
    with pytest.raises(InputError):
        read_document("x.rtf", data=b"{\\rtf1" + b"{" * 5000 + b"}" * 5000 + b"}")


def test_a_bug_in_a_reader_is_not_an_input_error(monkeypatch):
    """What a damaged file raises is an InputError; a bug in our own code goes on up to the CLI's
    internal-error path (exit 70) instead of passing for a damaged file."""
    import struct

    from typer.testing import CliRunner

    from reportgen.cli import app
    from reportgen.readers import msdoc

    def bug(data, password=None):
        return data.no_such_attribute

    monkeypatch.setattr(msdoc, "read_msdoc", bug)
    with pytest.raises(AttributeError):
        read_document(SAMPLE_DOC)
    result = CliRunner().invoke(app, ["text", str(SAMPLE_DOC)])
    assert result.exit_code == 70 and "internal error: AttributeError" in result.stderr

    def damaged(data, password=None):
        return struct.unpack_from("<I", b"", 0)

    monkeypatch.setattr(msdoc, "read_msdoc", damaged)
    with pytest.raises(InputError, match=r"^damaged document \(error: "):
        read_document(SAMPLE_DOC)
