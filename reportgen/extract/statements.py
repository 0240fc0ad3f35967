"""Sentences a briefing selects: guidance (outlook), why the news matters, safety findings, dividends,
deals, and the opening sentence of each paragraph of the news. Each is a `Statement` with its source span; the
briefings choose among them and never read the release's text themselves."""

from __future__ import annotations

import re

from reportgen.model import Statement
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES, THIRD_PARTY_FORECAST

# Quoted words are the speaker's, not the release's statement of fact.
# A defined term in quotation marks ('("NextTrip" or the "Company")') quotes nobody: a quotation
# opens the sentence, runs over from the sentence before (an odd mark), or holds four words or
# more between a pair of marks.
_MARK = re.compile(r"[“”\"]")
QUOTATION_MIN_WORDS = 4


def _quoted(text: str) -> bool:
    marks = [m.start() for m in _MARK.finditer(text)]
    if marks and (not text[:marks[0]].strip() or len(marks) % 2):
        return True  # opens with a quotation, or holds one part of a quotation that spans sentences
    return any(len(text[a + 1:b].split()) >= QUOTATION_MIN_WORDS for a, b in zip(marks[::2], marks[1::2]))


_OPENS_WITH_QUOTE = ('"', "“")

# --- outlook: "expects full-year revenue of ..." ------------------------------------------------------
OUTLOOK_MAX_CHARS, OUTLOOK_MAX = 400, 8
_OUTLOOK = re.compile(r"\b(outlook|guidance|expects?|expected|anticipates?|forecasts?|projects?|targets?|"
                      r"reaffirm\w*|reiterat\w*|maintain\w*|narrow\w*|rais(?:es|ed|ing)|lower(?:s|ed|ing)?|"
                      r"updat(?:es|ed|ing)|sees)\b", re.I)
_OUTLOOK_MEASURE = re.compile(
    r"\b(revenues?|sales|earnings|EPS|margins?|profit|income|cash flows?|per share|EBITDA|EBIT|FFO|AFFO|NOI|"
    r"expenses?|costs?|capital expenditures?|capex|tax rate|growth|production|volumes?|shipments|deliveries|"
    r"bookings|ARR|occupancy|same[- ]store|dividends?|distributions?|free cash|operating cash|net loss|"
    r"invest(?:ments?)?|spend(?:ing)?|debt|leverage|repurchases?|buybacks?)\b", re.I)
# an outlook section ("2025 Outlook", "Guidance", "Financial expectations") states guidance line by line,
# often with no figure ("to increase modestly") and with the cue in its opening line only
_OUTLOOK_HEADING = re.compile(r"\b(?:outlook|guidance|forecast|expectations|looking ahead)\b", re.I)
_DIRECTION = re.compile(r"\b(?:increas|decreas|grow|growth|declin|flat|improv|expand|contract|in line with|"
                        r"consistent with|similar to)", re.I)
_OUTLOOK_PERIOD = re.compile(r"\b(?:20\d\d|fiscal|full[- ]year|quarter|year)\b", re.I)

# --- significance: firsts, unmet need, the road to market ---------------------------------------------
SIGNIFICANCE_MAX_CHARS = 400
# 'first' and 'only' as a claim ('first-in-class', 'the only approved therapy'), not as a count or an
# adverb ('the first cohort', 'the first year', 'kill only cancer cells', 'for information only');
# 'registration' as the road to market ('registrational trial'), not a filing or a sign-up
_NOT_A_FIRST = (r"remission|half|quarter|year|month|week|day|time|patients?|participants?|subjects?|cohort|dose|"
                r"part|stage|round|tranche|closing|visit|review|batch|onset|line|(?:sub-?group\s+)?analysis|sub-?group|interim|"
                r"data|results|two|three|several|few")
_MATTERS = re.compile(rf"\b(first(?![\s-]+(?:{_NOT_A_FIRST})\b)|(?:the|its|our|first\s+and)\s+only|"
                      r"only\s+(?=(?:FDA[\s-]|approved|available|therapy|treatment|option|product|drug|medicine|company)\b)|"
                      r"unmet|no (?:currently )?available|"
                      r"(?<!not been )(?<!not been reviewed or )(?<!not yet )approv\w*|marketing authori[sz]ation|"
                      r"registrational|registration[\s-](?:enabling|directed|stage|trials?|stud(?:y|ies)|program)|pivotal|"
                      r"standard of care|market(?:ed|ing)? exclusivity|launch\w*)\b", re.I)
# a section or a sentence on how to join the call, on prescribing or on a person's career says
# nothing about why the news matters
_NOT_SIGNIFICANT_HEADING = re.compile(r"\b(?:conference\s+call|webcast|call\s+details|dial|registration|"
                                      r"important\s+safety|indications?(?:\s+and\s+usage)?$|prescribing|"
                                      r"biograph)", re.I)
