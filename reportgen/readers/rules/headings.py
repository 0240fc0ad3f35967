"""Headings: what looks like a section heading (markup said so, or a short line that is indented,
bold, all caps, in title case or names a section), the levels of headings known only by their look,
and the section headings a copy glued to their first paragraph (a bold heading that lost its line
break, "About Acme: ...", "**“Safe Harbor” Statement:** ..."; not a bold run-in label such as
"**BEAM-302:** ..."). Not headings: a quote's attribution ("Jane Roe commented:"), a photo's
caption, an address, an appendix's label or a financial statement's title, a table's column heads
printed as text."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Section
from reportgen.readers.blocks import Block
from reportgen.readers.rules.contact_blocks import CONTACT_LABEL
from reportgen.readers.rules.contacts import EMAIL, PHONE, TITLE_WORDS, is_person_name
from reportgen.readers.rules.fls import FLS_HEADING
from reportgen.readers.rules.glued import heading_then, is_address
from reportgen.readers.rules.prose import ABOUT, SENTENCE_END, words
from reportgen.readers.rules.tables import PHOTO_CREDIT, SCHEDULE_LABEL, STATEMENT_TITLE, is_flat_table

HEADING_MAX_CHARS = 110
HEADING_MAX_WORDS = 14
NUMBERED_HEADING_MAX_WORDS = 8  # "1. Overview", "II. Financial Results"
FLS_HEADING_MAX_CHARS = 70  # "Forward Looking Statements Note:"
LABEL_HEADING_MAX_WORDS = 6  # "Third Quarter Highlights:" names a section; a longer line ending in ":" leads in
ABOUT_HEADING_MAX_WORDS = 8
SENTENCE_CASE_MAX_WORDS = 6  # "First quarter highlights"
TITLE_CASE_MIN_WORDS = 5  # a title-case heading with a lower-case term in it
TITLE_CASE_SHARE = 0.7
LABEL_TEXT_MIN_CHARS = 60  # a label in title case heads text (a sentence, a list), not a short line
TITLE_LABEL_MIN_WORDS = 4  # "Business Outlook - First Quarter of 2025:"; "Date and Time:" and shorter labels lead in to a value
SHORT_LINE_RUN = 3  # this many heading-like lines in a row are an address or a list of names
GLUED_HEADING_MIN_REST = 40  # the paragraph a glued About heading is split from is this much longer
GLUED_CONTACT_CHARS = 120  # a bold name whose paragraph opens with an address, e-mail or phone is a contact's

SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "a", "with", "at", "by", "or", "vs"}

# the one-word section headings releases use ("Highlights" above the bullet points)
ONE_WORD_HEADINGS = {
    "highlights", "outlook", "background", "overview", "summary", "guidance", "webcast", "trademarks", "disclaimer",
    "dividend", "dividends", "financials", "results", "recognition", "availability", "pricing", "leadership",
    "advisors", "advisers", "references", "notes", "statement", "safety", "efficacy", "methodology",
}

# the last word of a heading printed in sentence case (Canadian and European releases)
HEADING_NOUNS = {
    "highlights", "dividend", "dividends", "outlook", "results", "update", "updates", "overview", "summary", "guidance", "call",
    "webcast", "information", "statements", "strategy", "performance", "review", "details", "transaction", "financing",
    "acquisition", "agreement", "background", "advisors", "advisers", "operations", "production", "reserves",
    "exploration", "liquidity", "position", "terms", "management", "governance", "developments", "measures",
}

_HEADING_STOP = re.compile(r"^(?:Table|Figure|Exhibit|Source|Note|Notes)\b\s*[:\d]", re.I)
_ENDS_WITH_SUFFIX = re.compile(r"\b(?:Inc|Corp|Ltd|Co|S\.A|N\.V|L\.P|LLC|B\.V|A\.G|S\.p\.A|U\.S)\.$")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+(?=[A-Z])")
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|include|includes)\b")
# an address line: "2374 Route 390", "Mountainhome, PA 18342", "Suite 400"
_ADDRESS = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b(?:Suite|P\.?\s?O\.? Box)\s+[\w-]+|\(Address of\b")
# "HOUSTON and ROCKVILLE, MD -- August 25, 1999 --" in bold: a dateline, not a heading
_DATELINE_LIKE = re.compile(r"\b[A-Z]{3,}\b.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
_CONTACT_IN = re.compile(r"@|\d{3}[-.)\s]\s?\d{3}[-.\s]\d{4}|\b[A-Z]{2}\s+\d{5}\b|\bTel\b|\bPhone\b", re.I)
_SAID_COLON = re.compile(r"\b(?:said|says|commented|comments|added|adds|stated|states|noted|notes|explained|remarked|continued|concluded)\s*:$", re.I)
_GLUED_ABOUT = re.compile(r"^(About (?:the )?(?P<name>[A-Z0-9][\w&.,'\u2019-]*?(?: (?:[A-Z0-9][\w&.,'\u2019-]*?|plc|inc\.?|ltd\.?|and|of|de|the)){0,5}?))\s*(?:The )?(?P=name)\b")
# "About Massachusetts Maritime Academy (MMA): MMA is ...": a run-in About heading with its colon
_RUN_IN_ABOUT = re.compile(r"^(About (?:the )?[A-Z0-9][^:.;,()]{1,60}?(?:\s\([A-Z][\w&.-]{0,12}\))?):\s+(?=[A-Z0-9\"\u201c])")


# a link's call to action printed on its own line: "WATCH VIDEO", "Download the report", "Register here"
_CALL_TO_ACTION = re.compile(r"^(?:watch|view|download|click|register|listen|subscribe|sign up|learn more|read more|play)\b"
                             r"(?:\s+\S+){0,3}$", re.I)
# a place and a month: "Blue Ridge Mountains, South Carolina - October 2025" (a second dateline)
_PLACE_MONTH_YEAR = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z][\w .'-]+\s+[-\u2013\u2014]\s+(?:January|February|March|April|May|June|July|August|"
                               r"September|October|November|December)\s+(?:19|20)\d\d$")


_SOCIAL = re.compile(r"\b(?:LinkedIn|Twitter|Facebook|Instagram|YouTube|TikTok|Threads|Bluesky)\s*:|\bSocial Media$", re.I)


def _signs_as(t: str) -> bool:
    """A person's line: a name, then the office ("Joseph A. Riccelli, CEO", "Randy Roe, Chief Marketing Officer, Acme")."""
    name, _, rest = t.partition(", ")
    return bool(rest) and is_person_name(name) and bool(TITLE_WORDS.search(rest.split(",")[0]))


