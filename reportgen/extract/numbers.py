"""Numbers as printed: quantities with units, p-values, dates to mask, number normalization."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from reportgen.text.dates import DATE_RE
from reportgen.text.lexicon import ONES as _ONES
from reportgen.text.lexicon import TENS as _TENS
from reportgen.text.lexicon import WORD_NUMBERS, parse_number

# Years and period codes are masked with the dates (text.dates.DATE_RE) before figures are looked for.
YEAR_RE = re.compile(r"(?<![\d$€£.,])\b(?:19|20)\d\d\b(?!\s*(?:%|percent|per cent|million|billion|patients|subjects|mg))")
MONTHS_ENDED_RE = re.compile(r"\b(?:three|six|nine|twelve|3|6|9|12)[- ]months?(?=\s+(?:ended|ending|period))|"
                             r"\b(?:three|six|nine|twelve|3|6|9|12)[- ]month\s+period", re.I)
PERIOD_CODE_RE = re.compile(r"\b(?:[QH][1-4]|FY|[1-4]Q)\s?'?(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s?[QH][1-4]\b|\b[QH][1-4]\b")

CURRENCY = r"(?:C\$|US\$|A\$|NZ\$|HK\$|R\$|NT\$|S\$|\$|€|£|¥|(?:EUR|USD|GBP|CHF|SEK|DKK|NOK|CAD|JPY|RMB|CNY|KRW|INR|AUD|HKD|SGD|TWD|MXN|BRL|ZAR|PLN|NZD|AED|SAR|ILS|IDR|MYR|THB|VND|ISK|CZK|HUF)\s?)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# "per share", "per diluted share", "per basic and diluted share", "per common share"
_SHARE_KIND = r"(?:(?:basic|diluted|fully\s+diluted|common|ordinary)(?:\s+and\s+(?:basic|diluted))?\s+)"
_SCALE = r"(?:million|billion|thousand|trillion|bn|mn|[MBK]\b|m\b)"
_UNIT = (r"(?:%|percent(?:age points?)?|per\s?cent|pct|percentage points?|basis points|bps|p\.p\.|pp(?:ts?)?\b|"
         r"months?|weeks?|days?|years?|hours?|minutes?|"
         r"cents?(?:\s+(?:a|per)\s+" + _SHARE_KIND + r"?share)?|"
         r"(?:(?:basic|diluted|fully\s+diluted)(?:\s+and\s+(?:basic|diluted))?\s+)?per\s+" + _SHARE_KIND + r"?share|"
         r"a\s+share|"
         r"patients|subjects|participants|deaths|events|cases|injections|visits|responders|"
         r"(?:patient|subject|participant|death|event|case|responder)(?![\w-])|"
         r"hospitali[sz]ations|episodes|lesions|seizures|attacks|infusions|relapses|"
         r"mg/dL|mg/kg|mg|g/dL|mmHg|mmol/L|nmol/L|ng/mL|pg/mL|U/L|mL|µm|μm|kg|lbs?|cm|mm|points?|fold|x\b|times(?=\s+(?:higher|greater|more|lower|less|as\b)))")
# "sixty-one", "twenty five": compound numbers as printed at the start of a sentence
_WORDNUM = (r"(?:(?:" + "|".join(_TENS) + r")[- ](?:" + "|".join(_ONES) + r")\b|"
            + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")")

QUANTITY_RE = re.compile(
    rf"(?<![\w.$€£/-])(?<!\d,)(?P<oparen>\((?=(?:US|C|A)?\$\s?\d))?(?P<neg>[-−–](?=\s?{CURRENCY}?\d))?(?P<cur>{CURRENCY})?\s?"
    rf"(?P<neg2>[-−])?(?P<paren>\()?"
    rf"(?P<num>{_NUM}|(?<![\w-]){_WORDNUM}(?=\s+(?:{_UNIT}|percent)|-fold\b))(?(paren)\))(?(oparen)\))"
    rf"(?:\s?(?P<scale>{_SCALE}))?"
    rf"(?:(?:\s?|-)(?P<unit>{_UNIT}))?(?![\w])",
    re.IGNORECASE,
)

P_VALUE_RE = re.compile(
    r"(?<![A-Za-z])(?:two-sided\s+|nominal\s+|one-sided\s+)?(?:[pP](?:[\s-]?value)?(?:\s*(?:was|of))?\s*"
    r"(?P<op>[<>=≤≥]=?|less than|greater than)|[pP][\s-]value\s+(?:was\s+|of\s+)(?P<op2>))\s*(?P<num>0?\.\d+(?:\s?[x×]\s?10[-−]\d+)?|\d(?:\.\d+)?(?:[eE][-−]\d+)?)"
)
HR_RE = re.compile(r"\b(?:hazard ratio|HR)\s*(?:\(HR\))?\s*[,:]?\s*(?:of|was|=|:)?\s*(?P<num>\d?\.\d+|\d)(?![\d%])")
CI_RE = re.compile(
    r"(?P<level>\d{2}(?:\.\d)?)\s?%\s?(?:confidence interval|CI)\s*[:,=]?\s*(?:\(\s*)?"
    r"(?P<lo>[-−]?\d*\.?\d+)\s*(?:[-–—,]|to)\s*(?P<hi>[-−]?\d*\.?\d+)"
)
N_RE = re.compile(r"\b[nN]\s?=\s?(?P<num>\d[\d,]*)")


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: Optional[str]  # normalized: "%", "months", "$ million", "per share" ...
    cls: str             # percent | money | eps | duration | count | number


def clean_value(v: float):
    return int(v) if float(v).is_integer() else v


def mask_dates(text: str) -> str:
    """Replace dates, years and period codes by spaces of the same length (offsets stay valid)."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group())
    text = DATE_RE.sub(lambda m: "\x00" * len(m.group()), text)
    text = YEAR_RE.sub(lambda m: "\x00" * len(m.group()), text)
    text = PERIOD_CODE_RE.sub(lambda m: "\x00" * len(m.group()), text)
    text = MONTHS_ENDED_RE.sub(lambda m: "\x00" * len(m.group()), text)
    return text


