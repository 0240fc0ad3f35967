"""The investor briefing: a sell-side 'first take' in shape, built only from the release and its facts.

No rating, price target or market data: a press release has none, so the briefing says nothing of them.
"""

from __future__ import annotations

import re
from typing import Optional

from ..extract.risks import fls_flat, risk_listing
from ..model import Comparison, Facts, Release
from ..text.dates import DATE_RE, PERIOD_RE
from ..text.sentences import first_sentence
from .briefing import Briefing, Fact, Item, Section
from .data import briefing_data, lead_figures, same_sentence, upcoming
from .format import (
    arm_value_text,
    change_text,
    clean,
    comparison_sentence,
    event_summary,
    is_financial,
    measure_text,
    p_value_text,
    period_labels,
    presents_data,
    quoted,
    sentence_case,
    trial_summary,
    without_stray_marks,
)
from .provenance import Notes, number_notes_in_reading_order
from .sections import (
    QUOTED_RESULT_MAX_CHARS,
    contacts_section,
    issuer_name,
    masthead_fields,
    quotes_section,
    results_section,
    snapshot_section,
    source_section,
)
from .select import (
    by_news_value,
    clinical_comparisons,
    dedupe,
    forward_looking_statements,
    indications_named,
    is_baseline,
    key_financials,
    lead_paragraphs,
    readable,
    unreadable_results,
)
from .tables import chart, financial_table, release_tables, results_table

AUDIENCE = "investor"
LABEL = "Investor briefing"
WHAT_HAPPENED_PARAGRAPHS = 2  # the lead's opening paragraphs, shown in full
MAX_TAKEAWAYS = 5
MIN_TAKEAWAYS = 3
MAX_REASONS = 3  # 'why it matters'
STANCE_MAX_CHARS = 300
SIGNIFICANCE = 0.05


def build(release: Release) -> Briefing:
    facts = release.facts
    notes = Notes(release)
    clinical = results_table(facts, notes, caption="Clinical results")
    financial = financial_table(facts, notes, caption="Financial results, as stated in the text", release=release)
    # A financial-results release: its own first statement table, as the company prints it.
    own = release_tables(release, limit=1) if financial else []
    tables = [t for t in (clinical, financial) if t] + own
    chart_kind = "clinical" if clinical else "financial"
    results_chart = chart(facts, kind=chart_kind, release=release,
                          title="Clinical results, arms side by side" if clinical
                          else "Financial results, this period beside the prior period")
    sections = [s for s in (
        takeaways_section(release, notes),
        what_happened_section(release),
        results_section(release, notes, bool(tables)),
        why_it_matters_section(release, notes),
        catalysts_section(release, notes),
        products_section(release, notes),
        quotes_section(release, notes, title="Management commentary", affiliations=("management", "unknown")),
        quotes_section(release, notes, title="Independent voices", affiliations=("independent",),
                       section_id="independent-quotes"),
        risks_section(facts),
        snapshot_section(release),
        contacts_section(release),
        safe_harbor_section(release, risks_listed=bool(facts.risks)),
        source_section(release, note="Prepared from the company's press release only; it contains "
                                     "no rating, price target or market data."),
    ) if s is not None]
    briefing = Briefing(
        data=briefing_data(release),
        **masthead_fields(release, AUDIENCE, LABEL), stance=stance(release), sections=sections,
        results=tables[0] if tables else None, tables=tables, chart=results_chart, notes=notes.notes)
    number_notes_in_reading_order(briefing)
    return briefing


def stance(release: Release) -> str:
    """One factual line drawn from the facts: the headline figures (financial: 'Revenue $119.6
    billion, up 2% year over year'), whether the clinical results were significant, the next
    catalyst. Only figures the release states: `reportgen build` refuses any other."""
    notes = Notes(release)
    parts = [p for p in (_clinical_stance(release, notes), _financial_stance(release, notes),
                          _catalyst_stance(release)) if p]
    if not parts:
        # No facts to state: the release's own first sentence (the subheadlines are shown already).
        lead = lead_paragraphs(release)
        first = clean(first_sentence(lead[0])) if lead else ""
        return first if len(first) <= STANCE_MAX_CHARS else ""
    line = "; ".join(parts)
    return line[:1].upper() + line[1:] + ("" if line.endswith(".") else ".")


