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

from .common import SKIPPED_ROLES
from .numbers import (
    _WORDNUM,
    CI_RE,
    HR_RE,
    N_RE,
    P_VALUE_RE,
    Quantity,
    clean_value,
    find_quantities,
    mask_dates,
    p_value_from_match,
    parse_number,
)


def make_span(release: Release, section: int, paragraph: int, start: int, end: int) -> dict:
    text = release.sections[section].paragraphs[paragraph]
    return {"section": section, "paragraph": paragraph, "start": start, "end": end, "text": text[start:end]}


def paragraph_sentences(release: Release):
    for sents in SentenceIndex(release).paragraphs:
        if sents and sents[0].role not in SKIPPED_ROLES:
            yield sents[0].section, sents[0].paragraph, sents[0].heading, sents[0].paragraph_text, sents

CONNECTOR_RE = re.compile(
    r"\b(?:as\s+)?(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+opposed\s+to|in\s+contrast\s+to|"
    r"contrasted\s+with|versus|vs\.?|v\.(?=\s)|"
    r"relative\s+to|against|over\s+(?=the\s+(?:same|prior|previous|year-ago|comparable))|"
    r"up\s+from|down\s+from|from|than(?:\s+(?:with|for|in|on|among))?(?!\s+(?:[$€£]?\d|approximately|about|"
    r"expected|anticipated|in\s+(?:19|20)\d\d)))(?![\w-])(?!\s+baseline\b)",
    re.IGNORECASE,
)

CHANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:increased?|increases|increasing|decreased?|decreases|decreasing|grew|grow|grows|"
    r"growth\s+of|rose|rise\s+of|risen|fell|fall|falls|fallen|declined?|declines|dropped|"
    r"drop\s+of|gained|jumped|climbed|improved|improvement\s+of|reduced|reduction\s+of|contracted|expanded|"
    r"widened|narrowed|slipped|edged\s+(?:up|down)|advanced|surged|soared|plunged|tumbled|shrank|softened|"
    r"raised|lowered|boosted|hiked|trimmed|leveraged|deleveraged|"
    r"(?:growth|increase|decrease|decline|reduction|improvement)\s+(?:was|were|of|is|amounted\s+to|reached)|"
    r"increase\s+of|decrease\s+of|decline\s+of|difference\s+of|change\s+of|up|down|"
    r"higher|lower|better|by)\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|roughly\s+|~)?)$",
    re.IGNORECASE,
)
CHANGE_AFTER_RE = re.compile(
    r"^\s*(?:relative\s+|absolute\s+|mean\s+|median\s+|statistically\s+significant\s+|"
    r"greater\s+|overall\s+|(?!of\b|for\b|in\b|to\b|and\b|or\b|at\b|on\b|with\b|represent\w*|reflect\w*|mark(?:s|ed|ing)\b|"
    r"(?:was|is|were)\b)[a-z-]{2,15}\s+){0,2}(?P<word>increase|decrease|reduction|improvement|decline|rise|"
    r"growth|drop|higher|lower|fewer|more|less|greater|longer|shorter|gain|lift|jump|change|difference|"
    r"year-over-year|year-on-year|y/y|yoy|reductions)\b",
    re.IGNORECASE,
)
_DIRECTION = {
    "increase": "increase", "increased": "increase", "increases": "increase", "increasing": "increase",
    "grew": "increase", "grow": "increase", "grows": "increase", "growth": "increase", "rose": "increase",
    "rise": "increase", "risen": "increase", "gained": "increase", "gain": "increase", "jumped": "increase",
    "jump": "increase", "climbed": "increase", "up": "increase", "higher": "increase", "more": "increase",
    "greater": "increase", "lift": "increase", "longer": "increase", "shorter": "decrease",
    "decrease": "decrease", "decreased": "decrease", "decreases": "decrease", "decreasing": "decrease",
    "fell": "decrease", "fall": "decrease", "falls": "decrease", "fallen": "decrease", "decline": "decrease",
    "declined": "decrease", "declines": "decrease", "dropped": "decrease", "drop": "decrease",
    "down": "decrease", "lower": "decrease", "fewer": "decrease", "less": "decrease",
    "reduction": "reduction", "reductions": "reduction", "reduced": "reduction",
    "improvement": "improvement", "improved": "improvement", "better": "improvement",
    "raised": "increase", "boosted": "increase", "hiked": "increase", "lowered": "decrease", "trimmed": "decrease",
    "contracted": "decrease", "expanded": "increase", "narrowed": "decrease", "widened": "increase",
    "surged": "increase", "soared": "increase", "plunged": "decrease", "tumbled": "decrease", "shrank": "decrease",
    "slipped": "decrease", "advanced": "increase", "softened": "decrease",
}

CHANGE_WORD_RE = re.compile(r"\b(?:increase[ds]?|decrease[ds]?|grew|rose|fell|declined|up|down|higher|lower)\b", re.I)
PERIOD_WORDS_RE = re.compile(
    r"\b(?:quarter|quarterly|fiscal|year[- ]ago|year[- ]over[- ]year|year[- ]on[- ]year|prior[- ]year|"
    r"previous\s+(?:year|quarter|period)|same\s+period|comparable\s+period|corresponding\s+period|"
    r"last\s+year|prior\s+period|full[- ]year|twelve\s+months\s+ended|(?:three|six|nine|twelve|3|6|9|12)"
    r"\s+months\s+ended|year\s+ended|period\s+ended|[QH][1-4]\b|first\s+half|second\s+half|"
    r"a\s+year\s+earlier|the\s+year\s+before|(?:in|for|during|of|than|versus|vs\.?|to|with)\s+(?:19|20)\d\d\b|(?:as\s+of|at|on|through)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|sequential(?:ly)?)",
    re.IGNORECASE,
)
FINANCE_WORDS_RE = re.compile(
    r"\b(?:revenues?|sales|income|loss(?:es)?|earnings|EPS|EBITDA|EBIT|margin|expenses?|costs?|"
    r"cash|profit|dividend|shares?|deliveries|orders|bookings|backlog|operating|net|gross|"
    r"R&D|SG&A|billings|subscribers|customers|stores|prescriptions|volume|price|guidance|capital|"
    r"ROCE|ROE|ROIC|ROA|churn|ARPU|ARR|debt|assets|equity|deposits|loans|production|shipments|"
    r"units|traffic|bookings|tax|EBITA|dividends?|payout|liquidity|inventor(?:y|ies)|working\s+capital|headcount|"
    r"employees|"
    r"efficiency\s+ratio|ratio)\b",
    re.IGNORECASE,
)

# Clinical endpoints: long form -> short form (used when the release gives no abbreviation).
ENDPOINTS = {
    "overall survival": "OS", "progression-free survival": "PFS", "progression free survival": "PFS",
    "leukemia-free survival": "LFS", "leukaemia-free survival": "LFS", "disease-free survival": "DFS",
    "event-free survival": "EFS", "relapse-free survival": "RFS", "recurrence-free survival": "RFS",
    "metastasis-free survival": "MFS", "overall response rate": "ORR", "objective response rate": "ORR",
    "complete response": "CR", "duration of response": "DOR", "time to progression": "TTP",
    "pathologic complete response": "pCR", "major adverse cardiovascular events": "MACE",
}
ENDPOINT_SHORT = {"OS", "PFS", "LFS", "DFS", "EFS", "RFS", "MFS", "ORR", "CR", "DOR", "TTP", "pCR",
                  "MACE", "HbA1c", "LDL-C", "BCVA", "ACR20", "ACR50", "PASI", "EASI", "FEV1"}
_MODIFIER_RE = re.compile(
    r"\b(?:median|mean|average|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week))\b",
    re.IGNORECASE,
)
_SUBJECT_END_RE = re.compile(
    r"\b(?:was|were|is|are|has been|have been|totaled|totalled|totaling|amounted\s+to|reached|"
    r"increased|decreased|grew|rose|fell|declined|improved|dropped|climbed|came\s+in\s+at|stood\s+at|"
    r"of\s+(?=[$€£]|(?!(?:19|20)\d\d\b)\d|approximately|about|C\$|EUR|USD)|showed|demonstrated|achieved|reported|"
    r"rose|jumped|gained|compared|versus|vs\.?|remained|contracted|expanded|narrowed|widened|softened|slipped|"
    r"surged|stood|(?:up|down)(?=\s*$|\s+(?:by\s+)?(?:approximately\s+)?\d)|grows|grow)\b",
    re.IGNORECASE,
)
_ANAPHORA_RE = re.compile(r"^(?:this|that|these|those|it|the\s+effect|the\s+benefit|the\s+difference|"
                          r"the\s+result|the\s+results|such)\b", re.IGNORECASE)
_PERIOD_PHRASE_RE = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:same|prior|previous|comparable|corresponding|year[- ]ago)[\w\s-]{0,20}?"
    r"(?:quarter|year|period|half)(?:\s+(?:of|in)\s+(?:19|20)\d\d)?|a\s+year\s+(?:ago|earlier)|"
    r"(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|full[- ]year|fiscal\s+year|"
    r"fiscal\s+(?:19|20)\d\d|(?:first|second)\s+half|(?:three|six|nine|twelve)\s+months|year|quarter)"
    r"(?:\s+(?:of|ended|ending)\s+(?:\w+\s+\d{1,2},\s+)?(?:fiscal\s+)?(?:19|20)\d\d|\s+(?:19|20)\d\d)?|"
    r"[QH][1-4]\s?(?:FY)?'?(?:19|20)?\d\d|[QH][1-4]\b|(?:fiscal\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _period_phrase(text: str, last: bool = False) -> Optional[str]:
    found = [m.group().strip() for m in _PERIOD_PHRASE_RE.finditer(text)
             if m.group().strip() and m.group().strip().lower() not in ("year", "quarter", "the year", "the quarter")]
    if not found:
        return None
    return found[-1] if last else found[0]


