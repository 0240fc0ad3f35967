"""Comparisons across two sentences of a paragraph, and single results with their statistic."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Release
from reportgen.text.sentences import Sentence

from ..numbers import HR_RE, P_VALUE_RE, find_quantities, mask_dates
from .building import Ctx, build, sentence_stats
from .labels import endpoint_measure, period_phrase, sentence_arms, strip_label
from .scan import in_brackets, is_change, pair_key
from .vocabulary import CONTROL_ARM_RE, CONTROL_PHRASE_RE, FINANCE_WORDS_RE, FORECAST_RE, PRIOR_RE

_VS_CONTROL_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|over|from|than|relative\s+to|against|"
                            r"(?:superior|inferior|non-inferior)\s+to)\s+"
                            r"(?:the\s+)?(?:those\s+(?:on|receiving|given)\s+)?(?P<ctl>(?:matching\s+)?"
                            r"(?:placebo|vehicle|sham)(?:\s+(?:group|arm|patients|cohort))?)\b", re.I)


def single_results(ctx: Ctx, sents: list[Sentence], taken: set[int]) -> list[tuple[int, int, dict]]:
    """Figures with a statistic but no second arm; a p-value may come a sentence or two later."""
    out = []
    i = 0
    while i < len(sents):
        s = sents[i]
        if i in taken:
            i += 1
            continue
        masked = mask_dates(s.text)
        stats = sentence_stats(s.text)
        qs = list(find_quantities(s.text, masked))
        change_q = next((q for q in qs if is_change(masked, q)), None)
        last = i
        if stats["p_value"] is None and change_q is not None and change_q.cls == "percent":
            # "a 55 percent improvement in LFS. ... This benefit was highly significant (p=0.011)."
            for j in range(i + 1, min(i + 3, len(sents))):
                if j in taken:
                   break
                st = sentence_stats(sents[j].text)
                if st["p_value"] and re.match(r"^(?:this|these|the|it|such)\b", sents[j].text, re.I):
                   stats = st
                   last = j
                   break
        if stats["p_value"] is None and stats["hazard_ratio"] is None:
            i += 1
            continue
        r = build(ctx, s, sents[:i], s.text, masked, (change_q.start if change_q else
                                                      (P_VALUE_RE.search(s.text) or HR_RE.search(s.text)).start()),
                  "single-result", [], qs, 0)
        if last != i:
            r["p_value"] = stats["p_value"]
        stat_at = P_VALUE_RE.search(s.text) or HR_RE.search(s.text)
        ep = endpoint_measure(s.text[:stat_at.start()] if stat_at else s.text, ctx.abbreviations, last=True)
        if ep and (not r["measure"] or not endpoint_measure(r["measure"], ctx.abbreviations)):
            r["measure"] = ep
        if r["population"] and len(r["population"]) > 60:
            r["population"] = None
        if change_q is not None:
            r["change"] = {"value": change_q.value, "unit": change_q.unit,
                           "direction": is_change(masked, change_q), "text": change_q.text}
        else:
            val = next((q for q in qs if q.cls == "percent"), None)
            if val is not None:
                r["arms"] = [{"label": None, "value": val.value, "unit": val.unit, "text": val.text}]
        if stats["p_value"] is not None and (r["arms"] or r.get("change")):
            # "The lower dose also separated from placebo, with EASI-75 responses in 33.7% of patients (p=0.004)";
            # "The trial met its primary endpoint versus placebo. ... 45.2% of patients ... (p<0.001)": a result
            # against the control named in its sentence or the one before
            ctl = _VS_CONTROL_RE.search(s.text) or (
                _VS_CONTROL_RE.search(sents[i - 1].text) if i > 0 and not FORECAST_RE.search(sents[i - 1].text)
                else None)
            if ctl:
                r["kind"] = "treatment-vs-control"
                if r["measure"] and re.search(r",\s*with\s+\S", r["measure"]):
                   r["measure"] = re.sub(r"^.*,\s*with\s+", "", r["measure"])
                if r["arms"]:
                   r["arms"][0]["label"] = r["arms"][0]["label"] or sentence_arms(s.text)[0]
                r["arms"].append({"label": ctl.group("ctl"), "value": None, "unit": None, "text": None})
        r["_last"] = sents[last]
        if re.search(r"\btrend\b", " ".join(x.text for x in sents[i:last + 1]), re.I):
            r["trend"] = True
        out.append((i, last, r))
        for k in range(i, last + 1):
            taken.add(k)
        i = last + 1
    return out
_ANAPHORIC_COMPARE_RE = re.compile(r"^(?:this|that|these|which|it)\s+(?:compared?|compares|was\s+compared|"
                                   r"were\s+compared)\s+(?:with|to)\b", re.I)
_MEASURE_WORD_RE = re.compile(r"\b(?:earnings|revenues?|sales|net\s+(?:income|loss)|operating\s+(?:income|loss)|"
                              r"EPS|EBITDA|margin|profit|loss|expenses?|cash)\b", re.I)


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]


def prior_in_next_sentence(ctx: Ctx, release: Release, a: Sentence, b: Sentence, prev: list[Sentence]) -> Optional[list]:
    """A figure and, in the next sentence, the same figure for an earlier period:
    "... earnings of $188.4 million, or 25 cents a share. This compared with $158.9 million, or 21 cents ..."
    """
    explicit = _ANAPHORIC_COMPARE_RE.match(b.text)
    if not explicit:
        ya, yb = _years(a.text), _years(b.text)
        rel = int(release.release_date[:4]) if release.release_date else None
        if not (_MEASURE_WORD_RE.search(b.text) and _MEASURE_WORD_RE.search(a.text)):
            return None
        if ya and yb:
            if not min(ya) > max(yb):
                return None
        elif not (PRIOR_RE.search(b.text) or (yb and rel and max(yb) < rel)) or PRIOR_RE.search(a.text):
            return None
        elif ya and rel and max(ya) < rel - 1:
            return None
        if re.search(r"\b(?:excluding|included|includes|adjusted|one-time)\b", a.text + " " + b.text, re.I):
            return None
        if re.search(r"\b(?:expects?|expected|anticipates?|guidance|outlook|will|forecasts?|looking\s+ahead)\b",
                     b.text, re.I):
            return None
    ma, mb = mask_dates(a.text), mask_dates(b.text)
    qa = [q for q in find_quantities(a.text, ma) if q.cls in ("money", "eps", "percent") and not is_change(ma, q)]
    qb = [q for q in find_quantities(b.text, mb) if q.cls in ("money", "eps", "percent") and not is_change(mb, q)]
    if not qa or not qb or len(qb) > len(qa) + 1:
        return None
    out = []
    for key in dict.fromkeys(pair_key(q) for q in qa):
        la = [q for q in qa if pair_key(q) == key]
        lb = [q for q in qb if pair_key(q) == key]
        for x, y in zip(la, lb):
            arms = [{"label": period_phrase(a.text), "value": x.value, "unit": x.unit, "text": x.text},
                    {"label": period_phrase(b.text, last=True), "value": y.value, "unit": y.unit, "text": y.text}]
            r = build(ctx, a, prev, a.text, ma, x.start, "period-over-period", arms, find_quantities(a.text, ma),
                      x.end)
            r["_last"] = b
            r["_sent"] = a
            out.append(r)
    return out or None


_NEXT_CONTROL_RE = re.compile(
    r"^(?:(?:in|for|with|among|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:placebo|control|vehicle|sham)\b[^,;.]{0,30},?\s+"
    r"(?:it|this|that|the\s+(?:rate|figure|proportion|value|percentage|corresponding\s+\w+))\s+(?:was|were|is|reached|"
    r"stood\s+at)|(?:the\s+)?(?:corresponding\s+)?(?:rate|figure|proportion|value|percentage)\s+(?:for|with|in|on|among)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:placebo|control|vehicle|sham)\b[^,;.]{0,30}?\s+(?:was|were|is))\s+"
    r"(?:only\s+|just\s+|approximately\s+)?$", re.I)


def control_in_next_sentence(ctx: Ctx, a: Sentence, b: Sentence, prev: list[Sentence]) -> Optional[dict]:
    """A result and, in the next sentence, the control arm's figure:
    "At week 24, the proportion achieving SALT ≤20 was 38%. In the placebo group, it was 2%."."""
    if len(b.text) > 160 or CONTROL_ARM_RE.search(a.text) or FINANCE_WORDS_RE.search(a.text):
        return None
    mb = mask_dates(b.text)
    qb = [q for q in find_quantities(b.text, mb) if q.cls != "dose" and not in_brackets(mb, q.start)]
    if len(qb) != 1 or not _NEXT_CONTROL_RE.match(mb[:qb[0].start]):
        return None
    y = qb[0]
    ma = mask_dates(a.text)
    qa = [q for q in find_quantities(a.text, ma) if pair_key(q) == pair_key(y) and not in_brackets(ma, q.start)
          and not re.search(r"(?:[<>≤≥]|\b(?:at\s+least|below|under|above|over|more\s+than|less\s+than))\s*$",
                            ma[max(0, q.start - 12):q.start], re.I)]
    if len(qa) != 1 or bool(is_change(ma, qa[0])) != bool(is_change(mb, y)):
        return None
    x = qa[0]
    ctl = CONTROL_PHRASE_RE.search(b.text)
    t_label, _c = sentence_arms(a.text)
    arms = [{"label": t_label, "value": x.value, "unit": x.unit, "text": x.text},
            {"label": strip_label(ctl.group()) if ctl else None, "value": y.value, "unit": y.unit or x.unit, "text": y.text}]
    r = build(ctx, a, prev, a.text, ma, x.start, "treatment-vs-control", arms, find_quantities(a.text, ma), x.end)
    if r["p_value"] is None:
        r.update({k: v for k, v in sentence_stats(b.text).items() if v is not None})
    r["_last"] = b
    r["_sent"] = a
    return r