def _clinical_stance(release: Release, notes: Notes) -> str:
    controlled = [x for x in clinical_comparisons(release.facts) if x.kind == "treatment-vs-control"]
    if not controlled:
        return ""
    with_p = [x for x in controlled if x.p_value is not None]
    significant = [x for x in with_p if x.p_value.value < SIGNIFICANCE and x.p_value.op in ("=", "<", "<=")]
    if significant:
        stated = "; ".join(dict.fromkeys(p_value_text(x.p_value) for x in significant))
        return f"Clinical data: statistically significant results reported ({stated})"
    if with_p:
        return "Clinical data: no comparison reported as statistically significant"
    # a figure only when the author led with it: the body's first comparison can be a baseline
    led = [x for x in lead_figures(release, notes) if x in controlled]
    first = comparison_sentence(led[0]) if led else ""
    return f"Clinical data: {first}" if first else "Clinical data reported without p-values"


def _financial_stance(release: Release, notes: Notes) -> str:
    """The financial figures the author led with (headline, subheadlines, lead paragraphs), in their
    frame; never a segment's or a product's figure picked from the body."""
    figures = [f for f in (financial_phrase(c) for c in lead_figures(release, notes) if is_financial(c)) if f][:2]
    # 'Revenue ...; earnings per share ...': one sentence (acronyms such as EPS stay capitals)
    return "; ".join(f if i == 0 or f[1:2].isupper() else f[:1].lower() + f[1:]
                     for i, f in enumerate(figures) if f)


STANCE_EVENT_MAX_CHARS = 100


def _catalyst_stance(release: Release) -> str:
    # a named step ('a final decision by the European Commission'), not a clause that carries its own time
    step = next((u for u in upcoming(release) if u.date and len(u.event) <= STANCE_EVENT_MAX_CHARS
                 and not PERIOD_RE.search(u.event) and not DATE_RE.search(u.event)), None)
    if step is None:
        return ""
    return f"next catalyst: {step.event}" + (f", {step.when}" if step.when else "")


def financial_phrase(comparison: Comparison) -> str:
    """'Revenue $119.6 billion, up 2% year over year'; 'net income $53 million vs $309 million'."""
    values = [arm_value_text(a) for a in comparison.arms[:2]]
    if "per share" in clean(comparison.measure).lower():
        values = [v.replace(" per share", "") for v in values]  # 'EPS per share $0.24 per share'
    values = [v for v in values if v]
    change = change_text(comparison)
    if not values and not change:
        return ""
    line = measure_text(comparison)
    if values:
        line += " " + values[0]
        if len(values) > 1 and not change:
            labels = period_labels(comparison)
            prior = labels[1] if len(labels) > 1 and labels[1] else ""
            line += f" vs {values[1]}" + (f" in {prior}" if prior else "")
    if change:
        line += (", " if values else " ") + change
    return line


def _clinical_takeaways(release: Release, notes: Notes) -> list[tuple[str, object]]:
    """The clinical results a reader needs first: those whose sentence names the primary endpoint,
    then the significant ones; a result whose measure names nothing readable is quoted whole."""
    pool = [c for c in by_news_value(clinical_comparisons(release.facts)) +
            [c for c in unreadable_results(release.facts) if not is_financial(c)] if not is_baseline(c)]
    pool.sort(key=lambda c: not re.search(r"\bprimary\b", notes.sentence(c.source) if c.source else ""))
    out = []
    for c in pool:
        text = comparison_sentence(c) if readable(c) else (quoted(notes.sentence(c.source)) if c.source else "")
        if text and len(text) <= QUOTED_RESULT_MAX_CHARS and text not in [t for t, _ in out]:
            out.append((text, c.source))
    return out


TAKEAWAY_MIN_WORDS = 4  # an opening taken as a takeaway is a sentence: this many words at least


