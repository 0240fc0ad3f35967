"""Blocks -> Release: the wire rules that every format shares (headline, dateline, sections,
furniture, contacts, quotes, issuer), applied to the paragraphs a format reader rebuilt."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from reportgen.model import Attachment, Contact, Dateline, Issuer, Release, Section, SourceInfo, Table
from reportgen.readers.blocks import Block
from reportgen.readers.rules import contacts as contact_rules
from reportgen.readers.rules import furniture
from reportgen.readers.rules.dateline import match_dateline, parse_date, with_year
from reportgen.readers.rules.quotes import find_quotes
from reportgen.readers.rules.tickers import find_tickers

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]", re.I)
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*$""")
_FLS_HEADING = re.compile(r"forward[- ]looking|safe harbou?r|cautionary (?:note|statement)", re.I)
_FLS_TEXT = re.compile(r"forward[- ]looking statements?", re.I)
_CONTACT_LABEL = re.compile(
    r"^(?:(?:Media|Press|Investors?|Investor Relations|IR|Analysts?|Company|Corporate|Financial Media|US|EU)\s*(?:and|&|/)?\s*)*"
    r"(?:Contacts?|Inquiries|Enquiries|Relations)\s*(?:Information)?\s*:?\s*$|^(?:For (?:more|further) information(?:,? (?:please )?contact)?|Contacts?)\s*:",
    re.I,
)
_LABEL_ONLY = re.compile(r"^(?:Media|Press|Investors?|Investor Relations|Analysts?|Company)\s*(?:Contacts?)?\s*:\s*$", re.I)
_DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+day,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})$")
_HEADING_STOP = re.compile(r"^(?:Table|Figure|Exhibit|Source|Note|Notes)\b[ :\d]", re.I)


@dataclass
class Hints:
    """What the container knew before the text was read: front matter, HTML <title>, file date."""

    title: Optional[str] = None
    date: Optional[str] = None
    base_dir: Optional[str] = None
    path: Optional[str] = None
    format: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def looks_like_heading(block: Block) -> bool:
    """A short line that names what follows: markup said so, or it is indented/bold/all caps/title case."""
    t = block.text.strip()
    if block.kind == "heading":
        return True
    if not t or len(t) > 110 or block.kind in ("table", "item"):
        return False
    words = _words(t)
    if not words or len(t.split()) > 14 or _HEADING_STOP.match(t) or _CONTACT_LABEL.match(t):
        return False
    if _SENTENCE_END.search(t) and not t.endswith(":"):
        return False
    if re.search(r"[@]|https?://|\d{3}[-.)]\s?\d{3}", t):
        return False
    if t.endswith(":") and not block.emphasis and not t.isupper():
        return False
    if block.emphasis or t.isupper():
        return True
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in {"and", "of", "the", "for", "in", "on", "to", "a", "with", "at", "by", "or", "vs"})
    return capitalised == len(words) and (len(words) >= 2 or t.lower().startswith("about"))


def _is_contact_like(block: Block) -> bool:
    t = block.text
    if contact_rules.EMAIL.search(t) or (contact_rules.PHONE.search(t) and len(t) < 200):
        return True
    return len(t) < 60 and not _SENTENCE_END.search(t) and block.kind != "table"


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
        r"((?:[A-Z0-9][\w&.'’-]*|&|and|of|de|la)(?:[ ,]+(?:[A-Z0-9][\w&.'’-]*|&|and|of|de|la|Inc\.|Ltd\.|plc|N\.V\.|S\.A\.|AG|SE)){0,7})\s*$",
        before,
    )
    if not m:
        return None
    name = m.group(1).strip(" ,")
    # drop leading sentence words ("Today EpiCept ...", "-- EpiCept")
    name = re.sub(r"^(?:Today|Yesterday|The|On|In)\s+", "", name)
    name = re.sub(r"^(?:and|of)\s+", "", name)
    return name or None


def _issuer_name_from_lead(lead: str) -> Optional[str]:
    m = re.match(
        r"^\s*(?P<name>(?:[A-Z0-9][\w&.'’-]*(?:,? (?:Inc\.|Ltd\.|LLC|plc|N\.V\.|S\.A\.|AG|SE))?[ ,]*){1,7}?)"
        r"(?:,\s+(?:a|an|the)\s|\s+\(|\s+(?:today|announced|reported|said|has|is|will|and its)\b)",
        lead,
    )
    if m:
        name = m.group("name").strip(" ,")
        if 1 <= len(name.split()) <= 7:
            return name
    return None


