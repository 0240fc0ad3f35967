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

The package, in the order a sentence goes through it: `vocabulary` (the words and the tuned sizes),
`scan` (a sentence's figures, changes and thresholds), `connectors` and `pairing` (the ways two
figures pair), `building` (a pair or a figure becomes a Comparison; `labels` names its arms, measure
and population), `changes` (stated changes, new levels, change-only comparisons), `cross_sentence`
(the rules across two sentences, and single results).
"""

from __future__ import annotations

from typing import Optional

from reportgen.model import Comparison, Span
from reportgen.text.sentences import Sentence

from ..common import SKIPPED_ROLES
from .building import POP, Draft, pair_comparisons
from .changes import attach_changes, change_only_comparisons, link_absolute_changes, new_levels, split_respectively
from .connectors import connector_pairs
from .cross_sentence import controls_in_next_sentences, priors_in_next_sentences, single_results
from .labels import is_prior_period
from .pairing import (
    bracket_pairs,
    change_pairs,
    generic_pairs,
    labelled_pairs,
    list_arms,
    not_reached,
    parallel_pairs,
    patient_count_pairs,
    shared_control_changes,
)
from .scan import Scan, prepare, read
from .vocabulary import FORECAST_RE, PERIOD_KINDS, PERIOD_PHRASE_RE


def extract_comparisons(paragraphs: list[list[Sentence]], abbreviations: dict[str, str],
                        release_date: str | None) -> list[Comparison]:
    """The comparisons of each paragraph's sentences (the body's: `source`; the headline's and subheadlines':
    `headline_source`), in reading order. Paragraphs of fls and legal sections give none."""
    out: list[Comparison] = []
    for sentences in paragraphs:
        if sentences and sentences[0].role not in SKIPPED_ROLES:
            out += [_finished(d) for d in _paragraph_comparisons(sentences, abbreviations, release_date)]
    return out


def _paragraph_comparisons(sentences: list[Sentence], abbreviations: dict[str, str],
                           release_date: str | None) -> list[Draft]:
    """Each sentence's comparisons, then the rules across sentences over the sentences that gave none."""
    scans = [read(sentence, sentences[:k], abbreviations) for k, sentence in enumerate(sentences)]
    taken: set[int] = set()
    found: list[tuple[int, Draft]] = []
    for k, scan in enumerate(scans):
        drafts = sentence_comparisons(scan.fresh())
        if drafts:
            taken.add(k)
            found += [(k, d) for d in drafts]
    found += priors_in_next_sentences(scans, taken, release_date)
    found += controls_in_next_sentences(scans, taken)
    found += single_results(scans, taken)
    found.sort(key=lambda kd: (kd[0], kd[1].at))
    drafts = [d for _, d in found if not _mixed_periods(d.comparison)]
    _carry_periods(drafts)
    return drafts


def _mixed_periods(c: Comparison) -> bool:
    """A result of one quarter against a whole year (two arms naming periods of different lengths): figures
    a long sentence lists for several periods, paired wrongly; shown, it would say something false."""
    if c.kind != POP:
        return False
    kinds = []
    for a in c.arms:
        found = {k for k, r in PERIOD_KINDS if r.search(a.label or "")}
        if len(found) == 1:
            kinds.append(found.pop())
    return len(set(kinds)) > 1


def _carry_periods(drafts: list[Draft]) -> None:
    """"GAAP gross margin for the fourth quarter of 2024 was 51.3% compared with 25.8% in the prior year
    period. On a non-GAAP basis, gross margin was 55.1% compared with 48.6% in the prior year period.": a
    figure of the paragraph compared with "the prior year" and no period of its own is of the period the
    paragraph's last figure named."""
    current: Optional[str] = None
    for d in drafts:
        c = d.comparison
        if c.kind != POP or not c.arms or not c.arms[0].text:
            continue
        first, others = c.arms[0], c.arms[1:]
        if first.label:
            if PERIOD_PHRASE_RE.search(first.label) and not is_prior_period(first.label):
                current = first.label
        elif current and all(not a.label or is_prior_period(a.label) for a in others) and \
                (others or c.change is not None):
            first.label = current


def _finished(d: Draft) -> Comparison:
    """The comparison with its source: the sentence, or the sentences of its paragraph it reads."""
    span = d.sentence.through(d.last or d.sentence)
    if isinstance(span, Span):
        d.comparison.source = span
    else:
        d.comparison.headline_source = span
    return d.comparison


def sentence_comparisons(scan: Scan) -> list[Draft]:
    """The comparisons of one sentence, each rule in turn (a pairing step pairs only figures no earlier
    step has used)."""
    if not prepare(scan):
        return []
    link_absolute_changes(scan)  # ("grew 31% and 42%": both changes before any figure is paired)
    connector_pairs(scan)
    bracket_pairs(scan)
    drafts = not_reached(scan)
    parallel_pairs(scan)
    list_arms(scan)
    labelled_pairs(scan)
    generic_pairs(scan)
    change_pairs(scan)
    patient_count_pairs(scan)
    shared_control_changes(scan)
    drafts += pair_comparisons(scan)
    link_absolute_changes(scan)
    attach_changes(scan, drafts)
    if not FORECAST_RE.search(scan.text):  # forecasts and guidance give no change-only comparison
        levels = new_levels(scan)
        attach_changes(scan, levels)  # "Gross margin improved to 35.5%, up 200 bps": the level's change
        drafts += levels
        change_only_comparisons(scan, drafts)
    if "respectively" in scan.text.lower():
        split_respectively(drafts)
    return drafts
