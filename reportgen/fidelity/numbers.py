"""Which numbers a text prints that its release lacks: values compared, not spellings.

`find_unsupported_numbers(text, release, allowed)` lists every number printed in `text` that is not
in the release's own text (headline, subheadlines, paragraphs, tables, quotes, dateline ...),
comparing values, not spellings: 15 == 15.0, "34 %" == "34 percent", 1,100 == 1100, "five" == 5,
"$1.1 billion" == "$1,100 million". Years and dates are not checked, nor the numbers in `allowed`
(page numbers, dates and the like that the caller puts there itself). Numbers glued to letters
("IL-2", "CTX112", "Q4", "3E10") are names, not figures, and are not checked either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from reportgen.model import Release
from reportgen.text.dates import DATE_RE
from reportgen.text.lexicon import WORD_NUMBERS, parse_number

_NUMBER_RE = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+")
_SCALE_RE = re.compile(r"\s?(?P<s>thousand|million|billion|trillion|bn|mn)\b", re.I)
_SCALES = {"thousand": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9, "trillion": 12}
_WORDS_RE = re.compile(r"(?<![\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                       r"(?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(WORD_NUMBERS) + r")(?![\w])",
                       re.I)
_NONE_RE = re.compile(r"\b(?:none|no\s+(?:patients|subjects|participants|one))\b", re.I)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _norm(s: str) -> Optional[Decimal]:
    try:
        d = Decimal(s.replace(",", "").replace("−", "-").lstrip("-"))
    except InvalidOperation:
        return None
    return d.normalize() if d != 0 else Decimal(0)


def _numbers(text: str) -> Iterator[tuple[str, Decimal, Optional[Decimal], int]]:
    """(as printed, value, value times its scale word or None, offset) for each figure in text."""
    dates = [(m.start(), m.end()) for m in DATE_RE.finditer(text)]
    for m in _NUMBER_RE.finditer(text):
        raw = m.group()
        start, end = m.start(), m.end()
        if raw[0] in "-−" and start > 0 and text[start - 1].isalnum():  # "IL-2", "COVID-19"
            continue
        if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "_"):  # "CTX112", "Q4"
            continue
        if start > 0 and text[start - 1].isdigit():
            continue
        after = text[end:end + 3]
        if after[:1].isalpha() and not _ORDINAL_SUFFIX.match(after) and after[:1] not in "xX":
            # "3E10", "2mg" is a figure with a glued unit: keep common units
            if not re.match(r"(?:mg|kg|ml|mL|g\b|mm|cm|km|bn|m\b|M\b|B\b|K\b|x\b|h\b|d\b|%)", text[end:end + 3]):
                continue
        if any(a <= start < b for a, b in dates):
            continue
        value = _norm(raw)
        if value is None:
            continue
        scaled = None
        sm = _SCALE_RE.match(text, end)
        if sm:
            scaled = (value * (Decimal(10) ** _SCALES[sm.group("s").lower()])).normalize()
        elif re.match(r"[MBK]\b", text[end:end + 2]) and start > 0 and text[max(0, start - 2):start].strip()[-1:] in "$€£":
            scaled = (value * (Decimal(10) ** {"K": 3, "M": 6, "B": 9}[text[end]])).normalize()
        yield raw, value, scaled, start


def _is_year(raw: str) -> bool:
    return bool(_YEAR_RE.fullmatch(raw))


def _strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("facts", "warnings", "input"):
                continue
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)


def release_numbers(release: Release) -> set[Decimal]:
    """Every value the release's text gives (raw and scaled), for comparison."""
    values: set[Decimal] = set()
    for s in _strings(release.model_dump()):
        for _raw, value, scaled, _ in _numbers(s):
            values.add(value)
            if scaled is not None:
                values.add(scaled)
        for w in _WORDS_RE.finditer(s):
            values.add(Decimal(int(parse_number(w.group()))))
        if _NONE_RE.search(s):
            values.add(Decimal(0))  # "versus none in the control arm": an arm of 0
    return values


def find_unsupported_numbers(text: str, release: Release, allowed: Iterable[str] = ()) -> list[str]:
    """The numbers printed in `text` that the release does not contain (each once, as printed)."""
    known = release_numbers(release)
    allowed_values = set()
    for a in allowed:
        for _raw, v, sc, _ in _numbers(str(a)):
            allowed_values.add(v)
            if sc is not None:
                allowed_values.add(sc)
    out: list[str] = []
    for raw, value, scaled, _ in _numbers(text):
        if _is_year(raw):
            continue
        if value in allowed_values or value in known or (scaled is not None and scaled in known):
            continue
        if raw not in out:
            out.append(raw)
    return out
