"""Stock tickers in all their spellings: `(NYSE: S)`, `[Nasdaq: BCDA]`, `(NASDAQ/NMS:ROAC)`,
`(ASX: ATH, NASDAQ: ATHE)`, `(Nasdaq and OMX Nordic Exchange: EPCT)`, `HKEX: 02142`."""

from __future__ import annotations

import re

from reportgen.model import Ticker

_EXCHANGE_WORDS = (
    r"NYSE(?:\s+(?:American|Arca|MKT|Amex))?|Nasdaq|NASDAQ|AMEX|OTC(?:QB|QX|BB)?|OTC\s+(?:Pink|Markets)|"
    r"TSX(?:-?V|\s+Venture)?|CSE|ASX|LSE|AIM|HKEX|SEHK|SIX|SWX|Euronext|Frankfurt|FSE|XETRA|Xetra|OMX|"
    r"TASE|NSE|BSE|KRX|KSE|KOSPI|KOSDAQ|SGX|JSE|Oslo|NEO|Cboe|CBOE|Pink Sheets|STO|HEL|CPH|TSE|TYO|SSE|SZSE|"
    r"OSE|Oslo B\u00f8rs|Oslo Bors|Euronext Growth|Nasdaq First North|First North|"
    r"(?:Tokyo|Osaka|Nagoya|Singapore|Korea|Taiwan|Shanghai|Shenzhen|Johannesburg|Tel Aviv|Warsaw|Vienna|Irish|Swiss|Toronto) Stock Exchange|"
    r"New York Stock Exchange|London Stock Exchange|Toronto Stock Exchange|Australian Securities Exchange|"
    r"Hong Kong Stock Exchange|Stock Exchange of Hong Kong|Nordic Exchange|Bolsa|BMV|B3|Borsa|"
    r"BME|HOSE|HoSE|HNX|IDX|NZX|WSE|Bursa Malaysia|Nasdaq (?:Stockholm|Helsinki|Copenhagen|Iceland)"
)
_EXCHANGE = re.compile(rf"\b(?:{_EXCHANGE_WORDS})\b", re.I)
# one "EXCHANGE: SYMBOL[, SYMBOL]" part inside a bracket
_PART = re.compile(
    rf"(?P<ex>(?:[A-Za-z][A-Za-z .&/-]{{0,50}}?)?(?:{_EXCHANGE_WORDS})[A-Za-z .&/-]{{0,40}}?)(?:\s*:\s*|\s+[-\u2013\u2014]\s+(?=[A-Z0-9]{{1,6}}\s*(?:$|[;,])))"
    r"(?P<syms>[A-Z0-9][A-Za-z0-9.\-]{0,9}(?:\s*(?:,|and)\s*[A-Z0-9][A-Z0-9.\-]{0,9}(?![a-z]))*)",
)
_BRACKET = re.compile(r"[(\[]([^()\[\]]{3,120})[)\]]")
# "(OTCQB - JFBC)": the exchange and the symbol apart by a dash
_DASHED = re.compile(r"\s[-\u2013\u2014]\s+[A-Z0-9]{1,6}\s*$")
_BARE = re.compile(r"\b(?P<ex>HKEX|SEHK|TSX|ASX|NYSE|Nasdaq|NASDAQ)\s*:\s*(?P<syms>[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)\b")


_COUNTRY_SUFFIX = re.compile(r"\s+(?:CA|US|USA|AU|UK|HK|SG|NZ)$")


def normalize_exchange(name: str) -> str:
    """One spelling per exchange, the way it names itself: `Cboe CA`, `CBOE Canada CA` -> `Cboe
    Canada`; `TSX-V` -> `TSXV`; a trailing country code after the name goes. Otherwise as printed."""
    n = " ".join(name.split()).strip(" ,;:")
    m = re.fullmatch(r"(?i)cboe(?:\s+(?:canada|ca))+", n)
    if m:
        return "Cboe Canada"
    if re.fullmatch(r"(?i)cboe(?:\s+(?:bzx|us|u\.s\.))?", n):
        return "Cboe" + (" BZX" if "bzx" in n.lower() else "")
    if re.fullmatch(r"(?i)tsx[- ]?v(?:enture)?(?: exchange)?", n):
        return "TSXV"
    if _EXCHANGE.search(n):
        n = _COUNTRY_SUFFIX.sub("", n)
    return n


