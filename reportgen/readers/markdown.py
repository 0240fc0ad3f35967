"""Markdown releases (wire copies with YAML front matter) -> blocks.

Parsed with markdown-it-py (CommonMark, with GFM pipe tables): inline markup and backslash escapes
never reach the text. What the markup says:
- YAML front matter: `title` and `date` are returned with the blocks (the headline may be only there);
- `#` headings are headings; a paragraph that is all bold (`**About Foo**`) is an emphasised block,
  a heading candidate for the shared rules;
- list items are items; pipe tables are tables; fenced or indented code blocks holding a fixed-width
  table become tables (columns split at runs of two or more spaces);
- soft and hard line breaks are kept as the block's lines (contact blocks, Dow Jones headline lines).
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Callable
from typing import Optional

import yaml
from markdown_it import MarkdownIt

from reportgen.model import Table
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules.contact_blocks import is_contact_label, labels_contacts
from reportgen.readers.rules.contacts import EMAIL, PHONE
from reportgen.readers.rules.dateline import match_dateline
from reportgen.readers.rules.glued import unglue_contact_text
from reportgen.readers.wire_text import blocks_from_text, is_tabular

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


# a page saved by a reader service as markdown ("Title: ..." / "URL Source: ..." / "Published Time: ..." /
# "Markdown Content:"): its header says what front matter would
_READER_HEADER = re.compile(r"\A\ufeff?Title:[ \t]*(?P<title>[^\n]+)\n\s*(?:URL Source:[ \t]*(?P<url>\S+)\n\s*)?"
                            r"(?:Published Time:[ \t]*(?P<date>[^\n]+)\n\s*)?(?:[A-Z][\w ]{2,30}:[^\n]*\n\s*){0,3}"
                            r"Markdown Content:[ \t]*\n")


def split_front_matter(text: str) -> tuple[dict, str]:
    """(front matter as a dict, the markdown after it); an unreadable front matter is ignored; a
    reader service's header ("Title:", "URL Source:", "Published Time:", "Markdown Content:") is read
    as front matter."""
    header = _READER_HEADER.match(text)
    if header:
        return {k: v.strip() for k, v in header.groupdict().items() if v}, text[header.end():]
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), text[m.end():]


def _front_date(value) -> Optional[str]:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            return "-".join(m.groups())
    return None


def _parser() -> MarkdownIt:
    # no setext headings: wire copies underline nothing, but use "--" lines as bullet separators
    # (HTML in the markdown is read as HTML: its text kept, its tags gone, "<br>" a line break)
    return MarkdownIt("commonmark", {"html": True}).enable("table").disable("lheading")


_STRAY_STARS = re.compile(r"\*{2,}|(?<=\S)\*(?=[\u00ae\u2122\u2013\u2014])|(?<=[\u00ae\u2122\u2013\u2014])\*")


_STAR_FOR_SPACE = re.compile(r"(?<=[a-z])\*(?=[A-Z][a-z])")
# a quotation mark set in italics or bold on its own, which CommonMark leaves unparsed: `*“*Our team ...`
_EMPHASISED_MARK = re.compile(r"(?<![*_\\])([*_]{1,3})([\u201c\u201d\u2018\u2019\"])\1(?![*_])")


def strip_stray_emphasis(text: str) -> str:
    """Emphasis markers the converter left unparsed around a symbol: `EYLEA***®***`, `CASGEVY*®*`,
    `48****th**`, `*“*Our team`. A single escaped `*` (a footnote mark) stays."""
    text = _STRAY_STARS.sub("", _EMPHASISED_MARK.sub(r"\2", text))
    return _STAR_FOR_SPACE.sub(" ", text)  # "Patients with*Non-Transfusion-Dependent": the mark took the space's place


_GLUED_AT_MARK = re.compile(r"[A-Za-z\u00C0-\u017F][A-Za-z\u00C0-\u017F]$")

# a paragraph break a converter flattened into a run of spaces (a distributor's copy printed as one
# paragraph: "... radiant skin.  "I went into ...", "About AGM Renovations  AGM Renovations is ...")
_FLATTENED_BREAK = re.compile(r"(?<=\S) {2,}(?=[A-Z0-9\"\u201c\u2018'(*\u2022])")
PARAGRAPH_BREAK = "\u2029"  # among an inline token's lines: a paragraph ends here


def _inline(token, flattened_breaks: bool = False) -> tuple[list[str], bool, str]:
    """Lines of an inline token's text, whether it is all bold, and its bold lead-in; with
    `flattened_breaks`, a run of spaces before a capital is a paragraph break (PARAGRAPH_BREAK)."""
    lines = [""]
    depth = 0
    all_bold = True
    lead = ""
    lead_open = True
    boundary = False  # an emphasis mark opened or closed since the last text
    link_closed = False  # a link closed right before this text
    for child in token.children or []:
        t = child.type
        if t in ("strong_open", "strong_close", "em_open", "em_close"):
            boundary = True
        if t == "strong_open":
            depth += 1
        elif t == "strong_close":
            depth = max(0, depth - 1)
        elif t in ("softbreak", "hardbreak"):
            lines.append("")
        elif t == "link_close":
            link_closed = True
        elif t in ("text", "code_inline", "html_inline"):
            content = child.content
            if t == "html_inline":
                content = "\n" if re.match(r"<br\s*/?>", content, re.I) else ""
                if content:
                    lines.append("")
                continue
            if boundary and content and _GLUED_AT_MARK.search(lines[-1]) and content[:1].isalpha():
                # a converter dropped the spaces around emphasis: "About***In Vivo***Programs"
                content = " " + content
            if link_closed and content[:1].isalpha() and re.search(r"(?:@|https?://|www\.)\S+$", lines[-1]):
                # "[pr@acme.com](mailto:pr@acme.com)Links on social media": the link ends a word
                content = " " + content
            link_closed = False
            if content:
                boundary = False
            if content.strip():
                if depth == 0:
                    all_bold = False
                    lead_open = False
                elif lead_open:
                    lead += content
            elif lead_open and lead:
                lead += content  # "**About** **Darigold**": the space between two bold runs
            lines[-1] += content
        elif t == "image":
            continue
    if flattened_breaks:
        lines = [piece for line in lines for k, piece in enumerate(_FLATTENED_BREAK.split(line))
                 for piece in ((PARAGRAPH_BREAK, piece) if k else (piece,))]
    clean = [l if l == PARAGRAPH_BREAK else " ".join(strip_stray_emphasis(l).split()) for l in lines]
    return [l for l in clean if l], all_bold and any(clean), " ".join(lead.split())


def _pipe_table(tokens, i) -> tuple[Table, int]:
    rows: list[list[str]] = []
    header_rows = 0
    row: list[str] = []
    in_head = False
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close":
            rows.append(row)
            if in_head:
                header_rows += 1
        elif tok.type == "inline":
            lines, _, _ = _inline(tok)
            row.append(" ".join(lines))
        i += 1
    # columns empty in every row are spacers of the converted layout
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [j for j in range(width) if any(r[j] for r in rows)]
    rows = [[r[j] for j in keep] for r in rows]
    empty_head = header_rows and not any(any(c for c in r) for r in rows[:header_rows])
    if empty_head:
        rows, header_rows = rows[header_rows:], 0
    return Table(header_rows=header_rows, rows=[r for r in rows if any(r)]), i


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_HEAD = re.compile(r"^(?:[A-Za-z&/ ]{2,30}\s)?(?:Contacts?|Inquiries|Enquiries)\s*:?$|^(?:Media|Investors?|Press)\s*:?$", re.I)


def is_contact_table(rows: list[list[str]]) -> bool:
    """A small table of people: its first row labels contact groups and it holds e-mails."""
    if len(rows) > 14 or not rows:
        return False
    text = "\n".join(c for r in rows for c in r)
    return any(_CONTACT_HEAD.match(c.strip()) for c in rows[0] if c.strip()) and bool(_EMAIL.search(text)) and not re.search(r"\$\s?\d", text)


# a distributor's table of the issuer's data (pressetext's "Emitter: / Contact Person: / Phone: /
# E-Mail: / Website:"): the labels, the one that names the contact, the one that names the company
_LABEL = re.compile(r"^[A-Z][\w /()-]{1,30}:$")
_CONTACT_ROW = re.compile(r"^Contact(?:\s+[Pp]erson)?s?:$")
_COMPANY_ROW = re.compile(r"^(?:Emitter|Issuer|Company):$")
_DETAIL_ROW = re.compile(r"^(?:Phone|Tel|Telephone|Fax|E-?[Mm]ail|Website|Internet|Web):$")


def labelled_contact_table(rows: list[list[str]]) -> Optional[list[str]]:
    """The lines of a contact block set as a table whose first column holds only its label ("Contact:")
    and whose other columns the contact's lines; None for any other table."""
    first = [r[0].strip() if r else "" for r in rows]
    if len(rows) < 2 or not first[0] or not is_contact_label(first[0]) or any(first[1:]):
        return None
    lines = [first[0]] + [" ".join(c.strip() for c in r[1:] if c.strip()) for r in rows]
    lines = [lines[0]] + [l for l in lines[1:] if l]
    text = "\n".join(lines)
    return lines if EMAIL.search(text) or PHONE.search(text) else None