_FOOTNOTE_MARK = re.compile(r"\s*(?:\((?:\d{1,2}|[ivx]{1,4})\)|\*+)$")


def looks_like_heading(block: Block) -> bool:
    """A short line that names what follows: markup said so, or it is indented/bold/all caps/title case
    (a footnote mark after it aside: "ARISTADA(i)", "Results (1)")."""
    t = _FOOTNOTE_MARK.sub("", block.text.strip()) or block.text.strip()
    if PHOTO_CREDIT.search(t) or SCHEDULE_LABEL.match(t) or STATEMENT_TITLE.search(t):
        return False  # a photo's caption, an appendix's label, a statement's title
    if block.kind == "heading":
        return True
    if not re.search(r"[A-Za-z]{2}", t):
        return False  # "21%": a figure
    numbered = _NUMBERED.match(t)
    if not t or len(t) > HEADING_MAX_CHARS or block.kind == "table" or (block.kind == "item" and not numbered):
        return False
    if numbered and block.kind in ("para", "item"):
        return _is_numbered_heading(t[numbered.end():])
    if t[0] in "(*[" or re.match(r"^\d{1,2}[.)]\s", t):
        return False  # a parenthetical unit line, a footnote
    if re.match(r"^[-\u2013\u2014]\s+[A-Z]", t) or _SAID_COLON.search(t):
        return False  # a quote's attribution: "Nick Swenson commented:" above it, "- Jane Roe, COO" under it
    if t.endswith(",") or _SOCIAL.search(t):
        return False  # a table's header cut at its comma ("Twelve Months Ended December 31,"); "LinkedIn: Acme", "Investor Social Media"
    if _signs_as(t) or _CALL_TO_ACTION.match(t) or _PLACE_MONTH_YEAR.search(t):
        return False  # "Joseph A. Riccelli, CEO" under a letter, a contact's line; "WATCH VIDEO"; "Blue Ridge, SC - October 2025"
    ws = words(t)
    if not ws or len(t.split()) > HEADING_MAX_WORDS or _HEADING_STOP.match(t) or CONTACT_LABEL.match(t):
        return False
    if SENTENCE_END.search(t) and not t.endswith(":") and not (ABOUT.match(t) and _ENDS_WITH_SUFFIX.search(t)):
        return False
    if FLS_HEADING.search(t) and len(t) < FLS_HEADING_MAX_CHARS:
        return True  # "Forward Looking Statements Note:"
    if re.search(r"[@]|https?://|\bwww\.|\d{3}[-.)]\s?\d{3}", t) or _ADDRESS.search(t):
        return False
    if t.endswith(":") and not block.emphasis and not t.isupper() and not (
            len(ws) <= LABEL_HEADING_MAX_WORDS and ws[-1].lower() in HEADING_NOUNS | ONE_WORD_HEADINGS) and not (
            ABOUT.match(t) and len(ws) <= ABOUT_HEADING_MAX_WORDS) and not _title_case_label(ws):
        return False  # a lead-in to what follows; "Highlights:", "Third Quarter Highlights:", "About Acme Corp.:" name a section
    if re.match(r"^\S+(?: \S+)?:\s+\S", t) and not block.emphasis:
        return False  # "Registration: Link", "Date/Time: Monday ..." is a label and its value
    if re.match(r"^[^:]{1,40}:\s+[\d+(#]", t) or re.search(r"\s=\s", t):
        return False  # "Participant Access Code: 831836", a table's key "NM = Not Meaningful"
    if block.emphasis or t.isupper():
        return True
    return _looks_like_plain_heading(t, ws)


