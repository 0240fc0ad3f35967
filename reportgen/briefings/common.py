"""Pieces both audiences share: provenance notes, dates, figures, the results table and chart, contacts.

Everything reads `Release` and its `facts` defensively: every facts key is optional and a release
without facts still yields sensible (shorter) sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from ..model import Release
from .briefing import (
    Cell,
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
    return [fact.model_dump() for fact in getattr(release.facts, key)]


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


SUBTITLE_CHARS = 320


def masthead_fields(release: Release, audience: str, label: str) -> dict:
    """What every briefing's masthead and metadata say of the release: one place for all audiences."""
    date = release_date(release)
    return dict(
        audience=audience, audience_label=label, title=text(release.headline) or "Press release",
        subtitle=subtitle(release), issuer=issuer_name(release), tickers=tickers(release),
        website=release.issuer.website, date=date, date_text=date_text(date),
        source_line=source_line(release), keywords=keywords(release, audience),
    )


def subtitle(release: Release) -> str:
    """The subheadlines joined by '; ', as many whole ones as fit a masthead (~320 characters):
    a pipeline update can carry a dozen, which would fill the first page. The rest is marked '…'."""
    subs = [text(s) for s in release.subheadlines if text(s)]
    out: list[str] = []
    for sub in subs:
        if out and len("; ".join(out + [sub])) > SUBTITLE_CHARS:
            return "; ".join(out) + "; …"
        out.append(sub)
    return "; ".join(out)


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

_NUM_IN_TEXT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def _decimal(value: Any) -> Optional[Decimal]:
    try:
        return Decimal(str(value).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def number_text(value: Any, printed: Any = None) -> str:
    """A figure as a reader writes it: the release's own spelling when `printed` has it ('7.0',
    '96,458'), else thousands separated and no float noise ('1.1', '119,575', never '1.2e+06').
    The sign is left to the caller (unit_text): this is the magnitude."""
    if isinstance(value, bool):
        return ""
    if not isinstance(value, (int, float)):
        return text(value)
    magnitude = _decimal(abs(value))
    if magnitude is None:
        return text(value)
    for m in _NUM_IN_TEXT.finditer(text(printed)):
        if _decimal(m.group()) == magnitude:
            return m.group()
    d = magnitude.normalize()
    s = f"{d:f}"
    whole, _, frac = s.partition(".")
    if len(whole) > 3:
        whole = f"{int(whole):,}"
    return whole + (f".{frac}" if frac else "")


_CURRENCIES = {"$": "$", "usd": "$", "us$": "US$", "dollars": "$", "€": "€", "eur": "€", "euro": "€",
               "euros": "€", "£": "£", "gbp": "£", "¥": "¥", "jpy": "¥", "c$": "C$", "cad": "C$",
               "a$": "A$", "aud": "A$", "chf": "CHF ", "sek": "SEK ", "dkk": "DKK ", "nok": "NOK "}
_SCALES = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
           "mn": "million", "bn": "billion", "m": "million", "b": "billion", "k": "thousand"}
