"""Which main-content extractor finds the release on a wire's web page: the reader's own rules
(reportgen/readers/webpage.py) against trafilatura and readability-lxml, on the corpus's
PR Newswire and GlobeNewswire pages of 2019-2026.

Run: .venv/bin/python bench/bench_main_content.py [-v]   (trafilatura and readability-lxml are not
dependencies of reportgen: install them beside it to measure them; those missing are skipped)

The release's paragraphs are taken, for this measurement only, from each wire's own markup (PR
Newswire: the dateline paragraph to the `SOURCE` line; GlobeNewswire: `#main-body-container`),
Cloudflare's e-mails decoded, photo captions and in-page links ("Continue Reading") left out.
recall: share of the release's characters whose paragraph the extractor gives; complete: pages
where it gives every paragraph; extra: lines it gives that are not the release's (the headline and
deck count as extra here: they are printed above the body).

Measured on 39 pages (trafilatura 2.3.1, readability-lxml 0.9):
  own (webpage.py)   recall 0.999  complete 33/39  extra lines 151: the headline and deck, "News provided by"
                                                   and the wire's time stamp (furniture the wire rules read)
  trafilatura        recall 0.990  complete 23/39  extra lines  59: loses the dateline paragraph of 2 pages, list
                                                   items, contact lines; gives plain text or its own XML
  readability-lxml   recall 0.699  complete  0/39  extra lines  12: loses the first paragraph (the dateline),
                                                   "About" headings and contact blocks
Before the rules of webpage.py the reader's own column gave every paragraph of 33 of 40 pages too, but
485 lines of chrome with them (skip links, widgets, "related" lists, language pickers).
The own column's misses are table captions (read as the table's caption, not a paragraph) and a widget.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen.readers.files import decode_text  # noqa: E402
from reportgen.readers.html import read_html  # noqa: E402
from reportgen.readers.webpage import decode_cloudflare_emails  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "releases-dev"
_BLOCKS = ("p", "li", "td", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "pre")


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def _leaf(e) -> bool:
    return not any(isinstance(c.tag, str) and c.tag in _BLOCKS and c.text_content().strip() for c in e.iter() if c is not e)


def gold(html: str, name: str):
    """The release's paragraphs by the wire's own markup (for this measurement only)."""
    root = lxml.html.document_fromstring(html)
    decode_cloudflare_emails(root)  # the addresses as the page shows them
    for s in root.iter("script", "style", "noscript", "figure"):
        s.drop_tree()  # a photo's caption is not the release's text
    for a in root.xpath("//a[starts-with(@href, '#')]"):
        if a.text_content().strip().lower().startswith("continue"):
            a.drop_tree()  # "Continue Reading": a link to further down the page
    if "prnewswire" in name:
        out, on = [], False
        for e in root.iter("p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "div"):
            t = " ".join(e.text_content().split())
            if not t or not _leaf(e):
                continue
            on = on or "/PRNewswire/" in t
            if on:
                out.append(t)
                if t.startswith("SOURCE "):
                    return out
        return None
    if "globenewswire" in name:
        body = root.get_element_by_id("main-body-container", None)
        if body is None:
            return None
        return [" ".join(e.text_content().split()) for e in body.iter("p", "li", "td", "th", "h1", "h2", "h3", "h4", "pre")
                if _leaf(e) and e.text_content().strip()]
    return None


def own(html: str) -> str:
    return "\n".join(b.text if b.kind != "table" else " ".join(" ".join(r) for r in b.table.rows) for b in read_html(html).blocks)


def extractors():
    out = {"own": own}
    try:
        import trafilatura

        out["trafilatura"] = lambda html: trafilatura.extract(html, include_tables=True, include_comments=False) or ""
    except ImportError:
        pass
    try:
        from readability import Document

        def readable(html: str) -> str:
            tree = lxml.html.fromstring(Document(html).summary(html_partial=True))
            return "\n".join(" ".join(e.text_content().split()) for e in tree.iter("p", "h1", "h2", "h3", "h4", "li", "td", "div")
                             if e.text and e.text.strip())

        out["readability"] = readable
    except ImportError:
        pass
    return out


def main(verbose: bool = False) -> None:
    pages = []
    for f in sorted(CORPUS.glob("20[12]*.html")):
        html = decode_text(f.read_bytes())
        g = gold(html, f.name)
        if g:
            pages.append((f.name, html, g))
    results = {name: [] for name in extractors()}
    for fname, html, g in pages:
        gn = [_norm(x) for x in g]
        whole = "".join(gn)
        for name, extract in extractors().items():
            text = extract(html)
            found = _norm(text)
            got = sum(len(x) for x in gn if x[:80] in found) / sum(len(x) for x in gn)
            extra = [l for l in text.split("\n") if len(_norm(l)) > 2 and _norm(l)[:60] not in whole]
            missed = [x[:60] for x, n in zip(g, gn) if n[:80] not in found]
            results[name].append((got, extra))
            if verbose and (missed or extra):
                print(f"{fname} {name}: recall {got:.2f}; missed {missed[:4]}; extra {[e[:40] for e in extra[:6]]}")
    for name, rows in results.items():
        print(f"{name:12} recall {statistics.mean(r[0] for r in rows):.3f}  complete {sum(r[0] > 0.999 for r in rows)}/{len(rows)}"
              f"  extra lines {sum(len(r[1]) for r in rows)}")


if __name__ == "__main__":
    main("-v" in sys.argv)
