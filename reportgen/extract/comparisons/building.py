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
from .labels import (
    arm_label,
    current_period,
    is_prior_period,
    measure_and_population,
    period_phrase,
    sentence_arms,
    strip_label,
)
from .scan import Pair, Scan
from .vocabulary import (
    CHANGE_AFTER_RE,
    CHANGE_BEFORE_RE,
    CHANGE_WORD_AFTER,
    CHANGE_WORD_BEFORE,
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


# the words that print a figure as a loss ("net loss of", "a loss of approximately") or as income
_LOSS_BEFORE_RE = re.compile(r"\b(?:(?:net|gross|operating|pre-?tax|comprehensive|EBITDA|EBIT)\s+)?loss(?:es)?"
                             r"(?:\s+attributable\s+to(?:\s+[\w-]+){1,4}?)?\s+(?:(?:of|was|were)\s+)?"
                             r"(?:approximately\s+|about\s+)?$", re.I)
_INCOME_BEFORE_RE = re.compile(r"\b(?:(?:net|gross|operating|pre-?tax|adjusted)\s+)?(?:income|profit|earnings|EBITDA|EBIT)\s+(?:of\s+)?"
                               r"(?:approximately\s+|about\s+)?$", re.I)


# after a figure, the next figure's measure: ", and net income of ", " and operating margin was "
_LISTED_MEASURE_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:and|while|whereas|but|with)\s+(?P<m>(?:the\s+|its\s+|our\s+)?"
                                r"[A-Za-z][A-Za-z -]{2,50}?\s+(?:of|was|were|totaled|totalled|at|reached|came\s+in\s+at)?\s*)$",
                                re.I)


# "organic sales growth of 3%", "organic growth of": the basis printed right before a change
_BASIS_JUST_BEFORE_RE = re.compile(r"\b(?P<o>organic)\s+(?:sales\s+|revenue\s+)?(?:growth|increase|decline|decrease)\s+"
                                   r"(?:of\s+)?(?:approximately\s+|about\s+)?$", re.I)
# the basis a figure is stated on: before it ("On a non-GAAP basis, ..."), or right after it ("up 6% organically")
_BASIS_BEFORE_RE = re.compile(r"\b(?:on|in)\s+an?\s+(?P<b>non-GAAP|GAAP|adjusted|IFRS|pro\s+forma|underlying|"
                              r"comparable|constant[- ]currency|organic|like-for-like)\s+basis\b", re.I)
_BASIS_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:(?P<b>organically)\b|(?P<o>organic)\s+(?:sales\s+|revenue\s+)?"
                             r"(?:growth|increase|decline|decrease|change)\b|(?:(?:in|at)\s+|on\s+an?\s+)"
                             r"(?P<c>constant[- ]currency|constant\s+exchange\s+rates?|like-for-like|organic)\b)", re.I)


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
    lo, at = _own_clause(scan, lo, at, arms)
    at = _first_figure(scan, lo, at)
    colon = re.search(r":\s+(?=[^:]*[A-Za-z][^:]*$)", text[lo:at])
    if colon and re.search(r"[A-Za-z]{2}", text[lo + colon.end():at]) and \
            re.search(r"\b(?:was|were|is|are)\b", text[lo:lo + colon.start()]):
        lo = lo + colon.end()
    measure, population = measure_and_population(scan, lo, at, first, arms)
    _say_losses(scan, arms, measure)
    _say_directions(scan, arms)
    measure = _with_basis(text, lo, first, end, measure)
    stats = sentence_stats(text)
    n = N_RE.search(text)
    comparison = Comparison(measure=measure, population=population, arms=arms, change=None, p_value=stats.p_value,
                            ci=stats.ci, hazard_ratio=stats.hazard_ratio,
                            n=int(n.group("num").replace(",", "")) if n else None, kind=kind)
    return Draft(comparison, scan.sentence, at, first, end)


def _own_clause(scan: Scan, lo: int, at: int, arms: list[Arm]) -> tuple[int, int]:
    """Where the words naming the figure at `at` start, and the figure they name: "Revenue was $1.2 billion and
    net income $250 million, ...": from "net income"; "profit of $6 billion, or $6.43 per diluted share": the
    per-share figure is the profit's, named before the figure it restates."""
    prev = [x for x in scan.qs if lo <= x.start and x.end <= at]
    if not prev:
        return lo, at
    x = max(prev, key=lambda q: q.end)
    if arms and arms[0].unit and "share" in arms[0].unit and re.fullmatch(r"\s*,?\s*or\s*", scan.text[x.end:at]):
        return _own_clause(scan, lo, x.start, [])
    listed = _LISTED_MEASURE_RE.match(scan.text, x.end, at)
    return (listed.start("m") if listed else lo), at


