"""The scan of one sentence: its figures, which of them are changes, which are thresholds.

A `Scan` is what every rule of one sentence reads and writes: the sentence, its text with dates
masked (same offsets), its figures, the change word of each (or "threshold", or None), which
figures the rules have used, and the pairs found so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from reportgen.text.sentences import Sentence

from ..numbers import _WORDNUM, CI_RE, Quantity, clean_value, find_quantities, mask_dates, parse_number
from .vocabulary import (
    CHANGE_AFTER_RE,
    CHANGE_BEFORE_RE,
    CHANGE_WORD_AFTER,
    CHANGE_WORD_BEFORE,
    DIRECTION,
    MAX_QUANTITIES,
    MAX_SENTENCE_CHARS,
    NOT_CHANGE_BY,
)

_DIFFERENCE_RE = re.compile(r"\bdifference\s+(?:from|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:the\s+)?"
                            r"(?:placebo|control|vehicle|sham)\b[^.;]{0,80}?(?:\bwas|\bof|:)\s+(?:approximately\s+)?$",
                            re.I)
_VS_CONTROL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)\s+"
                                  r"(?:the\s+)?(?:placebo|sham|vehicle|control)\b", re.I)
# statistics that are no figures of their own: CI bounds, ranges
_CI_LEVEL_RE = re.compile(r"\b\d{2}(?:\.\d)?\s?%\s?(?:CI|confidence\s+intervals?|C\.I\.)[\s,:]*(?:\(?\s*"
                          r"[-−]?\d*\.?\d+\s*%?\s*(?:[-–—,]|to)\s*[-−]?\d*\.?\d+\s*%?)?", re.I)
_RANGE_RE = re.compile(r"\(\s*(?:range|IQR|interquartile\s+range)\b[^)]*\)", re.I)
_ZERO_ARM_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than|and|while|whereas|but)\s+"
                          r"(?:in\s+)?(?:(?P<z>none|no\s+(?:patients|subjects|participants|one|cases|events)|zero)\b|"
                          r"(?P<w>" + _WORDNUM + r")(?=\s+(?:on|in|with|among|for|receiving|given)\s))", re.I)


@dataclass
class Pair:
    """Two figures a rule pairs as the arms of one comparison, in the rule's order.

    `how` is the form: "versus", "change-versus", "from-to", "to-from", "paren" (the prior
    period's figure in brackets, the bracket's label second in `labels`) or "arms" (`labels` the
    two arms as printed). `labels` holds the two labels as the rule found them. `lo`/`hi` bound the clause
    the labels are looked for in."""

    a: Quantity
    b: Quantity
    lo: int
    hi: int
    how: str
    labels: tuple[str, str] = ("", "")

    @property
    def second_label(self) -> str:
        return self.labels[1]


@dataclass
class Scan:
    """One sentence as the rules read it; `changes` and `used` are keyed by id() of a figure."""

    sentence: Sentence
    prev: list[Sentence]                  # the sentences before it in its paragraph
    abbreviations: dict[str, str]
    masked: str                           # the text with dates, years and period codes masked
    qs: list[Quantity]                    # the figures the rules read, in order
    figures: list[Quantity] = field(default_factory=list)  # all its figures as printed (found once)
    changes: dict[int, Optional[str]] = field(default_factory=dict)  # direction, "threshold" or None
    used: set[int] = field(default_factory=set)
    pairs: list[Pair] = field(default_factory=list)
    absolute: dict[int, Quantity] = field(default_factory=dict)  # relative change -> its absolute change

    @property
    def text(self) -> str:
        return self.sentence.text

    def fresh(self) -> Scan:
        """The same sentence as read before any rule: every figure, nothing used."""
        return Scan(self.sentence, self.prev, self.abbreviations, self.masked, self.figures, self.figures)

    def pair(self, a: Quantity, b: Quantity, lo: int, hi: int, how: str, labels: tuple[str, str] = ("", "")) -> None:
        self.pairs.append(Pair(a, b, lo, hi, how, labels))
        self.used.update({id(a), id(b)})


def read(sentence: Sentence, prev: list[Sentence], abbreviations: dict[str, str]) -> Scan:
    """The sentence with its figures as printed (no figure set aside yet)."""
    masked = mask_dates(sentence.text)
    figures = find_quantities(sentence.text, masked)
    return Scan(sentence, prev, abbreviations, masked, figures, figures)


def prepare(scan: Scan) -> bool:
    """Set aside the figures that are no results, and mark changes and thresholds. False when the
    sentence gives no comparison at all (no figure, or a table flattened into text)."""
    masked = scan.masked
    qs = _results(masked, scan.qs)
    if not qs:
        return False
    if len(qs) > MAX_QUANTITIES or len(scan.text) > MAX_SENTENCE_CHARS:  # a table flattened into text, not a sentence
        return False
    qs = [q for q in qs if not re.match(r"\s*(?:common\s+)?(?:equivalent\s+|weighted\s+average\s+)?(?:common\s+)?"
                                        r"(?:shares|ordinary\s+shares|ADSs)\b", masked[q.end:q.end + 40])]
    scan.qs = _zero_arms(masked, qs)
    scan.changes = {id(q): is_change(masked, q) for q in scan.qs}
    for q in scan.qs:
        if _threshold(masked, q):
            scan.changes[id(q)] = scan.changes[id(q)] or "threshold"
    return True


def _results(masked: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures that can be results: not the bounds of a CI or a range, not the count before its
    percentage ("18 (60%)")."""
    stats = [m.span() for r in (CI_RE, _CI_LEVEL_RE, _RANGE_RE) for m in r.finditer(masked)]
    qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in stats)]
    return [q for q in qs if not (q.cls in ("number", "count") and q.unit in (None, "patients", "subjects", "participants")
                                  and re.match(r"\s*\(\s*\d+(?:\.\d+)?\s?%\s*\)", masked[q.end:q.end + 12]))]