_NOT_CHANGE_BY = {"reported", "achieved", "experienced", "observed", "seen", "attained", "met", "shown", "noted",
                  "followed", "led", "driven", "offset", "accompanied", "caused", "held", "owned", "used",
                  "completed", "reached", "exceeded", "surpassed", "funded", "supported", "affected", "impacted",
                  "represented", "chosen", "preferred", "rated", "selected", "endorsed", "recorded"}


_DIFFERENCE_RE = re.compile(r"\bdifference\s+(?:from|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:the\s+)?"
                            r"(?:placebo|control|vehicle|sham)\b[^.;]{0,80}?(?:\bwas|\bof|:)\s+(?:approximately\s+)?$",
                            re.I)


_VS_CONTROL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|over)\s+"
                                  r"(?:the\s+)?(?:placebo|sham|vehicle|control)\b", re.I)


def _is_change(masked: str, q: Quantity) -> Optional[str]:
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
            return _DIRECTION.get(vm.group("v").lower(), "change")
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
            if word in _NOT_CHANGE_BY:
                return None
            if word not in _DIRECTION:
                return "change"
        return _DIRECTION.get(word, "change")
    after = masked[q.end:q.end + 40]
    m = CHANGE_AFTER_RE.match(after)
    if m:
        return _DIRECTION.get(m.group("word").lower(), "change")
    return None


def _strip_label(text: str) -> Optional[str]:
    t = text.strip(" ,;:.()[]\u00a0")
    t = re.sub(r"^(?:or|and|respectively)\b.*$", "", t, flags=re.I).strip()
    t = re.sub(r"\((?:[^()]*)\)\s*$", "", t).strip()
    t = re.sub(r"^(?:of|for|in|on|with|among|at|from|to|by|within|compared\s+(?:with|to))\s+", "", t, flags=re.I)
    t = re.sub(r"^(?:only|just)\s+", "", t, flags=re.I)
    t = re.sub(r"^(?:an?\s+)?(?:increase|decrease|reduction|improvement|decline|rise|drop|change|gain|loss)\s+"
               r"(?:with|in|for|among|on)\s+", "", t, flags=re.I)
    t = re.sub(r"^(?:patients|subjects|participants)\s+(?:who\s+)?(?:received|receiving|treated\s+with|in|on)\s+",
               "", t, flags=re.I)
    t = re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I)
    t = re.sub(r",.*$", "", t)
    t = re.sub(r"\s+(?:had|has|have|was|were|is|are|showed|achieved|experienced|reported)\b.*$", "", t)
    t = t.strip(" ,;:.")
    if not t or len(t) > 80 or not re.search(r"[A-Za-z]", t):
        return None
    if re.fullmatch(r"(?:at|to|of|in|on|by|months?|weeks?|years?|days?|equity|percent|per\s+cent)", t, re.I):
        return None
    return t


def _label_after(text: str, q_end: int, limit: int) -> Optional[str]:
    seg = text[q_end:limit]
    seg = re.split(r"\s*(?:\(|,|;|\bcompared\b|\bversus\b|\bvs\b|\bwhich\b|\bwhile\b|\band\b|\bor\b|\bfrom\b|\bthan\b|"
                   r"\bexperienced\b|\bamounted\b|"
                   r"\bprimarily\b|\bmainly\b|\blargely\b|\bdue\b|\bdriven\b|\bbecause\b|\breflecting\b)", seg)[0]
    return _strip_label(seg)


def _label_before(text: str, lo: int, q_start: int) -> Optional[str]:
    seg = text[lo:q_start].rstrip(" (")
    ms = list(re.finditer(r"\b(?:in|on|for|with|among|of)\s+(?:the\s+)?([^,;()]{2,60}?)\s*(?:\(|$)", seg))
    if ms:
        return _strip_label(ms[-1].group(1))
    return None


_TREATED_RE = re.compile(r"\b(?:receiving|received|treated\s+with|given|on)\s+(?:the\s+)?"
                         r"([A-Z0-9][\w+./-]*(?:\s(?:\+\s)?[A-Z0-9][\w+./-]*)*)")
_COMPARATOR_RE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|than(?:\s+with)?|over(?=\s+(?:the\s+)?(?:placebo|control|vehicle|sham)))\s+"
                            r"(?:the\s+|those\s+(?:on|receiving|given)\s+)?([^,;()]{2,50}?)"
                            r"(?=\s*(?:[,;()]|$|\.|\bin\b|\bwith\b|\bat\b|\bover\b|\bfor\b|\bthrough\b))", re.I)


def _sentence_arms(text: str) -> tuple[Optional[str], Optional[str]]:
    """(treatment, comparator) named anywhere in a sentence, for figures printed without labels."""
    tr = _TREATED_RE.search(text)
    cm = _COMPARATOR_RE.search(text)
    if not tr:
        tr = re.search(r"(?<![\w-])([\w+./-]*[A-Za-z][\w+./-]*)\s+(?=(?:\([^)]*\)\s+)?(?:compared\s+(?:with|to)|versus|vs\.?)\s)",
                       text)
        if tr and tr.group(1).lower() in ("was", "were", "is", "are", "reduction", "increase", "improvement",
                                          "the", "when", "and", "or", "lower", "higher", "as"):
            tr = None
    c = _strip_label(cm.group(1)) if cm else None
    if c and re.match(r"[\d.]", c):
        c = None
    return (tr.group(1) if tr else None), c


def _arm_label(text: str, q: Quantity, lo: int, hi: int) -> Optional[str]:
    br = re.match(r"\s*\(([A-Za-z][\w +/-]{1,30})\)", text[q.end:hi])
    if br and not re.match(r"(?:n|p|CI|HR|range|IQR)\b", br.group(1)) and not PERIOD_WORDS_RE.search(" " + br.group(1)):
        return br.group(1)  # "16.4 months (drug) versus 12.1 months (docetaxel)"
    label = _label_after(text, q.end, hi)
    if label and re.match(r"(?:million|billion|percent|per share|a share)\b", label, re.I):
        label = None
    if label and re.search(r"\b(?:was|were|is|are|had|has)\b", label):
        label = None
    if not label:
        label = _label_before(text, lo, q.start)
    if label and re.search(r"\d", label) and not re.search(r"(?:19|20)\d\d|Q[1-4]|[A-Z]{2,}[- ]?\d", label):
        label = None
    return label


def _subject(text: str, lo: int, first_q: int) -> str:
    seg = text[lo:first_q]
    m = _SUBJECT_END_RE.search(seg)
    subj = seg[:m.start()] if m else seg
    subj = re.sub(r"\s+(?:of|at|to|by|for|in|was|were|totaling|totalling|approximately|about)\s*$", "", subj.strip(" ,;:"))
    return subj.strip(" ,;:")


def _split_subject(subject: str) -> tuple[str, Optional[str], Optional[str]]:
    """(measure, population, leading context) from a sentence subject."""
    lead = None
    s = re.sub(r"^(?:further|furthermore|additionally|in addition|moreover|overall|importantly|notably|"
               r"specifically|similarly|also|however|as a result),?\s+", "", subject, flags=re.I)
    m = re.match(r"^(?:(?:in|among|for|during|across|within|at|as of|following|after|before|upon|on|despite|"
                 r"given|since|as\s+a\s+result\s+of|with)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|"
                 r"[^,]{3,100}),\s*|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d),\s*)", s, flags=re.I)
    if m:
        lead = m.group().strip(" ,")
        s = s[m.end():]
    s = re.sub(r"^(?:the|a|an|our|its|their|total)\s+", lambda mm: "" if mm.group().lower().strip() != "total" else mm.group(), s, flags=re.I)
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I).strip()
    pop = None
    pms = list(re.finditer(r"\s+(?:of|in|among|for)\s+(?:the\s+)?(?=[^,]*\b(?:patients?|population|"
                                  r"subjects|participants|group|cohort|arm|children|adults)\b)", s, flags=re.I))
    pm = pms[-1] if pms else None
    if pm:
        pop = s[pm.end():].strip()
        s = s[:pm.start()].strip()
    if not pop and lead and re.search(r"\b(?:patients?|population|subjects|participants|group|cohort)\b",
                                     lead, re.I):
        pop = re.sub(r"^(?:in|among|for|within|across)\s+(?:the\s+)?", "", lead, flags=re.I)
    return s, pop, lead


def _endpoint_measure(text: str, abbreviations: dict[str, str], last: bool = False) -> Optional[str]:
    """"median LFS" from "the median LFS of ..." or "median duration of the overall survival"."""
    long_to_short = {v.lower(): k for k, v in abbreviations.items()}
    for k, v in ENDPOINTS.items():
        long_to_short.setdefault(k, v)
    found: list[tuple[int, str]] = []
    low = text.lower()
    for long, short in long_to_short.items():
        if re.search(r"\b(?:survival|response|progression|remission|relapse|events?|rate)\b", long) or \
                short in ENDPOINT_SHORT:
            i = low.find(long)
            if i >= 0:
                found.append((i, short))
    for short in set(abbreviations) | ENDPOINT_SHORT:
        long = abbreviations.get(short, "")
        if short in ENDPOINT_SHORT or re.search(r"survival|response|remission|relapse|progression", long, re.I):
            for mm in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                found.append((mm.start(), short))
    if not found:
        return None
    found.sort()
    short = found[-1][1] if last else found[0][1]
    mods = [m.group().lower() for m in _MODIFIER_RE.finditer(text)]
    mod = None
    for m in mods:
        if re.search(r"year|month|week", m):
            mod = m.replace(" ", "-")
            break
    if not mod and mods:
        mod = mods[0]
    return f"{mod} {short}" if mod else short


