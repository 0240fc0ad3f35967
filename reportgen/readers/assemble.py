"""Blocks -> Release: the wire rules that every format shares (headline, dateline, sections,
furniture, contacts, quotes, issuer), applied to the paragraphs a format reader rebuilt."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from reportgen.model import Attachment, Contact, Issuer, Release, Section, SourceInfo, Table
from reportgen.readers.blocks import Block, Read
from reportgen.readers.rules import contacts as contact_rules
from reportgen.readers.rules import furniture
from reportgen.readers.rules.dateline import DATE_RE, match_dateline, parse_date, with_year
from reportgen.readers.rules.fls import FLS_HEADING, find_fls
from reportgen.readers.rules.quotes import find_quotes
from reportgen.readers.rules.roles import assign_roles
from reportgen.readers.rules.tickers import find_tickers

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]*]+[^\s<>\"'()\[\].,;:!?*_]", re.I)
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*$""")
_CONTACT_LABEL = re.compile(
    r"^(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate|Financial Media|US|EU)\s*(?:and|&|/)?\s*)*"
    r"(?:Contacts?|Inquiries|Enquiries|Relations)\s*(?:Information|Info|Details)?\s*:?\s*$|^(?:For (?:more|further) information(?:,? (?:please )?contact)?|Contacts?)\s*:",
    re.I,
)
_LABEL_ONLY = re.compile(
    r"^(?:Media|Press|Investors?|Investor Relations|Analysts?|Company)(?:\s*(?:and|&|/)\s*(?:Media|Press|Investors?|Investor Relations|Analysts?))?"
    r"\s*(?:Contacts?)?\s*:\s*$", re.I)
_DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+day,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})$")
_HEADING_STOP = re.compile(r"^(?:Table|Figure|Exhibit|Source|Note|Notes)\b\s*[:\d]", re.I)


@dataclass
class Hints:
    """What the container said (see `Read`), the assembler's own copy: the date is filled in from
    the header when the container gives none."""

    title: Optional[str] = None
    title_trusted: bool = False
    date: Optional[str] = None
    file_date: Optional[str] = None


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


_ENDS_WITH_SUFFIX = re.compile(r"\b(?:Inc|Corp|Ltd|Co|S\.A|N\.V|L\.P|LLC|B\.V|A\.G|S\.p\.A|U\.S)\.$")


def looks_like_heading(block: Block) -> bool:
    """A short line that names what follows: markup said so, or it is indented/bold/all caps/title case."""
    t = block.text.strip()
    if block.kind == "heading":
        return True
    numbered = re.match(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+(?=[A-Z])", t)
    if not t or len(t) > 110 or block.kind == "table" or (block.kind == "item" and not numbered):
        return False
    if numbered and block.kind in ("para", "item"):
        # "1. Overview", "II. Financial Results": a numbered heading is in title case and stops short;
        # a footnote ("1. Includes ...") is a sentence
        rest = t[numbered.end():]
        rw = _words(rest)
        return (0 < len(rw) <= 8 and not _SENTENCE_END.search(rest) and not re.search(r"[@$%]|\d{3}", rest)
                and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in rw))
    if t[0] in "(*[" or re.match(r"^\d{1,2}[.)]\s", t):
        return False  # a parenthetical unit line, a footnote
    words = _words(t)
    if not words or len(t.split()) > 14 or _HEADING_STOP.match(t) or _CONTACT_LABEL.match(t):
        return False
    if _SENTENCE_END.search(t) and not t.endswith(":") and not (_ABOUT.match(t) and _ENDS_WITH_SUFFIX.search(t)):
        return False
    if FLS_HEADING.search(t) and len(t) < 70:
        return True  # "Forward Looking Statements Note:"
    if re.search(r"[@]|https?://|\bwww\.|\d{3}[-.)]\s?\d{3}", t):
        return False
    if t.endswith(":") and not block.emphasis and not t.isupper() and not (
            len(words) <= 6 and words[-1].lower() in _HEADING_NOUNS | _ONE_WORD_HEADINGS):
        return False  # a lead-in to what follows; "Highlights:", "Third Quarter Highlights:" name a section
    if re.match(r"^\S+(?: \S+)?:\s+\S", t) and not block.emphasis:
        return False  # "Registration: Link", "Date/Time: Monday ..." is a label and its value
    if block.emphasis or t.isupper():
        return True
    if re.match(r"^About\s+[A-Za-z]", t) and len(words) <= 8 and not t.endswith((",", ";")):
        return True  # "About atopic dermatitis", "About Aldwych Resources plc"
    if (len(words) <= 6 and t[0].isupper() and all(w[0].islower() or w[0].isdigit() for w in words[1:]) and len(words) >= 2
            and words[-1].lower().rstrip(":") in _HEADING_NOUNS):
        return True  # a heading in sentence case: "First quarter highlights", "Interim dividend"
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in {"and", "of", "the", "for", "in", "on", "to", "a", "with", "at", "by", "or", "vs"})
    if len(words) >= 5 and capitalised >= 0.7 * len(words) and words[0][0].isupper() \
            and not re.search(r"\b(?:is|are|was|were|will|has|have|include|includes)\b", t):
        return True  # a title-case heading with a lower-case term in it: "KOL Event on aneurysmal Subarachnoid Hemorrhage"
    return capitalised == len(words) and (len(words) >= 2 or t.lower().startswith("about") or (
        len(words) == 1 and words[0].lower() in _ONE_WORD_HEADINGS and bool(re.fullmatch(r"(?:(?:FY|Q[1-4]|H[12])?\s*\d{4}\s+)?\w+:?", t))))


_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "to", "a", "with", "at", "by", "or", "vs"}


# the one-word section headings releases use ("Highlights" above the bullet points)
_ONE_WORD_HEADINGS = {
    "highlights", "outlook", "background", "overview", "summary", "guidance", "webcast", "trademarks", "disclaimer",
    "dividend", "dividends", "financials", "results", "recognition", "availability", "pricing", "leadership",
    "advisors", "advisers", "references", "notes", "statement", "safety", "efficacy", "methodology",
}


# the last word of a heading printed in sentence case (Canadian and European releases)
_HEADING_NOUNS = {
    "highlights", "dividend", "dividends", "outlook", "results", "update", "overview", "summary", "guidance", "call",
    "webcast", "information", "statements", "strategy", "performance", "review", "details", "transaction", "financing",
    "acquisition", "agreement", "background", "advisors", "advisers", "operations", "production", "reserves",
    "exploration", "liquidity", "position", "terms", "management", "governance", "developments", "measures",
}


