"""The headline and its deck: which header line is the headline (a trusted container title, else
the first line after any letterhead), a headline printed over two paragraphs, the deck lines under
it, and the lines above an announcement's title that are no headline (its company and date)."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.readers.blocks import Block
from reportgen.readers.rules import furniture
from reportgen.readers.rules.contacts import PHONE
from reportgen.readers.rules.dates import BANNER_DATE, DATE_LINE
from reportgen.readers.rules.prose import SENTENCE_END

SAME_TITLE_SHARE = 0.8  # one printing holds the other and is at least this long
LETTERHEAD_MAX_WORDS = 5
DECK_NAME_MAX_WORDS = 3  # a deck line this short that the headline contains is the company's label, not a deck
SHORT_HEADLINE_CHARS = 20  # a first header line this short gives way to the container's title
CAPS_HEADLINE_MAX_CHARS = 80  # two all-caps paragraphs are one headline when the first is shorter
LOOK_HEADLINE_MAX_CHARS = 60  # two paragraphs that look alike are one headline when the first is shorter
DECK_LABEL_MAX_WORDS = 4  # "Research Highlights:" above the deck's bullets
BANNER_REST_MIN_WORDS = 3  # a banner before the headline on its line leaves at least this much of a title
HEADLINE_MIN_WORDS = 4  # a title this long under a one-word line: that line is a wordmark

# a letterhead: the company's name alone above the headline
LETTERHEAD = re.compile(r"^[A-Z][\w&.,' -]{0,40}\b(?:Inc|Corporation|Corp|Company|Co|Ltd|Limited|plc|Plc|PLC|LLC|INC|CORP|CORPORATION|COMPANY|LTD|LIMITED|N\.V|S\.A|AG|SE|A/S)\.?$")
# the company's name alone under the headline, with a Nordic suffix too: "Munters Group AB"
_DECK_LETTERHEAD = re.compile(LETTERHEAD.pattern.replace("|A/S)", "|A/S|AB|ASA|Oyj|Abp)"))
# an announcement's defined term: `("Aldgate" or "the Company")`
_DEFINED_TERM = re.compile(r"^\((?:the\s+)?[\"\u201c'\u2018][^\"\u201d'\u2019]{1,40}[\"\u201d'\u2019](?:\s*(?:or|and|,)\s*(?:the\s+)?[\"\u201c'\u2018][^\"\u201d'\u2019]{1,40}[\"\u201d'\u2019])*\)$", re.I)
# a copy's title labels: Dow Jones's "PRESS RELEASE:", a German wire's "EQS-Adhoc:", "DGAP-News:"
_COPY_TITLE = re.compile(r"^(?:(?:Press Release|News Release|PRESS RELEASE)\s*:\s*|(?:EQS|DGAP|Eqs|Dgap)-[A-Za-z-]{2,12}\s*:\s*)+")
# a headline printed with its issuer's name before it: "Merck KGaA: Merck KGaA confirms ..."
_COMPANY_LABEL = re.compile(r"^[A-Z][^:]{1,80}:\s+(?P<rest>\S.*)$")


# banners printed on the headline's line, before it (a release turned from a PDF into text): "To: Business
# Editor", "Date: 4 August 2017", "For immediate release", "News Release"
_BANNER_PREFIX = re.compile(
    r"^(?:(?:To|Attention|Attn\.?)\s*:?\s+(?:[A-Z][\w&-]*\s*[/,&]?\s*){0,5}Editors?\s*:?"
    r"|Date\s*:\s*(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"|(?i:for immediate release)|(?:News|Press|Media) Release|NEWS RELEASE|PRESS RELEASE|(?:[A-Z] ){3,}[A-Z](?:\s+(?:[A-Z] ){2,}[A-Z])?"
    # an EDGAR text's document header and the exhibit's number: "EX-99.1 2 a4757167ex991.txt", "EXHIBIT 99.1"
    r"|EX-\d+(?:\.\d+)?(?:\s+\d+)?(?:\s+[\w.-]+\.(?:txt|htm|html))?|(?:EXHIBIT|Exhibit)\s+\d+(?:\.\d+)?)\s+(?=\S)")
# a wire's routing printed after the headline on its line: "... Trials to Begin Health & Medical Writers"
_ROUTING_SUFFIX = re.compile(r"\s+(?:Business|Health|Medical|Financial|Technology|Energy|Entertainment|Automotive|Real Estate|"
                             r"Education|Science|Environmental|Legal|Travel|Sports|Editors|News)(?:\s*(?:&|and|/)\s*[A-Z][a-z]+){0,3}"
                             r"\s+(?:Editors|Writers)$")


def strip_banner_prefix(text: str) -> tuple[str, Optional[str]]:
    """The headline without the banners printed before it on its line (and a wire's routing after it), and the
    date one of them gives."""
    date = None
    while (m := _BANNER_PREFIX.match(text)) and len(text[m.end():].split()) >= BANNER_REST_MIN_WORDS:
        date = date or m.group("date")
        text = text[m.end():]
    routed = _ROUTING_SUFFIX.search(text)
    if routed and len(text[: routed.start()].split()) >= BANNER_REST_MIN_WORDS:
        text = text[: routed.start()]
    return text, date


def norm_title(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def same_title(a: str, b: str) -> bool:
    """Two printings of one headline (case, punctuation, an "UPDATE:" prefix aside)."""
    na, nb = norm_title(a), norm_title(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return len(short) >= SAME_TITLE_SHARE * len(long_) and short in long_


def _clean_subheadline(text: str) -> str:
    return re.sub(r"^[-\u2013\u2014*\u2022\s]+|[-\u2013\u2014\s]+$", "", text).strip()


CHROME_MAX_WORDS = 3  # a header line this short that shares no word with the lead is the page's, not a title
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")
_SMALL_WORDS = frozenset({"with", "from", "that", "this", "into", "have", "more", "about", "their", "will", "news", "release",
                          "press", "media", "home", "page", "back", "next", "previous", "archive", "archives", "today",
                          "announced", "announces", "announce", "said", "says", "also", "been", "were", "which", "your",
                          "free", "over", "than", "they", "year"})
# a letterhead's number line: "(212) 924-5500", "Fax: (212) 658-5871", "Tel: 1-877-884-ACME"
_NUMBER_LABEL = re.compile(r"^(?:Tel|Phone|Fax|Telephone)\.?\s*:?", re.I)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(text)} - _SMALL_WORDS


def page_chrome_line(text: str, lead: str) -> bool:
    """A header line above the headline that is the page's or the letterhead's, not a title: a table's
    row or a navigation bar ("| | NEWS RELEASE | |"), an address or a phone line, or a line of three
    words or fewer that shares no word with the lead ("Connect with us", "Back to Announcements",
    "LOGO", "Archives May 2025")."""
    t = text.strip()
    if t.startswith("|") or t.count(" | ") >= 2:
        return True
    if furniture.ADDRESS_LINE.match(t) or ((PHONE.search(t) or _NUMBER_LABEL.match(t)) and len(t.split()) <= 6):
        return True
    return len(t.split()) <= CHROME_MAX_WORDS and not (_words(t) & _words(lead[:600]))


TITLE_SHARED_WORDS = 2  # a header line sharing this many words with the lead is about the release


def unrelated_above_title(texts: list[str], lead: str) -> bool:
    """The first header line shares no word with the lead while a later one shares two or more: a site's
    line above the release's title ("Join today and have your say! It's FREE!", "U.S. markets open in 55
    minutes"), whatever its length."""
    near = _words(lead[:600])
    return not (_words(texts[0]) & near) and any(len(_words(t) & near) >= TITLE_SHARED_WORDS for t in texts[1:])


def choose_headline(header_texts: list[str], title: Optional[str] = None, trusted: bool = False,
                    lead: str = "") -> tuple[str, list[str]]:
    """The headline and the deck lines: a trusted container title is the headline and the header
    lines that repeat it are dropped; else the first header line is the headline, after any lines
    of page chrome above it (when the lead is known)."""
    texts = [t for t in header_texts if t]
    chrome_first = bool(lead) and not (title and trusted)
    # a letterhead (the company's name alone) and page chrome above the headline are not the headline
    while len(texts) > 1 and (
            (LETTERHEAD.match(texts[0]) and len(texts[0].split()) <= LETTERHEAD_MAX_WORDS)
            # a wordmark alone ("CROWLEY") over a title of some length
            or (re.fullmatch(r"[A-Z][A-Za-z&-]+", texts[0]) and len(texts[1].split()) >= HEADLINE_MIN_WORDS)
            or (chrome_first and page_chrome_line(texts[0], lead) and not all(page_chrome_line(t, lead) for t in texts[1:]))
            or (chrome_first and unrelated_above_title(texts, lead))):
        texts.pop(0)
    title = _COPY_TITLE.sub("", " ".join((title or "").split()))
    printed = _printed_with_company(texts, title) if title and trusted else None
    if printed is not None:
        # the copy's title leaves out the company's name the release prints before it: the printed
        # line is the headline, and only the lines under it are its deck
        headline, rest = texts[printed], texts[printed + 1:]
    elif title and trusted:
        headline = title
        rest = [t for t in texts if not same_title(t, title)]
        # a headline printed over two lines (centred): both lines are the title
        if len(texts) >= 2 and same_title(texts[0] + " " + texts[1], title):
            rest = texts[2:]
    elif texts:
        headline = texts[0]
        rest = texts[1:]
        labelled = _COMPANY_LABEL.match(headline)
        if labelled and any(norm_title(t) == norm_title(labelled.group("rest")) for t in rest):
            # a wire's header line "Biotest AG: Biotest decides ..." over the release's own title, printed
            # without the issuer's label: the release's printing is the headline
            headline = next(t for t in rest if norm_title(t) == norm_title(labelled.group("rest")))
        if title and len(headline) < SHORT_HEADLINE_CHARS and not same_title(headline, title):
            headline, rest = title, texts
    else:
        return title, []
    headline = re.sub(r"^[\u2022\u00b7\u25aa\u25cf]\s+", "", headline or "")  # a site's bullet before the title
    # a headline printed in quotation marks, whole: the marks are the copy's, not the title's
    quoted = re.fullmatch(r"[\"\u201c]([^\"\u201c\u201d]{10,})[\"\u201d]", headline or "")
    if quoted:
        headline = quoted.group(1).strip()
    subs = []
    for t in rest:
        c = _clean_subheadline(t)
        if _DECK_LETTERHEAD.match(c) and len(c.split()) <= LETTERHEAD_MAX_WORDS:
            continue  # the company's name alone under the headline (a Nordic copy's "Munters Group AB")
        if len(c.split()) <= DECK_NAME_MAX_WORDS and c[:1].isupper() and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", headline, re.I):
            continue  # a feed's company label ("Aqilion" over "Aqilion divests its holding ..."): a name the headline names
        if c.endswith(":") and len(c.split()) <= DECK_LABEL_MAX_WORDS:
            continue  # "Research Highlights:" labels the deck's bullets; it is none of them
        if _NUMBER_LABEL.match(c) and (PHONE.search(c) or re.search(r"\d", c)):
            continue  # a letterhead's number under the headline
        if re.fullmatch(r"(?:[A-Z][\w&.,'\u2019-]*\s+(?:(?:of|and|the|for|&)\s+)?){1,10}(?:Logo|LOGO)", c):
            continue  # an image's text left in a copied page: "The University of Tennessee Medical Center Logo"
        if c and re.search(r"\w", c) and not same_title(c, headline) and c not in subs:
            subs.append(c)
    return headline, subs


def _printed_with_company(texts: list[str], title: str) -> Optional[int]:
    """The header line that prints the title after the issuer's name ("UMT AG: strategic
    co-operation with Buildsimple" under the title "strategic co-operation with Buildsimple")."""
    for i, t in enumerate(texts):
        m = _COMPANY_LABEL.match(t)
        if m and same_title(m.group("rest"), title) and norm_title(t) != norm_title(title):
            return i
    return None


def continues_headline(prev: Block, block: Block, is_headline: bool) -> bool:
    """A headline printed as two paragraphs: the second starts in lower case, or both are all
    caps, or (the headline only) both look alike in the markup (same weight, style, size)."""
    a, b = prev.text.strip(), block.text.strip()
    if not a or not b or SENTENCE_END.search(a) or a.endswith(":") or block.kind == "item" or prev.kind == "item":
        return False
    if b[0].islower():
        return True
    if a.isupper() and b.isupper() and len(a) < CAPS_HEADLINE_MAX_CHARS:
        return True
    if prev.kind == "heading" or block.kind == "heading":
        return False  # markup headings (<h1>, <h3>) are separate lines by the author's choice
    look_a, look_b = prev.look, block.look
    return bool(is_headline and look_a and look_a == look_b and look_a[0] and len(a) < LOOK_HEADLINE_MAX_CHARS)


def drop_chrome_above_title(header: list[Block], title: Optional[str], trusted: bool) -> list[Block]:
    """On a web page, what comes before the headline in markup (a heading that repeats the page's
    title; an <h1> that repeats its bare <title> word for word) is site navigation."""
    for i, b in enumerate(header):
        if b.kind == "heading" and same_title(b.text, title or "") and (
                trusted or (b.level == 1 and norm_title(b.text) == norm_title(title or ""))):
            return header[i:]
    return header


def _is_letterhead(line: str) -> bool:
    """The company's name alone, or with its defined term or an index's "(The)": "Acme Plc", "Acme Plc
    ('the Group')", "Real Good Food Company Plc (The)"."""
    m = re.match(r"^(?P<name>.+?)\s*(?P<term>\((?:The|the)\)|\([^()]{2,60}\))?$", line)
    name, term = m.group("name"), m.group("term")
    if term and not (term in ("(The)", "(the)") or _DEFINED_TERM.match(term)):
        return False
    return bool(LETTERHEAD.match(name)) and len(name.split()) <= LETTERHEAD_MAX_WORDS + 1


def announcement_header(block: Block) -> tuple[bool, Optional[str]]:
    """Whether a block above an announcement's title is made only of header lines: the company's
    name, its defined term ("Aldgate" or "the Company"), a date, a banner with the date (`ASX
    RELEASE  18 March 2019`); and the date it prints, as printed."""
    if block.kind == "table":
        return False, None
    lines = [l.strip() for l in block.source_lines() if l.strip()]
    date = None
    for line in lines:
        bd = BANNER_DATE.match(line)
        kind = furniture.classify(line)
        if DATE_LINE.match(line):
            date = date or line
        elif bd:
            date = date or bd.group("date")
        elif kind is not None and kind[0] in furniture.DATED_KINDS and kind[1]:
            date = date or kind[1]  # "13 June 2016 |", "Date: 4 August 2017"
        elif not (_DEFINED_TERM.match(line) or _is_letterhead(line) or kind is not None):
            return False, None
    return True, date
