"""Hard-wrapped wire-service text: rebuild the paragraphs the wire wrapped at a fixed width.

Wire text comes in three layouts, often mixed: paragraphs separated by blank lines, paragraphs
marked by a first-line indent, and (PR Newswire in the 2000s) neither. Line breaks are therefore
decided line by line:
- a blank line always ends a paragraph;
- a line that starts further in than the line before starts a paragraph (first-line indent);
- a short, indented line is a heading or a piece of furniture on its own (`    About Ceplene`);
- otherwise a break is a paragraph break when the next line's first word would have fitted on
  the line *and* the line ends a sentence ("who receive" / "post-consolidation" stays one
  paragraph: the line does not end a sentence; "said Anthony M." ends none). After a sentence a
  typewriter-style text puts two spaces, and the word must fit after both;
- a footnote's or an item's text going on under its first word (a hanging indent) goes on, and so
  does a column set in the right half of the page (a signature block).
The wrap width is the width the fewest lines contradict (see `_width`): lines printed wider than
the margin (a trailer, a URL) and lines broken by hand (an address) do not move it.
Before the dateline (headline, deck lines) only blank lines and bullets separate blocks, since
centred headlines are wrapped with no regard to the width.

Text copied from a web page or a word processor has no wrap width: one paragraph a line, however
long, often with no blank line between paragraphs (see `_unwrapped`). There every line break is a
paragraph break, unless the line visibly goes on: it ends in a word such as "from" or "of", a
hyphen or a dash, or the next line starts in lower case (a headline broken by hand).
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from reportgen.readers.blocks import Block
from reportgen.readers.rules import furniture
from reportgen.readers.rules.dateline import match_dateline

_PAGE_MARK = re.compile(r"^\s*(?:<PAGE>.*|</?(?:TEXT|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION)>.*|-?\s*\d{1,3}\s*-?|Page \d+ of \d+)\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:--|[-*\u2022\u00b7o\u25aa\u25cf>]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = re.compile(r"""[.!?:]["'\u201d\u2019)\]]*$|[.!?]["'\u201d\u2019)\]]*\s*\(.{0,12}\)$""")
# a line ending in an initial or a title's abbreviation ("said Anthony M." / "Russo, President") ends no sentence
_INITIAL_END = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Messrs)\.$")


def _ends_sentence(line: str) -> bool:
    body = line.strip()
    return bool(_SENTENCE_END.search(body)) and not _INITIAL_END.search(body)

# furniture lines of the PR Newswire trailer that open a slash-delimited block: /CONTACT: ... /
_SLASH_BLOCK = re.compile(r"^\s*/[A-Za-z][A-Za-z .]{1,20}:")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _width(lines: list[str]) -> int:
    """The wrap width W. A wrapper fills each line as far as the next word allows, so a line of a
    paragraph is at most W long, and a line going on mid-sentence into the next had no room for
    that line's first word (its length + 1 + the word > W). W is the width that the fewest lines
    contradict (a line longer than W; a mid-sentence line with room for the next word), the
    smallest such: lines printed longer than the margin (a URL, a wire's trailer, a letterhead,
    a paragraph kept from another layout) and lines broken by hand (an address, a contact block)
    are outliers, whatever their share of the text."""
    longs: list[int] = []
    needs: list[int] = []
    for line, nxt in zip(lines, [*lines[1:], ""]):
        if not line.strip() or is_tabular(line) or RULE_LINE.match(line):
            continue
        if not (nxt.strip() and _indent(line) > _indent(nxt)):
            longs.append(len(line))  # a paragraph's indented first line may have counted its tab as 4
        if (nxt.strip() and _indent(nxt) <= _indent(line) and not _ends_sentence(line)
                and not _BULLET.match(nxt) and not is_tabular(nxt)):
            needs.append(len(line) + 1 + len(nxt.split()[0]))
    if not longs:
        return 80
    longs.sort()
    needs.sort()
    best, best_cost = longs[-1], len(needs)
    for w in sorted(set(longs)):
        # lines longer than w, and mid-sentence lines whose next word would have fitted in w
        cost = len(longs) - bisect.bisect_right(longs, w) + bisect.bisect_right(needs, w)
        if cost < best_cost:
            best, best_cost = w, cost
    return max(40, min(best, 200))


