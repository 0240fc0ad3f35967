"""HTML releases (SEC EX-99.1 exhibits, wire web pages, newsroom fragments) -> blocks.

Parsed with lxml (a real HTML parser), never with regular expressions on markup. The reader decides
only what the markup says:
- where a paragraph begins and ends (block elements, double `<br>`), what is a heading (`<h1>`-`<h6>`,
  a paragraph whose text is all bold), what is a list item, what is a table;
- which part of a web page is the release (`main_content`, after `webpage` dropped the site's
  chrome): when the headline stands outside the release body, the release runs from it to the body's end;
- tables: a layout table (one cell of text per row, or cells holding paragraphs) is unwrapped into
  paragraphs; a small table whose cells hold contacts (e-mails, phones) becomes one contact block per
  column; every other table is kept as a `Table`, spacer columns removed and `$` / `)` / `%` cells
  joined to their numbers.
The page's `<title>`, `og:title` and date metadata are returned with the blocks (`Read`).
"""

from __future__ import annotations

import re
from typing import Optional

import lxml.html
from lxml import etree

from reportgen.model import Table
from reportgen.readers.blocks import Block, Read
from reportgen.readers.markdown import is_wrapped_release
from reportgen.readers.rules.contact_blocks import is_contact_label
from reportgen.readers.rules.contacts import EMAIL, PHONE, is_person_name
from reportgen.readers.rules.dates import iso_date as rules_iso_date
from reportgen.readers.webpage import (
    clean as _clean,
)
from reportgen.readers.webpage import (
    decode_cloudflare_emails,
    drop_chrome_by_content,
    drop_site_chrome,
    drop_tags_and_hidden,
    is_chrome_class,
    iso_date,
    json_ld_date,
    release_region,
    time_element_date,
)
from reportgen.readers.wire_text import RULE_LINE, blocks_from_text

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "blockquote", "pre",
    "center", "hr", "address", "figure", "figcaption", "caption", "form", "fieldset", "span-block",
}
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
_C1_REF = re.compile(r"&#(1[2-5]\d);|&#x([89][0-9a-f]);", re.I)
_BULLET = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2219\u25a0\u25a1\u2013\u2014o\-\*]\s*$")
_BULLET_LEAD = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2219\u25a0]\s*")


def decode_c1_references(html: str) -> str:
    """`&#151;` and raw C1 control characters are Windows-1252 in old SEC HTML: `&#151;` is an em dash."""

    def ref(m: re.Match) -> str:
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        return _cp1252(code)

    html = _C1_REF.sub(ref, html)
    return re.sub(r"[\x80-\x9f]", lambda m: _cp1252(ord(m.group(0))), html)


def _cp1252(code: int) -> str:
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


# the Symbol font's characters as the 1990s' saved pages print them (`<FONT FACE="Symbol">&#212;</FONT>`
# is a trademark sign, `&#190;` the long dash of a dateline): its punctuation, signs and Greek letters
_SYMBOL_FONT = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03d5\u03ba\u03bb\u03bc"
               "\u03bd\u03bf\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03d6\u03c9\u03be\u03c8\u03b6")),
    **dict(zip("ABCDEFGHIKLMNOPQRSTUWXYZ", "\u0391\u0392\u03a7\u0394\u0395\u03a6\u0393\u0397\u0399\u039a\u039b\u039c"
               "\u039d\u039f\u03a0\u0398\u03a1\u03a3\u03a4\u03a5\u03a9\u039e\u03a8\u0396")),
    "\u00a3": "\u2264", "\u00b0": "\u00b0", "\u00b1": "\u00b1", "\u00b3": "\u2265", "\u00b4": "\u00d7", "\u00b7": "\u2022",
    "\u00b8": "\u00f7", "\u00b9": "\u2260", "\u00bb": "\u2248", "\u00bc": "\u2026", "\u00be": "\u2014", "\u00ae": "\u2192",
    "\u00d2": "\u00ae", "\u00d3": "\u00a9", "\u00d4": "\u2122", "\u00e2": "\u00ae", "\u00e3": "\u00a9", "\u00e4": "\u2122",
}
_SYMBOL_TABLE = str.maketrans(_SYMBOL_FONT)