def _with_basis(text: str, lo: int, first: int, end: int, measure: Optional[str]) -> Optional[str]:
    """The measure with the basis the release states it on: "On a non-GAAP basis, gross margin was ..." ->
    "Non-GAAP gross margin"; "up 6% organically", "6% organic growth", "+4% at constant currency" ->
    "Sales (organic)". (Reported and organic growth are different figures: the frame is part of the fact.)"""
    if not measure:
        return measure
    pre = _BASIS_BEFORE_RE.search(text, 0, first)
    if pre and pre.start() >= text.rfind(";", 0, first) and not re.search(
            re.escape(pre.group("b").split()[0]), measure, re.I):
        b = pre.group("b")
        rest = measure if re.match(r"[A-Z]{2}", measure) else measure[0].lower() + measure[1:]
        measure = f"{b[0].upper()}{b[1:]} {rest}"
    post = _BASIS_AFTER_RE.match(text, end) or _BASIS_JUST_BEFORE_RE.search(text, max(0, first - 45), first)
    if post and not re.search(r"organic|currenc|like-for-like", measure, re.I):
        basis = next(v for v in post.groupdict().values() if v).lower()
        measure = f"{measure} ({'organic' if basis.startswith('organic') else basis})"
    return measure


def _figure_of(scan: Scan, a: Arm) -> Optional[Quantity]:
    """The figure of the sentence an arm was made from (its text as printed)."""
    return next((x for x in scan.qs if a.text and x.text == a.text), None)


def _say_directions(scan: Scan, arms: list[Arm]) -> None:
    """Two arms that are changes in opposite directions ("a reduction of 16.5%, compared to an increase of 3.3%
    for placebo") keep the words that say which way each went (the values stay the sizes of the changes, as for
    every change): "16.5%" against "3.3%" would read as two falls, or two rises."""
    qs = [_figure_of(scan, a) for a in arms]
    directions = [scan.changes.get(id(q)) if q is not None else None for q in qs]
    directions = [{"reduction": "decrease"}.get(d, d) for d in directions]
    if len(arms) != 2 or not all(d in ("increase", "decrease") for d in directions) or directions[0] == directions[1]:
        return
    for a, q in zip(arms, qs):  # the change words the scan read them by
        before = CHANGE_BEFORE_RE.search(scan.text[max(0, q.start - CHANGE_WORD_BEFORE):q.start])
        after = CHANGE_AFTER_RE.match(scan.text[q.end:q.end + CHANGE_WORD_AFTER])
        if before:
            a.text = before.group() + a.text
        elif after:
            a.text = a.text + after.group().rstrip()


def _say_losses(scan: Scan, arms: list[Arm], measure: Optional[str]) -> None:
    """An arm printed as a loss under a measure of income ("net income was $2.2 million, compared with net loss
    of $22.9 million") keeps the words that say so, and its value is negative; an arm printed as income under a
    measure of loss keeps its words too. (A bare "$22.9 million" under "net income" would say the opposite.)"""
    loss_measure = bool(re.search(r"\b(?:loss|losses|deficit)\b", measure or "", re.I))
    said = _INCOME_BEFORE_RE if loss_measure else _LOSS_BEFORE_RE
    for a in arms:
        q = _figure_of(scan, a)
        if q is None:
            continue
        m = _said(scan, q, said)
        if not m:
            continue
        words = m.group()
        if not re.search(r"\bof\s+(?:approximately\s+|about\s+)?$", words):  # "net loss ... was $80.0 million"
            words = re.match(r".*?\b(?:loss(?:es)?|income|profit|earnings)\b", words, re.I).group() + " of "
        a.text = words + a.text
        if a.label and a.label.lower() in a.text.lower():
            a.label = None  # ("a net loss of": the words are no label)
        if not loss_measure and a.value is not None and a.value > 0:
            a.value = -a.value


def _said(scan: Scan, q: Quantity, said: re.Pattern, depth: int = 0) -> Optional[re.Match]:
    """The words before figure `q` that print it as a loss (or as income): right before it; for an amount per
    share, before the sum it restates ("net loss of $80.0 million, or $0.81 per share"); for a figure listed
    after another of its kind with no verb between, the other's ("net losses of $90.4 million ... and $376.7
    million")."""
    m = said.search(scan.text, max(0, q.start - 70), q.start)
    if m or depth > 3:
        return m
    earlier = [x for x in scan.qs if x.end <= q.start]
    x = max(earlier, key=lambda x: x.end, default=None)
    if x is not None and q.cls == "eps" and re.fullmatch(r"\s*,?\s*or\s*", scan.text[x.end:q.start]):
        return _said(scan, x, said, depth + 1)
    y = max((x for x in earlier if x.cls == q.cls), key=lambda x: x.end, default=None)
    if y is not None and re.search(r"\band\s+$", scan.text[:q.start]) and not re.search(
            r"\b(?:was|were|is|are|income|profit|earnings|loss|losses|compared|versus|vs)\b", scan.text[y.end:q.start], re.I):
        return _said(scan, y, said, depth + 1)
    return None


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
        bracket = masked.find("(", first.end, second.start)
        return (period_phrase(text[clause:first.start], last=True) or
                current_period(text[first.end:bracket if bracket >= 0 else second.start]),
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
    if is_prior_period(arms[0].label) and (not arms[1].label or is_prior_period(arms[1].label)):
        arms[0].label = None  # ("... compared with the prior year": that period is the other arm's)
