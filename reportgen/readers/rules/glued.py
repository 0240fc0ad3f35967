"""Text whose breaks a converter lost: the distributors' copies (Newsramp, News Direct, Press
Services archives) print a heading, a contact label or a contact's lines run together with what
follows. Each rule puts back one kind of break, where the text itself shows it:

- a boilerplate heading or a contact label glued to the sentence before it:
  `... the region.Media Contact:Chris Roe`, `... at www.acme.com.About Profoundly: As the ...`;
- a heading in title case glued to its paragraph's first word (`Empowering the Self-Reliant
  CommunityMountain Ready's online shop ...`), a label glued to the first item of its list
  (`Key Takeaways:* Merger still on track`);
- a notice's heading glued to its first word (`DisclaimerCertain statements ...`, `Legal NotesThe ...`);
- an About heading glued to its paragraph, the name printed again: `About BoldinBoldin is ...`,
  `About the Acme FoundationThe Acme Foundation is ...`, `About Acme Partners: Acme Partners is ...`,
  or a run-in `About Acme Academy (AMA): AMA is ...`;
- a contact block's lines: `Marj RoeEmail: marj@acme.com`, `chris@acme.com210-555-0101`,
  `Chris Roechrisroe01@acme.com` (the name, then an e-mail that spells it), `Contact DetailsMr Urs Roe`.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.readers.blocks import Block
from reportgen.readers.rules.dateline import COUNTRIES, PROVINCES, US_STATES

ABOUT_HEADING_MAX_WORDS = 8
GLUED_HEADING_MIN_REST = 40  # the paragraph a glued heading is split from is this much longer
NAME_IN_ADDRESS_MIN_CHARS = 3  # a surname the e-mail's local part spells

# a sentence end with a heading or a contact label glued to it ("recovery.Media Contact:", "hope.About Acme")
_GLUED_AFTER_SENTENCE = re.compile(
    r"(?<=[a-z0-9%][.!?])(?=(?:About [A-Z]|(?:(?:Media|Press|Investor|Investors|PR|Company)\s)?(?:Contacts?|Inquiries)\s*:))"
    r"|(?<=[a-z0-9%][.!?][\"\u201d\u2019])(?=(?:About [A-Z]|(?:(?:Media|Press|Investor|Investors|PR|Company)\s)?(?:Contacts?|Inquiries)\s*:))"
)
# "About BoldinBoldin is", "About the Acme FoundationThe Acme Foundation is", "About Acme: Acme is"
_ABOUT_NAME_AGAIN = re.compile(
    r"^(?P<head>About (?:the )?(?P<name>[A-Z0-9][^\s:]*(?: [^\s:]+){0,7}?))\s*:?\s*(?:The )?(?P=name)(?=[\s,.;:'\u2019(]|$)")
# a run-in heading: "About Acme Academy (AMA): AMA is a ..." (words in title case before the colon)
_ABOUT_RUN_IN = re.compile(
    r"^(?P<head>About (?:the )?[A-Z0-9][\w&.'\u2019-]*(?: (?:[A-Z0-9(][\w&.'\u2019()-]*|of|and|for|the|de|&)){0,6}):\s*(?=[A-Z0-9\"\u201c])")
# a notice's heading glued to its first word, no space left between them: "DisclaimerCertain statements in
# this press release ...", "Legal NotesThe expectations expressed ...", "Forward-Looking StatementsThis release"
_NOTICE_GLUED = re.compile(
    r"^(?P<head>(?:Legal Notes?|Legal Notice|Disclaimer|Important (?:Notice|Information)|Forward[- ]Looking (?:Statements?|Information)|"
    r"Safe Harbou?r(?: Statements?)?|Cautionary (?:Note|Statement)s?(?: (?:Regarding|Concerning|About|on) [A-Z][\w-]*(?: [A-Z][\w-]*)?)?|"
    r"Notes? to (?:Editors?|Editor)))(?=[A-Z][a-z])")

_FIELD = r"(?:E-?[Mm]ail|Email|Phone|Tel|Telephone|Fax|Mobile|Cell|Website|Web)"
# a field label glued to the word before it: "Marj SchaeferEmail:", "acme.orgPhone:"
_GLUED_FIELD = re.compile(rf"(?<=[A-Za-z0-9)])(?={_FIELD}\s*:)")
# a field label after a space (not after a comma) in a contact block printed as one line
_SPACED_FIELD = re.compile(rf"(?<=[^\s,;|])\s+(?={_FIELD}\s*:)")
# a contact label glued to the name: "Media Contact:Chris", "Contact DetailsMr Urs Roe"
_GLUED_LABEL = re.compile(r"(?P<label>(?:Contacts?|CONTACTS?|Inquiries|Enquiries|[Ii]nformation|Investors?|Media|Press|Analysts?):|Contact Details"
                          r"|\b(?:Media|Press|Investor|PR) Contact)(?=[A-Z][a-z]|(?<=:)[A-Z])")
# a group label glued to the word before it: "ICRInvestors:Brett Roe"
_LABEL_AFTER_WORD = re.compile(r"(?<=[A-Za-z])(?=(?:Investors?|Media|Press|Analysts?):[A-Z])")
# a web address glued to its label: "Company Websitehttps://acme.com/"
_GLUED_URL = re.compile(r"\bWebsite(?=https?://|www\.)")
# an e-mail's domain glued to what follows: "chris@acme.com210-555-0101", "ir@acme.comBenoit Roe"
_GLUED_AFTER_EMAIL = re.compile(
    r"(@[\w-]+(?:\.[\w-]+)*?\.(?:com|org|net|edu|gov|io|ai|co|us|ca|uk|de|ch|info|biz|news|health|bio))(?=[\d(+]|[A-Z][a-z])")
# a title glued to the name before it or to the organisation after it: "David RoeChief Executive OfficerAcme
# Digital, Inc.", "Miles Roe, CEOLOCOAL", "Program DirectorDas Green Haus"
_TITLE_AFTER_NAME = re.compile(r"(?<=[a-z])(?=(?:Chief|President|Vice President|Director|Managing Director|Head of|Founder|Co-Founder|"
                               r"Partner|CEO|CFO|COO|CTO|CMO|(?:Corporate|Investor|Media|Public) (?:Communications|Relations))(?![a-z]))")
# a company's legal suffix glued to the next line: "Acme Holding AGKolner Strasse 32"
_SUFFIX_BEFORE_LINE = re.compile(r"(?P<suffix>\b(?:AG|SE|GmbH|LLC|LLP|plc|Inc\.|Ltd\.|Corp\.))(?=[A-Z][a-z])")
# a North American number glued to the word before it ("Esq.(484) 270-1453", "Edney760-352-1889") or
# to the house number after it ("(484) 270-1453280 King of Prussia Road"): its shape says where it ends
_NANP = r"(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}"
# the next person after a number on the same line: "Ricky Roe (media) 408.235.4676 Mike Doe (financial community) ..."
_PHONE_BEFORE_NAME = re.compile(rf"(?P<phone>{_NANP})[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]*\()")
_WORD_BEFORE_PHONE = re.compile(rf"(?:(?<=[A-Za-z])|(?<=[A-Za-z]\.))(?={_NANP}(?!\d))")
_PHONE_BEFORE_DIGITS = re.compile(rf"(?<![\d(])(?P<phone>{_NANP})(?=\d{{1,6}}\s+[A-Z])")
_TITLE_BEFORE_ORG = re.compile(r"\b(?P<title>Officer|President|Director|Manager|Founder|Partner|CEO|CFO|COO|CTO|CMO|Relations|Communications)"
                               r"(?=[A-Z][\w&])")
# a web address glued to the text before it ("Inc.https://acme.com"), or a phone to the address ("acme.com/212.555.4844")
_GLUED_URL_START = re.compile(r"(?<=[^\s:(\[/])(?=https?://)")
_PHONE_AFTER_URL = re.compile(r"(?P<url>https?://[^\s/]+/)(?=\d{3}[.)-]\s?\d{3}[.-]\d{4})")
# a postcode glued to the phone after it ("FL 33487(561) 558-2020"), a suite number to the city after it ("Suite 320Boca Raton")
_POSTCODE_BEFORE_PHONE = re.compile(r"(?<=\b\d{5})(?=\(\d{3}\))")
_SUITE_BEFORE_CITY = re.compile(r"(?P<suite>\b(?:Suite|Ste\.?|Unit|Floor)\s?\d{1,5})(?=[A-Z][a-z])")
# a field label glued to the e-mail after it: "Officedavid@acme.com"
_LABEL_BEFORE_EMAIL = re.compile(r"\b(?P<label>Office|Mobile|Cell|Direct|Email|E-mail|Phone|Tel)(?=[a-z][\w.+-]*@)")
# a web address after a name or a phone on one line: "Dr. Jo Roe +1 (850) 555-0120 https://acme.com"
_SPACED_URL = re.compile(r"(?<=[^\s:|,;])[ \t]+(?=https?://|www\.)")
# a postal address: a street line ("5016 Grande Dr unit 101", "2374 Route 390") or a city with its
# postcode ("Pensacola, Florida 32504", "London, Greater London EC4M 7JN")
_STREET = (r"\b\d{1,6}[A-Za-z]?\s+(?:(?:[A-Z0-9][\w.'-]*|of|de|la|du|the)\s+){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|"
           r"Way|Pl|Place|Ct|Court|Hill|Sq|Square|Pkwy|Parkway|Hwy|Highway|Route|Plaza|Circle|Terrace)\b")
_CITY_POSTCODE = (r"\b[A-Z][A-Za-z .'-]+,\s*[A-Z][A-Za-z .]*\s(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
                  r"(?:\s?(?:United States|United Kingdom|USA|Canada))?(?![\w-])")
# a European street and a postcode before the city, on lines of their own: "Bahnhofstraße 10", "8001 Zürich (SWISS)"
# (a converter may print "ß" as "B": "Kolner StraBe 32"; the house number may be glued to the postcode)
_EU_STREET = (r"\b[A-Z][\w\u00C0-\u017F-]*(?:stra(?:ß|ss|B)e|weg|gasse|platz|allee|damm|\s(?:Stra(?:ß|ss|B)e|Weg|Gasse|Platz|Allee|Damm|Ring))"
              r"\s+\d{1,4}[a-z]?(?:\b|(?=\d{4,5}\s))")
_POSTCODE_CITY = r"(?:[A-Z]{1,2}-)?(?:\d{5}|(?!19|20)\d{4})\s+[A-Z][\w\u00C0-\u017F.-]+(?:\s+[A-Z][\w\u00C0-\u017F.-]+)?(?:\s*\([^)]{2,20}\))?$"
ADDRESS = re.compile(f"{_STREET}|{_CITY_POSTCODE}|{_EU_STREET}|\\b[A-Z]{{2}} \\d{{5}}(?:-\\d{{4}})?(?=[A-Z]|\\b)")
_ADDRESS_LINE = re.compile(rf"^\s*(?:(?:{_STREET}|{_CITY_POSTCODE}|{_EU_STREET})[^@\n]{{0,60}}|{_POSTCODE_CITY})$")
# a country glued to the city before it: "Bergisch GladbachGermany"
_COUNTRY_GLUED = re.compile(r"(?<=[a-z]{3})(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*(?:\n|$|Tel|Phone|E-?[Mm]ail|\+))")
# a distributor's link prompt printed in a contact box's line: "Jo Roe Acme Email Us Here"
_LINK_PROMPT = re.compile(r"\s*\bEmail Us Here\b")
# a capitalised word glued to the local part of an e-mail: "Havenschrishavens001@acme.com"
_NAME_THEN_ADDRESS = re.compile(r"\b(?P<first>[A-Z][a-z]{1,20}) (?P<word>[A-Z][a-z]+[A-Za-z0-9._-]*)(?=@)")
# a desk's address glued to a name: "Jessica Starmanmedia@acme.com"
_DESK_LOCALS = {"media", "press", "pr", "ir", "info", "investors", "news", "contact", "communications"}


def split_glued_blocks(body: list[Block]) -> list[Block]:
    """The body with each glued heading or contact label split from the text it was glued to."""
    out: list[Block] = []
    whole = "\n".join(b.text for b in body)
    for b in body:
        pieces = _pieces(b) if b.kind == "para" else [b]
        for piece in pieces:
            out += (_title_heading_split(piece, whole) or _label_over_list_split(piece) or _caps_run_in_split(piece)
                    or _about_heading_split(piece))
    return out


def heading_then(b: Block, head: str, rest: str, rest_kind: str = "para") -> list[Block]:
    """Block `b` split in two: the heading a converter glued to it, then the rest of its text."""
    return [Block(head, kind="para", emphasis=True, origin=b.origin, lines=[head], index=b.index),
            Block(rest, kind=rest_kind, origin=b.origin, lines=[rest], index=b.index)]


# a heading in title case glued to the paragraph's first word, the space lost between them: "Empowering
# the Self-Reliant CommunityMountain Ready's online shop ...", "A Written Plan Reduces FearThe study ..."
_TITLE_GLUED = re.compile(r"^(?P<head>(?:[\w'\u2019&,-]+\s+){2,8}?[A-Z][a-z][\w'\u2019-]*?[a-z])(?=[A-Z][a-z]+\W)")
_SMALL = {"of", "the", "and", "for", "in", "to", "a", "an", "with", "on", "at", "&", "or", "by", "from", "into", "but"}
# a sentence's opening, not a heading's: "Neither the Canadian Securities...", "Find Acme on LinkedIn"
_SENTENCE_OPENER = {"neither", "nor", "headquartered", "find", "follow", "visit", "both", "contact", "based", "founded",
                    "located", "about", "for", "learn", "read", "see", "join", "connect"}
_CONTACT_WORDS = re.compile(r"\b(?:Relations|Director|Officer|Manager|Contacts?|E-?mail|Phone|Telephone|Tel|Media|Press)\b")
TITLE_GLUED_MIN_REST = 60


def _title_heading_split(b: Block, whole: str) -> list[Block]:
    """A title-case heading glued to its paragraph's first word: split where the glued word pair
    ("CommunityMountain") is printed nowhere else (a name in camel case, "CyberSense", repeats), the
    heading's words are capitalised or small, and the paragraph goes on as text."""
    if b.kind != "para" or b.emphasis:
        return []
    text = b.text.strip()
    m = _TITLE_GLUED.match(text)
    if not m or (len(text) - m.end() < TITLE_GLUED_MIN_REST and not text.endswith(":")):
        return []
    head = m.group("head")
    ws = head.split()
    if ws[0].lower().strip(",") in _SENTENCE_OPENER or _CONTACT_WORDS.search(head):
        return []
    for w in ws:
        w = w.strip(",")
        if w.lower() in _SMALL:
            continue
        if not w[:1].isupper() or (w.isupper() and len(w) > 4) or re.search(r"[a-z][A-Z]", w):
            return []  # a word in lower case (a sentence), a shouted name, a name in camel case ("ImageFX")
    glued = ws[-1] + re.match(r"[A-Z][a-z]+", text[m.end():]).group(0)
    if whole.count(glued) > 1:
        return []
    rest = text[m.end():]
    return heading_then(b, head, rest)