def _title_case_label(ws: list[str]) -> bool:
    """"Business Outlook - First Quarter of 2025:": a label in title case names the section under it
    ("For Media Inquiries and Expert Perspective:" labels contacts)."""
    return (TITLE_LABEL_MIN_WORDS <= len(ws) <= HEADING_MAX_WORDS and ws[0][0].isupper()
            and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in ws)
            and not any(w.lower() in ("inquiries", "enquiries", "contact", "contacts", "media", "press") for w in ws))


def _label_only(b: Block) -> bool:
    """A line ending in a colon that is a heading only because it is a label in title case."""
    t = b.text.strip()
    ws = words(t)
    return (t.endswith(":") and not b.emphasis and not t.isupper() and not ABOUT.match(t)
            and not (len(ws) <= LABEL_HEADING_MAX_WORDS and ws[-1].lower() in HEADING_NOUNS | ONE_WORD_HEADINGS))


def _is_numbered_heading(rest: str) -> bool:
    """"1. Overview", "II. Financial Results": a numbered heading is in title case and stops short;
    a footnote ("1. Includes ...") is a sentence."""
    rw = words(rest)
    return (0 < len(rw) <= NUMBERED_HEADING_MAX_WORDS and not SENTENCE_END.search(rest) and not re.search(r"[@$%]|\d{3}", rest)
            and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in rw))


def _looks_like_plain_heading(t: str, ws: list[str]) -> bool:
    """A heading with no emphasis: an About line, a sentence-case or title-case heading, a one-word one."""
    if re.match(r"^About\s+[A-Za-z]", t) and len(ws) <= ABOUT_HEADING_MAX_WORDS and not t.endswith((",", ";")):
        return True  # "About atopic dermatitis", "About Aldwych Resources plc"
    if (len(ws) <= SENTENCE_CASE_MAX_WORDS and t[0].isupper() and all(w[0].islower() or w[0].isdigit() for w in ws[1:]) and len(ws) >= 2
            and ws[-1].lower().rstrip(":") in HEADING_NOUNS):
        return True  # a heading in sentence case: "First quarter highlights", "Interim dividend"
    capitalised = sum(1 for w in ws if w[0].isupper() or w.lower() in SMALL_WORDS)
    if len(ws) >= TITLE_CASE_MIN_WORDS and capitalised >= TITLE_CASE_SHARE * len(ws) and ws[0][0].isupper() and not _VERB.search(t):
        return True  # a title-case heading with a lower-case term in it: "KOL Event on aneurysmal Subarachnoid Hemorrhage"
    return capitalised == len(ws) and (len(ws) >= 2 or t.lower().startswith("about") or (
        len(ws) == 1 and ws[0].lower() in ONE_WORD_HEADINGS and bool(re.fullmatch(r"(?:(?:FY|Q[1-4]|H[12])?\s*\d{4}\s+)?\w+:?", t))))