_NOT_SIGNIFICANT = re.compile(r"\b(?:conference\s+(?:call|ID)|dial[\s-]in|phone\s+number|passcode|access\s+code|"
                              r"webcast|replay|brings\s+(?:over|more\s+than|nearly|almost)?\s*\d+\s+years|"
                              r"years\s+of\s+(?:\w+\s+){0,3}experience|is\s+a\s+prescription\s+medicine)\b", re.I)
SIGNIFICANCE_MIN_WORDS = 6
_P_VALUE = re.compile(r"\b[pP]\s*[<=>≤]")
# Safe-harbor and legal boilerplate that can sit outside the section that holds it.
_BOILERPLATE = re.compile(r"forward[- ]looking|assumes? no obligation|Private Securities Litigation", re.I)

# --- safety: adverse events, tolerability --------------------------------------------------------------
_SAFETY = re.compile(r"\b(adverse (?:event|reaction)s?|side[- ]effects?|tolerab\w+|toxicit\w+|"
                     r"safety (?:profile|data|results|population)|well tolerated|discontinu\w+ due)\b", re.I)

# --- dividends and deals: what an investor looks for first ---------------------------------------------
_MONEY = (r"(?:(?:US|C|A|R|HK|NT)?\$|€|£|¥|\b(?:USD|EUR|GBP|CAD|RMB|CHF)\s?)\s?\d[\d,.]*|"
          r"\b\d[\d,.]*\s*(?:cents?|¢|pence|euros?|dollars?)\b")
# the amount next to the word: 'a dividend of $0.85 per share', '$0.26 quarterly dividend'
_DIVIDEND = re.compile(rf"\b(?:dividends?|(?:cash\s+)?distributions?)\b[^.;]{{0,40}}?(?:{_MONEY})|"
                       rf"(?:{_MONEY})[^.;]{{0,30}}?\b(?:dividends?|(?:cash\s+)?distributions?)\b", re.I)
_DIVIDEND_ACT = re.compile(r"\b(?:declar\w+|approv\w+|payable|recommend\w*|propos\w+|reinstat\w+|resum\w+|will pay|to pay|"
                           r"to be paid|increas\w+|rais(?:e|es|ed|ing)|maintain\w*)\b", re.I)
# a table's footnote ('(C) Includes $0.70 per share of distributions declared ...') announces nothing
_FOOTNOTE = re.compile(r"^\s*(?:\(\w{1,2}\)|\[\w{1,2}\]|\*+)\s")
DIVIDEND_MAX = 3
DEAL_MAX = 3
_DEAL = re.compile(r"\b(acquir(?:e|es|ed|ing)|acquisition|merg(?:er|e|es|ed|ing)|business combination|"
                   r"tender offer|divest\w*|(?:private|public|registered direct|underwritten)\s+(?:placement|offering)|"
                   r"offering of|financing|(?:loan|credit) facility|raised|raises|sale of (?:its|the|our))\b", re.I)
_DEAL_ACT = re.compile(r"\b(?:agree\w*|agreement|complet\w+|clos(?:e|es|ed|ing)|announc\w+|enter\w*|sign\w*|"
                       r"priced|pricing|receiv\w+|secur\w+|raised|raises)\b", re.I)
# definitions of adjusted measures name acquisitions without announcing one
_DEAL_NOT = re.compile(r"\b(?:non-GAAP|GAAP|IFRS|exclud\w+|represents|amorti[sz]ation|impairment|"
                       r"(?:costs?|expenses?|charges?) (?:related|associated|incurred))\b", re.I)


def _statements(index: SentenceIndex, skipped: tuple[str, ...], wanted, limit: int,
                sentence: bool = False) -> list[Statement]:
    """The first `limit` sentences (each text once) outside `skipped` roles and quotations for which
    `wanted(text)` (`wanted(sentence)` with `sentence`) gives a cue."""
    out: list[Statement] = []
    seen: set[str] = set()
    for paragraph in _paragraphs(index, skipped):
        for s in paragraph:
            if s.text in seen or _quoted(s.text):
                continue
            cue = wanted(s if sentence else s.text)
            if cue:
                seen.add(s.text)
                out.append(Statement(text=s.text, source=s.span(), cue=cue))
                if len(out) >= limit:
                    return out
    return out


def _dividend_cue(text: str):
    m = _DIVIDEND.search(text)
    return m.group(0) if m and _DIVIDEND_ACT.search(text) and not _FOOTNOTE.match(text) else None


def _deal_cue(text: str):
    m = _DEAL.search(text)
    return m.group(1) if m and _DEAL_ACT.search(text) and not _DEAL_NOT.search(text) \
        and not _BOILERPLATE.search(text) else None


def find_dividends(index: SentenceIndex) -> list[Statement]:
    """Sentences declaring a dividend or distribution with its amount beside it."""
    return _statements(index, (*SKIPPED_ROLES, "about"), _dividend_cue, DIVIDEND_MAX)