_REPORTED_RE = re.compile(
    r"\b(?:reported|posted|recorded|generated|delivered|announced|had|achieved|with)\s+(?:a\s+|an\s+|its\s+)?"
    r"(?P<m>(?:[\w&'/,-]+\s+){0,7}?[\w&'/-]+)\s+(?:of|totaling|totalling|amounting\s+to)\s+"
    r"(?:approximately\s+|about\s+|nearly\s+|roughly\s+|~)?$", re.I)


_ISSUER_RE = re.compile(r"\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|AG|SE|SA|N\.?V|LLC|LP|Group|"
                        r"Holdings?|NYSE|NASDAQ|Nasdaq|TSX|LSE|ASX)\b|^(?:the\s+company|we|it|the\s+group|the\s+bank|"
                        r"the\s+firm|management|they)$", re.I)


def _reporting_unit(entity: str) -> Optional[str]:
    """"The Domestic segment, which includes ..., reported" -> "Domestic segment"; "Sears Canada reported" ->
    "Sears Canada"; None for the issuer itself ("Sears, Roebuck and Co. (NYSE: S) today reported")."""
    e = re.sub(r"\([^()]*\)", " ", entity)
    e = re.sub(r",\s*(?:which|who|that)\b.*$", "", e)
    e = re.sub(r"\b(?:today|also|again|recently|separately|previously)\b", " ", e, flags=re.I)
    e = re.sub(r"^(?:the|its|our)\s+", "", re.sub(r"\s+", " ", e).strip(" ,;:"), flags=re.I)
    if not e or len(e.split()) > 5 or _ISSUER_RE.search(e) or not re.match(r"[A-Z]", e):
        return None
    if "," in e or re.search(r"\b(?:was|were|is|are|has|had)\b", e):
        return None
    return e


def _strip_period_words(m: str) -> str:
    m = re.sub(r"\s+(?:for|in|during|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:quarter|year|period|half|months)\b.*$",
               "", m, flags=re.I)
    m = re.sub(r"^(?:(?:first|second|third|fourth|full[- ]year|full|fiscal|(?:19|20)\d\d|Q[1-4]|year|"
               r"quarterly|annual|the)\s+)+(?:quarter\s+|year\s+)?", "", m, flags=re.I)
    return m.strip(" ,")


def _kind(text: str, arms_text: str, quantities: list[Quantity]) -> str:
    if PERIOD_WORDS_RE.search(arms_text):
        return "period-over-period"
    if any(q.cls in ("money", "eps") for q in quantities):
        return "period-over-period"
    if PERIOD_WORDS_RE.search(text) and FINANCE_WORDS_RE.search(text) and not re.search(
            r"\b(?:placebo|control|arm|patients|treated)\b", text, re.I):
        return "period-over-period"
    return "treatment-vs-control"


def _stats(text: str) -> dict:
    out: dict = {"p_value": None, "ci": None, "hazard_ratio": None}
    m = P_VALUE_RE.search(text)
    if m:
        out["p_value"] = p_value_from_match(m)
    m = HR_RE.search(text)
    if m:
        out["hazard_ratio"] = float(m.group("num"))
    m = CI_RE.search(text)
    if m:
        out["ci"] = {"level": float(m.group("level")), "low": float(m.group("lo").replace("−", "-")),
                     "high": float(m.group("hi").replace("−", "-")), "text": m.group().strip()}
    return out


class _Ctx:
    def __init__(self, abbreviations: dict[str, str]):
        self.abbreviations = abbreviations


def _adjectival(q: Quantity) -> bool:
    """"13-week fiscal quarter", "36-week trial": a duration used as an adjective, not a result."""
    return q.cls == "duration" and "-" in q.text


def _pair_key(q: Quantity) -> tuple:
    if q.cls in ("number", "scaled"):
        return ("number", q.unit)
    if q.cls == "money":
        return ("money", None)
    if q.cls == "count":
        return ("count", q.unit)
    return (q.cls, None)


_GROUPISH_RE = re.compile(r"\b(?:patients|subjects|participants|group|arm|cohort|placebo|control|treated|"
                          r"receiving|switched|randomi[sz]ed|dose|(?:19|20)\d\d|quarter|year|period)\b", re.I)
_LABEL_LEAD = r"\s+(?:for|in|among|with|on|at)\s+(?:the\s+)?"


_FORECAST_RE = re.compile(r"\b(?:expects?|expected\s+to|forecasts?|forecasted\s+to|guidance|outlook|anticipates?|"
                          r"anticipated\s+to|(?:is|are)\s+projected|projected\s+to|projects|(?:is|are)\s+likely|"
                          r"plans?\s+to|aims?\s+to|targets?\s+(?:to|of|is)|targeted\s+to|our\s+target)\b", re.I)
_MOVED_TO_RE = re.compile(r"\b(?:(?P<verb>increased|decreased|rose|fell|grew|declined|improved|dropped|climbed|"
                          r"weakened|strengthened|deteriorated|expanded|contracted|narrowed|widened)\s+to|"
                          r"(?:was|were|remained)\s+(?:essentially\s+|roughly\s+|relatively\s+|largely\s+)?"
                          r"(?P<flat>flat|unchanged|stable)\s+(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|"
                          r"sequentially)\s+)?at)\s+(?:approximately\s+|about\s+|nearly\s+)?$", re.I)


def _change_fits(r: dict, q: Quantity, qs: list[Quantity], changes: dict, used: set, masked: str) -> bool:
    """Whether change `q` can be the change of comparison `r`: a relative change (%) fits any figures,
    points fit percentages, an absolute change fits figures of its own kind; and no other figure of
    a new clause stands between them ("..., and churn was 0.84%, down 3 basis points")."""
    units = {a.get("unit") for a in r["arms"] if a.get("value") is not None}
    if q.unit in ("basis points", "percentage points") and units and units != {"%"}:
        return False
    if q.cls in ("money", "eps") and units and not any(u and u.split()[0] == q.unit.split()[0] for u in units):
        return False
    first = r.get("_first", r["_at"])
    lo, hi = (q.end, first) if q.start < first else (r.get("_end", first), q.start)
    return not any(lo <= x.start and x.end <= hi and id(x) not in used and not changes[id(x)]
                   and x.cls != "dose" and not _adjectival(x) and not _in_brackets(masked, x.start) for x in qs)


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _only_change_between(masked: str, qs: list[Quantity], changes: dict, lo: int, hi: int) -> bool:
    """Between lo and hi there is only a change: ", up 58% ", ", an increase of $22 million, or 3%, "."""
    inside = [q for q in qs if lo <= q.start and q.end <= hi]
    if not inside or any(not changes[id(q)] or changes[id(q)] == "threshold" for q in inside):
        return False
    rest = masked[lo:hi]
    for q in sorted(inside, key=lambda x: -x.start):
        rest = rest[:q.start - lo] + rest[q.end - lo:]
    return bool(re.fullmatch(r"[\s,]*(?:an?\s+)?(?:up|down|increase[ds]?|decrease[ds]?|higher|lower|rose|fell|grew|"
                             r"declined|or|of|by|an?|approximately|about|nearly|for|in|during|at|the|quarter|year|period|"
                             r"fiscal|first|second|third|fourth|full|three|six|nine|twelve|months|ended|quarter-end|"
                             r"year-end|[\s,\x00])*", rest, re.I))


_PAREN_OPEN_RE = re.compile(r"(?:\s+[a-z]{3,20}(?=\s*\())?(?:\s+(?:in|for|during|at)\s+[^()\d;,]{1,40}?)?\s*\(\s*(?P<label>[^()\d:;]{1,30}:\s*)?(?:(?:gains?|losses?|income|expenses?|"
                            r"profit|loss)\s+of\s+)?", re.I)
_PAREN_CLOSE_RE = re.compile(r"(?:(?!\b(?:diluted|basic|basis|adjusted|excluding|constant|equivalent|or|"
                             r"approximately|about|per\s+cent\s+of)\b)[^()\d;]){0,45}\)", re.I)
_CLINICAL_CONTEXT_RE = re.compile(r"\b(?:placebo|patients?|subjects|participants|arm|cohort|CI|confidence|"
                                  r"p\s*[<=>]|HR|hazard)\b")


def _paren_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """"EUR 1,405 million (EUR 1,513 million)", "-1.2% (Q3/2024: -7.1%)", "EUR 2,314 million (2023: EUR 2,123
    million)": the figure in brackets right after a figure is the comparison period's (results releases
    that say "figures in parentheses refer to the corresponding period")."""
    if _CLINICAL_CONTEXT_RE.search(text):
        return
    for a, b in zip(qs, qs[1:]):
        if id(a) in used or id(b) in used or changes[id(a)] or changes[id(b)] or "dose" in (a.cls, b.cls):
            continue
        m = _PAREN_OPEN_RE.match(masked, a.end)
        if not m or not (m.end() == b.start or (m.end() > b.start and masked[b.start:m.end()].isspace())) or not _PAREN_CLOSE_RE.match(masked, b.end):
            continue
        eps_money = a.cls == "eps" and b.cls == "money" and a.unit.replace(" per share", "") == b.unit
        if (_pair_key(a) != _pair_key(b) and not eps_money) or (a.cls == "money" and a.unit != b.unit) or \
                a.unit is None:
            continue
        if re.match(r"\)\s*[:\d]", masked[_PAREN_CLOSE_RE.match(masked, b.end).end() - 1:]):
            continue  # "2012;160(3):461": a volume and issue
        pairs.append((a, b, a.start, _PAREN_CLOSE_RE.match(masked, b.end).end(),
                      "paren:" + (text[m.start("label"):m.end("label")].strip(" :") if m.group("label") else "")))
        used.update({id(a), id(b)})


_RESPONDERS_RE = re.compile(r"(?:\b(?:\d+|[a-z]+)\s+(?:patients|subjects|participants)|\d+\s*(?:/|of|out\s+of)\s*\d+"
                            r"(?:\s+(?:patients|subjects|participants))?)\s*\(", re.I)
