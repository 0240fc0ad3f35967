"""How facts read in a briefing: figures with their units, changes, p-values, arm and period labels,
one-line sentences for a comparison, an event, a trial. Formatting only: nothing here selects."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional, Union

from ..model import Arm, Comparison, Event, Indication, PublicationRef, PValue, Trial
from ..text.dates import date_text
from ..text.lexicon import MONTH

Number = Union[int, float]


def clean(value: Optional[str]) -> str:
    """A string of the model as display text: whitespace runs as one space, '' for None."""
    return " ".join(value.split()) if value else ""


def quoted(sentence: Optional[str]) -> str:
    """A sentence of the release between quotation marks, its own marks at either end left out (a sentence
    that opens a quote: '"We capped a year ..." ' -> '“We capped a year ...”', not '“"We capped ...”')."""
    s = clean(sentence)
    inner = re.sub(r'(?<=[.!?,])\s*["“”]$', "", re.sub(r'^["“”„]\s*(?=\S)', "", s))
    if inner != s and not re.search(r'["“”]', inner):  # (a quote closed inside, '"Sales grew," she said.', stays)
        s = inner
    return f"“{s}”" if s else ""


def without_stray_marks(sentence: Optional[str]) -> str:
    """A sentence taken from inside a quotation, without the quotation's mark it carries alone at either end
    ("... initiated in 2007.’" -> "... initiated in 2007.")."""
    s = clean(sentence)
    if re.search(r"(?<=[.!?,])[’”'\"]$", s) and not re.search(r"[“‘\"]|(?<!\w)'", s[:-1]):
        s = s[:-1]
    if re.match(r"^[“‘'\"](?=\S)", s) and not re.search(r"[”’\"]|'(?!\w)", s[1:]):
        s = s[1:]
    return s


def sentence_case(value: Optional[str]) -> str:
    t = clean(value)
    return t[:1].upper() + t[1:]


def plain_number(value: Optional[Number]) -> str:
    """20 -> '20', 20.0 -> '20', 0.62 -> '0.62', None -> ''."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def ordinal_text(value: Optional[int]) -> str:
    """49 -> '49th'."""
    if value is None:
        return ""
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def phase_text(value: Optional[str]) -> str:
    """'Phase III' or 'III' -> 'III' (templates and builders add the word 'Phase' themselves)."""
    return re.sub(r"^phase\s+", "", clean(value), flags=re.I)


def disease_text(indication: Indication) -> str:
    """'Acute Myeloid Leukemia (AML)' from disease 'AML' and disease_long, or whichever is given."""
    short, long = clean(indication.disease), clean(indication.disease_long)
    if short and long and short.lower() not in long.lower():
        return f"{long} ({short})"
    return long or short


def place_text(*parts: Optional[str]) -> str:
    """'TARRYTOWN', 'N.Y.', 'US' -> 'Tarrytown, N.Y., US' (wire datelines shout the city)."""
    return ", ".join(p.title() if p.isupper() and len(p) > 3 else p for p in parts if p)


# --- figures ---------------------------------------------------------------------------------

_NUM_IN_TEXT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def _decimal(value) -> Optional[Decimal]:
    try:
        return Decimal(str(value).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def number_text(value: Optional[Number], printed: Optional[str] = None) -> str:
    """A figure as a reader writes it: the release's own spelling when `printed` has it ('7.0',
    '96,458'), else thousands separated and no float noise ('1.1', '119,575', never '1.2e+06').
    The sign is left to the caller (unit_text): this is the magnitude."""
    if value is None or isinstance(value, bool):
        return ""
    magnitude = _decimal(abs(value))
    if magnitude is None:
        return plain_number(value)
    for m in _NUM_IN_TEXT.finditer(clean(printed)):
        if _decimal(m.group()) == magnitude:
            return m.group()
    whole, _, frac = f"{magnitude.normalize():f}".partition(".")
    if len(whole) > 3:
        whole = f"{int(whole):,}"
    return whole + (f".{frac}" if frac else "")


_CURRENCIES = {"$": "$", "usd": "$", "us$": "US$", "dollars": "$", "€": "€", "eur": "€", "euro": "€",
               "euros": "€", "£": "£", "gbp": "£", "¥": "¥", "jpy": "¥", "c$": "C$", "cad": "C$",
               "a$": "A$", "aud": "A$", "hk$": "HK$", "nz$": "NZ$", "nt$": "NT$", "s$": "S$", "r$": "R$", "chf": "CHF ", "sek": "SEK ", "dkk": "DKK ", "nok": "NOK ",
               **{code.lower(): code + " " for code in ("KRW", "INR", "HKD", "SGD", "TWD", "MXN", "BRL", "ZAR", "PLN", "NZD",
                                                          "AED", "SAR", "ILS", "IDR", "MYR", "THB", "VND", "ISK", "CZK", "HUF",
                                                          "RMB", "CNY")}}
_SCALES = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
           "mn": "million", "bn": "billion", "m": "million", "b": "billion", "k": "thousand"}