def find_deals(index: SentenceIndex) -> list[Statement]:
    """The first sentences of the news announcing an acquisition, merger, sale or financing: a deal
    word and a deal act ('entered into an agreement to acquire', 'closed its offering')."""
    return _statements(index, (*SKIPPED_ROLES, "about", "contacts", "background"), _deal_cue, DEAL_MAX)


# --- topic sentences: the opening of each paragraph of the news ---------------------------------------
TOPIC_MIN_CHARS, TOPIC_MAX_CHARS = 40, 400
_TOPIC_ROLES = ("lead", "body")
_DIAL_IN = re.compile(r"@|\bcall\b.*\d{3}|webcast|conference call", re.I)


def _paragraphs(index: SentenceIndex, skipped: tuple[str, ...]) -> list[list[Sentence]]:
    """The paragraphs outside `skipped` roles that do not open with a quotation."""
    return [p for p in index.paragraphs
            if p and p[0].role not in skipped and not p[0].paragraph_text.lstrip().startswith(_OPENS_WITH_QUOTE)]


def find_outlook(index: SentenceIndex) -> list[Statement]:
    """Guidance sentences, no quotation: an outlook word, a financial measure, a period and a figure;
    under an outlook heading, a measure with a figure or a direction ('to increase modestly')."""
    return _statements(index, SKIPPED_ROLES, _outlook_cue, OUTLOOK_MAX, sentence=True)


# a sentence that points at a table instead of saying the guidance: "The table below provides estimates ..."
_TABLE_POINTER = re.compile(r"\b(?:the|this)\s+(?:following\s+)?(?:table|chart|schedule)s?\b(?:\s+(?:below|above))?|\b(?:tables?|charts?)\s+(?:below|above)\b", re.I)


def _outlook_cue(s: Sentence):
    text = s.text
    if len(text) > OUTLOOK_MAX_CHARS or not _OUTLOOK_MEASURE.search(text) or _TABLE_POINTER.search(text):
        return None
    cue = _OUTLOOK.search(text)
    figure = re.search(r"\d", text)
    heading = _OUTLOOK_HEADING.search(s.heading or "")
    if heading and (figure or _DIRECTION.search(text)):
        return cue.group(1) if cue else heading.group(0)
    if cue and figure and _OUTLOOK_PERIOD.search(text) and not THIRD_PARTY_FORECAST.search(text):
        return cue.group(1)
    return None



def _significance_weight(keyword: str) -> int:
    """Regulatory and medical-need statements outrank trial adjectives ('pivotal')."""
    k = keyword.lower()
    if k.startswith(("approv", "marketing", "unmet", "no ", "standard", "launch")):
        return 3
    if k == "first" or k.endswith("only") or k.startswith("only") or k.startswith("registration"):
        return 2
    return 1


def find_significance(index: SentenceIndex) -> list[Statement]:
    """Sentences on firsts, unmet need and the path to market, stated as fact: not in quotes, the
    safe-harbor notice or the issuer's boilerplate, and not a result (no p-value)."""
    out = []
    for paragraph in _paragraphs(index, (*SKIPPED_ROLES, "about")):
        if _BOILERPLATE.search(paragraph[0].paragraph_text):
            continue
        if _NOT_SIGNIFICANT_HEADING.search(paragraph[0].heading or ""):
            continue
        for s in paragraph:
            cues = list(_MATTERS.finditer(s.text))
            if not cues or _quoted(s.text) or len(s.text) > SIGNIFICANCE_MAX_CHARS or _P_VALUE.search(s.text) \
                    or _NOT_SIGNIFICANT.search(s.text) or len(s.text.split()) < SIGNIFICANCE_MIN_WORDS:
                continue
            strongest = max(cues, key=lambda m: _significance_weight(m.group(1)))
            out.append(Statement(text=s.text, source=s.span(), cue=strongest.group(1),
                                 weight=_significance_weight(strongest.group(1))))
    return out


def find_safety(index: SentenceIndex) -> list[Statement]:
    """Sentences that report safety or tolerability (outside the safe-harbor notice)."""
    out = []
    for s in index.outside(*SKIPPED_ROLES):
        cue = _SAFETY.search(s.text)
        if cue:
            out.append(Statement(text=s.text, source=s.span(), cue=cue.group(1)))
    return out


def find_topic_sentences(index: SentenceIndex) -> list[Statement]:
    """The opening sentence of each paragraph of the lead and the body: not a quotation, legal
    boilerplate or call-in details, and long enough to say something."""
    out = []
    for paragraph in index.paragraphs:
        if not paragraph or paragraph[0].role not in _TOPIC_ROLES:
            continue
        first = paragraph[0]
        text = first.text
        if not TOPIC_MIN_CHARS <= len(text) <= TOPIC_MAX_CHARS or text.startswith(_OPENS_WITH_QUOTE):
            continue
        if _BOILERPLATE.search(text) or _DIAL_IN.search(text):
            continue
        out.append(Statement(text=text, source=first.span()))
    return out
