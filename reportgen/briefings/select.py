"""Which facts a briefing shows, and in what order: results by kind, the figures that carry the news,
the milestones still ahead, the release's own lead and boilerplate by section role."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Optional

from ..extract.risks import fls_text
from ..model import Comparison, Facts, Milestone, Release
from .briefing import Item
from .format import clean, disease_text, is_financial, period_in


def _identity(comparison: Comparison) -> tuple:
    arms = tuple((a.value, clean(a.unit)) for a in comparison.arms)
    change = comparison.change.value if comparison.change else None
    return arms, change, comparison.p_value.text if comparison.p_value else ""


# A measure a reader can name: not a clause cut short ('... observed to have a'), not a bare word
# that names nothing ('Result'). Results whose measure is not are quoted as sentences instead.
ROW_MEASURE_MAX_WORDS = 10
_FRAGMENT_END = re.compile(r"\b(?:a|an|the|of|to|with|have|has|had|in|for|and|or|that|was|were|is|are|by|at|on|"
                           r"from|as|than|who|which|its|their|observed|showed|reported)$|[(\[]$", re.I)
_NAMES_NOTHING = {"result", "results", "value", "values", "data", "arm", "change", "difference", "rate", "number",
                  "outcome", "outcomes", "effect"}


# a measure that is a clause of its sentence, not a name: "This brought 2024 annual spuds on ...",
# "Acme amended its credit facility, voluntarily reducing it", "drilling continues to increase on our lands"
_CLAUSE_IN_MEASURE = re.compile(r"^(?:This|That|These|Those|It|We|Our|They|Its)\b|\b(?:continues?|continued|brought|amended|"
                                r"reducing|increasing|decreasing|announced|achieved|delivered|completed|represents?|"
                                r"represented|remains?|remained)\b")


# a composite outcome names its events in a list: "coronary heart disease death, heart attack, ischemic stroke
# or ischemia-driven arterial revascularization" is one measure, longer than a row label usually is
_COMPOSITE = re.compile(r"^[^,;:()]+(?:,\s+[^,;:()]+)+,?\s+or\s+[^,;:()]+$")
COMPOSITE_MAX_WORDS = 14


def measure_words_max(measure: str) -> int:
    """How many words a measure may have and still name a result: more for a composite outcome."""
    return COMPOSITE_MAX_WORDS if _COMPOSITE.match(measure) else ROW_MEASURE_MAX_WORDS


def readable(comparison: Comparison) -> bool:
    """Whether a result's measure can head a table row or a bullet."""
    measure = clean(comparison.measure).rstrip(" ,;:")
    words = measure.split()
    return 0 < len(words) <= measure_words_max(measure) and not _FRAGMENT_END.search(measure) \
        and measure.lower() not in _NAMES_NOTHING and not _CLAUSE_IN_MEASURE.search(measure)


def unreadable_results(facts: Facts) -> list[Comparison]:
    """The results whose measure names nothing a reader can use: shown as the release's sentences."""
    return _deduped([c for c in facts.comparisons if (c.arms or c.p_value or c.change) and not readable(c)])


def _deduped(items: list[Comparison]) -> list[Comparison]:
    """One comparison per set of figures: the extractor can read one sentence twice (the second
    time with a clause for a measure); the first, usually the plainer name, is kept."""
    seen, out = set(), []
    for item in items:
        key = _identity(item)
        if key in seen and (key[0] or key[1] is not None):
            continue
        seen.add(key)
        out.append(item)
    return out


# the words of a clinical or scientific result: a comparison without them is no clinical result, whatever
# its shape ("proved plus probable reserves: 63,653 MBOE relative to 65,762 at YE 2023" is an oil company's)
_CLINICAL_WORDS = re.compile(
    r"\b(?:patients?|participants?|subjects?|placebo|vehicle|sham|trial|study|studies|dos(?:e|es|ed|ing)|mg|treat\w*|"
    r"therap\w*|arms?|cohorts?|efficacy|response|responders?|survival|endpoints?|randomi[sz]\w*|disease|symptoms?|"
    r"adverse|safety|clinical|tumou?rs?|mice|rats|animals?|cells?|blood|weight|pain|risk|events?|hospitali[sz]\w*|"
    r"mortality|deaths?|infections?|vaccin\w*|antibod\w*|HbA1c|LDL|ORR|PFS|OS|HR|CI|p\s*[<=>]|outcomes?|care|"
    r"injections?|infusions?|survivors?|stroke|cancer|heart|cardiac|received|receiving|administered|scores?|"
    r"median|baseline|hospital|recovery|relapse|remission|lesions?|biomarkers?|children|adults|women|men|volunteers)", re.I)