_SCALE_POWER = {"": 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_PRINTED_CURRENCY = re.compile(r"^\W*?(US\$|C\$|A\$|HK\$|NZ\$|NT\$|S\$|R\$|\$|€|£|¥)")


def parse_unit(unit: Optional[str], printed: Optional[str] = None) -> tuple[str, str, str]:
    """(currency sign, scale word, the rest) of a fact's unit: '$ billion' -> ('$', 'billion', ''),
    '$ per share' -> ('$', '', 'per share'), 'million' printed '$96,458' -> ('$', 'million', '')."""
    currency, scale, rest = "", "", []
    for token in clean(unit).split():
        low = token.lower()
        if not currency and low in _CURRENCIES:
            currency = _CURRENCIES[low]
        elif not scale and low in _SCALES and (low in ("thousand", "million", "billion", "trillion")
                                               or currency or not rest):
            scale = _SCALES[low]
        else:
            rest.append(token)
    if not currency:
        m = _PRINTED_CURRENCY.match(clean(printed))
        if m:
            currency = _CURRENCIES.get(m.group(1).lower(), m.group(1))
    return currency, scale, " ".join(rest)


def is_money(unit: Optional[str], printed: Optional[str] = None) -> bool:
    return bool(parse_unit(unit, printed)[0])


def unit_text(value: Optional[Number], unit: Optional[str], printed: Optional[str] = None) -> str:
    """The value with its unit as a reader writes it: '15 months', '34%', '$119.6 billion',
    '$2.18', '€173.9 million', '$0.24 per share'; a negative amount of money in brackets,
    '($0.12)', as financial statements print it; other negatives with a minus sign."""
    v = number_text(value, printed)
    if not v:
        return ""
    negative = value is not None and value < 0
    currency, scale, rest = parse_unit(unit, printed)
    if rest.lower() in ("%", "percent", "per cent", "pct") and not currency:
        return ("−" if negative else "") + f"{v}%"
    if currency:
        core = f"{currency}{v}" + (f" {scale}" if scale else "")
        core = f"({core})" if negative else core
        return core + (f" {rest}" if rest else "")
    words = " ".join(x for x in (scale, rest) if x)
    return ("−" if negative else "") + f"{v} {words}".strip()


def scaled_value(value: Optional[Number], unit: Optional[str], printed: Optional[str] = None) -> Optional[float]:
    """The value in units (not millions): bars of '$1.3 billion' and '$700 million' compare."""
    if value is None:
        return None
    return float(value) * 10 ** _SCALE_POWER.get(parse_unit(unit, printed)[1], 0)


# an arm printed with the words that say what it is: a change with its direction ("reduction of 16.5%",
# "3% rise"), or income under a measure of loss ("EBITDA loss of $40.8 million compared to EBITDA of $6.5 million")
_WORDED_ARM = re.compile(r"^(?:an?\s+)?(?:increase|decrease|reduction|rise|drop|decline|gain|improvement|fall|worsening|fell|"
                         r"rose|declined|increased|decreased|dropped|grew|(?:reduced|lowered|raised)\s+by)\b|"
                         r"\d%?\s*(?:increase|decrease|reduction|rise|drop|decline|gain|improvement|fall)$|"
                         r"^(?:(?:net|gross|operating|pre-?tax|adjusted)\s+)?(?:income|profit|earnings|EBITDA|EBIT)\s+of\b",
                         re.I)


def arm_value_text(arm: Arm) -> str:
    if _WORDED_ARM.search(clean(arm.text)):
        return clean(arm.text)
    return unit_text(arm.value, arm.unit, arm.text) or clean(arm.text)


def p_value_text(p: Optional[PValue]) -> str:
    if p is None:
        return ""
    if p.text:
        return clean(p.text)
    return f"P{p.op or '='}{number_text(p.value)}"


def numeric_arms(comparison: Comparison) -> list[Arm]:
    return [a for a in comparison.arms if a.value is not None]


# --- changes and effects -----------------------------------------------------------------------

_UP = {"increase", "increased", "up", "rise", "rose", "grew", "growth", "gain", "higher", "improvement",
       "improved"}
_DOWN = {"decrease", "decreased", "down", "decline", "declined", "fell", "fall", "drop", "lower", "loss"}


def change_text(comparison: Comparison) -> str:
    """The change the release states: 'up 2%', 'down 2.9%', 'up 2% year over year' (when its
    sentence says so); '' when none is stated. Never computed here."""
    change = comparison.change
    if change is None:
        return ""
    if change.value is not None:
        amount = unit_text(abs(change.value), change.unit, change.text)
    else:
        amount = clean(change.text)
    if not amount:
        return ""
    direction = clean(change.direction).lower()
    if direction in _UP:
        line = f"up {amount}"
    elif direction in _DOWN:
        line = f"down {amount}"
    elif direction:
        line = f"{amount} {direction}"
    else:
        line = amount
    if comparison.basis and amount in line:
        line += f" {comparison.basis}"
    return line


# a population read as a clause of its sentence: "evolocumab group had a significantly reduced risk of ..."
_POPULATION_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are|reduced|showed|experienced|achieved|saw)\b", re.I)