def takeaways_section(release: Release, notes: Notes) -> Optional[Section]:
    """Three to five points: the headline figures, the trial, the next milestone, guidance, the
    presentation; the opening sentences of the news only when the facts give too little."""
    facts = release.facts
    items: list[Item] = []
    for text, source in _clinical_takeaways(release, notes)[:2]:
        items.append(Item(text=text, note=notes.cite(source)))
    for comp in key_financials(facts)[:3 if not items else 1]:
        sentence = comparison_sentence(comp)
        if sentence:
            items.append(Item(text=sentence, note=notes.cite(comp.source)))
    trial = _trial_takeaway(facts, notes)
    if trial:
        items.append(trial)
    next_steps = [u for u in upcoming(release) if u.date][:1]
    for u in next_steps:
        items.append(Item(text=sentence_case(u.event) + (f" expected {u.when}" if u.when else ""),
                          note=notes.cite(u.source)))
    if facts.outlook and len(items) < MAX_TAKEAWAYS:
        outlook = facts.outlook[0]
        items.append(Item(text="Outlook: " + without_stray_marks(outlook.text), note=notes.cite(outlook.source)))
    for e in facts.events[:1]:
        line = event_summary(e)
        if line and not any(same_sentence(e.source, u.source) for u in next_steps):
            # a stockholders' meeting is named as itself; "Presented at" only where the release presents
            items.append(Item(text=("Presented at " + line) if presents_data(e) else sentence_case(line),
                              note=notes.cite(e.source)))
    if len(items) < MIN_TAKEAWAYS:
        # The facts give too little: the opening sentences of the paragraphs that 'What happened'
        # does not already show (the lead's later ones, then each headed section's first). The
        # masthead already shows the headline and subheadlines.
        shown = set().union(*(_figures(i.text) for i in items)) if items else set()
        for statement in _unshown_openings(release):
            if len(items) >= MIN_TAKEAWAYS:
                break
            if clean(statement.text).endswith(":") or len(re.findall(r"[A-Za-z]{3,}", statement.text)) < TAKEAWAY_MIN_WORDS:
                continue  # a sentence leading in to a table ("Results ..., as compared to ... 2005:"), or a row of figures
            figures = _figures(statement.text)
            if figures and (figures <= shown or len(figures & shown) >= 2):
                continue  # it restates a takeaway's figures
            items.append(Item(text=clean(statement.text)))
    items = dedupe(items)[:MAX_TAKEAWAYS]
    return Section(id="takeaways", title="Key takeaways", kind="bullets", items=items) if items else None


def _trial_takeaway(facts: Facts, notes: Notes) -> Optional[Item]:
    """The first trial in one line, with only what its cited sentence states (one note)."""
    for trial in facts.trials[:1]:
        if not (trial.randomized or trial.countries or trial.duration):
            return None
        sentence = notes.sentence(trial.source) if trial.source else ""
        stated = trial.model_copy(update={
            "name": trial.name if trial.name and trial.name in sentence else None,
            "randomized": trial.randomized if trial.randomized and str(trial.randomized) in sentence else None,
            "countries": trial.countries if trial.countries and str(trial.countries) in sentence else None,
            "duration": trial.duration if trial.duration and clean(trial.duration) in sentence else None})
        line = trial_summary(stated)
        return Item(text=line, note=notes.cite(trial.source)) if line else None
    return None


def _unshown_openings(release: Release):
    """Topic sentences of paragraphs 'What happened' does not show in full."""
    for statement in release.facts.topic_sentences:
        role = release.sections[statement.source.section].role
        paragraph = statement.source.paragraph
        if (role == "lead" and paragraph >= WHAT_HAPPENED_PARAGRAPHS) or (role != "lead" and paragraph == 0):
            yield statement


