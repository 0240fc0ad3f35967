"""Lay out a rendered DOCX the way a typesetter would, after docxtpl has filled the template in.

docxtpl repeats rows and cells but cannot know how wide their text is, so a table comes out with
the template's equal columns: labels wrap over five lines while figures float in wide cells. Here,
on the python-docx document:

- every table gets columns sized from its content (the text of each column measured in Calibri's
  widths, which Carlito shares), the CSS automatic table layout in short: each column gets its
  longest word, and what is left of the text column goes to the columns with more to say;
  the table is never wider than the text column;
- columns of figures are right-aligned, header cell included;
- the header row repeats on every page the table spans (w:tblHeader), no row is split across
  pages (w:cantSplit), a short table is kept in one piece with its caption (keep-with-next on
  every row but the last), a longer one keeps its caption, header and first two rows together and
  never leaves its last row alone;
- a row with text in its first cell only (a group heading of a release's table) spans the table;
- a paragraph that holds only a picture is kept with a caption that follows it.

Nothing here changes a style: a user's template (restyled in Word) keeps its look.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Optional

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

TWIPS_PER_PT = 20
CELL_PADDING = 2 * 108 + 30  # Word's default left and right cell margins (0.075 in each), and a little air
KEEP_TOGETHER_ROWS = 8  # a table of at most this many rows is kept on one page (and with its caption)

# Advance widths (1/1000 em) of Calibri, which the metric-compatible Carlito shares, for the
# characters of release text; anything else counts as ~0.55 em.
_CHARS = (" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
          "–—‘’“”•·€£¥™®©†§°±×")
_REGULAR = [226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507,
            507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488, 459, 631,
            623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307,
            386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527,
            525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498, 498, 905, 250, 250, 418,
            418, 498, 252, 507, 507, 507, 705, 507, 834, 498, 498, 339, 498, 498]
_BOLD = [226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507,
         507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529, 630, 488, 459, 637, 631, 267,
         331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430, 325, 498,
         498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399,
         347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498, 498, 905, 258, 258, 435, 435, 498, 268, 507, 507,
         507, 720, 507, 834, 498, 498, 342, 498, 498]
WIDTHS = {False: dict(zip(_CHARS, _REGULAR)), True: dict(zip(_CHARS, _BOLD))}
OTHER_CHAR = 550

_FIGURE = re.compile(r"^[\s(+\-−–—~<>≤≥=]*([$€£¥]|[A-Z]{1,3}\$|p\s*[=<>≤]|n\s*=)?\s*[\d.,]+|^[—–-]$|^(n/?a|nm|ns)$",
                     re.IGNORECASE)


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of `text` in twips, set in Calibri (Carlito) at `size_pt`."""
    table = WIDTHS[bool(bold)]
    return sum(table.get(ch, OTHER_CHAR) for ch in text) * size_pt * TWIPS_PER_PT / 1000


