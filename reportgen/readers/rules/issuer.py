"""The issuer: the company a release is from, named before its ticker (`EpiCept Corporation
(Nasdaq: EPCT)`), or as the subject of the lead sentence (after a dateline the wire rules did not
take, after an opening phrase: "Moving rapidly to ..., Miller Freeman, Inc., has acquired"), or by
the headline when the lead's subject is its customer, or by the About section or the SOURCE line
when the lead names no company; a leading "The" that is part of the name, and a name printed in
capitals put in title case. A ticker printed with another company's name far from the lead (an
About section listing partners) is not the issuer's; a date, "A consortium of ..." or words
before a comma ("AGG 2026, Caterpillar Inc.") are never its name."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Ticker
from reportgen.readers.rules.tickers import find_tickers

MAX_NAME_WORDS = 7
TICKER_GROUP_CHARS = 200  # tickers printed within this many characters of the first are the issuer's
OTHER_COMPANY_GAP = 40  # a ticker this far past the lead's subject may be another company's
SOURCE_NAME_MAX_CHARS = 80  # a SOURCE line this short is a company's name
CAPS_NAME_MIN_CHARS = 6  # "ROCK OF AGES CORPORATION" is put in title case; "IBM" is not

_CO_WORD = r"(?:[A-Z][\w&.'\u2019-]*|&|of)"
_JOINT_LEAD = re.compile(
    rf"^\s*(?P<a>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{0,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    rf"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{0,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    r"(?=\s*[(,]|\s+(?:today|announced|jointly|have|has)\b)"
)
_NAME_BEFORE = re.compile(
    r"((?:[A-Z0-9][\w&.'’-]*|&|and|of|de|la)(?:[ ,]+(?:A/S|[A-Z0-9][\w&.'’-]*|&|and|of|de|la|Inc\.|Ltd\.|plc|N\.V\.|S\.A\.|AG|SE)){0,9})\s*$"
)
_LEAD_SUBJECT = re.compile(
    r"^\s*(?P<name>(?:(?:(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w&.'’-]*|&|of|and(?= [A-Z][a-z]+ [A-Z]| Co\.| Company\b))(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S))?[ ,]*){1,7}?)"
    r"(?:,\s+(?:a|an|the|formerly|together)\s|(?:(?<=Inc\.)|(?<=Ltd\.)|(?<=Co\.))\s+(?:a|an)\s|,\s+[a-z]+\s+of\s|,\s+(?:[a-z][\w-]*\s+){0,3}(?:leader|provider|developer|maker|manufacturer|company|firm|platform)\b|\s+\("
    r"|\s+(?:today|announced|reported|said|has|is|will|and its|celebrates|provided|presented|received|released)\b)"
)
# "Community Bankshares, Inc. congratulates", "Ketamine Taskforce mourns": a name of two words or more
# and the sentence's verb ("Stroke survivors were ..." and "Citing continued ..." are no names)
_LEAD_SUBJECT_VERB = re.compile(
    r"^\s*(?P<name>(?:[A-Z0-9][\w&.'\u2019-]*|&|of)(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S))?"
    r"(?:[ ,]+(?:[A-Z0-9][\w&.'\u2019-]*|&|of)(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S))?){1,6}?)"
    r"\s+(?!(?:and|of|for|in|on|at|to|the|is|was|has|its|as|plus|vs|this|news)\b)[a-z]{3,}(?:s|ed)\b"
)
_MARKS = re.compile(r"\s?(?:\u00ae|\u2122|\((?:R|TM)\))")
# "... on behalf of investors of Tidewater Labs, Inc. (NASDAQ: TDLB)": a ticker after these words is another company's
_ON_BEHALF = re.compile(r"\b(?:investors|shareholders|stockholders|behalf|against|of)\s+.{0,60}$")


_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
# a wire's mark in a dateline: "(NEWMEDIAWIRE)", "/24-7PressRelease/", "Media OutReach Newswire"; not a
# ticker's or a defined term's bracket
_WIRE_MARK = r"(?:\((?![^()]*(?::|\u201c|\"))[^()]{2,40}\)|/[A-Za-z0-9][^/\s]{1,30}(?: [^/\s]{1,20}){0,2}/|\b(?:[A-Z][\w.-]*\s+){0,2}(?:Newswire|NewsWire|NEWSWIRE|News Direct))"
_TIME = r"(?:\s*@?\s*\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)?(?:\s+[A-Z][a-z]+)?)"
_DATELINE_PREFIX = re.compile(rf"^(?P<pre>.{{0,200}}?(?:{_DATE}|\b(?:19|20)\d\d\b|{_WIRE_MARK}|{_MONTH}\s+\d{{1,2}}\b){_TIME}?)\s*(?:-{{2,}}|[\u2013\u2014]|-|;|\.)\s*(?=[\w\"\u201c(])")
_PAREN_PREFIX = re.compile(r"^\((?P<pre>(?![^()]*(?::\s*[A-Z]{1,5}\b|\u201c|\"))[^()]{2,100})\)\s*(?:(?:-{2,}|[\u2013\u2014]|-)\s*)?(?=[\w\"\u201c])")
DATELINE_PREFIX_ROUNDS = 3  # "NEW YORK - (NewMediaWire) - September 26, 2024 - Alleaves ...": city, wire, date


def after_dateline(lead: str) -> str:
    """The lead without a dateline the wire rules left in it: "(West Chester, PA --- February 1, 1993)",
    "VAUGHAN, ON, February 01, 2025 /24-7PressRelease/ --", "May 15, 2025 (NEWMEDIAWIRE) -"; a prefix
    with running text in it (lower-case words) is no dateline."""
    t = lead.strip()
    for _ in range(DATELINE_PREFIX_ROUNDS):
        m = _PAREN_PREFIX.match(t) or _DATELINE_PREFIX.match(t)
        if not m:
            break
        bare = re.sub(r"\([^()]*\)|/[^/]*/", " ", m.group("pre"))
        if re.search(r"\b(?!(?:am|pm|de|la|du|del|von|van)\b)[a-z]{2,}\b", bare):
            break
        t = t[m.end():].lstrip()
    return t


_NOT_A_NAME = re.compile(rf"^(?:A|An|This|These|That|Our|Its|Their|In|On|At|For|With|As|After|Following|Today|Yesterday|Last|"
                         rf"Next|During|Since|Over|Through|Earlier|Recently|Despite|Amid|According|Building|{_MONTH}|\d)(?:\s|$)")
_CO_NAME = r"(?:(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w&.'\u2019-]*|&)(?:[ ](?:[A-Z0-9][\w&.'\u2019-]*|&|of|and|de|la|for)){0,6}?(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S|Corp\.|Co\.))?"
# "Moving rapidly to expand ..., Miller Freeman, Inc., has acquired": the subject after an opening phrase
_INTRO_SUBJECT = re.compile(
    rf"^(?:[^.;:]|[.:](?=\d)){{0,250}}?,\s+(?:the\s+)?(?P<name>{_CO_NAME})(?:\s*\([^()]*\))*,?\s+"
    r"(?:today\s+|recently\s+|also\s+|officially\s+)?(?:announced|announces|unveiled|unveils|introduced|introduces|launched|launches|"
    r"reported|reports|released|releases|has|have|is|was|will|said|celebrates|received|signed|completed|named|appointed|"
    r"mobilized|distributed|expanded|opened|hosted)\b")


def _is_name(name: Optional[str]) -> bool:
    """A date, an article ("A consortium of investors"), an opening word is no company's name."""
    return (bool(name) and not _NOT_A_NAME.match(name) and not re.fullmatch(rf"[\d\s,./-]*|.*{_DATE}.*", name)
            and not re.search(r",\s*(?:M\.?D\.?|Ph\.?D\.?|M\.P\.H\.|MBA|Esq\.)", name))  # "Megan McLaughlin, M.D.": a person