def is_clinical(comparison: Comparison) -> bool:
    """Not a financial figure, and said of patients, a treatment, a trial or an outcome."""
    if is_financial(comparison):
        return False
    words = " ".join(filter(None, [comparison.measure, comparison.population,
                                   comparison.source.text if comparison.source else "",
                                   *(a.label or "" for a in comparison.arms)]))
    return bool(_CLINICAL_WORDS.search(words))


def comparisons(facts: Facts, kind: Optional[str] = None) -> list[Comparison]:
    """Comparisons with values per arm; kind 'clinical' or 'financial' keeps one sort."""
    out = [c for c in facts.comparisons if c.arms and readable(c)]
    if kind == "financial":
        out = [c for c in out if is_financial(c) or _operating(c)]
    elif kind == "clinical":
        out = [c for c in out if is_clinical(c)]
    return _deduped(out)


def _operating(comparison: Comparison) -> bool:
    """An operating figure beside a period's ("reserves 63,653 MBOE vs 65,762 at YE 2023"): no money, no
    patients, but a period against a period, as a results table shows it."""
    return not is_clinical(comparison) and any(period_in(a.label or "") for a in comparison.arms)


def single_results(facts: Facts, kind: Optional[str] = None) -> list[Comparison]:
    """Named results without arms (a p-value, a relative improvement): table rows, not bars."""
    out = [c for c in facts.comparisons if not c.arms and readable(c) and (c.p_value or c.change)]
    if kind == "financial":
        out = [c for c in out if c.kind == "period-over-period"]
    elif kind == "clinical":
        out = [c for c in out if c.kind != "period-over-period" and is_clinical(c)]
    return _deduped(out)


def clinical_comparisons(facts: Facts) -> list[Comparison]:
    return comparisons(facts, "clinical")


def financial_comparisons(facts: Facts) -> list[Comparison]:
    """Financial results with at least one figure (arms), then those stating only a change."""
    return comparisons(facts, "financial") + single_results(facts, "financial")


# A figure of the patients as they entered a trial describes them; it is no finding, so it never
# leads a briefing or a list of takeaways ('a higher proportion of the most severe cases ... (8%)
# compared to ... (2%)', 'median age at enrolment').
_BASELINE = re.compile(r"\b(?:at\s+baseline|baseline\s+(?:characteristics|demographics|imbalance|severity|scores?)|"
                       r"were\s+(?:well\s+)?(?:balanced|similar|comparable)\s+between|imbalance|prognosis|"
                       r"at\s+(?:entry|study\s+entry|enrol?ment|randomi[sz]ation|screening)|(?:median|mean)\s+age|"
                       r"(?:most|more)\s+severe\s+(?:cases|disease|forms?)|demographic)", re.I)


def is_baseline(comparison: Comparison, sentence: str = "") -> bool:
    """Whether a comparison (or the sentence it is read from) describes the patients at the start
    rather than a result."""
    if comparison.kind == "change-from-baseline":
        return False
    source = comparison.source
    text = " ".join([clean(comparison.measure), source.text if source else "", sentence])
    # 'improved from 3.50 at baseline to 2.75 at week 1' is a result read against the baseline
    return bool(_BASELINE.search(re.sub(r"\bfrom\b[^;]{0,60}?\bat\s+baseline\b", " ", text)))


def by_news_value(items: list[Comparison]) -> list[Comparison]:
    """Significant treatment-vs-control results first: they are the news."""
    return sorted(items, key=lambda x: (x.kind != "treatment-vs-control", x.p_value is None))


