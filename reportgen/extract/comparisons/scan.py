"""The scan of one sentence: its figures, which of them are changes, which are thresholds."""

from __future__ import annotations

import re
from typing import Optional

from ..numbers import _WORDNUM, Quantity, clean_value, parse_number
from .vocabulary import CHANGE_AFTER_RE, CHANGE_BEFORE_RE, DIRECTION, NOT_CHANGE_BY

_DIFFERENCE_RE = re.compile(r"\bdifference\s+(?:from|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:the\s+)?"
                            r"(?:placebo|control|vehicle|sham)\b[^.;]{0,80}?(?:\bwas|\bof|:)\s+(?:approximately\s+)?$",
                            re.I)


_VS_CONTROL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)\s+"
                                  r"(?:the\s+)?(?:placebo|sham|vehicle|control)\b", re.I)


def is_change(masked: str, q: Quantity) -> Optional[str]:
    """The direction word when quantity `q` is a change (4.6 percent increase), else None."""
    if q.cls == "dose":
        return None  # "the lower 150 mg dose": a dose is never a result
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
    before = masked[max(0, q.start - 60):q.start]
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
    after = masked[q.end:q.end + 40]
    m = CHANGE_AFTER_RE.match(after)
    if m:
        return DIRECTION.get(m.group("word").lower(), "change")
    return None


def adjectival(q: Quantity) -> bool:
    """"13-week fiscal quarter", "36-week trial": a duration used as an adjective, not a result."""
    return q.cls == "duration" and "-" in q.text


def pair_key(q: Quantity) -> tuple:
    if q.cls in ("number", "scaled"):
        return ("number", q.unit)
    if q.cls == "money":
        return ("money", None)
    if q.cls == "count":
        return ("count", q.unit)
    return (q.cls, None)


def in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


CI_LEVEL_RE = re.compile(r"\b\d{2}(?:\.\d)?\s?%\s?(?:CI|confidence\s+intervals?|C\.I\.)[\s,:]*(?:\(?\s*"
                         r"[-−]?\d*\.?\d+\s*%?\s*(?:[-–—,]|to)\s*[-−]?\d*\.?\d+\s*%?)?", re.I)
RANGE_RE = re.compile(r"\(\s*(?:range|IQR|interquartile\s+range)\b[^)]*\)", re.I)


_ZERO_ARM_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than|and|while|whereas|but)\s+"
                          r"(?:in\s+)?(?:(?P<z>none|no\s+(?:patients|subjects|participants|one|cases|events)|zero)\b|"
                          r"(?P<w>" + _WORDNUM + r")(?=\s+(?:on|in|with|among|for|receiving|given)\s))", re.I)


def zero_arms(masked: str, qs: list[Quantity]) -> list[Quantity]:
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
