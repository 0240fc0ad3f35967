"""Stated changes: a change attached to the comparison it belongs to, a new level printed without its
prior figure ("declined to EUR -3 million"), and comparisons made of a change alone ("increased 4.6
percent to $1.1 billion", "a 62% reduction versus placebo")."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import AbsoluteChange, Arm, Change

from ..numbers import HR_RE, Quantity
from .building import CFB, POP, TVC, Draft, arm, build
from .labels import current_period, period_phrase, sentence_arms
from .scan import Scan, adjectival, in_brackets, pair_key
from .vocabulary import (
    CHANGE_WORD_RE,
    CLINICAL_CONTEXT_RE,
    DIRECTION,
    FINANCE_WORDS_RE,
    MAX_CHANGE_DISTANCE,
    PAREN_CLOSE_RE,
    PERIOD_LOOKBACK,
    PERIOD_WORDS_RE,
    PRIOR_RE,
)

_MOVED_TO_RE = re.compile(r"\b(?:(?P<verb>increased|decreased|rose|fell|grew|declined|improved|dropped|climbed|"
                          r"weakened|strengthened|deteriorated|expanded|contracted|narrowed|widened)\s+to|"
                          r"(?:was|were|remained)\s+(?:essentially\s+|roughly\s+|relatively\s+|largely\s+)?"
                          r"(?P<flat>flat|unchanged|stable)\s+(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|"
                          r"sequentially)\s+)?at)\s+(?:approximately\s+|about\s+|nearly\s+)?$", re.I)
_MORE_THAN_CONTROL_RE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:more|less|fewer|greater|higher|lower|better)\s+than\s+"
                                   r"(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:placebo|control|vehicle|sham)\b", re.I)
_CLINICAL_WORDS_RE = re.compile(r"\b(?:placebo|patients|arm|treated|treatment|trial|study|dose|subjects|"
                                r"participants|cohort|group)\b", re.I)
_PERIODIC_RE = re.compile(r"\b(?:quarter|fiscal|year[- ]ago|prior year|previous year|last year|"
                          r"year[- ]over[- ]year|year[- ]on[- ]year|same period|sequentially|"
                          r"(?:compared\s+(?:with|to)|versus|vs\.?|than|over|from|since)\s+(?:fiscal\s+)?"
                          r"(?:19|20)\d\d)\b", re.I)
# "increased 4.6 percent to $1.1 billion", "flat year over year at $3.3 billion": the new level after the change
_LEVEL_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|y/y|yoy|y-o-y|y-on-y|q/q|qoq|"
                             r"q-o-q|sequentially|organically|"
                             r"over\s+the\s+(?:prior|previous)\s+(?:year|quarter)|(?:from|over|during|in|for|"
                             r"compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?[^,;$€£\d]{1,40}?),?\s+)?(?:to(?:\s+reach)?|at)\s+"
                             r"(?:an?\s+(?:new\s+|all-time\s+)?(?:record|high)(?:\s+high)?(?:\s+of)?\s+)?",
                             re.I)
# "revenue was $120.5 million, up 8%", "$783 million in the first quarter of 2022, an increase of $22 million, or 3%"
_LEVEL_BEFORE_RE = re.compile(r"[^;]{0,6}?(?:\s+(?:at|in|for|during|as\s+(?:of|at))\s+[^,;$€£\d]{1,40}?)?(?:,\s*)?(?:an?\s+)?"
                              r"(?:up|down|increase[ds]?|decrease[ds]?|higher|lower|rose|fell|grew|declined|dropped|"
                              r"climbed|gained|jumped|increasing|decreasing|rising|falling|growing|declining)?\s*(?:(?:by|of)\s+)?")
# the level, the period it is for (a date in it), then the change it represents, its word after it
_LEVEL_PERIOD_REPRESENTING_RE = re.compile(
    r"\s+(?:in|for|during|as\s+(?:of|at))\s+[^;$€£%]{1,60}?,\s*(?:representing|reflecting|marking|which\s+(?:represents|reflects|was))\s+"
    r"(?:an?\s+)?")
_LEVEL_REPRESENTING_RE = re.compile(
    r"(?:\s+(?:in|for|during|at|as\s+of|on)\s+[^,;$€£\d]{1,50}?)?(?:,\s*|\s+(?:represent(?:s|ed|ing)|reflect(?:s|ed|ing)|"
    r"mark(?:s|ed|ing)|(?:which\s+)?(?:is|was))\s+|,\s*(?:representing|reflecting|marking)\s+)(?:an?\s+)?"
    r"(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|organic|sequential|reported|annual|underlying)\s+)?"
    r"(?:up|down|(?:increase|decrease|decline|rise|drop|reduction|gain|growth|improvement)\s+of)\s+(?:by\s+)?"
    r"(?:approximately\s+|about\s+|nearly\s+|almost\s+|some\s+)?")
# "... reduction in (the risk of) X": what the change is of
# (an outcome of several events: "a 27% reduction in cardiovascular death, heart attack or ischemic stroke")
_CHANGE_OF_RE = re.compile(r"\s*(?:relative\s+|absolute\s+)?(?:reduction|increase|improvement|decrease|decline|"
                           r"difference|drop|rise|change)\s+(?:in|of)\s+(?:the\s+)?(?:risk\s+of\s+)?"
                           r"((?:[^,;()$%\d]{3,80}?,\s+){1,3}[^,;()$%\d]{3,80}?\s+or\s+[^,;()$%\d]{3,60}?|[^,;()]{3,80}?)"
                           r"(?=\s*(?:[,;()]|$|\.|\band\s+an?\b|\bcompared\b|\bversus\b|"
                           r"\bvs\b|\bwith\b|\bamong\b|\bat\b|\bover\s+(?:a|an|the)\b|\bafter\b|\bduring\b))")
# "reduced the risk ...: by 25% for coronary heart disease deaths, heart attack or ischemic stroke": what it is for
_CHANGE_FOR_RE = re.compile(r"\s+for\s+((?:[^,;()$%\d]{3,80}?,\s+){1,3}[^,;()$%\d]{3,80}?\s+or\s+[^,;()$%\d]{3,60}?|"
                            r"[^,;()]{3,80}?)(?=\s*(?:[,;()]|$|\.|\band\s+by\b|\bcompared\b|\bversus\b))")


def link_absolute_changes(scan: Scan) -> None:
    """A figure right after a change is a change too: "grew 37% and 30%, respectively"; and a percentage
    after "or" is the relative form of an absolute change: "decreased by $3.4 million, or 12%"."""
    masked, qs, changes = scan.masked, scan.qs, scan.changes
    for a, b in zip(qs, qs[1:]):
        if not changes[id(a)] or changes[id(a)] == "threshold" or changes[id(b)]:
            continue
        if a.cls == b.cls and re.fullmatch(r"\s*(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|y/y|yoy|y-o-y|sequentially|"
                                           r"as\s+reported|on\s+a\s+reported\s+basis)\s*)?(?:,|and|,\s*and|,?\s*or)\s*",
                                           masked[a.end:b.start], re.I):
            changes[id(b)] = changes[id(a)]
        elif b.cls == "percent" and re.fullmatch(r"\s*,?\s*or\s*", masked[a.end:b.start]):
            changes[id(b)] = changes[id(a)]
            scan.absolute[id(b)] = a
            scan.used.add(id(a))


def _unused_changes(scan: Scan) -> list[Quantity]:
    return [q for q in scan.qs if scan.changes[id(q)] and scan.changes[id(q)] != "threshold" and id(q) not in scan.used]


def attach_changes(scan: Scan, drafts: list[Draft]) -> None:
    """Each change to the first comparison without one that it fits and stands near (or that it follows as
    "representing a ... increase")."""
    for q in _unused_changes(scan) if drafts else []:
        for d in drafts:
            if d.comparison.change is None and _change_fits(scan, d, q) and (
                    abs(d.at - q.start) < MAX_CHANGE_DISTANCE or (d.at < q.start and re.search(
                        r"\b(?:representing|which\s+represents|reflecting|corresponding\s+to)\s+(?:an?\s+)?$",
                        scan.masked[max(0, q.start - 40):q.start], re.I))):
                d.comparison.change = Change(value=q.value, unit=q.unit, direction=scan.changes[id(q)], text=q.text)
                scan.used.add(id(q))
                break


def _change_fits(scan: Scan, d: Draft, q: Quantity) -> bool:
    """Whether change `q` can be the change of comparison `d`: a relative change (%) fits any figures,
    points fit percentages, an absolute change fits figures of its own kind; and no other figure of
    a new clause stands between them ("..., and churn was 0.84%, down 3 basis points")."""
    units = {a.unit for a in d.comparison.arms if a.value is not None}
    if q.unit in ("basis points", "percentage points") and units and units != {"%"}:
        return False
    if q.cls in ("money", "eps") and units and not any(u and u.split()[0] == q.unit.split()[0] for u in units):
        return False
    lo, hi = (q.end, d.first) if q.start < d.first else (d.end, q.start)
    return not any(lo <= x.start and x.end <= hi and id(x) not in scan.used and not scan.changes[id(x)]
                   and x.cls != "dose" and not adjectival(x) and not in_brackets(scan.masked, x.start) for x in scan.qs)


def new_levels(scan: Scan) -> list[Draft]:
    """"adjusted EBITDA decreased to EUR -3 million": a new level of a results figure, no prior printed
    (not in a clinical sentence)."""
    text, masked, changes, used = scan.text, scan.masked, scan.changes, scan.used
    drafts: list[Draft] = []
    if CLINICAL_CONTEXT_RE.search(text):
        return drafts
    for q in scan.qs:
        if id(q) in used or changes[id(q)] or q.cls not in ("money", "eps", "percent"):
            continue
        vm = _MOVED_TO_RE.search(masked[max(0, q.start - 40):q.start])
        if not vm or not FINANCE_WORDS_RE.search(text[:q.start]):
            continue
        d = build(scan, q.start, POP, [arm(q, current_period(text))], q.end)
        verb = (vm.group("verb") or vm.group("flat")).lower()
        d.comparison.direction = "flat" if vm.group("flat") else DIRECTION.get(verb, verb)
        drafts.append(d)
        used.add(id(q))
    return drafts


def change_only_comparisons(scan: Scan, drafts: list[Draft]) -> None:
    """A comparison of each change left over, with the new level printed beside it when there is one."""
    has_conn = bool(re.search(r"\b(?:compared|versus|vs\.?|relative to|than|over)\b", scan.masked, re.I))
    for q in _unused_changes(scan):
        kind = _change_kind(scan, q, has_conn)
        if kind is None:
            continue
        d = _change_comparison(scan, q, kind)
        if kind == TVC and _MORE_THAN_CONTROL_RE.match(scan.masked[q.end:]) and _more_than_control(scan, drafts, q):
            continue
        drafts.append(d)


def _change_kind(scan: Scan, q: Quantity, has_conn: bool) -> Optional[str]:
    """The kind of comparison a change alone makes, or None when it makes none."""
    text, masked = scan.text, scan.masked
    direction = scan.changes[id(q)]
    if q.cls not in ("percent", "money", "eps", "duration", "number", "count", "scaled"):
        return None
    if re.search(r"\b(?:against|on\s+top\s+of|following|after|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?"
                 r"(?:(?:growth|increase|decline|decrease|rise|gain|drop)\s+of\s+)?(?:approximately\s+|about\s+)?$",
                 masked[max(0, q.start - 50):q.start], re.I) and any(
                scan.changes[id(x)] and x.end <= q.start for x in scan.qs) and \
            (PRIOR_RE.search(text[q.end:q.end + 60]) or re.match(r"[^,;.]{0,40}\b(?:19|20)\d\d\b", text[q.end:])):
        return None  # the prior period's own growth ("... against growth of 2.1% in the prior year")
    if q.unit is None:
        return None
    clinical = _CLINICAL_WORDS_RE.search(text)
    periodic = _PERIODIC_RE.search(text)
    if re.search(r"\b(?:baseline|prior to (?:screening|treatment|enrollment|dosing)|pre-?treatment)\b",
                 text, re.I) and not periodic and direction != "difference":
        kind = CFB
    elif (has_conn or direction == "difference" or HR_RE.search(text) or re.search(r"\bhazard\s+ratio", text, re.I)) \
            and not periodic and (clinical or not FINANCE_WORDS_RE.search(text)):
        kind = TVC
    elif (PERIOD_WORDS_RE.search(text) or FINANCE_WORDS_RE.search(text[:q.start])) and \
            (FINANCE_WORDS_RE.search(text) or PERIOD_WORDS_RE.search(text)):
        kind = POP
    elif q.cls == "percent" and clinical and re.search(r"\b(?:reduc\w*|lower\w*|cut)\s+(?:the\s+)?(?:relative\s+)?risk\s+of\b",
                                                       text[:q.start], re.I) and re.search(r"\bby\s+(?:about\s+|approximately\s+|nearly\s+)?$",
                                                                                            masked[max(0, q.start - 20):q.start]):
        kind = TVC  # "evolocumab reduced the risk of heart attack or stroke by 25%": a relative risk reduction against the control
    elif q.cls == "percent" and direction in ("increase", "decrease") and not clinical and \
            (lvl := _level_after(scan, q)) is not None and lvl.cls in ("money", "eps"):
        kind = POP  # "Total collections increased 5.0% to $187.2 million": a sum's new level
    elif q.cls == "percent" and direction in ("increase", "decrease") and not clinical and any(
            PERIOD_WORDS_RE.search(p.text) and CHANGE_WORD_RE.search(p.text) for p in scan.prev[-PERIOD_LOOKBACK:]):
        kind = POP
    else:
        return None
    if q.cls != "percent" and kind == TVC and direction != "difference" and not re.search(
            r"\b(?:over|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than(?:\s+[a-z]+){0,3}?)\s+"
            r"(?:the\s+)?(?:placebo|control|vehicle|sham)\b", text[q.end:], re.I):
        return None
    if q.cls != "percent" and direction != "difference" and not re.search(
            r"\b(?:compared|prior|previous|year[- ]ago|last year|same period|from|versus|vs|relative\s+to|"
            r"(?:over|than(?:\s+[a-z]+){0,3}?)\s+(?:the\s+)?(?:placebo|control|vehicle|sham))\b", text, re.I) and \
            not (kind == POP and re.match(r"[^.;]{0,40}?\bto\s+(?:approximately\s+)?[$€£]?\s?\d", masked[q.end:])):
        return None
    return kind


def _change_comparison(scan: Scan, q: Quantity, kind: str) -> Draft:
    """The comparison of change `q`: its arms are the new level (and a bracketed prior) when printed, the
    two arms named in the sentence for a treatment against control."""
    text, masked = scan.text, scan.masked
    arms: list[Arm] = []
    lvl = _level_after(scan, q)
    if lvl is not None:
        scan.used.add(id(lvl))
        arms.append(arm(lvl, current_period(text) if kind == POP else None))
    if kind == TVC:
        t_label, c_label = sentence_arms(text)
        arms.append(Arm(label=t_label))
        arms.append(Arm(label=c_label))
    clause_lo = max([masked.rfind(sep, 0, q.start) + len(sep) for sep in (";", ", and ", ", while ", ", but ")
                     if masked.rfind(sep, 0, q.start) >= 0] + [0])
    if lvl is None and kind == POP:
        lvl = _level_before(scan, q)
        if lvl is not None:
            scan.used.add(id(lvl))
            arms.append(_with_rate(arm(lvl, current_period(text)), scan.masked[lvl.end:]))
    if kind == POP and lvl is not None and len(arms) == 1:
        _bracketed_prior(scan, q, lvl, arms)
    d = build(scan, q.start, kind, arms, q.end, lo=clause_lo)
    d.comparison.change = _stated_change(scan, q, scan.changes[id(q)])
    what = _CHANGE_OF_RE.match(text[q.end:])
    if what and (not d.comparison.measure or kind != POP):
        d.comparison.measure = what.group(1).strip()
    elif kind == TVC and (what := _CHANGE_FOR_RE.match(text[q.end:])) and re.search(r"\bby\s+$", text[max(0, q.start - 6):q.start]):
        d.comparison.measure = what.group(1).strip()
        verb = re.search(rf"\b({_RISK_VERB})\b[^.;]*$", text[:q.start], re.I)
        if verb and d.comparison.change is not None and d.comparison.change.direction == "change":
            # "reduced the risk of the dual primary endpoints: by 25% for ...": the sentence's verb says which way
            d.comparison.change.direction = DIRECTION.get(verb.group(1).lower(), "change")
    elif kind == TVC and (risk := _RISK_OF_BY_RE.search(text[max(0, q.start - 200):q.start])):
        # "evolocumab reduced the risk of coronary heart disease death, heart attack, or ischemic stroke by 25%"
        d.comparison.measure = risk.group("m").strip(" ,")
        if d.comparison.change is not None and d.comparison.change.direction in ("change", "difference"):
            d.comparison.change.direction = DIRECTION.get(risk.group("verb").lower(), d.comparison.change.direction)
    scan.used.add(id(q))
    return d


# the verbs that say which way a risk or a result moved ("reduced", "lowered", "cut", "raised"): DIRECTION names it
_RISK_VERB = r"(?:reduc|lower|cut|increas|rais|improv)\w*"
_RISK_OF_BY_RE = re.compile(rf"\b(?P<verb>{_RISK_VERB})\s+(?:the\s+)?(?:relative\s+)?risk\s+of\s+"
                            r"(?P<m>[^;:()]{3,120}?)\s+by\s+(?:about\s+|approximately\s+|nearly\s+)?$", re.I)


def _stated_change(scan: Scan, q: Quantity, direction: str) -> Change:
    a = scan.absolute.get(id(q))
    return Change(value=q.value, unit=q.unit, direction=direction, text=q.text,
                  absolute=AbsoluteChange(value=a.value, unit=a.unit, text=a.text) if a is not None else None)


def _level_after(scan: Scan, q: Quantity) -> Optional[Quantity]:
    """"increased 4.6 percent to $1.1 billion": the new level"""
    tm = _LEVEL_AFTER_RE.match(scan.masked[q.end:q.end + 70])
    if not tm:
        return None
    lvl = next((x for x in scan.qs if x.start >= q.end + tm.end() - 1 and x.start <= q.end + tm.end() + 2
                and id(x) not in scan.used), None)
    if lvl is not None and lvl.cls == "percent" and re.search(r"\breach\s+$", tm.group(0)):
        return None  # "up 33% to reach 179% of pre-COVID levels": a share of another level, not the new level
    return lvl


def _with_rate(a: Arm, after: str) -> Arm:
    """A count's unit with its rate: "13,317 barrels per day" is a rate, not 13,317 barrels."""
    rate = re.match(rf"\s+{re.escape(a.unit)}\w*\s+(per\s+[a-z]+)\b", after) if a.unit and a.unit.isalpha() else None
    if rate:
        a.unit = f"{a.unit} {rate.group(1)}"
    return a


