"""Datelines: the `CITY, Region, Date /Wire/ --` opening of a release, in every wire's spelling.

Rules, each named after the wire convention it reads:
- PR Newswire: `TARRYTOWN, N.Y., Dec. 10 /PRNewswire/ --` (no year: it comes from the -0- trailer)
- Business Wire: `PASADENA, Calif.--(BUSINESS WIRE)--February 10, 2025--`
- GlobeNewswire / Marketwired / ACCESSWIRE: `BOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) --`
- Newsfile: `New York, New York--(Newsfile Corp. - February 10, 2025) -`
- company-issued: `San Jose, CA (August 10, 1995) --`, `CUPERTINO, Calif.--Dec. 20, 1996--`
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from reportgen.model import Dateline
from reportgen.readers.blocks import Block
from reportgen.readers.rules.prose import SENTENCE_END
from reportgen.text.lexicon import MONTH, MONTHS

# "Dec. 10", "December 10, 2007", "10 December 2007" (months as text/lexicon.py spells them)
DATE_RE = (
    rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}})"
)
_DASH = r"(?:-{1,3}|\u2013|\u2014|\u2015)"

WIRES = [
    (r"PR\s?Newswire(?:-FirstCall|-USNewswire|-Asia|-HISPANIC PR WIRE)?", "PR Newswire"),
    (r"Business\s?Wire|BW\s?HealthWire", "Business Wire"),  # (its health desk's name in the 1990s)
    (r"(?:Nasdaq\s)?GLOBE\s?NEWSWIRE", "GlobeNewswire"),  # ("Nasdaq GlobeNewswire", its name in 2013-2018)
    (r"Marketwired|Marketwire|MARKET WIRE|CCNMatthews", "Marketwired"),
    (r"ACCESSWIRE", "ACCESSWIRE"),
    (r"ACCESS\s?Newswire", "ACCESS Newswire"),  # ACCESSWIRE's name since 2025, as it prints it
    (r"Newsfile Corp\.?", "Newsfile"),
    (r"Canada NewsWire|CNW", "Canada NewsWire"),
    (r"EQS Newswire|EQS-News", "EQS"),
    (r"PRWEB|PRWeb", "PRWeb"),
    (r"BUSINESS WIRE", "Business Wire"),
]
# the small wires and distributors whose releases the markdown archives copy (Newsramp, News Direct,
# TradingView), each in its own spelling
DISTRIBUTOR_WIRES = [
    (r"24-7\s?Press\s?Release", "24-7PressRelease"),
    (r"New\s?Media\s?Wire", "NewMediaWire"),
    (r"Newsworthy\.ai", "Newsworthy.ai"),
    (r"PRISM\s?Media\s?Wire", "PRISM MediaWire"),
    (r"500\s?News\s?Wire", "500NewsWire"),
    (r"Noticias\s?Newswire", "Noticias Newswire"),
    (r"Media\s?OutReach(?:\s?Newswire)?", "Media OutReach Newswire"),
    (r"JCN\s?Newswire", "JCN Newswire"),
    (r"ACN\s?Newswire", "ACN Newswire"),
    (r"The\s?Newswire", "TheNewswire"),
    (r"PR\s?Karma", "PR Karma"),
    (r"News\s?Direct", "News Direct"),
    (r"MFN", "MFN"),
    (r"EQS\s?News", "EQS"),
    (r"pressetext|pt[as]", "pressetext"),  # pressetext's dateline prints its code: "(pta000/10.02.2025/12:08 UTC+1)"
]
WIRES += DISTRIBUTOR_WIRES
# any other wire, by a name that says it is one ("Blockchain Wire", "EIN Presswire"): as printed
_OTHER_WIRE = r"(?:[A-Z0-9][\w&.-]*\s){0,2}(?:[A-Z0-9][\w&.-]*?)?wire"
_WIRE_ANY = "|".join(f"(?:{w})" for w, _ in WIRES) + f"|(?:{_OTHER_WIRE})"

# a place: "TARRYTOWN, N.Y.", "New York, New York", "SAN DIEGO and LONDON", "HONG KONG, China"
# (cities joined by "and" or a dash: "VANCOUVER, B.C., KIBBUTZ YIFAT, Israel, and NEW YORK, NY", "MIAMI — LONDON, U.K.";
# a show before the city: "Networld + INTEROP, Atlanta, Georgia")
_PLACE = (r"(?P<place>[A-Z][A-Za-z\u00C0-\u017F.'`&/+ -]{1,40}"
          r"(?:(?:,\s*|,?\s+and\s+|\s+[\u2013\u2014]\s+)[A-Z][A-Za-z\u00C0-\u017F.'`&/ -]{1,30}){0,5}?)")

# a date with its year ("March 7, 2003", "21 March 2013"), and a time of day ("8:00 a.m.", "9 AM CET")
_DATE_WITH_YEAR = rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH}\.?,?\s+\d{{4}})"
_TIME_OF_DAY = r"\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|[Hh]|Uhr)(?:\s+[A-Z]{2,4}\b)?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"

_PATTERNS = [
    # PLACE--(WIRE)--DATE--      Business Wire
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*{_DASH}\s*(?P<date>{DATE_RE})\s*{_DASH}\s*", re.I),
    # PLACE--(WIRE) via First!--   Business Wire with no date
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*\(\s*(?P<wire>{_WIRE_ANY})\s*\)(?:\s+via [\w!]+)?\s*{_DASH}\s*", re.I),
    # PLACE--(WIRE - DATE) -      Newsfile
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*\(\s*(?P<wire>{_WIRE_ANY})\s*[-\u2013\u2014]\s*(?P<date>{DATE_RE})\s*\)\s*{_DASH}?\s*", re.I),
    # PLACE, DATE /WIRE/ --       PR Newswire
    re.compile(rf"^{_PLACE},?\s+(?P<date>{DATE_RE})\s*/\s*(?P<wire>{_WIRE_ANY})[^/]{{0,20}}/\s*{_DASH}?\s*", re.I),
    # PLACE, DATE (WIRE) --       GlobeNewswire, Marketwired, ACCESSWIRE, PR Newswire web
    re.compile(rf"^{_PLACE},?\s+(?P<date>{DATE_RE})\s*[/(]\s*(?P<wire>{_WIRE_ANY})[^)/]{{0,20}}[)/]\s*{_DASH}?\s*", re.I),
    # PLACE /WIRE/ --           PR Newswire with no date
    re.compile(rf"^{_PLACE},?\s*/\s*(?P<wire>{_WIRE_ANY})[^/]{{0,20}}/\s*{_DASH}\s*", re.I),
    # PLACE / WIRE / DATE /     ACCESSWIRE
    re.compile(rf"^{_PLACE}\s*/\s*(?P<wire>{_WIRE_ANY})\s*/\s*(?P<date>{DATE_RE})\s*/\s*", re.I),
    # PLACE (DATE) --             company-issued
    re.compile(rf"^{_PLACE},?\s*\((?P<date>{DATE_RE})\)\s*{_DASH}\s*", re.I),
    # PLACE -- (DATE),            company-issued: "Fountain Valley, CA-- (December 15, 2000), Kingston ..."
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*\((?P<date>{_DATE_WITH_YEAR})\)\s*[,:]?\s*(?=[A-Z\"\u201c])"),
    # PLACE--DATE--               company-issued, Business Wire without the wire name
    # ("Bothell, Washington - Monday January 31, 2005 -": a weekday before the date)
    # ("SPOKANE, Wash. – Nov. 1, 2006, 4:05 a.m. PST:": a time after the date, and a colon)
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*(?:{_WEEKDAY}\s+)?(?P<date>{DATE_RE})(?:,?\s+(?:at\s+)?{_TIME_OF_DAY})?\s*(?:{_DASH}|:|\.(?=\s+[A-Z]))\s*", re.I),
    # PLACE, DATE --  or  PLACE, DATE:  or  PLACE, DATE...  (a time after the date: "Montpellier, May 23,
    # 2023 at 8:00 a.m. -"; a semicolon after the place: "Melbourne, Australia; 27 June 2023:", or after
    # the date: "BOSTON, Massachusetts, June 24, 2025; A new study ...")
    re.compile(rf"^{_PLACE}[,;]\s+(?P<date>{DATE_RE})(?:,?\s+(?:at\s+)?{_TIME_OF_DAY})?\s*(?:{_DASH}|:|;(?=\s+[A-Z])|\.\.\.|\.\s\.\s\.|\u2026)\s*", re.I),
    # PLACE, DATE. Text  or  PLACE, DATE Text     a European or company-issued dateline with its year and
    # no dash: "Dreieich, 21 March 2013. Biotest ...", "Luxembourg, 21 April 2023 Today ..."
    re.compile(rf"^{_PLACE}[,;]\s+(?P<date>{_DATE_WITH_YEAR})[.,]?\s+(?=[A-Z\"\u201c])"),
    # the 1990s' company-issued and wire forms:
    # (PLACE -- DATE)             "(West Chester, PA --- February 1, 1993) Commodore ..."
    re.compile(rf"^\(\s*{_PLACE}\s*{_DASH}\s*(?P<date>{DATE_RE})\s*\)\s*{_DASH}?\s*", re.I),
    # (PLACE) DATE --             "(San Francisco) July 10, 1996 -- Moving rapidly ..."
    re.compile(rf"^\(\s*{_PLACE}\s*\)\s*(?P<date>{DATE_RE})\s*(?:{_DASH}|:)?\s*", re.I),
    # PLACE (DATE) WIRE -         "NEW YORK (AUG. 19) PR NEWSWIRE - Commodore ..."
    re.compile(rf"^{_PLACE}\s*\((?P<date>{DATE_RE})\)\s*(?P<wire>{_WIRE_ANY})\s*{_DASH}\s*", re.I),
    # PLACE, YEAR MON DAY --      "Hauppauge, New York, U.S.A. , 1996 NOV 12 -- SOFTBANK ..."
    re.compile(rf"^{_PLACE}\s*,\s*(?P<date>\d{{4}}\s+{MONTH}\.?\s+\d{{1,2}})\s*{_DASH}\s*", re.I),
    # PLACE (DATE) Text           "Hauppauge, New York, U.S.A. (November 12, 1996) SOFTBANK ..." (no dash)
    re.compile(rf"^{_PLACE},?\s*\((?P<date>{DATE_RE})\)\s*(?=[A-Z\"\u201c])", re.I),
    # PLACE -- (no date)          datelines with no date
    re.compile(r"^(?P<place>[A-Z][A-Z.'&/ -]{2,30}(?:,\s*[A-Z][A-Za-z.' ]{1,20}){0,2})\s*(?:--|\u2014|\u2013)\s*(?=[A-Z])"),
    # City, State-- (no date, the place in mixed case: `Jersey City, New Jersey-- Food Concepts ...`;
    # its region a state or a country, as a line of its own's; a single hyphen between spaces too:
    # `Overland Park, KS - The U.S. ...`)
    re.compile(r"^(?P<place>[A-Z][A-Za-z.' ]{1,25}(?:,\s*[A-Z][A-Za-z.' ]{1,20}){1,2})(?:\s*(?:--|\u2014|\u2013)|\s-)\s*(?=[A-Z])(?P<lone>)"),
    # PLACE - (no date, a single hyphen between spaces: `ATLANTA - Southern Company`)
    re.compile(r"^(?P<place>[A-Z][A-Z.'&/]{2,}(?: [A-Z][A-Z.'&/]+){0,3}(?:,\s*[A-Z][A-Za-z.' ]{1,20}){0,2}) - (?=[A-Z0-9])"),
    # (PLACE) Text  (no date: "(LONDON, Ontario) London Health Sciences Centre is ...", its region a state,
    # a province or a country)
    re.compile(r"^\((?P<place>[A-Z][A-Za-z.' ]{1,25},\s*[A-Z][A-Za-z.' ]{1,20})\)\s+(?=[A-Z])(?P<lone>)"),
]

_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z][A-Za-z_]*(?:/[A-Za-z_]+)?|[A-Z]{2,4}))?"

# the datelines of the small wires' and distributors' copies, tried first: each names its wire or
# prints a form no other rule reads
_COPY_PATTERNS = [
    # PLACE - DATE (WIRE) -       NewMediaWire; `PLACE — DATE — (WIRE) —`  Noticias Newswire
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*(?P<date>{DATE_RE})\s*{_DASH}?\s*\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*{_DASH}\s*", re.I),
    # PLACE, DATE - (WIRE) --     500NewsWire, JCN Newswire, a News Direct copy's "(PlatoAI)"
    re.compile(rf"^{_PLACE},?\s+(?P<date>{DATE_RE})\s*{_DASH}\s*\(\s*(?P<wire>{_WIRE_ANY}|[A-Z][A-Za-z0-9.]*[A-Z][A-Za-z0-9.]*)\s*\)\s*{_DASH}\s*"),
    # PLACE, DATE – WIRE (...) –  PRISM MediaWire, TheNewswire ("CALGARY, ALBERTA, February 10, 2025– TheNewswire –")
    re.compile(rf"^{_PLACE}(?:,|\s*{_DASH}|\s*/)?\s*(?P<date>{DATE_RE})\s*{_DASH}\s*(?P<wire>{_WIRE_ANY})(?:\s*\([^)]{{0,80}}\))?\s*{_DASH}\s*", re.I),
    # PLACE (WIRE) Weekday DATE @ TIME Zone —     Newsworthy.ai
    re.compile(rf"^{_PLACE}\s*\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*(?:{_WEEKDAY}\s+)?(?P<date>{DATE_RE})(?:\s*@\s*{_TIME})?\s*{_DASH}\s*", re.I),
    # DATE – PLACE –              a company's dateline with the date first: "17 February 2016 – Sydney, Australia & Auckland,
    # New Zealand – Acme Limited has ...", "2006-12-20 - DETROIT – In addition ..."
    re.compile(rf"^(?:(?P<date>{_DATE_WITH_YEAR})|(?P<ndate>\d{{4}}-\d{{2}}-\d{{2}}))\s*{_DASH}\s*{_PLACE}\s*{_DASH}\s*(?=[A-Z])"),
    # (WIRE) - DATE - PLACE —     NewMediaWire, the place after the date
    re.compile(rf"^\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*{_DASH}\s*(?P<date>{DATE_RE})\s*{_DASH}\s*{_PLACE}\s*{_DASH}\s*(?=\S)", re.I),
    # (WIRE) PLACE, DATE --      a distributor's copy with its name before the dateline ("(PressMediaWire) NEW YORK, Jan. 7 --")
    re.compile(rf"^\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*{_PLACE},?\s+(?P<date>{DATE_RE})\s*(?:/[^/]{{0,30}}/\s*)?{_DASH}\s*", re.I),
    # PLACE - WIRE - DATE -       Media OutReach Newswire
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*(?P<wire>{_WIRE_ANY})\s*{_DASH}\s*(?P<date>{DATE_RE})\s*{_DASH}\s*", re.I),
    # PLACE / WIRE / DATE TIME    PR Karma (a line of its own)
    re.compile(rf"^{_PLACE}\s*/\s*(?P<wire>{_WIRE_ANY})\s*/\s*(?P<date>{DATE_RE})(?:\s+\d{{1,2}}:\d{{2}})?\s*(?:/\s*|$)", re.I),
    # PLACE - DATE / Company /    Press Services: the slashes name the issuer, not a wire
    re.compile(rf"^{_PLACE}\s*{_DASH}\s*(?P<date>{DATE_RE})\s*/\s*[^/]{{1,80}}/\s*"),
    # PLACE, DATE (EXCHANGE: SYMBOL):   a Nordic announcement's dateline with the ticker
    # (the ticker stays with the lead, where the issuer's is looked for)
    re.compile(rf"^{_PLACE},\s+(?P<date>{DATE_RE})\s*(?=\([A-Z][\w .]{{0,24}}:\s*[\w.]{{1,10}}\)\s*(?::|{_DASH}))"),
    # PLACE, DD.MM.YYYY (ptaNNN/DD.MM.YYYY/HH:MM UTC+1)     pressetext, the date in figures
    re.compile(rf"^{_PLACE},\s+(?P<ndate>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s*\(\s*(?P<wire>pt[as])\d{{3}}/[^)]{{0,40}}\)\s*{_DASH}?\s*", re.I),
    # City – DATE  or  City, DATE   a dateline on a line of its own, a city alone and a full date ("Bengaluru – March 25,
    # 2019", "Zug, August 23rd, 2024"; not a table's line: "Revenue – March 31, 2025")
    re.compile(rf"^(?P<place>(?!(?:Revenue|Revenues|Sales|Income|Total|Net|Balance|Period|Quarter|Year|Updated|Posted|Published|As of)\b)"
               rf"[A-Z][A-Za-z.'-]{{2,25}}(?: [A-Z][A-Za-z.'-]+){{0,2}})\s*(?:{_DASH}|,)\s*(?P<date>{_DATE_WITH_YEAR})\s*$"),
    # (WIRE) PLACE –               a copy's wire before a dateline with no date: "(CNW) Smiths Falls, Ont. – Canopy ..."
    re.compile(rf"^\(\s*(?P<wire>{_WIRE_ANY})\s*\)\s*(?P<place>[A-Z][A-Za-z.' ]{{1,25}},\s*[A-Z][A-Za-z.' ]{{1,20}})\s*{_DASH}\s*(?=[A-Z])(?P<lone>)", re.I),
    # City, Region – DATE         a dateline on a line of its own (Reportable)
    # (its region a state or a country: "Revenue, Net - March 31, 2025" is a table's line)
    re.compile(rf"^(?P<place>[A-Z][A-Za-z.' ]{{1,25}}(?:,\s*[A-Z][A-Za-z.' ]{{1,20}}){{1,2}})\s*{_DASH}\s*(?P<date>{DATE_RE})\s*$(?P<lone>)"),
]

# Canada's provinces, by name and abbreviation
PROVINCES = {
    "british columbia", "alberta", "ontario", "quebec", "manitoba", "saskatchewan", "nova scotia", "new brunswick",
    "newfoundland", "newfoundland and labrador", "prince edward island", "b.c", "alta", "ont", "que", "man", "sask",
    "n.s", "n.b", "nfld", "p.e.i", "bc", "ab", "qc", "mb", "sk", "nl", "pe",
}
US_STATES = {
    "ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii", "idaho",
    "ill", "ind", "iowa", "kan", "kans", "ky", "la", "maine", "md", "mass", "mich", "minn", "miss",
    "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "ohio", "okla", "ore",
    "pa", "r.i", "s.c", "s.d", "tenn", "texas", "tex", "utah", "vt", "va", "wash", "w.va", "wis",
    "wyo", "d.c", "ca", "ny", "nj", "ma", "tx", "wa", "il", "fl", "nc", "co", "california", "new york", "massachusetts", "new jersey", "pennsylvania", "florida", "illinois",
    "washington", "north carolina", "maryland", "connecticut", "colorado", "georgia", "michigan",
    "minnesota", "oregon", "virginia", "tennessee", "arizona", "indiana", "missouri",
    "wisconsin", "nevada", "delaware", "new hampshire", "new mexico", "rhode island", "vermont",
    "kentucky", "louisiana", "alabama", "oklahoma", "kansas", "nebraska", "south carolina",
    "ne", "mn", "oh", "mi", "az", "nv", "ut", "ct", "ri", "nh", "me", "de", "dc",
    # the rest of the postal codes and names
    "ak", "al", "ar", "hi", "ia", "id", "in", "ks", "ms", "mt", "nd", "nm", "ok", "or", "sc", "sd", "tn",
    "wi", "wv", "wy", "pr", "mississippi", "montana", "north dakota", "south dakota", "west virginia",
    "wyoming", "arkansas", "puerto rico",
}
COUNTRIES = {
    "canada", "china", "japan", "germany", "france", "united kingdom", "uk", "england", "sweden",
    "denmark", "finland", "norway", "switzerland", "israel", "india", "australia", "ireland",
    "the netherlands", "netherlands", "belgium", "spain", "italy", "singapore", "south korea",
    "korea", "hong kong", "taiwan", "brazil", "mexico", "united arab emirates", "uae", "austria",
    "south africa", "new zealand", "argentina", "chile", "peru", "colombia", "poland", "czech republic", "portugal",
    "greece", "turkey", "saudi arabia", "qatar", "egypt", "nigeria", "kenya", "ghana", "indonesia", "malaysia",
    "thailand", "vietnam", "philippines", "the philippines", "luxembourg", "iceland", "hungary", "romania", "estonia",
    "latvia", "lithuania", "scotland", "wales", "northern ireland", "ukraine", "cyprus", "malta", "monaco", "bermuda",
    "cayman islands", "people's republic of china", "p.r. china", "republic of korea", "united states", "usa",
}


@dataclass
class DatelineMatch:
    dateline: Dateline
    end: int  # where the body text starts after the dateline
    month: Optional[int]
    day: Optional[int]
    year: Optional[int]


def month_number(name: str) -> int:
    """"Dec", "December", "SEPT" -> the month's number."""
    return MONTHS[name.lower()]