def issuer_table_contact(rows: list[list[str]]) -> Optional[list[str]]:
    """The lines of the contact a labelled table of the issuer's data gives (the contact's name or
    desk, the company's name, its phones, e-mail and website); None for any other table."""
    cells = [[c.strip() for c in r if c.strip()] for r in rows]
    cells = [r for r in cells if r]
    if not cells or not all(_LABEL.match(r[0]) for r in cells) or not any(_CONTACT_ROW.match(r[0]) for r in cells):
        return None
    lines = []
    for r in cells:
        value = " ".join(r[1:])
        if not value:
            continue
        if _CONTACT_ROW.match(r[0]):
            lines.insert(0, value)
        elif _COMPANY_ROW.match(r[0]):
            lines.append(unglue_contact_text(value).split("\n")[0])  # the name, not its glued address
        elif _DETAIL_ROW.match(r[0]):
            lines.append(f"{r[0]} {value}")
    text = "\n".join(lines)
    return lines if EMAIL.search(text) or PHONE.search(text) else None


PROSE_LINE_MIN_WORDS = 8
PROSE_MIN_LINES = 3  # a code block with this many lines of running text (a table's caption is shorter)
PROSE_SHARE = 0.15  # and this share of its lines
TABULAR_SHARE = 0.25  # and at most this share are a table's rows


