"""Comparisons across sentences of one paragraph: a figure and its prior period in the next sentence, a
result and the control arm's figure in the next sentence, and single results (a figure with its
statistic, the p-value perhaps a sentence or two later). Each reads only sentences no rule has taken."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Arm, Change, Comparison
from reportgen.text.sentences import Sentence

from ..numbers import HR_RE, P_VALUE_RE, Quantity
from .building import POP, TVC, Draft, arm, build, sentence_stats
from .labels import endpoint_measure, period_phrase, sentence_arms, strip_label
from .scan import Scan, in_brackets, is_change, pair_key
from .vocabulary import (
    CONTROL_ARM_RE,
    CONTROL_PHRASE_RE,
    FINANCE_WORDS_RE,
    FORECAST_RE,
    MAX_NEXT_CONTROL_CHARS,
    MAX_SINGLE_POPULATION_CHARS,
    P_VALUE_LOOKAHEAD,
    PRIOR_RE,
)

_VS_CONTROL_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|over|from|than|relative\s+to|against|"
                            r"(?:superior|inferior|non-inferior)\s+to)\s+"
                            r"(?:the\s+)?(?:those\s+(?:on|receiving|given)\s+)?(?P<ctl>(?:matching\s+)?"
                            r"(?:placebo|vehicle|sham)(?:\s+(?:group|arm|patients|cohort))?)\b", re.I)
_ANAPHORIC_COMPARE_RE = re.compile(r"^(?:this|that|these|which|it)\s+(?:compared?|compares|was\s+compared|"
                                   r"were\s+compared)\s+(?:with|to)\b", re.I)
_MEASURE_WORD_RE = re.compile(r"\b(?:earnings|revenues?|sales|net\s+(?:income|loss)|operating\s+(?:income|loss)|"
                              r"EPS|EBITDA|margin|profit|loss|expenses?|cash)\b", re.I)
_NEXT_CONTROL_RE = re.compile(
    r"^(?:(?:in|for|with|among|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:placebo|control|vehicle|sham)\b[^,;.]{0,30},?\s+"
    r"(?:it|this|that|the\s+(?:rate|figure|proportion|value|percentage|corresponding\s+\w+))\s+(?:was|were|is|reached|"
    r"stood\s+at)|(?:the\s+)?(?:corresponding\s+)?(?:rate|figure|proportion|value|percentage)\s+(?:for|with|in|on|among)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:placebo|control|vehicle|sham)\b[^,;.]{0,30}?\s+(?:was|were|is))\s+"
    r"(?:only\s+|just\s+|approximately\s+)?$", re.I)


def priors_in_next_sentences(scans: list[Scan], taken: set[int], release_date: Optional[str]) -> list[tuple[int, Draft]]:
    """Each pair of untaken neighbours where the second gives the first's figures for an earlier period."""
    found = []
    for k in range(1, len(scans)):
        if k in taken or k - 1 in taken:
            continue
        drafts = _prior_in_next_sentence(scans[k - 1], scans[k], release_date)
        if drafts:
            taken.update({k - 1, k})
            found += [(k - 1, d) for d in drafts]
    return found


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]


def _earlier_period_next(a: Sentence, b: Sentence, release_date: Optional[str]) -> bool:
    """Whether sentence `b` speaks of an earlier period than `a`, of the same measures, without forecasts or
    adjustments: "This compared with ..." says so; else years, "prior year" words and the release's date."""
    if _ANAPHORIC_COMPARE_RE.match(b.text):
        return True
    ya, yb = _years(a.text), _years(b.text)
    rel = int(release_date[:4]) if release_date else None
    if not (_MEASURE_WORD_RE.search(b.text) and _MEASURE_WORD_RE.search(a.text)):
        return False
    if ya and yb:
        if not min(ya) > max(yb):
            return False
    elif not (PRIOR_RE.search(b.text) or (yb and rel and max(yb) < rel)) or PRIOR_RE.search(a.text):
        return False
    elif ya and rel and max(ya) < rel - 1:
        return False
    if re.search(r"\b(?:excluding|included|includes|adjusted|one-time)\b", a.text + " " + b.text, re.I):
        return False
    return not re.search(r"\b(?:expects?|expected|anticipates?|guidance|outlook|will|forecasts?|looking\s+ahead)\b",
                         b.text, re.I)


