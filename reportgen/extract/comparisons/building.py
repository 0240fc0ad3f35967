"""Building comparisons: a pair of figures or a single figure becomes a `Comparison` (kind, arms, measure,
population, statistics), held in a `Draft` with its place in the sentence until the paragraph is done."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

from reportgen.model import Arm, Comparison, ConfidenceInterval, PValue
from reportgen.text.dates import DATE_RE
from reportgen.text.sentences import Sentence

from ..numbers import CI_RE, HR_RE, N_RE, P_VALUE_RE, Quantity, p_value_from_match
from .labels import arm_label, measure_and_population, period_phrase, sentence_arms, strip_label
from .scan import Pair, Scan
from .vocabulary import (
    CLINICAL_CONTEXT_RE,
    CONNECTOR_RE,
    CONTROL_ARM_RE,
    FINANCE_WORDS_RE,
    FORECAST_RE,
    PERIOD_WORDS_RE,
    PRIOR_RE,
)

TVC, POP, CFB = "treatment-vs-control", "period-over-period", "change-from-baseline"

# "$1.55 per share on March 3, 2024": the date printed after a figure is its arm's label
_DATED_RE = re.compile(r"\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:on|at|as\s+of)\s+(" + DATE_RE.pattern + ")")


@dataclass
class Draft:
    """A comparison being built, and where it sits: the sentence it is found in, its first figure (`at`,
    which orders the comparisons of a sentence), where the rule found it (`first`, before a leading time
    point is skipped), the end of its last figure, and the last sentence it reads when it reads more than one."""

    comparison: Comparison
    sentence: Sentence
    at: int
    first: int
    end: int
    last: Optional[Sentence] = None


class Stats(NamedTuple):
    """The statistics printed in a sentence (the first of each)."""

    p_value: Optional[PValue]
    ci: Optional[ConfidenceInterval]
    hazard_ratio: Optional[float]


def sentence_stats(text: str) -> Stats:
    m = P_VALUE_RE.search(text)
    p_value = PValue(**p_value_from_match(m)) if m else None
    m = HR_RE.search(text)
    hazard_ratio = float(m.group("num")) if m else None
    m = CI_RE.search(text)
    ci = ConfidenceInterval(level=float(m.group("level")), low=float(m.group("lo").replace("−", "-")),
                            high=float(m.group("hi").replace("−", "-")), text=m.group().strip()) if m else None
    return Stats(p_value, ci, hazard_ratio)


def arm(q: Quantity, label: Optional[str] = None) -> Arm:
    """The arm whose figure is `q`."""
    return Arm(label=label, value=q.value, unit=q.unit, text=q.text)


def build(scan: Scan, at: int, kind: str, arms: list[Arm], end: int, lo: Optional[int] = None) -> Draft:
    """The comparison found at offset `at` of the scanned sentence, its measure and population read from
    its clause (from `lo`, by default the last ';' before it), its statistics from the whole sentence."""
    text, masked = scan.text, scan.masked
    if lo is None:
        lo = max(masked.rfind(";", 0, at) + 1, 0)
    first = at
    at = _first_figure(scan, lo, at)
    colon = re.search(r":\s+(?=[^:]*[A-Za-z][^:]*$)", text[lo:at])
    if colon and re.search(r"[A-Za-z]{2}", text[lo + colon.end():at]) and \
            re.search(r"\b(?:was|were|is|are)\b", text[lo:lo + colon.start()]):
        lo = lo + colon.end()
    measure, population = measure_and_population(scan, lo, at, first, arms)
    stats = sentence_stats(text)
    n = N_RE.search(text)
    comparison = Comparison(measure=measure, population=population, arms=arms, change=None, p_value=stats.p_value,
                            ci=stats.ci, hazard_ratio=stats.hazard_ratio,
                            n=int(n.group("num").replace(",", "")) if n else None, kind=kind)
    return Draft(comparison, scan.sentence, at, first, end)


def _first_figure(scan: Scan, lo: int, at: int) -> int:
    """Where the clause's first figure starts.
    ("After 12 weeks, LDL-C was lowered ...": a time point leading the sentence is not its first figure)"""
    masked = scan.masked
    return next((q.start for q in scan.qs if q.start >= lo and q.cls != "dose" and not (
        q.cls == "duration" and re.fullmatch(r"\s*(?:at|after|through|over|by|in|within)\s+(?:the\s+)?(?:first\s+)?",
                                             masked[lo:q.start], re.I) and re.match(r"[^,;]{0,25},", masked[q.end:]))),
                at)


def pair_comparisons(scan: Scan) -> list[Draft]:
    """A comparison of each pair of the sentence, in the order of their figures (guidance against the
    prior guidance is no comparison of results)."""
    scan.pairs.sort(key=lambda p: min(p.a.start, p.b.start))
    drafts = [_pair_comparison(scan, pair) for pair in scan.pairs]
    return [d for d in drafts if d is not None]


def _guidance(scan: Scan, first: Quantity, second: Quantity) -> bool:
    """Whether the pair is a forecast against the prior forecast ("lifted its outlook to ..., from a prior range of")."""
    text = scan.text
    return bool(FORECAST_RE.search(text) and re.search(
        r"\b(?:guidance|outlook|forecast|(?:prior|previous)\s+range|range\s+of)\b",
        text[max(0, scan.masked.rfind(";", 0, first.start) + 1):second.end], re.I))


def _pair_comparison(scan: Scan, pair: Pair) -> Optional[Draft]:
    """The comparison of one pair: its arms in order (current first), labelled, and its kind."""
    text = scan.text
    first, second = (pair.a, pair.b) if pair.a.start < pair.b.start else (pair.b, pair.a)
    label1, label2 = _pair_labels(scan, pair, first, second)
    if _guidance(scan, first, second):
        return None
    order = [pair.b, pair.a] if pair.how == "to-from" else [pair.a, pair.b]
    arms = [arm(q, label1 if q is first else label2) for q in order]
    if arms[0].unit is None and arms[1].unit:
        arms[0].unit = arms[1].unit
    if arms[1].unit is None and arms[0].unit:
        arms[1].unit = arms[0].unit
    kind = _pair_kind(scan, pair, arms, first, second)
    if kind == TVC and not (arms[0].label and arms[1].label):
        t_label, c_label = sentence_arms(text)
        arms[0].label = arms[0].label or t_label
        arms[1].label = arms[1].label or c_label
    if pair.how in ("from-to", "to-from") and kind == TVC and not (
            arms[0].label and arms[1].label and arms[0].label != arms[1].label and
            (CONTROL_ARM_RE.search(arms[0].label) or CONTROL_ARM_RE.search(arms[1].label))):
        # ("64.8% of patients who received X, up from 51.2% among those randomized to placebo": two arms)
        kind = POP if PERIOD_WORDS_RE.search(text) or (
            FINANCE_WORDS_RE.search(text) and not CLINICAL_CONTEXT_RE.search(text)
            and not re.search(r"\bbaseline\b", text, re.I)) else CFB
    if pair.how == "from-to" and kind == POP:
        # "declined from $20.09 ... to $4.65": the later figure is the current arm, the earlier the prior
        arms.reverse()
        order.reverse()
    if kind == POP:
        _period_labels(scan, pair, arms, order, first, second)
    return build(scan, first.start, kind, arms, second.end)


def _pair_labels(scan: Scan, pair: Pair, first: Quantity, second: Quantity) -> tuple[Optional[str], Optional[str]]:
    """The labels of the first and the second figure as printed."""
    text, masked = scan.text, scan.masked
    if pair.how == "paren":
        # "Q4 revenue: $412.3 million (Q4 2023: $377.9 million)": the bracket's label is the prior arm's
        clause = max(masked.rfind(";", 0, first.start), masked.rfind(". ", 0, first.start)) + 1
        return (period_phrase(text[clause:first.start], last=True),
                pair.second_label or period_phrase(text[second.end:pair.hi]) or None)
    if pair.how == "arms":
        label1, label2 = (strip_label(x) for x in pair.labels)
        return label1, label2
    return arm_label(text, first, pair.lo, second.start), arm_label(text, second, first.end, pair.hi)


def _pair_kind(scan: Scan, pair: Pair, arms: list[Arm], first: Quantity, second: Quantity) -> str:
    """The kind of a pair's comparison from its arms, its words and the sentence."""
    text = scan.text
    if pair.how == "paren":
        return POP
    kind = _kind(text, " ".join(a.label or "" for a in arms) + " " + text[first.end:second.start], [pair.a, pair.b])
    if kind == TVC and PRIOR_RE.search(text[second.end:second.end + 40]) and \
            not CONTROL_ARM_RE.search(text) and not CLINICAL_CONTEXT_RE.search(text):
        kind = POP  # "... over 1,330 a year earlier": the second figure's period follows it
    if kind == TVC and not (CLINICAL_CONTEXT_RE.search(text) or CONTROL_ARM_RE.search(text) or
                            re.search(r"\b(?:group|cohort|treated|dose|study|trial)\b", text, re.I)) and \
            re.search(r"\b(?:ratio|margin|yield|rate|spread)\b", text, re.I) and \
            re.search(r"\bfrom\b", scan.masked[first.end:second.start]) and \
            (FINANCE_WORDS_RE.search(text) or re.search(r"\b(?:efficiency|leverage|capital|payout|tax)\b", text, re.I)):
        kind = POP  # "The efficiency ratio worsened to 61.4% from 58.9%": no arms, a results ratio
    return kind


