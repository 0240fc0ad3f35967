"""Where a release states the items a clinical report is read for (CONSORT for abstracts): the
primary endpoint, the patients per arm, blinding, confidence intervals, hazard ratios, p-values and
safety. A briefing says an item is "not reported" only when none of these found it: a statement of
absence is made after the whole text (headline, body, tables' sentences) has been searched."""

from __future__ import annotations

import re

from reportgen.model import Disclosure
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES

_PEOPLE = (r"(?:patients|participants|subjects|people|persons|individuals|adults|children|adolescents|infants|"
           r"newborns|women|men|volunteers|veterans|residents|eyes|cases)")

TOPICS: dict[str, re.Pattern] = {
    "primary_endpoint": re.compile(
        r"\bprimary\s+(?:(?:efficacy|safety|composite|clinical|study|trial)\s+)?(?:end[\s-]?points?|outcomes?|"
        r"objectives?|measures?|analys[ie]s)\b|\bco-primary\b", re.I),
    # a count of people (n=, "1,200 patients", "randomized 300") anywhere: the total with a
    # randomisation ratio, or counts per arm, tell a reader how many were in each arm
    "n_per_arm": re.compile(
        rf"\b[nN]\s*=\s*\d|\b\d[\d,]*\s+(?:\w+[\s-]+){{0,3}}?{_PEOPLE}\b|\b(?:randomi[sz]ed|enrolled|included|treated)\s+"
        rf"(?:a\s+total\s+of\s+)?\d[\d,]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
        rf"twenty|thirty|forty|fifty|hundred|thousand)[\w-]*\s+{_PEOPLE}\b", re.I),
    "blinding": re.compile(r"\b(?:double|single|triple|quadruple)[\s-]+(?:blind(?:ed)?|mask(?:ed)?)\b|\bblinded\b|"
                           r"\bopen[\s-]label\b|\bunblinded\b|\bmasked\b|\bsham[\s-]controlled\b|\bnot\s+blinded\b|"
                           # told in words: "Participants and researchers knew which regimen each participant received"
                           r"\b(?:knew|know|were\s+aware\s+of|was\s+aware\s+of)\s+(?:which|what|their|the|his|her)\s+(?:\w+\s+){0,2}?"
                           r"(?:treatment|regimen|drug|therapy|medication|arm|group|assignment)s?\b", re.I),
    "confidence_intervals": re.compile(r"\b\d{2}\s*%\s*(?:CI|confidence)|\bconfidence intervals?\b|\bCI\s*[:,]?\s*[\d\[(-]",
                                       re.I),
    "hazard_ratios": re.compile(r"\bhazard ratios?\b|\bHR\s*[=:,]?\s*\d|\b(?:odds|risk|rate) ratios?\b", re.I),
    "p_values": re.compile(r"\b[pP]\s*[<=>≤]\s*0?[.,]\d|\bp[\s-]values?\b|statistically significant", re.I),
    "safety": re.compile(r"\b(?:adverse (?:events?|reactions?|effects?)|side[\s-]effects?|tolerab\w+|toxicit\w+|"
                         r"safety|well[\s-]tolerated|serious|discontinu\w+)\b", re.I),
}


def _sentences(index: SentenceIndex) -> list[Sentence]:
    """Every sentence that can state a fact: the headline lines and the body outside legal notices."""
    return [s for line in index.headline for s in line] + index.outside(*SKIPPED_ROLES)


def find_disclosures(index: SentenceIndex) -> list[Disclosure]:
    """The first sentence stating each topic of TOPICS (at most one disclosure a topic)."""
    out = []
    sentences = _sentences(index)
    for topic, pattern in TOPICS.items():
        for s in sentences:
            m = pattern.search(s.text)
            if m:
                out.append(Disclosure(topic=topic, source=s.span(s.start + m.start(), s.start + m.end())))
                break
    return out
