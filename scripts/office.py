"""Look at DOCX briefings the way a Word user does: LibreOffice lays them out into PDF pages.

Used by `make look` (scripts/look.py) and by the tests that check DOCX layout
(tests/render/test_docx_layout_office.py). Needs Debian's libreoffice-writer-nogui (soffice) and,
for pictures, poppler-utils (pdftoppm); scripts/system-deps.sh installs both.

Each call starts its own LibreOffice with a profile of its own in a temporary folder, so several
conversions (pytest-xdist workers, other users on the machine) never share a running instance.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Optional


def soffice() -> Optional[str]:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_files: Iterable[Path], out_dir: Path, timeout: float = 240) -> list[Path]:
    """Convert DOCX files to PDF with one headless LibreOffice run; the PDFs, in the same order."""
    files = [Path(f).resolve() for f in docx_files]
    if not files:
        return []
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice (soffice) not found: apt-get install libreoffice-writer-nogui")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reportgen-lo-") as profile:
        subprocess.run([binary, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", str(out_dir),
                        *map(str, files)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    pdfs = [out_dir / (f.stem + ".pdf") for f in files]
    missing = [p.name for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no PDF for {', '.join(missing)}")
    return pdfs


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def pdf_to_pngs(pdf: Path, prefix: Path, width: int = 1000) -> list[Path]:
    """Every page of a PDF as `<prefix>-<n>.png` (pdftoppm), `width` pixels wide."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("pdftoppm not found: apt-get install poppler-utils")
    prefix.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([pdftoppm, "-png", "-scale-to-x", str(width), "-scale-to-y", "-1", str(pdf), str(prefix)],
                   check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))