def is_wrapped_release(code: str, dated: bool = True) -> bool:
    """A code block that holds a release copied as hard-wrapped text (its running text, a dated
    dateline on one of its lines, unless not `dated`), not a fixed-width table nor a table's footnotes."""
    lines = [l.strip() for l in code.split("\n") if l.strip()]
    if len(lines) < PROSE_MIN_LINES:
        return False
    prose = [l for l in lines if len(l.split()) >= PROSE_LINE_MIN_WORDS and not re.search(r"\S\s{3,}\S", l)]
    tabular = [l for l in lines if is_tabular(l)]
    return (len(prose) >= max(PROSE_MIN_LINES, PROSE_SHARE * len(lines))
            and len(tabular) <= TABULAR_SHARE * len(lines)
            and (not dated or any(_dated_dateline(l) for l in prose)))


def _is_contact_block(code: str) -> bool:
    """A code block that is a contact block: it opens with a contact label and gives a number or an address."""
    lines = [l.strip() for l in code.split("\n") if l.strip()]
    return bool(lines) and labels_contacts(lines[0]) and bool(
        EMAIL.search(code) or PHONE.search(code))


def _dated_dateline(line: str) -> bool:
    m = match_dateline(line)
    return bool(m and m.year and m.month)


_RULE_LINE = re.compile(r"^[\s\-=_+|:]+$")
_GLUED_UNIT = re.compile(r"(?<=[a-z]{3})(?=(?:[A-Z]{3}|[$\u20ac\u00a3])\b)")