def _kind(text: str, arms_text: str, quantities: list[Quantity]) -> str:
    """Period over period when the arms (or the words between them) name periods, the figures are money,
    or the sentence speaks of periods and finance and not of a trial; else treatment against control."""
    if PERIOD_WORDS_RE.search(arms_text):
        return POP
    if any(q.cls in ("money", "eps") for q in quantities):
        return POP
    if PERIOD_WORDS_RE.search(text) and FINANCE_WORDS_RE.search(text) and not re.search(
            r"\b(?:placebo|control|arm|patients|treated)\b", text, re.I):
        return POP
    return TVC


def _period_labels(scan: Scan, pair: Pair, arms: list[Arm], order: list[Quantity], first: Quantity,
                   second: Quantity) -> None:
    """Each arm of a period-over-period comparison labelled with its period: the date after its figure,
    the period phrase of its label, or the period printed after (or for the first, before) its figure."""
    text = scan.text
    for a, q in zip(arms, order):
        dm = _DATED_RE.match(text[q.end:q.end + 50])
        if dm and (not a.label or re.fullmatch(r"(?:19|20)\d\d", a.label)):
            a.label = dm.group(1)
            continue
        if a.label and PERIOD_WORDS_RE.search(" " + a.label):
            # "first-quarter 2021 profit per share of" -> "first-quarter 2021"
            per = period_phrase(a.label)
            if per and len(per) < len(a.label) and re.search(r"\d|prior|previous|year[- ]ago|same|last", per):
                a.label = per
        if not a.label or not PERIOD_WORDS_RE.search(" " + a.label):
            seg = text[q.end:pair.hi] if q is second else text[q.end:second.start]
            if pair.how == "paren" and q is first:
                seg = ""
            elif q is first:
                cut = CONNECTOR_RE.search(seg)  # the other arm's period is not this one's
                seg = seg[:cut.start()] if cut else seg
            per = period_phrase(seg) or (period_phrase(text[pair.lo:q.start], last=True) if q is first else None)
            if per:
                a.label = per