_SCALE_POWER = {"": 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_PRINTED_CURRENCY = re.compile(r"^\W*?(US\$|C\$|A\$|\$|€|£|¥)")


def parse_unit(unit: Any, printed: Any = None) -> tuple[str, str, str]:
    """(currency sign, scale word, the rest) of a fact's unit: '$ billion' -> ('$', 'billion', ''),
    '$ per share' -> ('$', '', 'per share'), 'million' printed '$96,458' -> ('$', 'million', '')."""
    currency, scale, rest = "", "", []
    for token in text(unit).split():
        low = token.lower()
        if not currency and low in _CURRENCIES:
            currency = _CURRENCIES[low]
        elif not scale and low in _SCALES and (low in ("thousand", "million", "billion", "trillion")
                                               or currency or not rest):
            scale = _SCALES[low]
        else:
            rest.append(token)
    if not currency:
        m = _PRINTED_CURRENCY.match(text(printed))
        if m:
            currency = _CURRENCIES.get(m.group(1).lower(), m.group(1))
    return currency, scale, " ".join(rest)


def is_money(unit: Any, printed: Any = None) -> bool:
    return bool(parse_unit(unit, printed)[0])


def unit_text(value: Any, unit: Optional[str], printed: Any = None) -> str:
    """The value with its unit as a reader writes it: '15 months', '34%', '$119.6 billion',
    '$2.18', '€173.9 million', '$0.24 per share'; a negative amount of money in brackets,
    '($0.12)', as financial statements print it; other negatives with a minus sign."""
    v = number_text(value, printed)
    if not v:
        return ""
    negative = isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0
    currency, scale, rest = parse_unit(unit, printed)
    if rest.lower() in ("%", "percent", "per cent", "pct") and not currency:
        return ("−" if negative else "") + f"{v}%"
    if currency:
        core = f"{currency}{v}" + (f" {scale}" if scale else "")
        core = f"({core})" if negative else core
        return core + (f" {rest}" if rest else "")
    words = " ".join(x for x in (scale, rest) if x)
    return ("−" if negative else "") + f"{v} {words}".strip()


def scaled_value(value: Any, unit: Any, printed: Any = None) -> Optional[float]:
    """The value in units (not millions): bars of '$1.3 billion' and '$700 million' compare."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return float(value) * 10 ** _SCALE_POWER.get(parse_unit(unit, printed)[1], 0)


def arm_value_text(arm: dict) -> str:
    return unit_text(arm.get("value"), arm.get("unit"), arm.get("text")) or text(arm.get("text"))


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


def numeric_arms(comparison: dict) -> list[dict]:
    return [a for a in arms_of(comparison)
            if isinstance(a.get("value"), (int, float)) and not isinstance(a.get("value"), bool)]


_UP = {"increase", "increased", "up", "rise", "rose", "grew", "growth", "gain", "higher", "improvement",
       "improved"}
_DOWN = {"decrease", "decreased", "down", "decline", "declined", "fell", "fall", "drop", "lower", "loss"}
_YOY = re.compile(r"\byear[- ]over[- ]year\b|\bfrom (?:a|the) year (?:ago|earlier)\b|\bprior[- ]year\b|"
                  r"\bsame (?:period|quarter) (?:a |of )?(?:last|the prior|the previous) year\b", re.I)


def change_text(comparison: dict, release: Optional[Release] = None) -> str:
    """The change the release states: 'up 2%', 'down 2.9%', 'up 2% year over year' (when the
    sentence says so); '' when none is stated. Never computed here."""
    change = comparison.get("change")
    if not isinstance(change, dict):
        return text(change) if isinstance(change, str) else ""
    value = change.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = unit_text(abs(value), change.get("unit"), change.get("text"))
    else:
        amount = text(change.get("text"))
    if not amount:
        return ""
    direction = text(change.get("direction")).lower()
    if direction in _UP:
        line = f"up {amount}"
    elif direction in _DOWN:
        line = f"down {amount}"
    elif direction:
        line = f"{amount} {direction}"
    else:
        line = amount
    if release is not None and comparison.get("kind") == "period-over-period" and isinstance(comparison.get("source"), dict):
        sentence = source_sentence(release, comparison["source"])
        if _YOY.search(sentence) and amount in line:
            line += " year over year"
    return line


def effect_text(comparison: dict) -> str:
    """The hazard ratio if given, else the difference of the first two arms when units agree,
    else the change the release states for a single figure."""
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
    if unit in ("%", "percent", "per cent"):
        return f"{sign}{number_text(abs(diff))} percentage points"
    return f"{sign}{unit_text(abs(diff), unit)}".strip()


def effect_is_derived(comparison: dict) -> bool:
    """True when effect_text computed a difference (the release states hazard ratios and changes)."""
    hr = comparison.get("hazard_ratio")
    return hr in (None, "", {}) and len(arms_of(comparison)) >= 2 and bool(effect_text(comparison))


def measure_text(comparison: dict) -> str:
    measure = text(comparison.get("measure")) or "Result"
    return measure[:1].upper() + measure[1:]


# --- kinds of comparison: clinical (treatment vs control) and financial (period over period) ---

def is_financial(comparison: dict) -> bool:
    """Period over period, or money: a financial result, whatever else it says."""
    if comparison.get("kind") == "period-over-period":
        return True
    return any(is_money(a.get("unit"), a.get("text")) for a in arms_of(comparison))


def _identity(comparison: dict) -> tuple:
    arms = tuple((a.get("value"), text(a.get("unit"))) for a in arms_of(comparison))
    change = comparison.get("change")
    return arms, (change.get("value") if isinstance(change, dict) else None), text(comparison.get("p_value"))


def _deduped(items: list[dict]) -> list[dict]:
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


def comparisons(release: Release, kind: Optional[str] = None) -> list[dict]:
    """Comparisons with values per arm; kind 'clinical' or 'financial' keeps one sort."""
    out = [c for c in facts_list(release, "comparisons") if arms_of(c)]
    if kind == "financial":
        out = [c for c in out if is_financial(c)]
    elif kind == "clinical":
        out = [c for c in out if not is_financial(c)]
    return _deduped(out)


def single_results(release: Release, kind: Optional[str] = None) -> list[dict]:
    """Named results without arms (a p-value, a relative improvement): table rows, not bars."""
    out = [c for c in facts_list(release, "comparisons")
           if not arms_of(c) and text(c.get("measure")) and (c.get("p_value") or c.get("change"))]
    if kind == "financial":
        out = [c for c in out if c.get("kind") == "period-over-period"]
    elif kind == "clinical":
        out = [c for c in out if c.get("kind") != "period-over-period"]
    return _deduped(out)


def clinical_comparisons(release: Release) -> list[dict]:
    return comparisons(release, "clinical")


def financial_comparisons(release: Release) -> list[dict]:
    """Financial results with at least one figure (arms), then those stating only a change."""
    return comparisons(release, "financial") + single_results(release, "financial")


def has_clinical_content(release: Release) -> bool:
    """Trials, indications or treatment-vs-control results: something a medical reader can use."""
    def filled(fact: dict) -> bool:
        return any(text(v) for k, v in fact.items() if k != "source")

    return bool(any(filled(t) for t in facts_list(release, "trials"))
                or any(filled(i) for i in facts_list(release, "indications"))
                or clinical_comparisons(release) or single_results(release, "clinical"))


# --- arm and period labels ----------------------------------------------------------------------

_GENERIC_ARMS = {"treatment", "treated", "active", "drug", "study drug", "experimental"}


def arm_label(value: Any) -> str:
    """'Ceplene + IL-2 group' -> 'Ceplene + IL-2'; 'control group' -> 'control'."""
    return re.sub(r"\s+(group|arm|cohort)$", "", text(value), flags=re.I)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ORD = r"(?:first|second|third|fourth)"
_PERIOD = re.compile(rf"""(?ix)
    (?:(?:three|six|nine|twelve|3|6|9|12)[\s-]months?|(?:fiscal\s+)?(?:full[\s-])?year|{_ORD}[\s-](?:fiscal[\s-])?quarter|quarter)
        \s+ended\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}
  | {_ORD}[\s-](?:fiscal[\s-])?(?:quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?\d{{4}})?
  | (?:fiscal\s+)?\d{{4}}\s+{_ORD}[\s-](?:quarter|half)
  | same\s+(?:period|quarter)\s+(?:of|in|for|last)\s+(?:\d{{4}}|year)
  | (?:prior|previous|same|year[\s-]ago)[\s-](?:year[\s-])?(?:quarter|period)
  | prior[\s-]year
  | (?:Q[1-4]|[1-4]Q|H[12])\s*(?:FY\s*)?'?\d{{2,4}}
  | FY\s*'?\d{{2,4}}
  | (?:fiscal\s+)?(?:19|20)\d\d
