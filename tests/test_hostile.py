"""Hostile input end to end: markup, template code and local-file URLs in a release stay text."""

from __future__ import annotations

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader
from typer.testing import CliRunner

from reportgen.cli import app
from reportgen.errors import InputError

HOSTILE = """\
Acme <script>alert(1)</script> Reports {{ 7*7 }} Results & More

BOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme Corp. (Nasdaq: ACME) today reported revenue of $12.5 million, compared with $10.0 million a year earlier. See <img src="file:///etc/passwd"> and {% include '/etc/passwd' %} for details.

"We are pleased <b>bold</b> & proud," said Jane Doe, Chief Executive Officer of Acme.

About Acme

Acme makes things. Visit file:///etc/passwd or http://127.0.0.1:9/secret for more.

Contact: Jane Doe, +1 617 555 0100, jane@acme.example
"""

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    release = folder / "release.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    out = folder / "out"
    result = runner.invoke(app, ["build", str(release), "--out", str(out), "--format", "all", "--audience", "investor"])
    assert result.exit_code == 0, result.output
    return out


def test_nothing_is_fetched_or_executed(built):
    for path in (p for p in built.rglob("*") if p.is_file()):  # the briefings and .reportgen/ (the build's key)
        data = path.read_bytes()
        assert b"root:x:0:0" not in data, path.name
        assert b"49 Results" not in data, path.name  # {{ 7*7 }} was not evaluated


