"""An SEC filing that wraps a release: a Form 8-K (or 6-K) printed whole, its cover page ("SECURITIES
AND EXCHANGE COMMISSION ... FORM 8-K ... Date of report ...") above an item that quotes the press
release ("Item 5. ... the Registrant issued the following press release:"), its signatures and
exhibit index below. Only the quoted release is the release; the form around it is the filing's.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.readers.blocks import Block

COVER_SEARCH_BLOCKS = 6  # the commission's name heads the form
FORM_SEARCH_BLOCKS = 15  # the form's name follows it

_COMMISSION = re.compile(r"^(?:UNITED STATES\s+)?SECURITIES AND EXCHANGE COMMISSION\b", re.I)
_FORM = re.compile(r"^FORM\s+(?:8-K|6-K|10-Q|10-K)(?:/A)?\b", re.I)
# what opens the quoted release: the item's intro ("the Registrant issued the following press
# release:") or the exhibit's header ("EXHIBIT 99.1", "EX-99")
_INTRO = re.compile(r"\b(?:following|attached)\s+(?:joint\s+)?(?:press|news)\s+release\b.{0,80}:\s*$"
                    r"|\bpress release\b.{0,120}\bas follows\s*:\s*$", re.I | re.S)
_EXHIBIT = re.compile(r"^(?:EXHIBIT|Exhibit|EX-)\s*99(?:\.\d+)?\s*$")
# what follows the release in the form
_AFTER = re.compile(r"^(?:SIGNATURES?|Signatures?|(?:INDEX TO EXHIBITS|EXHIBIT INDEX|Index to Exhibits|Exhibit Index))\s*$")


def is_filing_cover(blocks: list[Block]) -> bool:
    """The file opens with a form's cover page: the commission's name, then the form's."""
    texts = [" ".join(b.text.split()) for b in blocks[:FORM_SEARCH_BLOCKS]]
    return (any(_COMMISSION.match(t) for t in texts[:COVER_SEARCH_BLOCKS])
            and any(_FORM.match(t) for t in texts))


def embedded_release(blocks: list[Block]) -> Optional[tuple[int, int]]:
    """(start, end) of the release a form quotes, when the blocks are a filing's with a release in
    it; None for anything else (a release, an exhibit filed on its own)."""
    if not is_filing_cover(blocks):
        return None
    start = None
    for i, b in enumerate(blocks):
        t = " ".join(b.text.split())
        if b.kind != "table" and (_INTRO.search(t) or _EXHIBIT.match(t)):
            start = i + 1
            break
    if start is None or start >= len(blocks):
        return None
    end = next((i for i in range(start, len(blocks)) if _AFTER.match(blocks[i].text.strip())), len(blocks))
    return (start, end) if end > start else None