""")


def period_label(value: Any) -> str:
    """A period-over-period arm label as a column heading: 'during the first quarter of 2022' ->
    'first quarter of 2022'; 'first-quarter 2021 profit per share of' -> 'first-quarter 2021';
    '' when the label names no period a reader could use."""
    label = text(value)
    m = _PERIOD.search(label)
    if m:
        return m.group(0)
    label = re.sub(r"^(?:during|in|for|of)\s+", "", label, flags=re.I)
    label = re.sub(r"^the\s+", "", label, flags=re.I)
    if label and len(label.split()) <= 4 and not re.search(r"\b(?:of|to|for|in|by)$", label, re.I):
        return label
    return ""


def _period_labels(comparison: dict) -> list[str]:
    """The period of each arm; a bare year next to a fuller label borrows its words ('2022' beside
    'first quarter of 2021' -> 'first quarter of 2022'); labels that do not tell arms apart go."""
    labels = [period_label(a.get("label")) for a in arms_of(comparison)]
    years = [re.findall(r"(?:19|20)\d\d", label) for label in labels]
    for i, label in enumerate(labels):
        if re.fullmatch(r"(?:quarter\s+)?(?:19|20)\d\d", label):
            for j, other in enumerate(labels):
                if j != i and len(years[j]) == 1 and years[j][0] != years[i][0] and other != label \
                        and not re.fullmatch(r"(?:19|20)\d\d", other):
                    labels[i] = other.replace(years[j][0], years[i][0])
                    break
    if len(set(labels)) < len(labels):
        return [""] * len(labels)
    for i, label in enumerate(labels):
        # 'quarter 2021' beside 'first-quarter 2021': one period named twice, an extraction slip.
        if re.fullmatch(r"(?:quarter\s+)?(?:19|20)\d\d", label) and any(
                j != i and re.search(r"(?:19|20)\d\d", other) and label.split()[-1] in other
                for j, other in enumerate(labels)):
            return [""] * len(labels)
    return labels


def position_label(position: int, financial: bool) -> str:
    """A column heading when the facts name no arm: words, never a figure."""
    if financial:
        return ("This period", "Prior period")[position] if position < 2 else f"Period {chr(ord('A') + position)}"
    if position < 2:
        return ("Treatment", "Control")[position]
    return f"Arm {chr(ord('A') + position) if position < 26 else position + 1}"


def column_label(labels: list[str], position: int, financial: bool = False) -> str:
    """One heading for the arms at one position: the label they share, or the one specific label
    when the others are generic ('treatment group' beside 'Ceplene + IL-2 group')."""
    distinct = list(dict.fromkeys(l for l in labels if l))
    if len(distinct) == 1 and len(labels) == sum(1 for l in labels if l):
        return distinct[0]
    if not financial:
        specific = [l for l in distinct if l.lower() not in _GENERIC_ARMS]
        if len(specific) == 1:
            return specific[0]
        if len(distinct) == 1:
            return distinct[0]
    return position_label(position, financial)


def comparison_sentence(comparison: dict, release: Optional[Release] = None) -> str:
    """'Median LFS (first remission): 15 months with Ceplene + IL-2 vs 9.7 months with control
    (P=0.025)'; 'Revenue: $119.6 billion, up 2% year over year'; 'Net income: $53 million in
    second quarter ended July 3, 2004 vs $309 million in second quarter of 2003'."""
    arms = arms_of(comparison)
    financial = is_financial(comparison)
    labels = _period_labels(comparison) if financial else [arm_label(a.get("label")) for a in arms]
    parts = []
    for arm, label in zip(arms, labels):
        value = arm_value_text(arm)
        if value:
            joiner = "in" if financial else "with"
            parts.append(f"{value} {joiner} {label}" if label and len(arms) > 1 else value)
    change = change_text(comparison, release) if (financial or not arms) else ""
    if not parts and not change:
        return ""
    head = measure_text(comparison)
    population = text(comparison.get("population"))
    if population:
        head += f" ({population})"
    line = f"{head}: " + " vs ".join(parts)
    if change:
        line += (", " if parts else "") + change
    extras = [x for x in (p_value_text(comparison.get("p_value")), text(comparison.get("ci"))) if x]
    if extras:
        line += " (" + "; ".join(extras) + ")"
    return line