def _cut_before_comma(name: str) -> str:
    """`AGG 2026, Caterpillar Inc.`: words with a number in them before a comma belong to the sentence,
    not the name (`Commodore Business Machines, Inc.`, `Sears, Roebuck and Co.` keep their comma)."""
    parts = re.split(r",\s+(?!(?:Inc|Ltd|LLC|LLP|plc|N\.V|S\.A|AG|SE|A/S|Corp|Co|L\.P)\b)", name)
    # "AGG 2026, Caterpillar Inc." / "Sandvika, 12 February 2025" / "ROCKVILLE, MD August 25, 1999 Compaq ...";
    # "Sears, Roebuck and Co." is one name
    sentence = [k for k, part in enumerate(parts[:-1]) if re.search(r"\b\d+\b|^(?:At|In|On|From)\b", part)]
    if sentence:
        parts = parts[sentence[-1] + 1:]
    name = ", ".join(parts).strip(" ,")
    return re.sub(r"^(?:\d{4}[^\sA-Za-z]*|\d{1,2},?)\s+(?=[A-Z])", "", name)  # "1999\u00be Compaq Computer Corporation"


def issuer_name_before(text: str, start: int) -> Optional[str]:
    """The company name printed just before a ticker bracket: 'EpiCept Corporation (Nasdaq: EPCT)'."""
    before = text[:start].rstrip()
    # `Vycor Medical, Inc. ("Vycor" or the "Company") (OTCQB - VYCO)`: the defined term between name and ticker
    before = re.sub(r"(?:\s*\((?:[^()]*[\u201c\u201d\"][^()]*)\)\s*,?)+$", "", before).rstrip()
    m = _NAME_BEFORE.search(before)
    if not m:
        return None
    name = _cut_before_comma(m.group(1).strip(" ,"))
    lower = re.search(r"(?:^|[-\u2013\u2014]\s*|[.)]\s+)([a-z][a-z0-9.-]{1,19})\s+$", before[:m.start(1)])
    if lower and name == m.group(1).strip(" ,") and re.search(rf"\b{re.escape(lower.group(1))}\b", text[start:]) and \
            not re.fullmatch(r"(?:the|and|of|today|by|for|from|with|at|in|on|as|said|a|an|its|our)", lower.group(1)):
        name = f"{lower.group(1)} {name}"  # "-- atai Life Sciences (NASDAQ: ATAI) (“atai”)": a name in lower case, as the brand writes it
    # drop leading sentence words ("Today EpiCept ...", "-- EpiCept")
    name = re.sub(r"^(?:Today|Yesterday|The|On|In|(?:Shares|Stock|Units|Investors|Shareholders) of)\s+", "", name)
    name = re.sub(r"^[A-Z][\w.-]*-based\s+", "", name)  # "Atlanta-based Southern Company"
    name = re.sub(r"^(?:and|of)\s+", "", name)
    name = strip_board(name)
    return name or None


