"""5. The issuer: its name and tickers (rules/issuer.py) and the release's web addresses
(rules/urls.py); 6b. once the sections' roles and the contacts are known, the issuer's website
among the addresses (its name, its About section, its contacts' e-mails)."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Issuer, Section, Ticker
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.blocks import Block
from reportgen.readers.rules.furniture import TICKER_PAIR, classify
from reportgen.readers.rules.issuer import find_issuer, lead_paragraph, title_case_name
from reportgen.readers.rules.prose import ABOUT
from reportgen.readers.rules.roles import is_about_issuer
from reportgen.readers.rules.tickers import listing_tickers
from reportgen.readers.rules.urls import WebsiteClues, find_urls, issuer_website, mail_domain, pointed_urls

RUN_IN_ABOUT_WORDS = 6  # the words after 'About' that name whom a run-in About paragraph is about
_RUN_IN_ABOUT = re.compile(r"^About [A-Z]")


def find_issuer_and_urls(d: Draft) -> None:
    release = d.release
    lead = lead_paragraph([p for _, _, _, p in release.iter_paragraphs()], release.headline)
    # the lead first: the issuer is named there, with its ticker
    search_space = lead + "\n" + "\n".join(p for _, _, _, p in release.iter_paragraphs())
    abouts = tuple(s.heading[len("about"):].strip() for s in release.sections if s.heading and ABOUT.match(s.heading))
    labels = tuple(line for text in d.contact_texts for line in text.splitlines()[:1])
    name, tickers = find_issuer(lead, search_space, release.headline, release.source, abouts, labels)
    if not tickers and name:
        tickers = listing_tickers(search_space)  # "... is listed on the New York Stock Exchange under the symbol "ADC""
    if not name and d.issuer_hint:
        name = title_case_name(d.issuer_hint) if d.issuer_hint.isupper() else d.issuer_hint  # the release line's company
    listed = _ticker_line(d.blocks)
    if listed and (not tickers or {t.symbol for t in tickers} <= {t.symbol for t in listed}):
        tickers = listed  # "TSX: TML OTCQX: TSRMF" printed above the dateline: all the issuer's listings, in their order
    release.urls = find_urls(d.all_text, name)
    release.issuer = Issuer(name=name, tickers=tickers)


TICKER_LINE_BLOCKS = 12  # a line of the issuer's tickers is printed among the first blocks


def _ticker_line(blocks: list[Block]) -> list[Ticker]:
    """The tickers of the lines that print only them, above the release ("AIM: RENE |", "TSX: TML" / "OTCQX: TSRMF")."""
    found: list[Ticker] = []
    for b in blocks[:TICKER_LINE_BLOCKS]:
        for line in b.source_lines():
            kind = classify(line.strip())
            if kind is not None and kind[0] == "ticker_line":
                found += [Ticker(exchange=m.group("exchange"), symbol=m.group("symbol")) for m in TICKER_PAIR.finditer(line)
                          if m.group("symbol") not in {t.symbol for t in found}]
    return found


def find_website(d: Draft) -> None:
    release = d.release
    name = release.issuer.name
    own_about = _own_about(release.sections, name)
    about = [u for u in find_urls(own_about, name) if u in pointed_urls(own_about, name)]
    clues = WebsiteClues(pointed=frozenset(pointed_urls(d.all_text, name)), about=tuple(about),
                         mail_domains=frozenset(mail_domain(e) for c in release.contacts for e in c.emails))
    release.issuer.website = issuer_website(d.website, release.urls, name, clues)


def _own_about(sections: list[Section], name: Optional[str]) -> str:
    """The text of the issuer's About section, up to a paragraph that opens another party's
    ("About Ackerman & Co. Headquartered in Atlanta, ...")."""
    own: list[str] = []
    for s in sections:
        for p in s.paragraphs if s.role == "about" else ():
            if _RUN_IN_ABOUT.match(p) and not is_about_issuer(" ".join(p.split()[1:RUN_IN_ABOUT_WORDS]), name):
                break
            own.append(p)
    return "\n".join(own)
