"""Risk factors: the items the forward-looking statements list as what could make results differ.

Safe-harbor notices list them after 'include:' (or 'include', 'including', 'such as' before 'the
risk ...') up to the sentence that sends the reader to the filings; items are separated by ';'
and by ', the risk that'. Each item keeps the span it was printed in, when it lies in one paragraph.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Release, Risk, Span

_LIST_START = re.compile(r"\binclude:\s*", re.I)
_LIST_START_RISK = re.compile(r"\b(?:include|including|such as)[:,]?\s+(?=the risk|risks)", re.I)
_LIST_END = re.compile(r"\.\s+(?=[A-Z])")
_ITEM_SPLIT = re.compile(r";\s*|,\s*(?=(?:and\s+)?(?:the\s+)?risks?\s+(?:that|associated|of)\b)|,\s*(?=that\s)")
MIN_ITEM_CHARS = 3


def fls_text(release: Release) -> str:
    """The forward-looking statements: as the reader found them, else the first fls section's text."""
    if release.forward_looking_statements:
        return release.forward_looking_statements
    section = next((s for s in release.sections if s.role == "fls"), None)
    return " ".join(section.paragraphs) if section else ""


def find_risks(release: Release) -> list[Risk]:
    """The named risk factors of the release's forward-looking statements, one per item."""
    flat = " ".join(fls_text(release).split())
    m = _LIST_START.search(flat) or _LIST_START_RISK.search(flat)
    if not m:
        return []
    rest = flat[m.end():]
    end = _LIST_END.search(rest)
    listing = rest[: end.start()] if end else rest.rstrip(".")
    out: list[Risk] = []
    for piece in _ITEM_SPLIT.split(listing):
        raw = re.sub(r"^(?:and|or)\s+", "", piece.strip(" ,;"))
        if len(raw) < MIN_ITEM_CHARS:
            continue
        item = "the risk " + raw if raw.startswith("that ") else raw  # '..., that NP-1 will not ...' continues a risk
        item = item[:1].upper() + item[1:]
        if item not in (r.text for r in out):
            out.append(Risk(text=item, source=_span_of(release, raw)))
    return out


def _span_of(release: Release, raw: str) -> Optional[Span]:
    """Where `raw` is printed: the first paragraph of an fls section holding it, else of any section."""
    ordered = sorted(enumerate(release.sections), key=lambda x: x[1].role != "fls")
    for si, section in ordered:
        for pi, paragraph in enumerate(section.paragraphs):
            at = paragraph.find(raw)
            if at >= 0:
                return Span(section=si, paragraph=pi, start=at, end=at + len(raw), text=raw)
    return None