# --- tables ----------------------------------------------------------------------------------------

def _row(measure: str, population: Optional[str], cells: list[Cell], note: Optional[int], **kw) -> ResultRow:
    return ResultRow(measure=measure, population=population or None, cells=cells, note=note,
                     values=kw.pop("values", [c.text for c in cells]), **kw)


def results_table(release: Release, notes: Notes, caption: str) -> Optional[ResultsTable]:
    """Clinical comparisons: rows, arms as columns (treatment first, control second), then the
    difference (derived, marked) or stated effect, the p-value and CI when any row has one."""
    rows_in = clinical_comparisons(release)
    singles = single_results(release, "clinical")
    if not rows_in and not singles:
        return None
    width = max((len(arms_of(c)) for c in rows_in), default=0)
    arms_cols = [column_label([arm_label(arms_of(c)[i].get("label")) for c in rows_in if len(arms_of(c)) > i], i)
                 for i in range(width)]
    generic = {position_label(i, False) for i in range(width)}
    built = []
    for c in rows_in + singles:
        values = []
        for i in range(width):
            arms = arms_of(c)
            if i >= len(arms):
                values.append("")
                continue
            value = arm_value_text(arms[i])
            label = arm_label(arms[i].get("label"))
            if arms_cols[i] in generic and label and label.lower() != arms_cols[i].lower():
                value = f"{label}: {value}"
            values.append(value)
        p = p_value_text(c.get("p_value")) + (" (trend)" if c.get("trend") else "")
        built.append((c, values, effect_text(c), effect_is_derived(c), p, text(c.get("ci"))))
    has_effect = any(b[2] for b in built)
    has_p = any(b[4] for b in built)
    has_ci = any(b[5] for b in built)
    columns = list(arms_cols) + (["Difference"] if has_effect else []) + (["P value"] if has_p else []) \
        + (["CI"] if has_ci else [])
    rows = []
    for c, values, effect, derived, p, ci in built:
        cells = [Cell(text=v) for v in values]
        if has_effect:
            cells.append(Cell(text=effect, derived=derived))
        if has_p:
            cells.append(Cell(text=p or "not reported"))
        if has_ci:
            cells.append(Cell(text=ci))
        rows.append(_row(measure_text(c), text(c.get("population")), cells, notes.cite(c.get("source")),
                         values=values, effect=effect, effect_derived=derived, p_value=p, ci=ci))
    return ResultsTable(caption=caption, kind="clinical", arms=arms_cols, columns=columns, rows=rows,
                        has_effect=has_effect, has_ci=has_ci, has_p_value=has_p)