def _style_value(style, getter) -> Optional[object]:
    while style is not None:
        value = getter(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def _run_size_bold(run, paragraph: Paragraph) -> tuple[float, bool]:
    style = paragraph.style
    size = run.font.size or _style_value(style, lambda s: s.font.size)
    bold = run.bold if run.bold is not None else _style_value(style, lambda s: s.font.bold)
    points = size.pt if size is not None else 10.0
    if run.font.superscript or run.font.subscript:
        points *= 0.65
    return points, bool(bold)


def paragraph_extent(paragraph: Paragraph) -> tuple[float, float]:
    """(longest word, whole text) of a paragraph, in twips."""
    words: list[float] = [0.0]
    whole = 0.0
    for run in paragraph.runs:
        size, bold = _run_size_bold(run, paragraph)
        for i, piece in enumerate(re.split(r"(\s+)", run.text)):
            width = text_width(piece, size, bold)
            whole += width
            if i % 2:  # a space ends a word
                words.append(0.0)
            else:
                words[-1] += width  # runs of one word (a figure and its note number) add up
    return max(words), whole


def _cell_extent(cell_element) -> tuple[float, float]:
    low = high = 0.0
    for p in cell_element.iter(qn("w:p")):
        paragraph = Paragraph(p, None)
        try:
            word, whole = paragraph_extent(paragraph)
        except Exception:  # a paragraph python-docx cannot resolve the style of: count its text plainly
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            word = max((text_width(w, 9) for w in text.split()), default=0.0)
            whole = text_width(text, 9)
        low, high = max(low, word), max(high, whole)
    return low + CELL_PADDING, high + CELL_PADDING


def column_widths(mins: list[float], maxs: list[float], available: float) -> list[int]:
    """Column widths in twips summing to `available`: CSS's automatic table layout.

    Every column gets its longest word (its minimum); when the whole text of every column fits,
    the spare room is shared out in proportion to it; otherwise the room above the minimums goes
    to each column in proportion to what it lacks. When even the minimums do not fit, they shrink
    in proportion (a long word then breaks).
    """
    n = len(mins)
    if not n:
        return []
    maxs = [max(a, b) for a, b in zip(mins, maxs)]
    if sum(maxs) <= available:
        total = sum(maxs) or 1.0
        widths = [m * available / total for m in maxs]
    elif sum(mins) <= available:
        spare = available - sum(mins)
        wanted = sum(b - a for a, b in zip(mins, maxs)) or 1.0
        widths = [a + (b - a) * spare / wanted for a, b in zip(mins, maxs)]
    else:
        total = sum(mins)
        widths = [m * available / total for m in mins]
    ints = [int(w) for w in widths]
    ints[0] += int(available) - sum(ints)  # rounding: the label column takes the odd twips
    return ints


_TBLPR_ORDER = ["w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"]
_TRPR_ORDER = ["w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
               "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"]


def _ordered(parent, tag: str, order: list[str], **attrs):
    """Set child `tag` of a property element keeping the schema's order (Word refuses others)."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        rank = order.index(tag)
        after = [c for c in parent if c.tag in {qn(t) for t in order[rank + 1:]}]
        if after:
            after[0].addprevious(child)
        else:
            parent.append(child)
    for key, value in attrs.items():
        child.set(qn(key), str(value))
    return child


def _is_figure(text: str) -> bool:
    text = text.strip()
    return bool(text) and bool(_FIGURE.match(text))


def _cells(tr) -> list:
    return tr.findall(qn("w:tc"))


def _cell_text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t")))


def _span(tc) -> int:
    pr = tc.find(qn("w:tcPr"))
    span = pr.find(qn("w:gridSpan")) if pr is not None else None
    return int(span.get(qn("w:val"))) if span is not None else 1


def _paragraphs(tr) -> Iterable:
    return tr.iter(qn("w:p"))


def _keep_with_next(p, on: bool = True) -> None:
    ppr = p.get_or_add_pPr()
    ppr.keepNext_val = on


def merge_group_rows(tbl) -> None:
    """A row with text in its first cell only (a group heading of a release's table: 'COSTS AND
    EXPENSES') becomes one cell across the table, as its HTML row spans the columns."""
    rows = tbl.findall(qn("w:tr"))
    for tr in rows[1:]:
        cells = _cells(tr)
        if len(cells) < 2 or not _cell_text(cells[0]).strip() or any(_cell_text(c).strip() for c in cells[1:]):
            continue
        if any(c.find(".//" + qn("w:drawing")) is not None for c in cells):
            continue
        span = sum(_span(c) for c in cells)
        for cell in cells[1:]:
            tr.remove(cell)
        tcPr = cells[0].get_or_add_tcPr()
        grid_span = tcPr.find(qn("w:gridSpan"))
        if grid_span is None:
            grid_span = OxmlElement("w:gridSpan")
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is not None:
                tcW.addnext(grid_span)
            else:
                tcPr.insert(0, grid_span)
        grid_span.set(qn("w:val"), str(span))


def layout_table(tbl, available: int) -> None:
    """Content-sized columns, right-aligned figures, header row, unsplit rows (see the module doc)."""
    merge_group_rows(tbl)
    rows = tbl.findall(qn("w:tr"))
    if not rows:
        return
    ncols = max(sum(_span(tc) for tc in _cells(tr)) for tr in rows)
    if ncols == 0:
        return
    mins, maxs = [0.0] * ncols, [0.0] * ncols
    figures = [[0, 0] for _ in range(ncols)]  # per column: (figure cells, other non-empty cells), header row aside
    for r, tr in enumerate(rows):
        col = 0
        for tc in _cells(tr):
            span = _span(tc)
            if span == 1 and col < ncols:
                low, high = _cell_extent(tc)
                mins[col], maxs[col] = max(mins[col], low), max(maxs[col], high)
                text = _cell_text(tc).strip()
                if r and text:
                    figures[col][0 if _is_figure(text) else 1] += 1
            col += span
    widths = column_widths(mins, maxs, available)

    tblPr = tbl.find(qn("w:tblPr"))
    if tblPr is None:
        tblPr = OxmlElement("w:tblPr")
        tbl.insert(0, tblPr)
    _ordered(tblPr, "w:tblW", _TBLPR_ORDER, **{"w:w": sum(widths), "w:type": "dxa"})
    _ordered(tblPr, "w:tblLayout", _TBLPR_ORDER, **{"w:type": "fixed"})
    grid = tbl.find(qn("w:tblGrid"))
    if grid is None:
        grid = OxmlElement("w:tblGrid")
        tblPr.addnext(grid)
    for old in list(grid):
        grid.remove(old)
    for width in widths:
        gc = OxmlElement("w:gridCol")
        gc.set(qn("w:w"), str(width))
        grid.append(gc)

    right = [c > 0 and figures[c][0] > 0 and figures[c][0] >= figures[c][1] for c in range(ncols)]
    keep_whole = len(rows) <= KEEP_TOGETHER_ROWS
    for r, tr in enumerate(rows):
        trPr = tr.get_or_add_trPr()
        _ordered(trPr, "w:cantSplit", _TRPR_ORDER)
        if r == 0 and len(rows) > 2:
            _ordered(trPr, "w:tblHeader", _TRPR_ORDER)
        col = 0
        for tc in _cells(tr):
            span = _span(tc)
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(1 if tcPr.find(qn("w:cnfStyle")) is not None else 0, tcW)
            tcW.set(qn("w:w"), str(sum(widths[col:col + span])))
            tcW.set(qn("w:type"), "dxa")
            if span == 1 and col < ncols and right[col]:
                for p in tc.iter(qn("w:p")):
                    p.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.RIGHT
            col += span
        # keep a short table in one piece (and with the caption above it); a longer one keeps its
        # header with the first two rows, and never leaves its last row alone on a page
        if (keep_whole and r < len(rows) - 1) or r < 2 or r == len(rows) - 2:
            for p in _paragraphs(tr):
                _keep_with_next(p)


def text_column_width(section) -> int:
    """The width of a section's text column, in twips."""
    return int((section.page_width - section.left_margin - section.right_margin) / 635)


def keep_pictures_with_captions(document) -> None:
    """A paragraph holding only a picture is kept with a caption paragraph that follows it."""
    body = document.element.body
    for p in body.iter(qn("w:p")):
        if p.find(".//" + qn("w:drawing")) is None or _text_of(p).strip():
            continue
        following = p.getnext()
        if following is not None and following.tag == qn("w:p"):
            style = following.find(qn("w:pPr") + "/" + qn("w:pStyle"))
            if style is not None and "caption" in (style.get(qn("w:val")) or "").lower():
                _keep_with_next(p)


def _text_of(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def layout(document) -> None:
    """Lay out every table of the document's body and keep pictures with their captions."""
    section = document.sections[-1]
    available = text_column_width(section)
    for tbl in document.element.body.iter(qn("w:tbl")):
        if tbl.getparent() is not None and tbl.getparent().tag == qn("w:tc"):
            continue  # a nested table keeps what its cell gives it
        layout_table(tbl, available)
    keep_pictures_with_captions(document)