def population_text(population: Optional[str]) -> str:
    """Who a result is of, as a table shows it: "heart attack among participants in the X group" -> the part
    after "among"; a clause with a verb is no population (left out rather than shown wrong)."""
    p = clean(population)
    if " among " in p:
        p = p.split(" among ", 1)[1]
    return "" if _POPULATION_CLAUSE.search(p) else p


def effect_text(comparison: Comparison) -> str:
    """The hazard ratio if given, else the difference of the first two arms when units agree,
    else the change the release states for a single figure."""
    if comparison.hazard_ratio is not None:
        return f"HR {plain_number(comparison.hazard_ratio)}"
    arms = comparison.arms
    change = comparison.change
    stated = ""
    if change is not None and (change.text or change.value is not None):
        stated = f"{clean(change.text) or unit_text(change.value, change.unit)} {clean(change.direction)}".strip()
    if len(arms) < 2:
        return stated
    a, b = arms[0], arms[1]
    if a.value is None or b.value is None or clean(a.unit) != clean(b.unit):
        return stated  # "reduced the risk by 25% compared with placebo": the effect as stated, no figures per arm
    diff = round(float(a.value) - float(b.value), 6)
    unit = clean(a.unit)
    sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
    if unit in ("%", "percent", "per cent"):
        return f"{sign}{number_text(abs(diff))} percentage points"
    return f"{sign}{unit_text(abs(diff), unit)}".strip()


def effect_is_derived(comparison: Comparison) -> bool:
    """True when effect_text computed a difference (the release states hazard ratios and changes)."""
    arms = comparison.arms
    return (comparison.hazard_ratio is None and len(arms) >= 2 and arms[0].value is not None and arms[1].value is not None
            and clean(arms[0].unit) == clean(arms[1].unit) and bool(effect_text(comparison)))


# the company's name before a measure: "Avista Corp.'s net income" (the whole briefing is about its figures)
_COMPANY_POSSESSIVE = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,4}(?:Corp\.|Inc\.|Co\.|Company|Group|plc|Ltd\.|AG|SE|N\.V\.|S\.A\.)"
                                 r"['\u2019]s\s+(?=[a-z])")


def measure_text(comparison: Comparison) -> str:
    measure = _COMPANY_POSSESSIVE.sub("", clean(comparison.measure)) or "Result"
    return measure[:1].upper() + measure[1:]


