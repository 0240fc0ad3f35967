"""Pieces both audiences share: provenance notes, dates, figures, the results table and chart, contacts.

Everything reads `Release` and its `facts` defensively: every facts key is optional and a release
without facts still yields sensible (shorter) sections.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from ..model import Release
from .briefing import (
    Chart,
    ChartBar,
    ChartGroup,
    ContactView,
    Fact,
    Item,
    Note,
    QuoteView,
    ResultRow,
    ResultsTable,
    Section,
)

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def facts_list(release: Release, key: str) -> list[dict]:
    """`release.facts[key]` as a list of dicts, whatever was (or was not) filled in."""
    value = (release.facts or {}).get(key)
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, dict)]


def text(value: Any) -> str:
    """A fact value as display text: '' for None, a dict's 'text', a list joined with commas."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return text(value.get("text"))
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (text(v) for v in value) if t)
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def sentence_case(value: Any) -> str:
    t = text(value)
    return t[:1].upper() + t[1:]


def ordinal_text(value: Any) -> str:
    """49 -> '49th'; '49th' stays."""
    if isinstance(value, int) and not isinstance(value, bool):
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    return text(value)


def phase_text(value: Any) -> str:
    """'Phase III' or 'III' -> 'III' (templates and builders add the word 'Phase' themselves)."""
    return re.sub(r"^phase\s+", "", text(value), flags=re.I)


def disease_text(indication: dict) -> str:
    """'Acute Myeloid Leukemia (AML)' from disease 'AML' and disease_long, or whichever is given."""
    short, long = text(indication.get("disease")), text(indication.get("disease_long"))
    if short and long and short.lower() not in long.lower():
        return f"{long} ({short})"
    return long or short


class Notes:
    """Numbers provenance notes in order of first use; the same sentence gets the same number."""

    def __init__(self, release: Release):
        self.release = release
        self.notes: list[Note] = []
        self._by_key: dict[tuple, int] = {}

    def cite(self, source: Any) -> Optional[int]:
        """The note number for a fact's `source` ({section, paragraph, start, end, text})."""
        if source is None:
            return None
        if hasattr(source, "model_dump"):
            source = source.model_dump()
        if not isinstance(source, dict):
            return None
        sentence = source_sentence(self.release, source)
        if not sentence:
            return None
        key = (source.get("section"), source.get("paragraph"), sentence)
        if key not in self._by_key:
            number = len(self.notes) + 1
            self._by_key[key] = number
            self.notes.append(Note(number=number, text=sentence, section=source.get("section"),
                                   paragraph=source.get("paragraph"),
                                   where=where(self.release, source)))
        return self._by_key[key]


def value_source(release: Release, source: Any, value: Any) -> Optional[dict]:
    """The span of the sentence that states `value`: in the fact's own sentence if it is there, else
    the first sentence of the same paragraph, then of the release, that contains it (a fact's
    fields can come from neighbouring sentences: a trial's duration, its publication)."""
    needle = text(value)
    if hasattr(source, "model_dump"):
        source = source.model_dump()
    if not needle:
        return None
    if isinstance(source, dict) and needle.lower() in source_sentence(release, source).lower():
        return source
    si = source.get("section") if isinstance(source, dict) else None
    pi = source.get("paragraph") if isinstance(source, dict) else None
    order = [(si, pi)] if isinstance(si, int) and isinstance(pi, int) else []
    order += [(i, j) for i, sec in enumerate(release.sections) for j in range(len(sec.paragraphs))]
    for i, j in order:
        try:
            paragraph = release.sections[i].paragraphs[j]
        except IndexError:
            continue
        begin = 0
        for end in [m.start() for m in sentence_breaks(paragraph)] + [len(paragraph)]:
            sentence = paragraph[begin:end]
            at = sentence.lower().find(needle.lower())
            if at >= 0:
                return {"section": i, "paragraph": j, "start": begin + at, "end": begin + at + len(needle),
                        "text": paragraph[begin + at: begin + at + len(needle)]}
            begin = end
    return None