# a shouted heading glued by its colon to the paragraph under it, the line break lost:
# "DEFENDANTS' ALLEGED MISCONDUCT:The complaint alleges ...", "ABOUT ACME & ROE, LLP:Acme & Roe ..."
_CAPS_RUN_IN = re.compile(r"^(?P<head>[A-Z0-9][A-Z0-9'\u2019&.,-]*(?: [A-Z0-9&][A-Z0-9'\u2019&.,-]*){1,11}):(?=[A-Z\"\u201c])")


def _caps_run_in_split(b: Block) -> list[Block]:
    m = _CAPS_RUN_IN.match(b.text.strip()) if b.kind == "para" else None
    if not m or re.search(r"\bCONTACTS?\b", m.group("head")) or len(b.text.strip()) - m.end() < GLUED_HEADING_MIN_REST:
        return []
    head, rest = m.group("head"), b.text.strip()[m.end():]
    return heading_then(b, head, rest)


# a label glued to the first item of the list under it: "Key Takeaways:* Merger still on track"
_LABEL_OVER_LIST = re.compile(r"^(?P<head>[A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+){0,5}):\s*[*\u2022]\s+(?=\S)")


def _label_over_list_split(b: Block) -> list[Block]:
    m = _LABEL_OVER_LIST.match(b.text.strip()) if b.kind == "para" else None
    if not m:
        return []
    head, rest = m.group("head"), b.text.strip()[m.end():]
    return heading_then(b, head, rest, rest_kind="item")