def strip_board(name: str) -> str:
    """`Harborview Health System Board of Trustees today announced`, `The Board of Directors of Eutelsat
    Communications (Euronext Paris: ETL)`: the board is the company's."""
    name = re.sub(r"^(?:The\s+)?(?:Board of (?:Directors|Trustees|Governors)|Management Board|Supervisory Board) of (?:the\s+)?(?=[A-Z])",
                  "", name)
    return re.sub(r"\s+(?:Board of (?:Directors|Trustees|Governors)|Board|Trustees|Management Board|Supervisory Board)$", "", name)


# a description in lower case before the name: "Global venture capital firm ", "Leading biotech company "
_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,4}(?:firm|company|provider|maker|developer|manufacturer|bank|start-?up|"
    r"platform|agency|organi[sz]ation|nonprofit|insurer|retailer|operator|producer|investor|specialist|pioneer)\s+(?=[A-Z])")


def issuer_name_from_lead(lead: str) -> Optional[str]:
    """The subject of the lead sentence: `Acme Corp., a leader in ..., today announced`."""
    lead = re.sub(r"\s+,", ",", lead)  # "Grace Therapeutics, Inc. , formerly" (a lost ticker link)
    lead = re.sub(r",\s*(?:https?://|www\.)\S+?\s*,", ",", lead, count=1)  # "Theracos, Inc., www.theracos.com, a privately held"
    lead = re.sub(r"^\([A-Za-z .-]{2,30}:\s*[A-Z0-9.]{1,10}\)\s*:?\s*", "", lead)  # "(OSE: NORCO): Norconsult Norge AS, ..."
    # "Civeo Corporation (NYSE: CVEO): Stonegate Capital Partners updates its coverage on ...": the company
    # in the label is the subject of the report, the sentence's subject is the one that issues it
    lead = re.sub(rf"^{_CO_NAME}\s*\([A-Za-z .-]{{2,30}}:\s*[A-Z0-9.]{{1,10}}\)\s*:\s+(?=[A-Z])", "", lead)
    lead = re.sub(r"^(?:Today|Yesterday|Heute),?\s+(?=[A-Z])", "", lead)  # "Today Adler Group S.A. (the Company) announces"
    lead = re.sub(r"^(?:The)\s+(?=[A-Z])", "", lead)
    lead = re.sub(r"^(?:The\s+)?(?:[a-z][\w-]*\s+){0,3}(?:law\s+firm|firm)\s+of\s+(?=[A-Z])", "", lead)  # "The law firm of Roe & Doe, LLP informs"
    lead = _DESCRIPTOR.sub("", lead)  # "Global venture capital firm New Enterprise Associates, Inc. today announced"
    # "The Board of Directors of the Inland Marine Underwriters Association (IMUA) is ...": the board is the company's
    lead = re.sub(r"^(?:(?:Board of )?(?:Directors|Trustees|Governors)|Management Board|Supervisory Board) of (?:the\s+)?(?=[A-Z])", "", lead)
    joint = _JOINT_LEAD.match(lead)
    if joint and re.search(r"\b(?:announce[ds]?|today|report(?:s|ed)|jointly)\b", lead[:400]):
        # "Blackstone Life Sciences and Anthos Therapeutics, Inc. ... announced": a joint release;
        # the first company named is the issuer
        return joint.group("a").strip(" ,")
    m = _LEAD_SUBJECT.match(lead) or _LEAD_SUBJECT_VERB.match(lead)
    if m:
        name = strip_board(re.sub(r"^[A-Z][\w.-]*-based\s+", "", m.group("name").strip(" ,")))
        parent = _SUBSIDIARY_OF.match(lead, m.end("name"))
        if parent:
            return parent.group("parent").strip(" ,")  # "Norconsult Norge AS, a subsidiary of Norconsult ASA, has ..."
        if 1 <= len(name.split()) <= MAX_NAME_WORDS and _is_name(name):
            return name
    m = _INTRO_SUBJECT.match(lead)
    return _intro_subject(m.group("name")) if m else None


_SUBSIDIARY_OF = re.compile(rf",?\s*(?:a|an)\s+(?:(?:wholly|majority)[- ]owned\s+)?subsidiary\s+of\s+(?:the\s+)?(?P<parent>{_CO_NAME}),")


def _intro_subject(name: str) -> Optional[str]:
    """The subject after an opening phrase, as a company's name: a person's title names the company after
    "of" ("..., Petro Tyschtschenko, CEO and President of Amiga Technologies officially announced"); a legal
    suffix alone ("firm New Enterprise Associates, Inc. today") or two companies joined by "and" are none."""
    name = name.strip(" ,")
    office = re.match(r"^(?:CEO|CFO|COO|CTO|President|Chairman|Chair|Chief|Founder|Director|Managing)\b.*?\bof\s+(?:the\s+)?(?P<org>[A-Z].*)$", name)
    if office:
        name = office.group("org")
    if (not _is_name(name) or re.fullmatch(r"(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|AG|SE)\.?", name) or len(name.split()) > MAX_NAME_WORDS
            or re.search(r"\S\s+\S+\s+and\s+[A-Z]", name)):
        return None
    return strip_board(name)


