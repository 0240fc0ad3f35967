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
    results = c.results_table(release, notes, caption="Reported results")
    sections = [s for s in (
        takeaways_section(release, notes),
        what_happened_section(release, notes),
        Section(id="results", title="Results", kind="results") if results else None,
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
    date = c.release_date(release)
    briefing = Briefing(
        audience=AUDIENCE, audience_label=LABEL, title=c.text(release.headline) or "Press release",
        subtitle="; ".join(c.text(s) for s in release.subheadlines), stance=stance(release),
        issuer=c.issuer_name(release), tickers=c.tickers(release), website=release.issuer.website,
        date=date, date_text=c.date_text(date), source_line=c.source_line(release),
        keywords=c.keywords(release, AUDIENCE), sections=sections, results=results,
        chart=c.chart(release, title="Reported results, arms side by side"), notes=notes.notes)
    c.number_notes_in_reading_order(briefing)
    return briefing


def stance(release: Release) -> str:
    """One factual line: what kind of news, whether the figures were significant, the next catalyst."""
    comps = c.comparisons(release)
    parts = []
    controlled = [x for x in comps if x.get("kind") == "treatment-vs-control"]
    if controlled:
        significant = [x for x in controlled if (c.p_number(x.get("p_value")) or 1) < 0.05
                       and (x.get("p_value") or {}).get("op") in (None, "=", "<", "<=")]
        with_p = [x for x in controlled if c.p_number(x.get("p_value")) is not None]
        # Only figures the release states (the p-values), never counts made here: the fidelity
        # check of `reportgen build` refuses numbers the release does not contain.
        if significant:
            stated = "; ".join(dict.fromkeys(c.p_value_text(x.get("p_value")) for x in significant))
            parts.append(f"Clinical data: statistically significant results reported ({stated})")
        elif with_p:
            parts.append("Clinical data: no comparison reported as statistically significant")
        else:
            parts.append("Clinical data: comparisons reported without p-values")
    elif comps:
        parts.append("Figures reported against a comparator")
    milestone = next(iter(next_milestones(release)), None)
    if milestone:
        when = c.period_text(milestone.get("period"))
        parts.append(f"next catalyst: {c.text(milestone['event'])}" + (f", {when}" if when else ""))
    if not parts:
        return c.text(release.subheadlines[0]) if release.subheadlines else ""
    line = "; ".join(parts)
    return line[:1].upper() + line[1:] + "."


def takeaways_section(release: Release, notes: c.Notes) -> Optional[Section]:
    """Three to five points: the main figures, the trial, the next milestone, the presentation."""
    items: list[Item] = []
    comps = c.comparisons(release)
    # Significant treatment-vs-control results first: they are the news.
    comps.sort(key=lambda x: (x.get("kind") != "treatment-vs-control", c.p_number(x.get("p_value")) is None))
    for comp in comps[:2]:
        sentence = c.comparison_sentence(comp)
        if sentence:
            items.append(Item(text=sentence, note=notes.cite(comp.get("source"))))
    for trial in c.facts_list(release, "trials")[:1]:
        # Only what the cited sentence states: the takeaway carries one note.
        sentence = c.source_sentence(release, trial.get("source") or {}) if trial.get("source") else ""
        line = trial_summary({k: v for k, v in trial.items()
                              if k in ("phase", "source") or (c.text(v) and c.text(v) in sentence)})
        if line:
            items.append(Item(text=line, note=notes.cite(trial.get("source"))))
    for m in next_milestones(release)[:1]:
        when = c.period_text(m.get("period"))
        items.append(Item(text=c.sentence_case(m["event"]) + (f" expected {when}" if when else ""),
                          note=notes.cite(m.get("source"))))
    for e in c.facts_list(release, "events")[:1]:
        line = event_summary(e)
        if line:
            items.append(Item(text="Presented at " + line, note=notes.cite(e.get("source"))))
    if len(items) < 3:
        # Without facts, the lead's opening sentences are the news.
        for paragraph in c.lead_paragraphs(release):
            items.append(Item(text=c.first_sentence(paragraph)))
            if len(items) >= 3:
                break
    items = c.dedupe(items)[:5]
    return Section(id="takeaways", title="Key takeaways", kind="bullets", items=items) if items else None


def trial_summary(trial: dict) -> str:
    bits = []
    if trial.get("phase"):
        bits.append(f"Phase {c.phase_text(trial['phase'])} trial")
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


def what_happened_section(release: Release, notes: c.Notes) -> Optional[Section]:  # noqa: ARG001
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
        if si in skip or paragraph.lstrip().startswith(('"', "“")):
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
        if not name:
            continue
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
