"""The briefing as data: the lead, the results in their frame, each product with its own indication,
what was checked and found absent, the catalysts still ahead, guidance, dividends, deals and who
is quoted. Every audience's sections show these selections; `--format json` writes them.

The rules follow the author: the lead comes from what the headline, the subheadlines and the
lead paragraph state, never from a figure of the body; a topic is "not reported" only when the
extractor found no sentence stating it anywhere in the release; a catalyst is an event after the
release date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..model import Comparison, Facts, Milestone, Release, Span
from ..text.dates import date_text, period_end, period_text
from ..text.sentences import first_sentence
from .briefing import ArmValue, BriefingData, CatalystData, ProductData, QuoteData, ResultData
from .format import (
    _PERIOD,
    arm_label,
    arm_value_text,
    change_text,
    clean,
    comparison_sentence,
    disease_text,
    is_financial,
    measure_text,
    p_value_text,
    period_in,
    period_labels,
    presents_data,
    sentence_case,
)
from .provenance import Notes
from .sections import affiliation, issuer_aliases, issuer_name, release_date
from .select import (
    MAX_MEASURE_WORDS,
    ROW_MEASURE_MAX_WORDS,
    comparisons,
    has_clinical_content,
    is_baseline,
    lead_paragraphs,
    measure_words_max,
    single_results,
)

MAX_RESULTS = 12
LEAD_FIGURES = 2  # comparisons the lead names at most
LEAD_MAX_CHARS = 300
# The paragraphs of the lead section the author's emphasis is read from.
LEAD_PARAGRAPHS = 2

# --- results: kind and order ------------------------------------------------------------------------

_SAFETY_MEASURE = re.compile(r"\b(?:adverse|side[\s-]effects?|tolerab\w+|toxicit\w+|discontinu\w+|serious|"
                             r"death|died|deaths|fatal|bleeding|injur\w+|TEAEs?|SAEs?|AEs?)\b", re.I)
_EFFICACY_MEASURE = re.compile(r"\b(?:response|remission|survival|endpoint|efficacy|reduction in|improvement)\b", re.I)
_PRIMARY = re.compile(r"\bprimary\b", re.I)


def result_kind(comparison: Comparison, sentence: str, clinical: bool) -> str:
    """efficacy, safety, financial or other: money and periods are financial; in a clinical
    release, a measure or sentence of harms is safety and the rest efficacy."""
    if is_financial(comparison):
        return "financial"
    if not clinical:
        return "other"
    measure = clean(comparison.measure)
    if _SAFETY_MEASURE.search(measure) or (_SAFETY_MEASURE.search(sentence) and not _EFFICACY_MEASURE.search(measure)):
        return "safety"
    return "efficacy"


def _position(comparison: Comparison) -> tuple:
    """Reading order: the headline and subheadlines first, then the body."""
    if comparison.headline_source is not None:
        return (0, 0 if comparison.headline_source.field == "headline" else 1, comparison.headline_source.index,
                comparison.headline_source.start)
    if comparison.source is not None:
        return (1, comparison.source.section, comparison.source.paragraph, comparison.source.start)
    return (2, 0, 0, 0)


def _clean_measure(comparison: Comparison) -> bool:
    measure = clean(comparison.measure)
    words = measure.split()
    return 0 < len(words) <= (MAX_MEASURE_WORDS if measure_words_max(measure) == ROW_MEASURE_MAX_WORDS
                              else measure_words_max(measure))


def _identity(comparison: Comparison) -> tuple:
    return tuple(arm_value_text(a) for a in comparison.arms), change_text(comparison)


def _where(c: Comparison) -> tuple:
    return (c.source.section, c.source.paragraph) if c.source else ("headline",)


def ordered_results(release: Release) -> list[Comparison]:
    """Every comparison with figures once, in the author's order (headline, subheadlines, body); a
    figure printed in the headline and again in the body is the headline's."""
    facts = release.facts
    # every result with its figures, a measure that heads no table row too: its source sentence says it
    found = [*facts.headline_comparisons, *(c for c in facts.comparisons if c.arms),
             *(c for c in facts.comparisons if not c.arms and clean(c.measure) and (c.p_value or c.change))]
    with_arms = {(_where(c), change_text(c)) for c in found if c.arms}
    found = [c for c in found if c.arms or (_where(c), change_text(c)) not in with_arms]  # the fuller reading
    out, seen = [], set()
    for c in sorted(found, key=_position):
        key = _identity(c)
        if not _clean_measure(c) or key in seen or (not any(key[0]) and not key[1]):
            continue
        seen.add(key)
        out.append(c)
    return out