def decode_symbol_font(root) -> None:
    """Text set in the Symbol font (`<font face="Symbol">`) as the characters it shows."""
    for el in root.iter("font"):
        if (el.get("face") or "").strip().lower() == "symbol":
            for node in el.iter():
                if isinstance(node.tag, str) and node.text:
                    node.text = node.text.translate(_SYMBOL_TABLE)
                if node is not el and node.tail:
                    node.tail = node.tail.translate(_SYMBOL_TABLE)


def parse_html(html: str):
    html = decode_c1_references(html)
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        root = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    return root


# the site's name before or after the headline in a page's <title>: "StreetInsider.com - Headline"
_SITE_IN_TITLE = re.compile(r"^[A-Z][\w-]*(?:\.[a-z]{2,6})+\s+[-|:\u2013\u2014]\s+|\s+[-|\u2013\u2014]\s+[A-Z][\w-]*(?:\.[a-z]{2,6})+$")


def page_hints(root) -> tuple[Optional[str], bool, Optional[str]]:
    """(title, whether it is the release's own title, date) from <meta> tags, JSON-LD and <title>."""
    title = date = None
    trusted = False
    site = None
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        val = _clean(m.get("content") or "")
        if not val:
            continue
        if key in ("og:site_name", "application-name") and not site:
            site = val
        if key in ("og:title", "twitter:title", "title", "dc.title") and not title:
            title, trusted = val, True
        elif key in ("article:published_time", "og:article:published_time", "date", "dc.date.issued",
                     "dc.date", "datepublished", "pubdate", "publish-date") and not date:
            date = iso_date(val)
    t = root.find(".//title")
    if not title and t is not None:
        text = _SITE_IN_TITLE.sub("", _clean(t.text_content()))
        if text and not re.match(r"^(?:EX-\d|Document|Untitled|Press Release|News)\b", text, re.I) and len(text) > 15:
            title = re.split(r"\s+[|\u2013\u2014-]\s+(?=[^|]*$)", text)[0] if " | " in text else text
    if title and site:
        # "Broadcom Delivers ... Solution | Broadcom Inc." under og:site_name "Broadcom Inc.": the site's name goes
        title = re.sub(rf"\s+[|\u2013\u2014-]\s+{re.escape(site)}$", "", title)
    return title, trusted, date or json_ld_date(root)


_PRINTED_DATE = re.compile(r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4})")


def printed_date(text: str) -> Optional[str]:
    """The date a page's time stamp prints ("September 11, 2024 09:30 PM Eastern Daylight Time"), ISO."""
    m = _PRINTED_DATE.search(text)
    return rules_iso_date(m.group(0)) if m else None


