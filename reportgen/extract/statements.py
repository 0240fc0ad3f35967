"""Sentences a briefing selects: guidance (outlook), why the news matters, safety findings, and the
opening sentence of each paragraph of the news. Each is a `Statement` with its source span; the
briefings choose among them and never read the release's text themselves."""

from __future__ import annotations

import re

from reportgen.model import Statement
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES

# Quoted words are the speaker's, not the release's statement of fact.
_QUOTE_MARKS = re.compile(r"[“”\"]")
_OPENS_WITH_QUOTE = ('"', "“")

# --- outlook: "expects full-year revenue of ..." ------------------------------------------------------
OUTLOOK_MAX_CHARS = 300
_OUTLOOK = re.compile(r"\b(outlook|guidance|expects?|anticipates?|forecasts?|reaffirm\w*|rais(?:es|ed|ing))\b", re.I)
_OUTLOOK_MEASURE = re.compile(r"\b(revenues?|sales|earnings|EPS|margins?|profit|income|cash flow|per share)\b", re.I)
_OUTLOOK_PERIOD = re.compile(r"\b(?:20\d\d|fiscal|full[- ]year|quarter|year)\b", re.I)

# --- significance: firsts, unmet need, the road to market ---------------------------------------------
SIGNIFICANCE_MAX_CHARS = 400
_MATTERS = re.compile(r"\b(first(?![\s-]+(?:remission|half|quarter|patients?|time)\b)|only|unmet|no (?:currently )?available|"
                      r"approv\w*|marketing authori[sz]ation|registration|pivotal|standard of care|"
                      r"market(?:ed|ing)? exclusivity|launch\w*)\b", re.I)
_P_VALUE = re.compile(r"\b[pP]\s*[<=>≤]")
# Safe-harbor and legal boilerplate that can sit outside the section that holds it.
_BOILERPLATE = re.compile(r"forward[- ]looking|assumes? no obligation|Private Securities Litigation", re.I)

# --- safety: adverse events, tolerability --------------------------------------------------------------
_SAFETY = re.compile(r"\b(adverse (?:event|reaction)s?|side[- ]effects?|tolerab\w+|toxicit\w+|"
                     r"safety (?:profile|data|results|population)|well tolerated|discontinu\w+ due)\b", re.I)

# --- topic sentences: the opening of each paragraph of the news ---------------------------------------
TOPIC_MIN_CHARS, TOPIC_MAX_CHARS = 40, 400
_TOPIC_ROLES = ("lead", "body")
_DIAL_IN = re.compile(r"@|\bcall\b.*\d{3}|webcast|conference call", re.I)


def _paragraphs(index: SentenceIndex, skipped: tuple[str, ...]) -> list[list[Sentence]]:
    """The paragraphs outside `skipped` roles that do not open with a quotation."""
    return [p for p in index.paragraphs
            if p and p[0].role not in skipped and not p[0].paragraph_text.lstrip().startswith(_OPENS_WITH_QUOTE)]


def find_outlook(index: SentenceIndex) -> list[Statement]:
    """Guidance sentences: an outlook word, a financial measure, a period and a figure, no quotation."""
    out = []
    for paragraph in _paragraphs(index, SKIPPED_ROLES):
        for s in paragraph:
            if len(s.text) > OUTLOOK_MAX_CHARS or _QUOTE_MARKS.search(s.text) or not re.search(r"\d", s.text):
                continue
            cue = _OUTLOOK.search(s.text)
            if cue and _OUTLOOK_MEASURE.search(s.text) and _OUTLOOK_PERIOD.search(s.text):
                out.append(Statement(text=s.text, source=s.span(), cue=cue.group(1)))
    return out


def _significance_weight(keyword: str) -> int:
    """Regulatory and medical-need statements outrank trial adjectives ('pivotal')."""
    k = keyword.lower()
    if k.startswith(("approv", "marketing", "unmet", "no ", "standard", "launch")):
        return 3
    if k in ("first", "only") or k.startswith("registration"):
        return 2
    return 1


def find_significance(index: SentenceIndex) -> list[Statement]:
    """Sentences on firsts, unmet need and the path to market, stated as fact: not in quotes, the
    safe-harbor notice or the issuer's boilerplate, and not a result (no p-value)."""
    out = []
    for paragraph in _paragraphs(index, (*SKIPPED_ROLES, "about")):
        if _BOILERPLATE.search(paragraph[0].paragraph_text):
            continue
        for s in paragraph:
            cues = list(_MATTERS.finditer(s.text))
            if not cues or _QUOTE_MARKS.search(s.text) or len(s.text) > SIGNIFICANCE_MAX_CHARS or _P_VALUE.search(s.text):
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