def what_happened_section(release: Release) -> Optional[Section]:
    # a quotation is the speaker's: shown once, with the speaker, under the commentary
    paragraphs = [Item(text=p) for p in lead_paragraphs(release)[:WHAT_HAPPENED_PARAGRAPHS]
                  if not p.lstrip().startswith(('"', "“"))]
    # The figures are not repeated here: the key takeaways and the results table just below show
    # them (the results table exists exactly when the release has comparisons).
    if not paragraphs:
        return None
    return Section(id="what-happened", title="What happened", kind="text", paragraphs=paragraphs)


def why_it_matters_section(release: Release, notes: Notes) -> Optional[Section]:
    """Up to three sentences of the release itself on firsts, unmet need and the path to market,
    strongest first, shown in the release's order; not those 'What happened' shows already."""
    seen: set[str] = set()
    candidates = [s for s in release.facts.significance
                  if not (release.sections[s.source.section].role == "lead"
                          and s.source.paragraph < WHAT_HAPPENED_PARAGRAPHS)
                  and not (clean(s.text).lower() in seen or seen.add(clean(s.text).lower()))]  # a sentence printed twice: once
    order = {id(s): i for i, s in enumerate(candidates)}
    chosen = sorted(sorted(candidates, key=lambda s: (-s.weight, order[id(s)]))[:MAX_REASONS], key=lambda s: order[id(s)])
    items = [Item(text=clean(s.text), note=notes.cite(s.source)) for s in chosen]
    return Section(id="why-it-matters", title="Why it matters", kind="bullets", items=items) if items else None


def catalysts_section(release: Release, notes: Notes) -> Optional[Section]:
    """What comes next: the steps still ahead of the release date (never an event already past),
    dated ones in time order."""
    items = [Fact(label=sentence_case(u.when) if u.when else "Date not given", value=sentence_case(u.event),
                  note=notes.cite(u.source)) for u in upcoming(release)]
    return Section(id="catalysts", title="Catalysts and timeline", kind="facts", facts=items) if items else None


def products_section(release: Release, notes: Notes) -> Optional[Section]:
    facts = []
    products = release.facts.products
    indications = indications_named(release.facts)
    for p in products:
        name = clean(p.brand) or clean(p.generic)
        if not name or (not p.generic and name.lower() in issuer_name(release).lower()):
            continue  # the company's own name with a (R): not a product
        value = clean(p.generic) if p.brand and p.generic else ""
        if p.partner:
            value = (value + "; " if value else "") + f"with {clean(p.partner)}"
        if indications and len(products) == 1:
            value += f"; for {', '.join(indications)}"
        facts.append(Fact(label=name, value=value or "named in the release", note=notes.cite(p.source)))
    if not facts:
        return None
    return Section(id="products", title="Products named", kind="facts", facts=facts)


def risks_section(facts: Facts) -> Optional[Section]:
    if not facts.risks:
        return None
    return Section(id="risks", title="Risks named by the company", kind="bullets",
                   intro="As listed in the release's forward-looking statements:",
                   items=[Item(text=r.text) for r in facts.risks])


def safe_harbor_section(release: Release, risks_listed: bool = False) -> Optional[Section]:
    """The forward-looking statements as printed; when the risks they list are shown above, the
    list itself is left out (marked […]) so the briefing does not print it twice."""
    fls = forward_looking_statements(release)
    if not fls:
        return None
    flat = fls_flat(release)
    listing = risk_listing(flat) if risks_listed else None
    if listing is None:
        return Section(id="safe-harbor", title="Forward-looking statements", kind="notice", paragraphs=[Item(text=fls)])
    rest = flat[listing[1]:].lstrip(" ;,")
    abridged = clean(flat[:listing[0]].rstrip()) + " [\u2026]" + ("" if rest.startswith(".") else " ") + clean(rest)
    return Section(id="safe-harbor", title="Forward-looking statements", kind="notice", paragraphs=[Item(text=abridged.strip())],
                   intro="Abridged: the risks the statement lists are shown under \u201cRisks named by the company\u201d.")


def _figures(text: str) -> set[str]:
    """The measured figures of a text: percentages, amounts and decimals (not dates or counts)."""
    return set(re.findall(r"[$€£]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%|\d+\.\d+", text))
