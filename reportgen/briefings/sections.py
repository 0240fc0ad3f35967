"""What every audience's briefing takes from the release the same way: the masthead fields, quotes,
contacts, the company snapshot, the source notice, the metadata keywords."""

from __future__ import annotations

import re
from typing import Optional

from ..model import Quote, Release
from ..text.dates import date_text
from .briefing import ContactView, Fact, Item, QuoteView, Section
from .format import clean, disease_text, is_financial, place_text, quoted
from .provenance import Notes
from .select import about_issuer, unreadable_results

# A masthead shows as many whole subheadlines as fit in about this many characters.
SUBTITLE_CHARS = 320


def masthead_fields(release: Release, audience: str, label: str) -> dict:
    """What every briefing's masthead and metadata say of the release: one place for all audiences."""
    date = release_date(release)
    return dict(
        audience=audience, audience_label=label, title=clean(release.headline) or "Press release",
        subtitle=subtitle(release), issuer=issuer_name(release), tickers=tickers(release),
        website=release.issuer.website, date=date, date_text=date_text(date),
        source_line=source_line(release), keywords=keywords(release, audience),
    )


def subtitle(release: Release) -> str:
    """The subheadlines joined by '; ', as many whole ones as fit a masthead: a pipeline update can
    carry a dozen, which would fill the first page. The rest is marked '…'."""
    subs = [clean(s) for s in release.subheadlines if clean(s)]
    out: list[str] = []
    for sub in subs:
        if out and len("; ".join([*out, sub])) > SUBTITLE_CHARS:
            joined = _joined(out)
            return joined + (" …" if joined.endswith((".", "!", "?")) else "; …")
        out.append(sub)
    return _joined(out)


def _joined(subs: list[str]) -> str:
    """Subheadlines one after another: '; ' between them, a sentence's own full stop kept in its place
    ("... by 25%. Participants ..."), never ".;"."""
    out = ""
    for sub in subs:
        out += (" " if out.endswith((".", "!", "?")) else "; ") + sub if out else sub
    return out


def release_date(release: Release) -> Optional[str]:
    return release.release_date or release.dateline.date


def issuer_name(release: Release) -> str:
    return clean(release.issuer.name or release.source or "")


def tickers(release: Release) -> list[str]:
    return [f"{t.exchange}: {t.symbol}" for t in release.issuer.tickers]


def source_line(release: Release) -> str:
    """'Source: EpiCept Corporation press release (PR Newswire), Tarrytown, N.Y., 10 December 2007.'"""
    who = issuer_name(release) or "company"
    wire = f" ({release.dateline.wire})" if release.dateline.wire else ""
    place = place_text(release.dateline.city, release.dateline.region)
    when = date_text(release_date(release))
    line = ", ".join([f"{who} press release{wire}"] + [p for p in (place, when) if p])
    if release.headline:
        line += f": “{clean(release.headline)}”"
    return "Source: " + line + "."


def keywords(release: Release, audience: str) -> list[str]:
    products = release.facts.products
    words = [audience]
    words += [clean(p.brand) for p in products]
    words += [clean(p.generic) for p in products]
    words += [disease_text(i) for i in release.facts.indications]
    words += [t.symbol for t in release.issuer.tickers]
    words.append(issuer_name(release))
    return list(dict.fromkeys(w for w in words if w))


def quotes_section(release: Release, notes: Notes, title: str, limit: Optional[int] = None,
                   affiliations: Optional[tuple[str, ...]] = None, section_id: str = "quotes") -> Optional[Section]:
    """The quotes, each once; with `affiliations`, only the speakers of those (management,
    independent, unknown: `affiliation` below), so an outside doctor is never filed as management."""
    issuer, aliases = issuer_name(release), issuer_aliases(release)
    chosen = [q for q in release.quotes if affiliations is None or affiliation(q, issuer, aliases) in affiliations]
    quotes = [QuoteView(text=clean(q.text), speaker=q.speaker, title=q.title, note=notes.cite(q.source))
              for q in chosen][:limit]
    return Section(id=section_id, title=title, kind="quotes", quotes=quotes) if quotes else None