def parse_date(text: str, default_year: Optional[int] = None) -> Optional[dt.date]:
    """A date as printed ("Dec. 10", "February 10, 2025", "10 March 2024"); None if there is none."""
    m = re.search(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", text, re.I)
    if m:
        month, day = month_number(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else default_year
    else:
        m = re.search(rf"\b(\d{{1,2}})\s+({MONTH})\.?,?\s+(\d{{4}})", text, re.I)
        if not m:
            return None
        month, day, year = month_number(m.group(2)), int(m.group(1)), int(m.group(3))
    if not year:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# a date in figures: ISO `2025-02-10`, European `10.02.2025` (day first), `01/08/2008` (month first,
# as the US prints it, unless the first figure cannot be a month)
_NUMERIC_DATE = re.compile(r"\b(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>\d{4})"
                           r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>\d{4}))(?!\d)")


def numeric_date(text: str) -> Optional[dt.date]:
    """The first date printed in figures in `text`; None when there is none (or it is no date)."""
    m = _NUMERIC_DATE.search(text)
    if not m:
        return None
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("ey"):
        y, mo, d = int(m.group("ey")), int(m.group("em")), int(m.group("ed"))
    else:
        a, b = int(m.group("a")), int(m.group("b"))
        y, (mo, d) = int(m.group("sy")), ((b, a) if a > 12 else (a, b))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def wire_name(raw: Optional[str]) -> Optional[str]:
    """The wire's usual spelling of a name as printed ("(NEWMEDIAWIRE)" -> NewMediaWire)."""
    if not raw:
        return None
    raw = " ".join(raw.split())
    for pattern, name in WIRES:
        if re.fullmatch(pattern, raw, re.I):
            return name
    return _title_case(raw) if raw.isupper() and " " in raw else raw


def _is_region_part(part: str) -> bool:
    """A region after a city, before a second ALL-CAPS city: "Mass.", "B.C.", "NY" (not "NEW YORK")."""
    return not part.isupper() or "." in part or len(part) <= 3


def first_place(place: str) -> str:
    """A multi-city dateline (`MELBOURNE, Australia and SAN FRANCISCO`, `CAMBRIDGE, Mass., ROTTERDAM,
    Netherlands and SHANGHAI`) names its first city first: the city, region and country are its."""
    place = re.split(r",?\s+(?:and|&)\s+|\s+[\u2013\u2014]\s+", place.strip())[0]
    parts = [p.strip() for p in place.split(",") if p.strip()]
    # a second ALL-CAPS city after the first city's region: "CAMBRIDGE, Mass., ROTTERDAM, ..."
    for i in range(2, len(parts)):
        if parts[i].isupper() and len(parts[i]) > 3 and _is_region_part(parts[i - 1]) and not _is_country(parts[i]):
            parts = parts[:i]
            break
    return ", ".join(parts)


def _is_country(part: str) -> bool:
    """"U.S.A.", "U.K.", "Canada": a country as a dateline prints it."""
    key = part.strip().lower()
    return key in COUNTRIES or key.replace(".", "") in COUNTRIES


def _is_us_state(part: str) -> bool:
    return part.strip().lower().rstrip(".") in US_STATES


def _without_venue(parts: list[str]) -> list[str]:
    """The show or venue the news is made at, before the city and its state ("Networld + INTEROP,
    Atlanta, Georgia", "COMDEX/Fall, Las Vegas, Nev."), is no city."""
    if len(parts) == 3 and _is_us_state(parts[2]) and not _is_us_state(parts[1]) and not _is_country(parts[1]):
        return parts[1:]
    return parts


def all_cities(place: str) -> list[str]:
    """Every city of a dateline, in order: `SAN DIEGO and LONDON` -> [San Diego, London];
    `CAMBRIDGE, Mass., ROTTERDAM, Netherlands and SHANGHAI` -> [Cambridge, Rotterdam, Shanghai]."""
    place = place.strip().rstrip("-\u2013\u2014 ,/")
    cities: list[str] = []
    for piece in re.split(r",?\s+(?:and|&)\s+|\s*;\s*|\s*/\s*|\s+[\u2013\u2014]\s+", place):
        parts = _without_venue([p.strip() for p in piece.split(",") if p.strip()])
        if not parts:
            continue
        starts = [0]
        # "CAMBRIDGE, Mass., ROTTERDAM, Netherlands": an ALL-CAPS part after a region is a city
        for i in range(2, len(parts)):
            if parts[i].isupper() and len(parts[i]) > 3 and _is_region_part(parts[i - 1]) and not _is_country(parts[i]):
                starts.append(i)
        for i in starts:
            city = parts[i]
            if cities and not city.isupper() and (city.lower().rstrip(".") in US_STATES or city.lower() in COUNTRIES):
                continue  # "NEW YORK and LONDON" is two cities; "..., Calif. and Israel" adds none
            if city.isupper():
                city = _title_case(city)
            if city not in cities:
                cities.append(city)
    return cities


def _split_place(place: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    place = first_place(place.strip().rstrip("-\u2013\u2014 ,/"))
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return None, None, None
    parts = _without_venue(parts)
    city = parts[0]
    if city.isupper() or city.upper() == city:
        city = _title_case(city)
    region = parts[1] if len(parts) > 1 else None
    country = parts[2] if len(parts) > 2 else None
    if region and region.isupper() and len(region) > 4 and "." not in region:
        region = _title_case(region)  # "NEW HAMPSHIRE", "CALIFORNIA"
    if region and not country:
        key = region.lower().rstrip(".")
        if key in COUNTRIES:
            region, country = None, region
        elif key in US_STATES:
            country = "United States"
    return city, region, country


def _title_case(s: str) -> str:
    small = {"and", "of", "de", "la", "du"}
    words = []
    for i, w in enumerate(s.lower().split(" ")):
        if i and w in small:
            words.append(w)
        else:
            words.append("-".join(_cap(p) for p in w.split("-")))
    return " ".join(words)


def _cap(word: str) -> str:
    """"mclean" -> "McLean", "o'fallon" -> "O'Fallon", "paris" -> "Paris"."""
    if re.match(r"^mc[a-z]{2}", word):
        return "Mc" + word[2:3].upper() + word[3:]
    if re.match(r"^o['\u2019][a-z]", word):
        return word[:2].upper() + word[2:3].upper() + word[3:]
    return word[:1].upper() + word[1:]


_NOT_A_PLACE = re.compile(r"^(?:The|This|In|On|For|As|At|Our|We|Today|Net|Basic|Diluted|Total"
                          r"|RNS|DGAP|EQS|ASX|TSX|NYSE|NASDAQ|Nasdaq|LSE|AIM|OTC\w*)\b")  # (a service's or an exchange's name)


def match_dateline(text: str) -> Optional[DatelineMatch]:
    """The dateline at the start of `text`, or None."""
    head = text[:260]
    for pattern in (*_COPY_PATTERNS, *_PATTERNS):
        m = pattern.match(head)
        if not m:
            continue
        place = m.group("place")
        if _NOT_A_PLACE.match(place) or len(place.split()) > 9:
            continue
        city, region, country = _split_place(place)
        if m.groupdict().get("lone") is not None and not (country or (region and region.lower().rstrip(".") in US_STATES | PROVINCES)):
            continue
        date_text = m.groupdict().get("date")
        month = day = year = None
        figures = numeric_date(m.groupdict().get("ndate") or "")
        if figures:
            year, month, day = figures.year, figures.month, figures.day
        elif date_text:
            dm = re.search(r"(\d{4})", date_text)
            year = int(dm.group(1)) if dm else None
            d = parse_date(date_text, default_year=year or 2000)
            if d:
                month, day = d.month, d.day
        wire = wire_name(m.groupdict().get("wire"))
        cities = all_cities(place) if city else []
        if city and (not cities or cities[0] != city):
            cities = [city] + [c for c in cities if c != city]
        dateline = Dateline(
            city=city, region=region, country=country, wire=wire, cities=cities,
            date=dt.date(year, month, day).isoformat() if (year and month) else None,
            text=text[: m.end()].strip(),
        )
        return DatelineMatch(dateline, m.end(), month, day, year)
    return None


def with_year(match: DatelineMatch, year: int) -> Dateline:
    """The dateline with its year filled in from elsewhere in the release (the -0- trailer)."""
    d = match.dateline.model_copy()
    if match.month and match.day:
        try:
            d.date = dt.date(year, match.month, match.day).isoformat()
        except ValueError:
            pass
    return d


# the dateline among a release's blocks ------------------------------------------------------------

DATELINE_SEARCH_BLOCKS = 60  # the dateline opens one of the first blocks
REPRINT_LOOKAHEAD_BLOCKS = 5  # a bare place and date this close above the real dateline is a reprint's copy
BARE_DATELINE_MAX_CHARS = 120
BARE_PLACE_MAX_WORDS = 3  # "... Ended 31 December 2008" is a headline, not a place and a date
SECOND_RELEASE_MIN_GAP = 3  # blocks between the first dateline and a second release's
SECOND_DATELINE_MIN_TEXT = 20  # a second release's dateline opens a paragraph with this much after it
SECOND_HEADLINE_MAX_CHARS = 200


def is_bare_dateline(text: str) -> bool:
    """A place and a date and nothing else: a reprint's copy of the dateline above the release."""
    m = re.match(rf"^[A-Z][A-Za-z.' -]+(?:,\s*[A-Za-z.' -]+)*?(?P<sep>,|\s*(?:--|\u2014|\u2013))?\s+({DATE_RE})\s*$", text)
    if not m or len(text) >= BARE_DATELINE_MAX_CHARS:
        return False
    # "... Reports Results for the Six Months Ended 31 December 2008" is a headline: without a comma
    # or a dash before the date the place is a few words at most
    return bool(m.group("sep")) or len(text[: m.start(2)].split()) <= BARE_PLACE_MAX_WORDS


def find_dateline(blocks: list[Block]) -> tuple[int, Optional[DatelineMatch]]:
    """(index, match) of the block that opens with the dateline, (-1, None) if none does. A bare
    place and date (`PARIS -- February 13, 2025`) printed above the real dateline is passed over."""
    for i, b in enumerate(blocks[:DATELINE_SEARCH_BLOCKS]):
        if b.kind in ("table", "heading"):
            continue
        m = match_dateline(b.text)
        if m and is_bare_dateline(" ".join(b.text.split())) and any(
                x.kind not in ("table", "heading") and match_dateline(x.text) and not is_bare_dateline(" ".join(x.text.split()))
                for x in blocks[i + 1:i + 1 + REPRINT_LOOKAHEAD_BLOCKS * 6]):  # (a deck's bullets may stand between)
            continue
        if m:
            return i, m
    return -1, None


GLUED_HEADLINE_MIN_WORDS = 3
GLUED_SEARCH_BLOCKS = 5


def split_glued_dateline(blocks: list[Block], is_furniture: Callable[[str], bool]) -> list[Block]:
    """A headline and its dateline printed in one paragraph, a wide gap between them (a 1990s wire
    copy: `... BONUS CIRCULATION  NEW YORK, Aug. 8 /PRNewswire/ -- The ...`): the block split at the
    gap when the headline before it is in capitals and a dateline with its wire or date follows."""
    for i, b in enumerate(blocks[:GLUED_SEARCH_BLOCKS]):
        if b.kind in ("table", "heading"):
            continue
        lines = b.source_lines()
        for j, line in enumerate(lines):
            for gap in re.finditer(r"\S(\s{2,})(?=[A-Z])", line):
                before = " ".join(" ".join(lines[:j] + [line[:gap.start(1)]]).split())
                after = " ".join([line[gap.end(1):]] + lines[j + 1:])
                letters = [c for c in before if c.isalpha()]
                m = match_dateline(" ".join(after.split()))
                if (len(before.split()) >= GLUED_HEADLINE_MIN_WORDS and letters and not is_furniture(before) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
                        and m and (m.dateline.wire or m.dateline.date)):
                    head = Block(before, kind="para", lines=lines[:j] + [line[:gap.start(1)]], origin=b.origin, index=b.index)
                    rest = Block(" ".join(after.split()), kind=b.kind, lines=[line[gap.end(1):]] + lines[j + 1:], origin=b.origin, index=b.index)
                    return blocks[:i] + [head, rest] + blocks[i + 1:]
        split = _split_at_shouted_dateline(b, is_furniture)
        if split:
            return blocks[:i] + split + blocks[i + 1:]
    return blocks


GLUED_LINE_SEARCH_CHARS = 600
# where a wire's dateline may start inside a run of text: a shouted city and its comma or dash ("VISTA, Calif.--",
# "ROCKVILLE, Md--")
_SHOUTED_PLACE = re.compile(r"\s(?=[A-Z][A-Z.'&-]{2,}(?:\s[A-Z][A-Z.'&-]+){0,3}\s*(?:,|--|\u2014))")


def _split_at_shouted_dateline(b: Block, is_furniture: Callable[[str], bool]) -> Optional[list[Block]]:
    """A release whose line breaks were lost (the whole text on one line): the block split before a wire's
    dateline after a shouted city (`... Year to Date Results VISTA, Calif.--(BUSINESS WIRE)--Nov. 3, 2004--`)."""
    text = b.text
    if len(text) < 2 * GLUED_LINE_SEARCH_CHARS:
        return None
    for cut in _SHOUTED_PLACE.finditer(text[:GLUED_LINE_SEARCH_CHARS]):
        before, after = text[: cut.start()].strip(), text[cut.end():]
        m = match_dateline(after)
        if m and m.dateline.wire:
            before = _without_repeated_dateline(before, after)
        if m and m.dateline.wire and len(before.split()) >= GLUED_HEADLINE_MIN_WORDS and not is_furniture(before):
            return [Block(before, kind="para", lines=[before], origin=b.origin, index=b.index),
                    Block(after, kind=b.kind, lines=[after], origin=b.origin, index=b.index)]
    return None


_WIRE_BYLINE = re.compile(r"\s+(?:PR\s?Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|GlobeNewswire|ACCESSWIRE|Newsfile)\s*$", re.I)


def _without_repeated_dateline(before: str, after: str) -> str:
    """"Acme Completes Purchase PR Newswire CLEARWATER, Fla., March 21, 2016" before "CLEARWATER, Fla., March 21,
    2016 /PRNewswire/ --": the page's byline, the place and date printed again, is no part of the headline."""
    head = re.match(r"[^/(]{8,80}?\d{4}", after)
    if head and before.endswith(head.group(0).strip()):
        before = _WIRE_BYLINE.sub("", before[: -len(head.group(0).strip())]).strip()
    return before


def split_second_release(blocks: list[Block], dl_index: int) -> tuple[list[Block], Optional[str]]:
    """A filing exhibit that holds two releases: the body ends where a second wire dateline (with
    a wire name or a date) opens a paragraph; its headline, the short block before it, goes too."""
    if dl_index < 0:
        return blocks, None
    for i in range(dl_index + SECOND_RELEASE_MIN_GAP, len(blocks)):
        b = blocks[i]
        if b.kind in ("table", "heading", "item"):
            continue
        m = match_dateline(b.text)
        if m and (m.dateline.wire or m.dateline.date) and len(b.text) > len(m.dateline.text or "") + SECOND_DATELINE_MIN_TEXT:
            cut = i
            while (cut - 1 > dl_index and len(blocks[cut - 1].text) < SECOND_HEADLINE_MAX_CHARS
                   and not SENTENCE_END.search(blocks[cut - 1].text.strip()) and blocks[cut - 1].kind != "table"):
                cut -= 1
            return blocks[:cut], f"the file holds more than one release; only the first ({blocks[dl_index].text[:40].strip()}...) was read"
    return blocks, None