def main_content(root):
    """The element that holds the release on a web page; the body of an exhibit or fragment."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict = {}
    for p in body.iter("p"):
        par = p.getparent()
        if par is not None:
            scores[par] = scores.get(par, 0) + len(_clean(p.text_content()))
    total = len(_clean(body.text_content()))
    if not scores:
        return body
    best = max(scores, key=scores.get)
    if scores[best] > 0.6 * total:
        return body  # an exhibit or a fragment: the whole body is the release
    # a web page: climb while the ancestor adds little besides the release (headline, contacts)
    node = best
    while node.getparent() is not None and node is not body:
        parent = node.getparent()
        if len(_clean(parent.text_content())) > 1.5 * len(_clean(node.text_content())) + 400:
            break
        node = parent
    return node


def _headline_element(root, title: Optional[str]):
    for h in root.iter("h1"):
        text = _clean(h.text_content())
        if text and (not title or text.lower()[:40] == title.lower()[:40]):
            return h
    return None


HEADLINE_SEARCH_BLOCKS = 5  # where a title cut short is looked for printed whole
PRE_RELEASE_MIN_CHARS = 800  # a <pre> this long, of running text, holds the release itself


class _Walker:
    def __init__(self):
        self.blocks: list[Block] = []
        self.lines: list[list[tuple]] = [[]]  # lines of (text, bold, italic, font size, in a link) runs
        self.size: str = ""
        self.links = 0  # how many links (<a href>) the walk is inside

    # inline text ------------------------------------------------------------
    def text(self, s: Optional[str], bold: bool, italic: bool = False):
        if s:
            self.lines[-1].append((s, bold, italic, self.size, self.links > 0))

    def br(self):
        if self.lines[-1] or len(self.lines) > 1:
            self.lines.append([])

    def flush(self, kind: str = "para", level: Optional[int] = None, origin: str = ""):
        texts = [_clean("".join(r[0] for r in runs)) for runs in self.lines]
        if any(t and not RULE_LINE.match(t) for t in texts):
            # a separator drawn with characters above the text in one element ("‾‾‾‾‾<br>About Acme") is no part of it
            self.lines = [runs for runs, t in zip(self.lines, texts) if not (t and RULE_LINE.match(t))] or [[]]
        lines = []
        all_bold = True
        any_text = False
        bold_lead = ""
        for runs in self.lines:
            line = _clean("".join(r[0] for r in runs))
            if line:
                lines.append(line)
            for s, b, *_ in runs:
                if _clean(s):
                    any_text = True
                    if not b:
                        all_bold = False
        first_line = next((runs for runs in self.lines if any(_clean(r[0]) for r in runs)), [])
        if runs_first := [r for r in first_line if _clean(r[0])]:
            for s, b, *_ in runs_first:
                if not b:
                    break
                bold_lead += s
        sizes = [r[3] for runs in self.lines for r in runs if _clean(r[0])]
        italic = all(r[2] for runs in self.lines for r in runs if _clean(r[0]))
        # all its words are a link's (brackets and punctuation aside): "Watch the video", "[Media Kit]"
        worded = [r for runs in self.lines for r in runs if re.search(r"\w", r[0])]
        linked = bool(worded) and all(r[4] for r in worded)
        self.lines = [[]]
        if not lines:
            return
        # a double <br> splits paragraphs: lines separated by an empty line
        text = " ".join(lines)
        if lines and _BULLET.match(lines[0]) and len(lines) > 1:
            kind, lines, text = "item", lines[1:], " ".join(lines[1:])
        elif _BULLET_LEAD.match(text) and kind == "para":
            kind, text = "item", _BULLET_LEAD.sub("", text)
            lines = [_BULLET_LEAD.sub("", lines[0])] + lines[1:]
        # how it looks: consecutive header lines that look alike are one headline
        bold_lead = _clean(bold_lead)
        if len(lines) > 1 and bold_lead == lines[0] and len(lines[0]) < 100 and kind == "para":
            # a bold line above its paragraph in one element (<b>About Foo</b><br>Foo is ...)
            self.blocks.append(Block(lines[0], emphasis=True, origin=origin, lines=[lines[0]]))
            lines = lines[1:]
            text, bold_lead = " ".join(lines), ""
            all_bold = False
        # a bold title and an italic deck in one element, nothing between them (`<b>Title</b> <i>deck</i>`)
        head = runs_first[:next((k for k, r in enumerate(runs_first) if not r[1]), len(runs_first))]
        tail = runs_first[len(head):]
        title, deck = _clean("".join(r[0] for r in head)), _clean("".join(r[0] for r in tail))
        if kind == "para" and len(lines) == 1 and title and deck and all(r[2] for r in tail) and not title.endswith(":"):
            self.blocks.append(Block(title, emphasis=True, origin=origin, lines=[title], look=(True, False, head[0][3])))
            self.blocks.append(Block(deck, origin=origin, lines=[deck], look=(False, True, tail[0][3])))
            return
        look = (bool(any_text and all_bold), italic, sizes[0] if sizes else "")
        lead = bold_lead if bold_lead and bold_lead != text and len(bold_lead) < 80 else ""
        self.blocks.append(Block(text, kind=kind, level=level, emphasis=bool(any_text and all_bold), origin=origin,
                                 lines=lines, look=look, bold_lead=lead, linked=linked))

    # elements ---------------------------------------------------------------
    def walk(self, el, bold: bool = False, italic: bool = False):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        style = el.get("style") or ""
        saved_size = self.size
        size_m = re.search(r"font-size\s*:\s*([\d.]+\s*(?:pt|px|em|%)?)", style, re.I)
        if size_m:
            self.size = size_m.group(1).replace(" ", "")
        elif tag == "font" and el.get("size"):
            self.size = "s" + el.get("size")
        is_link = tag == "a" and el.get("href") is not None
        tail = None
        if is_link:
            # the link's own words are linked, the text after it is not
            tail, el.tail = el.tail, None
        self.links += is_link
        try:
            self._walk(el, tag, style, bold, italic)
        finally:
            self.size = saved_size
            self.links -= is_link
        self.text(tail, bold, italic)

    def _walk(self, el, tag, style, bold, italic):
        b = bold or tag in ("b", "strong") or bool(_BOLD_STYLE.search(style))
        it = italic or tag in ("i", "em") or bool(_ITALIC_STYLE.search(style))
        if tag == "br":
            if self.lines[-1] == [] and len(self.lines) > 1:
                # a second <br> in a row: a paragraph break
                self.lines.pop()
                self.flush()
            else:
                self.br()
            self.text(el.tail, bold, italic)
            return
        if tag == "table":
            self.flush()
            self.table(el)
            self.text(el.tail, bold, italic)
            return
        if tag == "hr":
            self.flush()
            self.text(el.tail, bold, italic)
            return
        if tag == "pre" and is_wrapped_release(el.text_content(), dated=False) and len(el.text_content()) >= PRE_RELEASE_MIN_CHARS:
            # a release kept as the wire's hard-wrapped text in a <pre> of a news page (Reuters, 2008): read as wire text
            self.flush()
            self.blocks.extend(blocks_from_text(el.text_content()))
            self.text(el.tail, bold, italic)
            return
        if tag == "img":
            self.text(el.tail, bold, italic)
            return
        if tag in ("sup", "sub"):
            inner = _clean(el.text_content())
            if inner in ("(R)", "\u00ae", "(TM)", "\u2122", "TM", "R", "SM", "(SM)"):
                self.text({"R": "\u00ae", "(R)": "\u00ae", "TM": "\u2122", "(TM)": "\u2122"}.get(inner, inner), b, it)
                self.text(el.tail, bold, italic)
                return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        if tag in _HEADING_TAGS:
            self.text(el.text, True, it)
            for child in el:
                self.walk(child, True, it)
            self.flush(kind="heading", level=_HEADING_TAGS[tag])
        elif tag == "li":
            self.text(el.text, b, it)
            for child in el:
                if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                    self.flush(kind="item")
                    self.walk(child, bold, italic)
                else:
                    self.walk(child, b, it)
            self.flush(kind="item")
        else:
            self.text(el.text, b, it)
            for child in el:
                self.walk(child, b, it)
            if block:
                self.flush()
        self.text(el.tail, bold, italic)

    def table(self, el):
        rows = _rows(el)
        cells = [c for r in rows for c in r if c[0]]
        if not cells:
            return
        per_row = [sum(1 for c in r if c[0]) for r in rows]
        filled = [[c[0] for c in r if c[0]] for r in rows if any(c[0] for c in r)]
        if filled and all(len(r) == 2 and _BULLET.match(r[0]) for r in filled):
            # bullet points laid out as a table: the glyph in one cell, the text in the next
            for r in filled:
                self.blocks.append(Block(r[1].replace("\n", " "), kind="item", lines=[r[1].replace("\n", " ")]))
            return
        nested = any(t is not el for t in el.iter("table"))
        longest = max(len(c[0]) for c in cells)
        if nested or (max(per_row) <= 1 and longest > 60) or (max(per_row) <= 2 and longest > 150 and len(rows) < 40):
            # a layout table: its cells are the page (a one-cell box, a bullet glyph beside its text)
            for tr in _own_rows(el):
                tds = [td for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")] or [tr]  # a row with no cell
                texts = [_clean(td.text_content()) for td in tds]
                if len([t for t in texts if t]) == 2 and _BULLET.match(next(t for t in texts if t)):
                    # a bullet glyph in its own cell: the next cell is a list item
                    body_td = [td for td, t in zip(tds, texts) if t][1]
                    self.walk_children_as_block(body_td, kind="item")
                    continue
                for td in tds:
                    self.walk_children_as_block(td)
            return
        if _is_contact_table(rows, after_label=self._after_contact_label()):
            self.contact_table(rows)
            return
        if max(per_row) <= 1:
            for r in rows:
                for text, _, b in r:
                    if text:
                        self.blocks.append(Block(text, emphasis=b, lines=[text]))
            return
        self.blocks.append(Block("", kind="table", table=_to_table(rows)))

    def walk_children_as_block(self, td, kind: str = "para"):
        self.flush()
        self.text(td.text, False)
        for child in td:
            self.walk(child)
        self.flush(kind=kind)

    def _after_contact_label(self) -> bool:
        """The paragraph just before is a contact label (`Enquiries`, `Contacts:`)."""
        self.flush()
        return bool(self.blocks) and self.blocks[-1].kind == "para" and is_contact_label(self.blocks[-1].text)

    def contact_table(self, rows):
        """A letterhead or contact table: labelled rows (`Media Contact:` | name, phone ...) and rows
        of one entry each (`Peel Hunt LLP` | `+44 ...`, a UK "Enquiries" table: no column mixes
        names with numbers) are read row by row; people side by side are read column by column."""
        ncols = max(len(r) for r in rows)
        first_col = [r[0][0] for r in rows if r and r[0][0]]
        if _labels_rows(rows):
            # each row a group: its label in the first cell, its people in the cells beside it
            for r in rows:
                people = [l for c in r[1:] for l in c[0].split("\n") if l.strip()]
                if r[0][0] and people:
                    label = " ".join(r[0][0].split())
                    lines = [label if label.endswith(":") else label + ":"] + people
                    self.blocks.append(Block(" ".join(lines), lines=lines, contact_table=True))
            return
        if (len(first_col) > 1 and all(c.rstrip().endswith(":") and len(c) < 40 for c in first_col)) or (
                ncols > 1 and not any(_mixes_names_and_numbers([r[j][0] for r in rows if j < len(r)]) for j in range(ncols))):
            for r in rows:
                lines = [l for c in r for l in c[0].split("\n") if l.strip()]
                if lines:
                    self.blocks.append(Block(" ".join(lines), lines=lines, contact_table=True))
            return
        label = None
        for j in range(ncols):
            col = [l for r in rows if j < len(r) for l in r[j][0].split("\n") if l.strip()]
            if not col:
                continue
            if len(col) == 1 and re.match(r"^(?:[A-Za-z ]{2,30})?Contacts?\s*:?$|^(?:Media|Investors?)\s*:?$", col[0], re.I):
                label = col[0]
                continue
            lines = ([label] if label else []) + col
            self.blocks.append(Block(" ".join(lines), lines=lines, contact_table=True))


def _own_rows(table) -> list:
    """The table's rows, not its nested tables': inside <thead>/<tbody>/<tfoot>, and inside a stray
    element a page wrapped rows in (`<table><span><tr>...`)."""
    out = []
    for child in table:
        if not isinstance(child.tag, str) or child.tag == "table":
            continue
        if child.tag == "tr":
            out.append(child)
        elif child.tag not in ("td", "th"):
            out += _own_rows(child)
    return out


def _cell_text(td) -> tuple[str, bool]:
    parts = []

    def walk(el):
        if not isinstance(el.tag, str):
            return
        if el.tag == "br":
            parts.append("\n")
        elif el.text:
            parts.append(el.text)
        for c in el:
            walk(c)
            if c.tail:
                parts.append(c.tail)
        if el.tag in ("p", "div") and parts and parts[-1] != "\n":
            parts.append("\n")

    walk(td)
    lines = [_clean(l) for l in "".join(parts).split("\n")]
    text = "\n".join(l for l in lines if l)
    bold = bool(td.xpath(".//b|.//strong")) or bool(_BOLD_STYLE.search(" ".join(e.get("style") or "" for e in td.iter() if isinstance(e.tag, str))))
    return text, bold


def _rows(table) -> list[list[tuple[str, int, bool]]]:
    rows = []
    for tr in _own_rows(table):
        row = []
        cells = [td for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")] or [tr]  # a row with no cell
        for td in cells:
            text, bold = _cell_text(td)
            try:
                span = max(1, min(int(td.get("colspan") or 1), 50))
            except ValueError:
                span = 1
            row.append((text, span, bold))
            for _ in range(span - 1):
                row.append(("", 1, False))
        rows.append(row)
    return rows


_CONTACT_WORD = re.compile(r"\b(?:contacts?|press[e]?|media|investors?|inquiries|enquiries)\b", re.I)


def _is_contact_table(rows, after_label: bool = False) -> bool:
    """A small table of contacts: it holds e-mails, or phones and says it is one (the word, or the
    contact label right above it); never money."""
    if len(rows) > 12:
        return False
    text = "\n".join(c[0] for r in rows for c in r)
    return bool(EMAIL.search(text) or (PHONE.search(text) and (after_label or re.search(r"contact|enquir|inquir", text, re.I)))) and not re.search(r"\$\s?\d|%", text)


def _labels_rows(rows) -> bool:
    """A table whose first column labels each row's group of people (`WANDERCRAFT PRESS CONTACT` |
    person | person): every first cell filled is short and gives no phone or e-mail, and every row
    that has people beside them has it filled."""
    labelled = [r for r in rows if len(r) > 1 and any(c[0] for c in r[1:])]
    return len(labelled) > 1 and all(_is_row_label(r[0]) and _mixes_names_and_numbers([c[0] for c in r[1:]]) for r in labelled)


def _is_row_label(cell) -> bool:
    """A label cell: one short line, bold or with a contact word ("PRESS CONTACT", "Presse", "Media:"),
    no phone or e-mail, not a person's name (a name | organisation | phone row is one entry)."""
    text, _, bold = cell
    return (bool(text) and len(text) < 60 and "\n" not in text and not (EMAIL.search(text) or PHONE.search(text))
            and (bold or text.rstrip().endswith(":") or bool(_CONTACT_WORD.search(text))) and not is_person_name(text))