def contact_views(release: Release) -> list[ContactView]:
    return [ContactView(name=clean(c.name), role=c.role, organisation=c.organisation,
                        phones=list(c.phones), emails=list(c.emails))
            for c in release.contacts if c.name or c.emails or c.phones]


# Investor relations first, then media, then the company's own contacts, as an analyst looks them up.
CONTACT_ORDER = {"investors": 0, "investor relations": 0, "media": 1}


def contacts_section(release: Release, order: Optional[dict[str, int]] = None, limit: Optional[int] = None,
                     title: str = "Contacts") -> Optional[Section]:
    contacts = contact_views(release)
    if not contacts:
        return None
    order = CONTACT_ORDER if order is None else order
    contacts.sort(key=lambda c: order.get((c.role or "").lower(), 2))
    return Section(id="contacts", title=title, kind="contacts", contacts=contacts[:limit])


def snapshot_section(release: Release) -> Optional[Section]:
    facts = []
    name = issuer_name(release)
    if name:
        facts.append(Fact(label="Company", value=name))
    if release.issuer.tickers:
        facts.append(Fact(label="Listing", value="; ".join(tickers(release))))
    if release.issuer.website:
        facts.append(Fact(label="Website", value=release.issuer.website, url=release.issuer.website))
    place = place_text(release.dateline.city, release.dateline.region, release.dateline.country)
    if place:
        facts.append(Fact(label="Dateline", value=place))
    about = about_issuer(release)
    paragraphs = [Item(text=about)] if about else []
    if not facts and not paragraphs:
        return None
    return Section(id="company", title="Company snapshot", kind="facts", facts=facts, paragraphs=paragraphs)


def source_section(release: Release, note: str) -> Section:
    paragraphs = [Item(text=source_line(release)), Item(text=note)]
    return Section(id="source", title="About this briefing", kind="notice", paragraphs=paragraphs)


QUOTED_RESULT_MAX_CHARS = 400


def results_section(release: Release, notes: Notes, has_tables: bool, clinical: Optional[bool] = None) -> Optional[Section]:
    """The results: the tables (rendered from `Briefing.tables`), then, quoted as the release states
    them, the results whose measure would make a broken row ('... observed to have a'); a quoted
    sentence rather than a row a reader cannot read. `clinical` keeps one sort (None: both)."""
    items, seen = [], set()
    for c in unreadable_results(release.facts):
        if c.source is None or (clinical is not None and is_financial(c) == clinical):
            continue
        sentence = notes.sentence(c.source)
        if sentence and sentence not in seen and len(sentence) <= QUOTED_RESULT_MAX_CHARS:
            seen.add(sentence)
            items.append(Item(text=quoted(sentence), note=notes.cite(c.source)))
    if not has_tables and not items:
        return None
    return Section(id="results", title="Results", kind="results", items=items,
                   intro="As the release states them:" if items and has_tables else "")


# --- who speaks: the issuer's management or an outside voice ----------------------------------------

_OFFICER = re.compile(r"\b(?:chief|CEO|CFO|COO|CMO|CSO|CTO|CCO|president|chair(?:man|woman|person)?|founder|"
                      r"co-founder|director|officer|vice[\s-]president|VP|SVP|EVP|head|general manager|managing|"
                      r"treasurer|secretary|owner|partner|executive|lead(?:er)?)\b", re.I)
_OUTSIDE = re.compile(r"\b(?:professor|investigator|universit\w+|hospital|clinic|institut\w+|school|medical center|"
                      r"foundation|association|society|patient|analyst|physician|author|researcher|mother|father|"
                      r"caregiver|advocate|M\.?D\.?|Ph\.?D\.?)\b", re.I)


