"""Pairing: the ways other than a connector word in which a release prints two figures to compare.

Brackets ("EUR 1,405 million (EUR 1,513 million)"), parallel arms and "respectively", lists of arms
closed by the control arm, labelled entries ("placebo: 10.9%"), a comparison cue alone, a change
against the control's change, counts of patients, a list of changes against one control change, and
"not reached versus 18.4 months". Each step pairs the figures no earlier step has used.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Arm

from ..numbers import Quantity
from .building import TVC, Draft, arm, build
from .connectors import per_share_like, scaled
from .labels import label_after, strip_label
from .scan import Scan, adjectival, pair_key
from .vocabulary import (
    ARM_LEAD,
    ARMISH_RE,
    CLINICAL_CONTEXT_RE,
    CONTEXT_LOOKBACK,
    CONTROL_ARM_RE,
    CONTROL_PHRASE_RE,
    FINANCE_WORDS_RE,
    GROUPISH_RE,
    LABEL_LEAD,
    MAX_CHANGE_PAIR_GAP,
    MAX_GENERIC_GAP,
    PAREN_CLOSE_RE,
    PERIOD_WORDS_RE,
    TREATED_LEAD_RE,
)

_PATIENTS = ("patients", "subjects", "participants")
# the opening of a bracket after a figure, perhaps with the prior period's label: " (Q3/2024: ", " (2023: "
_PAREN_OPEN_RE = re.compile(r"(?:\s+[a-z]{3,20}(?=\s*\())?(?:\s+(?:in|for|during|at)\s+[^()\d;,]{1,40}?)?\s*\(\s*(?P<label>[^()\d:;]{1,30}:\s*)?(?:(?:gains?|losses?|income|expenses?|"
                            r"profit|loss)\s+of\s+)?", re.I)
_NOT_REACHED_RE = re.compile(
    r"\b(?:was\s+|were\s+|had\s+|has\s+)?not\s+(?:yet\s+)?(?:been\s+)?reached(?:\s*\(NR\))?(?:\s+(?:in|with|for|on)\s+"
    r"(?:the\s+)?(?P<a>[^,;()]{2,60}?))?\s*,?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?P<q>)", re.I)
# "41 of 104 patients (", "22 patients (": a count printed before its percentage
_RESPONDERS_RE = re.compile(r"(?:\b(?:\d+|[a-z]+)\s+(?:patients|subjects|participants)|\d+\s*(?:/|of|out\s+of)\s*\d+"
                            r"(?:\s+(?:patients|subjects|participants))?)\s*\(", re.I)
# "of patients", "of all the subjects": who the percentage is of
_WHO_RE = r"^\s*(?:of\s+(?:all\s+)?(?:the\s+)?(?:patients|subjects|participants|recipients)\b|(?:patients|subjects|participants)\b)?"
# the label of an entry of a list: "placebo: 10.9%", "Q3 2023 $790.1 million"
_LIST_LABEL = r"(?P<label>[A-Za-z\x00][\w\x00 .&/+-]{0,40}?)"
# the generic pairing: a comparison cue between two figures, what stops it, a cue right after the second
_GENERIC_CUE_RE = re.compile(
    r"\b(?:versus|vs\.?|compared|comparison|relative\s+to|against|than|as\s+opposed\s+to|in\s+contrast|"
    r"(?:from|over)(?=\s+(?:the\s+)?(?:approximately\s+|about\s+)?\S{0,4}$)|prior[- ](?:year|quarter|period)|"
    r"previous\s+(?:year|quarter|period)|year[- ]ago|a\s+year\s+(?:ago|earlier)|last\s+year|placebo|control|vehicle|"
    r"sham|comparator)\b", re.I)
_GENERIC_STOP_RE = re.compile(r"\b(?:baseline|excluding|including|related\s+to|of\s+which|driven|due\s+to|"
                              r"primarily|respectively|per)\b|\d\s?:\s?\d", re.I)
_GENERIC_TAIL_RE = re.compile(
    r"^[^;.]{0,50}?\b(?:prior[- ]year|previous\s+(?:year|quarter|period)|year[- ]ago|a\s+year\s+(?:ago|earlier)|"
    r"last\s+year|same\s+(?:period|quarter)|placebo|control|vehicle|sham|comparator|(?:at\s+the\s+)?end\s+of\s+"
    r"(?:19|20)\d\d)\b", re.I)
# the contrast that joins a change to the control arm's change
_CONTRAST_RE = re.compile(r"\b(?:whereas|while|but|compared|versus|vs\.?|in\s+contrast|as\s+opposed\s+to|against|"
                          r"relative\s+to)\b", re.I)
# "the treated group worsened by 4.1 points and the placebo group by 5.6 points": the verb not repeated
_ELIDED_CONTROL_RE = re.compile(r",?\s+and\s+(?=(?:the\s+|those\s+(?:on|receiving|given)\s+)?(?:[\w-]+\s+)?"
                                r"(?:placebo|control|vehicle|sham)\b[^,;]{0,30}?\s+by\s+(?:approximately\s+|about\s+)?$)",
                                re.I)
_ENROLMENT_RE = re.compile(r"\b(?:randomi[sz]\w*|enrol+\w*|assign\w*|allocat\w*|includ\w*|dosed|screen\w*|"
                           r"recruit\w*|treated|received|receiving)\b", re.I)


def bracket_pairs(scan: Scan) -> None:
    """"EUR 1,405 million (EUR 1,513 million)", "-1.2% (Q3/2024: -7.1%)", "EUR 2,314 million (2023: EUR 2,123
    million)": the figure in brackets right after a figure is the comparison period's (results releases
    that say "figures in parentheses refer to the corresponding period")."""
    text, masked, qs, changes, used = scan.text, scan.masked, scan.qs, scan.changes, scan.used
    if CLINICAL_CONTEXT_RE.search(text):
        return
    for a, b in zip(qs, qs[1:]):
        if id(a) in used or id(b) in used or changes[id(a)] or changes[id(b)] or "dose" in (a.cls, b.cls):
            continue
        m = _PAREN_OPEN_RE.match(masked, a.end)
        close = PAREN_CLOSE_RE.match(masked, b.end)
        if not m or not (m.end() == b.start or (m.end() > b.start and masked[b.start:m.end()].isspace())) or not close:
            continue
        eps_money = a.cls == "eps" and b.cls == "money" and a.unit.replace(" per share", "") == b.unit
        if (pair_key(a) != pair_key(b) and not eps_money) or (a.cls == "money" and a.unit != b.unit) or \
                a.unit is None:
            continue
        if re.match(r"\)\s*[:\d]", masked[close.end() - 1:]):
            continue  # "2012;160(3):461": a volume and issue
        label = text[m.start("label"):m.end("label")].strip(" :") if m.group("label") else ""
        scan.pair(a, b, a.start, close.end(), "paren", ("", label))


def not_reached(scan: Scan) -> list[Draft]:
    """"median OS was not reached in the X arm versus 18.4 months in the control arm": one arm
    without a figure (not reached), the other with its duration."""
    text = scan.text
    drafts = []
    for m in _NOT_REACHED_RE.finditer(scan.masked):
        q = next((x for x in scan.qs if x.start >= m.end() and x.start <= m.end() + 2 and id(x) not in scan.used), None)
        if q is None or q.cls != "duration":
            continue
        arms = [Arm(label=strip_label(text[m.start("a"):m.end("a")]) if m.group("a") else None, value=None,
                    unit=q.unit, text="not reached"),
                arm(q, label_after(text, q.end, len(text)))]
        drafts.append(build(scan, m.start(), TVC, arms, q.end))
        scan.used.add(id(q))
    return drafts


def parallel_pairs(scan: Scan) -> None:
    """"62% and 31% in the treatment and placebo groups, respectively";
    "2.4% for the patients that switched ..., and 1.9% for the patients randomized at baseline";
    "38.2% of patients receiving X and in 31.5% of patients receiving Y"; "was 7% and 5%, respectively"
    (the arms named in the sentence before)."""
    text, masked, changes, used = scan.text, scan.masked, scan.changes, scan.used
    free = [q for q in scan.qs if id(q) not in used and changes[id(q)] != "threshold" and q.cls != "dose"
            and q.unit not in _PATIENTS]
    for a, b in zip(free, free[1:]):
        if pair_key(a) != pair_key(b):
            # "0.41 events per patient-year with X and 0.93 with placebo": the unit printed once
            if not (b.unit is None and b.cls == "number" and a.cls in ("count", "number") and a.unit
                    and not changes[id(a)] and not changes[id(b)]):
                continue
            labels = _arm_phrases(text, masked, a, b)
            if labels:
                scan.pair(a, b, 0, len(masked), "arms", labels)
            continue
        if bool(changes[id(a)]) != bool(changes[id(b)]) and not (
                changes[id(a)] and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", masked[a.end:b.start])):
            continue
        if changes[id(a)] and not re.match(r"[^.;]*\brespectively\b", text[b.end:]):
            if changes[id(b)]:
                labels = _arm_phrases(text, masked, a, b)
                if labels and not FINANCE_WORDS_RE.search(text):
                    scan.pair(a, b, 0, len(masked), "arms", labels)
            continue
        between = masked[a.end:b.start]
        after = text[b.end:]
        m = re.fullmatch(r"\s*(?:,|and|,\s*and|versus|vs\.?)\s*", between)
        if m:
            r = re.match(r"(?:\s+of\s+(?:the\s+)?(?:patients|subjects|participants))?" + LABEL_LEAD +
                         r"([^,;.]{1,50}?)\s+(?:and|versus|vs\.?)\s+(?:the\s+)?([^,;.]{1,50}?)"
                         r"(?:(?:\s+(?:groups|arms|cohorts|periods))?,?\s+respectively|\s+(?:groups|arms|cohorts|regimens|"
                         r"dose\s+groups|treatment\s+groups|doses)\b)",
                         after, re.I) or re.match(r",?\s+respectively,?" + LABEL_LEAD + r"([^,;.]{1,50}?)\s+(?:and|versus|vs\.?)\s+"
                                                  r"(?:the\s+)?([^,;.()]{1,50}?)(?=\s*(?:[,;.()]|$|\s+(?:groups|arms)))",
                                                  after, re.I)
            if r:
                scan.pair(a, b, 0, len(masked), "arms", (r.group(1), r.group(2)))
            elif re.match(r",?\s+respectively\b", after) and a.cls == "percent" and not FINANCE_WORDS_RE.search(text) \
                    and any(CLINICAL_CONTEXT_RE.search(x) for x in [text] + [p.text for p in scan.prev[-CONTEXT_LOOKBACK:]]):
                scan.pair(a, b, 0, len(masked), "arms")
            continue
        labels = _arm_phrases(text, masked, a, b)
        if labels:
            scan.pair(a, b, 0, len(masked), "arms", labels)
            continue
        m = re.fullmatch(LABEL_LEAD + r"([^;]{2,90}?),?\s+(?:and|while|whereas|but|compared\s+(?:with|to))\s+", between,
                         re.I)
        r = re.match(LABEL_LEAD + r"([^,;.()]{2,60})", after, re.I)
        if m and r and GROUPISH_RE.search(m.group(1)) and GROUPISH_RE.search(r.group(1)):
            scan.pair(a, b, 0, len(masked), "arms", (m.group(1), r.group(1)))


def _arm_phrases(text: str, masked: str, a: Quantity, b: Quantity) -> Optional[tuple[str, str]]:
    """"14.2% of patients in the X group and 18.1% of patients in the placebo group";
    "41 of 104 patients (39.4%) in the high-dose group and 11 of 103 patients (10.7%) in the placebo group":
    the two arm labels, when the figures are printed that way."""
    between = re.sub(r"\([^()]*\)", " ", masked[a.end:b.start])
    between = _RESPONDERS_RE.sub(lambda m: " " * len(m.group()), between).replace("(", " ").replace(")", " ")
    between = re.sub(_WHO_RE, "", between, flags=re.I)
    between = re.sub(r"^\s*per\s+(?:100\s+)?[\w-]+(?:\s+years?)?", "", between, flags=re.I)
    unit_word = re.match(r"\s*([a-z]{3,15})\s", masked[a.end:])
    if unit_word and re.match(r"\s*" + unit_word.group(1) + r"\b", masked[b.end:]) and \
            unit_word.group(1) not in ("and", "with", "for", "the", "of", "in", "among", "on", "at", "or"):
        # "+8.4 letters with A and +8.9 letters with B": the unit noun printed after each figure
        between = re.sub(r"^\s*" + unit_word.group(1), " ", between)
        text = text[:b.end] + re.sub(r"^\s*" + unit_word.group(1), lambda mm: " " * len(mm.group()), text[b.end:])
    between = re.sub(r"\s(?:increased|decreased|rose|fell|dropped|declined|improved|worsened|grew)(?:\s+by)?\s*$", " ",
                     between, flags=re.I)
    m = re.fullmatch(ARM_LEAD + r"([^;]{2,90}?),?\s+(?:and|while|whereas|but|compared\s+(?:with|to)|versus|vs\.?)"
                     r"(?:\s+(?:it|this|that|the\s+(?:rate|figure|proportion))\s+(?:was|were|is|reached))?"
                     r"(?:\s+(?:in|for|among|with|on|of))?\s*\+?\s*", " " + between.strip() + " ", re.I)
    after = re.sub(_WHO_RE, "", re.sub(r"^\s*\([^()]*\)", " ", text[b.end:]).lstrip(" )"), flags=re.I)
    r = re.match(ARM_LEAD + r"([^,;.()]{2,60})", " " + after.strip(), re.I)
    def armish(mm: re.Match) -> bool:
        return bool(ARMISH_RE.search(mm.group(2)) or TREATED_LEAD_RE.match(mm.group("lead")))
    def short(mm: re.Match) -> bool:
        return len(mm.group(2).split()) <= 5 and not PERIOD_WORDS_RE.search(mm.group(2))
    if m and r and ((armish(m) and armish(r)) or (short(m) and short(r) and (
            CONTROL_ARM_RE.search(m.group(2)) or CONTROL_ARM_RE.search(r.group(2)) or armish(m) or armish(r) or (
                CLINICAL_CONTEXT_RE.search(text) and not FINANCE_WORDS_RE.search(text))))):
        return m.group(2).strip(), r.group(2).strip()
    return None


def list_arms(scan: Scan) -> None:
    """"52.1% in the high-dose group, 38.4% in the low-dose group and 17.9% in the placebo group": each
    active arm against the control arm that closes the list (the last two are paired already)."""
    masked, qs, changes, used = scan.masked, scan.qs, scan.changes, scan.used
    for pair in scan.pairs[:]:
        if pair.how != "arms" or not CONTROL_ARM_RE.search(pair.second_label):
            continue
        qb = pair.a
        while True:
            a = next((x for x in reversed(qs) if x.end <= qb.start and id(x) not in used and x.cls != "dose"), None)
            if a is None or pair_key(a) != pair_key(qb) or changes[id(a)] == "threshold":
                break  # ("fell 44.0% in the X group, 31.5% in ...": the verb before the list is the list's)
            m = re.fullmatch(ARM_LEAD + r"([^,;]{2,60}?)\s*,\s*", masked[a.end:qb.start], re.I)
            if not m or not (ARMISH_RE.search(m.group(2)) or TREATED_LEAD_RE.match(m.group("lead"))):
                break
            scan.pair(a, pair.b, pair.lo, pair.hi, "arms", (m.group(2).strip(), pair.second_label))
            qb = a


def labelled_pairs(scan: Scan) -> None:
    """"rimegepant: 21.2%; placebo: 10.9%", "Q3 2024 $812.5 million; Q3 2023 $790.1 million" (figures each after
    its label, the entries separated by ';'); "63% (venetoclax plus azacitidine) and 28% (azacitidine alone)"
    (each label in brackets after its figure)."""
    text, masked, changes, used = scan.text, scan.masked, scan.changes, scan.used
    free = [q for q in scan.qs if id(q) not in used and not changes[id(q)] and q.cls != "dose" and not adjectival(q)]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used or pair_key(a) != pair_key(b):
            continue
        m2 = re.fullmatch(r"\s*;\s*" + _LIST_LABEL + r"\s*:?\s*", masked[a.end:b.start])
        m1 = re.search(r"(?:^|[;:—–]\s*)" + _LIST_LABEL + r"\s*:?\s*$", masked[:a.start])
        if m1 and m2:
            l1 = text[m1.start("label"):m1.end("label")].strip()
            l2 = text[a.end + m2.start("label"):a.end + m2.end("label")].strip()
            periodic = PERIOD_WORDS_RE.search(" " + l1) and PERIOD_WORDS_RE.search(" " + l2)
            if periodic or CONTROL_ARM_RE.search(l1 + " " + l2):
                scan.pair(a, b, 0, len(masked), "arms", (l1, l2))
            continue
        m = re.fullmatch(r"\s*\(([A-Za-z][^()]{1,50})\)\s*(?:,\s*)?(?:and|versus|vs\.?|compared\s+(?:with|to))\s*", masked[a.end:b.start])
        r = re.match(r"\s*\(([A-Za-z][^()]{1,50})\)", masked[b.end:])
        if m and r and not re.match(r"(?:n|p|CI|HR|range|IQR)\b", m.group(1)):
            scan.pair(a, b, 0, len(masked), "arms", (m.group(1), r.group(1)))


def generic_pairs(scan: Scan) -> None:
    """Fallback when the specific forms miss: two comparable figures (same kind and unit family) close
    together in one clause, with a comparison cue between them (versus, compared, than, from, placebo,
    prior year ...) or right after the second ("... in the year-ago quarter"). Guards: no ';' or second
    verb of being with another financial measure between them, neither figure a change, threshold,
    dose, count of patients or adjective."""
    text, masked, qs, changes, used = scan.text, scan.masked, scan.qs, scan.changes, scan.used
    free = [q for q in qs if id(q) not in used and not changes[id(q)] and q.cls != "dose" and not adjectival(q)
            and q.unit not in _PATIENTS]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used or pair_key(a) != pair_key(b) or (a.unit != b.unit and a.cls != "money"):
            continue
        between = masked[a.end:b.start]
        if len(between) > MAX_GENERIC_GAP or ";" in between or any(
                a.end <= x.start and x.end <= b.start and id(x) not in used and not changes[id(x)]
                and pair_key(x) != pair_key(a) and x.cls in ("money", "eps", "percent") for x in qs):
            continue
        if (any(a.end <= x.start and x.end <= b.start and changes[id(x)] not in (None, "threshold") for x in qs) and
                re.search(r"\bto\s+(?:approximately\s+|about\s+)?$", masked[max(0, b.start - 20):b.start])) or \
                (per_share_like(a, text) != per_share_like(b, text) and (scaled(a) or scaled(b))):
            continue  # ("$0.80 compared with last year, while net income was down 4% to $3.6 billion": a new level)
        if not (_GENERIC_CUE_RE.search(between) or _GENERIC_TAIL_RE.match(masked[b.end:])):
            continue
        if _GENERIC_STOP_RE.search(between) or _GENERIC_STOP_RE.search(masked[max(0, a.start - 12):a.start]) or \
                (a.value == b.value and a.cls != "money") or (a.cls == "duration" and FINANCE_WORDS_RE.search(text)):
            continue
        if re.search(r"\b(?:was|were|is|are|totaled|reached)\b", between) and FINANCE_WORDS_RE.search(between) \
                and not re.search(r"\b(?:compared|versus|vs\.?|than|from)\b", between[:30], re.I):
            continue
        scan.pair(a, b, 0, len(masked), "versus")


def change_pairs(scan: Scan) -> None:
    """A change in one arm against the change in the control arm, in two clauses joined by a contrast:
    "decreased by 61.2 mg/dL, whereas placebo patients saw a 2.3 mg/dL increase"; "fell 58% from baseline in the
    treatment group while remaining essentially unchanged (−3%) in the placebo group"."""
    text, masked, qs, changes, used = scan.text, scan.masked, scan.qs, scan.changes, scan.used
    ch = [q for q in qs if id(q) not in used and changes[id(q)] not in (None, "threshold", "difference")
          and q.cls != "dose"]
    def unit_of(q: Quantity) -> Optional[str]:
        # "1.7 percentage points ... a 0.3-point decline": the second figure's unit printed short
        return "points" if q.unit in ("percentage points", "point", "points") else q.unit
    for a, b in zip(ch, ch[1:]):
        if id(a) in used or id(b) in used or unit_of(a) != unit_of(b) or (
                pair_key(a) != pair_key(b) and unit_of(a) != "points"):
            continue
        between = masked[a.end:b.start]
        cue = _CONTRAST_RE.search(between) or _ELIDED_CONTROL_RE.search(between)
        if len(between) > MAX_CHANGE_PAIR_GAP or ";" in between or not cue:
            continue
        if any(a.end <= x.start and x.end <= b.start and x.cls == a.cls and id(x) not in used and not re.search(
                r"\bbaseline\s+(?:of\s+|was\s+)?$", masked[max(0, x.start - 20):x.start], re.I) for x in qs):
            continue  # (a baseline value printed between is no arm: "from a baseline of 8.1%")
        rest = between[cue.end():]
        tail = re.match(r"[^;.]{0,60}", masked[b.end:]).group()
        if not CONTROL_ARM_RE.search(rest + " " + tail) or FINANCE_WORDS_RE.search(text) or \
                re.search(r"\b(?:respectively|excluding|including|and)\b", rest, re.I):
            continue  # ("reduced by 56% versus placebo with the high dose, and by 41% with the low dose": two results)
        ctl = CONTROL_PHRASE_RE.search(rest + " " + tail)
        own = text[max(0, text.rfind(",", 0, a.start) + 1):a.start] + " " + text[a.end:a.end + cue.start()]
        named = list(re.finditer(r"(?:\b(?:in|with|among|on|for)\s+)?(?:the\s+)?([\w][^,;()]{1,40}?\b(?:group|arm|cohort|"
                                 r"patients|dose))\b", own, re.I)) or \
            list(re.finditer(r"\b(?:with|on|receiving)\s+(?:the\s+)?([A-Za-z][\w-]{2,30})\b", own)) or \
            list(re.finditer(r"\b(?:in|among|for)\s+(?:the\s+)?([^,;()]{2,40}?\b(?:group|arm|cohort|patients))\b",
                             text[:a.start], re.I))
        label1 = strip_label(named[-1].group(1)) if named else None
        scan.pair(a, b, 0, len(masked), "arms", (label1 or "", ctl.group().strip() if ctl else ""))