def _mixes_names_and_numbers(cells: list[str]) -> bool:
    """A column that holds a whole contact (a name and its phone or e-mail): people side by side."""
    lines = [l for c in cells for l in c.split("\n") if l.strip()]
    details = [l for l in lines if EMAIL.search(l) or PHONE.search(l)]
    return bool(details) and len(details) < len(lines)


def _to_table(rows) -> Table:
    grid = [[c[0].replace("\n", " ") for c in r] for r in rows]
    width = max(len(r) for r in grid)
    grid = [r + [""] * (width - len(r)) for r in grid]
    # join "$" to the number after it and ")" / "%" to the number before it
    for r in grid:
        for j, cell in enumerate(r):
            if cell in ("$", "\u20ac", "\u00a3", "$(", "(") and j + 1 < width:
                k = next((k for k in range(j + 1, width) if r[k]), None)
                if k is not None and re.match(r"^[\d(.,-]", r[k]):
                    r[k] = cell + r[k]
                    r[j] = ""
            elif cell in (")", "%", ")%", "%)", "pts", "bps") and j > 0:
                k = next((k for k in range(j - 1, -1, -1) if r[k]), None)
                if k is not None:
                    r[k] = r[k] + cell
                    r[j] = ""
    keep = [j for j in range(width) if any(r[j] for r in grid)]
    grid = [[r[j] for j in keep] for r in grid]
    grid = [r for r in grid if any(r)]
    header_rows = 0
    for r in grid:
        if (r and not r[0] and any(r[1:])) or all(not re.search(r"\d", c) or re.fullmatch(r"(?:\w+ )?\d{4}|Q\d.*|\d{4} .*|.*\d{4}", c) for c in r if c):
            header_rows += 1
        else:
            break
    caption = None
    if grid and sum(1 for c in grid[0] if c) == 1 and len(grid) > 1 and grid[0][0]:
        caption = grid[0][0]
        grid = grid[1:]
        header_rows = max(0, header_rows - 1)
    return Table(caption=caption, header_rows=min(header_rows, len(grid)), rows=grid)


