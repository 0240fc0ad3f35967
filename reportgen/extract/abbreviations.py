"""Abbreviation definitions: Schwartz & Hearst (2003), "A simple algorithm for identifying
abbreviation definitions in biomedical text".

Candidates are "long form (SHORT)" and, reversed, "SHORT (long form)"; the long form is found by
matching the short form's characters right to left, the first character at a word start. Guards:
citations and figures in parentheses ("(2006)", "(Blood 108:1)", "(n=8)", "(P=0.025)"), tickers
("(Nasdaq: EPCT)"), and reversed pairs whose "long form" is itself short are rejected.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Abbreviation
from reportgen.text.sentences import SentenceIndex

from .common import SKIPPED_ROLES

_PAREN_RE = re.compile(r"\(([^()]{1,60})\)")
_STOP_SHORT = {"TM", "R", "C", "SM", "USA", "US", "NYSE", "NASDAQ", "AMEX", "TSX", "OTC", "ASX",
               "LSE", "NASDAQGS", "NASDAQGM", "ADS", "ADR"}


def _valid_short(s: str) -> bool:
    if not (2 <= len(s) <= 10):
        return False
    if len(s.split()) > 2:
        return False
    if not s[0].isalnum():
        return False
    if not re.search(r"[A-Za-z]", s):
        return False
    if s.upper() in _STOP_SHORT:
        return False
    if re.search(r"[=<>:;%,$€£]", s):  # statistics, tickers, lists
        return False
    if re.fullmatch(r"\d+(?:\.\d+)?|(?:19|20)\d\d[a-z]?|[ivxlc]+|[a-z]", s, re.I):  # years, numerals
        return False
    if sum(c.isupper() for c in s) == 0:  # "(see)", "(approximately)"
        return False
    return True


def best_long_form(short: str, long: str) -> Optional[str]:
    """Schwartz & Hearst's right-to-left match; None when the short form does not fit."""
    s_index = len(short) - 1
    l_index = len(long) - 1
    while s_index >= 0:
        c = short[s_index].lower()
        if not c.isalnum():
            s_index -= 1
            continue
        while (l_index >= 0 and long[l_index].lower() != c) or (
                s_index == 0 and l_index > 0 and long[l_index - 1].isalnum()):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    l_index = long.rfind(" ", 0, l_index + 1) + 1
    return long[l_index:]


def _candidate_long(before: str, short: str) -> str:
    words = re.findall(r"\S+", before)
    n = min(len(short) + 5, len(short) * 2)
    cand = " ".join(words[-n:])
    # a long form does not cross a clause boundary
    cut = max(cand.rfind(p) for p in (";", ":", ". ", "(", ")", "“", "\""))
    if cut >= 0:
        cand = cand[cut + 1:]
    return cand.strip()


def _accept(short: str, long: Optional[str]) -> bool:
    if not long:
        return False
    if len(long) <= len(short):
        return False
    if len(long.split()) < 2 and not re.search(r"[-/]", long):
        # one-word long forms only when the short form is a hyphenated/compound match
        if not (len(short) <= 4 and long[:1].lower() == short[:1].lower() and len(long) > len(short) + 3):
            return False
    if short.lower() in long.lower().split():
        return False
    if re.search(r"\d{4}|[=<>]", long):  # citations and statistics
        return False
    return True


def find_abbreviations(sentences: SentenceIndex) -> tuple[dict[str, str], list[Abbreviation]]:
    """({short: long}, the definitions with their sources) for the body paragraphs."""
    pairs: dict[str, str] = {}
    facts: list[Abbreviation] = []
    for paragraph in sentences.paragraphs:
        if not paragraph or paragraph[0].role in SKIPPED_ROLES:
            continue
        first = paragraph[0]
        text = first.paragraph_text
        for m in _PAREN_RE.finditer(text):
            inner = m.group(1).strip()
            before = text[:m.start()].rstrip()
            found = None
            # "long form (SHORT)" or "long form (SHORT; ...)"
            short = re.split(r"[;,]\s", inner)[0].strip()
            if _valid_short(short) and not before.endswith(("(", "-")):
                long = best_long_form(short, _candidate_long(before, short))
                long = long.strip(" ,;:\"'“”") if long else long
                if _accept(short, long) and not _looks_like_short(long):
                    found = (short, long, m.start() - len(long) - (len(before) - len(before.rstrip())) - 0)
            if not found:
                # reversed: "SHORT (long form)"
                w = re.search(r"([A-Z][A-Za-z0-9-]{1,9})\s*$", before)
                if w and _valid_short(w.group(1)) and _looks_like_short(w.group(1)) and \
                        len(inner.split()) >= 2 and not re.search(r"\d{4}|[=<>:]", inner):
                    long = best_long_form(w.group(1), inner)
                    if long == inner and _accept(w.group(1), long) and not _looks_like_short(inner):
                        found = (w.group(1), inner, w.start())
            if not found:
                continue
            short, long, _ = found
            if short in pairs:
                continue
            pairs[short] = long
            lstart = text.rfind(long, 0, m.end())
            start = min(lstart if lstart >= 0 else m.start(), m.start())
            facts.append(Abbreviation(short=short, long=long, source=first.span(start, m.end())))
    return pairs, facts


def _looks_like_short(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9-]{1,10}", s)) and sum(c.isupper() for c in s) >= max(1, len(s) // 2)
