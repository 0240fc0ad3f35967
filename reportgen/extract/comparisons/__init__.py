"""Comparisons: "X for A versus Y for B", "increased 4.6 percent to $1.1 billion", single results.

Kinds:
- treatment-vs-control: two arms of a study (drug vs control / placebo / comparator);
- period-over-period: a figure against an earlier period (quarter vs prior-year quarter, or a
  change "increased 4.6 percent to ...");
- change-from-baseline: "reduced from 10.2 to 4.1" outside a financial context;
- single-result: a figure with its statistic (p-value, hazard ratio, CI) but no second arm.

Each comparison is traced to its sentence (or to the few sentences of one paragraph that carry it).

Forms recognized (each rule is written for a way of printing, not for one release): "X versus /
compared with / than Y"; "from X to Y" and "to X from Y" (also with a change in between: "$26.1
million, up 58% from $16.5 million"); a figure with the comparison period's in brackets, European
style ("EUR 1,405 million (EUR 1,513 million)", "-1.2% (Q3/2024: -7.1%)", "(2023: ...)",
"(previous year: ...)"); parallel arms ("14.2% of patients in the X group and 18.1% ... in the
placebo group", "41 of 104 patients (39.4%) ... and 11 of 103 (10.7%) ...", "7% and 5%,
respectively", lists of dose groups against the control that closes them); a change against a
change ("reduced 52.4% ... compared with a 2.1% increase with placebo"); changes with the new level
("increased 4.6 percent to $1.1 billion", "decreased $112 million, or 3.4%, to $3.2 billion",
"declined to EUR -3 million", "flat year over year at $3.3 billion"); risk reductions stated with a
hazard ratio; "not reached versus 18.4 months". Statistics (95% CI bounds, ranges) and the counts
printed before a percentage ("18 (60%)") are not figures of their own; forecasts and guidance give
no change-only comparison.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Release
from reportgen.text.dates import DATE_RE
from reportgen.text.sentences import Sentence, SentenceIndex

from ..common import SKIPPED_ROLES
from ..numbers import CI_RE, HR_RE, Quantity, find_quantities, mask_dates
from .building import Ctx, build, pair_kind
from .changes import MORE_THAN_CONTROL_RE, MOVED_TO_RE, change_fits, split_respectively
from .cross_sentence import control_in_next_sentence, prior_in_next_sentence, single_results
from .labels import arm_label, period_phrase, sentence_arms, strip_label
from .pairing import (
    change_pairs,
    generic_pairs,
    labelled_pairs,
    list_arms,
    not_reached,
    only_change_between,
    parallel_pairs,
    paren_pairs,
    patient_count_pairs,
    shared_control_changes,
)
from .scan import CI_LEVEL_RE, RANGE_RE, adjectival, is_change, pair_key, zero_arms
from .vocabulary import (
    CHANGE_WORD_RE,
    CLINICAL_CONTEXT_RE,
    CONNECTOR_RE,
    CONTROL_ARM_RE,
    DIRECTION,
    FINANCE_WORDS_RE,
    FORECAST_RE,
    PAREN_CLOSE_RE,
    PERIOD_WORDS_RE,
    PRIOR_RE,
)


def make_span(release: Release, section: int, paragraph: int, start: int, end: int) -> dict:
    text = release.sections[section].paragraphs[paragraph]
    return {"section": section, "paragraph": paragraph, "start": start, "end": end, "text": text[start:end]}


def paragraph_sentences(release: Release):
    for sents in SentenceIndex(release).paragraphs:
        if sents and sents[0].role not in SKIPPED_ROLES:
            yield sents[0].section, sents[0].paragraph, sents[0].heading, sents[0].paragraph_text, sents


def _sentence_comparisons(ctx: Ctx, sent: Sentence, prev: list[Sentence]) -> list[dict]:
    text = sent.text
    masked = mask_dates(text)
    qs = find_quantities(text, masked)
    stats = [m.span() for r in (CI_RE, CI_LEVEL_RE, RANGE_RE) for m in r.finditer(masked)]
    qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in stats)]
    qs = [q for q in qs if not (q.cls in ("number", "count") and q.unit in (None, "patients", "subjects", "participants")
                                and re.match(r"\s*\(\s*\d+(?:\.\d+)?\s?%\s*\)", masked[q.end:q.end + 12]))]
    if not qs:
        return []
    if len(qs) > 14 or len(text) > 900:  # a table flattened into text, not a sentence
        return []
    qs = [q for q in qs if not re.match(r"\s*(?:common\s+)?(?:equivalent\s+|weighted\s+average\s+)?(?:common\s+)?"
                                        r"(?:shares|ordinary\s+shares|ADSs)\b", masked[q.end:q.end + 40])]
    qs = zero_arms(masked, qs)
    changes = {id(q): is_change(masked, q) for q in qs}
    for q in qs:
        if re.match(r"\s*(?:or|and)\s+(?:higher|more|greater|above|less|lower|below|fewer|over|under)\b",
                    masked[q.end:q.end + 25]) or (re.search(r"\b(?:at\s+least|up\s+to|more\s+than|less\s+than|"
                                                          r"greater\s+than|fewer\s+than|at\s+most|over|under|below|above|exceeding|within|[<>≤≥])\s*$",
                                                          masked[max(0, q.start - 20):q.start]) and not re.search(
                    # "an increase of 6% over 11,700": "over" after a change introduces the prior figure
                    r"(?:\d\s?(?:%|percent|per\s+cent|points?|bps)|\b(?:increase|growth|gain|rise|improvement))\s+(?:over|above|"
                    r"under|below)\s*$", masked[max(0, q.start - 30):q.start], re.I)):
            changes[id(q)] = changes[id(q)] or "threshold"
    results: list[dict] = []
    used: set[int] = set()
    conns = list(CONNECTOR_RE.finditer(masked))
    # "up 3% from the first quarter of 2021": a bare "from" with no figure after it pairs nothing
    # and must not cut the sentence for the next connector
    keep = []
    for i, c in enumerate(conns):
        nxt = conns[i + 1].start() if i + 1 < len(conns) else len(masked)
        if c.group().lower() == "from" and not any(c.end() <= q.start and q.end <= nxt for q in qs):
            continue
        keep.append(c)
    conns = keep
    # "from X to Y" and "to Y from X"
    pairs: list[tuple[Quantity, Quantity, int, int, str]] = []  # (earlier-arm, later-arm, lo, hi, how)
    for i, c in enumerate(conns):
        word = c.group().lower()
        lo = conns[i - 1].end() if i > 0 else 0
        lo = max(lo, masked.rfind(";", 0, c.start()) + 1)
        hi = conns[i + 1].start() if i + 1 < len(conns) else len(masked)
        semi = masked.find(";", c.end(), hi)
        if semi >= 0:
            hi = semi
        before = [q for q in qs if lo <= q.start and q.end <= c.start() and id(q) not in used]
        after = [q for q in qs if c.end() <= q.start and q.end <= hi and id(q) not in used]
        if word.endswith("from"):
            if word == "from":
                # "from X to Y": X is the earlier value, Y the later one
                tm = re.search(r"\bto\b", masked[c.end():hi])
                to_at = c.end() + tm.start() if tm else hi
                # "from less than $2 billion to over $16 billion": bounds are levels too
                xs = [q for q in after if q.end <= to_at and changes[id(q)] in (None, "threshold")]
                ys = [q for q in after if q.start >= to_at + 2 and changes[id(q)] in (None, "threshold")]
                bs = [q for q in before if not changes[id(q)] or changes[id(q)] == "threshold"]
                if xs and ys and pair_key(xs[0]) == pair_key(ys[0]) and \
                        re.fullmatch(r"[^,;]{0,60}", masked[xs[0].end:to_at]):
                    pairs.append((xs[0], ys[0], lo, hi, "from-to"))
                    used.update({id(xs[0]), id(ys[0])})
                elif len(bs) >= 2 and len(after) >= 2 and [pair_key(q) for q in bs[-2:]] == \
                        [pair_key(q) for q in after[:2]] and pair_key(bs[-2]) != pair_key(bs[-1]) and re.search(
                        r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|reduced|expanded|"
                        r"contracted|narrowed|widened|jumped|slipped)\s+(?:by\s+)?(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s+)?"
                        r"to\s+(?:approximately\s+|about\s+)?$",
                        masked[max(0, bs[-2].start - 60):bs[-2].start]):
                    # "narrowed to $(4.8) million, or $(0.06) per share, from $(9.7) million, or $(0.13) per share"
                    for x, y in zip(bs[-2:], after[:2]):
                        pairs.append((y, x, lo, hi, "to-from"))
                        used.update({id(x), id(y)})
                elif bs and after and pair_key(after[0]) == pair_key(bs[-1]) and (only_change_between(
                        masked, qs, changes, bs[-1].end, c.start()) or \
                        re.search(r"\b(?:(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|"
                                  r"reduced|expanded|contracted|narrowed|widened|jumped|slipped|edged\s+(?:up|down))"
                                  r"\s+(?:[\w%.$€£,]+\s+){0,3}?to|reached)\s+(?:approximately\s+|about\s+)?$",
                                  masked[max(0, bs[-1].start - 45):bs[-1].start])):
                    # "increased to $Y from $X": the figure before "from" is the later one
                    pairs.append((after[0], bs[-1], lo, hi, "to-from"))
                    used.update({id(after[0]), id(bs[-1])})
                continue
            bs = [q for q in before if not changes[id(q)]]
            if bs and after and after[0].cls == bs[-1].cls:
                pairs.append((after[0], bs[-1], lo, hi, "to-from"))
                used.update({id(after[0]), id(bs[-1])})
            continue
        b_plain = [q for q in before if not changes[id(q)]]
        a_plain = [q for q in after if not changes[id(q)]]
        b_plain = [q for q in b_plain if q.cls != "dose" and not adjectival(q)]
        a_plain = [q for q in a_plain if q.cls != "dose" and not adjectival(q)]
        # pair the figures before the connector with those after it, kind by kind, in order
        keys_b = [pair_key(q) for q in b_plain]
        keys_a = [pair_key(q) for q in a_plain]
        for key in dict.fromkeys(keys_b):
            bl = [q for q, k in zip(b_plain, keys_b) if k == key]
            al = [q for q, k in zip(a_plain, keys_a) if k == key]
            if not al and key == ("number", None) and len(bl) == 1 and a_plain and \
                    a_plain[0].cls in ("count", "duration"):
                al = a_plain[:1]
            if not al and key[0] in ("count", "duration") and len(bl) == 1 and a_plain and \
                    pair_key(a_plain[0]) == ("number", None):
                al = a_plain[:1]
            if not al:
                continue
            n = min(len(bl), len(al))
            for qb, qa in zip(bl[-n:], al[:n]):
                if id(qa) in used or id(qb) in used:
                    continue
                if qa.value == qb.value and qa.cls in ("number", "count", "duration"):
                    continue
                pairs.append((qb, qa, lo, hi, "versus"))
                used.update({id(qb), id(qa)})
                # "$512 million, compared with $468 million a year earlier and $497 million in the previous
                # quarter": a second earlier period for the same figure
                z = next((x for x in qs if x.start > qa.end and x.end <= hi and id(x) not in used), None)
                if z is not None and pair_key(z) == pair_key(qa) and not changes[id(z)] and re.fullmatch(
                        r"[^,;$€£\d]{0,40}?,?\s+and\s+(?:to\s+|with\s+)?", masked[qa.end:z.start]) and \
                        PERIOD_WORDS_RE.search(text[z.end:z.end + 60]):
                    pairs.append((qb, z, lo, hi, "versus"))
                    used.add(id(z))
        if word not in ("versus", "vs", "vs.", "v.") and not word.startswith(("compared", "as compared",
                                                                              "in comparison", "as opposed",
                                                                              "in contrast", "contrasted")):
            continue
        b_ch = [q for q in before if changes[id(q)] not in (None, "threshold") and id(q) not in used]
        a_any = [q for q in after if changes[id(q)] != "threshold" and id(q) not in used and q.cls != "dose"]
        if b_ch and a_any and pair_key(b_ch[-1]) == pair_key(a_any[0]) and \
                not any(q.start > b_ch[-1].end and q.end <= c.start() and q.cls != "dose" for q in before) and \
                a_any[0].value != b_ch[-1].value and re.fullmatch(
                    r"\s*(?:an?\s+)?(?:(?:increase|decrease|reduction|decline|rise|drop|change|gain|loss|improvement|"
                    r"growth|fall)\s+of\s+)?(?:approximately\s+|about\s+|only\s+)?", masked[c.end():a_any[0].start], re.I):
            qb, qa = b_ch[-1], a_any[0]
            pairs.append((qb, qa, lo, hi, "change-versus"))
            used.update({id(qb), id(qa)})
    paren_pairs(text, masked, qs, changes, used, pairs)
    not_reached(ctx, sent, prev, text, masked, qs, used, results)
    parallel_pairs(text, masked, qs, changes, used, pairs, prev)
    list_arms(masked, qs, changes, used, pairs)
    labelled_pairs(text, masked, qs, changes, used, pairs)
    generic_pairs(text, masked, qs, changes, used, pairs)
    change_pairs(text, masked, qs, changes, used, pairs)
    patient_count_pairs(text, masked, qs, changes, used, pairs)
    shared_control_changes(text, masked, qs, changes, used, pairs)
    pairs.sort(key=lambda p: min(p[0].start, p[1].start))
    for qb, qa, lo, hi, how in pairs:
        first, second = (qb, qa) if qb.start < qa.start else (qa, qb)
        label1 = arm_label(text, first, lo, second.start)
        label2 = arm_label(text, second, first.end, hi)
        if how.startswith("paren"):
            # "Q4 revenue: $412.3 million (Q4 2023: $377.9 million)": the bracket's label is the prior arm's
            clause = max(masked.rfind(";", 0, first.start), masked.rfind(". ", 0, first.start)) + 1
            label1 = period_phrase(text[clause:first.start], last=True)
            label2 = how.split(":", 1)[1] or period_phrase(text[second.end:hi]) or None
        if how.startswith("respectively:"):
            label1, label2 = (strip_label(x) for x in how.split(":", 1)[1].split("|"))
        if how == "to-from":
            arms_objs = [(qa, label2 if qa is second else label1), (qb, label1 if qb is first else label2)]
        else:
            arms_objs = [(qb, label1 if qb is first else label2), (qa, label2 if qa is second else label1)]
        arms = []
        for q, label in arms_objs:
            arms.append({"label": label, "value": q.value, "unit": q.unit, "text": q.text})
        if arms[0]["unit"] is None and arms[1]["unit"]:
            arms[0]["unit"] = arms[1]["unit"]
        if arms[1]["unit"] is None and arms[0]["unit"]:
            arms[1]["unit"] = arms[0]["unit"]
        arms_text = " ".join(a["label"] or "" for a in arms) + " " + text[first.end:second.start]
        kind = "period-over-period" if how.startswith("paren") else pair_kind(text, arms_text, [qb, qa])
        if kind == "treatment-vs-control" and PRIOR_RE.search(text[second.end:second.end + 40]) and \
                not CONTROL_ARM_RE.search(text) and not CLINICAL_CONTEXT_RE.search(text):
            kind = "period-over-period"  # "... over 1,330 a year earlier": the second figure's period follows it
        if kind == "treatment-vs-control" and not (CLINICAL_CONTEXT_RE.search(text) or CONTROL_ARM_RE.search(text) or
                                                   re.search(r"\b(?:group|cohort|treated|dose|study|trial)\b", text,
                                                             re.I)) and \
                re.search(r"\b(?:ratio|margin|yield|rate|spread)\b", text, re.I) and \
                re.search(r"\bfrom\b", masked[first.end:second.start]) and \
                (FINANCE_WORDS_RE.search(text) or re.search(r"\b(?:efficiency|leverage|capital|payout|tax)\b", text, re.I)):
            kind = "period-over-period"  # "The efficiency ratio worsened to 61.4% from 58.9%": no arms, a results ratio
        if FORECAST_RE.search(text) and re.search(r"\b(?:guidance|outlook|forecast|(?:prior|previous)\s+range|range\s+of)\b",
                                                   text[max(0, masked.rfind(";", 0, first.start) + 1):second.end], re.I):
            continue  # guidance against the prior guidance is no comparison of results
        if kind == "treatment-vs-control" and not (arms[0]["label"] and arms[1]["label"]):
            t_label, c_label = sentence_arms(text)
            arms[0]["label"] = arms[0]["label"] or t_label
            arms[1]["label"] = arms[1]["label"] or c_label
        if how in ("from-to", "to-from") and kind == "treatment-vs-control" and not (
                arms[0]["label"] and arms[1]["label"] and arms[0]["label"] != arms[1]["label"] and
                (CONTROL_ARM_RE.search(arms[0]["label"]) or CONTROL_ARM_RE.search(arms[1]["label"]))):
            # ("64.8% of patients who received X, up from 51.2% among those randomized to placebo": two arms)
            kind = "period-over-period" if PERIOD_WORDS_RE.search(text) or (
                FINANCE_WORDS_RE.search(text) and not CLINICAL_CONTEXT_RE.search(text)
                and not re.search(r"\bbaseline\b", text, re.I)) else "change-from-baseline"
        if how == "from-to" and kind == "period-over-period":
            # "declined from $20.09 ... to $4.65": the later figure is the current arm, the earlier the prior
            arms.reverse()
            arms_objs.reverse()
        if kind == "period-over-period":
            for a, q in zip(arms, (arms_objs[0][0], arms_objs[1][0])):
                dm = re.match(r"\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:on|at|as\s+of)\s+(" + DATE_RE.pattern + ")",
                              text[q.end:q.end + 50])
                if dm and (not a["label"] or re.fullmatch(r"(?:19|20)\d\d", a["label"])):
                    a["label"] = dm.group(1)
                    continue
                if a["label"] and PERIOD_WORDS_RE.search(" " + a["label"]):
                    # "first-quarter 2021 profit per share of" -> "first-quarter 2021"
                    per = period_phrase(a["label"])
                    if per and len(per) < len(a["label"]) and re.search(r"\d|prior|previous|year[- ]ago|same|last", per):
                        a["label"] = per
                if not a["label"] or not PERIOD_WORDS_RE.search(" " + a["label"]):
                    seg = text[q.end:hi] if q is second else text[q.end:second.start]
                    if how.startswith("paren") and q is first:
                        seg = ""
                    elif q is first:
                        cut = CONNECTOR_RE.search(seg)  # the other arm's period is not this one's
                        seg = seg[:cut.start()] if cut else seg
                    per = period_phrase(seg) or (period_phrase(text[lo:q.start], last=True)
                                                   if q is first else None)
                    if per:
                        a["label"] = per
        results.append(build(ctx, sent, prev, text, masked, first.start, kind, arms, qs, second.end))
    # changes without a second figure: "increased 4.6 percent to $1.1 billion", "62% reduction vs ..."
    absolute: dict[int, Quantity] = {}
    for a, b in zip(qs, qs[1:]):  # "grew 37% and 30%, respectively"; "decreased by $3.4 million, or 12%"
        if not changes[id(a)] or changes[id(a)] == "threshold" or changes[id(b)]:
            continue
        if a.cls == b.cls and re.fullmatch(r"\s*(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|y/y|yoy|y-o-y|sequentially|"
                                           r"as\s+reported|on\s+a\s+reported\s+basis)\s*)?(?:,|and|,\s*and|,?\s*or)\s*",
                                           masked[a.end:b.start], re.I):
            changes[id(b)] = changes[id(a)]
        elif b.cls == "percent" and re.fullmatch(r"\s*,?\s*or\s*", masked[a.end:b.start]):
            changes[id(b)] = changes[id(a)]
            absolute[id(b)] = a
            used.add(id(a))
    change_qs = [q for q in qs if changes[id(q)] and changes[id(q)] != "threshold" and id(q) not in used]
    if change_qs and results:
        for q in change_qs:
            for r in results:
                if r["change"] is None and change_fits(r, q, qs, changes, used, masked) and (
                        abs(r["_at"] - q.start) < 160 or (r["_at"] < q.start and re.search(
                        r"\b(?:representing|which\s+represents|reflecting|corresponding\s+to)\s+(?:an?\s+)?$",
                        masked[max(0, q.start - 40):q.start], re.I))):
                    r["change"] = {"value": q.value, "unit": q.unit, "direction": changes[id(q)], "text": q.text}
                    used.add(id(q))
                    break
        change_qs = [q for q in qs if changes[id(q)] and changes[id(q)] != "threshold" and id(q) not in used]
    forecast = bool(FORECAST_RE.search(text))
    if forecast:
        change_qs = []
    elif not CLINICAL_CONTEXT_RE.search(text):
        # "adjusted EBITDA decreased to EUR -3 million": a new level of a results figure, no prior printed
        for q in qs:
            if id(q) in used or changes[id(q)] or q.cls not in ("money", "eps", "percent"):
                continue
            vm = MOVED_TO_RE.search(masked[max(0, q.start - 40):q.start])
            if not vm or not FINANCE_WORDS_RE.search(text[:q.start]):
                continue
            r = build(ctx, sent, prev, text, masked, q.start, "period-over-period",
                      [{"label": period_phrase(text), "value": q.value, "unit": q.unit, "text": q.text}],
                      qs, q.end)
            r["change"] = None
            verb = (vm.group("verb") or vm.group("flat")).lower()
            r["direction"] = "flat" if vm.group("flat") else DIRECTION.get(verb, verb)
            results.append(r)
            used.add(id(q))
    has_conn = bool(re.search(r"\b(?:compared|versus|vs\.?|relative to|than|over)\b", masked, re.I))
    respectively = "respectively" in text.lower()
    for q in change_qs:
        direction = changes[id(q)]
        if q.cls not in ("percent", "money", "eps", "duration", "number", "count", "scaled"):
            continue
        if re.search(r"\b(?:against|on\s+top\s+of|following|after|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?"
                     r"(?:(?:growth|increase|decline|decrease|rise|gain|drop)\s+of\s+)?(?:approximately\s+|about\s+)?$",
                     masked[max(0, q.start - 50):q.start], re.I) and any(
                    changes[id(x)] and x.end <= q.start for x in qs) and \
                (PRIOR_RE.search(text[q.end:q.end + 60]) or re.match(r"[^,;.]{0,40}\b(?:19|20)\d\d\b", text[q.end:])):
            continue  # the prior period's own growth ("... against growth of 2.1% in the prior year")
        if q.unit is None:
            continue
        period_ctx = PERIOD_WORDS_RE.search(text) or FINANCE_WORDS_RE.search(text[:q.start])
        prev_period = any(PERIOD_WORDS_RE.search(p.text) and CHANGE_WORD_RE.search(p.text) for p in prev[-3:])
        clinical = re.search(r"\b(?:placebo|patients|arm|treated|treatment|trial|study|dose|subjects|"
                             r"participants|cohort|group)\b", text, re.I)
        periodic = re.search(r"\b(?:quarter|fiscal|year[- ]ago|prior year|previous year|last year|"
                             r"year[- ]over[- ]year|year[- ]on[- ]year|same period|sequentially|"
                             r"(?:compared\s+(?:with|to)|versus|vs\.?|than|over|from|since)\s+(?:fiscal\s+)?"
                             r"(?:19|20)\d\d)\b", text, re.I)
        if re.search(r"\b(?:baseline|prior to (?:screening|treatment|enrollment|dosing)|pre-?treatment)\b",
                     text, re.I) and not periodic and direction != "difference":
            kind = "change-from-baseline"
        elif (has_conn or direction == "difference" or HR_RE.search(text) or re.search(r"\bhazard\s+ratio", text, re.I)) \
                and not periodic and (
                clinical or not FINANCE_WORDS_RE.search(text)):
            kind = "treatment-vs-control"
        elif period_ctx and (FINANCE_WORDS_RE.search(text) or PERIOD_WORDS_RE.search(text)):
            kind = "period-over-period"
        elif prev_period and q.cls == "percent" and direction in ("increase", "decrease") and not clinical:
            kind = "period-over-period"
        else:
            continue
        if q.cls != "percent" and kind == "treatment-vs-control" and direction != "difference" and not re.search(
                r"\b(?:over|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than(?:\s+[a-z]+){0,3}?)\s+"
                r"(?:the\s+)?(?:placebo|control|vehicle|sham)\b", text[q.end:], re.I):
            continue
        if q.cls != "percent" and direction != "difference" and not re.search(r"\b(?:compared|prior|previous|year[- ]ago|last year|same period|"
                                                r"from|versus|vs|relative\s+to|(?:over|than(?:\s+[a-z]+){0,3}?)\s+(?:the\s+)?"
                                                r"(?:placebo|control|vehicle|sham))\b",
                                                text, re.I) and not (kind == "period-over-period" and re.match(
                                                    r"[^.;]{0,40}?\bto\s+(?:approximately\s+)?[$€£]?\s?\d",
                                                    masked[q.end:])):
            continue
        arms = []
        # "increased 4.6 percent to $1.1 billion": the new level
        lvl = None
        tail = masked[q.end:q.end + 70]
        tm = re.match(r"\s*(?:,\s*)?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|y/y|yoy|y-o-y|y-on-y|q/q|qoq|q-o-q|"
                      r"sequentially|organically|"
                      r"over\s+the\s+(?:prior|previous)\s+(?:year|quarter)|(?:from|over|during|in|for|"
                      r"compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?[^,;$€£\d]{1,40}?),?\s+)?(?:to|at)\s+", tail, re.I)
        if tm:
            lvl = next((x for x in qs if x.start >= q.end + tm.end() - 1 and x.start <= q.end + tm.end() + 2
                       and id(x) not in used), None)
        if lvl is not None:
            used.add(id(lvl))
            per = period_phrase(text) if kind == "period-over-period" else None
            arms.append({"label": per, "value": lvl.value, "unit": lvl.unit, "text": lvl.text})
        if kind == "treatment-vs-control":
            t_label, c_label = sentence_arms(text)
            arms.append({"label": t_label, "value": None, "unit": None, "text": None})
            arms.append({"label": c_label, "value": None, "unit": None, "text": None})
        clause_lo = max([masked.rfind(sep, 0, q.start) + len(sep) for sep in (";", ", and ", ", while ", ", but ")
                        if masked.rfind(sep, 0, q.start) >= 0] + [0])
        if lvl is None and kind == "period-over-period":
            # "revenue was $120.5 million, up 8%": the level printed just before the change
            # ("$783 million in the first quarter of 2022, an increase of $22 million, or 3%")
            anchor = absolute[id(q)].start if id(q) in absolute else q.start
            lvl = next((x for x in reversed(qs) if x.end <= anchor and id(x) not in used and not changes[id(x)]
                       and x.cls in ("money", "eps") and re.fullmatch(r"[^;]{0,6}?(?:\s+(?:at|in|for|during|as\s+of)\s+"
                                                                      r"[^,;$€£\d]{1,40}?)?(?:,\s*)?(?:an?\s+)?"
                                                                      r"(?:up|down|increase[ds]?|decrease[ds]?|higher|"
                                                                      r"lower|rose|fell|grew|declined|dropped|climbed|"
                                                                      r"gained|jumped)?\s*(?:by\s+)?",
                                                                      masked[x.end:anchor])), None)
            if lvl is None:
                lvl = next((x for x in reversed(qs) if x.end <= anchor and id(x) not in used and
                           not changes[id(x)] and (x.cls in ("money", "eps") or pair_key(x) == pair_key(q)) and
                           re.fullmatch(r"(?:\s+(?:in|for|during|at|as\s+of|on)\s+[^,;$€£\d]{1,50}?)?(?:,\s*|\s+"
                                         r"(?:represent(?:s|ed|ing)|reflect(?:s|ed|ing)|mark(?:s|ed|ing)|"
                                         r"(?:which\s+)?(?:is|was))\s+|,\s*(?:representing|reflecting|marking)\s+)"
                                         r"(?:an?\s+)?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|organic|sequential|"
                                         r"reported|annual|underlying)\s+)?"
                                         r"(?:up|down|(?:increase|decrease|decline|rise|drop|reduction|gain|"
                                         r"growth|improvement)\s+of)\s+(?:by\s+)?(?:approximately\s+|about\s+|"
                                         r"nearly\s+|almost\s+|some\s+)?",
                                         masked[x.end:anchor])), None)
            if lvl is not None:
                used.add(id(lvl))
                arms.append({"label": period_phrase(text), "value": lvl.value, "unit": lvl.unit, "text": lvl.text})
        if kind == "period-over-period" and lvl is not None and len(arms) == 1:
            # "$1,204 million, up 7 per cent on the prior year (Q4 2023: $1,125 million)"
            bm = re.match(r"[^()\d;]{0,40}?\(\s*(?P<label>[^()\d:;]{0,20}[^()\d:;\s]*\s*[\d\x00/]*[^()\d:;]{0,20}):\s*", masked[q.end:])
            prior = next((x for x in qs if bm and x.start >= q.end + bm.end() - 1 and x.start <= q.end + bm.end() + 1
                         and id(x) not in used and pair_key(x) == pair_key(lvl)), None) if bm else None
            if prior is not None and PAREN_CLOSE_RE.match(masked, prior.end):
                used.add(id(prior))
                arms[0]["label"] = period_phrase(text[lvl.end:q.start]) or period_phrase(text[:lvl.start], last=True)
                arms.append({"label": text[q.end + bm.start("label"):q.end + bm.end("label")].strip() or None,
                             "value": prior.value, "unit": prior.unit, "text": prior.text})
        r = build(ctx, sent, prev, text, masked, q.start, kind, arms, qs, q.end, lo=clause_lo)
        r["change"] = {"value": q.value, "unit": q.unit, "direction": direction, "text": q.text}
        if id(q) in absolute:
            a = absolute[id(q)]
            r["change"]["absolute"] = {"value": a.value, "unit": a.unit, "text": a.text}
        what = re.match(r"\s*(?:relative\s+|absolute\s+)?(?:reduction|increase|improvement|decrease|decline|"
                        r"difference|drop|rise|change)\s+(?:in|of)\s+(?:the\s+)?(?:risk\s+of\s+)?"
                        r"([^,;()]{3,80}?)(?=\s*(?:[,;()]|$|\.|\band\s+an?\b|\bcompared\b|\bversus\b|"
                        r"\bvs\b|\bwith\b|\bamong\b|\bat\b))", text[q.end:])
        if what and (not r["measure"] or kind != "period-over-period"):
            r["measure"] = what.group(1).strip()
        used.add(id(q))
        if kind == "treatment-vs-control" and MORE_THAN_CONTROL_RE.match(masked[q.end:]):
            # "improved by 15.2 points on the MADRS at day 15, 4.1 points more than patients given placebo": the
            # treated arm's change and its difference from the control are one statement
            r0 = next((x for x in reversed(results) if x["kind"] == kind and x.get("change") and x["_end"] <= q.start
                      and x["change"]["unit"] == q.unit and all(a.get("value") is None for a in x["arms"])
                      and not any(x["_end"] <= y.start and y.end <= q.start and pair_key(y) == pair_key(q)
                                   for y in qs)), None)
            if r0 is not None and r0["arms"]:
                r0["arms"][0].update({"value": r0["change"]["value"], "unit": r0["change"]["unit"],
                                      "text": r0["change"]["text"]})
                r0["change"] = dict(r["change"], direction="difference")
                continue
        results.append(r)
    if respectively:
        split_respectively(results)
    return results


def extract_comparisons(release: Release, abbreviations: Optional[dict[str, str]] = None) -> list[dict]:
    ctx = Ctx(abbreviations or {})
    out: list[dict] = []
    for si, pi, _heading, _text, sents in paragraph_sentences(release):
        taken: set[int] = set()
        found: list[tuple[int, dict]] = []
        for k, s in enumerate(sents):
            rs = _sentence_comparisons(ctx, s, sents[:k])
            if rs:
                taken.add(k)
                for r in rs:
                    found.append((k, r))
        for k in range(1, len(sents)):
            if k in taken or k - 1 in taken:
                continue
            r = prior_in_next_sentence(ctx, release, sents[k - 1], sents[k], sents[:k - 1])
            if r is not None:
                taken.update({k - 1, k})
                for x in r:
                    found.append((k - 1, x))
        for k in range(1, len(sents)):
            if k in taken or k - 1 in taken:
                continue
            r = control_in_next_sentence(ctx, sents[k - 1], sents[k], sents[:k - 1])
            if r is not None:
                taken.update({k - 1, k})
                found.append((k - 1, r))
        for i, _last, r in single_results(ctx, sents, taken):
            found.append((i, r))
        found.sort(key=lambda kr: (kr[0], kr[1]["_at"]))
        for _, r in found:
            s = r.pop("_sent")
            r.pop("_at", None)
            r.pop("_end", None)
            r.pop("_first", None)
            last = r.pop("_last", None)
            r["source"] = make_span(release, si, pi, s.start, (last or s).end)
            out.append(r)
    return out
