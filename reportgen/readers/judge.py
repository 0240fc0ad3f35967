"""Is this a press release? A judgement on the model a file was read into, before anything is built.

Anything with text reads into a model (a recipe page gets a headline, a CSV file's first row
becomes one), so `reportgen build` asks first whether the model has what a release has:

- a **headline** that reads as one (words, not a row of data or a code token);
- the **marks of issue**: a date, a dateline (a place or a wire), an issuer, tickers;
- the **shape of a release**: contacts, quotes, an About section, a safe-harbor notice, the words a
  release is written in ('announced today', 'press release', 'Inc.', '(NYSE: ...)').

Each signal scores a point (the issuer and the dateline two: a release is somebody's announcement,
made from a place or through a wire); a file scoring
`THRESHOLD` or more is a release. A page of data (most lines split by tabs, commas or pipes into
the same number of fields) or a JSON document is refused whatever else it has. Measured on the
corpora (tests/readers/test_judge.py): every release of ../shared/corpus/releases and
releases-dev is accepted, their MANIFEST.tsv and README.md and the junk of tests/data/junk
(a recipe page, a CSV file, a manifest, a README, meeting minutes, a story, a package.json) refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from reportgen.model import Release

THRESHOLD = 3

_RELEASE_WORDS = re.compile(
    r"\b(?:announc(?:es|ed|ing|ement)|today (?:reported|said|launched|introduced|unveiled|released|named|"
    r"appointed|declared|confirmed|completed|signed|entered)|press release|news release|"
    r"for immediate release|media (?:contact|inquiries|relations)|investor relations)\b", re.I)
_COMPANY = re.compile(r"\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|AG|GmbH|S\.A|N\.V|Oyj|AB|A/S|"
                      r"Co\.|Company|Holdings|Group)\b\.?")
_TICKER_TEXT = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|ASX|OTC\w*|NYSE American)\s*[:/]", re.I)
_SEPARATORS = ("\t", ",", "|", ";")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_PRINTED_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)\b")
_WIRE = re.compile(r"Business ?Wire|PR ?Newswire|GlobeNewswire|ACCESSWIRE|Newsfile|Marketwired|Canada NewsWire|"
                   r"24-7PressRelease|Newsworthy\.ai|News Direct|EQS|pressetext|/CNW/", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)")
# how far into the text a printed date, a wire's name still marks the release's opening
_OPENING = 3000


@dataclass
class Verdict:
    """What the judge found: `is_release`, the signals seen and missed, and one line saying why."""

    is_release: bool
    score: int
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    veto: str = ""

    @property
    def reason(self) -> str:
        if self.veto:
            return self.veto
        if self.is_release:
            return "found " + ", ".join(self.found)
        seen = f"found only {', '.join(self.found)}" if self.found else "found none of a release's marks"
        return (f"{seen}; a release has a headline with a date or dateline, an issuer, contacts, quotes "
                f"(it scores {self.score} of the {THRESHOLD} points a release needs)")


def _text(release: Release) -> list[str]:
    return [release.headline, *release.subheadlines,
            *(p for s in release.sections for p in s.paragraphs)]


def _tabular(lines: list[str]) -> str:
    """'a table of data (CSV)' when most lines split into one same number (3 or more) of fields."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < 2:
        lines = [line for text in lines for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    for sep in _SEPARATORS:
        counts = [line.count(sep) for line in lines]
        common = max(set(counts), key=counts.count)
        if common >= 2 and counts.count(common) >= max(2, 0.6 * len(lines)):
            # prose has commas too: a data row's fields are mostly a few words (no prose has tabs
            # in every line, whatever a notes column holds)
            fields = sorted(len(f.split()) for line in lines for f in line.split(sep))
            if sep == "\t" or fields[len(fields) // 2] <= 3:
                name = {"\t": "TSV", ",": "CSV", "|": "pipe-separated", ";": "semicolon-separated"}[sep]
                return f"a table of data ({name}), not a release"
    return ""


def _json(release: Release) -> str:
    text = "\n".join(_text(release)).strip()
    if text[:1] in "{[":
        try:
            json.loads(text)
        except ValueError:
            if release.headline.strip() in ("{", "["):
                return "a JSON or code file, not a release"
            return ""
        return "a JSON document, not a release"
    return ""


TEXT_FORMATS = ("text", "markdown")  # the formats whose raw text `judge` can read lines of


def judge(release: Release, raw: str = "") -> Verdict:
    """Whether `release` (a model read by readers.read_release) is a press release, and why.

    `raw`, the text of a file in one of TEXT_FORMATS as it was read, shows a table of data the
    model's paragraphs no longer do (a reader joins its lines and turns tabs into spaces), and a
    date line the reader set aside as furniture.
    """
    lines = _text(release)
    veto = _json(release) or _tabular(lines) or (_tabular(raw.splitlines()[:200]) if raw else "")
    headline = release.headline.strip()
    if not veto and len(re.findall(r"[^\W\d_]{2,}", headline)) < 1:
        veto = f"the headline {headline[:40]!r} has no words"
    body = "\n".join(lines)
    opening = body[:_OPENING] + "\n" + raw[:_OPENING]
    d = release.dateline
    signals = {
        "a date": bool(release.release_date or d.date or _PRINTED_DATE.search(opening)),
        "a dateline": bool(d.city or d.wire or _WIRE.search(opening)),
        "an issuer": bool(release.issuer.name),
        "tickers": bool(release.issuer.tickers) or bool(_TICKER_TEXT.search(body)),
        "contacts": bool(release.contacts or _EMAIL.search(body) or _PHONE.search(body)),
        "quotes": bool(release.quotes),
        "an About section or safe-harbor notice": any(s.role in ("about", "fls") for s in release.sections)
        or bool(release.forward_looking_statements),
        "a release's wording": bool(_RELEASE_WORDS.search(body)),
        "a company's name": bool(_COMPANY.search(body)),
    }
    weights = {"an issuer": 2, "a dateline": 2}
    score = sum(weights.get(name, 1) for name, seen in signals.items() if seen)
    found = [name for name, seen in signals.items() if seen]
    missing = [name for name, seen in signals.items() if not seen]
    return Verdict(is_release=not veto and score >= THRESHOLD, score=score, found=found, missing=missing,
                   veto=veto)
