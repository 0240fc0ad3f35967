"""The medical briefing, shaped by CONSORT for Abstracts: product, population, design, results, gaps.

It reports what the release says and names what it leaves out (confidence intervals, safety data),
with a fair-balance note that the source is a company press release, not a peer-reviewed paper.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import Facts, Indication, Product, Release, Trial
from ..text.dates import date_text, period_text
from ..text.sentences import first_sentence
from .briefing import Briefing, Fact, Item, Section
from .data import briefing_data
from .format import (
    clean,
    disease_text,
    ordinal_text,
    phase_text,
    publication_text,
    sentence_case,
)
from .provenance import Notes, number_notes_in_reading_order
from .sections import (
    contacts_section,
    issuer_name,
    masthead_fields,
    quotes_section,
    release_date,
    results_section,
    source_line,
)
from .select import clinical_comparisons, dedupe, has_clinical_content, lead_paragraphs, single_results
from .tables import chart, results_table

AUDIENCE = "medical"
LABEL = "Medical briefing"
NO_CLINICAL_STANCE = "No clinical content: the release reports no trial, indication or efficacy results."
_REGULATORY_KINDS = ("regulat", "approv", "filing", "submission", "authori")


def build(release: Release) -> Briefing:
    facts = release.facts
    notes = Notes(release)
    clinical = has_clinical_content(facts)
    data = briefing_data(release)
    results = results_table(facts, notes, caption="Efficacy results per arm, as reported") if clinical else None
    if clinical:
        sections = [s for s in (
            product_section(facts, notes),
            indication_section(facts, notes),
            design_section(facts, notes),
            results_section(release, notes, results is not None, clinical=True),
            missing_section(data.not_reported),
            presentations_section(facts, notes),
            presenters_section(facts, notes),
            regulatory_section(facts, notes),
            quotes_section(release, notes, title="Investigator and company statements"),
            abbreviations_section(facts),
            contacts_section(release),
            fair_balance_section(release),
        ) if s is not None]
    else:
        # Nothing a medical reader can use: say so plainly instead of showing empty headings.
        sections = [s for s in (no_clinical_content_section(release), contacts_section(release),
                                fair_balance_section(release)) if s is not None]
    briefing = Briefing(
        data=data,
        **masthead_fields(release, AUDIENCE, LABEL),
        stance=summary(release) if clinical else NO_CLINICAL_STANCE, sections=sections, results=results,
        tables=[results] if results else [],
        chart=chart(facts, title="Efficacy results, arms side by side", kind="clinical", release=release) if clinical else None,
        notes=notes.notes)
    number_notes_in_reading_order(briefing)
    return briefing


def no_clinical_content_section(release: Release) -> Section:
    """What the release is about instead, in its own opening sentence, and where to look."""
    lead = lead_paragraphs(release)
    paragraphs = [Item(text="This release contains no clinical content: it names no clinical trial, "
                            "indication or patient population and reports no efficacy or safety results, "
                            "so there is nothing for a medical briefing to summarise.")]
    if lead:
        paragraphs.append(Item(text="What the release announces, in its own words: “"
                               + clean(first_sentence(lead[0])) + "”"))
    return Section(id="no-clinical-content", title="No clinical content", kind="text", paragraphs=paragraphs)


def _names(fact: Product | Indication) -> list[str]:
    values = (fact.brand, fact.generic) if isinstance(fact, Product) else (fact.disease, fact.disease_long)
    return [clean(v).lower() for v in values if clean(v)]


def summary(release: Release) -> str:
    """One line: product, indication, trial phase, in the CONSORT 'title' spirit. A product is
    said to be 'in' an indication, and data to be of a phase, only when one sentence of the
    release names them together: a pipeline update lists many of each."""
    facts = release.facts
    notes = Notes(release)
    indications = [i for i in facts.indications if disease_text(i)]

    def sentence(fact) -> str:
        return notes.sentence(fact.source).lower() if fact.source is not None else ""

    def together(a, b) -> bool:
        return any(n in sentence(a) for n in _names(b)) or any(n in sentence(b) for n in _names(a))

    product = facts.products[0] if facts.products else None
    indication = indications[0] if indications else None
    if product and indication and not together(product, indication):
        indication = next((i for i in indications if together(product, i)), None)
        if indication is None:
            product = None if indications else product
            indication = indications[0]
    bits = []
    if product:
        name = clean(product.brand) or clean(product.generic)
        if product.partner:
            name += f" with {clean(product.partner)}"
        bits.append(name)
    if indication:
        ind = disease_text(indication)
        if indication.population:
            ind += f", {clean(indication.population)}"
        bits.append(f"in {ind}" if bits else ind[:1].upper() + ind[1:])
    named = [n for f in (product, indication) if f for n in _names(f)]
    trial = next((t for t in facts.trials if t.phase and (not named or any(n in sentence(t) for n in named))), None)
    if trial and bits:
        # "Phase 3 data" only when the release reports results; a trial that is enrolling is "Phase 3" alone
        reported = clinical_comparisons(facts) or single_results(facts, "clinical") or re.search(
            r"\b(?:results|data|findings|top-?line|met|achieved)\b", sentence(trial))
        bits.append(f"— Phase {phase_text(trial.phase)}" + (" data" if reported else ""))
    return " ".join(bits) if bits else (clean(release.subheadlines[0]) if release.subheadlines else "")


def product_section(facts: Facts, notes: Notes) -> Optional[Section]:
    rows, items = [], []
    for p in facts.products:
        brand, generic = clean(p.brand), clean(p.generic)
        if not brand and not generic:
            continue
        note = notes.cite(p.source)
        rows.append(Fact(label="Product", value=brand + (f" ({generic})" if generic else "") if brand else generic,
                         note=note))
        if p.partner:
            rows.append(Fact(label="Given with", value=clean(p.partner)))
        for mechanism in p.mechanism:
            items.append(Item(text=sentence_case(mechanism.text), note=notes.cite(mechanism.source)))
    if not rows:
        return None
    items = dedupe(items)
    return Section(id="product", title="Product and mechanism", kind="facts", facts=rows, items=items,
                   intro="Mechanism of action, as the release describes it:" if items else "")


def indication_section(facts: Facts, notes: Notes) -> Optional[Section]:
    rows = []
    by_disease: dict[str, list[Indication]] = {}
    for i in facts.indications:
        by_disease.setdefault(disease_text(i), []).append(i)
    for disease, group in by_disease.items():
        if disease:
            # The long name may be defined in another sentence (an abbreviation): cite where it is.
            long = clean(group[0].disease_long)
            source = (notes.value_source(group[0].source, long) if long else None) or group[0].source
            rows.append(Fact(label="Indication", value=disease, note=notes.cite(source)))
        populations = list(dict.fromkeys(clean(i.population) for i in group if i.population))
        if populations:
            rows.append(Fact(label="Population", value="; ".join(populations)))
    if not rows:
        return None
    return Section(id="indication", title="Indication and population", kind="facts", facts=rows)


def merged_trials(trials: list[Trial]) -> list[Trial]:
    """One entry per trial: the extractor can find a named trial in several sentences."""
    out: list[Trial] = []
    for t in trials:
        name = clean(t.name)
        same = next((i for i, u in enumerate(out) if name and clean(u.name) == name), None)
        if same is None:
            out.append(t)
            continue
        u = out[same]
        merged = {key: getattr(u, key) or getattr(t, key) for key in type(t).model_fields}
        merged["design"] = list(dict.fromkeys([*u.design, *t.design]))
        out[same] = Trial(**merged)
    return out


def _trial_labels(trials: list[Trial], facts: Facts, notes: Notes) -> list[str]:
    """Each trial by its name; an unnamed one by the product and phase its sentence gives ("BP1002 Phase
    1/1b trial"), never a name the release does not print; a letter only to tell two alike apart."""
    names = [n for p in facts.products for n in (clean(p.brand), clean(p.generic)) if n]
    labels = []
    for t in trials:
        if clean(t.name):
            labels.append(clean(t.name))
            continue
        sentence = (notes.sentence(t.source) if t.source else "") or ""
        product = next((n for n in names if re.search(rf"\b{re.escape(n)}\b", sentence)), "")
        phase = phase_text(t.phase)
        labels.append(" ".join(x for x in (product, f"Phase {phase}" if phase else "", "trial") if x) if (product or phase) else "Trial")
    counts = {label: labels.count(label) for label in labels}
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):
        if counts[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            labels[i] = f"{label} ({chr(ord('A') + seen[label] - 1)})"
    return labels


def design_section(facts: Facts, notes: Notes) -> Optional[Section]:
    rows = []
    trials = merged_trials(facts.trials)
    labels = _trial_labels(trials, facts, notes)
    for number, t in enumerate(trials, 1):
        if len(trials) > 1:
            rows.append(Fact(label="Trial", value=labels[number - 1]))
        values = [
            ("Phase", phase_text(t.phase)),
            ("Design", ", ".join(clean(d) for d in t.design if d)),
            ("Randomized patients (N)", str(t.randomized or "")),
            ("Enrolled patients", str(t.enrolled or "")),
            ("Sites", str(t.sites or "")),
            ("Countries", str(t.countries or "")),
            ("Treatment duration", clean(t.duration)),
            ("Primary endpoint", clean(t.primary_endpoint)),
            ("Publication", publication_text(t.publication) if t.publication else ""),
        ]
        previous = None
        for label, value in values:
            if value:
                # Each row cites the sentence that states it; a run of rows from one sentence cites it once.
                note = notes.cite(notes.value_source(t.source, value) if label != "Design" else t.source)
                rows.append(Fact(label=label, value=value, note=note if note != previous else None))
                previous = note
    if not rows:
        return None
    return Section(id="design", title="Trial design", kind="facts", facts=rows)


# what a reader is told for each item the release states nowhere (data.not_reported checks the whole text)
NOT_REPORTED_TEXT = {
    "primary_endpoint": "The primary endpoint is not stated.",
    "n_per_arm": "The number of patients per arm is not given.",
    "blinding": "Blinding is not described.",
    "confidence_intervals": "No confidence intervals are reported.",
    "hazard_ratios": "No hazard ratios are reported.",
    "p_values": "No p-values are reported.",
    "safety": "No safety or tolerability data are reported.",
}


def missing_section(topics: list[str]) -> Optional[Section]:
    """Say what a CONSORT abstract would report and the release states nowhere: each item is said
    absent only after the headline, the body and the tables' sentences have been searched for it."""
    items = [Item(text=NOT_REPORTED_TEXT[t]) for t in topics if t in NOT_REPORTED_TEXT]
    if not items:
        return None
    return Section(id="missing", title="What the release does not report", kind="bullets", items=items)


def presentations_section(facts: Facts, notes: Notes) -> Optional[Section]:
    items = []
    for e in facts.events:
        name = clean(e.name)
        if not name:
            continue
        if e.abbreviation and clean(e.abbreviation) not in name:
            name += f" ({clean(e.abbreviation)})"
        line = (f"{ordinal_text(e.ordinal)} " if e.ordinal else "") + name
        extras = [x for x in (clean(e.place), date_text(e.date)) if x]
        if extras:
            line += ", " + ", ".join(extras)
        kind = clean(e.format) or clean(e.kind)
        if kind:
            line = f"{kind.capitalize()}, {line}"
        if e.title:
            line += f": “{clean(e.title)}”"
        if e.presenter:
            line += f" (presented by {clean(e.presenter)})"
        items.append(Item(text=line, note=notes.cite(e.source)))
    for p in facts.publications:
        if clean(p.journal):
            items.append(Item(text=f"Reference: {publication_text(p)}", note=notes.cite(p.source)))
    if not items:
        return None
    return Section(id="presentations", title="Presentations and references", kind="bullets", items=items)


def presenters_section(facts: Facts, notes: Notes) -> Optional[Section]:
    rows = []
    for p in facts.people:
        roles = [r.lower() for r in p.roles]
        if not any("present" in r or "investigator" in r or "author" in r for r in roles):
            continue
        name = clean(p.name)
        if p.credentials:
            name += f", {', '.join(clean(c) for c in p.credentials if c)}"
        role = ", ".join(x for x in (clean(p.title), clean(p.organisation)) if x)
        rows.append(Fact(label=name, value=role or "presenter", note=notes.cite(p.source)))
    if not rows:
        return None
    return Section(id="presenters", title="Presenters", kind="facts", facts=rows)


def regulatory_section(facts: Facts, notes: Notes) -> Optional[Section]:
    rows = []
    for m in facts.milestones:
        kind = clean(m.kind).lower()
        if kind and not any(k in kind for k in _REGULATORY_KINDS):
            continue
        if m.event:
            label = period_text(m.period) or sentence_case(m.status) or "Status"
            rows.append(Fact(label=label, value=sentence_case(m.event), note=notes.cite(m.source)))
    if not rows:
        return None
    return Section(id="regulatory", title="Regulatory status", kind="facts", facts=rows)


def abbreviations_section(facts: Facts) -> Optional[Section]:
    if not facts.abbreviations:
        return None
    rows = [Fact(label=clean(k), value=clean(v))
            for k, v in sorted(facts.abbreviations.items(), key=lambda kv: kv[0].lower())]
    return Section(id="abbreviations", title="Abbreviations", kind="facts", facts=rows)


def fair_balance_section(release: Release) -> Section:
    issuer = issuer_name(release) or "the company"
    when = date_text(release_date(release))
    note = (f"This briefing summarises a press release issued by {issuer}"
            + (f" on {when}" if when else "") + ". A press release is promotional material from the "
            "sponsor, not a peer-reviewed report: results are as the company states them, may be "
            "selected, and should be read against the full publication or presentation before any "
            "clinical conclusion is drawn.")
    if not release.facts.products:
        note += " The release names no product facts this briefing could report."
    paragraphs = [Item(text=note), Item(text=source_line(release))]
    return Section(id="fair-balance", title="Fair balance", kind="notice", paragraphs=paragraphs)