_CELL = re.compile(r"\S+(?: \S+)*")
RULED_ROW_MAX_LINES = 4  # a row's label wraps over at most three lines above its figures
RULED_ALIGN_SLACK = 2  # the figures of one table end in the same columns, give or take this much


def _ruled_rows(code: str) -> Optional[list[list[str]]]:
    """A fixed-width table whose rows are drawn apart by rule lines, a row's label wrapped over the lines
    above its figures ("North America" / " On-Highway   $1,752   $223") and its header over two lines:
    each group of lines between rules is one row, its cells joined column by column (columns placed by
    the line with the most figures). None when the table has no such groups."""
    groups: list[list[str]] = [[]]
    for line in code.replace("\u00a0", " ").split("\n"):
        if _RULE_LINE.match(line) and line.strip():
            groups.append([])
        elif line.strip():
            groups[-1].append(line.rstrip())
    groups = [g for g in groups if g]
    if len(groups) < 3 or not any(len(g) > 1 for g in groups[1:]):
        return None
    for g in groups[1:]:
        # a row: its label's lines (one cell, no figure) above one line of figures, no more than that
        figured_lines = [line for line in g if re.search(r"\d", line)]
        if len(g) > RULED_ROW_MAX_LINES or len(figured_lines) != 1 or g[-1] != figured_lines[0] or any(
                len(_CELL.findall(line.strip())) != 1 for line in g[:-1]):
            return None
    figured = [line for g in groups for line in g if re.search(r"\d", line)]
    if not figured:
        return None
    template = max(figured, key=lambda line: len(re.split(r"\s{2,}", line.strip())))
    cells = [m.span() for m in _CELL.finditer(template)]  # the columns, where the line with most figures has them
    ends = [z for _, z in cells]
    if any(any(min(abs(m.end() - e) for e in ends) > RULED_ALIGN_SLACK for m in list(_CELL.finditer(line))[1:])
           for line in figured):
        return None  # figures that stand in other columns: another table in the same block
    bounds = [(cells[i][1] + cells[i + 1][0]) / 2 for i in range(len(cells) - 1)]

    def column(a: int, z: int) -> int:
        # figures and their headers are set flush right: a cell belongs where it ends (a label where it starts)
        at = a if a < cells[0][1] else z - 1
        return sum(at > b for b in bounds)

    rows = []
    for g in groups:
        row = [""] * len(cells)
        for line in g:
            for m in _CELL.finditer(line):
                k = column(*m.span())
                row[k] = f"{row[k]} {m.group(0)}".strip()
        rows.append(row)
    return rows


def fixed_width_table(code: str) -> Optional[Table]:
    """A fixed-width table in a code block: columns at runs of two or more spaces."""
    ruled = _ruled_rows(code)
    if ruled:
        return Table(caption=None, rows=ruled)
    # rule lines ("-----  -----") draw the table, they are no rows
    lines = [l.rstrip() for l in code.split("\n") if l.strip() and not _RULE_LINE.match(l)]
    if len(lines) < 2:
        return None
    rows = [re.split(r"\s{2,}", l.strip()) for l in lines]
    # a copy that lost the space between a heading's words and a unit: "Key figuresEUR million"
    rows[0] = [_GLUED_UNIT.sub(" ", c) for c in rows[0]]
    caption_lines = []
    while rows and len(rows[0]) == 1 and not re.search(r"\d", rows[0][0][-6:] if rows[0] else ""):
        caption_lines.append(rows.pop(0)[0])
    if not rows:
        return Table(caption=" ".join(caption_lines) or None, rows=[])
    return Table(caption=" / ".join(caption_lines) or None, rows=rows)