def _unit_of(cur: Optional[str], scale: Optional[str], unit: Optional[str]) -> tuple[Optional[str], str]:
    u = (unit or "").lower()
    u = re.sub(r"\s+", " ", u)
    s = (scale or "").lower()
    s = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand"}.get(s, s)
    if u in ("%", "percent", "per cent", "percent", "pct"):
        return "%", "percent"
    if "percentage point" in u or u in ("p.p.", "pp", "ppt", "ppts"):
        return "percentage points", "percent"
    if u in ("basis points", "bps"):
        return "basis points", "percent"
    if "share" in u or u.startswith("cent"):
        if u.startswith("cent"):
            return "cents per share", "eps"
        return ((cur or "").strip() + " per share").strip(), "eps"
    if cur:
        c = cur.strip()
        return (f"{c} {s}".strip() if s else c), "money"
    if u in ("mg", "mg/kg"):
        return u, "dose"
    if re.match(r"(months?|weeks?|days?|years?|hours?|minutes?)$", u):
        return (u if u.endswith("s") else u + "s"), "duration"
    if u in ("patient", "subject", "participant", "death", "event", "case", "responder"):
        u = u + "s"  # "one case in the vaccine arm compared to 17 ...": the singular is the same unit
    if u in ("patients", "subjects", "participants", "deaths", "events", "cases", "injections", "visits",
             "responders", "hospitalizations", "hospitalisations", "episodes", "lesions", "seizures",
             "attacks", "infusions", "relapses"):
        return u, "count"
    if u:
        return u, "number"
    if s:
        return s, "scaled"
    return None, "number"


# "445 stores", "4.2 fewer monthly migraine days": the counted noun, after at most two modifiers
_COUNT_NOUN_RE = re.compile(r"\s+(?:(?!(?:of|in|with|for|and|or|to|on|at|the|an?|was|were|is|are|by|from|versus|vs|"
                            r"than|as|per|compared|over|among|during|after|before)\b)[a-z-]+\s+){0,3}?"
                            r"(?P<noun>[a-z]{3,}s)\b")
_NOT_COUNT_NOUNS = {"was", "has", "this", "its", "is", "as", "plus", "versus", "less", "thus", "does"}