def is_financial(comparison: Comparison) -> bool:
    """Period over period, or money: a financial result, whatever else it says."""
    if comparison.kind == "period-over-period":
        return True
    return any(is_money(a.unit, a.text) for a in comparison.arms)


# --- arm and period labels -----------------------------------------------------------------------

GENERIC_ARMS = {"treatment", "treated", "active", "drug", "study drug", "experimental"}


def arm_label(value: Optional[str]) -> str:
    """'Ceplene + IL-2 group' -> 'Ceplene + IL-2'; 'control group' -> 'control'; a bare 'arm' or
    'the group' names nothing: ''."""
    if re.fullmatch(r"(?:the\s+|each\s+|one\s+)?(?:treatment\s+)?(?:arm|group|cohort)s?", clean(value), re.I):
        return ""
    return re.sub(r"\s+(group|arm|cohort)$", "", clean(value), flags=re.I)


_MONTH = MONTH + r"\.?"
_ORD = r"(?:first|second|third|fourth)"
_PERIOD = re.compile(rf"""(?ix)
    (?:(?:three|six|nine|twelve|3|6|9|12)[\s-]months?|(?:fiscal\s+)?(?:full[\s-])?year|{_ORD}[\s-](?:fiscal[\s-])?quarter|quarter)
        \s+ended\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}
  | {_ORD}[\s-](?:fiscal[\s-])?(?:quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?\d{{4}})?
  | (?:fiscal\s+)?\d{{4}}\s+{_ORD}[\s-](?:quarter|half)
  | same\s+(?:period|quarter)\s+(?:of|in|for|last)\s+(?:\d{{4}}|year)
  | (?:prior|previous|same|year[\s-]ago)[\s-](?:year[\s-])?(?:quarter|period)
  | prior[\s-]year
  | (?:Q[1-4]|[1-4]Q|H[12])\s*(?:FY\s*)?['’]?\d{{2,4}}
  | FY\s*['’]?\d{{2,4}}
  | (?:full[\s-]year|fiscal\s+year|year)\s+(?:of\s+)?(?:19|20)\d\d
  | (?:fiscal\s+)?(?:19|20)\d\d
""")


def period_in(text: str) -> str:
    """The period a text names ("Highlights in Q4 2024" -> "Q4 2024"), else ""."""
    m = _PERIOD.search(clean(text))
    return m.group(0) if m else ""


def period_label(value: Optional[str]) -> str:
    """A period-over-period arm label as a column heading: 'during the first quarter of 2022' ->
    'first quarter of 2022'; 'first-quarter 2021 profit per share of' -> 'first-quarter 2021';
    '' when the label names no period a reader could use."""
    label = clean(value)
    m = _PERIOD.search(label)
    if m:
        return m.group(0)
    label = re.sub(r"^(?:during|in|for|of)\s+", "", label, flags=re.I)
    label = re.sub(r"^the\s+", "", label, flags=re.I)
    if label and len(label.split()) <= 4 and not re.search(r"\b(?:of|to|for|in|by)$", label, re.I):
        return label
    return ""


_BARE_YEAR = re.compile(r"(?:quarter\s+)?(?:19|20)\d\d")