def _prior_in_next_sentence(scan: Scan, next_scan: Scan, release_date: Optional[str]) -> list[Draft]:
    """A figure and, in the next sentence, the same figure for an earlier period:
    "... earnings of $188.4 million, or 25 cents a share. This compared with $158.9 million, or 21 cents ..."
    """
    a, b = scan.sentence, next_scan.sentence
    if not _earlier_period_next(a, b, release_date):
        return []
    scan, mb = scan.fresh(), next_scan.masked
    qa = [q for q in scan.qs if q.cls in ("money", "eps", "percent") and not is_change(scan.masked, q)]
    qb = [q for q in next_scan.figures if q.cls in ("money", "eps", "percent") and not is_change(mb, q)]
    if not qa or not qb or len(qb) > len(qa) + 1:
        return []
    drafts = []
    for key in dict.fromkeys(pair_key(q) for q in qa):
        la = [q for q in qa if pair_key(q) == key]
        lb = [q for q in qb if pair_key(q) == key]
        for x, y in zip(la, lb):
            arms = [arm(x, period_phrase(a.text)), arm(y, period_phrase(b.text, last=True))]
            d = build(scan, x.start, POP, arms, x.end)
            d.last = b
            drafts.append(d)
    return drafts


def controls_in_next_sentences(scans: list[Scan], taken: set[int]) -> list[tuple[int, Draft]]:
    """Each pair of untaken neighbours where the second gives the control arm's figure for the first's result."""
    found = []
    for k in range(1, len(scans)):
        if k in taken or k - 1 in taken:
            continue
        d = _control_in_next_sentence(scans[k - 1], scans[k])
        if d is not None:
            taken.update({k - 1, k})
            found.append((k - 1, d))
    return found


def _control_in_next_sentence(scan: Scan, next_scan: Scan) -> Optional[Draft]:
    """A result and, in the next sentence, the control arm's figure:
    "At week 24, the proportion achieving SALT ≤20 was 38%. In the placebo group, it was 2%."."""
    a, b = scan.sentence, next_scan.sentence
    if len(b.text) > MAX_NEXT_CONTROL_CHARS or CONTROL_ARM_RE.search(a.text) or FINANCE_WORDS_RE.search(a.text):
        return None
    mb = next_scan.masked
    qb = [q for q in next_scan.figures if q.cls != "dose" and not in_brackets(mb, q.start)]
    if len(qb) != 1 or not _NEXT_CONTROL_RE.match(mb[:qb[0].start]):
        return None
    y = qb[0]
    scan = scan.fresh()
    ma = scan.masked
    qa = [q for q in scan.qs if pair_key(q) == pair_key(y) and not in_brackets(ma, q.start)
          and not re.search(r"(?:[<>≤≥]|\b(?:at\s+least|below|under|above|over|more\s+than|less\s+than))\s*$",
                            ma[max(0, q.start - 12):q.start], re.I)]
    if len(qa) != 1 or bool(is_change(ma, qa[0])) != bool(is_change(mb, y)):
        return None
    x = qa[0]
    ctl = CONTROL_PHRASE_RE.search(b.text)
    arms = [arm(x, sentence_arms(a.text)[0]),
            Arm(label=strip_label(ctl.group()) if ctl else None, value=y.value, unit=y.unit or x.unit, text=y.text)]
    d = build(scan, x.start, TVC, arms, x.end)
    c = d.comparison
    if c.p_value is None:
        stats = sentence_stats(b.text)
        c.p_value = stats.p_value if stats.p_value is not None else c.p_value
        c.ci = stats.ci if stats.ci is not None else c.ci
        c.hazard_ratio = stats.hazard_ratio if stats.hazard_ratio is not None else c.hazard_ratio
    d.last = b
    return d


