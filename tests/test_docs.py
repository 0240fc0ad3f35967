"""docs/new-audience.md works exactly as written: its files are written as shown, its commands run
as shown (the venv's `reportgen` on PATH, from a copy of the repository's inputs), and what it says
they write is there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # renders PDF and DOCX
DOC = ROOT / "docs" / "new-audience.md"
BLOCK = re.compile(r"```(\w+)([^\n]*)\n(.*?)```", re.S)


def blocks():
    return [(m.group(1), m.group(2), m.group(3)) for m in BLOCK.finditer(DOC.read_text(encoding="utf-8"))]


def test_new_audience_doc_runs_as_written(tmp_path):
    (tmp_path / "inputs").symlink_to(ROOT / "inputs")
    files = 0
    for _lang, info, text in blocks():
        title = re.search(r'title="([^"]+)"', info)
        if title:
            path = tmp_path / title.group(1)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files += 1
    assert files == 2
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    commands = [line for lang, _info, text in blocks() if lang == "sh" for line in text.splitlines() if line.strip()]
    assert len(commands) == 3
    for command in commands:
        proc = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, (command, proc.stderr)
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [f"epicept-ceplene-2007-12-10-board.{f}" for f in ("docx", "html", "pdf")]
    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(out / "epicept-ceplene-2007-12-10-board.pdf")).pages)
    assert "Board summary" in pdf_text and "Prepared for the board." in pdf_text
    doc = DocxDocument(str(out / "epicept-ceplene-2007-12-10-board.docx"))
    assert doc.core_properties.subject == "Board summary"


def test_the_doc_names_only_files_that_exist():
    text = DOC.read_text(encoding="utf-8")
    for path in re.findall(r"`((?:reportgen|templates|tests|scripts)/[\w/.-]+\.(?:py|html|docx|md))`", text):
        assert (ROOT / path).exists(), path
