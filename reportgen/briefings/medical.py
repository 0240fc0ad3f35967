"""The medical briefing, shaped by CONSORT for Abstracts: product, population, design, results, gaps.

It reports what the release says and names what it leaves out (confidence intervals, safety data),
with a fair-balance note that the source is a company press release, not a peer-reviewed paper.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import Release
from . import common as c
from .briefing import Briefing, Fact, Item, Section

AUDIENCE = "medical"
LABEL = "Medical briefing"

# Words that show a release reports safety or tolerability data (outside its safe-harbor notice).
_SAFETY = re.compile(r"\b(adverse (?:event|reaction)s?|side[- ]effects?|tolerab\w+|toxicit\w+|"
                     r"safety (?:profile|data|results|population)|well tolerated|discontinu\w+ due)\b", re.I)


def build(release: Release) -> Briefing:
    notes = c.Notes(release)
    clinical = c.has_clinical_content(release)
    results = c.results_table(release, notes, caption="Efficacy results per arm, as reported") if clinical else None
    if clinical:
        sections = [s for s in (
            product_section(release, notes),
            indication_section(release, notes),
            design_section(release, notes),
            Section(id="results", title="Results", kind="results") if results else None,
            missing_section(release),
            presentations_section(release, notes),
            presenters_section(release, notes),
            regulatory_section(release, notes),
            c.quotes_section(release, notes, title="Investigator and company statements"),
            abbreviations_section(release),
            c.contacts_section(release),
            fair_balance_section(release),
        ) if s is not None]
    else:
        # Nothing a medical reader can use: say so plainly instead of showing empty headings.
        sections = [s for s in (no_clinical_content_section(release), c.contacts_section(release),
                                fair_balance_section(release)) if s is not None]
    briefing = Briefing(
        **c.masthead_fields(release, AUDIENCE, LABEL),
        stance=summary(release) if clinical else NO_CLINICAL_STANCE, sections=sections, results=results,
        tables=[results] if results else [],
        chart=c.chart(release, title="Efficacy results, arms side by side", kind="clinical") if clinical else None,
        notes=notes.notes)
    c.number_notes_in_reading_order(briefing)
    return briefing


NO_CLINICAL_STANCE = "No clinical content: the release reports no trial, indication or efficacy results."


def no_clinical_content_section(release: Release) -> Section:
    """What the release is about instead, in its own opening sentence, and where to look."""
    lead = c.lead_paragraphs(release)
    paragraphs = [Item(text="This release contains no clinical content: it names no clinical trial, "
                            "indication or patient population and reports no efficacy or safety results, "
                            "so there is nothing for a medical briefing to summarise.")]
    if lead:
        paragraphs.append(Item(text="What the release announces, in its own words: “"
                               + c.first_sentence(lead[0]) + "”"))
    return Section(id="no-clinical-content", title="No clinical content", kind="text", paragraphs=paragraphs)


def summary(release: Release) -> str:
    """One line: product, indication, trial phase, in the CONSORT 'title' spirit. A product is
    said to be 'in' an indication, and data to be of a phase, only when one sentence of the
    release names them together: a pipeline update lists many of each."""
    products = c.facts_list(release, "products")
    indications = [i for i in c.facts_list(release, "indications") if c.disease_text(i)]
    trials = c.facts_list(release, "trials")

    def sentence(fact: dict) -> str:
        return c.source_sentence(release, fact["source"]).lower() if isinstance(fact.get("source"), dict) else ""

    def names(fact: dict) -> list[str]:
        return [n.lower() for n in (c.text(fact.get("brand")), c.text(fact.get("generic")),
                                    c.text(fact.get("disease")), c.text(fact.get("disease_long"))) if n]

    bits = []
    product = products[0] if products else None
    indication = indications[0] if indications else None
    if product and indication and not any(n in sentence(product) for n in names(indication)) \
            and not any(n in sentence(indication) for n in names(product)):
        indication = next((i for i in indications if any(n in sentence(product) for n in names(i))
                           or any(n in sentence(i) for n in names(product))), None)
        if indication is None:
            product = None if len(indications) else product
            indication = indications[0]
    if product:
        name = c.text(product.get("brand")) or c.text(product.get("generic"))
        if product.get("partner"):
            name += f" with {c.text(product['partner'])}"
        bits.append(name)
    if indication:
        ind = c.disease_text(indication)
        if indication.get("population"):
            ind += f", {c.text(indication['population'])}"
        bits.append(f"in {ind}" if bits else ind[:1].upper() + ind[1:])
    named = [n for f in (product, indication) if f for n in names(f)]
    trial = next((t for t in trials if t.get("phase") and (not named or any(n in sentence(t) for n in named))), None)
    if trial and bits:
        bits.append(f"— Phase {c.phase_text(trial['phase'])} data")
    return " ".join(bits) if bits else (c.text(release.subheadlines[0]) if release.subheadlines else "")


def product_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts, items = [], []
    for p in c.facts_list(release, "products"):
        brand, generic = c.text(p.get("brand")), c.text(p.get("generic"))
        if not brand and not generic:
            continue
        note = notes.cite(p.get("source"))
        if brand:
            facts.append(Fact(label="Product", value=brand + (f" ({generic})" if generic else ""), note=note))
        elif generic:
            facts.append(Fact(label="Product", value=generic, note=note))
        if p.get("partner"):
            facts.append(Fact(label="Given with", value=c.text(p["partner"])))
        for mechanism in p.get("mechanism") or []:
            source = mechanism.get("source") if isinstance(mechanism, dict) else None
            items.append(Item(text=c.sentence_case(mechanism), note=notes.cite(source)))
    if not facts:
        return None
    items = c.dedupe(items)
    return Section(id="product", title="Product and mechanism", kind="facts", facts=facts, items=items,
                   intro="Mechanism of action, as the release describes it:" if items else "")


def indication_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts = []
    by_disease: dict[str, list[dict]] = {}
    for i in c.facts_list(release, "indications"):
        by_disease.setdefault(c.disease_text(i), []).append(i)
    for disease, group in by_disease.items():
        if disease:
            # The long name may be defined in another sentence (an abbreviation): cite where it is.
            long = c.text(group[0].get("disease_long"))
            source = (c.value_source(release, group[0].get("source"), long) if long else None) or group[0].get("source")
            facts.append(Fact(label="Indication", value=disease, note=notes.cite(source)))
        populations = list(dict.fromkeys(c.text(i.get("population")) for i in group if i.get("population")))
        if populations:
            facts.append(Fact(label="Population", value="; ".join(populations)))
    if not facts:
        return None
    return Section(id="indication", title="Indication and population", kind="facts", facts=facts)


def design_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts = []
    # One entry per trial: the extractor can find a named trial in several sentences.
    trials: list[dict] = []
    for t in c.facts_list(release, "trials"):
        name = c.text(t.get("name"))
        same = next((u for u in trials if name and c.text(u.get("name")) == name), None)
        if same is None:
            trials.append(dict(t))
            continue
        for key, value in t.items():
            if key == "design":
                same["design"] = list(dict.fromkeys([*(same.get("design") or []), *(value or [])]))
            elif not same.get(key) and value:
                same[key] = value
    several = len(trials) > 1
    for number, t in enumerate(trials, 1):
        if several:
            facts.append(Fact(label="Trial", value=c.text(t.get("name")) or f"Trial {chr(ord('A') + number - 1)}"))
        rows = [
            ("Phase", c.phase_text(t.get("phase"))),
            ("Design", ", ".join(c.text(d) for d in t.get("design") or [] if d)),
            ("Randomized patients (N)", c.text(t.get("randomized"))),
            ("Enrolled patients", c.text(t.get("enrolled"))),
            ("Sites", c.text(t.get("sites"))),
            ("Countries", c.text(t.get("countries"))),
            ("Treatment duration", c.text(t.get("duration"))),
            ("Primary endpoint", c.text(t.get("primary_endpoint"))),
            ("Publication", c.text(t.get("publication"))),
        ]
        previous = None
        for label, value in rows:
            if value:
                # Each row cites the sentence that states it; a run of rows from one sentence cites it once.
                note = notes.cite(c.value_source(release, t.get("source"), value) if label != "Design"
                                  else t.get("source"))
                facts.append(Fact(label=label, value=value, note=note if note != previous else None))
                previous = note
    if not facts:
        return None
    return Section(id="design", title="Trial design", kind="facts", facts=facts)


def missing_section(release: Release) -> Optional[Section]:
    """Say what a CONSORT abstract would report and the release does not."""
    comps = c.clinical_comparisons(release)
    items = []
    if comps:
        if not any(x.get("ci") for x in comps):
            items.append("No confidence intervals are reported for any result.")
        if not any(x.get("hazard_ratio") for x in comps):
            items.append("No hazard ratios are reported.")
        missing_p = [c.measure_text(x) for x in comps if not c.p_value_text(x.get("p_value"))]
        if missing_p:
            items.append("No p-value is reported for: " + "; ".join(missing_p) + ".")
    trials = c.facts_list(release, "trials")
    if trials and not any(t.get("primary_endpoint") for t in trials):
        items.append("The primary endpoint is not stated.")
    if trials and not any(re.search(r"blind|open[- ]label", " ".join(t.get("design") or []), re.I) for t in trials):
        items.append("Blinding is not described.")
    if comps or trials:
        if not _SAFETY.search(c.body_text(release)):
            items.append("No safety or tolerability data are reported in the release.")
    if comps and not any(a.get("n") for x in comps for a in c.arms_of(x)):
        items.append("The number of patients analysed per arm is not given for the results.")
    if not items:
        return None
    return Section(id="missing", title="What the release does not report", kind="bullets",
                   items=[Item(text=t) for t in items])


def presentations_section(release: Release, notes: c.Notes) -> Optional[Section]:
    items = []
    for e in c.facts_list(release, "events"):
        name = c.text(e.get("name"))
        if not name:
            continue
        if e.get("abbreviation") and c.text(e["abbreviation"]) not in name:
            name += f" ({c.text(e['abbreviation'])})"
        line = (f"{c.ordinal_text(e.get('ordinal'))} " if e.get("ordinal") else "") + name
        extras = [x for x in (c.text(e.get("place")), c.date_text(e.get("date"))) if x]
        if extras:
            line += ", " + ", ".join(extras)
        kind = c.text(e.get("format")) or c.text(e.get("kind"))
        if kind:
            line = f"{kind.capitalize()}, {line}"
        if e.get("title"):
            line += f": “{c.text(e['title'])}”"
        if e.get("presenter"):
            line += f" (presented by {c.text(e['presenter'])})"
        items.append(Item(text=line, note=notes.cite(e.get("source"))))
    for p in c.facts_list(release, "publications"):
        journal = c.text(p.get("journal"))
        if not journal:
            continue
        ref = journal
        if p.get("volume"):
            ref += f" {c.text(p['volume'])}"
            if p.get("issue"):
                ref += f"({c.text(p['issue'])})"
        if p.get("date"):
            ref += f", {c.date_text(p['date'])}"
        items.append(Item(text=f"Reference: {ref}", note=notes.cite(p.get("source"))))
    if not items:
        return None
    return Section(id="presentations", title="Presentations and references", kind="bullets", items=items)


def presenters_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts = []
    for p in c.facts_list(release, "people"):
        roles = [r.lower() for r in p.get("roles") or []]
        if not any("present" in r or "investigator" in r or "author" in r for r in roles):
            continue
        name = c.text(p.get("name"))
        if c.text(p.get("credentials")):
            name += f", {c.text(p['credentials'])}"
        role = ", ".join(x for x in (c.text(p.get("title")), c.text(p.get("organisation"))) if x)
        facts.append(Fact(label=name, value=role or "presenter", note=notes.cite(p.get("source"))))
    if not facts:
        return None
    return Section(id="presenters", title="Presenters", kind="facts", facts=facts)


def regulatory_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts = []
    for m in c.facts_list(release, "milestones"):
        kind = c.text(m.get("kind")).lower()
        if kind and not any(k in kind for k in ("regulat", "approv", "filing", "submission", "authori")):
            continue
        if m.get("event"):
            label = c.period_text(m.get("period")) or c.sentence_case(m.get("status")) or "Status"
            facts.append(Fact(label=label, value=c.sentence_case(m["event"]), note=notes.cite(m.get("source"))))
    if not facts:
        return None
    return Section(id="regulatory", title="Regulatory status", kind="facts", facts=facts)


def abbreviations_section(release: Release) -> Optional[Section]:
    abbreviations = release.facts.abbreviations
    if not abbreviations:
        return None
    facts = [Fact(label=c.text(k), value=c.text(v)) for k, v in sorted(abbreviations.items(), key=lambda kv: kv[0].lower())]
    return Section(id="abbreviations", title="Abbreviations", kind="facts", facts=facts)


def fair_balance_section(release: Release) -> Section:
    issuer = c.issuer_name(release) or "the company"
    when = c.date_text(c.release_date(release))
    note = (f"This briefing summarises a press release issued by {issuer}"
            + (f" on {when}" if when else "") + ". A press release is promotional material from the "
            "sponsor, not a peer-reviewed report: results are as the company states them, may be "
            "selected, and should be read against the full publication or presentation before any "
            "clinical conclusion is drawn.")
    if not c.facts_list(release, "products"):
        note += " The release names no product facts this briefing could report."
    paragraphs = [Item(text=note), Item(text=c.source_line(release))]
    return Section(id="fair-balance", title="Fair balance", kind="notice", paragraphs=paragraphs)