# a contact box's label glued to the name under it: "Contact DetailsClaire Roe", "ContactMaxwell Roe"
_LABEL_AT_START = re.compile(r"^(?:Contact Details|Contact Information|(?:Media |Press )?Contacts?)(?=[A-Z][a-z])")


def _pieces(b: Block) -> list[Block]:
    """A paragraph split where a heading or a contact label was glued to its last sentence, or a
    contact box's label to the name under it."""
    text = b.text.strip()
    cuts = [m.start() for m in _GLUED_AFTER_SENTENCE.finditer(text)]
    if (label := _LABEL_AT_START.match(text)) and len(b.source_lines()) == 1:
        cuts.append(label.end())
        cuts.sort()
    if not cuts:
        return [b]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:z].strip() for a, z in zip(bounds, bounds[1:]) if text[a:z].strip()]
    return [Block(p, kind="para", origin=b.origin, lines=[p], index=b.index) for p in parts]


def _about_heading_split(b: Block) -> list[Block]:
    head = glued_about_heading(b.text) if b.kind == "para" else None
    text = b.text.strip()
    if not head or len(text) < len(head) + GLUED_HEADING_MIN_REST:
        return [b]
    rest = text[len(head):].lstrip(" :")
    return heading_then(b, head, rest)


def glued_about_heading(text: str) -> Optional[str]:
    """The About heading a paragraph opens with when a converter glued it to the paragraph (the
    name printed again right after it, or a run-in heading with a colon); None otherwise."""
    text = text.strip()
    for pattern in (_ABOUT_NAME_AGAIN, _ABOUT_RUN_IN, _NOTICE_GLUED):
        m = pattern.match(text)
        if m and len(m.group("head").split()) <= ABOUT_HEADING_MAX_WORDS + 1:
            return m.group("head")
    return None