def result_data(comparison: Comparison, notes: Notes, clinical: bool) -> ResultData:
    sentence = notes.sentence(comparison.source) if comparison.source else ""
    financial = is_financial(comparison)
    labels = period_labels(comparison) if financial else [arm_label(a.label) for a in comparison.arms]
    arms = [ArmValue(label=label, value=arm_value_text(a))
            for a, label in zip(comparison.arms, labels) if arm_value_text(a)]
    period = (next((label for label in labels if label), None) or heading_period(comparison, notes)) \
        if financial else None
    # A measure that is a fragment of its sentence is no name: the result is shown by its sentence.
    return ResultData(
        measure=measure_text(comparison) if _clean_measure(comparison) else "", kind=result_kind(comparison, sentence, clinical), period=period,
        population=clean(comparison.population) or None, arms=arms, change=change_text(comparison),
        p_value=p_value_text(comparison.p_value), source=sentence)


def heading_period(comparison: Comparison, notes: Notes) -> Optional[str]:
    """The period the heading of a result's section names ('Highlights in Q4 2024' -> 'Q4 2024'):
    the frame of figures printed as 'X (prior Y)' under it."""
    release = notes.release
    hs = comparison.headline_source
    if comparison.source is None and hs is not None and hs.field == "subheadlines":
        # "Fourth Quarter 2024 Highlights" over the bullets of the subheadlines: the period of those below it
        at = next((i for i, s in enumerate(release.subheadlines) if hs.text in s), None)
        heading = next((s for s in reversed(release.subheadlines[:at]) if _is_heading_line(s)), None) \
            if at is not None else None
        m = _PERIOD.search(clean(heading)) if heading else None
        return m.group(0) if m else None
    if comparison.source is None:
        return None
    heading = release.sections[comparison.source.section].heading if \
        comparison.source.section < len(release.sections) else None
    m = _PERIOD.search(clean(heading)) if heading else None
    return m.group(0) if m else None


def _is_heading_line(text: str) -> bool:
    """A subheadline that heads the ones below it: short, no figure of its own but a year, no sentence."""
    t = clean(text)
    return len(t) <= 60 and not re.search(r"[.;:]\s|[$€£%]|\d[\d,.]*\s*(?:million|billion)", t) and \
        not re.search(r"\b(?:is|are|was|were|has|have|will|reports?|announces?)\b", t, re.I)


# --- the lead -----------------------------------------------------------------------------------

def _in_lead(comparison: Comparison, release: Release) -> bool:
    """Printed in the headline, a subheadline or the first paragraphs of the lead section."""
    if comparison.headline_source is not None:
        return True
    src = comparison.source
    if src is None or src.section >= len(release.sections):
        return False
    return release.sections[src.section].role == "lead" and src.paragraph < LEAD_PARAGRAPHS


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures(text: str) -> set[str]:
    """The numbers printed in a text, without thousands separators ('1,793,000' -> '1793000')."""
    return {m.group(0).replace(",", "") for m in _FIGURE.finditer(text or "") if not re.fullmatch(r"(?:19|20)\d\d", m.group(0))}


def _states_headline_figure(comparison: Comparison, headline: set[str]) -> bool:
    """A body result whose figure the headline or a subheadline prints ('Full-year adjusted EBITDA
    EUR 177 million' and 'Adjusted EBITDA amounted to EUR 177 million (EUR 517 million)')."""
    first = comparison.arms[0].text if comparison.arms and comparison.arms[0].text else ""
    return bool(_figures(first) & headline)


def lead_comparisons(release: Release, ordered: list[Comparison], notes: Notes) -> list[Comparison]:
    """The figures the author led with: those the headline and subheadlines print (with the frame
    the body gives them), then those of the lead paragraphs, a clinical release's primary-endpoint
    results first; never a baseline description."""
    headline = _figures(" ".join([release.headline or "", *release.subheadlines]))
    top = [c for c in ordered if (_in_lead(c, release) or _states_headline_figure(c, headline))
           and not is_baseline(c, notes.sentence(c.source) if c.source else "")]
    top = _with_body_frame(top, ordered)
    top.sort(key=lambda c: not (c.headline_source is not None or _states_headline_figure(c, headline)))
    if has_clinical_content(release.facts):
        top.sort(key=lambda c: not _PRIMARY.search(notes.sentence(c.source) if c.source else clean(c.measure)))
    return top[:LEAD_FIGURES]


def _with_body_frame(top: list[Comparison], ordered: list[Comparison]) -> list[Comparison]:
    """A headline's bare change ('EPS up 16 percent') is shown as the body states it ('earnings per
    diluted share of $2.18, up 16 percent'): the body result with the same change and a value."""
    out: list[Comparison] = []
    for c in top:
        body = None
        if c.headline_source is not None and not any(a.text for a in c.arms) and change_text(c):
            want = _figures(change_text(c))
            body = next((b for b in ordered if b.headline_source is None and any(a.text for a in b.arms)
                         and _figures(change_text(b)) == want), None)
        chosen = body or c
        if chosen not in out:
            out.append(chosen)
    return out


