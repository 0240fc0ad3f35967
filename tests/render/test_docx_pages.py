"""DOCX briefings laid out into pages by LibreOffice (Debian's libreoffice-writer-nogui, with the
Carlito and Caladea fonts that share Calibri's and Cambria's metrics), as a Word user sees them:
page counts, the press summary on one page for every corpus release, and no word outside the text
column (no table wider than the column, nothing overflowing). `make test` installs LibreOffice
(scripts/system-deps.sh); without it these tests fail, they never skip.

LibreOffice is slow to start, so every document is converted in one run, once per test session:
the first pytest-xdist worker converts, the others wait on a lock file and read its results.
"""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from reportgen.pipeline import build_release
from reportgen.render import RenderOptions
from scripts.office import docx_to_pdf, page_count, soffice
from tests.conftest import SAMPLE_RELEASE, shared_path

pytestmark = pytest.mark.slow

SEARS = "2004-07-22_sears_prnewswire-firstcall_ex99.txt"
# corpus releases whose investor and medical briefings are looked at too: clinical and financial
FULL = ["2025-02-13_ideaya_prnewswire.md", "2025-02-12_ascendis-pharma_globenewswire.md",
        "2022-04-28_caterpillar_ex991.htm", SEARS]
# measured before issue 13 (equal columns, DejaVu, one chart picture): 6, 5, 2 and 6 pages
MAX_PAGES = {"epicept-ceplene-2007-12-10-investor": 5, "epicept-ceplene-2007-12-10-medical": 4,
             "epicept-ceplene-2007-12-10-press": 1, "2004-07-22-sears-prnewswire-firstcall-ex99-investor": 4}


def corpus_releases() -> list[Path]:
    return sorted(p for p in shared_path("corpus", "releases").iterdir() if p.name != "MANIFEST.tsv")


def _convert(folder: Path) -> dict:
    """Build the DOCX briefings, lay them out with LibreOffice; {name: {pages, words...}}."""
    if soffice() is None or shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.fail("LibreOffice and pdftotext are needed: make test installs them "
                    "(apt-get install libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito "
                    "fonts-crosextra-caladea)")
    written: list[Path] = []
    options = RenderOptions()
    written += build_release(SAMPLE_RELEASE, folder, ["investor", "medical", "press"], ["docx"], options).written
    for release in corpus_releases():
        audiences = ["investor", "medical", "press"] if release.name in FULL else ["press"]
        written += build_release(release, folder, audiences, ["docx"], options).written
    # on US Letter too (shorter paper): the press summaries of the sample and of the longest one
    letter = RenderOptions(paper="letter")
    for release in (SAMPLE_RELEASE, shared_path("corpus", "releases", "2025-02-13_ideaya_prnewswire.md")):
        for path in build_release(release, folder / "letter", ["press"], ["docx"], letter).written:
            written.append(path.rename(folder / f"letter-{path.name}"))
    written.append(_too_wide(folder / "canary-too-wide.docx", written[0]))
    pdfs = docx_to_pdf(written, folder / "pdf")
    results = {}
    for source, pdf in zip(written, pdfs):
        section = docx.Document(source).sections[-1]
        results[source.stem] = {
            "pages": page_count(pdf),
            "left": section.left_margin.pt, "right": section.right_margin.pt,
            "words": words(pdf),
            "fonts": fonts(pdf),
        }
    return results


def _too_wide(path: Path, briefing: Path) -> Path:
    """A briefing whose first table is made 1.5 times as wide as the text column: the checks below
    must see it (they can fail)."""
    from docx.oxml.ns import qn

    document = docx.Document(briefing)
    table = document.tables[0]._tbl
    for col in table.find(qn("w:tblGrid")).findall(qn("w:gridCol")):
        col.set(qn("w:w"), str(int(int(col.get(qn("w:w"))) * 1.5)))
    for tcw in table.iter(qn("w:tcW")):
        tcw.set(qn("w:w"), str(int(int(tcw.get(qn("w:w"))) * 1.5)))
    width = table.find(qn("w:tblPr")).find(qn("w:tblW"))
    width.set(qn("w:w"), str(int(int(width.get(qn("w:w"))) * 1.5)))
    document.save(path)
    return path


def fonts(pdf: Path) -> list[str]:
    """The fonts LibreOffice laid the document out in (pdffonts), subset prefixes dropped."""
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    return sorted({line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()})


def words(pdf: Path) -> list:
    """[(page, page width, page height, xMin, yMin, xMax, yMax, word)] from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), 1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            out.append((number, width, height, *map(float, m.groups()[:4]), m.group(5)))
    return out


@pytest.fixture(scope="session")
def laid_out(tmp_path_factory, worker_id):
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    folder = shared / "docx-pages"
    done = shared / "docx-pages.json"
    with open(shared / "docx-pages.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            folder.mkdir(exist_ok=True)
            done.write_text(json.dumps(_convert(folder)))
    return json.loads(done.read_text())


def test_page_counts_of_the_sample_and_sears(laid_out):
    pages = {name: laid_out[name]["pages"] for name in MAX_PAGES}
    assert all(pages[name] <= limit for name, limit in MAX_PAGES.items()), pages


@pytest.mark.parametrize("name", ["epicept-ceplene-2007-12-10-investor", "epicept-ceplene-2007-12-10-press"])
def test_laid_out_in_the_metric_twins_of_calibri_and_cambria(laid_out, name):
    """Calibri and Cambria, which a Linux machine lacks, are set in Carlito and Caladea (the same
    widths: Word's line and page breaks); nothing falls back to another font. (OpenSymbol: the
    bullets of List Bullet, Symbol in Word.)"""
    used = set(laid_out[name]["fonts"])
    assert {"Carlito", "Carlito-Bold", "Caladea-Regular"} <= used
    assert used <= {"Carlito", "Carlito-Bold", "Carlito-Italic", "Caladea-Regular", "Caladea-Bold",
                    "Caladea-Italic", "OpenSymbol"}, used


def test_press_summary_is_one_page_in_word_for_every_release(laid_out):
    press = {name: info["pages"] for name, info in laid_out.items() if name.endswith("-press")}
    assert len(press) == len(corpus_releases()) + 1 + 2  # the corpus and the sample, two on Letter
    assert {name: n for name, n in press.items() if n != 1} == {}


def test_no_word_lies_outside_the_text_column(laid_out):
    """Tables no wider than the column, no long word or picture running into the margin: every word
    LibreOffice placed (body, tables, header and footer) lies between the left and right margins."""
    outside = []
    for name, info in laid_out.items():
        if name.startswith("canary"):
            continue
        for page, width, height, x0, y0, x1, y1, word in info["words"]:
            if x0 < info["left"] - 1.5 or x1 > width - info["right"] + 1.5 or y0 < 0 or y1 > height:
                outside.append((name, page, word, round(x0), round(x1)))
    assert outside == []


def test_the_column_check_sees_a_table_too_wide(laid_out):
    info = laid_out["canary-too-wide"]
    assert any(x1 > width - info["right"] + 1.5 for _p, width, _h, _x0, _y0, x1, _y1, _w in info["words"])


def test_long_briefings_are_all_laid_out(laid_out):
    """Every investor and medical briefing looked at has pages, and none runs away."""
    for release in FULL:
        stem = Path(release).stem.replace("_", "-").replace(".", "-")
        found = [name for name in laid_out if name.startswith(stem[:20]) and not name.endswith("-press")]
        assert len(found) == 2, (release, found)
        assert all(1 <= laid_out[name]["pages"] <= 8 for name in found), {n: laid_out[n]["pages"] for n in found}