def issuer_aliases(release: Release) -> tuple[str, ...]:
    """The short names the release defines for its issuer right after its name: "The HCM City Development
    Joint Stock Commercial Bank (HDBank - HoSE: HDB)" -> HDBank; "Acme Widgets, Inc. ("Acme")" -> Acme."""
    name = release.issuer.name
    if not name:
        return ()
    text = "\n".join(p for _, _, _, p in list(release.iter_paragraphs())[:ALIAS_PARAGRAPHS])
    return tuple(dict.fromkeys(m.group("short") for m in re.finditer(
        rf"{re.escape(name)}\s*\((?:the\s+)?[\"\u201c]?(?P<short>[A-Z][\w&.-]{{1,30}})", text)))


ALIAS_PARAGRAPHS = 3  # the lead and the paragraphs right after it define the issuer's short name


def affiliation(quote: Quote, issuer: str, aliases: tuple[str, ...] = ()) -> str:
    """management when the title names the issuer (or a short name of it, `aliases`) or an office
    without another organisation; independent when it names another organisation or an outside
    role; unknown without a title."""
    title = clean(quote.title)
    if not title:
        return "unknown"
    words = [w for w in re.findall(r"[A-Za-z][\w&.-]+", issuer) if len(w) > 2 and w.lower() not in _LEGAL]
    names_issuer = (bool(words) and words[0].lower() in title.lower()) or any(
        re.search(rf"\b{re.escape(a)}\b", title, re.I) for a in aliases)
    if _OUTSIDE.search(title) or _ADVISER.search(title):
        # an outside doctor who also advises the company is still an outside voice
        return "management" if names_issuer and _OFFICER.search(title) and not _ADVISER.search(title) \
            else "independent"
    if names_issuer:
        return "management"
    other_org = re.search(r"\b(?:of|at)\s+(?:the\s+)?[A-Z][\w&.-]+", title)
    if other_org and not re.search(r"\b(?:of|at)\s+(?:the\s+)?(?:Company|Board|Directors)\b", title):
        return "independent"
    before = _ORG_BEFORE_OFFICE.match(title)
    if before and not _is_issuer_short_form(before.group("org"), issuer, words):
        return "independent"  # "NewTek President" in Commodore's release: another company's officer
    return "management" if _OFFICER.search(title) else "unknown"


# an organisation named before the office: "NewTek Vice President", "Grossmont Healthcare District President"
# (not "Senior Vice President", "Company President")
_OFFICE_WORDS = (r"(?:Senior|Executive|Chief|Vice|Deputy|Interim|Acting|Group|Global|Regional|Founding|Co|Managing|General|"
                 r"Associate|Assistant|Former|Corporate|Lead|Principal|National|Country|Division|Company|Board|Our|Its|The|New)")
_ORG_BEFORE_OFFICE = re.compile(rf"^(?P<org>(?!{_OFFICE_WORDS}\b)[A-Z][\w&.-]*(?:\s+(?!{_OFFICE_WORDS}\b)[A-Z][\w&.-]*){{0,3}})\s+"
                                r"(?:(?:Senior|Executive)\s+)?(?:Vice\s+)?(?:President|CEO|Chairman|Chairwoman|Chair|Director|"
                                r"Manager|Founder|Head)\b")


def _is_issuer_short_form(org: str, issuer: str, issuer_words: list[str]) -> bool:
    """"UFG" for United Fire Group, Inc., "Acme" for Acme Widgets Inc.: the issuer by its initials or a word of
    its name."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w&.-]*", issuer)
                       if w.lower().rstrip(".") not in ("inc", "corp", "ltd", "llc", "plc", "co", "the", "and", "of")).upper()
    org_words = {w.lower() for w in org.split()}
    return org.upper() == initials or any(w.lower() in org_words for w in issuer_words[:2])


_ADVISER = re.compile(r"\b(?:advis\w+|consultant|board member|member of)\b", re.I)
_LEGAL = {"inc", "inc.", "corp", "corp.", "corporation", "company", "ltd", "ltd.", "llc", "plc", "the", "group",
          "holdings", "limited"}