def read_html(html: str) -> Read:
    """HTML text -> blocks, with the page's title and date. On a web page the release is found
    first (`webpage`): the site's chrome never reaches the blocks."""
    root = parse_html(html)
    decode_cloudflare_emails(root)
    decode_symbol_font(root)
    title, trusted, date = page_hints(root)
    body = root.find("body")
    page = body if body is not None else root
    is_page = len(list(page.iter("a"))) > 60 or root.find(".//head/meta[@property='og:title']") is not None or (
        root.find(".//head/title") is not None and any(
            isinstance(el.tag, str) and el.tag in ("div", "ul", "section") and is_chrome_class(el) for el in page.iter()))
    headline = _headline_element(root, title)
    drop_tags_and_hidden(root, keep=headline)
    if is_page:
        drop_site_chrome(page, keep=headline)
    drop_chrome_by_content(page, keep=headline)
    content = main_content(root) if is_page else page
    if is_page and headline is not None and headline.getparent() is not None and not _contains(content, headline):
        content = release_region(headline, content)
    date = date or time_element_date(content, printed_date)
    walker = _Walker()
    walker.walk(content)
    walker.flush()
    blocks = _merge_split_blocks(walker.blocks)
    cut = re.match(r"^(.{20,}?)\s*(?:\.\.\.|\u2026)$", title or "")
    for b in blocks[:HEADLINE_SEARCH_BLOCKS] if cut else ():
        if b.text.startswith(cut.group(1)) and len(b.text) > len(cut.group(1)) and not b.text.endswith(("...", "\u2026")):
            # the page's title cut short ("... in Home-Entertainment..."): the release prints it whole
            blocks = [x for x in blocks if x.text != title]
            title = b.text
            break
    return Read(blocks, title=title, title_trusted=trusted, date=date)