def _attachments_from(blocks: list[Block]) -> list[str]:
    names = []
    for b in blocks:
        for line in b.meta.get("lines", [b.text]):
            line = line.strip()
            if furniture.ATTACHMENT_NAME.match(line):
                names.append(line)
    return names


def assemble_release(blocks: list[Block], hints: Optional[Hints] = None) -> Release:
    """Apply the shared wire rules to a format reader's blocks."""
    hints = hints or Hints()
    release = Release(input=SourceInfo(path=hints.path, format=hints.format))
    release.warnings.extend(hints.warnings)
    all_text = "\n".join(b.text for b in blocks)

    # 1. furniture out, remembering what it says
    kept: list[Block] = []
    trailer_date: Optional[dt.date] = None
    website: Optional[str] = None
    attachment_names: list[str] = []
    contact_texts: list[tuple[str, Optional[str]]] = []
    in_attachments = False
    for b in blocks:
        if in_attachments:
            attachment_names += _attachments_from([b])
            continue
        if b.kind == "table":
            kept.append(b)
            continue
        kind = furniture.classify(b.text)
        if kind is None:
            kept.append(b)
            continue
        name, value = kind
        if name == "source" and value:
            release.source = value
        elif name == "trailer":
            trailer_date = _year_of(value) or trailer_date
        elif name == "contact":
            contact_texts.append((value or "", None))
        elif name == "website" and value:
            website = value.rstrip("/ ") if not value.endswith("://") else value
        elif name == "attachments":
            in_attachments = True
        elif name == "slug":
            release.slug = b.text.strip()
        elif name == "trademark":
            mark = re.match(r"^[*\s]*([A-Z][\w-]{1,30})(?:\s?(?:\((?:TM|R)\)|\u2122|\u00ae))?\s+(?:is|are)\s+a", b.text)
            if mark and mark.group(1) not in release.trademarks:
                release.trademarks.append(mark.group(1))
        # logo, photo, end, copyright, exhibit, banner, dj_reprint, ticker_footer: dropped

    # 2. the dateline splits the header (headline, deck) from the body
    dl_index, dl_match = -1, None
    for i, b in enumerate(kept[:60]):
        if b.kind in ("table", "heading"):
            continue
        m = match_dateline(b.text)
        if m:
            dl_index, dl_match = i, m
            break
    header = kept[:dl_index] if dl_index >= 0 else []
    body = kept[dl_index:] if dl_index >= 0 else kept

    # headline and subheadlines
    header_texts: list[str] = []
    pre_contacts: list[Block] = []
    collecting_contacts = False
    for b in header:
        t = b.text.strip()
        if _DATE_LINE.match(t):
            if not hints.date:
                d = parse_date(t)
                hints.date = d.isoformat() if d else None
            continue
        if _CONTACT_LABEL.match(t):
            collecting_contacts = True
            pre_contacts.append(b)
            continue
        if collecting_contacts and _is_contact_like(b) and not looks_like_heading(b) or (collecting_contacts and contact_rules.EMAIL.search(t)):
            pre_contacts.append(b)
            continue
        collecting_contacts = False
        if b.kind == "table":
            continue
        norm = " ".join(t.split())
        if header_texts and norm == header_texts[-1]:
            continue  # the wire repeats the headline
        header_texts.append(norm)
    if not header_texts and dl_index < 0 and body:
        # no dateline: the first short block is the headline
        first = body[0]
        header_texts.append(" ".join(first.text.split()))
        body = body[1:]
    if hints.title and (not header_texts or (header_texts and hints.title.lower() not in header_texts[0].lower() and header_texts[0].lower() not in hints.title.lower() and len(header_texts[0]) < 20)):
        header_texts.insert(0, hints.title)
    if header_texts:
        release.headline = header_texts[0]
        release.subheadlines = [
            re.sub(r"^[-\u2013\u2014*\u2022\s]+|[-\u2013\u2014\s]+$", "", s).strip() for s in header_texts[1:]
        ]
        release.subheadlines = [s for s in release.subheadlines if s and s != release.headline]
    if pre_contacts:
        contact_texts.append(("\n".join("\n".join(b.meta.get("lines", [b.text])) for b in pre_contacts), None))

    # dateline and date
    if dl_match is not None:
        dateline = dl_match.dateline
        if dl_match.year is None and trailer_date is not None:
            dateline = with_year(dl_match, trailer_date.year)
        elif dl_match.year is None and hints.date:
            dateline = with_year(dl_match, int(hints.date[:4]))
        release.dateline = dateline
        lead_text = body[0].text[dl_match.end:].strip()
        lead_text = re.sub(r"^[-\u2013\u2014]+\s*", "", lead_text)
        body = ([Block(lead_text, kind="para")] if lead_text else []) + body[1:]
    release.release_date = release.dateline.date or (trailer_date.isoformat() if trailer_date else None) or hints.date

    # 3. sections, with contact blocks pulled out of the body
    sections: list[Section] = [Section(heading=None)]
    i = 0
    while i < len(body):
        b = body[i]
        t = b.text.strip()
        if _CONTACT_LABEL.match(t) or (_LABEL_ONLY.match(t)):
            run = [b]
            j = i + 1
            while j < len(body) and (_is_contact_like(body[j]) and not (looks_like_heading(body[j]) and not _LABEL_ONLY.match(body[j].text.strip()) and not contact_rules.is_person_name(body[j].text))):
                run.append(body[j])
                j += 1
            contact_texts.append(("\n".join("\n".join(x.meta.get("lines", [x.text])) for x in run), None))
            i = j
            continue
        if b.kind == "table":
            sections[-1].tables.append(b.table or Table())
        elif looks_like_heading(b) and not (i + 1 < len(body) and looks_like_heading(body[i + 1]) and body[i + 1].kind != "heading" and b.kind != "heading" and not b.emphasis):
            sections.append(Section(heading=t.rstrip(":").strip()))
        else:
            sections[-1].paragraphs.append(t)
        i += 1
    # a heading with nothing under it (a stray label) is not a section
    release.sections = [s for s in sections if s.paragraphs or s.tables]
    if not release.sections:
        release.sections = [Section(heading=None)]

    # 4. forward-looking statements
    for s in release.sections:
        if s.heading and _FLS_HEADING.search(s.heading):
            release.forward_looking_statements = "\n\n".join(s.paragraphs) or None
            break
    else:
        for s in release.sections:
            for k, p in enumerate(s.paragraphs):
                if _FLS_TEXT.search(p) and re.search(r"Private Securities Litigation Reform Act|safe harbou?r|within the meaning of", p, re.I):
                    release.forward_looking_statements = "\n\n".join(s.paragraphs[k:])
                    break
            if release.forward_looking_statements:
                break

    # 5. issuer, tickers, website
    lead = release.sections[0].paragraphs[0] if release.sections and release.sections[0].paragraphs else ""
    issuer = Issuer()
    search_space = lead + "\n" + "\n".join(p for _, _, _, p in release.iter_paragraphs())
    tickers = find_tickers(search_space)
    if tickers:
        first_start = tickers[0][1]
        issuer.tickers = [t for t, _, _ in tickers if t.symbol == tickers[0][0].symbol or _[1] - first_start < 200]
        issuer.name = _issuer_name_before(search_space, first_start)
    if not issuer.name:
        issuer.name = _issuer_name_from_lead(lead) or release.source
    if release.source and issuer.name and issuer.name.lower() in release.source.lower() and len(release.source) < 80:
        issuer.name = release.source
    urls = []
    for m in URL.finditer(all_text):
        u = m.group(0)
        if u not in urls:
            urls.append(u)
    release.urls = urls
    if website:
        issuer.website = website
    elif issuer.name:
        stem = re.sub(r"[^a-z0-9]", "", issuer.name.split()[0].lower())
        for u in urls:
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", u.lower()).split("/")[0]
            if stem and stem[:6] in host.replace("-", "") and "sec.gov" not in host:
                issuer.website = u if u.startswith("http") else "http://" + u
                break
    release.issuer = issuer

    # 6. contacts and quotes
    found: list[Contact] = []
    for text, role in contact_texts:
        found += contact_rules.parse_contacts(text, default_role=role)
    release.contacts = contact_rules.merge_contacts(found)
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
