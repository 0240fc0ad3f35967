"""2. The dateline splits the header (headline, deck) from the body; the headline and its deck,
a contact block printed above them, the dateline and the release date."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.readers.assemble.draft import Draft
from reportgen.readers.blocks import Block
from reportgen.readers.rules import contact_blocks
from reportgen.readers.rules.dateline import (
    find_dateline,
    is_bare_dateline,
    split_glued_dateline,
    split_second_release,
    with_year,
)
from reportgen.readers.rules.dates import DATE_LINE, date_from_body, date_from_letterhead, iso_date, year_from_body
from reportgen.readers.rules.furniture import classify, drop_furniture_lines, furniture_date
from reportgen.readers.rules.headline import (
    announcement_header,
    choose_headline,
    continues_headline,
    drop_chrome_above_title,
    page_chrome_line,
    strip_banner_prefix,
    unrelated_above_title,
)
from reportgen.text.sentences import first_sentence

DECK_ITEM_MAX_CHARS = 200  # a bullet between the headline and the lead is the deck's
LEAD_MIN_WORDS = 25  # with no dateline, the first paragraph this long is the lead
DATE_UNDER_HEADLINE_BLOCKS = 4  # a date line is looked for this close under a headline with no dateline
BODY_DATE_BLOCKS = 40  # the body's first blocks say when "today" is


def split_at_dateline(d: Draft) -> None:
    kept = d.kept = split_glued_dateline(d.kept, lambda t: classify(t) is not None)
    dl_index, dl_match = find_dateline(kept)
    if dl_index > 0:
        for b in kept[:dl_index]:
            if drop_furniture_lines(b) is not b:
                d.note(b, "furniture: wire or filing lines above the headline")
                d.date = d.date or iso_date(furniture_date(b) or "")
        kept[:dl_index] = [x for x in (drop_furniture_lines(b) for b in kept[:dl_index]) if x is not None]
        dl_index, dl_match = find_dateline(kept)
    whole = kept
    kept, second = split_second_release(kept, dl_index)
    if second:
        d.release.warnings.append(second)
        d.note_dropped(whole, kept, "a second release in the file (not read)")
    above = kept[:dl_index] if dl_index >= 0 else []
    d.header = drop_chrome_above_title(above, d.title, d.title_trusted)
    d.note_dropped(above, d.header, "page chrome above the headline")
    d.body = kept[dl_index:] if dl_index >= 0 else kept
    d.dateline = dl_match


def read_headline(d: Draft) -> None:
    """The headline and subheadlines (the deck), and the contacts printed above them."""
    pre_contacts = _read_header_lines(d)
    if not d.header_texts and d.dateline is None and d.body:
        _headline_without_dateline(d)
    lead = d.body[0].text if d.body else ""
    d.release.headline, d.release.subheadlines = choose_headline(d.header_texts, d.title, d.title_trusted, lead)
    if not d.release.headline and d.dateline is not None and d.body and not d.header:
        # the release opens with its dateline and prints no headline (a 1990s wire copy): the lead's
        # first sentence stands for it, and the model says so
        lead = re.sub(r"^[-\u2013\u2014]+\s*", "", d.body[0].text[d.dateline.end:].strip())
        d.release.headline = first_sentence(lead) if lead else ""
        if d.release.headline:
            d.release.warnings.append("no headline printed: the lead's first sentence stands for it")
    if pre_contacts:
        d.contact_texts.append(contact_blocks.contact_run_text(pre_contacts))


def _read_header_lines(d: Draft) -> list[Block]:
    """The header's lines into d.header_texts (a headline printed over two paragraphs joined);
    a date line gives the date; returns the blocks of a contact block among them."""
    pre_contacts: list[Block] = []
    collecting_contacts = False
    prev: Optional[Block] = None
    for b in d.header:
        t = b.text.strip()
        if DATE_LINE.match(t):
            d.date = d.date or iso_date(t)
            # (a date printed between a contact label and its names, "Media Contact:" / "November 13, 2017" / "Jane Roe",
            # leaves the block open)
            collecting_contacts = collecting_contacts and bool(pre_contacts) and contact_blocks.is_contact_label(pre_contacts[-1].text.strip())
            d.note(b, "date line")
            continue
        headline_next = collecting_contacts and b is d.header[-1] and contact_blocks.headline_below_contacts(b)
        if contact_blocks.labels_contacts(t) or (collecting_contacts and contact_blocks.continues_header_contacts(b) and not headline_next):
            collecting_contacts = True
            pre_contacts.append(b)
            d.note(b, "contacts (above the headline)")
            continue
        collecting_contacts = False
        if b.linked and d.header_texts and b.kind != "heading":
            # under the headline, a line that is only a link points elsewhere ("Watch the video", "[Media Kit]")
            d.note(b, "a link under the headline (not a deck line)")
            continue
        if b.kind == "table":
            d.date = d.date or date_from_letterhead(b.table)
            d.note(b, "letterhead table (its date)")
            continue
        norm, banner_date = strip_banner_prefix(" ".join(t.split()))
        if banner_date:
            d.date = d.date or iso_date(banner_date)
        texts = d.header_texts
        if (texts and norm == texts[-1]) or is_bare_dateline(norm):
            # the wire repeats the headline; "DUBLIN, Feb. 12, 2025" printed above the real dateline
            d.note(b, "headline printed again" if texts and norm == texts[-1] else "a dateline above the dateline")
            continue
        if texts and prev is not None and continues_headline(prev, b, len(texts) == 1):
            texts[-1] += " " + norm
        else:
            texts.append(norm)
        d.note(b, "headline or deck")
        prev = b
    return pre_contacts


def _headline_without_dateline(d: Draft) -> None:
    """No dateline (an RNS or ASX announcement): the first short block is the headline, after the
    announcement's own header lines (the company's name, its defined term, the date, "ASX RELEASE")."""
    body = d.body
    # the lead, for telling page chrome: the first block of some length (the page's title counts with it: a
    # company's label over its report shares words with the title); for lines of any length above the title,
    # only a paragraph of running text with no list item before it
    first = next((b for b in body if len(b.text.split()) >= LEAD_MIN_WORDS), None)
    lead = (first.text if first is not None else "") + " " + (d.title or "")
    at = next((i for i, b in enumerate(body) if len(b.text.split()) >= LEAD_MIN_WORDS and b.kind == "para"
               and not re.match(r"[-\u2013\u2014\u2022*]", b.text)), None)
    if at is not None and any(b.kind == "item" for b in body[:at]):
        at = None
    while len(body) > 1:
        is_header, date = announcement_header(body[0])
        above_para = at is not None and any(b is d.body[at] for b in body[1:])
        if contact_blocks.labels_contacts(body[0].text.strip()):
            # a contact block above the headline ("For additional information contact:" / names / numbers)
            run = [body[0]]
            while len(body) > len(run) + 1 and contact_blocks.continues_header_contacts(body[len(run)]) and not (
                    contact_blocks.headline_below_contacts(body[len(run)])
                    and not re.match(r"[A-Z][\w.' -]{2,40},\s", body[len(run)].text)):  # ("Jane Roe, Chairman & CEO" goes on)
                run.append(body[len(run)])
            for b in run:
                d.note(b, "contacts (above the headline)")
            d.contact_texts.append(contact_blocks.contact_run_text(run))
            body = body[len(run):]
            continue
        if is_header:
            if date and not d.date:
                d.date = iso_date(date)
            d.note(body[0], "announcement header (company, date)")
        elif body[0] is not first and body[0].kind != "table" and body[0].text.strip() and lead.strip() and (
                page_chrome_line(body[0].text, lead)
                or (above_para and unrelated_above_title([b.text for b in body[:body.index(d.body[at])]], d.body[at].text))):
            d.note(body[0], "page chrome above the headline")
        else:
            break
        body = body[1:]
    headline, banner_date = strip_banner_prefix(" ".join(body[0].text.split()))
    if banner_date and not d.date:
        d.date = iso_date(banner_date)
    d.header_texts.append(headline)
    d.note(body[0], "headline or deck")
    body = body[1:]
    # bullet highlights between the headline and the lead are its deck
    while len(body) > 1 and body[0].kind == "item" and len(body[0].text) < DECK_ITEM_MAX_CHARS:
        d.header_texts.append(" ".join(body[0].text.split()))
        d.note(body[0], "headline or deck")
        body = body[1:]
    # the announcement's own header lines printed under an index's title ("Final Results" / "Acme Plc (The)" /
    # "08 April 2008" / "Acme Plc ('the Group')"), and a date on a line of its own, before the lead
    for b in list(body[:DATE_UNDER_HEADLINE_BLOCKS]):
        if len(b.text.split()) >= LEAD_MIN_WORDS or len(body) < 2:
            break
        is_header, date = announcement_header(b)
        if DATE_LINE.match(b.text.strip()) or is_header:
            d.date = d.date or iso_date(date or b.text.strip())
            d.note(b, "announcement header (company, date)")
            body = [x for x in body if x is not b]
    d.body = body


def _as_spelled(dateline, body: list[Block]):
    """A city printed in capitals in the dateline, spelled as the release spells it elsewhere when that
    spelling has a capital inside ("LAGRANGE, Ga." with "LaGrange" in the text; title case would give
    "Lagrange")."""
    city = dateline.city
    if not city or " " in city or not re.fullmatch(r"[A-Z][a-z]+", city):
        return dateline
    pattern = re.compile(rf"\b{re.escape(city)}\b", re.I)
    for b in body[:BODY_DATE_BLOCKS]:
        for m in pattern.finditer(b.text):
            word = m.group()
            if re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", word):
                return dateline.model_copy(update={"city": word})
    return dateline


def read_dateline(d: Draft) -> None:
    """The dateline (its year from the trailer, the container's date or the file's when it prints
    none), the wire, and the release date; the dateline is cut from the lead paragraph."""
    release, m = d.release, d.dateline
    if m is not None:
        dateline = m.dateline
        if m.year is None and d.trailer_date is not None:
            dateline = with_year(m, d.trailer_date.year)
        elif m.year is None and (d.date or d.file_date):
            dateline = with_year(m, int((d.date or d.file_date)[:4]))
        elif m.year is None and m.month and m.day and (
                year := year_from_body([b.text for b in d.body[:BODY_DATE_BLOCKS] if b.kind != "table"], m.month, m.day)):
            dateline = with_year(m, year)  # "(AUG. 19)" in a release reporting "the fiscal year ended June 30, 1992"
        release.dateline = _as_spelled(dateline, d.body)
        lead_text = d.body[0].text[m.end:].strip()
        lead_text = re.sub(r"^[-\u2013\u2014]+\s*", "", lead_text)
        d.note(d.body[0], "dateline")
        d.body = ([Block(lead_text, kind="para", index=d.body[0].index)] if lead_text else []) + d.body[1:]
    if d.wire_hint and not release.dateline.wire:
        release.dateline.wire = d.wire_hint
    release.release_date = release.dateline.date or (d.trailer_date.isoformat() if d.trailer_date else None) or d.date
    if not release.release_date:
        release.release_date = date_from_body([b.text for b in d.body[:BODY_DATE_BLOCKS] if b.kind != "table"]) or d.file_date