MAX_FINANCIAL_ROWS = 12


def financial_table(release: Release, notes: Notes, caption: str = "Financial results") -> Optional[ResultsTable]:
    """Period-over-period results: measure, this period, prior period, the change the release
    states. Columns nobody fills are left out; period names head the columns when every row
    shares them, else each row names its periods under the measure."""
    items = financial_comparisons(release)[:MAX_FINANCIAL_ROWS]
    if not items:
        return None
    width = min(max((len(arms_of(c)) for c in items), default=0), 2)
    labels = [_period_labels(c) for c in items]
    heads = []
    for i in range(width):
        column = [l[i] if len(l) > i else "" for l, c in zip(labels, items) if len(arms_of(c)) > i]
        heads.append(column_label(column, i, financial=True))
    shared = [h != position_label(i, True) for i, h in enumerate(heads)]
    changes = [change_text(c, release) for c in items]
    has_change = any(changes)
    columns = heads + (["Change"] if has_change else [])
    rows = []
    for c, row_labels, change in zip(items, labels, changes):
        arms = arms_of(c)
        values = [arm_value_text(arms[i]) if i < len(arms) else "" for i in range(width)]
        cells = [Cell(text=v) for v in values] + ([Cell(text=change)] if has_change else [])
        own = [l for i, l in enumerate(row_labels[:width]) if l and not shared[i]]
        population = text(c.get("population")) or (" vs ".join(own) if len(arms) > 1 and len(own) == len(arms[:width])
                                                    else (own[0] if len(own) == 1 else ""))
        rows.append(_row(measure_text(c), population, cells, notes.cite(c.get("source")), values=values,
                         change=change))
    return ResultsTable(caption=caption, kind="financial", arms=heads, columns=columns, rows=rows,
                        measure_heading="Measure")


# Release tables: the issuer's own statements, cleaned of the layout columns of SEC HTML ('$' cells,
# spacer columns) and shown with the header row repeating on each page.
MAX_RELEASE_TABLE_ROWS = 45
_FIGURE_CELL = re.compile(r"^\(?[-−–]?\$?\s*[\d,]+(?:\.\d+)?\)?%?$|^[-—–]+$")


def _release_table_columns(rows: list[list[str]]) -> Optional[list[float]]:
    """Where the value columns sit: the mean position of the k-th value of rows with most values."""
    counts = [sum(1 for x in r[1:] if x.strip()) for r in rows]
    if not counts:
        return None
    width = max(counts)
    full = [r for r, n in zip(rows, counts) if n == width]
    if width < 1 or len(full) < 2:
        return None
    anchors = []
    for k in range(width):
        positions = [[j for j, x in enumerate(r) if j and x.strip()][k] for r in full]
        anchors.append(sum(positions) / len(positions))
    return anchors