def lead_figures(release: Release, notes: Notes) -> list[Comparison]:
    """The figures the author led with, each with a measure a reader can name."""
    return [c for c in lead_comparisons(release, ordered_results(release), notes) if _clean_measure(c)]


def framed(comparison: Comparison, notes: Notes) -> str:
    return _framed(comparison, notes)


def lead_line(release: Release, ordered: list[Comparison], notes: Notes) -> tuple[str, str]:
    """The top line and where it comes from: what the author put first, in the author's words: the
    headline and the first subheadline; when neither prints a figure, the lead paragraph's first
    sentence that does (or the lead's figures in their frame)."""
    head = clean(release.headline)
    subs = [clean(s) for s in release.subheadlines if clean(s)]
    parts = [head] if head else []
    if len(subs) > 1 and _is_heading_line(subs[0]) and len(subs[1]) <= LEAD_MAX_CHARS and _figures(subs[1]):
        # "Fourth Quarter 2024 Highlights" over the first highlight: the highlight, in the heading's frame
        parts.append(f"{period_in(subs[0]) or subs[0]}: {subs[1]}")
    elif subs and len(subs[0]) <= LEAD_MAX_CHARS:
        parts.append(subs[0])
    source = head or (parts[0] if parts else "")
    if not _figures(" ".join(parts)):
        paragraphs = lead_paragraphs(release)
        first = clean(first_sentence(paragraphs[0])) if paragraphs else ""
        if first and len(first) <= LEAD_MAX_CHARS and (_figures(first) or not parts):
            parts.append(first)
            source = source or first
        else:
            chosen = [c for c in lead_comparisons(release, ordered, notes) if _clean_measure(c)][:2]
            framed = [f for f in (_framed(c, notes) for c in chosen) if f]
            if framed:
                parts.append("; ".join(framed))
                source = source or (notes.sentence(chosen[0].source) if chosen[0].source else "")
    line = " — ".join(p.rstrip(" .") for p in parts)
    return line[:1].upper() + line[1:], source


def _framed(comparison: Comparison, notes: Notes) -> str:
    """comparison_sentence, with the period of a financial result named when its arms name none
    (a one-figure result, or figures under a heading that names the period)."""
    line = comparison_sentence(comparison)
    if not line or not is_financial(comparison) or (len(comparison.arms) > 1 and any(period_labels(comparison))):
        return line
    period = next((p for p in period_labels(comparison) if p), "") or heading_period(comparison, notes) or ""
    if period and period.lower() not in line.lower():
        head, _, rest = line.partition(": ")
        line = f"{head[:-1]}, {period}): {rest}" if head.endswith(")") else f"{head} ({period}): {rest}"
    return line


# --- what is checked and absent -----------------------------------------------------------------------

_TIME_TO_EVENT = re.compile(r"\b(?:survival|time to|progression|event[\s-]free|relapse|recurrence|hazard)\b", re.I)


def not_reported(facts: Facts) -> list[str]:
    """The reporting items of a clinical result the release states nowhere (facts.disclosures
    holds where each is stated): only for a release that reports a trial or clinical results."""
    results = comparisons(facts, "clinical") + single_results(facts, "clinical")
    if not results:
        return []  # no clinical result reported: nothing a reader would look for is missing
    topics = []
    if facts.trials or any(c.kind == "treatment-vs-control" for c in results):
        topics += ["primary_endpoint", "n_per_arm", "blinding"]
    if results:
        topics += ["confidence_intervals", "p_values", "safety"]
        if any(_TIME_TO_EVENT.search(clean(c.measure)) for c in results):
            topics.append("hazard_ratios")
    stated = {"primary_endpoint": any(t.primary_endpoint for t in facts.trials),
              "n_per_arm": any(t.randomized or t.enrolled for t in facts.trials) or any(c.n for c in results),
              "blinding": any(re.search(r"blind|open[- ]label|mask", " ".join(t.design), re.I) for t in facts.trials),
              "confidence_intervals": any(c.ci for c in results),
              "hazard_ratios": any(c.hazard_ratio for c in results),
              "p_values": any(c.p_value for c in results),
              "safety": bool(facts.safety)}
    return [t for t in topics if not stated.get(t) and not facts.discloses(t)]


# --- catalysts ---------------------------------------------------------------------------------------

def is_ahead(period: Optional[str], released: Optional[str]) -> Optional[bool]:
    """Whether a normalized period can still be ahead of the release date (None: cannot tell)."""
    end = period_end(period)
    if end is None or not released:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period or ""):
        return end > released[:10]  # a day: the release's own day (today's call) is no catalyst
    return end >= released[:10]