def find_quantities(text: str, masked: Optional[str] = None) -> list[Quantity]:
    """Quantities in `text` (dates and years excluded), with normalized unit and class."""
    masked = mask_dates(text) if masked is None else masked
    out = []
    for m in QUANTITY_RE.finditer(masked):
        if "\x00" in m.group():
            continue
        num = parse_number(m.group("num"))
        if num is None:
            continue
        # skip p-values, n=, hazard ratios, ordinals, identifiers like NCT0123 or CTX112
        before = masked[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:[pP]\s?[<>=≤≥]\s?|[nN]\s?=\s?|HR\s?[=:]?\s?|\bHR of\s?)$", before):
            continue
        after = masked[m.end():m.end() + 3]
        if re.match(r"(?:st|nd|rd|th)\b", after) or re.match(r"[A-Za-z]", after):
            continue
        if re.search(r"[A-Za-z]$", masked[:m.start()]):
            continue
        if not m.group("unit") and not m.group("cur") and not m.group("scale") and \
                re.search(r"(?<![\w$€£])[A-Z]{2,6}[- ]$", masked[:m.start()]) and \
                not re.search(r"(?:EUR|USD|GBP|CHF|SEK|DKK|NOK|CAD|JPY|RMB|CNY|KRW|INR|AUD|HKD|SGD|TWD|MXN|BRL|ZAR|PLN|NZD|AED|SAR|ILS|IDR|MYR|THB|VND|ISK|CZK|HUF)\s?$", masked[:m.start()]):
            continue  # "PASI 90", "ACR 20": part of a score's name
        if re.search(r"(?:±|\+/-|\+/−)\s*$", masked[:m.start()]):  # a standard deviation or error
            continue
        if not m.group("unit") and not m.group("cur") and re.search(
                r"\b(?:week|day|month|year|cycle|visit|grade|phase|stage|cohort|part|arm|group|study|trial|"
                r"level|version|number|no\.|item|table|figure|fig\.|page|line|class|type|tier|step|"
                r"round|lot|batch|dose|patient|subject|hour|module|section|article|rule|form)\s*$",
                masked[:m.start()], re.I):
            continue
        neg = m.group("neg") or m.group("neg2") or (m.group("paren") and m.group("cur"))
        start, end = m.start(), m.end()
        if m.group("oparen"):
            if m.group("scale") or "share" in (m.group("unit") or "").lower() or re.search(
                    r"\b(?:or|to|with|versus|vs\.?|from|of|was|were|and)\s*$", masked[:start], re.I):
                neg = True  # "($0.48) per share", "compared to ($0.7) million": the accountant's minus
            else:
                start, end = m.start("cur"), m.end("num")  # a dollar figure in brackets: "(US$12.50)"
        if m.group("paren") and not m.group("cur"):
            continue
        if re.match(r"\s+of\s+\d", masked[m.end():m.end() + 6]) or re.search(r"\d\s+of\s+$|/$",
                                                                            masked[max(0, m.start() - 8):m.start()]):
            continue  # "12 of 20 patients": a count, not a result (the percent that follows is)
        if re.match(r"/\d", masked[m.end():m.end() + 2]):
            continue
        if neg and m.group("neg") and m.start() > 0 and masked[m.start() - 1:m.start()].isalnum():
            neg = None
        if re.search(r"\bnegative\s+$", masked[max(0, m.start() - 12):m.start()], re.I):
            neg = True  # "negative $18 million"
        value = -num if neg else num
        unit, cls = _unit_of(m.group("cur"), m.group("scale"), m.group("unit"))
        if cls == "duration" and re.search(r"\bevery\s+(?:other\s+)?$", masked[max(0, m.start() - 12):m.start()], re.I):
            cls = "dose"  # "dosing every 16 weeks": a dosing interval, not a result
        if unit is None and cls == "number":
            # "445 stores", "4.13 million Macs": a count of things
            cm = _COUNT_NOUN_RE.match(masked, m.end())
            if cm and cm.group("noun") not in _NOT_COUNT_NOUNS and not cm.group().strip().startswith(("of ", "in ")):
                unit, cls = cm.group("noun"), "count"
        out.append(Quantity(start, end, text[start:end], clean_value(value), unit, cls))
    return out


def parse_p_value(text: str) -> Optional[dict]:
    m = P_VALUE_RE.search(text)
    if not m:
        return None
    return p_value_from_match(m)


def p_value_from_match(m: re.Match) -> dict:
    op = m.group("op") or "="
    op = {"less than": "<", "greater than": ">", "≤": "<=", "≥": ">=", "==": "="}.get(op, op)
    raw = m.group("num").replace("−", "-")
    sci = re.match(r"(\d*\.?\d+)\s?[x×]\s?10(-\d+)", raw)
    value = float(sci.group(1)) * 10 ** int(sci.group(2)) if sci else float(raw)
    return {"text": m.group().strip(), "op": op, "value": value}