def heading_text(text: str) -> str:
    """The heading as the section's name: without its colon or a footnote mark (`Results (1)`, `Notes*`, `ARISTADA(i)`)."""
    return re.sub(r"\s*:?\s*(?:\((?:\d{1,2}|[ivx]{1,4})\)|\*+)$", "", text).rstrip(":").strip()


def heading_level(block: Block) -> Optional[int]:
    """The level the markup gives a heading (markdown/HTML h2 -> 2, Word Heading 2 -> 2); None for a
    heading known only by its look (bold, all caps, indented)."""
    if block.kind == "heading" and block.level:
        return block.level
    return None


def heading_style(block: Block) -> tuple:
    """How a heading known only by its look looks: all caps or not, emphasised (bold, indented) or not."""
    t = block.text.strip()
    return (t.isupper(), bool(block.emphasis))


def assign_look_levels(sections: list[Section], styles: dict[int, tuple]) -> None:
    """Levels for headings known by their look (bold, all caps, indented), as a converter reads a
    document's heading styles: a style first met right under a heading of another style (with
    nothing between them) is one level below it; every other style is a top section heading (2,
    as `##` / `<h2>`: the headline is level 1). Levels the markup gave are kept."""
    level_of: dict[tuple, int] = {}
    for k, s in enumerate(sections):
        if not s.heading or s.level is not None:
            continue
        style = styles.get(id(s))
        if style not in level_of:
            parent = sections[k - 1] if k > 0 else None
            if (parent is not None and parent.heading and not parent.paragraphs and not parent.tables
                    and parent.level is not None and styles.get(id(parent)) != style):
                level_of[style] = min(parent.level + 1, 6)
            else:
                level_of[style] = 2
        s.level = level_of[style]


def in_run_of_short_lines(body: list[Block], i: int) -> bool:
    """Three or more heading-like lines in a row (an address, a list of names) are not headings;
    two (a heading and its first sub-heading) are."""
    def plain_heading_like(k: int) -> bool:
        return 0 <= k < len(body) and body[k].kind == "para" and not body[k].emphasis and looks_like_heading(body[k])

    if body[i].kind == "heading" or body[i].emphasis:
        return False
    run = 1
    k = i - 1
    while plain_heading_like(k):
        run += 1
        k -= 1
    k = i + 1
    while plain_heading_like(k):
        run += 1
        k += 1
    return run >= SHORT_LINE_RUN


def is_heading_at(body: list[Block], i: int) -> bool:
    """body[i] heads a section: it looks like a heading, is not one of a run of short lines, is
    not an item among items, not a table's column heads (a table printed as text), and not a photo's
    alternative text above its caption ("Juan Guzman" / "Juan Guzman, Partner ... (Photography credit to ...)")."""
    b = body[i]
    if not looks_like_heading(b) and (_bare_heading_between_prose(body, i) or _names_the_list_below(body, i)):
        return True
    # an address's line looks like a heading (and counts in a run of short lines) but heads nothing;
    # nor does a person's name right above an e-mail or a phone alone (an unlabelled contact)
    if not looks_like_heading(b) or is_address(b.text) or _names_a_contact(body, i) or _STATEMENT_CAPTION.search(b.text) \
            or in_run_of_short_lines(body, i) or (
            b.kind == "item" and any(0 <= k < len(body) and body[k].kind == "item" for k in (i - 1, i + 1))):
        return False
    if b.kind != "heading" and is_flat_table(b):
        return False
    nxt = body[i + 1] if i + 1 < len(body) else None
    if nxt is None:
        return True
    if _label_only(b) and nxt.kind != "item" and len(nxt.text) < LABEL_TEXT_MIN_CHARS and not SENTENCE_END.search(nxt.text.strip()):
        return False  # "Changes in Operating Assets and Liabilities:" above "Accounts Receivable": a table's row
    return not nxt.text.strip().startswith(b.text.strip() + ",")