def single_results(scans: list[Scan], taken: set[int]) -> list[tuple[int, Draft]]:
    """Figures with a statistic but no second arm, in the sentences no rule has taken; a p-value may come a
    sentence or two later."""
    sentences = [scan.sentence for scan in scans]
    found = []
    i = 0
    while i < len(scans):
        if i in taken:
            i += 1
            continue
        got = _single_result(scans[i].fresh(), sentences, i, taken)
        if got is None:
            i += 1
            continue
        d, last = got
        found.append((i, d))
        taken.update(range(i, last + 1))
        i = last + 1
    return found


def _single_result(scan: Scan, sentences: list[Sentence], i: int, taken: set[int]) -> Optional[tuple[Draft, int]]:
    """The single result of sentence `i` and the index of the last sentence it reads."""
    text, masked = scan.text, scan.masked
    stats = sentence_stats(text)
    change_q = next((q for q in scan.qs if is_change(masked, q)), None)
    last = i
    if stats.p_value is None and change_q is not None and change_q.cls == "percent":
        # "a 55 percent improvement in LFS. ... This benefit was highly significant (p=0.011)."
        for j in range(i + 1, min(i + 1 + P_VALUE_LOOKAHEAD, len(sentences))):
            if j in taken:
                break
            st = sentence_stats(sentences[j].text)
            if st.p_value and re.match(r"^(?:this|these|the|it|such)\b", sentences[j].text, re.I):
                stats = st
                last = j
                break
    if stats.p_value is None and stats.hazard_ratio is None:
        return None
    stat_at = P_VALUE_RE.search(text) or HR_RE.search(text)
    d = build(scan, change_q.start if change_q else stat_at.start(), "single-result", [], 0)
    c = d.comparison
    if last != i:
        c.p_value = stats.p_value
    ep = endpoint_measure(text[:stat_at.start()] if stat_at else text, scan.abbreviations, last=True)
    if ep and (not c.measure or not endpoint_measure(c.measure, scan.abbreviations)):
        c.measure = ep
    if c.population and len(c.population) > MAX_SINGLE_POPULATION_CHARS:
        c.population = None
    if change_q is not None:
        c.change = _change_of(masked, change_q)
    else:
        val = next((q for q in scan.qs if q.cls == "percent"), None)
        if val is not None:
            c.arms = [arm(val)]
    if stats.p_value is not None and (c.arms or c.change is not None):
        _against_control(scan, sentences, i, c)
    d.last = sentences[last]
    if re.search(r"\btrend\b", " ".join(x.text for x in sentences[i:last + 1]), re.I):
        c.trend = True
    return d, last


def _change_of(masked: str, q: Quantity) -> Change:
    return Change(value=q.value, unit=q.unit, direction=is_change(masked, q), text=q.text)


def _against_control(scan: Scan, sentences: list[Sentence], i: int, c: Comparison) -> None:
    """"The lower dose also separated from placebo, with EASI-75 responses in 33.7% of patients (p=0.004)";
    "The trial met its primary endpoint versus placebo. ... 45.2% of patients ... (p<0.001)": a result
    against the control named in its sentence or the one before"""
    text = scan.text
    ctl = _VS_CONTROL_RE.search(text) or (
        _VS_CONTROL_RE.search(sentences[i - 1].text) if i > 0 and not FORECAST_RE.search(sentences[i - 1].text)
        else None)
    if not ctl:
        return
    c.kind = TVC
    if c.measure and re.search(r",\s*with\s+\S", c.measure):
        c.measure = re.sub(r"^.*,\s*with\s+", "", c.measure)
    if c.arms:
        c.arms[0].label = c.arms[0].label or sentence_arms(text)[0]
    c.arms.append(Arm(label=ctl.group("ctl")))