def unglue_contact_text(text: str) -> str:
    """A contact block's text with the line breaks a converter lost put back: before a field label
    glued to a word ("SchaeferEmail:") or, in a block printed as one line, after a space; after a
    contact label glued to the name (News Direct's "Contact Details" box label goes); after an
    e-mail glued to a phone or a name; between a name and an e-mail glued to it that spells it;
    before a web address. Postal address lines are no contact's and are left out."""
    if "\n" not in text.strip() and len(_SPACED_FIELD.findall(text)) + len(_GLUED_FIELD.findall(text)) >= 2:
        text = _SPACED_FIELD.sub("\n", text)
    text = _GLUED_FIELD.sub("\n", text)
    text = _TITLE_AFTER_NAME.sub("\n", text)
    text = _TITLE_BEFORE_ORG.sub(lambda m: m.group("title") + "\n", text)
    text = _SUFFIX_BEFORE_LINE.sub(lambda m: m.group("suffix") + "\n", text)
    text = _GLUED_URL.sub("Website: ", text)
    text = _GLUED_URL_START.sub("\n", text)
    text = _PHONE_AFTER_URL.sub(lambda m: m.group("url") + "\n", text)
    text = _LABEL_BEFORE_EMAIL.sub(lambda m: m.group("label") + ": ", text)
    text = _POSTCODE_BEFORE_PHONE.sub("\n", text)
    text = _PHONE_BEFORE_DIGITS.sub(lambda m: m.group("phone") + "\n", text)
    text = _PHONE_BEFORE_NAME.sub(lambda m: m.group("phone") + "\n", text)
    text = _WORD_BEFORE_PHONE.sub("\n", text)
    text = _COUNTRY_GLUED.sub(lambda m: "\n" + m.group("country") if m.group("country").lower() in COUNTRIES else m.group(0), text)
    text = _SUITE_BEFORE_CITY.sub(lambda m: m.group("suite") + "\n", text)
    text = _LABEL_AFTER_WORD.sub("\n", text)
    text = _GLUED_LABEL.sub(lambda m: "\n" if m.group("label") == "Contact Details" else m.group("label") + "\n", text)
    text = _GLUED_AFTER_EMAIL.sub(lambda m: m.group(1) + "\n", text)
    text = _NAME_THEN_ADDRESS.sub(_split_name_from_address, text)
    text = _SPACED_URL.sub("\n", text)
    text = _LINK_PROMPT.sub("", text)
    text = re.sub(r"(?m)^[ \t]*Contact Details[ \t]*$", "", text)  # News Direct's box label, no contact's
    # a postal address is no contact's detail
    lines = text.split("\n")
    return "\n".join(line for k, line in enumerate(lines) if not (
        _is_address_line(line) or (_HOUSE_NUMBER_LINE.match(line.strip()) and k + 1 < len(lines) and _is_address_line(lines[k + 1]))))


