"""Pictures of every page, for a person to look at: `make look` (or python scripts/look.py RELEASE...).

For the sample release (and any releases given), builds every audience's briefing as PDF, DOCX and
HTML through `reportgen build`'s own pipeline, then writes into the folder (default out/look):

    <release>/<audience>-pdf-<n>.png     each page of the PDF (pdftoppm)
    <release>/<audience>-docx-<n>.png    each page of the DOCX as LibreOffice lays it out (what a
                                         Word user sees: Calibri/Cambria are Carlito/Caladea here)
    <release>/<audience>-screen-390.png, -screen-1280.png
                                         the HTML in headless Chromium, phone and desktop widths

and prints the page counts. Needs poppler-utils, libreoffice-writer-nogui and chromium
(scripts/system-deps.sh installs them); the screenshots need Playwright (installed with the test
extras) and are skipped with a note when it is missing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.office import docx_to_pdf, page_count, pdf_to_pngs  # noqa: E402

SAMPLE = ROOT / "inputs" / "epicept-ceplene-2007-12-10" / "release.txt"


def screenshots(html_files: list[Path], folder_of) -> None:
    try:
        from playwright.sync_api import sync_playwright

        from tests.browser import FLAGS
    except ImportError:
        print("note: no screenshots of the HTML (pip install playwright, or make test, installs it)")
        return
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("note: no screenshots of the HTML (apt-get install chromium)")
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        for html in html_files:
            for width in (390, 1280):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(html.as_uri())
                page.screenshot(path=str(folder_of(html) / f"{html.stem.rsplit('-', 1)[-1]}-screen-{width}.png"),
                                full_page=True)
                page.close()
        browser.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", nargs="*", type=Path, help="releases besides the sample")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "look", help="folder for the pictures")
    parser.add_argument("--width", type=int, default=1000, help="page picture width in pixels")
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"))
    args = parser.parse_args(argv)

    from reportgen.briefings import AUDIENCES
    from reportgen.pipeline import build_release, release_slug
    from reportgen.render import RenderOptions

    options = RenderOptions(paper=args.paper)
    build = args.out / "documents"
    rows = []
    docx_files, html_files = [], []
    for release in [SAMPLE, *args.releases]:
        slug = release_slug(release)
        folder = args.out / slug
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        written = build_release(release, build, list(AUDIENCES), ["pdf", "docx", "html"], options).written
        for path in written:
            audience = path.stem[len(slug) + 1:]
            if path.suffix == ".pdf":
                pages = pdf_to_pngs(path, folder / f"{audience}-pdf", args.width)
                rows.append((slug, audience, "pdf", len(pages)))
            elif path.suffix == ".docx":
                docx_files.append(path)
            elif path.suffix == ".html":
                html_files.append(path)
    for source, pdf in zip(docx_files, docx_to_pdf(docx_files, build / "docx-as-pdf")):
        slug = next(release_slug(r) for r in [SAMPLE, *args.releases] if source.stem.startswith(release_slug(r)))
        audience = source.stem[len(slug) + 1:]
        pdf_to_pngs(pdf, args.out / slug / f"{audience}-docx", args.width)
        rows.append((slug, audience, "docx", page_count(pdf)))
    screenshots(html_files, lambda html: args.out / next(release_slug(r) for r in [SAMPLE, *args.releases]
                                                         if html.stem.startswith(release_slug(r))))
    for slug, audience, fmt, pages in sorted(rows):
        print(f"{slug}  {audience:<9} {fmt:<5} {pages} page{'s' if pages != 1 else ''}")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"pictures of every page in {shown}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