def where(release: Release, source: dict) -> str:
    si, pi = source.get("section"), source.get("paragraph")
    if not isinstance(si, int) or not isinstance(pi, int) or not 0 <= si < len(release.sections):
        return ""
    heading = release.sections[si].heading or "lead"
    return f"{heading}, paragraph {pi + 1}"


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


def source_sentence(release: Release, source: dict) -> str:
    """The whole sentence around a span, so a note reads on its own; the span text as a fallback."""
    span_text = text(source.get("text"))
    si, pi = source.get("section"), source.get("paragraph")
    start, end = source.get("start"), source.get("end")
    try:
        paragraph = release.sections[si].paragraphs[pi]
    except (IndexError, TypeError):
        return span_text
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(paragraph):
        return span_text or text(paragraph)
    begin, finish = 0, len(paragraph)
    for m in sentence_breaks(paragraph):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start()
            break
    return text(paragraph[begin:finish])


_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "inc", "corp", "co", "ltd", "no", "vs", "st",
                  "jr", "sr", "e.g", "i.e", "u.s", "n.y", "jan", "feb", "mar", "apr", "jun", "jul",
                  "aug", "sep", "sept", "oct", "nov", "dec"}


def sentence_breaks(paragraph: str):
    """Sentence boundaries, not counting the full stop of 'Dr.', 'Inc.', 'U.S.' and the like."""
    for m in _SENTENCE_END.finditer(paragraph):
        word = re.search(r"([\w.]+)\W*$", paragraph[: m.start()])
        if word and word.group(1).rstrip(".").lower() in _ABBREVIATIONS:
            continue
        yield m


def first_sentence(paragraph: str) -> str:
    m = next(sentence_breaks(paragraph), None)
    return text(paragraph[: m.start()] if m else paragraph)