def _threshold(masked: str, q: Quantity) -> bool:
    """"at least 50%", "5% or more": a bound, not a result."""
    return bool(re.match(r"\s*(?:or|and)\s+(?:higher|more|greater|above|less|lower|below|fewer|over|under)\b",
                         masked[q.end:q.end + 25]) or (
        re.search(r"\b(?:at\s+least|up\s+to|more\s+than|less\s+than|greater\s+than|fewer\s+than|at\s+most|over|under|"
                  r"below|above|exceeding|within|[<>≤≥])\s*$", masked[max(0, q.start - 20):q.start]) and not re.search(
            # "an increase of 6% over 11,700": "over" after a change introduces the prior figure
            r"(?:\d\s?(?:%|percent|per\s+cent|points?|bps)|\b(?:increase|growth|gain|rise|improvement))\s+(?:over|above|"
            r"under|below)\s*$", masked[max(0, q.start - 30):q.start], re.I)))


def is_change(masked: str, q: Quantity) -> Optional[str]:
    """The direction word when quantity `q` is a change (4.6 percent increase), else None."""
    if q.cls == "dose":
        return None  # "the lower 150 mg dose": a dose is never a result
    return _bracket_or_difference(masked, q) or _change_word(masked, q)


def _bracket_or_difference(masked: str, q: Quantity) -> Optional[str]:
    """A change printed in brackets after "unchanged", or a difference from the control arm."""
    if re.search(r"\b(?:unchanged|stable|flat|little\s+changed|no\s+change)\s*\(\s*$", masked[max(0, q.start - 30):q.start],
                 re.I) and re.match(r"\s*\)", masked[q.end:]):
        return "change"  # "remaining essentially unchanged (−3%)": the bracket gives the change
    if _DIFFERENCE_RE.search(masked[max(0, q.start - 140):q.start]):
        return "difference"
    if re.search(r"\b(?:placebo|vehicle|sham|control)[- ](?:adjusted|corrected|subtracted)\b[^.;\d]{0,60}?"
                 r"(?:\bwas|\bof|:)\s+(?:approximately\s+)?$", masked[max(0, q.start - 90):q.start], re.I):
        return "difference"  # "The placebo-adjusted reduction in lipoprotein(a) was 27 percent"
    if q.cls == "percent":
        vc = _VS_CONTROL_AFTER_RE.match(masked[q.end:])
        if vc and not re.match(r"[^.;]*?\d[\d.,]*\s?(?:%|percent|per\s+cent)", re.sub(r"\([^()]*\)", "", masked[q.end + vc.end():])):
            return "difference"  # "Slowing of decline on the CDR-SB was 27% relative to placebo": no control figure
        vm = re.search(r"\b(?P<v>increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|reduced|jumped)\s+"
                       r"to\s+[^,;]{1,30},?\s+or\s+(?:approximately\s+|about\s+)?$", masked[max(0, q.start - 70):q.start], re.I)
        if vm:
            return DIRECTION.get(vm.group("v").lower(), "change")
    if re.search(r"\b(?:difference|differences)\b", masked[max(0, q.start - 120):q.start], re.I) and \
            _VS_CONTROL_AFTER_RE.match(masked[q.end:]):
        return "difference"
    return None


