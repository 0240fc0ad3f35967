"""Trademarks: the marks a release names in a notice (`Ceplene is a registered trademark of ...`)
and the ones it marks in the text (`Ceplene(TM)`, `Azixa(R)`, `EYLEA®`)."""

from __future__ import annotations

import re
from typing import Optional

_NOTICE = re.compile(r"^[*\s]*([A-Z][\w-]{1,30})(?:\s?(?:\((?:TM|R)\)|\u2122|\u00ae))?\s+(?:is|are)\s+a")
_MARKED = re.compile(r"([A-Z][\w-]{1,30})\s?(?:\((?:TM|R)\)|\u2122|\u00ae)")


def trademark_of_notice(text: str) -> Optional[str]:
    """The mark a trademark notice names: "Ceplene(R) is a registered trademark of ..." -> Ceplene."""
    m = _NOTICE.match(text)
    return m.group(1) if m else None


def marked_trademarks(text: str, known: list[str]) -> list[str]:
    """The marks printed with (TM), (R), ™ or ® in the text, in order, after the ones known (a
    mark that is part of a known one, as Azixa of AzixaPlus, is not added)."""
    marks = list(known)
    for m in _MARKED.finditer(text):
        mark = m.group(1)
        if mark not in marks and not any(mark in t for t in marks):
            marks.append(mark)
    return marks