def period_labels(comparison: Comparison) -> list[str]:
    """The period of each arm; a bare year next to a fuller label borrows its words ('2022' beside
    'first quarter of 2021' -> 'first quarter of 2022'); labels that do not tell arms apart go."""
    labels = [period_label(a.label) for a in comparison.arms]
    years = [re.findall(r"(?:19|20)\d\d", label) for label in labels]
    for i, label in enumerate(labels):
        if _BARE_YEAR.fullmatch(label):
            for j, other in enumerate(labels):
                if j != i and len(years[j]) == 1 and years[j][0] != years[i][0] and other != label \
                        and not re.fullmatch(r"(?:19|20)\d\d", other):
                    labels[i] = other.replace(years[j][0], years[i][0])
                    break
    if len(set(labels)) < len(labels):
        return [""] * len(labels)
    for i, label in enumerate(labels):
        # 'quarter 2021' beside 'first-quarter 2021': one period named twice, an extraction slip.
        if _BARE_YEAR.fullmatch(label) and any(
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
    distinct = list(dict.fromkeys(label for label in labels if label))
    if len(distinct) == 1 and len(labels) == sum(1 for label in labels if label):
        return distinct[0]
    if not financial:
        specific = [label for label in distinct if label.lower() not in GENERIC_ARMS]
        if len(specific) == 1:
            return specific[0]
        if len(distinct) == 1:
            return distinct[0]
    return position_label(position, financial)


# --- one-line sentences ----------------------------------------------------------------------------

def comparison_sentence(comparison: Comparison) -> str:
    """'Median LFS (first remission): 15 months with Ceplene + IL-2 vs 9.7 months with control
    (P=0.025)'; 'Revenue: $119.6 billion, up 2% year over year'; 'Net income: $53 million in
    second quarter ended July 3, 2004 vs $309 million in second quarter of 2003'."""
    arms = comparison.arms
    financial = is_financial(comparison)
    labels = period_labels(comparison) if financial else [arm_label(a.label) for a in arms]
    parts = []
    for arm, label in zip(arms, labels):
        value = arm_value_text(arm)
        if value:
            joiner = "in" if financial else "with"
            parts.append(f"{value} {joiner} {label}" if label and len(arms) > 1 else value)
    change = change_text(comparison) if (financial or not arms) else ""
    if not parts and not change:
        return ""
    head = measure_text(comparison)
    population = clean(comparison.population)
    if population:
        head += f" ({population})"
    line = f"{head}: " + " vs ".join(parts)
    if change:
        line += (", " if parts else "") + change
    extras = [x for x in (p_value_text(comparison.p_value), clean(comparison.ci.text) if comparison.ci else "") if x]
    if extras:
        line += " (" + "; ".join(extras) + ")"
    return line


def event_summary(event: Event, with_date: bool = True) -> str:
    """'the 49th Annual Meeting of the American Society of Hematology (ASH) (Atlanta, 9 December 2007)'."""
    name = clean(event.name)
    if not name:
        return ""
    abbreviation = clean(event.abbreviation)
    if abbreviation and abbreviation not in name:
        name += f" ({abbreviation})"
    ordinal = ordinal_text(event.ordinal)
    line = f"the {ordinal} {name}" if ordinal else name
    extras = [x for x in (clean(event.place), date_text(event.date) if with_date else "") if x]
    return line + (f" ({', '.join(extras)})" if extras else "")


_SCIENTIFIC = re.compile(r"\b(?:present\w*|poster|abstract|oral|data|results|late-breaking|symposium|congress)\b", re.I)


def event_line(event: Event, with_date: bool = True) -> str:
    """An upcoming event as a line: 'Data presented at the 49th Annual Meeting of ... (date)' when the
    release presents something there; else the meeting itself ('Special General Meeting of
    Stockholders (14 February 2025)'): a stockholders' vote presents no data."""
    line = event_summary(event, with_date)
    if not line:
        return ""
    return "Data presented at " + line if presents_data(event) else line[:1].upper() + line[1:]


def presents_data(event: Event) -> bool:
    """The release presents something at the event (a presentation, a poster, data), as at a congress."""
    said = event.source.text if event.source is not None else ""
    return event.kind == "presentation" or bool(event.title or event.presenter or _SCIENTIFIC.search(said))


def trial_summary(trial: Trial) -> str:
    """'Phase III trial, 320 randomized patients, 11 countries, 18 months of treatment'."""
    bits = []
    if trial.phase:
        name = clean(trial.name)
        bits.append((f"{name} " if name else "") + f"Phase {phase_text(trial.phase)} trial")
    if trial.randomized:
        bits.append(f"{trial.randomized} randomized patients")
    if trial.countries:
        bits.append(f"{trial.countries} countries")
    if trial.duration:
        bits.append(f"{clean(trial.duration)} of treatment")
    return ", ".join(bits)


def publication_text(ref: PublicationRef) -> str:
    """'Blood 108(1), 1 July 2006': the journal, volume and issue, and the date when given."""
    text = clean(ref.journal)
    if ref.volume:
        text += f" {ref.volume}" + (f"({ref.issue})" if ref.issue else "")
    return text + (f", {date_text(ref.date)}" if ref.date else "")