_SEPARATOR = re.compile(r"^(?:--|\u2014|\u2013)$")


def _split_at_separators(lines: list[str]) -> list[list[str]]:
    """Dow Jones reprints list sub-points as lines separated by `--` lines: one item each."""
    pieces: list[list[str]] = [[]]
    for line in lines:
        if _SEPARATOR.match(line):
            pieces.append([])
        else:
            pieces[-1].append(line)
    return [p for p in pieces if p]


def _split_at_flattened_breaks(lines: list[str]) -> list[list[str]]:
    """The paragraphs a converter flattened into one, at the breaks `_inline` marked."""
    pieces: list[list[str]] = [[]]
    for line in lines:
        if line == PARAGRAPH_BREAK:
            pieces.append([])
        else:
            pieces[-1].append(line)
    return [p for p in pieces if p]


def read_markdown(text: str, read_html_body: Optional[Callable[[str], Read]] = None) -> Read:
    """Markdown text -> blocks, with the front matter's title and date; a body that is HTML (a blog's
    post under its front matter) is read by `read_html_body` when given."""
    front, body = split_front_matter(text.replace("\r\n", "\n"))
    title = front.get("title")
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    date = _front_date(front.get("date"))
    if read_html_body is not None and _is_html_body(body):
        # a blog's post whose body is HTML under its front matter (<div>, <p> blocks): read as HTML
        read = read_html_body(body)
        return Read(read.blocks, title=title or read.title, title_trusted=title is not None or read.title_trusted,
                    date=date or read.date)
    blocks = _blocks(body)
    return Read(blocks, title=title, title_trusted=title is not None, date=date)


_HTML_LINE = re.compile(r"^\s*</?(?:div|p|table|tr|td|ul|ol|li|h[1-6]|blockquote|br|span|strong|section|article)\b", re.I | re.M)
HTML_BODY_MIN_LINES = 3
HTML_BODY_SHARE = 0.3  # this share of a body's lines opening with a block tag: the body is HTML


def _is_html_body(body: str) -> bool:
    lines = [line for line in body.splitlines() if line.strip()]
    tagged = len(_HTML_LINE.findall(body))
    return tagged >= HTML_BODY_MIN_LINES and tagged >= HTML_BODY_SHARE * len(lines)