def test_markup_is_shown_as_text_in_html_pdf_and_docx(built):
    html = next(built.glob("*-investor.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "{{ 7*7 }}" in html
    pdf = " ".join("".join(p.extract_text() for p in PdfReader(next(built.glob("*-investor.pdf"))).pages).split())
    assert "<script>alert(1)</script>" in pdf and "{{ 7*7 }}" in pdf
    docx = "\n".join(p.text for p in DocxDocument(next(built.glob("*-investor.docx"))).paragraphs)
    assert "<script>alert(1)</script>" in docx and "& More" in docx


def test_a_corrupt_doc_attachment_is_a_warning_and_the_briefings_are_built(tmp_path):
    folder = tmp_path / "rel"
    folder.mkdir()
    text = HOSTILE.replace("Contact:", "Contact:") + "\nAttachments\n\nbroken.doc\n"
    (folder / "release.txt").write_text(text, encoding="utf-8")
    (folder / "broken.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600)
    result = runner.invoke(app, ["build", str(folder / "release.txt"), "--out", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and "broken.doc" in result.stderr
    import json

    model = json.loads((tmp_path / "out" / "rel.json").read_text(encoding="utf-8"))
    att = model["attachments"][0]
    assert att["found"] is True and att["error"]


def test_a_failed_render_leaves_no_output_file(tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "investor.html").write_text('{% extends "!builtin/investor.html" %}\n{% block content %}{{ no_such_variable }}{% endblock %}\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(release), "--out", str(out), "--format", "html", "--audience", "investor", "--templates", str(mine)])
    assert result.exit_code == 4
    assert "investor.html" in result.stderr and "line 2" in result.stderr
    assert not any(out.glob("*.html")) and not any(out.glob("*.tmp*"))


def test_a_long_release_is_read_in_bounded_time_with_a_warning(tmp_path):
    import time

    from reportgen.pipeline import load_release

    sentence = 'Revenue was $3.2 million versus $2.9 million (p=0.01), "a record," said Dr. John Smith. '
    text = "Acme Reports Results\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- " + sentence * 40000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")  # 3.6 MB, in one paragraph
    started = time.perf_counter()
    release = load_release(path)
    assert time.perf_counter() - started < 30
    assert any("first 300,000 characters" in w for w in release.warnings)
    assert release.facts.comparisons


# --- control characters, empty files, the size limit, templates as code --------------------------

CONTROLS = HOSTILE.replace("Acme <script>", "\x1b[1mAcme\x1b[0m <script>", 1).replace(
    "today reported", "today\x00 reported\x01", 1).replace("About Acme", "About\x0bAcme\ufffe", 1)


def test_a_release_with_control_characters_is_built_with_a_warning(tmp_path):
    release = tmp_path / "release.txt"
    release.write_bytes(CONTROLS.encode("utf-8"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(release), "--out", str(out), "--format", "pdf,docx", "--audience", "investor"])
    assert result.exit_code == 0, result.output
    # two escape sequences, NUL, U+0001 and U+FFFE; the vertical tab is a line break
    assert f"warning: {release}: removed 5 control characters" in result.stderr
    pdf = " ".join("".join(p.extract_text() for p in PdfReader(next(out.glob("*-investor.pdf"))).pages).split())
    assert "Acme <script>" in pdf and "today reported" in pdf and "[1m" not in pdf
    docx = "\n".join(p.text for p in DocxDocument(next(out.glob("*-investor.docx"))).paragraphs)
    assert "today reported" in docx and not any(c in docx for c in "\x00\x01\x1b\ufffe")


@pytest.mark.parametrize("name", ["empty.doc", "empty.txt", "empty.html"])
@pytest.mark.parametrize("command", ["text", "inspect", "build"])
def test_an_empty_file_is_an_error_for_every_command(tmp_path, name, command):
    path = tmp_path / name
    path.write_bytes(b"")
    result = runner.invoke(app, [command, str(path), *(["--out", str(tmp_path / "out")] if command == "build" else [])])
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}: the file is empty\n"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_file_of_blank_lines_has_no_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n\t\n")
    for command in ("text", "inspect"):
        result = runner.invoke(app, [command, str(path)])
        assert (result.exit_code, result.stderr) == (2, f"error: {path}: no text found\n")


def test_the_size_limit_can_be_raised_or_lowered(tmp_path, monkeypatch):
    from reportgen.limits import MAX_INPUT_ENV

    monkeypatch.delenv(MAX_INPUT_ENV, raising=False)
    release = tmp_path / "release.txt"
    release.write_text(HOSTILE * 4, encoding="utf-8")  # 2,140 bytes: 2.09 kB
    result = runner.invoke(app, ["--max-input-mb", "0.002", "text", str(release)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {release}: 2.09 kB is too large (the limit is 2.05 kB; "
                             "raise it with --max-input-mb)\n")
    monkeypatch.setenv(MAX_INPUT_ENV, "0.002")
    assert runner.invoke(app, ["text", str(release)]).exit_code == 2
    assert runner.invoke(app, ["--max-input-mb", "1", "text", str(release)]).exit_code == 0
    # the size and the limit printed apart, never '8 MB is too large (the limit is 8 MB)'
    from reportgen.limits import set_input_limit
    from reportgen.readers.files import check_size

    set_input_limit(None)  # the command line's --max-input-mb of the runs above
    mb = 1024 * 1024
    with pytest.raises(InputError, match=r"9\.03 MB is too large \(the limit is 8 MB;"):
        monkeypatch.setenv(MAX_INPUT_ENV, "8")
        check_size("x.txt", int(9.03 * mb))
    with pytest.raises(InputError, match=r"8\.004 MB is too large \(the limit is 8 MB;"):
        check_size("x.txt", int(8.004 * mb))
    monkeypatch.setenv(MAX_INPUT_ENV, "lots")
    result = runner.invoke(app, ["text", str(release)])
    assert result.exit_code == 2 and "REPORTGEN_MAX_INPUT_MB='lots'" in result.stderr


def _user_templates(tmp_path):
    mine = tmp_path / "mine"
    assert runner.invoke(app, ["templates", "export", str(mine)]).exit_code == 0
    return mine


def test_a_template_cannot_reach_python_internals(tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    mine = _user_templates(tmp_path)
    (mine / "investor.html").write_text(
        '{% extends "!builtin/investor.html" %}\n'
        "{% block content %}{{ ''.__class__.__mro__[1].__subclasses__() }}{% endblock %}\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(release), "--out", str(out), "--format", "html,pdf", "--audience", "investor",
                                 "--templates", str(mine)])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"error: template {mine / 'investor.html'}, line 2: access to attribute '__class__'")
    assert "unsafe" in result.stderr and result.stderr.count("\n") == 1
    assert not out.exists() or not any(out.iterdir())


def test_a_word_template_cannot_reach_python_internals(tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    mine = _user_templates(tmp_path)
    doc = DocxDocument(mine / "investor.docx")
    doc.add_paragraph("{{ briefing.__class__.__init__.__globals__ }}")
    doc.save(mine / "investor.docx")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(release), "--out", str(out), "--format", "docx", "--audience", "investor",
                                 "--templates", str(mine)])
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith(f"error: template {mine / 'investor.docx'}, paragraph ")
    assert "unsafe" in result.stderr
    assert not out.exists() or not any(out.glob("*.docx"))


def test_a_template_cannot_change_the_briefing_it_shows(tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(HOSTILE, encoding="utf-8")
    mine = _user_templates(tmp_path)
    (mine / "investor.html").write_text(
        '{% extends "!builtin/investor.html" %}\n'
        "{% block content %}{{ briefing.keywords.append('injected') }}{% endblock %}\n")
    result = runner.invoke(app, ["build", str(release), "--out", str(tmp_path / "out"), "--format", "html",
                                 "--audience", "investor", "--templates", str(mine)])
    assert result.exit_code == 4 and "line 2" in result.stderr and "unsafe" in result.stderr