def name_shared_with_headline(lead: str, headline: str) -> Optional[str]:
    """`Twentytwo & brand, a leading ...` under "Twentytwo & brand Named to ...", `ams OSRAM delivers`
    under "ams OSRAM Delivers ...": the words the lead opens with as the headline does, up to a comma,
    a bracket or a word in lower case; a name however it is capitalised."""
    lw, hw = lead.split()[:MAX_NAME_WORDS + 1], headline.split()
    n = 0
    while n < min(len(lw), len(hw), MAX_NAME_WORDS) and lw[n].rstrip(",") == hw[n].rstrip(",:"):
        n += 1
        if lw[n - 1].endswith(","):
            break
    if n == 0 or n >= len(lw):
        return None
    ends = lw[n - 1].endswith(",") or lw[n].startswith("(") or lw[n][:1].islower()
    if n > 1 and lw[n][:1].islower() and not lw[n - 1].endswith(",") and re.fullmatch(r"[a-z]+(?:s|ed)", lw[n - 1]):
        n -= 1  # "DBS confirms today ..." under "DBS confirms COVID-19 case ...": the shared verb is no part of the name
    name = " ".join(lw[:n]).rstrip(",")
    if not ends or not _is_name(name) or not re.search(r"[A-Za-z]{3}", name) or name.lower() in ("the", "new", "how", "why", "what"):
        return None
    if re.fullmatch(r"[A-Z][a-z]+ing", name) and lw[n][:1].islower():
        return None  # "Removing a blood clot ..." under "Removing large brain artery clot ...": a verb, no name
    return name


def with_leading_the(name: str, text: str, source: Optional[str] = None, headline: str = "", abouts: tuple[str, ...] = ()) -> str:
    """`The Buckle, Inc.`: a leading "The" is part of the name when the release capitalises it
    mid-sentence ("information on The Buckle, Inc."), or the SOURCE line, the headline or the About
    heading ("About The Apache Software Foundation (ASF)") carries it."""
    if name.lower().startswith("the "):
        return name
    the_name = "The " + name
    if source and source.lower().startswith(the_name.lower()):
        return the_name
    if any(re.match(rf"The\s+{re.escape(name)}(?:\s*\(|\s*$|,)", a) for a in abouts):
        return the_name
    if re.search(rf"\b[a-z][a-z,]*[^\S\n]+The\s+{re.escape(name)}(?![^\S\n]+[A-Z])", text):
        return the_name  # (not "at the institute, The Infosys Foundation Chair of ...": another name that holds it)
    if headline and headline.isupper() and re.search(rf"(?:^|\s)THE\s+{re.escape(name.upper())}", headline):
        return the_name
    return name