_HTML_BLOCK_TAGS = {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote"}


def _html_text_lines(html: str) -> list[str]:
    """The text of an HTML block inside markdown, a line per paragraph: parsed with lxml (tags gone,
    entities decoded, comments and images, which have no text, left out)."""
    import lxml.etree
    import lxml.html  # (here, not at the top: reading markdown without HTML in it needs no HTML parser)

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except lxml.etree.ParserError:  # a block with nothing lxml can read (a lone comment): no text from it
        return []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _HTML_BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


_DOUBLE_BULLET = re.compile(r"^\s*[\u00b7\u2022\u25aa\u25e6\u2023\u2219]\s+")
BOLD_LINE_MAX_CHARS = 80  # a bold first line this short, alone on its line, is printed as a heading
BOLD_LINE_TEXT_MIN_WORDS = 8  # ... when the line under it is text, not an address line


def _blocks(body: str) -> list[Block]:
    tokens = _parser().parse(body)
    blocks: list[Block] = []
    kind_stack: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            kind_stack.append("item")
        elif t in ("bullet_list_close", "ordered_list_close"):
            kind_stack.pop()
        elif t == "blockquote_open":
            kind_stack.append("quote")
        elif t == "blockquote_close":
            kind_stack.pop()
        elif t == "heading_open":
            lines, _, _ = _inline(tokens[i + 1])
            if lines:
                blocks.append(Block(" ".join(lines), kind="heading", level=int(tok.tag[1:]), emphasis=True,
                                    origin=f"line {(tok.map or [0])[0] + 1}", lines=lines))
            i += 2
        elif t == "paragraph_open":
            lines, bold, lead = _inline(tokens[i + 1], flattened_breaks=True)
            flattened = _split_at_flattened_breaks(lines)
            for lines in flattened[:-1]:
                blocks.append(Block(" ".join(lines), kind="item" if "item" in kind_stack else "para",
                                    origin=f"line {(tok.map or [0])[0] + 1}", lines=lines))
            lines = flattened[-1] if flattened else []
            pieces = _split_at_separators(lines)
            for lines in pieces[:-1]:
                blocks.append(Block(" ".join(lines), kind="item", lines=lines))
            lines = pieces[-1] if pieces else []
            if lines and len(lines) > 1 and lead and lead.strip() == lines[0].strip() and len(lead) < BOLD_LINE_MAX_CHARS \
                    and "item" not in kind_stack and len(lines[1].split()) >= BOLD_LINE_TEXT_MIN_WORDS:
                # "**Day one:**" on a line of its own above a paragraph of text: a bold line, as a heading is printed
                # (not a letterhead's name above its address lines)
                blocks.append(Block(lines[0].strip(), kind="para", emphasis=True, origin=f"line {(tok.map or [0])[0] + 1}",
                                    lines=[lines[0].strip()]))
                lines = lines[1:]
            if lines:
                in_item = "item" in kind_stack
                if in_item:
                    lines[0] = _DOUBLE_BULLET.sub("", lines[0])  # "- · GAAP operating margin ...": the list's mark printed twice
                joined = " ".join(lines)
                blocks.append(Block(joined, kind="item" if in_item else "para", emphasis=bold,
                                    origin=f"line {(tok.map or [0])[0] + 1}", lines=lines,
                                    bold_lead=lead.strip() if lead and lead != joined and len(lead) < 80 else ""))
            i += 2
        elif t == "table_open":
            table, i = _pipe_table(tokens, i)
            if table.rows and is_contact_table(table.rows):
                # people side by side under their labels ("Investor Contacts:" | "Media Contact:"):
                # one contact block per column
                for j in range(len(table.rows[0])):
                    col = [r[j] for r in table.rows if j < len(r) and r[j].strip()]
                    if col:
                        blocks.append(Block(" ".join(col), lines=col, contact_table=True))
            elif table.rows and (lines := labelled_contact_table(table.rows)):
                # "| Contact: | Richard T. Allorto, Jr. |" over the company, the number and the site in the
                # second column: a contact block under its label
                blocks.append(Block(" ".join(lines), lines=lines, contact_table=True))
            elif table.rows and issuer_table_contact(table.rows):
                lines = issuer_table_contact(table.rows)
                blocks.append(Block(" ".join(lines), lines=lines, contact_table=True))
            elif table.rows:
                blocks.append(Block("", kind="table", table=table, origin=f"line {(tok.map or [0])[0] + 1}"))
        elif t in ("fence", "code_block") and is_wrapped_release(tok.content):
            # a release (or part of one) copied as hard-wrapped text into a code block (an EQS
            # announcement in a Dow Jones copy): read as wire text
            blocks.extend(blocks_from_text(tok.content))
        elif t in ("fence", "code_block") and _is_contact_block(tok.content):
            # a contact block kept in fixed width ("Contact:   Investor Relations" over the names, numbers and
            # addresses, a line each): read as wire text, not as a table of one column
            blocks.extend(blocks_from_text(textwrap.dedent(tok.content)))
        elif t in ("fence", "code_block"):
            table = fixed_width_table(tok.content)
            if table and table.rows:
                blocks.append(Block("", kind="table", table=table, origin=f"line {(tok.map or [0])[0] + 1}"))
            elif table and table.caption:
                blocks.append(Block(table.caption, lines=[table.caption]))
        elif t == "html_block":
            blocks.extend(Block(line, lines=[line], origin=f"line {(tok.map or [0])[0] + 1}") for line in _html_text_lines(tok.content))
        elif t == "hr":
            blocks.append(Block("---", kind="rule"))
        i += 1
    return [b for b in blocks if b.kind != "rule"]