def _exchanges(raw: str) -> list[str]:
    raw = " ".join(raw.split()).strip(" ,;")
    raw = re.sub(r"^(?:listed on|traded on|ticker|symbol)\s+", "", raw, flags=re.I)
    raw = re.sub(r"\s+(?:Stock Code|Stock Symbol|Ticker(?: Symbol)?|Code)$", "", raw, flags=re.I)  # "SEHK Stock Code: 2282"
    names = [p.strip() for p in re.split(r"\s+and\s+|\s*&\s*(?=[A-Z]{2})", raw) if p.strip()]
    return [normalize_exchange(n) for n in names if _EXCHANGE.search(n)] or [normalize_exchange(raw)]


def _symbols(raw: str) -> list[str]:
    return [s for s in re.split(r"\s*(?:,|\band\b)\s*", raw.strip()) if re.fullmatch(r"[A-Z0-9][A-Z0-9.\-]{0,9}", s)]


def find_tickers(text: str) -> list[tuple[Ticker, int, int]]:
    """Tickers in `text` with the span (start, end) of the bracket or phrase that gave them."""
    found: list[tuple[Ticker, int, int]] = []
    seen = set()

    def add(ex: str, sym: str, start: int, end: int):
        key = (ex.lower(), sym)
        if key not in seen:
            seen.add(key)
            found.append((Ticker(exchange=ex, symbol=sym), start, end))

    covered = []
    for bm in _BRACKET.finditer(text):
        inner = bm.group(1)
        if not _EXCHANGE.search(inner) or (":" not in inner and not _DASHED.search(inner)):
            continue
        for part in re.split(r";|,\s*(?=[A-Za-z .&/-]+:)", inner):
            pm = _PART.search(part)
            if not pm:
                continue
            for ex in _exchanges(pm.group("ex")):
                for sym in _symbols(pm.group("syms")):
                    add(ex, sym, bm.start(), bm.end())
        covered.append((bm.start(), bm.end()))
    for m in _BARE.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        for sym in _symbols(m.group("syms")):
            add(normalize_exchange(m.group("ex")), sym, m.start(), m.end())
    return found


# a listing told in a sentence: "The Company's common stock is listed on the New York Stock Exchange
# under the symbol "ADC"", "The share (CTM) is listed on Nasdaq Stockholm Small Cap"
# (or "shares trade on the Toronto Stock Exchange under the symbol PSK"; "Acme is listed on the Toronto
# Stock Exchange under the trading symbol "PD" and on the New York Stock Exchange under ... "PDS"")
_LISTED_UNDER = re.compile(
    rf"\b(?:(?:common stock|ordinary shares|shares|share|stock|units|ADSs?)\b[^.]{{0,40}}?\b(?:(?:is|are) (?:listed|traded|quoted)|trade|trades)"
    rf"|(?:is|are) listed(?: and trade)?) on (?:the )?"
    rf"(?P<ex>(?:{_EXCHANGE_WORDS})(?:\s+[A-Z][\w]*){{0,3}}?)\s+under the (?:ticker |trading )?(?:symbols?|tickers?)\s+"
    r"[\"\u201c*]?(?P<sym>[A-Z][A-Z0-9.]{0,7})\b")
# the second listing of the same sentence: '... and on the New York Stock Exchange under the trading symbol "PDS"'
_AND_LISTED = re.compile(
    rf"[\"\u201d*]?,?\s+and\s+on (?:the )?(?P<ex>(?:{_EXCHANGE_WORDS})(?:\s+[A-Z][\w]*){{0,3}}?)\s+under the (?:ticker |trading )?"
    r"(?:symbols?|tickers?)\s+[\"\u201c*]?(?P<sym>[A-Z][A-Z0-9.]{0,7})\b")
_SHARE_LISTED = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Oo]ur) (?:share|shares|stock)\s*\((?P<sym>[A-Z][A-Z0-9.]{{1,7}})\)\s+(?:is|are) (?:listed|traded) on (?:the )?"
    rf"(?P<ex>(?:{_EXCHANGE_WORDS})(?:\s+(?!and\b|under\b|since\b)[A-Z][\w]*){{0,3}})")


def listing_tickers(text: str) -> list[Ticker]:
    """Tickers given by a sentence about the listing (the release prints none in brackets)."""
    out: list[Ticker] = []
    for pattern in (_LISTED_UNDER, _SHARE_LISTED):
        for m in pattern.finditer(text):
            found = [m]
            while more := _AND_LISTED.match(text, found[-1].end()):
                found.append(more)
            for f in found:
                t = Ticker(exchange=normalize_exchange(f.group("ex")), symbol=f.group("sym"))
                if t not in out:
                    out.append(t)
    return out