@dataclass(frozen=True)
class Upcoming:
    """A step still to come, with where the release states it."""

    event: str
    when: str
    date: Optional[str]
    source: Span


def upcoming(release: Release) -> list[Upcoming]:
    """Milestones and meetings after the release date: a milestone still expected (with a period
    that has not passed, or none given), a review still pending, a meeting dated after the release."""
    released = release_date(release)
    out: list[Upcoming] = []
    guidance = [o.source for o in release.facts.outlook]
    for m in release.facts.milestones:
        if any(same_sentence(m.source, g) for g in guidance):
            continue  # 'EBITDA in the first quarter is expected to be higher': guidance, not a step
        if clean(m.event) and clean(m.status).lower() == "under review":
            out.append(Upcoming(clean(m.event), "under review", None, m.source))
        elif _milestone_ahead(m, released):
            out.append(Upcoming(clean(m.event), period_text(m.period) or clean(m.period_text), m.period,
                                m.source))
    seen = set()
    for e in release.facts.events:
        name = clean(e.name)
        if not name or not e.date or is_ahead(e.date, released) is not True or (name, e.date) in seen:
            continue  # presented on the day of the release or before it, or no date to tell
        seen.add((name, e.date))
        out.append(Upcoming(f"Data presented at {name}" if presents_data(e) else name, date_text(e.date), e.date, e.source))
    # dated steps first, in time order; those with no date keep the release's order after them
    return sorted(out, key=lambda u: (u.date is None, period_end(u.date) or "", ))


def same_sentence(a: Span, b: Span) -> bool:
    return (a.section, a.paragraph) == (b.section, b.paragraph) and a.start < b.end and b.start < a.end


def catalysts(release: Release, notes: Notes) -> list[CatalystData]:
    return [CatalystData(event=sentence_case(u.event), when=u.when, date=u.date, source=notes.sentence(u.source))
            for u in upcoming(release)]


def _milestone_ahead(m: Milestone, released: Optional[str]) -> bool:
    if not clean(m.event) or clean(m.status).lower() != "expected":
        return False
    return is_ahead(m.period, released) is not False


# --- products and quotes -------------------------------------------------------------------------------

def products(release: Release, notes: Notes) -> list[ProductData]:
    """Each product the release is about, with the indication named in a sentence that names it."""
    out = []
    issuer = issuer_name(release).lower()
    for p in release.facts.products:
        name = clean(p.brand) or clean(p.generic)
        if not name or (not p.generic and name.lower() in issuer):
            continue  # the company's own name with a mark: not a product
        out.append(ProductData(name=name, generic=clean(p.generic) if p.brand and p.generic else None,
                               indication=_indication_of(name, clean(p.generic), release, notes)))
    return out


def _indication_of(name: str, generic: str, release: Release, notes: Notes) -> Optional[str]:
    names = [n.lower() for n in (name, generic) if n]
    diseases = [(disease_text(i), i) for i in release.facts.indications if disease_text(i)]
    if not diseases:
        return None
    for sentence in notes.sentences:
        text = sentence.text.lower()
        if not any(n in text for n in names):
            continue
        for disease, ind in diseases:
            long = clean(ind.disease_long).lower()
            if disease.lower() in text or (long and long in text) or (clean(ind.disease).lower() in text):
                return disease
    return None


def quotes(release: Release) -> list[QuoteData]:
    issuer, aliases = issuer_name(release), issuer_aliases(release)
    out, seen = [], set()
    for q in release.quotes:
        key = (clean(q.speaker), clean(q.title))
        if key in seen:
            continue
        seen.add(key)
        out.append(QuoteData(speaker=clean(q.speaker) or None, title=clean(q.title) or None,
                             affiliation=affiliation(q, issuer, aliases)))
    return out


# --- all of it -------------------------------------------------------------------------------------

def briefing_data(release: Release) -> BriefingData:
    """The selections of one release, each with the sentence it is taken from."""
    facts = release.facts
    notes = Notes(release)  # for the sentences only: the briefing's own notes are its sections'
    clinical = has_clinical_content(facts)
    ordered = ordered_results(release)
    lead, lead_source = lead_line(release, ordered, notes)
    return BriefingData(
        lead=lead, lead_source=lead_source,
        results=[result_data(c, notes, clinical) for c in ordered[:MAX_RESULTS]],
        products=products(release, notes),
        not_reported=not_reported(facts),
        catalysts=catalysts(release, notes),
        guidance=[clean(s.text) for s in facts.outlook],
        dividends=[clean(s.text) for s in facts.dividends],
        deals=[clean(s.text) for s in facts.deals],
        quotes=quotes(release),
    )