def _change_word(masked: str, q: Quantity) -> Optional[str]:
    """The direction of the change word before the figure ("increased by 4%") or after it ("a 4% increase")."""
    before = masked[max(0, q.start - CHANGE_WORD_BEFORE):q.start]
    m = CHANGE_BEFORE_RE.search(before)
    if m:
        w = re.match(r"\w+", m.group().strip())
        word = w.group().lower() if w else ""
        if word == "by":
            prev = re.search(r"(\w+)\s+by\s+(?:\w+\s+)?$", before)
            word = prev.group(1).lower() if prev else "by"
            if word in NOT_CHANGE_BY:
                return None
            if word not in DIRECTION:
                return "change"
        return DIRECTION.get(word, "change")
    after = masked[q.end:q.end + CHANGE_WORD_AFTER]
    m = CHANGE_AFTER_RE.match(after)
    if m:
        return DIRECTION.get(m.group("word").lower(), "change")
    return None


def adjectival(q: Quantity) -> bool:
    """"13-week fiscal quarter", "36-week trial": a duration used as an adjective, not a result."""
    return q.cls == "duration" and "-" in q.text


def pair_key(q: Quantity) -> tuple:
    """Figures that can be two arms of one comparison have the same key (kind, and unit where it matters)."""
    if q.cls in ("number", "scaled"):
        return ("number", q.unit)
    if q.cls == "money":
        # (not two currencies: "NT$2.15 (or US$0.134 per ADS)")
        sign = (q.unit or "$").split()[0]
        return ("money", "$" if sign in ("$", "US$", "USD") else sign)
    if q.cls == "count":
        return ("count", q.unit)
    return (q.cls, None)


def in_brackets(text: str, at: int) -> bool:
    """Whether offset `at` of `text` is inside an open bracket."""
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _zero_arms(masked: str, qs: list[Quantity]) -> list[Quantity]:
    """"61 percent of patients ..., versus none in the aflibercept arm": an arm of 0 in the unit of the figure
    it answers (the nearest result figure before it)."""
    out = list(qs)
    for m in _ZERO_ARM_RE.finditer(masked):
        g = "z" if m.group("z") else "w"
        if any(q.start <= m.start(g) < q.end for q in qs):
            continue
        ref = next((q for q in reversed(qs) if q.end <= m.start(g) and q.cls not in ("dose",) and not adjectival(q)
                    and (g == "w" or q.unit not in ("patients", "subjects", "participants"))), None)
        if ref is None or ref.cls not in (("percent", "count", "number") if g == "z" else ("count",)):
            continue  # ("nine patients on drug and one on placebo": a word number takes the count's noun)
        value = 0 if g == "z" else parse_number(m.group("w"))
        out.append(Quantity(m.start(g), m.end(g), masked[m.start(g):m.end(g)], clean_value(value), ref.unit, ref.cls))
    return sorted(out, key=lambda q: q.start)