def patient_count_pairs(scan: Scan) -> None:
    """"achieved by nine patients on drug and one on placebo": counts of patients as the arms' results (never when
    the sentence counts enrolment: "312 patients were randomized to drug and 150 to placebo")."""
    text, masked, changes, used = scan.text, scan.masked, scan.changes, scan.used
    if _ENROLMENT_RE.search(text) or not CONTROL_ARM_RE.search(text):
        return
    free = [q for q in scan.qs if id(q) not in used and not changes[id(q)] and q.cls == "count"
            and q.unit in _PATIENTS]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used:
            continue
        labels = _arm_phrases(text, masked, a, b)
        if labels and (CONTROL_ARM_RE.search(labels[0]) or CONTROL_ARM_RE.search(labels[1])):
            scan.pair(a, b, 0, len(masked), "arms", labels)


def shared_control_changes(scan: Scan) -> None:
    """"lowered by 54% in the 420 mg group and by 49% in the 140 mg group, compared to a 2% rise among placebo":
    each earlier arm of a list of changes against the control change that closes it."""
    text, masked, qs, changes, used = scan.text, scan.masked, scan.qs, scan.changes, scan.used
    for pair in scan.pairs[:]:
        qb, qc = pair.a, pair.b
        if not changes[id(qb)] or not changes[id(qc)] or qc.start < qb.start:
            continue
        while True:
            a = next((x for x in reversed(qs) if x.end <= qb.start and x.cls != "dose" and not adjectival(x)), None)
            if a is None or id(a) in used or not changes[id(a)] or changes[id(a)] == "threshold" or \
                    pair_key(a) != pair_key(qb):
                break
            m = re.fullmatch(ARM_LEAD + r"([^,;]{2,60}?)\s*,?\s*and\s+(?:by\s+)?", masked[a.end:qb.start], re.I)
            if not m or not (ARMISH_RE.search(m.group(2)) or TREATED_LEAD_RE.match(m.group("lead"))):
                break
            ctl = pair.second_label if pair.how == "arms" else (label_after(text, qc.end, len(text)) or "")
            scan.pair(a, qc, pair.lo, pair.hi, "arms", (m.group(2).strip(), ctl))
            qb = a