# a European street line ending in its number, above the postcode and city: "In der Au 27", "Rue du Lac 4b"
_HOUSE_NUMBER_LINE = re.compile(r"^[A-Z][\w\u00C0-\u017F.'-]*(?:\s+[\w\u00C0-\u017F.'-]+){0,3}\s+\d{1,4}[a-z]?$")


def _is_address_line(line: str) -> bool:
    """A street, a city with its postcode, a city with its state or province, a country alone."""
    t = re.sub(r"\s*\[[^\]]{1,12}\]$", "", line.strip())  # "Port Roe, British Columbia [ CA-BC ]"
    if _ADDRESS_LINE.match(t) or t.lower() in COUNTRIES:
        return True
    if (pc := re.fullmatch(r"(?P<place>.+?),\s*(?P<country>[A-Z][A-Za-z .]{2,25})", t)) and pc.group("country").lower() in COUNTRIES \
            and re.fullmatch(_POSTCODE_CITY, pc.group("place")):
        return True  # "61440 Oberursel, Germany"
    m = re.fullmatch(r"[A-Z][A-Za-z .'-]{1,30},\s*(?P<region>[A-Z][A-Za-z .]{1,25})", t)
    return bool(m) and (m.group("region").lower().rstrip(".") in US_STATES | COUNTRIES | PROVINCES
                        or re.fullmatch(r"[A-Z]{2}", m.group("region")) is not None)


def is_address(text: str) -> bool:
    """A street, or a city with its postcode, is in the text: an address block, not a heading."""
    return bool(ADDRESS.search(text))


def _split_name_from_address(m: re.Match) -> str:
    """"Chris Havenschrishavens001" (before "@") -> "Chris Havens\\nchrishavens001": the longest
    capitalised start such that the lower-case rest spells it or the first name."""
    first, word = m.group("first"), m.group("word")
    for k in range(len(word) - 1, NAME_IN_ADDRESS_MIN_CHARS - 1, -1):
        name, local = word[:k], word[k:]
        spelled = name.lower() in local.lower() or first.lower() in local.lower()
        if name.isalpha() and local[:1].isalpha() and (spelled or local in _DESK_LOCALS) and (
                local[:1].islower() or local.lower().startswith((name.lower(), first.lower()))):
            return f"{first} {name}\n{local}"
    return m.group(0)
