"""Contact blocks: the labels that open them (`Contacts:`, `Media Contact:`, `Investors:`,
`Grace Therapeutics Contact:`), the lines that go on them (names, titles, organisations, phones,
e-mails), and where a block ends. `contacts.py` parses the text of a block into contacts."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Contact, Section
from reportgen.readers.blocks import Block
from reportgen.readers.rules import contacts as contact_rules
from reportgen.readers.rules.fls import FLS_HEADING
from reportgen.readers.rules.prose import ABOUT, SENTENCE_END

LABEL_MAX_CHARS = 60  # a label is short: `Investor Relations Contacts:`
LABELLED_BLOCK_MAX_CHARS = 300  # a block that opens with its label and first value: `Media Contact: Marc Rice ...`
LABEL_LINE_BLOCK_MAX_CHARS = 400  # a block whose first line is the label
DETAIL_LINE_MAX_CHARS = 200  # a line with a phone number in a block, not a paragraph that gives one
CONTACT_LINE_MAX_CHARS = 80  # a name, title or organisation line
URL_LINE_MAX_CHARS = 60  # a web address on a line of its own
HEADER_LINE_MAX_CHARS = 50  # a line of a contact block above the headline
CAPS_HEADING_MIN_WORDS = 4  # an all-caps line this long after the contacts is the next heading
SENTENCE_MIN_WORDS = 14  # a sentence this long that gives an address is prose, not a block line
GROUP_LABEL_MAX_WORDS = 4  # a bold region or group label above a person: "Australia", "U.S."
PROSE_CONTACT_MAX_CHARS = 600  # a paragraph that gives a contact in a sentence
TAIL_LINE_MAX_CHARS = 100  # a line of an unlabelled contact block at the end of a release
TAIL_MAX_LINES = 6
TAIL_MAX_SECTIONS = 4  # how far back from the end such a block is looked for
PROSE_MIN_WORDS = 8  # a sentence of prose, not a line of a contact block

CONTACT_LABEL = re.compile(
    r"^(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate|Financial Media|US|EU)\s*(?:and|&|/)?\s*)*"
    r"(?:Contacts?|Inquiries|Enquiries|Relations)\s*(?:Information|Info|Details|Persons?|Name)?\s*:?\s*$|"
    r"^(?:For (?:more|further|additional) information(?:,? (?:please )?contact)?|Contacts?(?:\s+(?:Persons?|Name))?)\s*:",
    re.I,
)
_LABEL_ONLY = re.compile(
    r"^(?:Media|Press|Investors?|Investor Relations|Analysts?|Company)(?:\s*(?:and|&|/)\s*(?:Media|Press|Investors?|Investor Relations|Analysts?))?"
    r"\s*(?:Contacts?)?\s*:\s*$", re.I)
_OWN_CONTACT_LABEL = re.compile(r"^[A-Z0-9][\w&.,'\u2019 -]{0,50}\s(?:Contacts?|CONTACTS?|Inquiries|Enquiries)"
                                r"(?:\s+(?:Information|INFORMATION|Info|Details))?\s*:?\s*$")
# "For Media Inquiries and AHA Expert Perspective:", "For Public Inquiries: 1-800-AHA-USA1"
_INQUIRIES_LABEL = re.compile(r"^For\s+(?:[\w&'\u2019.-]+\s+){0,3}(?:Inquiries|Enquiries)\b[^:]{0,80}:\s*$", re.I)
_INQUIRIES_WITH_VALUE = re.compile(r"^For\s+(?:[\w&'\u2019.-]+\s+){0,3}(?:Inquiries|Enquiries)\s*:\s*\S", re.I)
_LABEL_WITH_VALUE = re.compile(
    r"^(?:(?i:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate)(?: Relations)?\s+)?(?i:Contacts?)(?:\s+(?i:Information|Info|Details|Persons?|Name))?\s*:\s*\S"
    r"|^(?:Media|Press|Investors?|Investor Relations)(?:\s*(?:and|&|/)\s*(?:Media|Press|Investors?|Analysts?))?\s*:\s*[A-Z]"
    r"|^For (?:more|further) information(?:,? (?:please )?contact)?\s*:\s*[A-Z]"
    # "External Investor RelationsContact:Kirin Roe", "Company Investor Relations/Media Contact:Todd Roe": a copy's
    # label run into its first value
    r"|^(?:(?:External|Company|Corporate|Global|Group)\s+)?(?:Investor\s+Relations|Investors?|Media|Press|IR|PR)"
    r"(?:\s*/\s*(?:Investor\s+Relations|Investors?|Media|Press))?\s?(?i:contacts?)\s*:\s*[A-Z]"
    # "Caterpillar investor relations contact: Ryan Fiedler, ..."
    r"|^[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}\s+(?i:investor relations|investors?|media|press|IR)\s+(?i:contacts?)\s*:\s*[A-Z]"
)
_LINE_GOES_ON = re.compile(r"(?:,|\+\d{1,3}|\+\d{1,3}\s?\(\d{1,4}\)|\(\d{3}\)|\b(?:Tel|Phone|Fax|Mobile)\.?:?)\s*$", re.I)
_NAME_SUFFIX_END = re.compile(r"\b(?:Inc|Ltd|LLC|Corp|Co|S\.A|N\.V|Jr|Ph\.D|M\.D|L\.P)\.$")
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|plc)\.$")
_CONTACT_WORD = re.compile(r"\b(?:contact|call|reach)\b", re.I)


def _gives_address(text: str) -> bool:
    return bool(contact_rules.EMAIL.search(text) or contact_rules.PHONE.search(text))


def is_prose(text: str) -> bool:
    """A sentence of some length that gives no phone or e-mail."""
    t = text.strip()
    return len(t.split()) >= PROSE_MIN_WORDS and bool(SENTENCE_END.search(t)) and not _gives_address(t)


# a label with no colon, its block run together after it: "Contact Charbone CorporationTelephone: +1 ..."
_BARE_LABEL_WITH_VALUE = re.compile(r"^(?:(?:Media|Press|Investors?)\s+)?Contacts?(?:\s+|(?=[A-Z][a-z]))(?=[A-Z])(?!(?:Us|Information|Info|Details)\b)")
_SENTENCE_WORD = re.compile(r"\b(?:at|please|call|visit|for|with|to)\s", re.I)


def starts_with_contact_label(text: str) -> bool:
    """A contact block that opens with its label and the first value: `Media Contact:  Marc Rice`,
    `ContactJamie Roe ...`, `Contact Acme CorporationTelephone: ...` (no sentence)."""
    t = text.strip()
    return bool(_LABEL_WITH_VALUE.match(t) or _INQUIRIES_WITH_VALUE.match(t)) or (
        bool(_BARE_LABEL_WITH_VALUE.match(t)) and _gives_address(t) and not _SENTENCE_WORD.search(t))


def is_contact_label(text: str) -> bool:
    """`Contacts:`, `Media Contact:`, `Investors:`, `Grace Therapeutics Contact:`, `CONTACT`."""
    t = text.strip().strip("[]").strip()
    if _INQUIRIES_LABEL.match(t):
        return True  # (its own length limit: "For Media Inquiries and American Heart Association Expert Perspective:")
    if len(t) > LABEL_MAX_CHARS:
        return False
    return bool(CONTACT_LABEL.match(t) or _LABEL_ONLY.match(t) or _OWN_CONTACT_LABEL.match(t)
                or contact_rules.CONTACT_FOR_GROUP.match(t))


# a letterhead's shouted label with its first value: "PRESS CONTACT: For eShare Technologies, Inc.: ..."
_CAPS_LABEL_WITH_VALUE = re.compile(r"^(?:(?:PRESS|MEDIA|INVESTORS?|COMPANY|CORPORATE)\s+)?CONTACTS?\s*:\s*\S")


def labels_contacts(text: str) -> bool:
    """A header line that opens a contact block: a label, alone or with its first value."""
    return (bool(CONTACT_LABEL.match(text)) or is_contact_label(text) or starts_with_contact_label(text)
            or bool(_CAPS_LABEL_WITH_VALUE.match(text)))


# a sentence that leads in to the contacts under it: "For media inquiries, please contact:", "For
# further information, visit our website at www.acme.com or contact:"
CONTACT_LEAD_IN = re.compile(r"^For\b.*(?:\bplease\s*|\b)contact\s*:$", re.I)  # ("pleasecontact:": a copy that lost a space)
LEAD_IN_MAX_CHARS = 200


def is_contact_lead_in(text: str) -> bool:
    t = text.strip().strip("*").strip()
    return len(t) < LEAD_IN_MAX_CHARS and bool(CONTACT_LEAD_IN.match(t))


def opens_contact_block(block: Block) -> bool:
    """A body block that opens a contact block: a label, a label and its first value, a block
    whose first line is the label, or a sentence that leads in to the contacts."""
    t = block.text.strip()
    first_line = (block.lines or [t])[0].strip()
    return (is_contact_label(t) or is_contact_lead_in(t) or (starts_with_contact_label(t) and len(t) < LABELLED_BLOCK_MAX_CHARS)
            or (first_line != t and is_contact_label(first_line) and len(t) < LABEL_LINE_BLOCK_MAX_CHARS)) and block.kind != "table"


def contact_lines(block: Block) -> list[str]:
    """The lines of a contact block, with the hard wraps of wire text undone where a line stops
    in the middle of an item (`Tel: +1 (416)` / `555-0172`, a comma-separated run going on)."""
    lines = list(block.source_lines())
    out: list[str] = []
    for line in lines:
        if out and _LINE_GOES_ON.search(out[-1]):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _whole_line(line: str) -> bool:
    """"Amanda Ebert: amanda.ebert@heart.org": a name (or a desk) with its own phone or e-mail."""
    rest = contact_rules.PHONE.sub("", contact_rules.EMAIL.sub("", line)).strip(" :;,|/-\t")
    return _gives_address(line) and len(rest.split()) >= 2


def contact_run_text(run: list[Block]) -> str:
    """The text of a run of contact blocks, one item a line; two paragraphs of several lines each,
    the first with its phone or e-mail and the second opening with a name or an organisation, are two
    groups (a blank line between them): what sits together in the source belongs together. So are
    two paragraphs of one line each that each give a name and its own e-mail or phone: a desk with
    its address and a person with theirs share nothing."""
    out = ""
    prev: Optional[list[str]] = None
    for b in run:
        lines = contact_lines(b)
        if prev is not None:
            closed = any(_gives_address(l) for l in prev)
            opens = not _gives_address(lines[0])
            apart = len(prev) == len(lines) == 1 and _whole_line(prev[0]) and _whole_line(lines[0])
            out += "\n\n" if (len(prev) > 1 and len(lines) > 1 and closed and opens) or apart else "\n"
        out += "\n".join(lines)
        prev = lines
    return out


CONTACT_TABLE_MAX_ROWS = 12


def contact_table_text(block: Block) -> Optional[str]:
    """A small table of contacts as contact text: a contact a column when every column gives an
    address ("| MGO Global Inc. | Heidmar, Inc. |" over each one's name, phone and e-mail), else a
    line a row ("| Doug Kris | dkris@dgoc.com |"); None for any other block."""
    if block.kind != "table" or not block.table or len(block.table.rows) > CONTACT_TABLE_MAX_ROWS:
        return None
    rows = block.table.rows
    if not any(_gives_address(c) for r in rows for c in r):
        return None
    width = max(len(r) for r in rows)
    columns = [[r[k].strip() for r in rows if k < len(r) and r[k].strip()] for k in range(width)]
    if width > 1 and all(any(_gives_address(c) for c in col) for col in columns):
        return "\n\n".join("\n".join(col) for col in columns if col)  # a contact a column
    # a contact's lines a row, its name or title beside its number ("| Doug Kris | dkris@dgoc.com |"): a line a cell
    return "\n".join(c.strip() for r in rows for c in r if c.strip())


def contact_run(body: list[Block], i: int) -> tuple[str, int]:
    """The text of the contact block that body[i] opens (with a table of contacts right under its
    label), and where the block ends."""
    run = [body[i]]
    j = i + 1
    while j < len(body) and continues_contact_block(body[j], body[j + 1] if j + 1 < len(body) else None):
        run.append(body[j])
        j += 1
    text = contact_run_text(run)
    if j < len(body) and (table := contact_table_text(body[j])):
        return text + "\n\n" + table, j + 1
    return text, j


# a line that opens with a contact field's label: "Email:", "Company Email:", "Tel.:"
_FIELD_LINE = re.compile(r"^(?:(?:company|corporate|media|press|general|office)\s+)?(?:e-?mail|tel(?:ephone)?|phone|mobile)\.?\s*:",
                         re.I)


def continues_contact_block(block: Block, following: Optional[Block] = None) -> bool:
    """Inside a contact block: names, titles, organisations, phones, e-mails, role labels, one a
    line; a heading in markup, an About/forward-looking heading or a sentence ends it."""
    t = block.text.strip()
    if block.kind in ("table", "heading") or not t:
        return False
    if ABOUT.match(t) or FLS_HEADING.search(t):
        return False
    if t.isupper() and len(t.split()) >= CAPS_HEADING_MIN_WORDS and not _gives_address(t):
        return False  # an all-caps heading after the contacts
    if _FIELD_LINE.match(t) and (contact_rules.EMAIL.search(t) or contact_rules.PHONE.search(t)):
        return True  # "Company Email: pr@acme.com Links on social media: ...": a field, whatever follows it
    if len(t.split()) >= SENTENCE_MIN_WORDS and SENTENCE_END.search(t) and not is_contact_label(t.split(":")[0] + ":"):
        return False  # a sentence that gives an address ("NOTE TO EDITORS: ... email ... at x@y.com.")
    if contact_rules.EMAIL.search(t) or (contact_rules.PHONE.search(t) and len(t) < DETAIL_LINE_MAX_CHARS):
        return True
    if is_contact_label(t):
        return True
    if contact_rules.is_person_name(t):
        # a name in a contact block is followed by its details or the next name, not by prose: a
        # name-like line above a sentence ("Important Notice") is the next section's heading
        return following is None or not is_prose(following.text)
    if block.emphasis and following is not None and len(t.split()) <= GROUP_LABEL_MAX_WORDS:
        # a bold region or group label ("Australia", "U.S.") above a person
        f = following.text.strip()
        if (contact_rules.is_person_name(f) or contact_rules.is_person_name(f.split(",")[0].strip())
                or contact_rules.EMAIL.search(f) or is_contact_label(f)):
            return True  # ("Media" above "Daniel Frykholm, Vice President External Relations")
    if ("," in t and contact_rules.is_person_name(t.split(",")[0]) and following is not None and len(t) < DETAIL_LINE_MAX_CHARS
            and not SENTENCE_END.search(t) and _gives_address(following.text)):
        return True  # "Randy Roe, Chief Marketing & Corporate IR Officer, Acme Capital Advisors" above the phone
    if len(t) > CONTACT_LINE_MAX_CHARS or (SENTENCE_END.search(t) and not _NAME_SUFFIX_END.search(t)):
        return False
    if re.search(r"https?://|www\.", t) and len(t) < URL_LINE_MAX_CHARS:
        return True
    if block.emphasis and following is not None and len(following.text.split()) <= GROUP_LABEL_MAX_WORDS \
            and not SENTENCE_END.search(following.text.strip()) and not following.emphasis and following.kind == "para":
        return True  # "**ARX | Capital Markets Advisors**" / "North American Equities Desk" / e-mail: the next group's organisation
    return not block.emphasis


def continues_header_contacts(block: Block) -> bool:
    """A line of a contact block above the headline: a detail, a name or a short line."""
    t = block.text.strip()
    return continues_contact_block(block) and (_gives_address(t) or contact_rules.is_person_name(t) or len(t) < HEADER_LINE_MAX_CHARS)


HEADLINE_MIN_WORDS = 4


def headline_below_contacts(block: Block) -> bool:
    """The header's last block, right above the dateline, under a contact block: the headline
    ("NewTek and Prime Image Enter Worldwide Markets"), unless it gives a phone or an address or
    is a person's name or a few words (the contact's company)."""
    t = block.text.strip()
    return (len(t.split()) >= HEADLINE_MIN_WORDS and not _gives_address(t) and not contact_rules.is_person_name(t)
            and not labels_contacts(t))


def gives_contact_in_prose(paragraph: str) -> bool:
    """A paragraph that gives a contact in a sentence: "For more information, contact Jane Doe at ..."."""
    return len(paragraph) < PROSE_CONTACT_MAX_CHARS and bool(_CONTACT_WORD.search(paragraph)) and _gives_address(paragraph)


# a Nordic growth market's adviser named in a sentence with its number or address: "Västra Hamnen Corporate
# Finance AB is the Certified Adviser. Email: ca@... Telephone +46 ...", "Certified Adviser is Redeye AB, ..."
_CERTIFIED_ADVISER = re.compile(r"^(?:(?P<org>[A-Z][^.:;]{2,80}?) is (?:the )?(?:[Cc]ompany['\u2019]s |its )?Certified Advis[eo]r\b"
                                r"|Certified Advis[eo]r is (?P<org2>[A-Z][^.,;:]{2,80}))")


def certified_adviser(paragraph: str) -> Optional[Contact]:
    """The adviser a Nordic release names in a sentence, when the sentence gives its phone or e-mail."""
    m = _CERTIFIED_ADVISER.match(paragraph.strip())
    if not m or not _gives_address(paragraph) or len(paragraph) > PROSE_CONTACT_MAX_CHARS:
        return None
    phones = [contact_rules.clean_phone(m.group(0)) for m in contact_rules.PHONE.finditer(paragraph)]
    return Contact(name=None, role="Certified Adviser", organisation=(m.group("org") or m.group("org2")).strip(),
                   phones=phones, emails=contact_rules.EMAIL.findall(paragraph))


def unlabelled_contact_tail(sections: list[Section]) -> list[Contact]:
    """A contact block with no label at the very end of a release ("Mary Fiance, National Vice
    President" / "Muscular Dystrophy Association" / "press@mdausa.org"): short lines, the first a
    person's name, one an e-mail or phone, whether read as paragraphs or as headings. It is taken
    out of the body."""
    tail = _short_lines_at_the_end(sections)
    role, label_entry = None, None
    while tail and not _names_people(tail[0][2]):
        label_entry = tail.pop(0)
        role = label_entry[2].strip(" *:") if contact_rules.is_role_label(label_entry[2].strip(" *:")) else None  # "Investors" above
    lines = [line for _, _, t in tail for line in contact_rules.unglued_lines(t)]
    if len(lines) < 2 or not any(_gives_address(t) for _, _, t in tail):
        return []
    contacts = contact_rules.parse_contacts("\n".join(lines), default_role=role)
    if not contacts or not contacts[0].name:
        return []
    first_section, first_para = (label_entry if role else tail[0])[:2]  # (the role's line goes with the block)
    if first_para is None:
        del sections[first_section:]
    else:
        del sections[first_section].paragraphs[first_para:]
        del sections[first_section + 1:]
    while sections and not sections[-1].paragraphs and not sections[-1].tables and len(sections) > 1:
        sections.pop()
    return contacts


def _names_people(line: str) -> bool:
    """"Mary Fiance, National Vice President", "Lydia Roe or Carol Doe", "Jon A Edney760-352-1889..."."""
    first = contact_rules.unglued_lines(line)[0].split(",")[0]
    return all(contact_rules.is_person_name(part) for part in re.split(r"\s+(?:or|and|&)\s+", first))


def _short_lines_at_the_end(sections: list[Section]) -> list[tuple[int, Optional[int], str]]:
    """The short lines that end the release: (section, paragraph or None for the heading, text)."""
    def short(text: str) -> bool:
        return len(text) <= TAIL_LINE_MAX_CHARS and (not SENTENCE_END.search(text) or bool(contact_rules.EMAIL.search(text))
                                                     or bool(_COMPANY_END.search(text)))

    tail: list[tuple[int, Optional[int], str]] = []
    for si in range(len(sections) - 1, max(-1, len(sections) - TAIL_MAX_SECTIONS - 1), -1):
        entries = [(si, pi, p) for pi, p in enumerate(sections[si].paragraphs)]
        if si > 0 and sections[si].heading:
            entries.insert(0, (si, None, sections[si].heading))
        for entry in reversed(entries):
            if not short(entry[2]) or len(tail) >= TAIL_MAX_LINES:
                return tail
            tail.insert(0, entry)
    return tail