BARE_HEADING_MAX_WORDS = 9
PROSE_MIN_CHARS = 100  # a paragraph of prose around a bare heading: at least this long, ending a sentence


def _is_prose(b: Optional[Block], opens: bool) -> bool:
    t = b.text.strip() if b is not None else ""
    return (b is not None and b.kind in ("para", "item") and len(t) >= PROSE_MIN_CHARS and bool(SENTENCE_END.search(t))
            and (not opens or t[0].isupper() or t[0] in "\"\u201c"))


def _bare_heading_between_prose(body: list[Block], i: int) -> bool:
    """A short line in sentence case with no closing punctuation, standing alone between two paragraphs
    of prose, heads the text under it ("Sun City fuels your economic engine", "Cash flow and debt"),
    as copies that lost the heading's markup (distributors' markdown, text) print it; a name, an
    address, a label or a question does not."""
    b = body[i]
    t = b.text.strip()
    ws = t.split()
    return (b.kind == "para" and 2 <= len(ws) <= BARE_HEADING_MAX_WORDS and len(t) <= HEADING_MAX_CHARS
            and t[0].isupper() and not re.search(r"[.!?:;,\u2026]['\"\u201d\u2019)]*$", t)
            and not re.search(r"[@]|https?://|\bwww\.|\d{3}[-.)]\s?\d{3}", t) and not t.startswith(("(", "["))
            and not (PHOTO_CREDIT.search(t) or CONTACT_LABEL.match(t) or _DATELINE_LIKE.search(t) or _HEADING_STOP.match(t))
            and not is_person_name(t) and not is_address(t) and not re.search(r"\bcontacts?\b", t, re.I)
            and i > 0 and _is_prose(body[i - 1], opens=False) and _is_prose(body[i + 1] if i + 1 < len(body) else None, opens=True))


# the words a lead-in sentence opens with, and its verbs: "The analysis found:", "Key strategic
# priorities include:", "After 12 weeks:", "What consumers can do:" lead in to a list, name no section
_LEAD_IN_OPENER = {"the", "a", "an", "this", "these", "those", "our", "we", "it", "they", "after", "before", "during",
                   "using", "specifically", "what", "how", "when", "where", "why", "follow", "in", "at", "for", "with",
                   "as", "by", "from", "to", "if", "among", "of", "on", "he", "she", "his", "her", "their", "its"}
_LEAD_IN_VERB = re.compile(r"\b(?:found|finds?|showed|shows?|shown|include[sd]?|including|expects?|expected|can|could|will|would"
                           r"|may|might|should|must|covers?|covered|reports?|reported|is|are|was|were|has|have|had|do|does|did"
                           r"|said|says|noted|following|driven|led|achieved|delivered|announced|see|saw|follows?)\b", re.I)
LIST_LABEL_MAX_WORDS = 8


def _names_the_list_below(body: list[Block], i: int) -> bool:
    """A short noun phrase ending in a colon, on its own line above a list, names that part of the
    release ("Study details, background and design:", "Additional Resources:", "Key findings:"); a
    lead-in sentence ("The analysis found:"), a label and its value, a date or a contact label does not."""
    b = body[i]
    t = b.text.strip()
    ws = t[:-1].split()
    return (b.kind == "para" and t.endswith(":") and 2 <= len(ws) <= LIST_LABEL_MAX_WORDS and t[0].isupper()
            and ws[0].lower().strip(",") not in _LEAD_IN_OPENER and not _LEAD_IN_VERB.search(t)
            and not re.search(r"[@]|https?://|\bwww\.|\d", t) and not CONTACT_LABEL.match(t)
            and not re.search(r"\b(?:contacts?|inquiries|enquiries)\b", t, re.I) and not is_person_name(t[:-1])
            and i + 1 < len(body) and body[i + 1].kind == "item")


