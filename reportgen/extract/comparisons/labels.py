"""Labels: arm labels, period phrases, subjects, measures and endpoints."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Arm

from ..numbers import Quantity
from .scan import Scan
from .vocabulary import (
    CONTEXT_LOOKBACK,
    ENDPOINT_SHORT,
    ENDPOINTS,
    MAX_LABEL_CHARS,
    MAX_MEASURE_CHARS,
    PERIOD_PHRASE_RE,
    PERIOD_WORDS_RE,
    PRIOR_RE,
)

_MODIFIER_RE = re.compile(
    r"\b(?:median|mean|average|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week))\b",
    re.IGNORECASE,
)
_SUBJECT_END_RE = re.compile(
    r"\b(?:was|were|is|are|has been|have been|totaled|totalled|totaling|amounted\s+to|reached|averaged|(?:have\s+|has\s+)?surpassed|exceeded|topped|"
    r"increased|decreased|grew|rose|fell|declined|improved|dropped|climbed|came\s+in\s+at|stood\s+at|"
    r"of\s+(?=[$€£]|(?!(?:19|20)\d\d\b)\d|approximately|about|C\$|EUR|USD)|showed|demonstrated|achieved|reported|"
    r"rose|jumped|gained|compared|versus|vs\.?|remained|contracted|expanded|narrowed|widened|softened|slipped|"
    r"surged|stood|(?:up|down)(?=\s*$|\s+(?:by\s+)?(?:approximately\s+)?\d)|grows|grow)\b",
    re.IGNORECASE,
)
_ANAPHORA_RE = re.compile(r"^(?:this|that|these|those|it|the\s+effect|the\s+benefit|the\s+difference|"
                          r"the\s+result|the\s+results|such)\b", re.IGNORECASE)


def period_phrase(text: str, last: bool = False) -> Optional[str]:
    """The first (or last) period named in `text`: "the prior-year quarter", "Q3 2023", "fiscal 2024"."""
    found = [m.group().strip() for m in PERIOD_PHRASE_RE.finditer(text)
             if m.group().strip() and m.group().strip().lower() not in ("year", "quarter", "the year", "the quarter")]
    if not found:
        return None
    return found[-1] if last else found[0]


# "the same period of 2023", "prior-year quarter": a period phrase opening with the word that makes it the earlier one
_PRIOR_OPENING_RE = re.compile(r"^(?:the\s+)?(?:same|prior|previous|comparable|corresponding|year[- ]ago|last)\b", re.I)
_AGAINST_BEFORE_RE = re.compile(r"\b(?:compared\s+(?:with|to)|compared|versus|vs\.?|from|over|than|against|relative\s+to)"
                                r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def is_prior_period(label: Optional[str]) -> bool:
    """Whether a label names the period compared against ("the prior year", "the same period of 2023")."""
    return bool(label and (PRIOR_RE.search(label) or _PRIOR_OPENING_RE.match(label)))


def current_period(text: str) -> Optional[str]:
    """The period of the current figure named in `text`: the first period phrase that is not the one
    compared against ("the prior year", or any after "compared with", "from", "versus")."""
    for m in PERIOD_PHRASE_RE.finditer(text):
        g = m.group().strip()
        if not g or g.lower() in ("year", "quarter", "the year", "the quarter") or is_prior_period(g) or \
                _AGAINST_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        return g
    return None


def strip_label(text: str) -> Optional[str]:
    """An arm's label without its lead words ("in the", "patients receiving"), trailing clause or bracket;
    None when nothing label-like is left."""
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
    if not t or len(t) > MAX_LABEL_CHARS or not re.search(r"[A-Za-z]", t):
        return None
    if re.fullmatch(r"(?:at|to|of|in|on|by|months?|weeks?|years?|days?|equity|percent|per\s+cent)", t, re.I):
        return None
    if re.match(r"(?:an?\s+)?(?:increase|decrease|reduction|improvement|decline|rise|drop|change|gain)s?\b(?!\s+(?:group|arm))", t, re.I):
        return None  # ("a reduction of 16.5%, compared to an increase of 3.3% for placebo": the change is no arm)
    return t


def label_after(text: str, q_end: int, limit: int) -> Optional[str]:
    """The label printed after a figure, up to the next clause word."""
    seg = text[q_end:limit]
    seg = re.split(r"\s*(?:\(|,|;|\bcompared\b|\bversus\b|\bvs\b|\bwhich\b|\bwhile\b|\band\b|\bor\b|\bfrom\b|\bthan\b|"
                   r"\bexperienced\b|\bamounted\b|"
                   r"\bprimarily\b|\bmainly\b|\blargely\b|\bdue\b|\bdriven\b|\bbecause\b|\breflecting\b)", seg)[0]
    return strip_label(seg)


def _label_before(text: str, lo: int, q_start: int) -> Optional[str]:
    """The last "in/for/with ... " phrase before a figure."""
    seg = text[lo:q_start].rstrip(" (")
    ms = list(re.finditer(r"\b(?:in|on|for|with|among|of)\s+(?:the\s+)?([^,;()]{2,60}?)\s*(?:\(|$)", seg))
    if ms:
        return strip_label(ms[-1].group(1))
    return None


_TREATED_RE = re.compile(r"\b(?:receiving|received|treated\s+with|given|on)\s+(?:the\s+)?"
                         r"([A-Z0-9][\w+./-]*(?:\s(?:\+\s)?[A-Z0-9][\w+./-]*)*)")
_COMPARATOR_RE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|than(?:\s+with)?|over(?=\s+(?:the\s+)?(?:placebo|control|vehicle|sham)))\s+"
                            r"(?:the\s+|those\s+(?:on|receiving|given)\s+)?([^,;()]{2,50}?)"
                            r"(?=\s*(?:[,;()]|$|\.|\bin\b|\bwith\b|\bat\b|\bover\b|\bfor\b|\bthrough\b))", re.I)


def sentence_arms(text: str) -> tuple[Optional[str], Optional[str]]:
    """(treatment, comparator) named anywhere in a sentence, for figures printed without labels."""
    tr = _TREATED_RE.search(text)
    cm = _COMPARATOR_RE.search(text)
    if not tr:
        tr = re.search(r"(?<![\w-])([\w+./-]*[A-Za-z][\w+./-]*)\s+(?=(?:\([^)]*\)\s+)?(?:compared\s+(?:with|to)|versus|vs\.?)\s)",
                       text)
        if tr and tr.group(1).lower() in ("was", "were", "is", "are", "reduction", "increase", "improvement",
                                          "the", "when", "and", "or", "lower", "higher", "as"):
            tr = None
    c = strip_label(cm.group(1)) if cm else None
    if c and re.match(r"[\d.]", c):
        c = None
    return (tr.group(1) if tr else None), c


def arm_label(text: str, q: Quantity, lo: int, hi: int) -> Optional[str]:
    """The label of the arm whose figure is `q`, read between `lo` and `hi`: in brackets after the figure,
    after it, or before it."""
    br = re.match(r"\s*\(([A-Za-z][\w +/-]{1,30})\)", text[q.end:hi])
    if br and not re.match(r"(?:n|p|CI|HR|range|IQR)\b", br.group(1)) and not PERIOD_WORDS_RE.search(" " + br.group(1)):
        return br.group(1)  # "16.4 months (drug) versus 12.1 months (docetaxel)"
    label = label_after(text, q.end, hi)
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
    """The words before the first figure, up to the verb."""
    seg = text[lo:first_q]
    m = _SUBJECT_END_RE.search(seg)
    subj = seg[:m.start()] if m else seg
    subj = re.sub(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u2013\u2014*-]|--)\s+", "", subj)  # a list item's bullet
    # "The drugmaker said that patients on X showed ...": the reporting verb and who reports are no measure
    subj = re.sub(r"^.{0,60}?\b(?:said|says|reported|announced|noted|stated)\s+that\s+", "", subj)
    # "As a result of these two factors, Q4 EPS ...", "In addition, revenue ...": an opening phrase is no measure
    subj = re.sub(r"^\s*(?:as\s+a\s+result|in\s+addition|additionally|also|however|meanwhile|overall|consequently|"
                  r"as\s+expected|in\s+(?:the|this)\s+(?:quarter|period|year)|on\s+a\s+(?:full-year|quarterly|"
                  r"year-over-year)\s+basis)\b[^,;]{0,60},\s+(?=\S)", "", subj, flags=re.I)
    subj = re.sub(r"\s+(?:of|at|to|by|for|in|was|were|totaling|totalling|approximately|about)\s*$", "", subj.strip(" ,;:"))
    return subj.strip(" ,;:")


def _split_subject(subject: str) -> tuple[str, Optional[str]]:
    """(measure, population) from a sentence subject."""
    lead = None
    s = re.sub(r"^(?:further|furthermore|additionally|in addition|moreover|overall|importantly|notably|"
               r"specifically|similarly|also|however|as a result),?\s+", "", subject, flags=re.I)
    m = re.match(r"^(?:(?:in|among|for|during|across|within|at|as of|following|after|before|upon|on|despite|"
                 r"given|since|as\s+a\s+result\s+of|with)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d|"
                 r"(?:[^,]|,\s*(?:19|20)\d\d\b){3,100}),\s*|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d),\s*)", s, flags=re.I)
    if m:
        lead = m.group().strip(" ,")
        s = s[m.end():]
    # "the Company declared monthly cash dividends": what the subject did is no part of the measure
    s = re.sub(r"^(?:the\s+(?:Company|Group|Bank|Trust|Partnership)|we|it)\s+(?:declared|paid|reported|recorded|generated|"
               r"achieved|delivered|posted|returned)\s+", "", s, flags=re.I)
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
    return s, pop


def endpoint_measure(text: str, abbreviations: dict[str, str], last: bool = False) -> Optional[str]:
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


def measure_and_population(scan: Scan, lo: int, at: int, first: int, arms: list[Arm]) -> tuple[Optional[str], Optional[str]]:
    """What a comparison measures and in whom, from the words of its clause before its first figure
    (`lo` the clause's start, `at` the first figure's, `first` where the rule found the comparison)."""
    text = scan.text
    subject = _subject(text, lo, at)
    measure, population = _split_subject(subject)
    measure = _stated_measure(scan, lo, at, measure, arms)
    measure = _endpoint(scan, subject, text[lo:first], measure)
    measure = _changed_measure(scan, at) or measure
    if not measure and arms and arms[0].text:
        measure = _noun_after(scan, arms[0].text) or measure
    if measure:
        measure = re.sub(r"\s+", " ", measure).strip()
        # "The MRD business, which contributed": a short name before its relative clause (never a sentence)
        measure = re.sub(r"^((?:[\w&'\u2019.-]+\s+){0,3}[\w&'\u2019.-]+),\s+(?:which|who)\b.*$", r"\1", measure)
        if len(measure) > MAX_MEASURE_CHARS or not re.search(r"[A-Za-z]", measure) or re.fullmatch(
                r"(?:(?:in|at|the|a|an|of|for|on|to|with|by|and|as|from|among|after|during)\b\s*)+", measure, re.I):
            measure = None  # ("In the 402-patient study, 35.8% of patients ...": "In the" names nothing)
        elif re.search(r"\b(?:the|a|an|and|of|for|to|with|by|included|includes|including)$", measure, re.I) or \
                re.fullmatch(r"(?:excluding|including|before|after|adjusting\s+for)\b[^,]*", measure, re.I):
            measure = None  # a clause cut at its figure ("Excluding these investments and the", "Results included")
        if measure:
            # "Adjusted EBITDA2": a footnote's number glued to a financial acronym
            measure = re.sub(r"\b(EBITDA|EBIT|EPS|FFO|AFFO|NOI|ROE|ROCE|ROIC|FCF)\d\b", r"\1", measure)
    if not population:
        pm = re.search(r"\b(?:in|among)\s+((?:the\s+)?(?:[\w-]+\s){0,4}(?:patients|population|subjects|participants)"
                       r"(?:\s+(?:in|with|who)\s+[\w\s-]{1,40}?)?)(?=[,.;)]|\s+(?:was|were|who|versus|vs|compared))",
                       text, re.I)
        if pm:
            population = pm.group(1).strip()
    return measure, population


def _stated_measure(scan: Scan, lo: int, at: int, measure: str, arms: list[Arm]) -> Optional[str]:
    """The measure as the clause states it: what was reported ("reported operating income of"), what there
    was ("there was a reduction in ..."), or the subject, without period words."""
    text = scan.text
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
            q = next((x for x in scan.qs if x.start >= at), None)
            # "we averaged 34 drilling rigs ... versus 45": the counted thing, for counts of it only
            measure = q.unit if q is not None and q.cls == "count" and arms and all(a.unit == q.unit for a in arms) else None
    if measure:
        vm = re.search(r"\b(?:drove|drives|driving|led\s+to|helped|delivered|produced|resulted\s+in|"
                       r"contributed\s+to|generated|posted|reported|achieved|recorded)\s+(?!by\s)(?:an?\s+|its\s+|our\s+)?"
                       r"(?:(?:all-time|record|new|strong|solid|quarterly|annual|higher|lower)\s+)*(?P<m>.+)$",
                       measure, re.I)
        if vm and re.search(r"[A-Za-z]{2}", vm.group("m")):
            measure = vm.group("m")
        measure = _strip_period_words(re.sub(r"^[^:]{1,40}:\s+", "", measure))
        if arms and arms[0].unit and "share" in arms[0].unit and "share" not in measure.lower():
            measure = f"{measure} per share"
    return measure


def _endpoint(scan: Scan, subject: str, lead: str, measure: Optional[str]) -> Optional[str]:
    """The clinical endpoint the subject names ("median LFS"), or for "This benefit ..." the one a sentence
    before names; with the time point it is read at ("at 2 years"), in `lead` (the clause before the figure)."""
    endpoint = endpoint_measure(subject, scan.abbreviations)
    if (not measure or _ANAPHORA_RE.match(measure)) and scan.prev:
        for p in reversed(scan.prev[-CONTEXT_LOOKBACK:]):
            ep = endpoint_measure(p.text, scan.abbreviations)
            if ep:
                endpoint = ep
                break
        else:
            measure = measure or None
    if endpoint:
        measure = endpoint
        horizon = re.search(r"\b(?:at|after|through)\s+(\d+|one|two|three|four|five)\s+(year|month|week)s?\b", lead)
        if horizon and not re.match(r"(?:median|mean)\b", measure) and not re.search(r"-(?:year|month|week)", measure):
            measure = f"{horizon.group(1)}-{horizon.group(2)} {measure}"
    return measure


def _noun_after(scan: Scan, figure: str) -> Optional[str]:
    """The words after a bare number (no unit), which name what it counts, when nothing else names the measure."""
    q0 = next((x for x in scan.qs if x.text == figure), None)
    if q0 is not None and q0.unit is None:
        am = re.match(r"\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s+(?:over|vs\.?|versus|in|for|with|at|"
                      r"compared|among)\b|\s*[,(;]|$)", scan.text[q0.end:])
        if am:
            return am.group(1)
    return None


# 'a 19% reduction in at least one incidence of clinically significant hypotension compared to ...': the
# change names its measure right after itself, whatever the words before the figure were
_CHANGED_MEASURE = re.compile(
    r"\s*(?:(?:relative|absolute|statistically\s+significant|significant|clinically\s+meaningful|mean|median)\s+)*"
    r"(?:reduction|decrease|increase|improvement|rise|decline|drop|lowering)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<m>[A-Za-z][^,;()\d]{2,80}?)"
    r"(?=\s+(?:compared|versus|vs\.?|relative|than|over|from|among|with|at|after|through|to|when)\b|\s*[,;(.]|$)", re.I)


def _changed_measure(scan: Scan, at: int) -> Optional[str]:
    """The measure a change names after itself ('a 38% reduction in the risk of death versus ...')."""
    q = next((x for x in scan.qs if x.start == at), None)
    if q is None or q.cls != "percent":
        return None
    m = _CHANGED_MEASURE.match(scan.text, q.end)
    return m.group("m").strip() if m else None