_OWN_CONTACT_LABEL = re.compile(r"^[A-Z0-9][\w&.,'\u2019 -]{0,50}\s(?:Contacts?|Inquiries|Enquiries)\s*:?\s*$")
_ABOUT = re.compile(r"^About\b", re.I)


_LABEL_WITH_VALUE = re.compile(
    r"^(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate)(?: Relations)?\s+)?(?i:Contacts?)\s*:\s*\S"
    r"|^(?:Media|Press|Investors?|Investor Relations)(?:\s*(?:and|&|/)\s*(?:Media|Press|Investors?|Analysts?))?\s*:\s*[A-Z]"
    r"|^For (?:more|further) information(?:,? (?:please )?contact)?\s*:\s*[A-Z]"
    # "Caterpillar investor relations contact: Ryan Fiedler, ..."
    r"|^[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}\s+(?i:investor relations|investors?|media|press|IR)\s+(?i:contacts?)\s*:\s*[A-Z]"
)


def starts_with_contact_label(text: str) -> bool:
    """A contact block that opens with its label and the first value: `Media Contact:  Marc Rice`."""
    return bool(_LABEL_WITH_VALUE.match(text.strip()))


def is_contact_label(text: str) -> bool:
    """`Contacts:`, `Media Contact:`, `Investors:`, `Grace Therapeutics Contact:`, `CONTACT`."""
    t = text.strip().strip("[]").strip()
    if len(t) > 60:
        return False
    return bool(_CONTACT_LABEL.match(t) or _LABEL_ONLY.match(t) or _OWN_CONTACT_LABEL.match(t))


_LINE_GOES_ON = re.compile(r"(?:,|\+\d{1,3}|\+\d{1,3}\s?\(\d{1,4}\)|\(\d{3}\)|\b(?:Tel|Phone|Fax|Mobile)\.?:?)\s*$", re.I)


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


def contact_run_text(run: list[Block]) -> str:
    """The text of a run of contact blocks, one item a line; two paragraphs of several lines each,
    the first with its phone or e-mail and the second opening with a name or an organisation, are two
    groups (a blank line between them): what sits together in the source belongs together."""
    out = ""
    prev: Optional[list[str]] = None
    for b in run:
        lines = contact_lines(b)
        if prev is not None:
            closed = any(contact_rules.EMAIL.search(l) or contact_rules.PHONE.search(l) for l in prev)
            opens = not (contact_rules.EMAIL.search(lines[0]) or contact_rules.PHONE.search(lines[0]))
            out += "\n\n" if len(prev) > 1 and len(lines) > 1 and closed and opens else "\n"
        out += "\n".join(lines)
        prev = lines
    return out


def continues_contact_block(block: Block, following: Optional[Block] = None) -> bool:
    """Inside a contact block: names, titles, organisations, phones, e-mails, role labels, one a
    line; a heading in markup, an About/forward-looking heading or a sentence ends it."""
    t = block.text.strip()
    if block.kind in ("table", "heading") or not t:
        return False
    if _ABOUT.match(t) or FLS_HEADING.search(t):
        return False
    if t.isupper() and len(t.split()) >= 4 and not (contact_rules.EMAIL.search(t) or contact_rules.PHONE.search(t)):
        return False  # an all-caps heading after the contacts
    if len(t.split()) >= 14 and _SENTENCE_END.search(t) and not is_contact_label(t.split(":")[0] + ":"):
        return False  # a sentence that gives an address ("NOTE TO EDITORS: ... email ... at x@y.com.")
    if contact_rules.EMAIL.search(t) or (contact_rules.PHONE.search(t) and len(t) < 200):
        return True
    if is_contact_label(t):
        return True
    if contact_rules.is_person_name(t):
        # a name in a contact block is followed by its details or the next name, not by prose: a
        # name-like line above a sentence ("Important Notice") is the next section's heading
        return following is None or not _is_prose(following.text)
    if block.emphasis and following is not None and len(t.split()) <= 4:
        # a bold region or group label ("Australia", "U.S.") above a person
        f = following.text.strip()
        if contact_rules.is_person_name(f) or contact_rules.EMAIL.search(f) or is_contact_label(f):
            return True
    if len(t) > 80 or (_SENTENCE_END.search(t) and not re.search(r"\b(?:Inc|Ltd|LLC|Corp|Co|S\.A|N\.V|Jr|Ph\.D|M\.D|L\.P)\.$", t)):
        return False
    if re.search(r"https?://|www\.", t) and len(t) < 60:
        return True
    if block.emphasis and following is not None and len(t.split()) <= 4:
        # a bold region or group label ("Australia", "U.S.") above a person
        f = following.text.strip()
        return bool(contact_rules.is_person_name(f) or contact_rules.EMAIL.search(f) or is_contact_label(f))
    return not block.emphasis


def _is_prose(text: str) -> bool:
    t = text.strip()
    return (len(t.split()) >= 8 and bool(_SENTENCE_END.search(t))
            and not (contact_rules.EMAIL.search(t) or contact_rules.PHONE.search(t)))


def _is_contact_like(block: Block) -> bool:
    t = block.text
    if contact_rules.EMAIL.search(t) or (contact_rules.PHONE.search(t) and len(t) < 200):
        return True
    return len(t) < 60 and not _SENTENCE_END.search(t) and block.kind != "table"


_BARE_DOMAIN = re.compile(
    r"(?:(?<=\b[Vv]isit )|(?<=\b[Vv]isiting )|(?<=\b[Ss]ee )|(?<=\bgo to )|(?<=\bat )|(?<=^))"
    r"(?P<url>(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|io|co|ca|fr|de|uk|ch|jp|au|ai|bio|health|us|info|eu|nl|se|ie|il|in|cn|hk|sg)"
    r"(?:/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?)(?![\w@-])",
    re.M,
)


# a bare domain anywhere in the text (kept only when it carries the issuer's name)
_ANY_BARE_DOMAIN = re.compile(r"(?<![\w@./-])(?P<url>" + _BARE_DOMAIN.pattern.split("(?P<url>", 1)[1], re.M)