# a financial statement's title, whose table a copy flattened into a paragraph: "... Statements of Operations (unaudited)"
_STATEMENT_CAPTION = re.compile(r"\((?:un)?audited\)\s*$", re.I)


def _names_a_contact(body: list[Block], i: int) -> bool:
    nxt = body[i + 1].text.strip() if i + 1 < len(body) else ""
    rest = PHONE.sub("", EMAIL.sub("", nxt)).strip(" ,;|/")
    return bool(nxt) and not rest and is_person_name(body[i].text.strip()) and not body[i].kind == "heading"


def keeps_section(sections: list[Section], k: int) -> bool:
    """A heading with nothing under it (a stray label) is not a section, unless a sub-heading
    follows it ("Revenue Highlights" above "LYBALVI"): it heads that part of the release."""
    s = sections[k]
    return bool(s.paragraphs or s.tables or (s.heading and k + 1 < len(sections) and sections[k + 1].heading
                                             and (s.level is None or sections[k + 1].level is None or sections[k + 1].level > s.level)
                                             and not FLS_HEADING.search(s.heading)))


def split_glued_about(body: list[Block]) -> list[Block]:
    """`About Alkermes plc Alkermes plc is a global ...`: a copy that lost the break after the
    boilerplate's heading; the heading is the words before the name repeats."""
    out = []
    for k, b in enumerate(body):
        head = _glued_heading(b, first=k == 0)
        if head and len(b.text) > len(head) + GLUED_HEADING_MIN_REST:
            out += heading_then(b, head, b.text.strip()[len(head):].strip().lstrip(":").strip())
        else:
            out.append(b)
    return out


def _glued_heading(b: Block, first: bool = False) -> Optional[str]:
    if b.kind != "para":
        return None
    t = b.text.strip()
    m = _GLUED_ABOUT.match(t)
    if m and (t[m.end(1):m.end(1) + 1].isspace() or len(m.group("name").split()) >= 2):
        return m.group(1)  # "About the Comfort Area FoundationThe Comfort Area Foundation is ...": glued with no space
    m = _RUN_IN_ABOUT.match(t)
    if m and len(m.group(1).split()) <= ABOUT_HEADING_MAX_WORDS + 1:
        return m.group(1)
    lines = [line.strip() for line in (b.lines or []) if line.strip()]
    if (len(lines) > 1 and t.startswith(lines[0]) and ABOUT.match(lines[0]) and len(lines[0].split()) <= ABOUT_HEADING_MAX_WORDS
            and (not SENTENCE_END.search(lines[0]) or _ENDS_WITH_SUFFIX.search(lines[0])) and lines[1][:1].isupper()):
        return lines[0]  # "About Acme Communications, Inc." on a line of its own, the boilerplate under it with no blank line
    lead = b.bold_lead.strip()
    rest = t[len(lead):].lstrip()
    if not lead or not t.startswith(lead) or lead.count("(") != lead.count(")") or not (rest[:1].isupper() or rest[:1].isdigit()):
        return None
    if ABOUT.match(lead) and len(lead.split()) <= ABOUT_HEADING_MAX_WORDS:
        return lead  # "**About 4D-150**4D-150 is a ...": the bold lead-in is the heading
    if FLS_HEADING.search(lead) and len(lead) < FLS_HEADING_MAX_CHARS and lead.endswith(":"):
        return lead  # "**“Safe Harbor” Statement:** Statements in this press release ...": the statements' heading, run in
    if (not first and not lead.endswith((":", "-", "\u2013", "\u2014", ",")) and not _DATELINE_LIKE.search(lead)
            and looks_like_heading(Block(lead, emphasis=True))
            and not _CONTACT_IN.search(rest[:GLUED_CONTACT_CHARS]) and not CONTACT_LABEL.match(lead)):
        return lead  # "**Non-GAAP Measures**In addition to ...": a bold heading that lost its line break (not the lead's bold dateline)
    return None