def _is_level(x: Quantity, q: Quantity) -> bool:
    """A figure that can be the level a change is of: a sum or an amount per share; with a change in
    per cent, a count of something named ("76,105 tests, up 35%") or a figure in millions too."""
    return x.cls in ("money", "eps") or (q.cls == "percent" and ((x.cls == "count" and x.unit is not None
                                                                  and x.unit not in ("patients", "subjects", "participants"))
                                                                 or x.cls == "scaled"))


# the unit printed after a counted level, before what follows it: "13,317 barrels per day"
_COUNT_UNIT_RE = re.compile(r"\s+[a-z][\w-]*(?:\s+per\s+[a-z]+)?")


def _after_level(masked: str, x: Quantity, anchor: int) -> str:
    """The text between a level and the change it is of, without the level's own unit word."""
    gap = masked[x.end:anchor]
    if x.cls == "count" and x.unit and (m := _COUNT_UNIT_RE.match(gap)) and m.group(0).split()[0].startswith(x.unit[:4]):
        return gap[m.end():]
    return gap


def _level_before(scan: Scan, q: Quantity) -> Optional[Quantity]:
    """The level printed just before the change (before its absolute form: "decreased $112 million, or 3.4%")."""
    masked, changes, used = scan.masked, scan.changes, scan.used
    anchor = scan.absolute[id(q)].start if id(q) in scan.absolute else q.start
    lvl = next((x for x in reversed(scan.qs) if x.end <= anchor and id(x) not in used and not changes[id(x)]
                and _is_level(x, q) and _LEVEL_BEFORE_RE.fullmatch(_after_level(masked, x, anchor))), None)
    if lvl is None:
        lvl = next((x for x in reversed(scan.qs) if x.end <= anchor and id(x) not in used and
                    not changes[id(x)] and (_is_level(x, q) or pair_key(x) == pair_key(q)) and
                    _LEVEL_REPRESENTING_RE.fullmatch(_after_level(masked, x, anchor))), None)
    if lvl is None:
        # "Revenue was $47.5 million for the quarter ended December 31, 2024, representing a 4% increase"
        lvl = next((x for x in reversed(scan.qs) if x.end <= anchor and id(x) not in used and not changes[id(x)]
                    and _is_level(x, q) and _LEVEL_PERIOD_REPRESENTING_RE.fullmatch(_after_level(masked, x, anchor))), None)
    return lvl