def _contains(root, el) -> bool:
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


_DATELINE_PIECE = re.compile(r"^[,/]|^/?(?:PRNewswire|PR Newswire)|^--|^\(?(?:GLOBE NEWSWIRE|Marketwired|BUSINESS WIRE)")


def _merge_split_blocks(blocks: list[Block]) -> list[Block]:
    """Pieces of one paragraph that markup split (a dateline in separate elements, a bullet glyph
    in its own cell or run-in heading) are joined back."""
    out: list[Block] = []
    for b in blocks:
        if out and b.kind == "para" and out[-1].kind == "para" and _DATELINE_PIECE.match(b.text) and len(out[-1].text) < 60:
            prev = out[-1]
            joiner = "" if b.text[:1] in ",/" else " "
            prev.text = prev.text + joiner + b.text
            prev.lines = [prev.text]
            prev.emphasis = False
            continue
        if out and out[-1].kind == "item" and not out[-1].text and b.kind in ("para", "item"):
            # the item takes the paragraph's text and what the reader noted about it, not its look as a paragraph
            out[-1] = Block(b.text, kind="item", lines=b.lines, bold_lead=b.bold_lead, look=b.look, contact_table=b.contact_table,
                            linked=b.linked)
            continue
        out.append(b)
    return [b for b in out if b.text or b.kind == "table"]