def find_urls(text: str, issuer: Optional[str] = None) -> list[str]:
    """Every web address in the text, once, as printed: `https://...`, `www....`, and a bare domain
    where the text points to it (`Visit acme.com`, or a line of its own) or that carries the issuer's
    name (`... 312 stores and northfieldhome.com`). A trailing full stop or bracket is not part of
    it; hard-wrapped addresses were re-joined by the text reader."""
    found: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in URL.finditer(text)]
    spans = [(m.start(), m.end()) for m in URL.finditer(text)]
    for m in _BARE_DOMAIN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        found.append((m.start(), m.group("url")))
    compact = re.sub(r"[^a-z0-9]", "", (issuer or "").lower().removeprefix("the "))
    if len(compact) >= 6:
        for m in _ANY_BARE_DOMAIN.finditer(text):
            label = m.group("url").split(".")[0].replace("-", "")
            if any(a <= m.start() < b for a, b in spans) or len(label) < 6 or not compact.startswith(label):
                continue
            found.append((m.start(), m.group("url")))
    urls: list[str] = []
    for _, u in sorted(found):
        if u not in urls:
            urls.append(u)
    return urls


# hosts that are never the issuer's own site: wires, regulators, filing and social sites
_NOT_ISSUER_HOST = re.compile(
    r"(?:^|\.)(?:prnewswire|businesswire|globenewswire|accesswire|accessnewswire|newsfilecorp|marketwired|marketwire|newswire|"
    r"einpresswire|prweb|cision|3blmedia|sec|sedar|sedarplus|tradingview|reuters|dowjones|clinicaltrials|linkedin|twitter|x|"
    r"facebook|instagram|youtube|zoom|vevent|q4inc|webcaster4|edgar-online|nasdaq|nyse)\.", re.I)


def _url_parts(u: str) -> tuple[str, str, str]:
    """(scheme, host, path) of an address printed with or without its scheme."""
    m = re.match(r"^(?:(https?)://)?([^/?#]+)(.*)$", u.strip(), re.I)
    return (m.group(1) or "http").lower(), m.group(2).lower(), m.group(3)


def choose_website(urls: list[str], issuer_name: str) -> Optional[str]:
    """The issuer's website among the release's addresses: one whose host carries the company's
    name (never a wire's, the SEC's or a social site's), its own domain before its subdomains
    before another service's page; the homepage, a deep link cut back to its host."""
    words = [w for w in issuer_name.split() if w.lower() != "the"] or issuer_name.split()
    stem = re.sub(r"[^a-z0-9]", "", words[0].lower())[:6]
    if not stem:
        return None
    best = None
    # "lsbank.ca" for Laurentian Shield Bank: the first words' initials and the rest of the name
    plain = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words if not re.fullmatch(r"(?i)inc\.?|corp\.?|ltd\.?|plc|llc|co\.?|limited|corporation|company", w.strip(","))]
    plain = [w for w in plain if w]
    short_forms = {"".join(w[0] for w in plain[:n]) + "".join(plain[n:]) for n in range(2, len(plain))}
    for k, u in enumerate(urls):
        scheme, host, path = _url_parts(u)
        bare_host = re.sub(r"^www\.", "", host)
        if _NOT_ISSUER_HOST.search("." + bare_host):
            continue
        if stem not in bare_host.replace("-", ""):
            first = bare_host.replace("-", "").split(".")[0]
            if not (len(first) >= 5 and any(f.startswith(first) or first.startswith(f) for f in short_forms)):
                continue
            bare_host = stem + "." + bare_host  # ranks as the company's own domain
        labels = bare_host.replace("-", "").split(".")
        # the company's own domain (buckle.com) before its subdomains (corporate.buckle.com)
        # before another service's page for it (buckle.zoom.us)
        rank = 0 if (labels[0].startswith(stem) and len(labels) <= 3 and labels[-1] != "us") or len(labels) == 2 else (
            1 if any(l.startswith(stem) for l in labels[-3:-1]) else 2)
        deep = path.strip("/") != ""
        # castellansoftware.com before castellan-brightpath.com for Castellan Software, Inc.
        compact = re.sub(r"[^a-z0-9]", "", issuer_name.lower())
        shared = next((n for n, (a, b) in enumerate(zip(labels[0] if rank == 0 else "", compact)) if a != b), min(len(labels[0]), len(compact)) if rank == 0 else 0)
        key = (rank, deep, -shared, k)
        if best is None or key < best[0]:
            home = u.rstrip("/") if not deep else f"{scheme}://{host}"
            if not home.startswith("http") and not home.startswith("www."):
                home = "http://" + home if "." in home.split("/")[0] else home
            best = (key, home if home.startswith("http") else "http://" + home)
    return best[1] if best else None


def find_dateline(blocks: list[Block]):
    """(index, match) of the block that opens with the dateline, (-1, None) if none does. A bare
    place and date (`PARIS -- February 13, 2025`) printed above the real dateline is passed over."""
    for i, b in enumerate(blocks[:60]):
        if b.kind in ("table", "heading"):
            continue
        m = match_dateline(b.text)
        if m and is_bare_dateline(" ".join(b.text.split())) and any(
                x.kind not in ("table", "heading") and match_dateline(x.text) and not is_bare_dateline(" ".join(x.text.split()))
                for x in blocks[i + 1:i + 6]):
            continue
        if m:
            return i, m
    return -1, None


def _year_of(trailer: Optional[str]) -> Optional[dt.date]:
    if not trailer:
        return None
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", trailer)
    if not m:
        return None
    year = int(m.group(3))
    year += 2000 if year < 50 else (1900 if year < 100 else 0)
    try:
        return dt.date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def _issuer_name_before(text: str, start: int) -> Optional[str]:
    """The company name printed just before a ticker bracket: 'EpiCept Corporation (Nasdaq: EPCT)'."""
    before = text[:start].rstrip()
    m = re.search(
        r"((?:[A-Z0-9][\w&.'’-]*|&|and|of|de|la)(?:[ ,]+(?:A/S|[A-Z0-9][\w&.'’-]*|&|and|of|de|la|Inc\.|Ltd\.|plc|N\.V\.|S\.A\.|AG|SE)){0,7})\s*$",
        before,
    )
    if not m:
        return None
    name = m.group(1).strip(" ,")
    # drop leading sentence words ("Today EpiCept ...", "-- EpiCept")
    name = re.sub(r"^(?:Today|Yesterday|The|On|In)\s+", "", name)
    name = re.sub(r"^[A-Z][\w.-]*-based\s+", "", name)  # "Atlanta-based Southern Company"
    name = re.sub(r"^(?:and|of)\s+", "", name)
    name = _strip_board(name)
    return name or None


