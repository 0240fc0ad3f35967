"""Tables in the body: the caption lines above a table (statement titles, a unit line, `Table 1`),
the footnotes under it, an image's caption (no text of the release), an appended schedule's title, and a table printed as text."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from reportgen.model import Table
from reportgen.readers.blocks import Block
from reportgen.readers.rules.headline import norm_title
from reportgen.readers.rules.prose import SENTENCE_END

CAPTION_MAX_LINES = 4
CAPTION_LINE_MAX_CHARS = 150
LABEL_CAPTION_MAX_CHARS = 60  # "Revenue by segment:" right above a table is its caption
REPEATED_CAPTION_MAX_CHARS = 200  # a short block printed twice in a row is an image's caption

_CAPTION = re.compile(
    r"^\(.*\)$|^(?:Table|Exhibit|Schedule|Figure)\b|^[^a-z]*[A-Z]{4}[^a-z]*(?:\s*\([^)]*\))?$"
    r"|^(?:For the|At|As of)\b.{0,60}\d{4}$"
)
# a photo's caption: "Juan Guzman, Partner (Photography credit to Marc Cartwright)", "Photo credit: Ultima"
PHOTO_CREDIT = re.compile(r"\b(?:Photo(?:graph(?:y)?)?|Image|Picture)s?\s*(?:credit|courtesy|by)\b|\(PRNewsfoto/|^Photo:\s", re.I)
# a financial statement's title: "Consolidated Statements of Comprehensive Loss (unaudited)", "BALANCE SHEETS"
STATEMENT_TITLE = re.compile(r"\b(?:Consolidated|Condensed|Combined|Interim)\b[\w\s,]*?\b(?:Statements?|Balance Sheets?)\b|\bStatements? of "
                             r"(?:Operations|Cash Flows?|Comprehensive (?:Income|Loss)|Financial (?:Position|Condition)|Changes in)|\(unaudited\)", re.I)
_UNIT_LINE = re.compile(r"^\(.*\)$")  # "(Millions of dollars)"
_FOOTNOTE = re.compile(r"^(?:\(\d{1,2}\)|\(?[a-z]\)|\*{1,3}|\d{1,2}\)|[\u2020\u2021])\s*[A-Z]")


def caption_run(body: list[Block], i: int) -> Optional[int]:
    """Where the table starts when body[i:] is a table's caption (statement titles, `(Millions of
    dollars)`, `Table 1 ...`, up to three lines) right above the table; else None."""
    j = i
    while j < len(body) and j - i < CAPTION_MAX_LINES and body[j].kind not in ("table", "item"):
        t = body[j].text.strip()
        if len(t) > CAPTION_LINE_MAX_CHARS or (SENTENCE_END.search(t) and not t.endswith(")") and not t.isupper()):
            return None
        label_above_table = t.endswith(":") and len(t) < LABEL_CAPTION_MAX_CHARS and j + 1 < len(body) and body[j + 1].kind == "table"
        if (not _CAPTION.match(t) and not label_above_table and not STATEMENT_TITLE.search(t)
                and not (j + 1 < len(body) and _UNIT_LINE.match(body[j + 1].text.strip()))):
            return None  # a title-case caption only counts with its unit line below it
        j += 1
    if j > i and j < len(body) and body[j].kind == "table":
        return j
    return None


# the label of an appended part: "APPENDIX A", "Exhibit 99.1", "Schedule 2"
SCHEDULE_LABEL = re.compile(r"^(?:APPENDIX|Appendix|ANNEX|Annex|SCHEDULE|Schedule|EXHIBIT|Exhibit|ATTACHMENT|Attachment)\s+[A-Z0-9][\w.-]{0,5}$")


PAGE_HEADER_MIN_REPEATS = 3  # an all-caps line printed this often heads each page of the schedules ("VORNADO REALTY TRUST")


def caption_lines(body: list[Block]) -> set[str]:
    """The lines that caption the release's tables ("ORACLE CORPORATION", "Q4 FISCAL 2014 FINANCIAL
    RESULTS"), and the all-caps lines printed at the top of each page of its schedules, normalised."""
    out: set[str] = set()
    for i in range(len(body)):
        end = caption_run(body, i)
        if end is not None:
            out.update(norm_title(b.text) for b in body[i:end])
    counts = Counter(norm_title(b.text) for b in body if b.kind != "table" and b.text.strip().isupper() and len(b.text) < CAPTION_LINE_MAX_CHARS)
    out.update(t for t, n in counts.items() if t and n >= PAGE_HEADER_MIN_REPEATS)
    return out


def is_schedule_title(block: Block, captions: set[str]) -> bool:
    """An appended schedule's title, not a heading: its label ("APPENDIX A"), or a statement title the
    release prints above its tables ("ORACLE CORPORATION") printed again above text."""
    t = block.text.strip()
    return block.kind in ("para", "heading") and (bool(SCHEDULE_LABEL.match(t)) or (t.isupper() and norm_title(t) in captions))


COLUMN_GAP = re.compile(r"\S {4,}\S")  # "Original            New": columns set apart by runs of spaces
FLAT_TABLE_MIN_FIGURES = 8
FLAT_TABLE_FIGURE_SHARE = 0.3
_FIGURE = re.compile(r"^\(?[$\u20ac\u00a3]?\(?-?\d[\d,.]*\)?%?\)?$")


def is_flat_table(block: Block) -> bool:
    """A table printed as text: lines with columns set apart by runs of spaces (wire text), or a
    paragraph that is mostly figures (a copy that lost the table's cells: "Revenue $436,378 $336,968
    Cost of Goods Sold 77,844 ...")."""
    if block.kind == "table":
        return False
    lines = [ln.strip() for ln in block.lines if ln.strip()]
    if lines and sum(1 for ln in lines if COLUMN_GAP.search(ln)) >= max(1, len(lines) // 2):
        return True
    tokens = block.text.split()
    figures = sum(1 for w in tokens if _FIGURE.match(w))
    return figures >= FLAT_TABLE_MIN_FIGURES and figures >= FLAT_TABLE_FIGURE_SHARE * len(tokens)


def footnote_run(body: list[Block], i: int) -> int:
    """The end of the table footnotes that start at body[i] (`(1) These items ...`, `* Domestic
    segment ...`): marked paragraphs right under a table, up to the next non-note block."""
    j = i
    while j < len(body) and body[j].kind in ("para", "item") and _FOOTNOTE.match(body[j].text.strip()):
        if j + 1 < len(body) and body[j + 1].kind == "table" and not re.match(r"^\(\d", body[j].text.strip()):
            break  # "* Domestic segment detail for ..." right above the next table is its caption
        j += 1
    return j


def with_footnotes(table: Table, notes: list[str]) -> Table:
    """A table's footnotes kept with it: one-cell rows under the figures."""
    table = table.model_copy(deep=True)
    width = max((len(r) for r in table.rows), default=1)
    table.rows += [[n] + [""] * (width - 1) for n in notes]
    return table


def captioned_table(body: list[Block], i: int, start: int) -> tuple[Table, int]:
    """The table at body[start] with the caption lines body[i:start] above it and its footnotes
    under it, and where the body goes on."""
    table = (body[start].table or Table()).model_copy()
    caption = " ".join(x.text.strip() for x in body[i:start])
    table.caption = f"{caption} {table.caption}".strip() if table.caption else caption
    notes_end = footnote_run(body, start + 1)
    if notes_end > start + 1:
        table = with_footnotes(table, [x.text.strip() for x in body[start + 1:notes_end]])
    return table, max(start + 1, notes_end)


def table_with_notes(body: list[Block], i: int) -> tuple[Table, int]:
    """The table at body[i] with its footnotes under it, and where the body goes on."""
    table = body[i].table or Table()
    notes_end = footnote_run(body, i + 1)
    if notes_end > i + 1:
        table = with_footnotes(table, [x.text.strip() for x in body[i + 1:notes_end]])
        return table, notes_end
    return table, i + 1


def drop_repeated_captions(body: list[Block]) -> list[Block]:
    """A short block printed twice in a row in the body (a wire copy's image alt text and caption:
    `**Saqib Islam, SpringWorks Therapeutics CEO**` twice), a name printed above a caption that opens
    with it and credits the photo (`Juan Guzman` / `Juan Guzman, Partner (Photography credit to ...)`),
    or a bold image title followed by the bold caption that repeats it, is an attachment's caption,
    not text."""
    keys = [norm_title(b.text) if b.kind != "table" and len(b.text) < REPEATED_CAPTION_MAX_CHARS else None for b in body]
    drop = set()
    for k in range(len(body) - 1):
        if keys[k] and keys[k] == keys[k + 1]:
            drop.update((k, k + 1))
        elif (keys[k] and keys[k + 1] and body[k + 1].text.strip().startswith(body[k].text.strip() + ",")
              and PHOTO_CREDIT.search(body[k + 1].text)) or (
                keys[k] and keys[k + 1] and body[k].emphasis and body[k + 1].emphasis and keys[k + 1].startswith(keys[k])
                and re.match(r"\s*[,(]", body[k + 1].text.strip()[len(body[k].text.strip()):])):
            # a copy's photo list: the image's title, then its caption that repeats it and goes on
            # ("**Jo Roe**" / "**Jo Roe, Partner (Photography credit to ...)**")
            drop.update((k, k + 1))
    return [b for k, b in enumerate(body) if k not in drop]
