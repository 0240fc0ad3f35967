"""The issuer: the company a release is from, named before its ticker (`EpiCept Corporation
(Nasdaq: EPCT)`), or as the subject of the lead sentence, or by the SOURCE line; a leading "The"
that is part of the name, and a name printed in capitals put in title case."""

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
    rf"^\s*(?P<a>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{1,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    rf"\s+and\s+(?P<b>[A-Z][\w&.'\u2019-]*(?:\s+{_CO_WORD}){{0,5}}(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE|A/S))?)"
    r"(?=\s*[(,]|\s+(?:today|announced|jointly|have|has)\b)"
)
_NAME_BEFORE = re.compile(
    r"((?:[A-Z0-9][\w&.'’-]*|&|and|of|de|la)(?:[ ,]+(?:A/S|[A-Z0-9][\w&.'’-]*|&|and|of|de|la|Inc\.|Ltd\.|plc|N\.V\.|S\.A\.|AG|SE)){0,7})\s*$"
)
_LEAD_SUBJECT = re.compile(
    r"^\s*(?P<name>(?:(?:[A-Z0-9][\w&.'’-]*|&|of)(?:,? (?:Inc\.|Ltd\.|LLC|LLP|plc|N\.V\.|S\.A\.|AG|SE|A/S))?[ ,]*){1,7}?)"
    r"(?:,\s+(?:a|an|the|formerly|together)\s|,\s+[a-z]+\s+of\s|\s+\(|\s+(?:today|announced|reported|said|has|is|will|and its|celebrates|provided|presented|received|released)\b)"
)
_MARKS = re.compile(r"\s?(?:\u00ae|\u2122|\((?:R|TM)\))")
# "... on behalf of investors of Tidewater Labs, Inc. (NASDAQ: TDLB)": a ticker after these words is another company's
_ON_BEHALF = re.compile(r"\b(?:investors|shareholders|stockholders|behalf|against|of)\s+.{0,60}$")


def issuer_name_before(text: str, start: int) -> Optional[str]:
    """The company name printed just before a ticker bracket: 'EpiCept Corporation (Nasdaq: EPCT)'."""
    before = text[:start].rstrip()
    m = _NAME_BEFORE.search(before)
    if not m:
        return None
    name = m.group(1).strip(" ,")
    # drop leading sentence words ("Today EpiCept ...", "-- EpiCept")
    name = re.sub(r"^(?:Today|Yesterday|The|On|In)\s+", "", name)
    name = re.sub(r"^[A-Z][\w.-]*-based\s+", "", name)  # "Atlanta-based Southern Company"
    name = re.sub(r"^(?:and|of)\s+", "", name)
    name = strip_board(name)
    return name or None


def strip_board(name: str) -> str:
    """`Harborview Health System Board of Trustees today announced`: the board is the company's."""
    return re.sub(r"\s+(?:Board of (?:Directors|Trustees|Governors)|Board|Trustees|Management Board|Supervisory Board)$", "", name)


def issuer_name_from_lead(lead: str) -> Optional[str]:
    """The subject of the lead sentence: `Acme Corp., a leader in ..., today announced`."""
    lead = re.sub(r"\s+,", ",", lead)  # "Grace Therapeutics, Inc. , formerly" (a lost ticker link)
    lead = re.sub(r"^(?:The)\s+(?=[A-Z])", "", lead)
    joint = _JOINT_LEAD.match(lead)
    if joint and re.search(r"\b(?:announce[ds]?|today|report(?:s|ed))\b", lead[:400]):
        # "Blackstone Life Sciences and Anthos Therapeutics, Inc. ... announced": a joint release;
        # the first company named is the issuer
        return joint.group("a").strip(" ,")
    m = _LEAD_SUBJECT.match(lead)
    if m:
        name = strip_board(m.group("name").strip(" ,"))
        if 1 <= len(name.split()) <= MAX_NAME_WORDS:
            return name
    return None


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


def find_issuer(lead: str, text: str, headline: str, source: Optional[str]) -> tuple[Optional[str], list[Ticker]]:
    """The issuer's name and tickers from the lead paragraph, the text of the release (the lead
    first), the headline and the SOURCE line."""
    name, tickers = _named_by_ticker(lead, text)
    if not tickers and not name and headline:
        # "Solstice Bio (NASDAQ: SOLB) Doses First Patient ...": the ticker printed in the headline only
        tickers = [t for t, _, _ in find_tickers(headline)]
    if not name:
        name = issuer_name_from_lead(_MARKS.sub("", lead)) or source
    if source and name and name.lower() in source.lower() and len(source) < SOURCE_NAME_MAX_CHARS:
        name = source
    if source and len(source) < SOURCE_NAME_MAX_CHARS and (not name or re.search(r"\d", name)) and not tickers:
        name = source  # the lead names no company ("Every February 11, ...")
    if name:
        name = with_leading_the(name, text, source, headline)
    if name and name.isupper() and len(name) > CAPS_NAME_MIN_CHARS:
        name = title_case_name(name)  # "ROCK OF AGES CORPORATION"
    return name, tickers


def _named_by_ticker(lead: str, text: str) -> tuple[Optional[str], list[Ticker]]:
    """The name printed before the first ticker, and the tickers printed with it; none when the text
    has no ticker. A ticker printed after "on behalf of investors of" is another company's: then the
    lead's subject is the issuer, with no ticker."""
    found = find_tickers(text)
    if not found:
        return None, []
    first_start = found[0][1]
    tickers = [t for t, start, _ in found if t.symbol == found[0][0].symbol or start - first_start < TICKER_GROUP_CHARS]
    name = issuer_name_before(text, first_start)
    subject = issuer_name_from_lead(_MARKS.sub("", lead))
    if (subject and first_start > len(subject) + OTHER_COMPANY_GAP and name and subject.split()[0] not in name
            and _ON_BEHALF.search(text[:first_start])):
        # "Bergen Law LLP is investigating claims on behalf of investors of Tidewater Labs, Inc.
        # (NASDAQ: TDLB)": the ticker is another company's; the lead's subject is the issuer
        return subject, []
    return name, tickers