def _strip_board(name: str) -> str:
    """`Harborview Health System Board of Trustees today announced`: the board is the company's."""
    return re.sub(r"\s+(?:Board of (?:Directors|Trustees|Governors)|Board|Trustees|Management Board|Supervisory Board)$", "", name)


def with_leading_the(name: str, text: str, source: Optional[str] = None, headline: str = "") -> str:
    """`The Buckle, Inc.`: a leading "The" is part of the name when the release capitalises it
    mid-sentence ("information on The Buckle, Inc."), or the SOURCE line or headline carries it."""
    if name.lower().startswith("the "):
        return name
    the_name = "The " + name
    if source and source.lower().startswith(the_name.lower()):
        return the_name
    if re.search(rf"\b[a-z][a-z,]*\s+The\s+{re.escape(name)}", text):
        return the_name
    if headline and headline.isupper() and re.search(rf"(?:^|\s)THE\s+{re.escape(name.upper())}", headline):
        return the_name
    return name


_CO_WORD = r"(?:[A-Z][\w&.'\u2019-]*|&|of)"
_JOINT_LEAD = re.compile(
    rf"^\s*(?P<a>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{1,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    rf"\s+and\s+(?P<b>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{0,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    r"(?=\s*[(,]|\s+(?:today|announced|jointly|have|has)\b)"
)


def _issuer_name_from_lead(lead: str) -> Optional[str]:
    lead = re.sub(r"\s+,", ",", lead)  # "Grace Therapeutics, Inc. , formerly" (a lost ticker link)
    lead = re.sub(r"^(?:The)\s+(?=[A-Z])", "", lead)
    joint = _JOINT_LEAD.match(lead)
    if joint and re.search(r"\b(?:announce[ds]?|today|report(?:s|ed))\b", lead[:400]):
        # "Blackstone Life Sciences and Anthos Therapeutics, Inc. ... announced": a joint release;
        # the first company named is the issuer
        return joint.group("a").strip(" ,")
    m = re.match(
        r"^\s*(?P<name>(?:(?:[A-Z0-9][\w&.'’-]*|&|of)(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S))?[ ,]*){1,7}?)"
        r"(?:,\s+(?:a|an|the|formerly|together)\s|,\s+[a-z]+\s+of\s|\s+\(|\s+(?:today|announced|reported|said|has|is|will|and its|celebrates|provided|presented|received|released)\b)",
        lead,
    )
    if m:
        name = _strip_board(m.group("name").strip(" ,"))
        if 1 <= len(name.split()) <= 7:
            return name
    return None


def _norm_title(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def same_title(a: str, b: str) -> bool:
    """Two printings of one headline (case, punctuation, an "UPDATE:" prefix aside)."""
    na, nb = _norm_title(a), _norm_title(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return len(short) >= 0.8 * len(long_) and short in long_


def _clean_subheadline(text: str) -> str:
    return re.sub(r"^[-\u2013\u2014*\u2022\s]+|[-\u2013\u2014\s]+$", "", text).strip()


def choose_headline(header_texts: list[str], hints: Hints) -> tuple[str, list[str]]:
    """The headline and the deck lines: a trusted container title is the headline and the header
    lines that repeat it are dropped; else the first header line is the headline."""
    texts = [t for t in header_texts if t]
    # a letterhead (the company's name alone) above the headline is not the headline
    while len(texts) > 1 and _LETTERHEAD.match(texts[0]) and len(texts[0].split()) <= 5:
        texts.pop(0)
    title = " ".join((hints.title or "").split())
    title = re.sub(r"^(?:Press Release|News Release|PRESS RELEASE)\s*:\s*", "", title)  # a Dow Jones copy's title
    if title and hints.title_trusted:
        headline = title
        rest = [t for t in texts if not same_title(t, title)]
        # a headline printed over two lines (centred): both lines are the title
        if len(texts) >= 2 and same_title(texts[0] + " " + texts[1], title):
            rest = texts[2:]
    elif texts:
        headline = texts[0]
        rest = texts[1:]
        if title and len(headline) < 20 and not same_title(headline, title):
            headline, rest = title, texts
    else:
        return title, []
    subs = []
    for t in rest:
        c = _clean_subheadline(t)
        if c and not same_title(c, headline) and c not in subs:
            subs.append(c)
    return headline, subs


def _date_from_letterhead(block: Block, hints: Hints) -> None:
    """A letterhead table above the headline: `For Immediate Release: November 22, 2024` in a cell."""
    if hints.date or not block.table:
        return
    for row in block.table.rows:
        for cell in row:
            kind = furniture.classify(cell)
            text = kind[1] if kind and kind[0] == "release_date" else (cell if _DATE_LINE.match(cell.strip()) else None)
            d = parse_date(text) if text else None
            if d:
                hints.date = d.isoformat()
                return


_LETTERHEAD = re.compile(r"^[A-Z][\w&.,' -]{0,40}\b(?:Inc|Corporation|Corp|Company|Co|Ltd|Limited|plc|PLC|LLC|N\.V|S\.A|AG|SE|A/S)\.?$")


_DEFINED_TERM = re.compile(r"^\((?:the\s+)?[\"\u201c][^\"\u201d]{1,40}[\"\u201d](?:\s*(?:or|and|,)\s*(?:the\s+)?[\"\u201c][^\"\u201d]{1,40}[\"\u201d])*\)$", re.I)
_BANNER_DATE = re.compile(r"^(?:[A-Z]{2,}(?: [A-Z&]{2,}){0,4})\s{2,}(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})$")


def _is_announcement_header(block: Block, hints: Hints) -> bool:
    """A block above an announcement's title made only of header lines: the company's name, its
    defined term ("Aldgate" or "the Company"), a date, a banner with the date (`ASX RELEASE  18 March
    2019`); the date is kept as the release's."""
    if block.kind == "table":
        return False
    lines = [l.strip() for l in block.source_lines() if l.strip()]
    if not lines:
        return True
    date = None
    for line in lines:
        bd = _BANNER_DATE.match(line)
        if _DATE_LINE.match(line):
            date = date or line
        elif bd:
            date = date or bd.group("date")
        elif not (_DEFINED_TERM.match(line) or (_LETTERHEAD.match(line) and len(line.split()) <= 5)
                  or furniture.classify(line) is not None):
            return False
    if date and not hints.date:
        d = parse_date(date)
        hints.date = d.isoformat() if d else None
    return True


def is_bare_dateline(text: str) -> bool:
    """A place and a date and nothing else: a reprint's copy of the dateline above the release."""
    m = re.match(rf"^[A-Z][A-Za-z.' -]+(?:,\s*[A-Za-z.' -]+)*?(?P<sep>,|\s*(?:--|\u2014|\u2013))?\s+({DATE_RE})\s*$", text)
    if not m or len(text) >= 120:
        return False
    # "... Reports Results for the Six Months Ended 31 December 2008" is a headline: without a comma
    # or a dash before the date the place is a few words at most
    return bool(m.group("sep")) or len(text[: m.start(2)].split()) <= 3


_CAPTION = re.compile(
    r"^\(.*\)$|^(?:Table|Exhibit|Schedule|Figure)\b|^[^a-z]*[A-Z]{4}[^a-z]*(?:\s*\([^)]*\))?$"
    r"|^(?:For the|At|As of)\b.{0,60}\d{4}$"
)


def caption_run(body: list[Block], i: int) -> Optional[int]:
    """Where the table starts when body[i:] is a table's caption (all-caps statement titles,
    `(Millions of dollars)`, `Table 1 ...`, up to three lines) right above the table; else None."""
    j = i
    while j < len(body) and j - i < 4 and body[j].kind not in ("table", "item"):
        t = body[j].text.strip()
        if len(t) > 150 or (_SENTENCE_END.search(t) and not t.endswith(")") and not t.isupper()):
            return None
        label_above_table = t.endswith(":") and len(t) < 60 and j + 1 < len(body) and body[j + 1].kind == "table"
        if not _CAPTION.match(t) and not label_above_table and not (j + 1 < len(body) and re.match(r"^\(.*\)$", body[j + 1].text.strip())):
            return None  # a title-case caption only counts with its unit line below it
        j += 1
    if j > i and j < len(body) and body[j].kind == "table":
        return j
    return None


_FOOTNOTE = re.compile(r"^(?:\(\d{1,2}\)|\(?[a-z]\)|\*{1,3}|\d{1,2}\)|[\u2020\u2021])\s*[A-Z]")


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


def _in_run_of_short_lines(body: list[Block], i: int) -> bool:
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
    return run >= 3


_GLUED_ABOUT = re.compile(r"^(About (?P<name>[A-Z0-9][\w&.,'\u2019-]*(?: (?:[A-Z0-9][\w&.,'\u2019-]*|plc|inc\.?|ltd\.?|and|of|de|the)){0,5}?))\s+(?P=name)\b")


def split_glued_about(body: list[Block]) -> list[Block]:
    """`About Alkermes plc Alkermes plc is a global ...`: a copy that lost the break after the
    boilerplate's heading; the heading is the words before the name repeats."""
    out = []
    for b in body:
        m = _GLUED_ABOUT.match(b.text.strip()) if b.kind == "para" else None
        head = m.group(1) if m else None
        lead = b.bold_lead
        rest_after_lead = b.text.strip()[len(lead):].lstrip()
        if (not head and b.kind == "para" and _ABOUT.match(lead) and len(lead.split()) <= 8 and b.text.strip().startswith(lead)
                and lead.count("(") == lead.count(")") and (rest_after_lead[:1].isupper() or rest_after_lead[:1].isdigit())):
            head = lead  # "**About 4D-150**4D-150 is a ...": the bold lead-in is the heading
        if head and len(b.text) > len(head) + 40:
            out.append(Block(head, kind="para", emphasis=True, origin=b.origin, lines=[head]))
            rest = b.text.strip()[len(head):].strip()
            out.append(Block(rest, kind="para", origin=b.origin, lines=[rest]))
        else:
            out.append(b)
    return out


def drop_repeated_captions(body: list[Block]) -> list[Block]:
    """A short block printed twice in a row in the body (a wire copy's image alt text and caption:
    `**Saqib Islam, SpringWorks Therapeutics CEO**` twice) is an attachment's caption, not text."""
    keys = [_norm_title(b.text) if b.kind != "table" and len(b.text) < 200 else None for b in body]
    drop = set()
    for k in range(len(body) - 1):
        if keys[k] and keys[k] == keys[k + 1]:
            drop.update((k, k + 1))
    return [b for k, b in enumerate(body) if k not in drop]


def continues_paragraph(paragraphs: list[str], text: str) -> bool:
    """A block that starts in lower case after a paragraph that does not end a sentence is that
    paragraph's continuation (a page break or a page marker split it)."""
    return bool(paragraphs) and text[:1].islower() and not _SENTENCE_END.search(paragraphs[-1]) and not text.startswith(("http", "www"))


def continues_headline(prev: Block, block: Block, is_headline: bool) -> bool:
    """A headline printed as two paragraphs: the second starts in lower case, or both are all
    caps, or (the headline only) both look alike in the markup (same weight, style, size)."""
    a, b = prev.text.strip(), block.text.strip()
    if not a or not b or _SENTENCE_END.search(a) or a.endswith(":") or block.kind == "item" or prev.kind == "item":
        return False
    if b[0].islower():
        return True
    if a.isupper() and b.isupper() and len(a) < 80:
        return True
    if prev.kind == "heading" or block.kind == "heading":
        return False  # markup headings (<h1>, <h3>) are separate lines by the author's choice
    look_a, look_b = prev.look, block.look
    return bool(is_headline and look_a and look_a == look_b and look_a[0] and len(a) < 60)


_TODAY_DATE = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b[^.]{0,40}?\b(?P<d1>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"|(?:conference call|webcast|call)\b(?:(?!\.\s+[A-Z][a-z]).){0,160}?\b(?:on|today,?)\s+(?:[A-Z][a-z]+day,\s+)?(?P<d2>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
)


def date_from_body(texts: list[str]) -> Optional[str]:
    """A release with no dated dateline: the date it gives for "today" or for its results call."""
    for t in texts:
        m = _TODAY_DATE.search(t)
        if m:
            d = parse_date(m.group("d1") or m.group("d2"))
            if d:
                return d.isoformat()
    return None


def drop_chrome_above_title(header: list[Block], hints: Hints) -> list[Block]:
    """On a web page, what comes before the headline in markup (an <h1> that repeats the page's
    title) is site navigation."""
    if not hints.title_trusted:
        return header
    for i, b in enumerate(header):
        if b.kind == "heading" and same_title(b.text, hints.title or ""):
            return header[i:]
    return header


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


def drop_furniture_lines(block: Block) -> Optional[Block]:
    """A header block whose lines include wire or filing furniture (`PRESS RELEASES` above the
    headline, a Dow Jones time line) keeps only its other lines; None when nothing is left."""
    lines = block.source_lines()
    if len(lines) < 2 or block.kind == "table":
        return block
    kept = [l for l in lines if furniture.classify(l) is None]
    if len(kept) == len(lines):
        return block
    if not kept:
        return None
    return replace(block, text=" ".join(l.strip() for l in kept), lines=kept)


def split_second_release(blocks: list[Block], dl_index: int) -> tuple[list[Block], Optional[str]]:
    """A filing exhibit that holds two releases: the body ends where a second wire dateline (with
    a wire name or a date) opens a paragraph; its headline, the short block before it, goes too."""
    if dl_index < 0:
        return blocks, None
    for i in range(dl_index + 3, len(blocks)):
        b = blocks[i]
        if b.kind in ("table", "heading", "item"):
            continue
        m = match_dateline(b.text)
        if m and (m.dateline.wire or m.dateline.date) and len(b.text) > len(m.dateline.text or "") + 20:
            cut = i
            while cut - 1 > dl_index and len(blocks[cut - 1].text) < 200 and not _SENTENCE_END.search(blocks[cut - 1].text.strip()) and blocks[cut - 1].kind != "table":
                cut -= 1
            return blocks[:cut], f"the file holds more than one release; only the first ({blocks[dl_index].text[:40].strip()}...) was read"
    return blocks, None


def _attachments_from(blocks: list[Block]) -> list[str]:
    names = []
    for b in blocks:
        for line in b.source_lines():
            line = line.strip()
            if furniture.ATTACHMENT_NAME.match(line):
                names.append(line)
    return names


def _unlabelled_contact_tail(sections: list[Section]) -> list[Contact]:
    """A contact block with no label at the very end of a release ("Mary Fiance, National Vice
    President" / "Muscular Dystrophy Association" / "press@mdausa.org"): short lines, the first a
    person's name, one an e-mail or phone, whether read as paragraphs or as headings. It is taken
    out of the body."""
    def short(text: str) -> bool:
        return len(text) <= 100 and (not _SENTENCE_END.search(text) or bool(contact_rules.EMAIL.search(text))
                                     or bool(re.search(r"\b(?:Inc|Ltd|Corp|Co|LLC|plc)\.$", text)))

    tail: list[tuple[int, Optional[int], str]] = []  # (section, paragraph or None for the heading, text)
    for si in range(len(sections) - 1, max(-1, len(sections) - 5), -1):
        entries = [(si, pi, p) for pi, p in enumerate(sections[si].paragraphs)]
        if si > 0 and sections[si].heading:
            entries.insert(0, (si, None, sections[si].heading))
        stop = False
        for entry in reversed(entries):
            if not short(entry[2]) or len(tail) >= 6:
                stop = True
                break
            tail.insert(0, entry)
        if stop:
            break
    while tail and not contact_rules.is_person_name(tail[0][2].split(",")[0]):
        tail.pop(0)
    if len(tail) < 2 or not any(contact_rules.EMAIL.search(t) or contact_rules.PHONE.search(t) for _, _, t in tail):
        return []
    contacts = contact_rules.parse_contacts("\n".join(t for _, _, t in tail))
    if not contacts or not contacts[0].name:
        return []
    first_section, first_para = tail[0][0], tail[0][1]
    if first_para is None:
        del sections[first_section:]
    else:
        del sections[first_section].paragraphs[first_para:]
        del sections[first_section + 1:]
    while sections and not sections[-1].paragraphs and not sections[-1].tables and len(sections) > 1:
        sections.pop()
    return contacts


def assemble_release(read: Read, source: Optional[SourceInfo] = None) -> Release:
    """Apply the shared wire rules to what a format reader read."""
    hints = Hints(title=read.title, title_trusted=read.title_trusted, date=read.date, file_date=read.file_date)
    blocks = read.blocks
    release = Release(input=source or SourceInfo())
    release.warnings.extend(read.warnings)
    all_text = "\n".join(b.text for b in blocks)

    # 1. furniture out, remembering what it says
    kept: list[Block] = []
    trailer_date: Optional[dt.date] = None
    website: Optional[str] = None
    attachment_names: list[str] = []
    contact_texts: list[tuple[str, Optional[str]]] = []
    in_attachments = False
    wire_hint: Optional[str] = None  # the wire named in its own header or footer (DGAP, RNS), not in the dateline
    seen_dateline = False
    skip_next = None  # "provided_by" / "signature": the block after the label goes with it
    for b in blocks:
        if not seen_dateline and b.kind not in ("table", "heading") and match_dateline(b.text):
            seen_dateline = True
        if skip_next is not None:
            rule, skip_next = skip_next, None
            t = b.text.strip()
            lines = b.lines or [t]
            if rule == "provided_by" and b.kind != "table" and len(t) < 100 and len(t.split()) <= 10 and not match_dateline(t):
                continue  # the company's name under "News provided by"
            if rule == "signature" and b.kind != "table" and len(t) < 100 and contact_rules.is_person_name(lines[0].strip(" \"'\u201c\u201d*_(){}")):
                continue  # the signing officer's name and title
        if in_attachments:
            names = _attachments_from([b])
            if names or b.kind == "item":
                # a file name, or a wire's list of attached images ("* MDA - New FDA Treatment ...")
                attachment_names += names
                continue
            in_attachments = False  # what follows the list (a contact block) is the release again
        if b.kind == "table":
            kept.append(b)
            continue
        kind = furniture.classify(b.text)
        if kind is None:
            kept.append(b)
            continue
        name, value = kind
        if name == "wire_footer":
            wire_hint = {"DGAP": "EQS", "EQS": "EQS", "RNS": "RNS"}.get(value or "", wire_hint)
            all_text = "\n".join(x.text for x in blocks[: blocks.index(b)])
            break  # what follows is the wire's: its address block, its archive, its codes
        if name == "eqs_header" and value:
            wire_hint = "EQS"
        if name == "page_end" and seen_dateline:
            # the rest of the page is the site's, not the release's (nor are its addresses)
            all_text = "\n".join(x.text for x in blocks[: blocks.index(b)])
            break
        if name == "source" and value:
            release.source = value
        elif name == "trailer":
            trailer_date = _year_of(value) or trailer_date
        elif name == "contact":
            contact_texts.append((value or "", None))
        elif name == "website" and value:
            website = value.rstrip("/ ") if not value.endswith("://") else value
            # the homepage: "/Web site: http://www.kantoprecision.co.jp/english/" -> its host
            wm = re.match(r"^((?:https?://)?[^/\s]+\.[a-z]{2,})/\S*$", website, re.I)
            if wm:
                website = wm.group(1)
        elif name == "attachments":
            in_attachments = True
        elif name == "release_date" and value and not hints.date:
            d = parse_date(value)
            hints.date = d.isoformat() if d else None
        elif name == "page_date" and value and not hints.date:
            d = parse_date(value)
            hints.date = d.isoformat() if d else None
        elif name in ("provided_by", "signature"):
            skip_next = name
        elif name == "slug":
            release.slug = b.text.strip()
        elif name == "trademark":
            mark = re.match(r"^[*\s]*([A-Z][\w-]{1,30})(?:\s?(?:\((?:TM|R)\)|\u2122|\u00ae))?\s+(?:is|are)\s+a", b.text)
            if mark and mark.group(1) not in release.trademarks:
                release.trademarks.append(mark.group(1))
        # logo, photo, end, copyright, exhibit, banner, dj_reprint, ticker_footer: dropped

    # 2. the dateline splits the header (headline, deck) from the body
    dl_index, dl_match = find_dateline(kept)
    if dl_index > 0:
        kept[:dl_index] = [x for x in (drop_furniture_lines(b) for b in kept[:dl_index]) if x is not None]
        dl_index, dl_match = find_dateline(kept)
    kept, second = split_second_release(kept, dl_index)
    if second:
        release.warnings.append(second)
    header = kept[:dl_index] if dl_index >= 0 else []
    body = kept[dl_index:] if dl_index >= 0 else kept
    header = drop_chrome_above_title(header, hints)

    # headline and subheadlines
    header_texts: list[str] = []
    pre_contacts: list[Block] = []
    collecting_contacts = False
    prev_header: Optional[Block] = None
    for b in header:
        t = b.text.strip()
        if _DATE_LINE.match(t):
            if not hints.date:
                d = parse_date(t)
                hints.date = d.isoformat() if d else None
            collecting_contacts = False
            continue
        if _CONTACT_LABEL.match(t) or is_contact_label(t) or starts_with_contact_label(t):
            collecting_contacts = True
            pre_contacts.append(b)
            continue
        if collecting_contacts and continues_contact_block(b) and (contact_rules.EMAIL.search(t) or contact_rules.PHONE.search(t) or contact_rules.is_person_name(t) or len(t) < 50):
            pre_contacts.append(b)
            continue
        collecting_contacts = False
        if b.kind == "table":
            _date_from_letterhead(b, hints)
            continue
        norm = " ".join(t.split())
        if header_texts and norm == header_texts[-1]:
            continue  # the wire repeats the headline
        if is_bare_dateline(norm):
            continue  # "DUBLIN, Feb. 12, 2025" printed above the real dateline
        if header_texts and prev_header is not None and continues_headline(prev_header, b, len(header_texts) == 1):
            header_texts[-1] += " " + norm
            prev_header = b
            continue
        header_texts.append(norm)
        prev_header = b
    if not header_texts and dl_index < 0 and body:
        # no dateline (an RNS or ASX announcement): the first short block is the headline, after the
        # announcement's own header lines (the company's name, its defined term, the date, "ASX RELEASE")
        while len(body) > 1 and _is_announcement_header(body[0], hints):
            body = body[1:]
        first = body[0]
        header_texts.append(" ".join(first.text.split()))
        body = body[1:]
        # bullet highlights between the headline and the lead are its deck
        while len(body) > 1 and body[0].kind == "item" and len(body[0].text) < 200:
            header_texts.append(" ".join(body[0].text.split()))
            body = body[1:]
    release.headline, release.subheadlines = choose_headline(header_texts, hints)
    if pre_contacts:
        contact_texts.append((contact_run_text(pre_contacts), None))

    # dateline and date
    if dl_match is not None:
        dateline = dl_match.dateline
        if dl_match.year is None and trailer_date is not None:
            dateline = with_year(dl_match, trailer_date.year)
        elif dl_match.year is None and (hints.date or hints.file_date):
            dateline = with_year(dl_match, int((hints.date or hints.file_date)[:4]))
        release.dateline = dateline
        lead_text = body[0].text[dl_match.end:].strip()
        lead_text = re.sub(r"^[-\u2013\u2014]+\s*", "", lead_text)
        body = ([Block(lead_text, kind="para")] if lead_text else []) + body[1:]
    if wire_hint and not release.dateline.wire:
        release.dateline.wire = wire_hint
    release.release_date = release.dateline.date or (trailer_date.isoformat() if trailer_date else None) or hints.date
    if not release.release_date:
        release.release_date = date_from_body([b.text for b in body[:40] if b.kind != "table"]) or hints.file_date

    # 3. sections, with contact blocks pulled out of the body
    sections: list[Section] = [Section(heading=None)]
    look_styles: dict[int, tuple] = {}
    body = drop_repeated_captions(split_glued_about(body))
    i = 0
    while i < len(body):
        b = body[i]
        t = b.text.strip()
        first_line = (b.lines or [t])[0].strip()
        if (is_contact_label(t) or (starts_with_contact_label(t) and len(t) < 300)
                or (first_line != t and is_contact_label(first_line) and len(t) < 400)) and b.kind != "table":
            run = [b]
            j = i + 1
            while j < len(body) and continues_contact_block(body[j], body[j + 1] if j + 1 < len(body) else None):
                run.append(body[j])
                j += 1
            contact_texts.append((contact_run_text(run), None))
            i = j
            continue
        caption_end = caption_run(body, i)
        if caption_end is not None:
            table = (body[caption_end].table or Table()).model_copy()
            caption = " ".join(x.text.strip() for x in body[i:caption_end])
            table.caption = f"{caption} {table.caption}".strip() if table.caption else caption
            notes_end = footnote_run(body, caption_end + 1)
            if notes_end > caption_end + 1:
                table = with_footnotes(table, [x.text.strip() for x in body[caption_end + 1:notes_end]])
            sections[-1].tables.append(table)
            i = max(caption_end + 1, notes_end)
            continue
        if b.kind == "table":
            table = b.table or Table()
            notes_end = footnote_run(body, i + 1)
            if notes_end > i + 1:
                table = with_footnotes(table, [x.text.strip() for x in body[i + 1:notes_end]])
                i = notes_end - 1
            sections[-1].tables.append(table)
        elif looks_like_heading(b) and not _in_run_of_short_lines(body, i) and not (
                b.kind == "item" and any(0 <= k < len(body) and body[k].kind == "item" for k in (i - 1, i + 1))):
            heading = re.sub(r"\s*:?\s*(?:\(\d{1,2}\)|\*+)$", "", t).rstrip(":").strip()
            if len(sections) > 1 and _norm_title(heading) == _norm_title(sections[-1].heading or ""):
                pass  # a page header printed again on the next page ("Supplemental Data for ..."): furniture
            else:
                sections.append(Section(heading=heading, level=heading_level(b)))
                look_styles[id(sections[-1])] = heading_style(b)
        elif continues_paragraph(sections[-1].paragraphs, t):
            sections[-1].paragraphs[-1] += " " + t  # a paragraph split by a page break
        else:
            sections[-1].paragraphs.append(t)
        i += 1
    # a heading with nothing under it (a stray label) is not a section, unless a sub-heading
    # follows it ("Revenue Highlights" above "LYBALVI"): it heads that part of the release
    release.sections = [
        s for k, s in enumerate(sections)
        if s.paragraphs or s.tables or (s.heading and k + 1 < len(sections) and sections[k + 1].heading
                                        and (s.level is None or sections[k + 1].level is None or sections[k + 1].level > s.level)
                                        and not FLS_HEADING.search(s.heading))
    ]
    if not release.sections:
        release.sections = [Section(heading=None)]
    assign_look_levels(release.sections, look_styles)

    # 4. forward-looking statements
    release.forward_looking_statements = find_fls(release.sections)

    # 5. issuer, tickers, website
    lead = release.sections[0].paragraphs[0] if release.sections and release.sections[0].paragraphs else ""
    issuer = Issuer()
    search_space = lead + "\n" + "\n".join(p for _, _, _, p in release.iter_paragraphs())
    tickers = find_tickers(search_space)
    if tickers:
        first_start = tickers[0][1]
        issuer.tickers = [t for t, start, _ in tickers if t.symbol == tickers[0][0].symbol or start - first_start < 200]
        issuer.name = _issuer_name_before(search_space, first_start)
        subject = _issuer_name_from_lead(re.sub(r"\s?(?:\u00ae|\u2122|\((?:R|TM)\))", "", lead))
        if (subject and first_start > len(subject) + 40 and issuer.name and subject.split()[0] not in issuer.name
                and re.search(r"\b(?:investors|shareholders|stockholders|behalf|against|of)\s+.{0,60}$", search_space[:first_start])):
            # "Bergen Law LLP is investigating claims on behalf of investors of Tidewater Labs, Inc.
            # (NASDAQ: TDLB)": the ticker is another company's; the lead's subject is the issuer
            issuer.name, issuer.tickers = subject, []
    elif release.headline:
        # "Solstice Bio (NASDAQ: SOLB) Doses First Patient ...": the ticker printed in the headline only
        issuer.tickers = [t for t, _, _ in find_tickers(release.headline)]
    if not issuer.name:
        issuer.name = _issuer_name_from_lead(re.sub(r"\s?(?:\u00ae|\u2122|\((?:R|TM)\))", "", lead)) or release.source
    if release.source and issuer.name and issuer.name.lower() in release.source.lower() and len(release.source) < 80:
        issuer.name = release.source
    if release.source and len(release.source) < 80 and (not issuer.name or re.search(r"\d", issuer.name)) and not issuer.tickers:
        issuer.name = release.source  # the lead names no company ("Every February 11, ...")
    if issuer.name:
        issuer.name = with_leading_the(issuer.name, search_space, release.source, release.headline)
    if issuer.name and issuer.name.isupper() and len(issuer.name) > 6:
        issuer.name = title_case_name(issuer.name)  # "ROCK OF AGES CORPORATION"
    release.urls = find_urls(all_text, issuer.name)
    if website and _NOT_ISSUER_HOST.search("." + re.sub(r"^www\.", "", _url_parts(website)[1])):
        website = None  # "Website: https://www.3blmedia.com/profiles/..." is the distributor's page
    if website:
        issuer.website = website
    elif issuer.name:
        issuer.website = choose_website(release.urls, issuer.name)
    release.issuer = issuer
    release.sections = assign_roles(release.sections, issuer.name)

    # 6. contacts and quotes
    found: list[Contact] = []
    for text, role in contact_texts:
        found += contact_rules.parse_contacts(text, default_role=role)
    # contacts given in a sentence of the body ("For more information, contact Jane Doe at ...")
    for _, _, _, p in release.iter_paragraphs():
        if len(p) < 600 and re.search(r"\b(?:contact|call|reach)\b", p, re.I) and (
                contact_rules.EMAIL.search(p) or contact_rules.PHONE.search(p)):
            found += contact_rules.prose_contacts(p)
    if not found:
        found += _unlabelled_contact_tail(release.sections)
    release.contacts = contact_rules.settle_roles(contact_rules.merge_contacts(found), issuer.name)
    paragraphs = [(si, pi, p) for si, pi, _, p in release.iter_paragraphs()]
    release.quotes = find_quotes(paragraphs, context=release.headline)

    # 7. trademarks marked in the text: Ceplene(TM), Azixa(R)
    for m in re.finditer(r"([A-Z][\w-]{1,30})\s?(?:\((?:TM|R)\)|\u2122|\u00ae)", all_text):
        mark = m.group(1)
        if mark not in release.trademarks and not any(mark in t for t in release.trademarks):
            release.trademarks.append(mark)
    # 8. attachments the release lists; the caller resolves and reads them
    release.attachments = [Attachment(filename=n) for n in dict.fromkeys(attachment_names)]
    return release
