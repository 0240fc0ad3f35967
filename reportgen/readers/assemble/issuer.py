"""5. The issuer: its name and tickers (rules/issuer.py), the release's web addresses and the
issuer's website among them (rules/urls.py)."""

from __future__ import annotations

from reportgen.model import Issuer
from reportgen.readers.assemble.draft import Draft
from reportgen.readers.rules.issuer import find_issuer, lead_paragraph
from reportgen.readers.rules.prose import ABOUT
from reportgen.readers.rules.urls import find_urls, issuer_website


def find_issuer_and_website(d: Draft) -> None:
    release = d.release
    lead = lead_paragraph([p for _, _, _, p in release.iter_paragraphs()], release.headline)
    # the lead first: the issuer is named there, with its ticker
    search_space = lead + "\n" + "\n".join(p for _, _, _, p in release.iter_paragraphs())
    abouts = tuple(s.heading[len("about"):].strip() for s in release.sections if s.heading and ABOUT.match(s.heading))
    labels = tuple(line for text in d.contact_texts for line in text.splitlines()[:1])
    name, tickers = find_issuer(lead, search_space, release.headline, release.source, abouts, labels)
    release.urls = find_urls(d.all_text, name)
    release.issuer = Issuer(name=name, tickers=tickers, website=issuer_website(d.website, release.urls, name))
