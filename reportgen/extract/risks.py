"""Risk factors: the items the forward-looking statements list as what could make results differ.

Safe-harbor notices list them after 'include:' (or 'include', 'including', 'such as' before 'the
risk ...') up to the sentence that sends the reader to the filings; items are separated by ';'
and by ', the risk that'. Each item keeps the span it was printed in, when it lies in one paragraph.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Release, Risk, Span

_LIST_START = re.compile(r"\b(?:include:|including,?\s+(?:but not limited to|without limitation)\s*[:,]|including:)\s*", re.I)
_LIST_START_RISK = re.compile(r"\b(?:include|including|such as)[:,]?\s+(?=the risk|risks)", re.I)
_LIST_END = re.compile(r"\.\s+(?=[A-Z])")
_ITEM_SPLIT = re.compile(r";\s*|,\s*(?=(?:and\s+)?(?:the\s+)?risks?\s+(?:that|associated|of)\b)|,\s*(?=that\s)"
                         r"|,?\s+(?=(?:and\s+|or\s+)?\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s)")
MAX_ITEM_CHARS = 250  # a longer "item" is a run of risks only commas separate: not shown as one
# a list of what the statements are about, not of risks: "include, but are not limited to, statements regarding ..."
_STATEMENTS_LIST = re.compile(r"^(?:the following:\s*)?(?:implied and express\s+)?(?:statements|current beliefs|expectations)\b", re.I)
# "(i) the success ...; (ii) ...": the enumerator of an item
_ENUMERATOR = re.compile(r"^(?:and\s+|or\s+)?\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s*", re.I)
# an item that sends the reader to the filings ("the risk factors detailed in ... Form 10-K", "risks
# described in greater detail in the section entitled 'Risk Factors' ...") names no risk
_FILINGS_POINTER = re.compile(r"\b(?:described|detailed|discussed|set out|set forth|identified|contained|included)\b.{0,160}?"
                              r"\b(?:Form\s+(?:10-[KQ]|20-F|40-F|8-K)|Annual Report|Quarterly Report|annual information form|"
                              r"management[\u2019']s discussion|filings?\b|SEDAR|Securities and Exchange Commission|prospectus)"
                              r"|^(?:its|our|the Company[\u2019']s)?\s*(?:most recent\s+)?(?:Annual Report|Quarterly Report|Form 10-[KQ])", re.I)
# the label the first item is printed after: "risks and uncertainties related to: our ability to ..."
_ITEM_LABEL = re.compile(r"^(?:the following\s+)?(?:risks?(?:\s+and\s+uncertainties)?|uncertainties|factors)\s+"
                         r"(?:related|relating|associated)\s+(?:to|with):\s*", re.I)
MIN_ITEM_CHARS = 3


def fls_text(release: Release) -> str:
    """The forward-looking statements: as the reader found them, else the first fls section's text."""
    if release.forward_looking_statements:
        return release.forward_looking_statements
    section = next((s for s in release.sections if s.role == "fls"), None)
    return " ".join(section.paragraphs) if section else ""


# the sentence leading to a list of risks speaks of them ("Factors that could cause results to differ
# include:", "as a result of various risks and uncertainties, including, without limitation:"); a list
# of what the statements are about ("statements include, but are not limited to, statements regarding") is none
RISK_CONTEXT_CHARS = 100  # the words before a list that say it lists risks stand this close to it
_RISK_CONTEXT = re.compile(r"\b(?:risks?|uncertaint\w*|factors?|differ\w*)\b", re.I)


def _sentence_before(flat: str, at: int) -> str:
    start = max(flat.rfind(". ", 0, at), 0)
    return flat[start:at]


def fls_flat(release: Release) -> str:
    """The forward-looking statements with whitespace runs as one space (what `risk_listing` indexes)."""
    return " ".join(fls_text(release).split())


def risk_listing(flat: str) -> Optional[tuple[int, int]]:
    """Where the list of risks stands in the forward-looking statements (whitespace runs as one
    space): [start, end) of its items, or None when they list none."""
    m = next((m for m in _LIST_START.finditer(flat)
              if (_RISK_CONTEXT.search(_sentence_before(flat, m.start())[-RISK_CONTEXT_CHARS:]) or _RISK_CONTEXT.match(flat[m.end():]))
              and not _STATEMENTS_LIST.match(flat[m.end():])), None) \
        or _LIST_START_RISK.search(flat)
    if not m:
        return None
    end = _LIST_END.search(flat, m.end())
    return m.end(), end.start() if end else len(flat.rstrip(". "))


def find_risks(release: Release) -> list[Risk]:
    """The named risk factors of the release's forward-looking statements, one per item."""
    flat = fls_flat(release)
    span = risk_listing(flat)
    if span is None:
        return []
    listing = flat[span[0]:span[1]]
    out: list[Risk] = []
    for piece in _ITEM_SPLIT.split(listing):
        raw = re.sub(r"^(?:and|or)(?:\s+|$)", "", _ITEM_LABEL.sub("", _ENUMERATOR.sub("", piece.strip(" ,;"))))
        raw = re.sub(r",?\s+(?:and|or)$", "", raw)
        if len(raw) < MIN_ITEM_CHARS or len(raw) > MAX_ITEM_CHARS or raw.endswith(":") or _FILINGS_POINTER.search(raw):
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