_WHO_RE = r"^\s*(?:of\s+(?:all\s+)?(?:the\s+)?(?:patients|subjects|participants|recipients)\b|(?:patients|subjects|participants)\b)?"
_ARM_LEAD = (r"\s+(?P<lead>for|in|among|with|on|at|receiving|treated\s+with|given|who\s+received|of)\s+"
             r"(?:the\s+|those\s+(?:on|receiving|given)\s+)?")
_CONTROL_ARM_RE = re.compile(r"\b(?:placebo|control|vehicle|sham|standard\s+of\s+care|comparator|reference\s+product|"
                             r"originator|"
                             r"active\s+comparator|usual\s+care|best\s+supportive\s+care)\b", re.I)
_TREATED_LEAD_RE = re.compile(r"^(?:on|receiving|treated\s+with|given|who\s+received)$", re.I)
_ARMISH_RE = re.compile(r"\b(?:patients|subjects|participants|recipients|group|arm|cohort|placebo|control|treated|"
                        r"receiving|dose|vehicle|sham|chemotherapy|standard\s+of\s+care|comparator|vaccine|"
                        r"monotherapy|combination)\b|\b[A-Z]{2,}[- ]?\d|\b\w+(?:mab|nib|ib|ciclib|parib|stat|statin|"
                        r"tide|cept|vir|platin|taxel|rubicin|gliptin|gliflozin|glutide|sartan|pril|olol|dipine|"
                        r"azole|floxacin|mycin|cillin|prazole|parin|xaban|gatran|lisib|siran|rsen|limus|mod|"
                        r"tinib|umab|ximab|zumab|cel|gene|leucel)\b", re.I)


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
    m = re.fullmatch(_ARM_LEAD + r"([^;]{2,90}?),?\s+(?:and|while|whereas|but|compared\s+(?:with|to)|versus|vs\.?)"
                     r"(?:\s+(?:it|this|that|the\s+(?:rate|figure|proportion))\s+(?:was|were|is|reached))?"
                     r"(?:\s+(?:in|for|among|with|on|of))?\s*\+?\s*", " " + between.strip() + " ", re.I)
    after = re.sub(_WHO_RE, "", re.sub(r"^\s*\([^()]*\)", " ", text[b.end:]).lstrip(" )"), flags=re.I)
    r = re.match(_ARM_LEAD + r"([^,;.()]{2,60})", " " + after.strip(), re.I)
    def armish(mm: re.Match) -> bool:
        return bool(_ARMISH_RE.search(mm.group(2)) or _TREATED_LEAD_RE.match(mm.group("lead")))
    def short(mm: re.Match) -> bool:
        return len(mm.group(2).split()) <= 5 and not PERIOD_WORDS_RE.search(mm.group(2))
    if m and r and ((armish(m) and armish(r)) or (short(m) and short(r) and (
            _CONTROL_ARM_RE.search(m.group(2)) or _CONTROL_ARM_RE.search(r.group(2)) or armish(m) or armish(r) or (
                _CLINICAL_CONTEXT_RE.search(text) and not FINANCE_WORDS_RE.search(text))))):
        return m.group(2).strip(), r.group(2).strip()
    return None


_CI_LEVEL_RE = re.compile(r"\b\d{2}(?:\.\d)?\s?%\s?(?:CI|confidence\s+intervals?|C\.I\.)[\s,:]*(?:\(?\s*"
                          r"[-−]?\d*\.?\d+\s*%?\s*(?:[-–—,]|to)\s*[-−]?\d*\.?\d+\s*%?)?", re.I)
_RANGE_RE = re.compile(r"\(\s*(?:range|IQR|interquartile\s+range)\b[^)]*\)", re.I)
_NOT_REACHED_RE = re.compile(
    r"\b(?:was\s+|were\s+|had\s+|has\s+)?not\s+(?:yet\s+)?(?:been\s+)?reached(?:\s*\(NR\))?(?:\s+(?:in|with|for|on)\s+"
    r"(?:the\s+)?(?P<a>[^,;()]{2,60}?))?\s*,?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?P<q>)", re.I)


def _not_reached(ctx, sent, prev, text, masked, qs, used, results) -> None:
    """"median OS was not reached in the X arm versus 18.4 months in the control arm": one arm
    without a figure (not reached), the other with its duration."""
    for m in _NOT_REACHED_RE.finditer(masked):
        q = next((x for x in qs if x.start >= m.end() and x.start <= m.end() + 2 and id(x) not in used), None)
        if q is None or q.cls != "duration":
            continue
        label2 = _label_after(text, q.end, len(text))
        arms = [{"label": _strip_label(text[m.start("a"):m.end("a")]) if m.group("a") else None,
                 "value": None, "unit": q.unit,
                 "text": "not reached"},
                {"label": label2, "value": q.value, "unit": q.unit, "text": q.text}]
        results.append(_build(ctx, sent, prev, text, masked, m.start(), "treatment-vs-control", arms, qs, q.end))
        used.add(id(q))


def _list_arms(masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """"52.1% in the high-dose group, 38.4% in the low-dose group and 17.9% in the placebo group": each
    active arm against the control arm that closes the list (the last two are paired already)."""
    for k in range(len(pairs)):
        qb, qc, lo, hi, how = pairs[k]
        if not how.startswith("respectively:") or not _CONTROL_ARM_RE.search(how.split("|", 1)[1]):
            continue
        while True:
            a = next((x for x in reversed(qs) if x.end <= qb.start and id(x) not in used and x.cls != "dose"), None)
            if a is None or _pair_key(a) != _pair_key(qb) or changes[id(a)] == "threshold":
                break  # ("fell 44.0% in the X group, 31.5% in ...": the verb before the list is the list's)
            m = re.fullmatch(_ARM_LEAD + r"([^,;]{2,60}?)\s*,\s*", masked[a.end:qb.start], re.I)
            if not m or not (_ARMISH_RE.search(m.group(2)) or _TREATED_LEAD_RE.match(m.group("lead"))):
                break
            pairs.append((a, qc, lo, hi, "respectively:" + m.group(2).strip() + "|" + how.split("|", 1)[1]))
            used.add(id(a))
            qb = a


def _parallel_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list,
                    prev: Optional[list] = None) -> None:
    """"62% and 31% in the treatment and placebo groups, respectively";
    "2.4% for the patients that switched ..., and 1.9% for the patients randomized at baseline";
    "38.2% of patients receiving X and in 31.5% of patients receiving Y"; "was 7% and 5%, respectively"
    (the arms named in the sentence before)."""
    free = [q for q in qs if id(q) not in used and changes[id(q)] != "threshold" and q.cls != "dose"
            and q.unit not in ("patients", "subjects", "participants")]
    for a, b in zip(free, free[1:]):
        if _pair_key(a) != _pair_key(b):
            # "0.41 events per patient-year with X and 0.93 with placebo": the unit printed once
            if not (b.unit is None and b.cls == "number" and a.cls in ("count", "number") and a.unit
                    and not changes[id(a)] and not changes[id(b)]):
                continue
            labels = _arm_phrases(text, masked, a, b)
            if labels:
                pairs.append((a, b, 0, len(masked), "respectively:" + labels[0] + "|" + labels[1]))
                used.update({id(a), id(b)})
            continue
        if bool(changes[id(a)]) != bool(changes[id(b)]) and not (
                changes[id(a)] and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", masked[a.end:b.start])):
            continue
        if changes[id(a)] and not re.match(r"[^.;]*\brespectively\b", text[b.end:]):
            if changes[id(b)]:
                labels = _arm_phrases(text, masked, a, b)
                if labels and not FINANCE_WORDS_RE.search(text):
                    pairs.append((a, b, 0, len(masked), "respectively:" + labels[0] + "|" + labels[1]))
                    used.update({id(a), id(b)})
            continue
        between = masked[a.end:b.start]
        after = text[b.end:]
        m = re.fullmatch(r"\s*(?:,|and|,\s*and|versus|vs\.?)\s*", between)
        if m:
            r = re.match(r"(?:\s+of\s+(?:the\s+)?(?:patients|subjects|participants))?" + _LABEL_LEAD +
                         r"([^,;.]{1,50}?)\s+(?:and|versus|vs\.?)\s+(?:the\s+)?([^,;.]{1,50}?)"
                         r"(?:(?:\s+(?:groups|arms|cohorts|periods))?,?\s+respectively|\s+(?:groups|arms|cohorts|regimens|"
                         r"dose\s+groups|treatment\s+groups|doses)\b)",
                         after, re.I) or re.match(r",?\s+respectively,?" + _LABEL_LEAD + r"([^,;.]{1,50}?)\s+(?:and|versus|vs\.?)\s+"
                                                  r"(?:the\s+)?([^,;.()]{1,50}?)(?=\s*(?:[,;.()]|$|\s+(?:groups|arms)))",
                                                  after, re.I)
            if r:
                pairs.append((a, b, 0, len(masked), "respectively:" + r.group(1) + "|" + r.group(2)))
                used.update({id(a), id(b)})
            elif re.match(r",?\s+respectively\b", after) and a.cls == "percent" and not FINANCE_WORDS_RE.search(text) \
                    and any(_CLINICAL_CONTEXT_RE.search(x) for x in [text] + [p.text for p in (prev or [])[-2:]]):
                pairs.append((a, b, 0, len(masked), "respectively:|"))
                used.update({id(a), id(b)})
            continue
        labels = _arm_phrases(text, masked, a, b)
        if labels:
            pairs.append((a, b, 0, len(masked), "respectively:" + labels[0] + "|" + labels[1]))
            used.update({id(a), id(b)})
            continue
        m = re.fullmatch(_LABEL_LEAD + r"([^;]{2,90}?),?\s+(?:and|while|whereas|but|compared\s+(?:with|to))\s+", between,
                         re.I)
        r = re.match(_LABEL_LEAD + r"([^,;.()]{2,60})", after, re.I)
        if m and r and _GROUPISH_RE.search(m.group(1)) and _GROUPISH_RE.search(r.group(1)):
            pairs.append((a, b, 0, len(masked), "respectively:" + m.group(1) + "|" + r.group(1)))
            used.update({id(a), id(b)})


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


_LIST_LABEL = r"(?P<label>[A-Za-z\x00][\w\x00 .&/+-]{0,40}?)"


def _labelled_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """"rimegepant: 21.2%; placebo: 10.9%", "Q3 2024 $812.5 million; Q3 2023 $790.1 million" (figures each after
    its label, the entries separated by ';'); "63% (venetoclax plus azacitidine) and 28% (azacitidine alone)"
    (each label in brackets after its figure)."""
    free = [q for q in qs if id(q) not in used and not changes[id(q)] and q.cls != "dose" and not _adjectival(q)]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used or _pair_key(a) != _pair_key(b):
            continue
        m2 = re.fullmatch(r"\s*;\s*" + _LIST_LABEL + r"\s*:?\s*", masked[a.end:b.start])
        m1 = re.search(r"(?:^|[;:—–]\s*)" + _LIST_LABEL + r"\s*:?\s*$", masked[:a.start])
        if m1 and m2:
            l1 = text[m1.start("label"):m1.end("label")].strip()
            l2 = text[a.end + m2.start("label"):a.end + m2.end("label")].strip()
            periodic = PERIOD_WORDS_RE.search(" " + l1) and PERIOD_WORDS_RE.search(" " + l2)
            if periodic or _CONTROL_ARM_RE.search(l1 + " " + l2):
                pairs.append((a, b, 0, len(masked), "respectively:" + l1 + "|" + l2))
                used.update({id(a), id(b)})
            continue
        m = re.fullmatch(r"\s*\(([A-Za-z][^()]{1,50})\)\s*(?:,\s*)?(?:and|versus|vs\.?|compared\s+(?:with|to))\s*", masked[a.end:b.start])
        r = re.match(r"\s*\(([A-Za-z][^()]{1,50})\)", masked[b.end:])
        if m and r and not re.match(r"(?:n|p|CI|HR|range|IQR)\b", m.group(1)):
            pairs.append((a, b, 0, len(masked), "respectively:" + m.group(1) + "|" + r.group(1)))
            used.update({id(a), id(b)})


def _generic_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """Fallback when the specific forms miss: two comparable figures (same kind and unit family) close
    together in one clause, with a comparison cue between them (versus, compared, than, from, placebo,
    prior year ...) or right after the second ("... in the year-ago quarter"). Guards: no ';' or second
    verb of being with another financial measure between them, neither figure a change, threshold,
    dose, count of patients or adjective."""
    free = [q for q in qs if id(q) not in used and not changes[id(q)] and q.cls != "dose" and not _adjectival(q)
            and q.unit not in ("patients", "subjects", "participants")]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used or _pair_key(a) != _pair_key(b) or (a.unit != b.unit and a.cls != "money"):
            continue
        between = masked[a.end:b.start]
        if len(between) > 120 or ";" in between or any(a.end <= x.start and x.end <= b.start and id(x) not in used
                                                       and not changes[id(x)] and _pair_key(x) != _pair_key(a)
                                                       and x.cls in ("money", "eps", "percent") for x in qs):
            continue
        if not (_GENERIC_CUE_RE.search(between) or _GENERIC_TAIL_RE.match(masked[b.end:])):
            continue
        if _GENERIC_STOP_RE.search(between) or _GENERIC_STOP_RE.search(masked[max(0, a.start - 12):a.start]) or \
                (a.value == b.value and a.cls != "money") or (a.cls == "duration" and FINANCE_WORDS_RE.search(text)):
            continue
        if re.search(r"\b(?:was|were|is|are|totaled|reached)\b", between) and FINANCE_WORDS_RE.search(between) \
                and not re.search(r"\b(?:compared|versus|vs\.?|than|from)\b", between[:30], re.I):
            continue
        pairs.append((a, b, 0, len(masked), "versus"))
        used.update({id(a), id(b)})


_ZERO_ARM_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than|and|while|whereas|but)\s+"
                          r"(?:in\s+)?(?:(?P<z>none|no\s+(?:patients|subjects|participants|one|cases|events)|zero)\b|"
                          r"(?P<w>" + _WORDNUM + r")(?=\s+(?:on|in|with|among|for|receiving|given)\s))", re.I)