def has_clinical_content(facts: Facts) -> bool:
    """Trials, indications or treatment-vs-control results: something a medical reader can use."""
    trial_known = any(t.name or t.phase or t.phase_number or t.design or t.randomized or t.enrolled or t.countries
                      or t.sites or t.duration or t.primary_endpoint for t in facts.trials)
    indication_known = any(i.disease or i.disease_long or i.population for i in facts.indications)
    # a medicine named by its INN or its mechanism ("YUVIWEL (navepegritide) was granted orphan drug exclusivity")
    medicine_known = any(p.generic for p in facts.products)
    design_told = any(d.topic in ("primary_endpoint", "blinding", "randomization") for d in facts.disclosures)
    return bool(trial_known or indication_known or medicine_known or design_told or clinical_comparisons(facts)
                or single_results(facts, "clinical"))


# Measures an analyst reads first in a results release, best first.
_KEY_MEASURES = [r"\b(?:total\s+)?(?:net\s+)?(?:revenues?|sales)\b", r"\bEPS\b|\bper (?:diluted )?share\b|\bearnings per\b",
                 r"\bnet (?:income|loss|earnings)\b|\bprofit\b", r"\boperating (?:income|profit|margin)\b",
                 r"\bgross margin\b", r"\bcash\b"]
# A measure longer than this is a sentence fragment, not a name.
MAX_MEASURE_WORDS = 7


def _key_rank(comparison: Comparison) -> int:
    measure = clean(comparison.measure)
    for i, pattern in enumerate(_KEY_MEASURES):
        if re.search(pattern, measure, re.I):
            return i
    return len(_KEY_MEASURES)


def key_financials(facts: Facts) -> list[Comparison]:
    """The financial results that carry the news, revenue before EPS before net income ...: one per
    kind of measure, those the headline names always among them; no sentence-fragment measures."""
    body = [x for x in financial_comparisons(facts) if len(clean(x.measure).split()) <= MAX_MEASURE_WORDS]
    headline = [h for h in facts.headline_comparisons if is_financial(h) or h.kind == "period-over-period"]
    named = {_key_rank(h) for h in headline} - {len(_KEY_MEASURES)}
    best: dict[int, Comparison] = {}
    others = []
    for x in body:
        rank = _key_rank(x)
        if rank == len(_KEY_MEASURES):
            others.append(x)
        elif rank not in best:
            best[rank] = x
    ranked = [best[r] for r in sorted(best)]
    # The measures the headline names come first among equals: never dropped by a limit.
    ranked.sort(key=lambda x: (_key_rank(x) not in named and len(named) >= 2, _key_rank(x)))
    return ranked + others


def next_milestones(facts: Facts) -> list[Milestone]:
    """Milestones still ahead (expected, with a period) before those already under way."""
    ms = [m for m in facts.milestones if clean(m.event)]
    return sorted(ms, key=lambda m: (not m.period, clean(m.status).lower() == "under review"))


def indications_named(facts: Facts) -> list[str]:
    return list(dict.fromkeys(disease_text(i) for i in facts.indications if disease_text(i)))


# --- the release's own parts, by section role ----------------------------------------------------

def lead_paragraphs(release: Release) -> list[str]:
    for section in release.sections:
        if section.role == "lead":
            return [clean(p) for p in section.paragraphs]
    return [clean(p) for p in release.sections[0].paragraphs] if release.sections else []


def about_issuer(release: Release) -> Optional[str]:
    """The first paragraph of the issuer's 'About' boilerplate, if the release has one."""
    for section in release.sections:
        if section.role == "about" and section.paragraphs:
            return clean(section.paragraphs[0])
    return None


def forward_looking_statements(release: Release) -> str:
    return clean(fls_text(release))


def dedupe(items: Iterable[Item]) -> list[Item]:
    """Each text once, quoted or not ('“The trial met ...”' and 'The trial met ...' are one)."""
    seen, out = set(), []
    for item in items:
        key = clean(item.text).strip("“”\" ").lower()
        if item.text and key not in seen:
            seen.add(key)
            out.append(item)
    return out