def _bracketed_prior(scan: Scan, q: Quantity, lvl: Quantity, arms: list[Arm]) -> None:
    """"$1,204 million, up 7 per cent on the prior year (Q4 2023: $1,125 million)": the prior arm in brackets"""
    text, masked = scan.text, scan.masked
    bm = re.match(r"[^()\d;]{0,40}?\(\s*(?P<label>[^()\d:;]{0,20}[^()\d:;\s]*\s*[\d\x00/]*[^()\d:;]{0,20}):\s*",
                  masked[q.end:])
    if not bm:
        return
    prior = next((x for x in scan.qs if x.start >= q.end + bm.end() - 1 and x.start <= q.end + bm.end() + 1
                  and id(x) not in scan.used and pair_key(x) == pair_key(lvl)), None)
    if prior is not None and PAREN_CLOSE_RE.match(masked, prior.end):
        scan.used.add(id(prior))
        arms[0].label = period_phrase(text[lvl.end:q.start]) or period_phrase(text[:lvl.start], last=True)
        arms.append(arm(prior, text[q.end + bm.start("label"):q.end + bm.end("label")].strip() or None))


def _more_than_control(scan: Scan, drafts: list[Draft], q: Quantity) -> bool:
    """"improved by 15.2 points on the MADRS at day 15, 4.1 points more than patients given placebo": the
    treated arm's change and its difference from the control are one statement. True when `q` went into
    the earlier comparison."""
    d0 = next((x for x in reversed(drafts) if x.comparison.kind == TVC and x.comparison.change is not None
               and x.end <= q.start and x.comparison.change.unit == q.unit
               and all(a.value is None for a in x.comparison.arms)
               and not any(x.end <= y.start and y.end <= q.start and pair_key(y) == pair_key(q) for y in scan.qs)),
              None)
    if d0 is None or not d0.comparison.arms:
        return False
    c0 = d0.comparison
    c0.arms[0].value, c0.arms[0].unit, c0.arms[0].text = c0.change.value, c0.change.unit, c0.change.text
    c0.change = _stated_change(scan, q, "difference")
    return True


def split_respectively(drafts: list[Draft]) -> None:
    """"grew 37% and 30%, respectively" after measures joined by "and": each comparison takes its own."""
    group = [d.comparison for d in drafts if d.comparison.measure and " and " in d.comparison.measure]
    if len(group) >= 2:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", group[0].measure)
        if len(parts) == len(group):
            for c, p in zip(group, parts):
                c.measure = p.strip()