def date_text(iso: Optional[str]) -> str:
    """'2007-12-10' -> '10 December 2007'; partial dates as far as they go; anything else as is."""
    if not iso:
        return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
    if not m:
        return iso
    year, month, day = m.groups()
    if month and 1 <= int(month) <= 12:
        name = _MONTHS[int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return year


_PERIODS = {"H1": "first half of", "H2": "second half of", "Q1": "first quarter of",
            "Q2": "second quarter of", "Q3": "third quarter of", "Q4": "fourth quarter of"}


def period_text(period: Optional[str]) -> str:
    """'2008-H1' -> 'first half of 2008'; ISO dates via date_text; anything else as is."""
    if not period:
        return ""
    m = re.fullmatch(r"(\d{4})-(H[12]|Q[1-4])", period.strip())
    if m:
        return f"{_PERIODS[m.group(2)]} {m.group(1)}"
    return date_text(period)


def release_date(release: Release) -> Optional[str]:
    return release.release_date or release.dateline.date


def issuer_name(release: Release) -> str:
    return text(release.issuer.name or release.source or "")


def tickers(release: Release) -> list[str]:
    return [f"{t.exchange}: {t.symbol}" for t in release.issuer.tickers]


def source_line(release: Release) -> str:
    """'Source: EpiCept Corporation press release (PR Newswire), Tarrytown, N.Y., 10 December 2007.'"""
    who = issuer_name(release) or "company"
    wire = f" ({release.dateline.wire})" if release.dateline.wire else ""
    place = place_text(release.dateline.city, release.dateline.region)
    when = date_text(release_date(release))
    parts = [f"{who} press release{wire}"] + [p for p in (place, when) if p]
    line = ", ".join(parts)
    if release.headline:
        line += f": “{text(release.headline)}”"
    return "Source: " + line + "."


def place_text(*parts: Optional[str]) -> str:
    """'TARRYTOWN', 'N.Y.', 'US' -> 'Tarrytown, N.Y., US' (wire datelines shout the city)."""
    return ", ".join(p.title() if p.isupper() and len(p) > 3 else p for p in parts if p)


def fls_section_index(release: Release) -> Optional[int]:
    for i, section in enumerate(release.sections):
        if section.heading and "forward-looking" in section.heading.lower():
            return i
    return None


def body_text(release: Release) -> str:
    """All paragraphs except the forward-looking-statements boilerplate."""
    fls = fls_section_index(release)
    return "\n".join(p for i, s in enumerate(release.sections) if i != fls for p in s.paragraphs)


# --- figures ---------------------------------------------------------------------------------

def number_text(value: Any) -> str:
    if isinstance(value, (int, float)):
        return f"{value:g}"
    return text(value)


def unit_text(value: Any, unit: Optional[str]) -> str:
    """15 months, 34%, 1.2 million USD: the value with its unit as a reader writes it."""
    v = number_text(value)
    u = text(unit)
    if not v:
        return ""
    if u in ("%", "percent", "per cent"):
        return f"{v}%"
    return f"{v} {u}".strip()


def p_value_text(p: Any) -> str:
    if not isinstance(p, dict):
        return text(p)
    if p.get("text"):
        return text(p["text"])
    op, value = p.get("op") or "=", p.get("value")
    if value is None:
        return ""
    return f"P{op}{number_text(value)}"


def p_number(p: Any) -> Optional[float]:
    if isinstance(p, dict) and isinstance(p.get("value"), (int, float)):
        return float(p["value"])
    return None


def arms_of(comparison: dict) -> list[dict]:
    return [a for a in comparison.get("arms") or [] if isinstance(a, dict)]


def effect_text(comparison: dict) -> str:
    """The hazard ratio if given, else the difference of the first two arms when units agree."""
    hr = comparison.get("hazard_ratio")
    if hr not in (None, "", {}):
        return f"HR {text(hr.get('text') or hr.get('value')) if isinstance(hr, dict) else text(hr)}"
    arms = arms_of(comparison)
    change = comparison.get("change")
    if len(arms) < 2:
        if isinstance(change, dict) and (change.get("text") or change.get("value") is not None):
            amount = text(change.get("text")) or unit_text(change.get("value"), change.get("unit"))
            return f"{amount} {text(change.get('direction'))}".strip()
        return ""
    a, b = arms[0], arms[1]
    if not all(isinstance(x.get("value"), (int, float)) for x in (a, b)):
        return ""
    if text(a.get("unit")) != text(b.get("unit")):
        return ""
    diff = round(float(a["value"]) - float(b["value"]), 6)
    unit = text(a.get("unit"))
    sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
    magnitude = f"{abs(diff):g}"
    if unit in ("%", "percent", "per cent"):
        return f"{sign}{magnitude} percentage points"
    return f"{sign}{magnitude} {unit}".strip()


def effect_is_derived(comparison: dict) -> bool:
    """True when effect_text computed a difference (the release states hazard ratios and changes)."""
    hr = comparison.get("hazard_ratio")
    return hr in (None, "", {}) and len(arms_of(comparison)) >= 2 and bool(effect_text(comparison))


def measure_text(comparison: dict) -> str:
    measure = text(comparison.get("measure")) or "Result"
    return measure[:1].upper() + measure[1:]


def comparison_sentence(comparison: dict) -> str:
    """'Median LFS (first remission): 15 months with Ceplene + IL-2 vs 9.7 months with control (P=0.025)'."""
    arms = arms_of(comparison)
    parts = []
    for arm in arms:
        value = unit_text(arm.get("value"), arm.get("unit")) or text(arm.get("text"))
        label = arm_label(arm.get("label"))
        if value:
            parts.append(f"{value} with {label}" if label else value)
    if not parts:
        return ""
    head = measure_text(comparison)
    population = text(comparison.get("population"))
    if population:
        head += f" ({population})"
    line = f"{head}: " + " vs ".join(parts)
    extras = [x for x in (p_value_text(comparison.get("p_value")), text(comparison.get("ci"))) if x]
    if extras:
        line += " (" + "; ".join(extras) + ")"
    return line


def comparisons(release: Release) -> list[dict]:
    """Comparisons with values per arm (treatment vs control, period over period)."""
    return [c for c in facts_list(release, "comparisons") if arms_of(c)]


def single_results(release: Release) -> list[dict]:
    """Named results without arms (a p-value, a relative improvement): table rows, not bars."""
    return [c for c in facts_list(release, "comparisons")
            if not arms_of(c) and text(c.get("measure")) and (c.get("p_value") or c.get("change"))]


_GENERIC_ARMS = {"treatment", "treated", "active", "drug", "study drug", "experimental"}


def arm_label(value: Any) -> str:
    """'Ceplene + IL-2 group' -> 'Ceplene + IL-2'; 'control group' -> 'control'."""
    return re.sub(r"\s+(group|arm|cohort)$", "", text(value), flags=re.I)


def column_label(labels: list[str], position: int) -> str:
    """One heading for the arms at one position: the label they share, or the one specific label
    when the others are generic ('treatment group' beside 'Ceplene + IL-2 group')."""
    distinct = list(dict.fromkeys(l for l in labels if l))
    if len(distinct) == 1:
        return distinct[0]
    specific = [l for l in distinct if l.lower() not in _GENERIC_ARMS]
    if len(specific) == 1:
        return specific[0]
    # A letter, not a number: the column heading is not a figure of the release.
    return f"Arm {chr(ord('A') + position) if position < 26 else position + 1}"


def results_table(release: Release, notes: Notes, caption: str) -> Optional[ResultsTable]:
    """Comparisons as rows, arms as columns (by position: treatment first, control second)."""
    rows_in = comparisons(release)
    if not rows_in:
        return None
    width = max(len(arms_of(c)) for c in rows_in)
    columns = [column_label([arm_label(arms_of(c)[i].get("label")) for c in rows_in if len(arms_of(c)) > i], i)
               for i in range(width)]
    rows = []
    for c in rows_in + single_results(release):
        values = []
        for i in range(width):
            arms = arms_of(c)
            if i >= len(arms):
                values.append("")
                continue
            value = unit_text(arms[i].get("value"), arms[i].get("unit")) or text(arms[i].get("text"))
            label = arm_label(arms[i].get("label"))
            if columns[i].startswith("Arm ") and label:
                value = f"{label}: {value}"
            values.append(value)
        rows.append(ResultRow(measure=measure_text(c), population=text(c.get("population")) or None,
                              values=values, effect=effect_text(c), effect_derived=effect_is_derived(c),
                              p_value=p_value_text(c.get("p_value")) + (" (trend)" if c.get("trend") else ""),
                              ci=text(c.get("ci")), note=notes.cite(c.get("source"))))
    return ResultsTable(caption=caption, arms=columns, rows=rows,
                        has_effect=any(r.effect for r in rows), has_ci=any(r.ci for r in rows))


def chart(release: Release, title: str) -> Optional[Chart]:
    """One group per comparison with at least one numeric arm; each group on its own scale."""
    groups = []
    comps = comparisons(release)
    width = max((len(arms_of(c)) for c in comps), default=0)
    # Bars carry the results table's column headings, so the chart and the table name arms alike.
    columns = [column_label([arm_label(arms_of(c)[i].get("label")) for c in comps if len(arms_of(c)) > i], i)
               for i in range(width)]
    for c in comps:
        bars = [ChartBar(label=(columns[i] if not columns[i].startswith("Arm ") else arm_label(a.get("label")))
                         or column_label([], i), value=float(a["value"]),
                         text=unit_text(a.get("value"), a.get("unit")))
                for i, a in enumerate(arms_of(c)) if isinstance(a.get("value"), (int, float))]
        if not bars:
            continue
        measure = measure_text(c)
        if c.get("population"):
            measure += f" ({text(c['population'])})"
        units = {text(a.get("unit")) for a in arms_of(c)}
        groups.append(ChartGroup(measure=measure, unit=units.pop() if len(units) == 1 else "",
                                 p_value=p_value_text(c.get("p_value")), bars=bars))
    return Chart(title=title, groups=groups) if groups else None


# --- sections shared by both audiences ---------------------------------------------------------

def quotes_section(release: Release, notes: Notes, title: str, limit: Optional[int] = None) -> Optional[Section]:
    quotes = [QuoteView(text=text(q.text), speaker=q.speaker, title=q.title, note=notes.cite(q.source))
              for q in release.quotes][:limit]
    return Section(id="quotes", title=title, kind="quotes", quotes=quotes) if quotes else None


def contact_views(release: Release) -> list[ContactView]:
    return [ContactView(name=text(c.name), role=c.role, organisation=c.organisation,
                        phones=list(c.phones), emails=list(c.emails))
            for c in release.contacts if c.name or c.emails or c.phones]


def contacts_section(release: Release) -> Optional[Section]:
    contacts = contact_views(release)
    if not contacts:
        return None
    # Investor relations first, then media, then the company's own contacts, as a reader looks them up.
    order = {"investors": 0, "investor relations": 0, "media": 1}
    contacts.sort(key=lambda c: order.get((c.role or "").lower(), 2))
    return Section(id="contacts", title="Contacts", kind="contacts", contacts=contacts)


def about_issuer_section(release: Release) -> Optional[tuple[int, str]]:
    """(index, first paragraph) of the 'About <issuer>' boilerplate, if the release has one."""
    name = issuer_name(release).lower()
    for i, section in enumerate(release.sections):
        heading = (section.heading or "").lower()
        if heading.startswith("about ") and section.paragraphs:
            subject = heading[len("about "):]
            if name and (subject in name or name.split()[0] in subject):
                return i, text(section.paragraphs[0])
    return None


def snapshot_section(release: Release) -> Optional[Section]:
    facts = []
    name = issuer_name(release)
    if name:
        facts.append(Fact(label="Company", value=name))
    if release.issuer.tickers:
        facts.append(Fact(label="Listing", value="; ".join(tickers(release))))
    if release.issuer.website:
        facts.append(Fact(label="Website", value=release.issuer.website, url=release.issuer.website))
    place = place_text(release.dateline.city, release.dateline.region, release.dateline.country)
    if place:
        facts.append(Fact(label="Dateline", value=place))
    about = about_issuer_section(release)
    paragraphs = [Item(text=about[1])] if about else []
    if not facts and not paragraphs:
        return None
    return Section(id="company", title="Company snapshot", kind="facts", facts=facts, paragraphs=paragraphs)


def source_section(release: Release, note: str) -> Section:
    paragraphs = [Item(text=source_line(release)), Item(text=note)]
    return Section(id="source", title="About this briefing", kind="notice", paragraphs=paragraphs)


def lead_paragraphs(release: Release) -> list[str]:
    for section in release.sections:
        if section.heading is None:
            return [text(p) for p in section.paragraphs]
    return [text(p) for p in release.sections[0].paragraphs] if release.sections else []


def dedupe(items: Iterable[Item]) -> list[Item]:
    seen, out = set(), []
    for item in items:
        if item.text and item.text not in seen:
            seen.add(item.text)
            out.append(item)
    return out


def keywords(release: Release, audience: str) -> list[str]:
    words = [audience]
    words += [text(p.get("brand")) for p in facts_list(release, "products")]
    words += [text(p.get("generic")) for p in facts_list(release, "products")]
    words += [disease_text(i) for i in facts_list(release, "indications")]
    words += [t.symbol for t in release.issuer.tickers]
    words.append(issuer_name(release))
    out = []
    for w in words:
        if w and w not in out:
            out.append(w)
    return out


def number_notes_in_reading_order(briefing) -> None:
    """Renumber notes 1, 2, 3 ... in the order a reader meets them (builders cite in any order)."""
    order: list[int] = []

    def refs(section):
        # The order the templates lay a section out in: paragraphs, results, facts, items, quotes.
        things = list(section.paragraphs)
        if section.kind == "results" and briefing.results:
            things += briefing.results.rows
        things += [*section.facts, *section.items, *section.quotes]
        return [t for t in things if t.note is not None]

    for section in briefing.sections:
        for thing in refs(section):
            if thing.note not in order:
                order.append(thing.note)
    for note in briefing.notes:
        if note.number not in order:
            order.append(note.number)
    new = {old: i + 1 for i, old in enumerate(order)}
    for section in briefing.sections:
        for thing in [*section.paragraphs, *section.items, *section.facts, *section.quotes]:
            if thing.note is not None:
                thing.note = new[thing.note]
    if briefing.results:
        for row in briefing.results.rows:
            if row.note is not None:
                row.note = new[row.note]
    for note in briefing.notes:
        note.number = new[note.number]
    briefing.notes.sort(key=lambda n: n.number)
