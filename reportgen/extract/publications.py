"""Publications: journal, volume, issue, date ("Blood, volume 108, number 1, July 1, 2006")."""

from __future__ import annotations

import re

from reportgen.model import Publication
from reportgen.text.dates import resolve_date
from reportgen.text.lexicon import MONTH_FULL
from reportgen.text.sentences import SentenceIndex

from .common import SKIPPED_ROLES

_PUBLISHED_RE = re.compile(
    r"\b(?:published|reported|appear(?:s|ed)?)\s+(?:online\s+)?in\s+(?:the\s+)?(?:journal\s+)?[\"“]?"
    r"(?P<journal>[A-Z][\w.&'-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w.&'-]*){0,6})[\"”,]?",
)
_VOLUME_RE = re.compile(r"\b(?:vol(?:ume)?\.?)\s*(?P<v>\d+)", re.I)
_ISSUE_RE = re.compile(r"\b(?:number|no\.|issue|iss\.)\s*(?P<i>\d+)", re.I)
_CITATION_RE = re.compile(
    r"(?P<journal>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,5})\.?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*(?P<v>\d+)\s*(?:\((?P<i>[\d-]+)\))?\s*:\s*(?P<pages>[\w.-]+)"
)


def extract_publications(index: SentenceIndex) -> list[Publication]:
    out: list[Publication] = []
    for s in index.outside(*SKIPPED_ROLES):
        m = _PUBLISHED_RE.search(s.text)
        if m and re.match(rf"(?:{MONTH_FULL}|The\s+U\.?S|Europe|China|Japan|Form|Our|This|Its|Their)\b",
                          m.group("journal")):
            m = None
        if m:
            journal = m.group("journal").strip(" ,.;")
            rest = s.text[m.end():]
            named = re.match(r"\s*journal,?\s+[\"“]?(?P<j>[A-Z][\w.&'-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w.&'-]*){0,6})",
                             rest)
            if named:
                journal = named.group("j").strip(" ,.;")
                rest = rest[named.end():]
            vol = _VOLUME_RE.search(rest)
            iss = _ISSUE_RE.search(rest)
            out.append(Publication(
                journal=journal,
                volume=int(vol.group("v")) if vol else None,
                issue=int(iss.group("i")) if iss else None,
                date=resolve_date(rest, index.release_date) if re.search(r"(?:19|20)\d\d", rest) else None,
                year=int(y.group()) if (y := re.search(r"\b(?:19|20)\d\d\b", rest)) else None,
                source=s.span(),
            ))
            continue
        for c in _CITATION_RE.finditer(s.text):
            out.append(Publication(
                journal=c.group("journal").strip(" .,"),
                volume=int(c.group("v")),
                issue=int(c.group("i")) if c.group("i") and c.group("i").isdigit() else None,
                year=int(c.group("year")),
                pages=c.group("pages"),
                source=s.span(),
            ))
    return out