def _zero_arms(masked: str, qs: list[Quantity]) -> list[Quantity]:
    """"61 percent of patients ..., versus none in the aflibercept arm": an arm of 0 in the unit of the figure
    it answers (the nearest result figure before it)."""
    out = list(qs)
    for m in _ZERO_ARM_RE.finditer(masked):
        g = "z" if m.group("z") else "w"
        if any(q.start <= m.start(g) < q.end for q in qs):
            continue
        ref = next((q for q in reversed(qs) if q.end <= m.start(g) and q.cls not in ("dose",) and not _adjectival(q)
                    and (g == "w" or q.unit not in ("patients", "subjects", "participants"))), None)
        if ref is None or ref.cls not in (("percent", "count", "number") if g == "z" else ("count",)):
            continue  # ("nine patients on drug and one on placebo": a word number takes the count's noun)
        value = 0 if g == "z" else parse_number(m.group("w"))
        out.append(Quantity(m.start(g), m.end(g), masked[m.start(g):m.end(g)], clean_value(value), ref.unit, ref.cls))
    return sorted(out, key=lambda q: q.start)


_CONTRAST_RE = re.compile(r"\b(?:whereas|while|but|compared|versus|vs\.?|in\s+contrast|as\s+opposed\s+to|against|"
                          r"relative\s+to)\b", re.I)


_ENROLMENT_RE = re.compile(r"\b(?:randomi[sz]\w*|enrol+\w*|assign\w*|allocat\w*|includ\w*|dosed|screen\w*|"
                           r"recruit\w*|treated|received|receiving)\b", re.I)


def _patient_count_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """"achieved by nine patients on drug and one on placebo": counts of patients as the arms' results (never when
    the sentence counts enrolment: "312 patients were randomized to drug and 150 to placebo")."""
    if _ENROLMENT_RE.search(text) or not _CONTROL_ARM_RE.search(text):
        return
    free = [q for q in qs if id(q) not in used and not changes[id(q)] and q.cls == "count"
            and q.unit in ("patients", "subjects", "participants")]
    for a, b in zip(free, free[1:]):
        if id(a) in used or id(b) in used:
            continue
        labels = _arm_phrases(text, masked, a, b)
        if labels and (_CONTROL_ARM_RE.search(labels[0]) or _CONTROL_ARM_RE.search(labels[1])):
            pairs.append((a, b, 0, len(masked), "respectively:" + labels[0] + "|" + labels[1]))
            used.update({id(a), id(b)})