def title_case_name(name: str) -> str:
    small = {"of", "and", "the", "for", "de", "la"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        elif len(w) <= 3 and w.isalpha() and lw not in ("inc", "co", "ltd", "plc", "llc", "the"):
            out.append(w)  # an acronym: IBM, AG
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


LEAD_SEARCH_PARAGRAPHS = 6  # the lead is looked for among the body's first paragraphs
TITLE_CASE_SHARE = 0.6  # a line with more capitalised words than this is a title, not a sentence
SHORT_LEAD_WORDS = 12  # a line of fewer words is a lead only when it is a sentence in which some word is not capitalised
RUNNING_WORD_CHARS = 5  # a title prints no word this long in lower case but a preposition
_TITLE_LOWER = frozenset("about above across after against along among around before behind below beside between beyond "
                         "during except inside outside since through throughout toward towards under until within without versus".split())


def lead_paragraph(paragraphs: list[str], headline: str) -> str:
    """The lead: the body's first paragraph, unless it is no running text (the headline printed again, a deck
    line the reader kept in the body, "Published 01/08/2008", a dateline on a line of its own); then the
    first of the next few that is a sentence ("Compaq Computer Corporation (NYSE: CPQ) and ... announced ...")."""
    for p in paragraphs[:LEAD_SEARCH_PARAGRAPHS]:
        if not _no_lead(p.strip(), headline):
            return p
    return paragraphs[0] if paragraphs else ""


# a page's call to action above the lead: "If you'd like to support the appeal please donate ...", "Click here to ..."
_CALL_TO_ACTION = re.compile(r"^(?:If you(?:'d|\u2019d| would| want)?\b|Please\b|Click\b|Tap\b|Sign up\b|Subscribe\b|Donate\b|"
                             r"To (?:donate|subscribe|learn more|find out)\b|Listen\b|Watch\b|Read more\b)")


def _no_lead(t: str, headline: str) -> bool:
    words = t.split()
    if t == headline.strip() or t[:1] in "\"\u201c" or _CALL_TO_ACTION.match(t):
        return True
    sentence = re.search(r"[.!?:][\"\u201d\u2019)]?$", t) is not None
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    # a verb or a noun in lower case makes a sentence ("GreenPort Logistics today published its 2024 Report.")
    running = any(len(w) >= RUNNING_WORD_CHARS and w.strip(",;.").islower() and w.strip(",;.") not in _TITLE_LOWER for w in words)
    title = capitalised > len(words) * TITLE_CASE_SHARE and not running
    # a bullet ("Net income of $206 million") or a deck line is no lead either, though it has words in lower case
    return (len(words) < SHORT_LEAD_WORDS and (title or not sentence)) or (title and not sentence)



_PERSON_TITLE = r"(?:Chairman|Chairwoman|Chair|President|CEO|Chief\s+\w+\s+Officer|Founder|Co-founder|Director|Vice\s+President|Managing\s+Director|Partner)"


def find_issuer(lead: str, text: str, headline: str, source: Optional[str],
                abouts: tuple[str, ...] = (), contact_labels: tuple[str, ...] = ()) -> tuple[Optional[str], list[Ticker]]:
    """The issuer's name and tickers from the lead paragraph, the text of the release (the lead
    first), the headline, the names of the About sections, the SOURCE line and the labels of the
    contact blocks ("Acme Corp. Contacts:")."""
    lead_chars = len(lead)
    lead = after_dateline(_MARKS.sub("", lead))
    subject = issuer_name_from_lead(lead) or name_shared_with_headline(lead, headline)
    if subject and re.match(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z]", subject):
        subject = None  # "Dr. Terry Webb Elected to ...": a person, no company
    if subject and re.match(rf"\s*{re.escape(subject)},\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){{0,3}}?{_PERSON_TITLE}\b", lead):
        subject = None  # "A. Charles Baillie, Chairman and Chief Executive Officer of TD Bank, has been elected": a person
    name, tickers = _named_by_ticker(lead_chars, text, subject, headline)
    if subject and name and name != subject and name.endswith(", " + subject) and len(name[: -len(subject) - 2].split()) >= 2 \
            and not re.search(r"\b(?:Inc|Co|Corp|Ltd|LLC|plc)\.?$", subject):
        name = subject  # "at the Consumer Electronics Show, Logitech (SWX:LOGN)": the words before the comma are the sentence's
    if subject and name and _partner_of(subject, name, lead):
        name, tickers = subject, []  # a joint release: the first company named; the ticker is the partner's
    if not tickers and not name and headline:
        # "Solstice Bio (NASDAQ: SOLB) Doses First Patient ...": the ticker printed in the headline only
        tickers = [t for t, _, _ in find_tickers(headline)]
    if not name:
        name = subject
    if name and not tickers:
        name = _headline_company(name, lead, headline, abouts) or name
    supplier = _supplier_of(name, lead, abouts) if name else None
    if supplier:
        name, tickers = supplier, []  # the lead's subject is the customer; the ticker is the customer's
    agreed = None if subject else _source_and_about(source, abouts)
    if agreed and not (name and _same_company(name, agreed)):
        name = agreed  # no company in the lead, another's ticker further on; SOURCE and About agree
    if source and len(source) < SOURCE_NAME_MAX_CHARS and (not name or re.search(r"\d", name)) and not tickers:
        name = _about_in(source, abouts) or source  # the lead names no company ("Every February 11, ...")
    if not name:
        name = (_about_company(abouts, headline) or _headline_label_company(headline, text) or _contact_label_company(contact_labels)
                or _headline_subject(headline, text))
        name = fuller_form(name, text) if name else None
    if name:
        name = _legal_name_beside(name, lead)
        name = with_leading_the(name, text, source, headline, abouts)
    if name:
        name = _without_possessive(name, text)
    if name:
        # "WorldGate Communications, Inc. WGAT today announced": the ticker printed bare after the name (its link lost)
        name = re.sub(r"(\b(?:Inc\.|Corp\.|Ltd\.|Co\.|LLC|plc|PLC|AG|SE|N\.V\.|S\.A\.))\s+[A-Z]{2,5}$", r"\1", name)
    if name and name.isupper() and len(name) > CAPS_NAME_MIN_CHARS:
        name = title_case_name(name)  # "ROCK OF AGES CORPORATION"
    return name, tickers


def _without_possessive(name: str, text: str) -> str:
    """"Data from EPIX Medical's (Nasdaq: EPIX) trial": the name without its possessive, when the release
    prints it without one elsewhere too (a name that always has its 's, "Macy's", keeps it)."""
    m = re.match(r"^(?P<bare>.+?)['\u2019]s$", name)
    if not m:
        return name
    bare = m.group("bare")
    if re.search(rf"(?<![\w-]){re.escape(bare)}(?!['\u2019]s\b|[\w-])", text):
        return bare
    return name


_ANNOUNCES = re.compile(r"^(?:[^.]|\.(?=\s*[a-z,(])){0,250}?\b(?:announce[sd]?|is pleased|are pleased|reports?|reported|unveil(?:s|ed)|"
                        r"introduc(?:es|ed)|launch(?:es|ed))\b")


def _partner_of(subject: str, name: str, lead: str) -> bool:
    """"Sequel Med Tech, LLC, a company ..., and Senseonics Holdings, Inc. (NASDAQ: SENS), a medical technology
    company ..., today announced": the ticker's company is named second, after "and", in a lead both announce."""
    at_subject, at_name = lead.find(subject), lead.find(name)
    return (not _same_company(subject, name) and 0 <= at_subject < at_name
            and re.search(rf"\band\s+(?:the\s+)?{re.escape(name)}", lead) is not None
            and _ANNOUNCES.match(lead[at_name:]) is not None)


def _about_names(abouts: tuple[str, ...]) -> list[str]:
    names = [re.split(r"\s+[-\u2013\u2014|]\s+", re.sub(r"^the\s+", "", a, flags=re.I))[0].strip(" :") for a in abouts]
    return [n for n in names if n and not _GENERIC_ABOUT.match(n) and len(n.split()) <= MAX_NAME_WORDS]


def _supplier_of(subject: str, lead: str, abouts: tuple[str, ...]) -> Optional[str]:
    """"NEXTLINK Communications, Inc. (NASDAQ: NXLK) has contracted with Equinox to upgrade ..." with one About
    section, Equinox's: the lead's subject, which announces nothing and has no About of its own, is the
    customer; the company of the About section, as the lead prints it further on, issues the release."""
    names = _about_names(abouts)
    if len(names) != 1 or _same_company(subject, names[0]):
        return None
    at = lead.find(subject)
    rest = lead[at + len(subject):] if at >= 0 else ""
    m = re.search(rf"\b{re.escape(names[0].split()[0])}(?:\s+[A-Z][\w&.-]*){{0,5}}", rest)
    if m is None or not _CUSTOMER_VERB.match(rest[: m.start()]):
        return None  # "Acme (NYSE: A) today announced a partnership with Equinox": Acme's release
    return re.sub(r"[.,]$", "", m.group(0))


# what a customer does with its supplier, right after its name (its ticker, an appositive between)
_CUSTOMER_VERB = re.compile(
    r"^\s*(?:\([^()]*\)\s*)*(?:,[^,]{0,120},\s*)?(?:today\s+|recently\s+)?(?:has\s+|have\s+|will\s+)?"
    r"(?:contract(?:s|ed)?|select(?:s|ed)?|chosen|chose|choose|award(?:s|ed)|deploy(?:s|ed)?|adopt(?:s|ed)?|invest(?:s|ed)?|"
    r"purchas(?:es|ed)|order(?:s|ed)|licens(?:es|ed)|engag(?:es|ed)|retain(?:s|ed)|hir(?:es|ed))\b")


def _source_and_about(source: Optional[str], abouts: tuple[str, ...]) -> Optional[str]:
    """The company the SOURCE line names when an About section names it too ("BET Networks")."""
    if not source or len(source) >= SOURCE_NAME_MAX_CHARS:
        return None
    return source if any(_words(n) == _words(source) for n in _about_names(abouts)) else None


def _about_in(source: str, abouts: tuple[str, ...]) -> Optional[str]:
    """"NYU Grossman School of Medicine and NYU Langone Health" on the SOURCE line, "About NYU Langone Health":
    of a SOURCE line naming two, the one whose About section the release prints."""
    if not re.search(r"\s(?:and|&)\s", source):
        return None
    inside = [n for n in _about_names(abouts) if re.search(rf"(?:^|\s){re.escape(n)}(?:$|\s|,)", source)]
    return inside[0] if len(inside) == 1 else None


_LEGAL = r"(?:,?\s+(?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S|Corp\.|Co\.|Corporation|GmbH))"


def fuller_form(name: str, text: str) -> str:
    """A short form (an About section's "UMT AG", "OFC", "NEA") as the release prints the name in full the first
    time: "UMT United Mobility Technology AG", the name an abbreviation is defined for ("The 2026 Optical Fiber
    Communications Conference and Exhibition (OFC)"), the words it abbreviates ("New Enterprise Associates, Inc.")."""
    words = name.split()
    if len(words) >= 2:
        m = re.search(rf"\b{re.escape(words[0])}(?:\s+[A-Z][\w&'\u2019-]*){{1,5}}\s+{re.escape(words[-1])}\b", text)
        return m.group(0) if m else name
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return name
    defined = re.search(rf"((?:(?:[A-Z0-9][\w&.'\u2019-]*|and|of|for|&)\s+){{2,9}})\(\s*{name}\s*\)", text)
    if defined:
        return re.sub(r"^(?:The|the)\s+", "", defined.group(1).strip())
    for m in re.finditer(rf"\b{name[0]}[\w&'\u2019-]*(?:\s+(?:[A-Z][\w&'\u2019-]*|of|and|&)){{1,6}}(?P<legal>{_LEGAL})?", text):
        if _initials(m.group(0)) == name:
            return m.group(0)
    return name


def _legal_name_beside(name: str, lead: str) -> str:
    """"AUI (Augmented Intelligence Inc.), the company behind ...": the company's legal name printed in
    parentheses right after the short name the lead opens with is the issuer's name."""
    m = re.search(rf"(?<![\w-]){re.escape(name)}\s+\((?P<legal>{name[0]}[\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){{0,5}}{_LEGAL})\)", lead)
    return m.group("legal") if m and len(m.group("legal")) > len(name) else name


def _words(name: str) -> list[str]:
    """The words of a name in lower case, without a leading article or a legal suffix."""
    ws = re.findall(r"[\w&'\u2019-]+", re.sub(r"^(?:the|a|an)\s+", "", name.lower()))
    while ws and ws[-1] in ("inc", "ltd", "llc", "corp", "corporation", "plc", "co", "ag", "se", "sa", "nv"):
        ws.pop()
    return ws


def _first_word(name: str) -> str:
    ws = [w for w in re.findall(r"[\w&'\u2019-]+", name.lower()) if w not in ("the", "a", "an")]
    return ws[0] if ws else ""


def _headline_company(subject: str, lead: str, headline: str, abouts: tuple[str, ...]) -> Optional[str]:
    """"Dallas-based Excel Communications, Inc. has chosen ... Equinox Information Systems ..." under
    "Equinox Information Systems to Provide ...", with an "About Equinox": the lead's subject is the
    customer (or the body that announced a distinction: "The American Council of Education today
    announced that Howard University ..."); the company the headline opens with, named further on in
    the lead and in an About section, issues it. A subject that announces and has its own About
    section stays the issuer."""
    first = _first_word(headline)
    if not first or first == _first_word(subject) or first in subject.lower() or _initials(subject) == first.upper():
        return None  # the headline opens with the subject, or its initials ("NEA" / "New Enterprise Associates, Inc.")
    if not any(_words(headline)[:len(_words(a))] == _words(a) for a in abouts if _words(a)):
        return None  # "Thomas Kimsey, President and CEO of Thomas Financial Group Appointed ...": a person
    subject_has_about = any(_first_word(subject) == _first_word(a) for a in abouts)
    at = lead.find(subject.split()[-1]) + len(subject.split()[-1]) if subject.split()[-1] in lead else 0
    announces = re.match(r"^[^.]{0,160}?\b(?:announce[sd]?|is pleased|are pleased|reports?|reported|unveil(?:s|ed)|introduc(?:es|ed)|launch(?:es|ed))\b",
                         lead[at:])
    if subject_has_about and announces:
        return None
    m = re.search(rf"\b{re.escape(headline.split()[0])}(?:\s+[A-Z][\w&.'\u2019-]*){{0,5}}", lead)
    if not m or m.start() == 0:
        return None
    return re.sub(r"[.,]$", "", m.group(0))


def _headline_label_company(headline: str, text: str) -> Optional[str]:
    """"LEKSUM: New Study Indicates ..." over "A new study by Leksum LLC (Leksum) ...": the company a
    headline is labelled with, as the text prints it (with its legal suffix)."""
    m = re.match(r"^([A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}):\s", headline)
    if not m:
        return None
    label = m.group(1)
    found = [f.group(1) for f in re.finditer(
        rf"\b({re.escape(label)}(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S|Corp\.|Corporation))?)(?=\W)", text, flags=re.I)]
    if not found:
        return None
    printed = max(found, key=lambda f: (not f.isupper(), len(f)))  # as printed in running text, with its suffix
    return printed if not printed.isupper() or len(printed) <= CAPS_NAME_MIN_CHARS else title_case_name(printed)


_HEADLINE_SUBJECT = re.compile(
    r"^(?P<name>[A-Z][\w&.'\u2019-]*(?: (?:[A-Z][\w&.'\u2019-]*|of|and|&|de|for|plc|ASA|AB|Oyj|AG|SE|N\.V\.|S\.A\.)){0,7}?)\s+"
    r"(?:(?:has|have)\s+(?i:announced|completed|signed|received|acquired|launched|appointed|entered|decided|published)"
    r"|Announces|Reports|Declares|Launches|Completes|Names|Appoints|Receives|Signs|Acquires|Enters|Expands|Unveils|Opens|"
    r"Celebrates|Releases|Introduces|Files|Prices|Closes|Awarded|Wins|Joins|Partners)\b")


def _headline_subject(headline: str, text: str) -> Optional[str]:
    """"Federal Home Loan Bank of Des Moines Announces 2024 Fourth Quarter ... Results" over a lead of
    bullet points: the company the headline opens with, when the text prints its name too."""
    m = _HEADLINE_SUBJECT.match(headline)
    if not m or not _is_name(m.group("name")) or len(m.group("name").split()) < 2:
        return None
    name = re.sub(r"^(?:The|New)\s+", "", m.group("name"))
    return name if len(name.split()) >= 2 and name in text else None


_GENERIC_LABEL = re.compile(r"^(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate|Financial Media|"
                            r"More Information|Further Information|Information|General|Public Relations|PR|Sales|Editorial)$", re.I)


def _contact_label_company(labels: tuple[str, ...]) -> Optional[str]:
    """"Vycor Medical, Inc. Contacts:", "For Acme Corp.:": the company a contact block is labelled with."""
    for label in labels:
        t = label.strip()
        m = (re.match(r"^(?P<org>[A-Z][\w&.,'\u2019 -]{1,60}?)\s+(?:Media\s+|Press\s+|Investor\s+)?(?:Contacts?|Inquiries|Enquiries)\s*:?$", t)
             or re.match(r"^For\s+(?P<org>[A-Z][\w&.,'\u2019 -]{1,60}?)\s*:$", t))
        if m and not _GENERIC_LABEL.match(m.group("org").strip(" ,")) and _is_name(m.group("org")):
            return m.group("org").strip(" ,")
    return None


_GENERIC_ABOUT = re.compile(r"^(?:the\s+)?(?:study|trial|offering|briefing|report|survey|conference|event|program|programme|"
                            r"transaction|acquisition|merger|company|companies|this\s+release|the\s+data)\b", re.I)


def _about_company(abouts: tuple[str, ...], headline: str) -> Optional[str]:
    """The lead names no company: the one an About section names, the one the headline opens with
    first; not one the headline names further on (a partner)."""
    names = _about_names(abouts)
    in_headline = [n for n in names if _first_word(n) and _first_word(n) == _first_word(headline)]
    if len(names) == 1:
        return names[0]
    # "LOCOAL Partners with Das GreenHaus ...", with their two About sections: companies the headline
    # names further on are partners
    others = [n for n in names if _first_word(n) and not re.search(rf"\b{re.escape(_first_word(n))}\b", headline.lower())]
    return (in_headline or others or [None])[0]


def _named_by_ticker(lead_chars: int, text: str, subject: Optional[str], headline: str) -> tuple[Optional[str], list[Ticker]]:
    """The name printed before the first ticker, and the tickers printed with it; none when the text
    has no ticker. A ticker printed after "on behalf of investors of", or with another company's name
    after the lead (`lead_chars` long; an About section listing partners), is another company's: then
    the lead's subject is the issuer, with the ticker printed with its own name further on if any."""
    found = find_tickers(text)
    if not found:
        return None, []
    first_start = found[0][1]
    name = issuer_name_before(text, first_start)
    if name and not _is_name(name):
        name = None  # "Sandvika, 12 February 2025 (OSE: NORCO)": a dateline before the ticker
    if (subject and first_start > len(subject) + OTHER_COMPANY_GAP and name and subject.split()[0] not in name
            and _ON_BEHALF.search(text[:first_start])):
        # "Bergen Law LLP is investigating claims on behalf of investors of Tidewater Labs, Inc.
        # (NASDAQ: TDLB)": the ticker is another company's; the lead's subject is the issuer
        return subject, []
    if subject and name and not _same_company(subject, name) and re.search(
            rf"\b{re.escape(subject)},\s+(?:(?:now\s+)?part|a\s+(?:division|unit|business(?:\s+unit)?|brand|segment))\s+of\s+(?:the\s+)?"
            rf"[^.;]{{0,60}}?{re.escape(name)}", text[:lead_chars + len(name)]):
        # "Advansor, part of Dover Food Retail and Dover (NYSE: DOV), today announced": the unit issues it, under
        # its parent's listing
        return subject, _own_tickers(text, found, first_start, name)
    if subject and name and not _same_company(subject, name) and re.search(
            rf"\b{re.escape(subject)}\b.{{0,80}}?\bcoverage\s+(?:on|of)\s+(?:the\s+)?{re.escape(name)}", text[:lead_chars + len(name)]):
        # "Stonegate Capital Partners updates its coverage on Civeo Corporation (NYSE: CVEO)": an analyst's
        # release; the ticker is the covered company's
        return subject, []
    if subject and name and first_start > lead_chars and not _same_company(subject, name) and _first_word(name) not in headline.lower():
        # "SAVVIS Communications Corporation ... today announced ..." and, further on, "Lucent (NYSE: LU)"
        own = [k for k, (_, start, _) in enumerate(found) if _same_company(subject, issuer_name_before(text, start) or "")]
        if not own:
            return subject, []
        first_start = found[own[0]][1]
        found = found[own[0]:]
        name = issuer_name_before(text, first_start)
    return name, _own_tickers(text, found, first_start, name)


def _own_tickers(text: str, found: list, first_start: int, name: Optional[str]) -> list[Ticker]:
    """The tickers printed with the issuer's: in its bracket or close after it, not one printed after another
    company's name ("Compaq Computer Corporation (NYSE: CPQ) and AXENT Technologies, Inc. (NASDAQ: AXNT)")."""
    own = []
    for t, start, _ in found:
        if t.symbol == found[0][0].symbol or start == first_start:
            own.append(t)
        elif 0 < start - first_start < TICKER_GROUP_CHARS:
            other = issuer_name_before(text, start)
            if name and other and _is_name(other) and not _same_company(name, other):
                continue
            own.append(t)
    return own


def _same_company(a: str, b: str) -> bool:
    """Two names of one company: one's first word is in the other ("SAVVIS" / "SAVVIS Communications"), or
    one is the other's initials ("NEA" / "New Enterprise Associates, Inc.")."""
    fa, fb = _first_word(a), _first_word(b)
    return bool(fa and fb) and (fa in b.lower() or fb in a.lower() or _initials(a) == b or _initials(b) == a)


def _initials(name: str) -> str:
    """"New Enterprise Associates, Inc." -> "NEA": the capitals opening its words, legal suffix left out."""
    bare = re.sub(rf"{_LEGAL}$", "", name.strip())
    return "".join(w[0] for w in bare.split() if w[:1].isupper())