def release_table(table, caption: str) -> Optional[ResultsTable]:
    """One table of the release as a ResultsTable (kind 'release'), or None if it is not figures."""
    rows = [[text(x) for x in r] for r in table.rows if any(text(x) for x in r)]
    head_n = min(table.header_rows or 0, len(rows))
    header, body = rows[:head_n], rows[head_n:]
    # A table without a marked header: the leading rows without figures are its header.
    if not header:
        while body and not any(_FIGURE_CELL.match(x) for x in body[0][1:] if x) and len(header) < 3:
            header.append(body.pop(0))
    figures = [r for r in body if any(_FIGURE_CELL.match(x) for x in r[1:] if x)]
    if len(figures) < 3:
        return None
    anchors = _release_table_columns(figures)
    if not anchors or len(anchors) > 6:
        return None
    width = len(anchors)

    def place(cells: list[str]) -> list[str]:
        out = [""] * width
        filled = [(j, x) for j, x in enumerate(cells) if j and x]
        if len(filled) == width:
            return [x for _, x in filled]
        for j, x in filled:
            k = min(range(width), key=lambda k: abs(anchors[k] - j))
            out[k] = (out[k] + " " + x).strip() if out[k] in ("$", "€", "£") or x in ("%", ")") else (out[k] or x)
        return out

    columns = [""] * width
    spans = []
    for h in header:
        cells = [x for x in h[1:] if x]
        if len(cells) == width:
            columns = [" ".join(x for x in (a, b) if x) for a, b in zip(columns, cells)]
        elif cells:
            spans.append(" / ".join(cells))
    out_rows = []
    for r in body[:MAX_RELEASE_TABLE_ROWS]:
        values = place(r)
        # '$' cells of SEC HTML stand apart from their figure: join them back.
        values = [re.sub(r"^([$€£])\s+", r"\1", v) for v in values]
        label = r[0] if r else ""
        if not any(values) and not label:
            continue
        out_rows.append(ResultRow(measure=label, values=values, cells=[Cell(text=v) for v in values],
                                  heading=not any(values)))
    cap = text(table.caption) or caption
    return ResultsTable(caption=cap, kind="release", arms=columns, columns=columns, rows=out_rows,
                        measure_heading="", subcaption=" · ".join(spans),
                        truncated=len(body) > MAX_RELEASE_TABLE_ROWS)


def release_tables(release: Release, limit: int = 1) -> list[ResultsTable]:
    """The release's own financial tables that read as figures (the first `limit` of them)."""
    out = []
    for section in release.sections:
        for table in section.tables:
            made = release_table(table, caption=text(section.heading) or "Table from the release")
            if made and made.rows:
                out.append(made)
                if len(out) >= limit:
                    return out
    return out


def chart(release: Release, title: str, kind: str = "clinical", limit: int = 8) -> Optional[Chart]:
    """One group per comparison with two or more numeric arms in one unit; each group on its own
    scale. Bars are named like the table's columns: the arm or the period, else Treatment/Control
    or This period/Prior period; never a lone bar."""
    financial = kind == "financial"
    comps = comparisons(release, kind)
    # Clinical bars carry the results table's column headings, so chart and table name arms alike.
    width = max((len(arms_of(c)) for c in comps), default=0)
    columns = [column_label([arm_label(arms_of(c)[i].get("label")) for c in comps if len(arms_of(c)) > i], i)
               for i in range(width)]
    generic = {position_label(i, False) for i in range(width)}
    groups = []
    for c in comps:
        arms = numeric_arms(c)
        if len(arms) < 2 or len(arms) != len(arms_of(c)):
            continue
        parsed = [parse_unit(a.get("unit"), a.get("text")) for a in arms]
        if len({(p[0], p[2].lower()) for p in parsed}) != 1:
            continue  # money beside a percentage: no common scale
        if financial:
            labels = _period_labels(c)
        else:
            labels = [columns[i] if columns[i] not in generic else arm_label(a.get("label"))
                      for i, a in enumerate(arms)]
            if len(set(labels)) < len(labels):
                labels = [""] * len(labels)
        bars = [ChartBar(label=label or position_label(i, financial),
                         value=scaled_value(a.get("value"), a.get("unit"), a.get("text")) or 0.0,
                         text=arm_value_text(a)) for i, (a, label) in enumerate(zip(arms, labels))]
        measure = measure_text(c)
        if c.get("population"):
            measure += f" ({text(c['population'])})"
        units = {text(a.get("unit")) for a in arms}
        unit = units.pop() if len(units) == 1 else ""
        groups.append(ChartGroup(measure=measure, unit="" if financial else unit,
                                 p_value=p_value_text(c.get("p_value")), bars=bars))
        if len(groups) >= limit:
            break
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
        if section.kind == "results":
            things += [row for table in briefing.all_tables() for row in table.rows]
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
    for table in briefing.all_tables():
        for row in table.rows:
            if row.note is not None:
                row.note = new[row.note]
    for note in briefing.notes:
        note.number = new[note.number]
    briefing.notes.sort(key=lambda n: n.number)
