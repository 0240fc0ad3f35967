"""The investor briefing: a sell-side 'first take' in shape, built only from the release and its facts.

No rating, price target or market data: a press release has none, so the briefing says nothing of them.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import Release
from . import common as c
from .briefing import Briefing, Fact, Item, Section

AUDIENCE = "investor"
LABEL = "Investor briefing"
WHAT_HAPPENED_PARAGRAPHS = 2  # the lead's opening paragraphs, shown in full


def build(release: Release) -> Briefing:
    notes = c.Notes(release)
    clinical = c.results_table(release, notes, caption="Clinical results")
    financial = c.financial_table(release, notes, caption="Financial results, as stated in the text")
    # A financial-results release: its own first statement table, as the company prints it.
    own = c.release_tables(release, limit=1) if financial else []
    tables = [t for t in (clinical, financial) if t] + own
    chart_kind = "clinical" if clinical else "financial"
    chart = c.chart(release, kind=chart_kind,
                    title="Clinical results, arms side by side" if clinical
                    else "Financial results, this period beside the prior period")
    sections = [s for s in (
        takeaways_section(release, notes),
        what_happened_section(release, notes),
        Section(id="results", title="Results", kind="results") if tables else None,
        why_it_matters_section(release, notes),
        catalysts_section(release, notes),
        products_section(release, notes),
        c.quotes_section(release, notes, title="Management commentary"),
        risks_section(release),
        c.snapshot_section(release),
        c.contacts_section(release),
        safe_harbor_section(release),
        c.source_section(release, note="Prepared from the company's press release only; it contains "
                                       "no rating, price target or market data."),
    ) if s is not None]
    briefing = Briefing(
        **c.masthead_fields(release, AUDIENCE, LABEL), stance=stance(release), sections=sections, results=tables[0] if tables else None,
        tables=tables, chart=chart, notes=notes.notes)
    c.number_notes_in_reading_order(briefing)
    return briefing


def stance(release: Release) -> str:
    """One factual line drawn from the facts: the headline figures (financial: 'Revenue $119.6
    billion, up 2% year over year'), whether the clinical results were significant, the next
    catalyst. Only figures the release states: `reportgen build` refuses any other."""
    parts = []
    controlled = [x for x in c.clinical_comparisons(release) if x.get("kind") == "treatment-vs-control"]
    if controlled:
        significant = [x for x in controlled if (c.p_number(x.get("p_value")) or 1) < 0.05
                       and (x.get("p_value") or {}).get("op") in (None, "=", "<", "<=")]
        with_p = [x for x in controlled if c.p_number(x.get("p_value")) is not None]
        if significant:
            stated = "; ".join(dict.fromkeys(c.p_value_text(x.get("p_value")) for x in significant))
            parts.append(f"Clinical data: statistically significant results reported ({stated})")
        elif with_p:
            parts.append("Clinical data: no comparison reported as statistically significant")
        else:
            first = c.comparison_sentence(controlled[0], release)
            parts.append(f"Clinical data: {first}" if first else "Clinical data reported without p-values")
    figures = [financial_phrase(x, release) for x in key_financials(release)[:2]]
    figures = [f for f in figures if f]
    if figures:
        # 'Revenue ...; earnings per share ...': one sentence (acronyms such as EPS stay capitals).
        parts.append("; ".join(f if i == 0 or f[1:2].isupper() else f[:1].lower() + f[1:]
                               for i, f in enumerate(figures)))
    milestone = next(iter(next_milestones(release)), None)
    if milestone:
        when = c.period_text(milestone.get("period"))
        parts.append(f"next catalyst: {c.text(milestone['event'])}" + (f", {when}" if when else ""))
    if not parts:
        # No facts to state: the release's own first sentence (the subheadlines are shown already).
        lead = c.lead_paragraphs(release)
        first = c.first_sentence(lead[0]) if lead else ""
        return first if len(first) <= 300 else ""
    line = "; ".join(parts)
    return line[:1].upper() + line[1:] + ("" if line.endswith(".") else ".")


# Measures an analyst reads first in a results release, best first.
_KEY_MEASURES = [r"\b(?:total\s+)?(?:net\s+)?(?:revenues?|sales)\b", r"\bEPS\b|\bper (?:diluted )?share\b|\bearnings per\b",
                 r"\bnet (?:income|loss|earnings)\b|\bprofit\b", r"\boperating (?:income|profit|margin)\b",
                 r"\bgross margin\b", r"\bcash\b"]


def _key_rank(comparison: dict) -> int:
    measure = c.text(comparison.get("measure"))
    for i, pattern in enumerate(_KEY_MEASURES):
        if re.search(pattern, measure, re.I):
            return i
    return len(_KEY_MEASURES)


def key_financials(release: Release) -> list[dict]:
    """The financial results that carry the news, revenue before EPS before net income ...: one per
    kind of measure, those the headline names always among them; no sentence-fragment measures."""
    body = [x for x in c.financial_comparisons(release) if len(c.text(x.get("measure")).split()) <= 7]
    headline = [h for h in c.facts_list(release, "headline_comparisons") if c.is_financial(h)
                or h.get("kind") == "period-over-period"]
    named = {_key_rank(h) for h in headline} - {len(_KEY_MEASURES)}
    best: dict[int, dict] = {}
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


def financial_phrase(comparison: dict, release: Release) -> str:
    """'Revenue $119.6 billion, up 2% year over year'; 'net income $53 million vs $309 million'."""
    arms = c.arms_of(comparison)
    values = [c.arm_value_text(a) for a in arms[:2]]
    if "per share" in c.text(comparison.get("measure")).lower():
        values = [v.replace(" per share", "") for v in values]  # 'EPS per share $0.24 per share'
    values = [v for v in values if v]
    change = c.change_text(comparison, release)
    if not values and not change:
        return ""
    line = c.measure_text(comparison)
    if values:
        line += " " + values[0]
        if len(values) > 1 and not change:
            labels = c._period_labels(comparison)
            prior = labels[1] if len(labels) > 1 and labels[1] else ""
            line += f" vs {values[1]}" + (f" in {prior}" if prior else "")
    if change:
        line += (", " if values else " ") + change
    return line


_OUTLOOK = re.compile(r"\b(outlook|guidance|expects?|anticipates?|forecasts?|reaffirm\w*|rais(?:es|ed|ing))\b", re.I)
_OUTLOOK_MEASURE = re.compile(r"\b(revenues?|sales|earnings|EPS|margins?|profit|income|cash flow|per share)\b", re.I)


def outlook_sentence(release: Release) -> Optional[tuple[str, dict]]:
    """The release's own guidance sentence (outlook, expects ... revenue), if it states one."""
    skip = {c.fls_section_index(release)}
    for si, pi, _, paragraph in release.iter_paragraphs():
        if si in skip or paragraph.lstrip().startswith(('"', "“")):
            continue
        begin = 0
        for end in [m.start() for m in c.sentence_breaks(paragraph)] + [len(paragraph)]:
            raw = paragraph[begin:end]
            sentence = raw.strip()
            start = begin + len(raw) - len(raw.lstrip())
            begin = end
            if len(sentence) > 300 or re.search(r"[“”\"]", sentence) or not re.search(r"\d", sentence):
                continue
            if _OUTLOOK.search(sentence) and _OUTLOOK_MEASURE.search(sentence) and \
                    re.search(r"\b(?:20\d\d|fiscal|full[- ]year|quarter|year)\b", sentence, re.I):
                return sentence, {"section": si, "paragraph": pi, "start": start, "end": start + len(sentence),
                                  "text": sentence}
    return None


def takeaways_section(release: Release, notes: c.Notes) -> Optional[Section]:
    """Three to five points: the headline figures, the trial, the next milestone, guidance, the
    presentation; the lead's sentences only when the facts give too little."""
    items: list[Item] = []
    comps = c.clinical_comparisons(release)
    # Significant treatment-vs-control results first: they are the news.
    comps.sort(key=lambda x: (x.get("kind") != "treatment-vs-control", c.p_number(x.get("p_value")) is None))
    for comp in comps[:2]:
        sentence = c.comparison_sentence(comp, release)
        if sentence:
            items.append(Item(text=sentence, note=notes.cite(comp.get("source"))))
    for comp in key_financials(release)[:3 if not items else 1]:
        sentence = c.comparison_sentence(comp, release)
        if sentence:
            items.append(Item(text=sentence, note=notes.cite(comp.get("source"))))
    for trial in c.facts_list(release, "trials")[:1]:
        # Only what the cited sentence states: the takeaway carries one note.
        sentence = c.source_sentence(release, trial.get("source") or {}) if trial.get("source") else ""
        line = trial_summary({k: v for k, v in trial.items()
                              if k in ("phase", "source") or (c.text(v) and c.text(v) in sentence)})
        if line and (trial.get("randomized") or trial.get("countries") or trial.get("duration")):
            items.append(Item(text=line, note=notes.cite(trial.get("source"))))
    for m in next_milestones(release)[:1]:
        when = c.period_text(m.get("period"))
        items.append(Item(text=c.sentence_case(m["event"]) + (f" expected {when}" if when else ""),
                          note=notes.cite(m.get("source"))))
    outlook = outlook_sentence(release)
    if outlook and len(items) < 5:
        items.append(Item(text="Outlook: " + c.text(outlook[0]), note=notes.cite(outlook[1])))
    for e in c.facts_list(release, "events")[:1]:
        line = event_summary(e)
        if line:
            items.append(Item(text="Presented at " + line, note=notes.cite(e.get("source"))))
    if len(items) < 3:
        # The facts give too little: the opening sentences of the paragraphs that 'What happened'
        # does not already show (the lead's later ones, then each headed section's first), not
        # quotes or boilerplate. The masthead already shows the headline and subheadlines.
        for sentence in _opening_sentences(release):
            if len(items) >= 3:
                break
            items.append(Item(text=sentence))
    items = c.dedupe(items)[:5]
    return Section(id="takeaways", title="Key takeaways", kind="bullets", items=items) if items else None


def _opening_sentences(release: Release):
    lead = next((i for i, s in enumerate(release.sections) if s.heading is None), None)
    skip = {c.fls_section_index(release), (c.about_issuer_section(release) or (None,))[0]}
    for si, section in enumerate(release.sections):
        if si in skip or re.match(r"(?i)about\b|contacts?\b|media\b|investors?\b|safe harbor", section.heading or ""):
            continue
        paragraphs = section.paragraphs[WHAT_HAPPENED_PARAGRAPHS:] if si == lead else section.paragraphs[:1]
        for paragraph in paragraphs:
            sentence = c.first_sentence(paragraph)
            if 40 <= len(sentence) <= 400 and not sentence.startswith(('"', "“")) \
                    and not _BOILERPLATE.search(sentence) and not re.search(r"@|\bcall\b.*\d{3}|webcast|conference call", sentence, re.I):
                yield sentence


def trial_summary(trial: dict) -> str:
    bits = []
    if trial.get("phase"):
        name = c.text(trial.get("name"))
        bits.append((f"{name} " if name else "") + f"Phase {c.phase_text(trial['phase'])} trial")
    if trial.get("randomized"):
        bits.append(f"{c.text(trial['randomized'])} randomized patients")
    if trial.get("countries"):
        bits.append(f"{c.text(trial['countries'])} countries")
    if trial.get("duration"):
        bits.append(f"{c.text(trial['duration'])} of treatment")
    return ", ".join(bits)


def event_summary(event: dict, with_date: bool = True) -> str:
    name = c.text(event.get("name"))
    if not name:
        return ""
    abbreviation = c.text(event.get("abbreviation"))
    if abbreviation and abbreviation not in name:
        name += f" ({abbreviation})"
    ordinal = c.ordinal_text(event.get("ordinal"))
    line = f"the {ordinal} {name}" if ordinal else name
    extras = [x for x in (c.text(event.get("place")), c.date_text(event.get("date")) if with_date else "") if x]
    return line + (f" ({', '.join(extras)})" if extras else "")


def next_milestones(release: Release) -> list[dict]:
    """Milestones still ahead (expected, with a period) before those already under way."""
    ms = [m for m in c.facts_list(release, "milestones") if c.text(m.get("event"))]
    return sorted(ms, key=lambda m: (not m.get("period"), c.text(m.get("status")).lower() == "under review"))


def what_happened_section(release: Release, notes: c.Notes) -> Optional[Section]:
    lead = c.lead_paragraphs(release)
    paragraphs = [Item(text=p) for p in lead[:WHAT_HAPPENED_PARAGRAPHS]]
    # The figures are not repeated here: the key takeaways and the results table just below show
    # them (the results table exists exactly when the release has comparisons).
    if not paragraphs:
        return None
    return Section(id="what-happened", title="What happened", kind="text", paragraphs=paragraphs)


# Sentences that say why news matters commercially: firsts, unmet need, the road to market.
_MATTERS = re.compile(r"\b(first(?![\s-]+(?:remission|half|quarter|patients?|time)\b)|only|unmet|no (?:currently )?available|approv\w*|marketing authori[sz]ation|"
                      r"registration|pivotal|standard of care|market(?:ed|ing)? exclusivity|launch\w*)\b", re.I)


# Safe-harbor and legal boilerplate that can sit outside a headed section.
_BOILERPLATE = re.compile(r"forward[- ]looking|assumes? no obligation|Private Securities Litigation", re.I)


def why_it_matters_section(release: Release, notes: c.Notes) -> Optional[Section]:
    """Up to three sentences of the release itself on firsts, unmet need and the path to market.

    Quotes, the safe-harbor notice and the issuer boilerplate are left out: the point is what the
    release states as fact, each sentence cited.
    """
    skip = {c.fls_section_index(release)}
    about = c.about_issuer_section(release)
    if about:
        skip.add(about[0])
    lead = next((i for i, s in enumerate(release.sections) if s.heading is None), None)
    candidates = []
    for si, pi, _, paragraph in release.iter_paragraphs():
        if si in skip or paragraph.lstrip().startswith(('"', "“")) or _BOILERPLATE.search(paragraph):
            continue
        if si == lead and pi < WHAT_HAPPENED_PARAGRAPHS:
            continue  # already shown in full under 'What happened'

        begin = 0
        for end in [m.start() for m in c.sentence_breaks(paragraph)] + [len(paragraph)]:
            sentence = paragraph[begin:end].strip()
            start = begin + (len(paragraph[begin:end]) - len(paragraph[begin:end].lstrip()))
            begin = end
            if not _MATTERS.search(sentence) or re.search(r"[“”\"]", sentence) or len(sentence) > 400:
                continue
            if re.search(r"\b[pP]\s*[<=>≤]", sentence):
                continue  # a figure: it is in the results already
            source = {"section": si, "paragraph": pi, "start": start, "end": start + len(sentence),
                      "text": sentence}
            weight = max(_weight(m.group(1)) for m in _MATTERS.finditer(sentence))
            candidates.append((-weight, len(candidates), sentence, source))
    # The three strongest reasons, shown in the release's order.
    chosen = sorted(sorted(candidates)[:3], key=lambda x: x[1])
    items = [Item(text=c.text(sentence), note=notes.cite(source)) for _, _, sentence, source in chosen]
    return Section(id="why-it-matters", title="Why it matters", kind="bullets", items=items) if items else None


def _weight(keyword: str) -> int:
    """Regulatory and medical-need statements outrank trial adjectives ('pivotal')."""
    k = keyword.lower()
    if k.startswith(("approv", "marketing", "unmet", "no ", "standard", "launch")):
        return 3
    if k in ("first", "only") or k.startswith("registration"):
        return 2
    return 1


def catalysts_section(release: Release, notes: c.Notes) -> Optional[Section]:
    items = []
    for m in c.facts_list(release, "milestones"):
        if not m.get("event"):
            continue
        when = c.period_text(m.get("period")) or c.sentence_case(m.get("status")) or "Date not given"
        items.append(Fact(label=when, value=c.sentence_case(m["event"]), note=notes.cite(m.get("source"))))
    seen = set()
    for e in c.facts_list(release, "events"):
        line = event_summary(e, with_date=False)
        # One line per meeting: its individual posters belong in the medical briefing.
        key = (c.text(e.get("name")), e.get("date"))
        if line and e.get("date") and key not in seen:
            seen.add(key)
            items.append(Fact(label=c.date_text(e.get("date")), value=f"Data presented at {line}",
                              note=notes.cite(e.get("source"))))
    if not items:
        return None
    return Section(id="catalysts", title="Catalysts and timeline", kind="facts", facts=items)


def products_section(release: Release, notes: c.Notes) -> Optional[Section]:
    facts = []
    for p in c.facts_list(release, "products"):
        name = c.text(p.get("brand")) or c.text(p.get("generic"))
        if not name or (not p.get("generic") and name.lower() in c.issuer_name(release).lower()):
            continue  # the company's own name with a (R): not a product
        value = c.text(p.get("generic")) if p.get("brand") and p.get("generic") else ""
        if p.get("partner"):
            value = (value + "; " if value else "") + f"with {c.text(p['partner'])}"
        indications = list(dict.fromkeys(c.disease_text(i) for i in c.facts_list(release, "indications")
                                         if c.disease_text(i)))
        if indications and len(c.facts_list(release, "products")) == 1:
            value += f"; for {', '.join(indications)}"
        facts.append(Fact(label=name, value=value or "named in the release", note=notes.cite(p.get("source"))))
    if not facts:
        return None
    return Section(id="products", title="Products named", kind="facts", facts=facts)


_RISK_SPLIT = re.compile(r";\s*|,\s*(?=(?:and\s+)?(?:the\s+)?risks?\s+(?:that|associated|of)\b)|,\s*(?=that\s)")


def risk_factors(fls: Optional[str]) -> list[str]:
    """The named risk factors of a forward-looking-statements notice, one per item.

    Safe-harbor notices list them after 'include:' (or 'include', 'such as') up to the sentence
    that sends the reader to the SEC filings; items are separated by ';' and ', the risk that'.
    """
    if not fls:
        return []
    flat = c.text(fls)
    m = re.search(r"\binclude:\s*", flat, re.I) or re.search(
        r"\b(?:include|including|such as)[:,]?\s+(?=the risk|risks)", flat, re.I)
    if not m:
        return []
    rest = flat[m.end():]
    end = re.search(r"\.\s+(?=[A-Z])", rest)
    listing = rest[: end.start()] if end else rest.rstrip(".")
    out = []
    for piece in _RISK_SPLIT.split(listing):
        piece = re.sub(r"^(?:and|or)\s+", "", piece.strip(" ,;"))
        if len(piece) < 3:
            continue
        if piece.startswith("that "):
            piece = "the risk " + piece  # '..., that NP-1 will not receive approval' continues a risk
        piece = piece[:1].upper() + piece[1:]
        if piece not in out:
            out.append(piece)
    return out


def risks_section(release: Release) -> Optional[Section]:
    risks = risk_factors(release.forward_looking_statements or _fls_text(release))
    if not risks:
        return None
    return Section(id="risks", title="Risks named by the company", kind="bullets",
                   intro="As listed in the release's forward-looking statements:",
                   items=[Item(text=r) for r in risks])


def _fls_text(release: Release) -> str:
    i = c.fls_section_index(release)
    return " ".join(release.sections[i].paragraphs) if i is not None else ""


def safe_harbor_section(release: Release) -> Optional[Section]:
    fls = release.forward_looking_statements or _fls_text(release)
    if not fls:
        return None
    return Section(id="safe-harbor", title="Forward-looking statements", kind="notice",
                   paragraphs=[Item(text=c.text(fls))])