# a separator drawn with characters: "-----", "=====", "* * * * *", "‾‾‾‾‾", "─────"
RULE_LINE = re.compile(r"^\s*(?:[-=_*~\u203e\u2500\u2501\u2013\u2014]\s?){5,}\s*$")
# SGML character entities that EDGAR's text conversion spelled out
_SGML_WORDS = [("-Registered Trademark-", "\u00ae"), ("-Trademark-", "\u2122"), ("-C-", "\u00a9")]


_UNDERLINED = "\x02"  # marks a line underlined in the source


def _normalize(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    for word, char in _SGML_WORDS:
        text = text.replace(word, char)
    # quotation marks typed as two apostrophes or backquotes (a message board's or a typewriter's): ''...'', ``...''
    text = re.sub(r"(?<!')''(?!')|``", '"', text)
    out = []
    for raw in text.split("\n"):
        line = raw.expandtabs(8).rstrip()
        if _PAGE_MARK.match(line):
            # a page marker or page number: the paragraph continues across the page break
            continue
        if RULE_LINE.match(line):
            # a separator rule (-----) ends a paragraph like a blank line; a rule as long as the short
            # line above it, which stands alone, underlines a heading ("Outlook" / "=======")
            prev = out[-1] if out else ""
            if (prev.strip() and len(prev.strip()) <= 80 and abs(len(line.strip()) - len(prev.strip())) <= max(3, len(prev.strip()) // 4)
                    and (len(out) < 2 or not out[-2].strip()) and not _SENTENCE_END.search(prev.strip())):
                out[-1] = _UNDERLINED + prev
            out.append("")
            continue
        out.append(line)
    return out


# a line that goes on into the next: it ends in a word that cannot end a phrase, a hyphen, a dash or a slash
_GOES_ON = re.compile(
    r"(?:\b(?:a|an|the|of|for|from|to|in|on|at|by|with|and|or|nor|as|into|onto|than|its|their|our|his|her|"
    r"via|versus|vs\.?)|[-\u2013\u2014&/(])$", re.I)


# a headline broken before its verb: "LEADING BRANDS, INC." / "ANNOUNCES LAUNCH OF ..."
_HEADLINE_VERB = re.compile(r"(?i:announces|reports|launches|names|appoints|completes|receives|signs|enters|acquires|"
                            r"introduces|unveils|expands|declares|secures|wins|to\s+acquire|to\s+present)\b")


def _unwrapped(lines: list[str]) -> bool:
    """Is this text without a wrap width, one paragraph a line (copied from a web page or a word
    processor)? Its prose lines run longer than any wire or typewriter margin: at least two lines
    of 160 characters or more (a URL alone does not count), and at least a quarter of the lines of
    40 characters or more."""
    prose = [line.strip() for line in lines if len(line.strip()) >= 40 and not is_tabular(line)]
    long = [line for line in prose if len(line) >= 160 and " " in line]
    return len(long) >= 2 and len(long) >= 0.25 * len(prose)


def _unwrapped_break(line: str, nxt: str) -> bool:
    """In text without a wrap width, does a paragraph end between `line` and `nxt`? Yes, unless the
    line visibly goes on (a word such as "from", a hyphen, a dash) or the next starts in lower case
    or with a dateline's "--"."""
    rest, body = nxt.lstrip(), line.strip()
    if rest.startswith("--") or rest[:1].islower() or rest[:1] in ",;:)" or _HEADLINE_VERB.match(rest):
        return False  # (", Jan. 31, 2025 /PRNewswire/ --" under "DUBLIN": the dateline goes on)
    if re.match(r"[-\u2013\u2014]\s", body) and re.search(r"\s[-\u2013\u2014]$", body):
        return True  # a deck line framed by dashes: "– Company Increases Revenues by More than 30% –"
    if len(body.split()) >= 2 and _HEADLINE_VERB.fullmatch(body.split()[-1]):
        return False  # a headline broken after its verb: "Acme Bank Corp. Declares" / "Increased Cash Dividend"
    return not _GOES_ON.search(body)


DENSE_MIN_LINES = 15
DENSE_MAX_BLANK_SHARE = 0.03
HEADING_LINE_SHARE = 0.6  # in dense text, a line this much of the width or less, ending no sentence, may be a heading


def _dense(lines: list[str]) -> bool:
    """Wrapped text with no blank line between its paragraphs (a regulatory announcement copied from a
    web page, a text without its blank lines): its headings and header lines are told from wrapped
    lines only by their length."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < DENSE_MIN_LINES:
        return False
    blanks = filled[-1] - filled[0] + 1 - len(filled)  # the blank lines between the first and the last line
    return blanks <= DENSE_MAX_BLANK_SHARE * len(filled)


def _short_line_break(line: str, nxt: str, width: int) -> bool:
    """In dense text, a line broken by hand (the next line's first word would have fitted) that does not
    visibly go on ends its paragraph when the next starts a new one (a capital, a figure, a quotation
    mark): "Highlights", "08 April 2008", "Final Results 2007", an item's last line."""
    body, rest = line.strip(), nxt.lstrip()
    if _ends_sentence(line) and len(nxt.rstrip()) <= HEADING_LINE_SHARE * width and not _ends_sentence(nxt) and rest[:1].isupper():
        return True  # a heading after a paragraph's last, full line ("... 31 December 2007." / "Highlights")
    fits = len(line.rstrip()) + 1 + len(rest.split()[0]) <= width
    return (fits and not _GOES_ON.search(body) and not body.endswith(",")
            and bool(re.match(r"[A-Z0-9\"'\u201c\u2018(\[>]", rest)) and not rest.startswith("(")
            and not _INITIAL_END.search(body))


def _first_dateline_line(lines: list[str]) -> int:
    for i, line in enumerate(lines[:200]):
        if line.strip() and match_dateline(line.strip()):
            return i
    return -1


# a line that opens with its label ("ISIN: DE0006599905"), never the rest of a URL
_LABELLED = re.compile(r"[A-Z][\w()/-]{0,20}:\s")


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        piece = line.strip()
        if not text:
            text = piece
        elif (text.endswith("-") and not text.endswith("--") and re.search(r"[a-z]-$", text) and re.match(r"[a-z]", piece)
              and not re.match(r"(?:and|or|to|nor)\b", piece)):
            # "post-" / "consolidation": a hyphenated word keeps its hyphen (wires do not hyphenate);
            # "short-" / "and long-term" is a hyphen left hanging before "and", and keeps its space
            text += piece
        elif (re.search(r"(https?://|www\.)\S*[/\-_=?&]$", text) and re.match(r"[\w/.\-?=&%#]+", piece)
              and not _LABELLED.match(piece)) or (
            re.search(r"(https?://|www\.)\S*\.$", text) and re.match(r"[a-z/][\w/.\-?=&%#]*", piece)
        ):
            # a URL broken at the margin is joined back
            text += piece
        else:
            text += " " + piece
    return re.sub(r"[ \u00a0]{2,}", " ", text).strip()


def _column_cut(line: str) -> Optional[int]:
    """Where the second of two side-by-side columns starts: one run of three or more spaces after
    the 12th character, two short texts either side, no figures (a table row is not two columns)."""
    gaps = list(re.finditer(r"\S(\s{3,})(?=\S)", line))
    if len(gaps) != 1 or gaps[0].end() < 12 or (re.search(r"\d[\d,.]*%?\s*$", line) and not re.search(r"[@(+]|\d{3}[-.]\d{4}", line)):
        return None
    return gaps[0].end()


# a footnote's or an item's marker, and the spaces up to its text: "    (1) ", "  -- ", "3. "
_HANGING = re.compile(r"^\s*(?:\(\w{1,3}\)|\w{1,2}[.)]|--|[-*\u2022\u00b7])\s+(?=\S)")
_DOUBLE_SPACED = re.compile(r"""[a-z0-9)][.!?]["'\u201d\u2019)]?  +["'\u201c\u2018(]?[A-Z]""")
_SINGLE_SPACED = re.compile(r"""[a-z0-9)][.!?]["'\u201d\u2019)]? ["'\u201c\u2018(]?[A-Z]""")


def _sentence_gap(lines: list[str]) -> int:
    """The spaces a typist puts after a sentence: two in a typewriter-style text (most sentences
    inside its lines end with two spaces), else one. A line that ends a sentence had room for the
    next word only if the word and this gap fit."""
    text = "\n".join(lines)
    doubles = len(_DOUBLE_SPACED.findall(text))
    return 2 if doubles >= 3 and doubles > len(_SINGLE_SPACED.findall(text)) else 1


def _is_break(line: str, nxt: str, width: int, gap: int = 1) -> bool:
    """Does a paragraph end between `line` and `nxt` (two non-blank lines)? `gap`: the spaces after
    a sentence."""
    if nxt.lstrip().startswith("--") and match_dateline(line.strip()) and not re.search(r"(?:--|\u2014)\s*$", line):
        return False  # "NEW YORK, Jan. 5 /PRNewswire/" / "-- Acme Corp. today ...": the dateline goes on
    if _SLASH_BLOCK.match(nxt):
        return True
    if _BULLET.match(nxt):
        # an item starts, unless the line is full and its sentence goes on: a dash the wrapper carried
        # over ("Commercial sales - to small businesses" / "- increased 3.4 percent")
        return _ends_sentence(line) or _indent(nxt) != _indent(line) or len(line) + 1 + len(nxt.split()[0]) <= width
    a, b = _column_cut(line), _column_cut(nxt)
    if a is not None and b is not None and abs(a - b) <= 4:
        return False  # two blocks printed side by side: their lines go on together
    li, ni = _indent(line), _indent(nxt)
    first_word = nxt.split()[0]
    ends = _ends_sentence(line)
    fits = len(line) + (gap if ends else 1) + len(first_word) <= width
    if re.search(r"(?:https?://|www\.)\S*[/?=&_.-]$", line.strip()) and not fits and (ni <= li or not nxt.lstrip()[:1].isupper()):
        # a URL broken at the margin goes on (a line with room for the next word was not broken
        # there, and an indented line starting in capitals is a new paragraph)
        return False
    if li >= width // 2 and not re.search(r"\S\s{3,}\S", line):
        # a column set in the page's right half (a signature block: "Registrant" / "By: /s/ ..." / its
        # officer's name) goes on as long as its lines stay there
        return ni < width // 2
    hanging = _HANGING.match(line)
    if ni > li and hanging and len(hanging.group()) == ni and not ends:
        return False  # a footnote's or an item's text going on under its first word ("(1) These items" / "    office and")
    if ni > li and not fits and not ends and not is_tabular(line):
        # the line is full and the sentence goes on: a hanging indent (a footnote's "(1) These
        # items ..." / "    office and ...") or a wrapped caption, not a new paragraph
        return False
    if ni > li:
        return True  # first-line indent of a new paragraph
    if li > ni and fits and not (
        len(line.rstrip()) >= 0.8 * width and nxt.lstrip()[:1].islower() and not ends
    ):
        # a short indented line: a heading or furniture line of its own (a paragraph's first line
        # wrapped a little early, its sentence going on in lower case, is not)
        return True
    if fits and ends:
        return True
    return False


_NUM = r"\(?[$\u20ac\u00a3]?\s?\(?-?[\d,]*\d(?:\.\d+)?\)?%?\)?"
_TABULAR = re.compile(rf"\S\s{{2,}}{_NUM}(?:\s+{_NUM})*\s*$|\S(?:\s{{2,}}\S+){{2,}}")


def is_tabular(line: str) -> bool:
    """A line of a fixed-width table: a label and figures in columns, or three columns or more."""
    body = line.strip()
    return bool(body) and bool(_TABULAR.search(body)) and len(re.findall(r"\s{2,}", body)) >= 1 and bool(re.search(r"\d|\bEnded\b|\bWeeks\b", body))


def _is_table_head(line: str) -> bool:
    """A caption or column-header line above a fixed-width table."""
    body = line.strip()
    if _SENTENCE_END.search(body) and not body.endswith(")") and not body.isupper():
        return False
    if len(re.findall(r"\S\s{2,}\S", body)) >= 1 and _indent(line) >= 2:
        return True  # column headers: "Domestic    Sears Canada    Consolidated"
    return len(body) < 60 and _indent(line) >= 2


def find_table_zones(lines: list[str], start: int) -> list[tuple[int, int]]:
    """Runs of lines (from `start`) that are a fixed-width table: at least three tabular lines,
    with the label lines, captions and single blank lines between them."""
    zones = []
    i = start
    n = len(lines)
    while i < n:
        if not is_tabular(lines[i]):
            i += 1
            continue
        # grow backwards over caption / header lines (short, indented) right above
        a = i
        while a - 1 > start:
            above = lines[a - 1]
            if not above.strip():
                # one blank line inside the table's head, not two
                if a - 2 > start and lines[a - 2].strip() and _is_table_head(lines[a - 2]):
                    a -= 1
                    continue
                break
            if not _is_table_head(above):
                break
            a -= 1
        b = i
        count = 0
        j = i
        while j < n:
            line = lines[j]
            if is_tabular(line):
                count += 1
                b = j
            elif not line.strip():
                if j + 1 < n and not lines[j + 1].strip():
                    break  # two blank lines end the table
            elif len(line.strip()) < 60 and _indent(line) >= 2:
                pass  # a row label wrapped over two lines, a sub-heading of the table
            else:
                break
            j += 1
        if count >= 3:
            zones.append((a, b + 1))
        i = max(b + 1, i + 1)
    return zones


_CURRENCY = ("$", "\u20ac", "\u00a3", "C$", "US$")


def _positioned_cells(line: str) -> list[tuple[int, int, str]]:
    """Cells of a fixed-width line with their columns: runs of text split at two or more spaces;
    a currency sign standing alone (`$    -`) goes with the figure after it."""
    cells: list[tuple[int, int, str]] = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        if cells and cells[-1][2] in _CURRENCY:
            a, _, t = cells.pop()
            cells.append((a, m.end(), f"{t} {m.group()}"))
        else:
            cells.append((m.start(), m.end(), m.group()))
    return cells


def _is_figure(text: str) -> bool:
    t = text.replace(" ", "")
    return bool(re.fullmatch(_NUM, t)) or t in ("-", "\u2014", "\u2013", "--", "n/a", "nm", "NM", "$-")


def _column_edges(lines: list[str]) -> list[int]:
    """The right edges of the value columns: figures are right-aligned, so the ends of the figure
    cells cluster (a closing parenthesis may hang one place further)."""
    ends = sorted(c[1] for l in lines if is_tabular(l) for c in _positioned_cells(l)[1:] if _is_figure(c[2]))
    edges: list[int] = []
    for e in ends:
        if edges and e - edges[-1] <= 2:
            edges[-1] = e
        else:
            edges.append(e)
    return edges


def _place(cells: list[tuple[int, int, str]], edges: list[int]) -> list[str]:
    """Value cells -> one string per column, each cell in the column whose right edge is nearest
    its own; a header cell that runs over two columns (`June 28, January 3,`) is split between
    its words where they line up with two columns."""
    out = [""] * len(edges)

    def nearest(end: int) -> int:
        return min(range(len(edges)), key=lambda k: abs(edges[k] - end))

    for a, b, text in cells:
        words = [(m.start() + a, m.end() + a, m.group()) for m in re.finditer(r"\S+", text)]
        pieces: list[list[tuple[int, int, str]]] = [[]]
        for k, w in enumerate(words):
            pieces[-1].append(w)
            # two dates printed one space apart over two columns ("June 28, January 3,"); a
            # header centred over two columns ("For the 13 Weeks") stays one cell
            if k + 1 < len(words) and not _is_figure(text) and re.search(r"\d,?$", w[2]) and re.search(r"\d,?$", words[-1][2]):
                here, there = nearest(w[1]), nearest(words[k + 1][1])
                if here != there and abs(edges[here] - w[1]) <= 3 and nearest(b) != here:
                    pieces.append([])
        for piece in pieces:
            col = nearest(piece[-1][1])
            joined = " ".join(w[2] for w in piece)
            out[col] = f"{out[col]} {joined}".strip()
    return out


def _table_by_columns(lines: list[str]):
    """A fixed-width table laid out by character position (None when its figures show no columns)."""
    from reportgen.model import Table

    body = [l for l in lines if l.strip()]
    edges = _column_edges(body)
    if len(edges) < 1:
        return None
    figure_starts = [c[0] for l in body if is_tabular(l) for c in _positioned_cells(l)[1:] if _is_figure(c[2])]
    value_left = min(figure_starts) if figure_starts else edges[0]
    rows: list[list[str]] = []
    caption: list[str] = []
    pending = ""
    pending_indent = 0
    for line in body:
        cells = _positioned_cells(line)
        label = None
        if cells and cells[0][0] < value_left - 1 and not _is_figure(cells[0][2]) and (cells[0][1] < edges[0] - 2 or len(cells) == 1):
            label = cells[0]
            cells = cells[1:]
        if not cells:
            # a line with only a label: the caption above the table, or a label that wraps
            text = label[2] if label else ""
            if not rows and not pending and (text.isupper() or not caption) and not is_tabular(line):
                caption.append(text)
            elif pending and (text[:1].islower() or _indent(line) > pending_indent):
                pending += " " + text
            else:
                if pending:
                    rows.append([pending] + [""] * len(edges))
                pending, pending_indent = text, _indent(line)
            continue
        values = _place(cells, edges)
        name = label[2] if label else ""
        if pending:
            if label and (name[:1].islower() or _indent(line) > pending_indent):
                name = f"{pending} {name}"
            elif not label and any(_is_figure(v) for v in values if v):
                name = pending
            else:
                rows.append([pending] + [""] * len(edges))
            pending = ""
        rows.append([name] + values)
    if pending:
        rows.append([pending] + [""] * len(edges))
    header = 0
    for r in rows:
        if any(_is_figure(c) and not re.fullmatch(r"(?:19|20)\d\d\*{0,2}", c) for c in r[1:] if c):
            break
        header += 1
    return Table(caption=" ".join(caption) or None, header_rows=min(header, len(rows)), rows=rows)


def table_from_lines(lines: list[str]):
    """Fixed-width lines -> a Table: cells placed by column position (figures are right-aligned,
    so their right edges are the columns); a label wrapped over two lines is one row; the leading
    one-cell lines are the caption."""
    by_columns = _table_by_columns(lines)
    if by_columns is not None and by_columns.rows:
        return by_columns
    return _table_by_splitting(lines)


def _table_by_splitting(lines: list[str]):
    """The fallback: cells at runs of two or more spaces, padded on the left."""
    from reportgen.model import Table

    rows: list[list[str]] = []
    caption: list[str] = []
    pending = ""
    for line in lines:
        if not line.strip():
            continue
        cells = [c.strip() for c in re.split(r"\s{2,}", line.strip()) if c.strip()]
        if len(cells) == 1 and not is_tabular(line):
            if not rows and not pending and (line.strip().isupper() or not caption):
                caption.append(cells[0])
            elif pending:
                pending += " " + cells[0]
            else:
                pending = cells[0]
            continue
        if pending:
            if re.match(r"^[a-z(]", cells[0]) or (_indent(line) > 0 and not re.search(r"\d", cells[0])):
                cells[0] = pending + " " + cells[0]
            else:
                rows.append([pending])
            pending = ""
        rows.append(cells)
    if pending:
        rows.append([pending])
    width = max((len(r) for r in rows), default=0)

    def pad(r: list[str]) -> list[str]:
        # figures and column headers are right-aligned over the value columns; a label stays first
        if len(r) == width:
            return r
        has_label = bool(re.search(r"[A-Za-z]{3}", r[0])) and any(re.search(r"\d", c) for c in r[1:])
        if has_label or (len(r) == 1 and re.search(r"[A-Za-z]{3}", r[0])):
            return [r[0]] + [""] * (width - len(r)) + r[1:]
        return [""] * (width - len(r)) + r

    rows = [pad(r) for r in rows]
    header = 0
    for r in rows:
        if any(re.fullmatch(_NUM, c.replace(" ", "")) and not re.fullmatch(r"(?:19|20)\d\d", c) for c in r[1:]):
            break
        header += 1
    return Table(caption=" ".join(caption) or None, header_rows=min(header, len(rows)), rows=rows)


_CONTACT_SIGN = re.compile(r"@[\w-]+\.|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4}|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]\d{2,4}[\s.-]?\d{2,5}|"
                           r"\bContacts?\b|\bMedia\b|\bInvestors?\b", re.I)


_LABEL = re.compile(r"^[A-Z][\w.-]*(?: [\w.-]+)?:$")


def split_side_by_side(lines: list[str]) -> list[list[str]]:
    """Two contact blocks printed side by side (`Investor Relations Contact:      Media Contact:`):
    every line splits at one run of three or more spaces near the same column. Returns the two
    columns' lines, or [] when the lines are not two columns of contacts."""
    if len(lines) < 2:
        return []
    cuts: list[Optional[int]] = []
    for line in lines:
        gaps = list(re.finditer(r"\S(\s{3,})(?=\S)", line))
        if len(gaps) > 1:
            return []
        # a line printed in one column only (the left block runs a line longer) has no gap
        cuts.append(gaps[0].end() if gaps else None)
    known = [c for c in cuts if c is not None]
    if len(known) < 2 or max(known) - min(known) > 4 or min(known) < 12:
        return []
    if all(_LABEL.match(line[:c].strip()) for line, c in zip(lines, cuts) if c is not None):
        return []  # a column of labels and their values ("Date:    January 26, 1998" / "Contact:    ...")
    text = "\n".join(lines)
    if len(_CONTACT_SIGN.findall(text)) < 3 or (is_tabular(lines[-1]) and not re.search(r"@", text)):
        return []
    cut = min(known)
    left, right = [], []
    for line, c in zip(lines, cuts):
        if c is None:
            (right if _indent(line) >= cut - 2 else left).append(line.strip())
            continue
        left.append(line[:c].strip())
        right.append(line[c:].strip())
    return [[l for l in left if l], [r for r in right if r]]


def _bar_run(lines: list[str], start: int) -> int:
    """The end of a run of lines printed with bars between cells (a web page's table turned into text:
    "Jane Roe | John Doe | |"), from `start`; `start` when there is none."""
    end = start
    while end < len(lines) and "|" in lines[end]:
        end += 1
    return end


def _bar_table_blocks(lines: list[str], start: int) -> list[Block]:
    """A contact table turned into text with bars between its cells ("CONTACT: | |" / "Jane Roe | John Doe | |" /
    "President | Investor Relations | |" / "610-555-4627 | 610-555-4604 | |"): its labels as lines and one block
    a column, read like contact blocks printed side by side; [] when the rows are no such table."""
    rows = [[c.strip() for c in line.split("|") if c.strip()] for line in lines]
    wide = [r for r in rows if len(r) >= 2]
    if len(wide) < 2 or len({len(r) for r in wide}) != 1 or len(_CONTACT_SIGN.findall("\n".join(lines))) < 2:
        return []
    n = len(wide[0])
    labels = [r[0] for r in rows[: rows.index(wide[0])] if len(r) == 1]
    if any(len(r) == 1 for r in rows[rows.index(wide[0]):]):
        return []  # a cell alone under the table's columns: no clean table
    columns = [[r[k] for r in wide] for k in range(n)]
    out = [Block(label, origin=f"line {start + 1}", lines=[label]) for label in labels]
    return out + [Block(" ".join(col), origin=f"line {start + 1}", lines=col, contact_table=True) for col in columns]


def _paragraph_blocks(lines: list[str], start: int, width: int = 80) -> list[Block]:
    """The block(s) of one rebuilt paragraph (its lines as printed, the first at line `start`): two
    contact blocks side by side, an underlined heading, an item or a paragraph."""
    columns = split_side_by_side(lines)
    if columns:
        return [Block(" ".join(col), origin=f"line {start + 1}", lines=col, contact_table=True) for col in columns]
    lines = list(lines)
    if lines and lines[0].startswith(_UNDERLINED):
        lines[0] = lines[0][len(_UNDERLINED):]
        if len(lines) == 1:
            return [Block(lines[0].strip(), kind="heading", level=2, emphasis=True, origin=f"line {start + 1}", lines=[lines[0].strip()])]
    if lines and re.match(r"\s*>\s", lines[0]):
        lines[0] = lines[0].replace(">", "\u2022", 1)  # an item marked ">" (a plain-text convention) gets the usual bullet
    joined = _join(lines) if lines else ""
    if not joined:
        return []
    indented = _indent(lines[0]) >= 2
    return [Block(
        joined,
        kind="item" if _BULLET.match(lines[0]) else "para",
        emphasis=indented and len(lines) == 1 and len(joined) < 90 and not _SENTENCE_END.search(joined),
        origin=f"line {start + 1}",
        lines=[l.strip() for l in lines],
    )]


def _header_break(prev: str, line: str) -> bool:
    """Above the dateline, lines go on together (a headline over several lines) until an item, a
    slash block, or a wire's line that is furniture on its own (DGAP/EQS's "EQS-News: Company /
    Key word(s): ...", "10-Feb-2025 / 20:06 CET/CEST") starts or ends."""
    return bool(_BULLET.match(line) or _SLASH_BLOCK.match(line)
                or furniture.classify(prev.strip()) or furniture.classify(line.strip()))


def blocks_from_text(text: str) -> list[Block]:
    """Wire text -> blocks, one per rebuilt paragraph; `Block.lines` keeps the original lines."""
    lines = _normalize(text)
    unwrapped = _unwrapped(lines)
    dense = not unwrapped and _dense(lines)
    width = _width(lines)
    gap = _sentence_gap(lines)
    dl = _first_dateline_line(lines)
    zones = find_table_zones(lines, dl + 1 if dl >= 0 else 0)
    zone_start = dict(zones)
    blocks: list[Block] = []
    current: list[str] = []
    start = 0

    def flush():
        blocks.extend(_paragraph_blocks(current, start, width))
        current.clear()

    in_slash_block = False
    skip_until = -1
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        if i in zone_start and not in_slash_block:
            flush()
            end = zone_start[i]
            blocks.append(Block("", kind="table", table=table_from_lines(lines[i:end]), origin=f"line {i + 1}"))
            skip_until = end
            continue
        if "|" in line and not in_slash_block:
            end = _bar_run(lines, i)
            table = _bar_table_blocks(lines[i:end], i) if end - i >= 2 else []
            if table:
                flush()
                blocks.extend(table)
                skip_until = end
                continue
        if not line.strip():
            if not in_slash_block:
                flush()
            continue
        if in_slash_block:
            current.append(line)
            if line.rstrip().endswith("/"):
                in_slash_block = False
                flush()
            continue
        if current:
            prev = current[-1]
            before_dateline = dl >= 0 and i <= dl
            if unwrapped:
                broken = i == dl or _header_break(prev, line) or _unwrapped_break(prev, line)
            else:
                broken = (i == dl) or (before_dateline and _header_break(prev, line)) or (
                    not before_dateline and _is_break(prev, line, width, gap)) or (
                    dense and _short_line_break(prev, line, width))
            if broken:
                flush()
        if not current:
            start = i
        current.append(line)
        if _SLASH_BLOCK.match(line):
            if line.rstrip().endswith("/") and len(line.strip()) > 2:
                flush()
            else:
                in_slash_block = True
    flush()
    return blocks