def _shared_control_changes(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """"lowered by 54% in the 420 mg group and by 49% in the 140 mg group, compared to a 2% rise among placebo":
    each earlier arm of a list of changes against the control change that closes it."""
    for k in range(len(pairs)):
        qb, qc, lo, hi, how = pairs[k]
        if not changes[id(qb)] or not changes[id(qc)] or qc.start < qb.start:
            continue
        while True:
            a = next((x for x in reversed(qs) if x.end <= qb.start and x.cls != "dose" and not _adjectival(x)), None)
            if a is None or id(a) in used or not changes[id(a)] or changes[id(a)] == "threshold" or \
                    _pair_key(a) != _pair_key(qb):
                break
            m = re.fullmatch(_ARM_LEAD + r"([^,;]{2,60}?)\s*,?\s*and\s+(?:by\s+)?", masked[a.end:qb.start], re.I)
            if not m or not (_ARMISH_RE.search(m.group(2)) or _TREATED_LEAD_RE.match(m.group("lead"))):
                break
            ctl = how.split("|", 1)[1] if "|" in how else (_label_after(text, qc.end, len(text)) or "")
            pairs.append((a, qc, lo, hi, "respectively:" + m.group(2).strip() + "|" + ctl))
            used.add(id(a))
            qb = a


def _change_pairs(text: str, masked: str, qs: list[Quantity], changes: dict, used: set, pairs: list) -> None:
    """A change in one arm against the change in the control arm, in two clauses joined by a contrast:
    "decreased by 61.2 mg/dL, whereas placebo patients saw a 2.3 mg/dL increase"; "fell 58% from baseline in the
    treatment group while remaining essentially unchanged (−3%) in the placebo group"."""
    ch = [q for q in qs if id(q) not in used and changes[id(q)] not in (None, "threshold", "difference")
          and q.cls != "dose"]
    def unit_of(q: Quantity) -> Optional[str]:
        # "1.7 percentage points ... a 0.3-point decline": the second figure's unit printed short
        return "points" if q.unit in ("percentage points", "point", "points") else q.unit
    for a, b in zip(ch, ch[1:]):
        if id(a) in used or id(b) in used or unit_of(a) != unit_of(b) or (
                _pair_key(a) != _pair_key(b) and unit_of(a) != "points"):
            continue
        between = masked[a.end:b.start]
        cue = _CONTRAST_RE.search(between) or _ELIDED_CONTROL_RE.search(between)
        if len(between) > 140 or ";" in between or not cue:
            continue
        if any(a.end <= x.start and x.end <= b.start and x.cls == a.cls and id(x) not in used and not re.search(
                r"\bbaseline\s+(?:of\s+|was\s+)?$", masked[max(0, x.start - 20):x.start], re.I) for x in qs):
            continue  # (a baseline value printed between is no arm: "from a baseline of 8.1%")
        rest = between[cue.end():]
        tail = re.match(r"[^;.]{0,60}", masked[b.end:]).group()
        if not _CONTROL_ARM_RE.search(rest + " " + tail) or FINANCE_WORDS_RE.search(text) or \
                re.search(r"\b(?:respectively|excluding|including|and)\b", rest, re.I):
            continue  # ("reduced by 56% versus placebo with the high dose, and by 41% with the low dose": two results)
        ctl = _CONTROL_PHRASE_RE.search(rest + " " + tail)
        own = text[max(0, text.rfind(",", 0, a.start) + 1):a.start] + " " + text[a.end:a.end + cue.start()]
        arm = list(re.finditer(r"(?:\b(?:in|with|among|on|for)\s+)?(?:the\s+)?([\w][^,;()]{1,40}?\b(?:group|arm|cohort|"
                               r"patients|dose))\b", own, re.I)) or \
            list(re.finditer(r"\b(?:with|on|receiving)\s+(?:the\s+)?([A-Za-z][\w-]{2,30})\b", own)) or \
            list(re.finditer(r"\b(?:in|among|for)\s+(?:the\s+)?([^,;()]{2,40}?\b(?:group|arm|cohort|patients))\b",
                             text[:a.start], re.I))
        label1 = _strip_label(arm[-1].group(1)) if arm else None
        pairs.append((a, b, 0, len(masked), "respectively:" + (label1 or "") + "|"
                      + (ctl.group().strip() if ctl else "")))
        used.update({id(a), id(b)})


# "the treated group worsened by 4.1 points and the placebo group by 5.6 points": the verb not repeated
_ELIDED_CONTROL_RE = re.compile(r",?\s+and\s+(?=(?:the\s+|those\s+(?:on|receiving|given)\s+)?(?:[\w-]+\s+)?"
                                r"(?:placebo|control|vehicle|sham)\b[^,;]{0,30}?\s+by\s+(?:approximately\s+|about\s+)?$)",
                                re.I)
_CONTROL_PHRASE_RE = re.compile(r"(?:\b[\w-]+\s+)?\b(?:placebo|control|vehicle|sham)\b(?:\s+(?:group|arm|patients|"
                                r"cohort|recipients|participants))?", re.I)


def _sentence_comparisons(ctx: _Ctx, sent: Sentence, prev: list[Sentence]) -> list[dict]:
    text = sent.text
    masked = mask_dates(text)
    qs = find_quantities(text, masked)
    stats = [m.span() for r in (CI_RE, _CI_LEVEL_RE, _RANGE_RE) for m in r.finditer(masked)]
    qs = [q for q in qs if not any(a <= q.start and q.end <= b for a, b in stats)]
    qs = [q for q in qs if not (q.cls in ("number", "count") and q.unit in (None, "patients", "subjects", "participants")
                                and re.match(r"\s*\(\s*\d+(?:\.\d+)?\s?%\s*\)", masked[q.end:q.end + 12]))]
    if not qs:
        return []
    if len(qs) > 14 or len(text) > 900:  # a table flattened into text, not a sentence
        return []
    qs = [q for q in qs if not re.match(r"\s*(?:common\s+)?(?:equivalent\s+|weighted\s+average\s+)?(?:common\s+)?"
                                        r"(?:shares|ordinary\s+shares|ADSs)\b", masked[q.end:q.end + 40])]
    qs = _zero_arms(masked, qs)
    changes = {id(q): _is_change(masked, q) for q in qs}
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
                if xs and ys and _pair_key(xs[0]) == _pair_key(ys[0]) and \
                        re.fullmatch(r"[^,;]{0,60}", masked[xs[0].end:to_at]):
                    pairs.append((xs[0], ys[0], lo, hi, "from-to"))
                    used.update({id(xs[0]), id(ys[0])})
                elif len(bs) >= 2 and len(after) >= 2 and [_pair_key(q) for q in bs[-2:]] == \
                        [_pair_key(q) for q in after[:2]] and _pair_key(bs[-2]) != _pair_key(bs[-1]) and re.search(
                        r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|improved|reduced|expanded|"
                        r"contracted|narrowed|widened|jumped|slipped)\s+(?:by\s+)?(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s+)?"
                        r"to\s+(?:approximately\s+|about\s+)?$",
                        masked[max(0, bs[-2].start - 60):bs[-2].start]):
                    # "narrowed to $(4.8) million, or $(0.06) per share, from $(9.7) million, or $(0.13) per share"
                    for x, y in zip(bs[-2:], after[:2]):
                        pairs.append((y, x, lo, hi, "to-from"))
                        used.update({id(x), id(y)})
                elif bs and after and _pair_key(after[0]) == _pair_key(bs[-1]) and (_only_change_between(
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
        b_plain = [q for q in b_plain if q.cls != "dose" and not _adjectival(q)]
        a_plain = [q for q in a_plain if q.cls != "dose" and not _adjectival(q)]
        # pair the figures before the connector with those after it, kind by kind, in order
        keys_b = [_pair_key(q) for q in b_plain]
        keys_a = [_pair_key(q) for q in a_plain]
        for key in dict.fromkeys(keys_b):
            bl = [q for q, k in zip(b_plain, keys_b) if k == key]
            al = [q for q, k in zip(a_plain, keys_a) if k == key]
            if not al and key == ("number", None) and len(bl) == 1 and a_plain and \
                    a_plain[0].cls in ("count", "duration"):
                al = a_plain[:1]
            if not al and key[0] in ("count", "duration") and len(bl) == 1 and a_plain and \
                    _pair_key(a_plain[0]) == ("number", None):
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
                if z is not None and _pair_key(z) == _pair_key(qa) and not changes[id(z)] and re.fullmatch(
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
        if b_ch and a_any and _pair_key(b_ch[-1]) == _pair_key(a_any[0]) and \
                not any(q.start > b_ch[-1].end and q.end <= c.start() and q.cls != "dose" for q in before) and \
                a_any[0].value != b_ch[-1].value and re.fullmatch(
                    r"\s*(?:an?\s+)?(?:(?:increase|decrease|reduction|decline|rise|drop|change|gain|loss|improvement|"
                    r"growth|fall)\s+of\s+)?(?:approximately\s+|about\s+|only\s+)?", masked[c.end():a_any[0].start], re.I):
            qb, qa = b_ch[-1], a_any[0]
            pairs.append((qb, qa, lo, hi, "change-versus"))
            used.update({id(qb), id(qa)})
    _paren_pairs(text, masked, qs, changes, used, pairs)
    _not_reached(ctx, sent, prev, text, masked, qs, used, results)
    _parallel_pairs(text, masked, qs, changes, used, pairs, prev)
    _list_arms(masked, qs, changes, used, pairs)
    _labelled_pairs(text, masked, qs, changes, used, pairs)
    _generic_pairs(text, masked, qs, changes, used, pairs)
    _change_pairs(text, masked, qs, changes, used, pairs)
    _patient_count_pairs(text, masked, qs, changes, used, pairs)
    _shared_control_changes(text, masked, qs, changes, used, pairs)
    pairs.sort(key=lambda p: min(p[0].start, p[1].start))
    for qb, qa, lo, hi, how in pairs:
        first, second = (qb, qa) if qb.start < qa.start else (qa, qb)
        label1 = _arm_label(text, first, lo, second.start)
        label2 = _arm_label(text, second, first.end, hi)
        if how.startswith("paren"):
            # "Q4 revenue: $412.3 million (Q4 2023: $377.9 million)": the bracket's label is the prior arm's
            clause = max(masked.rfind(";", 0, first.start), masked.rfind(". ", 0, first.start)) + 1
            label1 = _period_phrase(text[clause:first.start], last=True)
            label2 = how.split(":", 1)[1] or _period_phrase(text[second.end:hi]) or None
        if how.startswith("respectively:"):
            label1, label2 = (_strip_label(x) for x in how.split(":", 1)[1].split("|"))
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
        kind = "period-over-period" if how.startswith("paren") else _kind(text, arms_text, [qb, qa])
        if kind == "treatment-vs-control" and _PRIOR_RE.search(text[second.end:second.end + 40]) and \
                not _CONTROL_ARM_RE.search(text) and not _CLINICAL_CONTEXT_RE.search(text):
            kind = "period-over-period"  # "... over 1,330 a year earlier": the second figure's period follows it
        if kind == "treatment-vs-control" and not (_CLINICAL_CONTEXT_RE.search(text) or _CONTROL_ARM_RE.search(text) or
                                                   re.search(r"\b(?:group|cohort|treated|dose|study|trial)\b", text,
                                                             re.I)) and \
                re.search(r"\b(?:ratio|margin|yield|rate|spread)\b", text, re.I) and \
                re.search(r"\bfrom\b", masked[first.end:second.start]) and \
                (FINANCE_WORDS_RE.search(text) or re.search(r"\b(?:efficiency|leverage|capital|payout|tax)\b", text, re.I)):
            kind = "period-over-period"  # "The efficiency ratio worsened to 61.4% from 58.9%": no arms, a results ratio
        if _FORECAST_RE.search(text) and re.search(r"\b(?:guidance|outlook|forecast|(?:prior|previous)\s+range|range\s+of)\b",
                                                   text[max(0, masked.rfind(";", 0, first.start) + 1):second.end], re.I):
            continue  # guidance against the prior guidance is no comparison of results
        if kind == "treatment-vs-control" and not (arms[0]["label"] and arms[1]["label"]):
            t_label, c_label = _sentence_arms(text)
            arms[0]["label"] = arms[0]["label"] or t_label
            arms[1]["label"] = arms[1]["label"] or c_label
        if how in ("from-to", "to-from") and kind == "treatment-vs-control" and not (
                arms[0]["label"] and arms[1]["label"] and arms[0]["label"] != arms[1]["label"] and
                (_CONTROL_ARM_RE.search(arms[0]["label"]) or _CONTROL_ARM_RE.search(arms[1]["label"]))):
            # ("64.8% of patients who received X, up from 51.2% among those randomized to placebo": two arms)
            kind = "period-over-period" if PERIOD_WORDS_RE.search(text) or (
                FINANCE_WORDS_RE.search(text) and not _CLINICAL_CONTEXT_RE.search(text)
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
                    per = _period_phrase(a["label"])
                    if per and len(per) < len(a["label"]) and re.search(r"\d|prior|previous|year[- ]ago|same|last", per):
                        a["label"] = per
                if not a["label"] or not PERIOD_WORDS_RE.search(" " + a["label"]):
                    seg = text[q.end:hi] if q is second else text[q.end:second.start]
                    if how.startswith("paren") and q is first:
                        seg = ""
                    elif q is first:
                        cut = CONNECTOR_RE.search(seg)  # the other arm's period is not this one's
                        seg = seg[:cut.start()] if cut else seg
                    per = _period_phrase(seg) or (_period_phrase(text[lo:q.start], last=True)
                                                   if q is first else None)
                    if per:
                        a["label"] = per
        results.append(_build(ctx, sent, prev, text, masked, first.start, kind, arms, qs, second.end))
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
                if r["change"] is None and _change_fits(r, q, qs, changes, used, masked) and (
                        abs(r["_at"] - q.start) < 160 or (r["_at"] < q.start and re.search(
                        r"\b(?:representing|which\s+represents|reflecting|corresponding\s+to)\s+(?:an?\s+)?$",
                        masked[max(0, q.start - 40):q.start], re.I))):
                    r["change"] = {"value": q.value, "unit": q.unit, "direction": changes[id(q)], "text": q.text}
                    used.add(id(q))
                    break
        change_qs = [q for q in qs if changes[id(q)] and changes[id(q)] != "threshold" and id(q) not in used]
    forecast = bool(_FORECAST_RE.search(text))
    if forecast:
        change_qs = []
    elif not _CLINICAL_CONTEXT_RE.search(text):
        # "adjusted EBITDA decreased to EUR -3 million": a new level of a results figure, no prior printed
        for q in qs:
            if id(q) in used or changes[id(q)] or q.cls not in ("money", "eps", "percent"):
                continue
            vm = _MOVED_TO_RE.search(masked[max(0, q.start - 40):q.start])
            if not vm or not FINANCE_WORDS_RE.search(text[:q.start]):
                continue
            r = _build(ctx, sent, prev, text, masked, q.start, "period-over-period",
                       [{"label": _period_phrase(text), "value": q.value, "unit": q.unit, "text": q.text}],
                       qs, q.end)
            r["change"] = None
            verb = (vm.group("verb") or vm.group("flat")).lower()
            r["direction"] = "flat" if vm.group("flat") else _DIRECTION.get(verb, verb)
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
                (_PRIOR_RE.search(text[q.end:q.end + 60]) or re.match(r"[^,;.]{0,40}\b(?:19|20)\d\d\b", text[q.end:])):
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
            per = _period_phrase(text) if kind == "period-over-period" else None
            arms.append({"label": per, "value": lvl.value, "unit": lvl.unit, "text": lvl.text})
        if kind == "treatment-vs-control":
            t_label, c_label = _sentence_arms(text)
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
                            not changes[id(x)] and (x.cls in ("money", "eps") or _pair_key(x) == _pair_key(q)) and
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
                arms.append({"label": _period_phrase(text), "value": lvl.value, "unit": lvl.unit, "text": lvl.text})
        if kind == "period-over-period" and lvl is not None and len(arms) == 1:
            # "$1,204 million, up 7 per cent on the prior year (Q4 2023: $1,125 million)"
            bm = re.match(r"[^()\d;]{0,40}?\(\s*(?P<label>[^()\d:;]{0,20}[^()\d:;\s]*\s*[\d\x00/]*[^()\d:;]{0,20}):\s*", masked[q.end:])
            prior = next((x for x in qs if bm and x.start >= q.end + bm.end() - 1 and x.start <= q.end + bm.end() + 1
                          and id(x) not in used and _pair_key(x) == _pair_key(lvl)), None) if bm else None
            if prior is not None and _PAREN_CLOSE_RE.match(masked, prior.end):
                used.add(id(prior))
                arms[0]["label"] = _period_phrase(text[lvl.end:q.start]) or _period_phrase(text[:lvl.start], last=True)
                arms.append({"label": text[q.end + bm.start("label"):q.end + bm.end("label")].strip() or None,
                             "value": prior.value, "unit": prior.unit, "text": prior.text})
        r = _build(ctx, sent, prev, text, masked, q.start, kind, arms, qs, q.end, lo=clause_lo)
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
        if kind == "treatment-vs-control" and _MORE_THAN_CONTROL_RE.match(masked[q.end:]):
            # "improved by 15.2 points on the MADRS at day 15, 4.1 points more than patients given placebo": the
            # treated arm's change and its difference from the control are one statement
            r0 = next((x for x in reversed(results) if x["kind"] == kind and x.get("change") and x["_end"] <= q.start
                       and x["change"]["unit"] == q.unit and all(a.get("value") is None for a in x["arms"])
                       and not any(x["_end"] <= y.start and y.end <= q.start and _pair_key(y) == _pair_key(q)
                                   for y in qs)), None)
            if r0 is not None and r0["arms"]:
                r0["arms"][0].update({"value": r0["change"]["value"], "unit": r0["change"]["unit"],
                                      "text": r0["change"]["text"]})
                r0["change"] = dict(r["change"], direction="difference")
                continue
        results.append(r)
    if respectively:
        _split_respectively(results)
    return results


_MORE_THAN_CONTROL_RE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:more|less|fewer|greater|higher|lower|better)\s+than\s+"
                                   r"(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:placebo|control|vehicle|sham)\b", re.I)


def _split_respectively(results: list[dict]) -> None:
    group = [r for r in results if r["measure"] and " and " in r["measure"]]
    if len(group) >= 2:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", group[0]["measure"])
        if len(parts) == len(group):
            for r, p in zip(group, parts):
                r["measure"] = p.strip()


def _build(ctx: _Ctx, sent: Sentence, prev: list[Sentence], text: str, masked: str, at: int, kind: str,
           arms: list[dict], qs: list[Quantity], end_at: int, lo: Optional[int] = None) -> dict:
    if lo is None:
        lo = max(masked.rfind(";", 0, at) + 1, 0)
    at_arm = at
    first_at = at
    # ("After 12 weeks, LDL-C was lowered ...": a time point leading the sentence is not its first figure)
    at = next((q.start for q in qs if q.start >= lo and q.cls != "dose" and not (
        q.cls == "duration" and re.fullmatch(r"\s*(?:at|after|through|over|by|in|within)\s+(?:the\s+)?(?:first\s+)?",
                                             masked[lo:q.start], re.I) and re.match(r"[^,;]{0,25},", masked[q.end:]))),
              at)
    colon = re.search(r":\s+(?=[^:]*[A-Za-z][^:]*$)", text[lo:at])
    if colon and re.search(r"[A-Za-z]{2}", text[lo + colon.end():at]) and \
            re.search(r"\b(?:was|were|is|are)\b", text[lo:lo + colon.start()]):
        lo = lo + colon.end()
    subj = _subject(text, lo, at)
    measure, population, _lead = _split_subject(subj)
    reported = _REPORTED_RE.search(text[lo:at])
    if reported:
        measure = reported.group("m")
        unit = _reporting_unit(text[lo:lo + reported.start()])
        if unit and unit.lower() not in measure.lower():
            measure = f"{unit} {measure}"
    elif not measure or re.fullmatch(r"there|it|this|we|the company", measure, re.I):
        em = re.search(r"\bthere\s+(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?P<m>[^,;()]{3,80}?)"
                       r"(?=\s+(?:in|on|with|among|for|at)\s+(?:the\s+)?|\s*\(|$)", text[lo:at], re.I)
        measure = em.group("m") if em else None
        if not measure:
            q = next((x for x in qs if x.start >= at), None)
            measure = q.unit if q is not None and q.cls == "count" else None
    if measure:
        vm = re.search(r"\b(?:drove|drives|driving|led\s+to|helped|delivered|produced|resulted\s+in|"
                       r"contributed\s+to|generated|posted|reported|achieved|recorded)\s+(?:an?\s+|its\s+|our\s+)?"
                       r"(?:(?:all-time|record|new|strong|solid|quarterly|annual|higher|lower)\s+)*(?P<m>.+)$",
                       measure, re.I)
        if vm and re.search(r"[A-Za-z]{2}", vm.group("m")):
            measure = vm.group("m")
        measure = _strip_period_words(re.sub(r"^[^:]{1,40}:\s+", "", measure))
        if arms and arms[0].get("unit") and "share" in arms[0]["unit"] and "share" not in measure.lower():
            measure = f"{measure} per share"
    endpoint = _endpoint_measure(subj, ctx.abbreviations)
    if (not measure or _ANAPHORA_RE.match(measure)) and prev:
        for p in reversed(prev[-2:]):
            ep = _endpoint_measure(p.text, ctx.abbreviations)
            if ep:
                endpoint = ep
                break
        else:
            measure = measure or None
    if endpoint:
        measure = endpoint
        horizon = re.search(r"\b(?:at|after|through)\s+(\d+|one|two|three|four|five)\s+(year|month|week)s?\b",
                            text[lo:at_arm])
        if horizon and not re.match(r"(?:median|mean)\b", measure) and not re.search(r"-(?:year|month|week)", measure):
            measure = f"{horizon.group(1)}-{horizon.group(2)} {measure}"
    if not measure and arms and arms[0].get("text"):
        q0 = next((x for x in qs if x.text == arms[0]["text"]), None)
        if q0 is not None and q0.unit is None:
            am = re.match(r"\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s+(?:over|vs\.?|versus|in|for|with|at|"
                          r"compared|among)\b|\s*[,(;]|$)", text[q0.end:])
            if am:
                measure = am.group(1)
    if measure:
        measure = re.sub(r"\s+", " ", measure).strip()
        if len(measure) > 90 or not re.search(r"[A-Za-z]", measure):
            measure = None
    if not population:
        pm = re.search(r"\b(?:in|among)\s+((?:the\s+)?(?:[\w-]+\s){0,4}(?:patients|population|subjects|participants)"
                       r"(?:\s+(?:in|with|who)\s+[\w\s-]{1,40}?)?)(?=[,.;)]|\s+(?:was|were|who|versus|vs|compared))",
                       text, re.I)
        if pm:
            population = pm.group(1).strip()
    stats = _stats(text)
    n = N_RE.search(text)
    return {
        "measure": measure,
        "population": population,
        "arms": arms,
        "change": None,
        "p_value": stats["p_value"],
        "ci": stats["ci"],
        "hazard_ratio": stats["hazard_ratio"],
        "n": int(n.group("num").replace(",", "")) if n else None,
        "kind": kind,
        "_sent": sent,
        "_at": at,
        "_first": first_at,
        "_end": end_at,
    }


_VS_CONTROL_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|over|from|than|relative\s+to|against|"
                            r"(?:superior|inferior|non-inferior)\s+to)\s+"
                            r"(?:the\s+)?(?:those\s+(?:on|receiving|given)\s+)?(?P<ctl>(?:matching\s+)?"
                            r"(?:placebo|vehicle|sham)(?:\s+(?:group|arm|patients|cohort))?)\b", re.I)


def _single_results(ctx: _Ctx, sents: list[Sentence], taken: set[int]) -> list[tuple[int, int, dict]]:
    """Figures with a statistic but no second arm; a p-value may come a sentence or two later."""
    out = []
    i = 0
    while i < len(sents):
        s = sents[i]
        if i in taken:
            i += 1
            continue
        masked = mask_dates(s.text)
        stats = _stats(s.text)
        qs = list(find_quantities(s.text, masked))
        change_q = next((q for q in qs if _is_change(masked, q)), None)
        last = i
        if stats["p_value"] is None and change_q is not None and change_q.cls == "percent":
            # "a 55 percent improvement in LFS. ... This benefit was highly significant (p=0.011)."
            for j in range(i + 1, min(i + 3, len(sents))):
                if j in taken:
                    break
                st = _stats(sents[j].text)
                if st["p_value"] and re.match(r"^(?:this|these|the|it|such)\b", sents[j].text, re.I):
                    stats = st
                    last = j
                    break
        if stats["p_value"] is None and stats["hazard_ratio"] is None:
            i += 1
            continue
        r = _build(ctx, s, sents[:i], s.text, masked, (change_q.start if change_q else
                                                      (P_VALUE_RE.search(s.text) or HR_RE.search(s.text)).start()),
                   "single-result", [], qs, 0)
        if last != i:
            r["p_value"] = stats["p_value"]
        stat_at = P_VALUE_RE.search(s.text) or HR_RE.search(s.text)
        ep = _endpoint_measure(s.text[:stat_at.start()] if stat_at else s.text, ctx.abbreviations, last=True)
        if ep and (not r["measure"] or not _endpoint_measure(r["measure"], ctx.abbreviations)):
            r["measure"] = ep
        if r["population"] and len(r["population"]) > 60:
            r["population"] = None
        if change_q is not None:
            r["change"] = {"value": change_q.value, "unit": change_q.unit,
                           "direction": _is_change(masked, change_q), "text": change_q.text}
        else:
            val = next((q for q in qs if q.cls == "percent"), None)
            if val is not None:
                r["arms"] = [{"label": None, "value": val.value, "unit": val.unit, "text": val.text}]
        if stats["p_value"] is not None and (r["arms"] or r.get("change")):
            # "The lower dose also separated from placebo, with EASI-75 responses in 33.7% of patients (p=0.004)";
            # "The trial met its primary endpoint versus placebo. ... 45.2% of patients ... (p<0.001)": a result
            # against the control named in its sentence or the one before
            ctl = _VS_CONTROL_RE.search(s.text) or (
                _VS_CONTROL_RE.search(sents[i - 1].text) if i > 0 and not _FORECAST_RE.search(sents[i - 1].text)
                else None)
            if ctl:
                r["kind"] = "treatment-vs-control"
                if r["measure"] and re.search(r",\s*with\s+\S", r["measure"]):
                    r["measure"] = re.sub(r"^.*,\s*with\s+", "", r["measure"])
                if r["arms"]:
                    r["arms"][0]["label"] = r["arms"][0]["label"] or _sentence_arms(s.text)[0]
                r["arms"].append({"label": ctl.group("ctl"), "value": None, "unit": None, "text": None})
        r["_last"] = sents[last]
        if re.search(r"\btrend\b", " ".join(x.text for x in sents[i:last + 1]), re.I):
            r["trend"] = True
        out.append((i, last, r))
        for k in range(i, last + 1):
            taken.add(k)
        i = last + 1
    return out


_PRIOR_RE = re.compile(r"\b(?:a\s+year\s+(?:ago|earlier)|year[- ]ago|prior[- ]year|previous\s+year|last\s+year|"
                       r"prior\s+period|same\s+period|comparable\s+period|corresponding\s+period)\b", re.I)
_ANAPHORIC_COMPARE_RE = re.compile(r"^(?:this|that|these|which|it)\s+(?:compared?|compares|was\s+compared|"
                                   r"were\s+compared)\s+(?:with|to)\b", re.I)
_MEASURE_WORD_RE = re.compile(r"\b(?:earnings|revenues?|sales|net\s+(?:income|loss)|operating\s+(?:income|loss)|"
                              r"EPS|EBITDA|margin|profit|loss|expenses?|cash)\b", re.I)


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]


def _cross_sentence(ctx: _Ctx, release: Release, a: Sentence, b: Sentence, prev: list[Sentence]) -> Optional[list]:
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
        elif not (_PRIOR_RE.search(b.text) or (yb and rel and max(yb) < rel)) or _PRIOR_RE.search(a.text):
            return None
        elif ya and rel and max(ya) < rel - 1:
            return None
        if re.search(r"\b(?:excluding|included|includes|adjusted|one-time)\b", a.text + " " + b.text, re.I):
            return None
        if re.search(r"\b(?:expects?|expected|anticipates?|guidance|outlook|will|forecasts?|looking\s+ahead)\b",
                     b.text, re.I):
            return None
    ma, mb = mask_dates(a.text), mask_dates(b.text)
    qa = [q for q in find_quantities(a.text, ma) if q.cls in ("money", "eps", "percent") and not _is_change(ma, q)]
    qb = [q for q in find_quantities(b.text, mb) if q.cls in ("money", "eps", "percent") and not _is_change(mb, q)]
    if not qa or not qb or len(qb) > len(qa) + 1:
        return None
    out = []
    for key in dict.fromkeys(_pair_key(q) for q in qa):
        la = [q for q in qa if _pair_key(q) == key]
        lb = [q for q in qb if _pair_key(q) == key]
        for x, y in zip(la, lb):
            arms = [{"label": _period_phrase(a.text), "value": x.value, "unit": x.unit, "text": x.text},
                    {"label": _period_phrase(b.text, last=True), "value": y.value, "unit": y.unit, "text": y.text}]
            r = _build(ctx, a, prev, a.text, ma, x.start, "period-over-period", arms, find_quantities(a.text, ma),
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


def _cross_sentence_control(ctx: _Ctx, a: Sentence, b: Sentence, prev: list[Sentence]) -> Optional[dict]:
    """A result and, in the next sentence, the control arm's figure:
    "At week 24, the proportion achieving SALT ≤20 was 38%. In the placebo group, it was 2%."."""
    if len(b.text) > 160 or _CONTROL_ARM_RE.search(a.text) or FINANCE_WORDS_RE.search(a.text):
        return None
    mb = mask_dates(b.text)
    qb = [q for q in find_quantities(b.text, mb) if q.cls != "dose" and not _in_brackets(mb, q.start)]
    if len(qb) != 1 or not _NEXT_CONTROL_RE.match(mb[:qb[0].start]):
        return None
    y = qb[0]
    ma = mask_dates(a.text)
    qa = [q for q in find_quantities(a.text, ma) if _pair_key(q) == _pair_key(y) and not _in_brackets(ma, q.start)
          and not re.search(r"(?:[<>≤≥]|\b(?:at\s+least|below|under|above|over|more\s+than|less\s+than))\s*$",
                            ma[max(0, q.start - 12):q.start], re.I)]
    if len(qa) != 1 or bool(_is_change(ma, qa[0])) != bool(_is_change(mb, y)):
        return None
    x = qa[0]
    ctl = _CONTROL_PHRASE_RE.search(b.text)
    t_label, _c = _sentence_arms(a.text)
    arms = [{"label": t_label, "value": x.value, "unit": x.unit, "text": x.text},
            {"label": _strip_label(ctl.group()) if ctl else None, "value": y.value, "unit": y.unit or x.unit, "text": y.text}]
    r = _build(ctx, a, prev, a.text, ma, x.start, "treatment-vs-control", arms, find_quantities(a.text, ma), x.end)
    if r["p_value"] is None:
        r.update({k: v for k, v in _stats(b.text).items() if v is not None})
    r["_last"] = b
    r["_sent"] = a
    return r


def extract_comparisons(release: Release, abbreviations: Optional[dict[str, str]] = None) -> list[dict]:
    ctx = _Ctx(abbreviations or {})
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
            r = _cross_sentence(ctx, release, sents[k - 1], sents[k], sents[:k - 1])
            if r is not None:
                taken.update({k - 1, k})
                for x in r:
                    found.append((k - 1, x))
        for k in range(1, len(sents)):
            if k in taken or k - 1 in taken:
                continue
            r = _cross_sentence_control(ctx, sents[k - 1], sents[k], sents[:k - 1])
            if r is not None:
                taken.update({k - 1, k})
                found.append((k - 1, r))
        for i, _last, r in _single_results(ctx, sents, taken):
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
