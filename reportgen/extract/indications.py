"""Indications: the disease a product is for, and the population ("AML, patients in first remission")."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Indication
from reportgen.text.sentences import SentenceIndex

from .common import SKIPPED_ROLES

_DISEASE = (r"(?P<disease>[A-Za-z][\w'/-]*(?:\s+(?!in\b|who\b|with\b|and\b|or\b|after\b|following\b|sponsored\b|"
            r"by\b|through\b|using\b|at\b|from\b|on\b|of\s+reduced\b|is\b|are\b|was\b|were\b|that\b|which\b)"
            r"[\w'/-]+){0,5})")
_PATIENTS_WITH_RE = re.compile(
    rf"\b(?P<who>patients|adults|children|adolescents|people|subjects|individuals)\s+with\s+"
    rf"(?:(?:newly\s+diagnosed|relapsed(?:/refractory|\s+or\s+refractory)?|refractory|advanced|metastatic|"
    rf"moderate(?:-to-|\s+to\s+)severe|mild(?:-to-|\s+to\s+)moderate|symptomatic)\s+)?{_DISEASE}"
    r"(?:\s+(?P<pop>in\s+(?:first|second|complete|partial)\s+(?:complete\s+)?remission|who\s+[^,.;]{3,60}))?",
)
_TREATMENT_OF_RE = re.compile(
    rf"\b(?:for\s+the\s+(?:potential\s+)?treatment\s+of|indicated\s+for|to\s+treat)\s+(?:patients\s+with\s+)?"
    rf"(?:(?:adult|pediatric|paediatric)\s+(?:patients\s+)?(?:with\s+)?)?{_DISEASE}",
)
# "a broad retinitis pigmentosa (RP) indication", "the first DMD indication": a disease named as the indication
_INDICATION_OF_RE = re.compile(
    rf"\b(?:an?|the|its|their|our|this|broad|first|second|new|expanded|lead|initial|orphan|additional)\s+{_DISEASE}"
    r"(?:\s+\([A-Z][\w-]{1,10}\))?\s+indication\b(?!s)")
_ADJECTIVE = re.compile(r"(?:broad|first|second|new|expanded|lead|initial|orphan|additional|potential|rare|serious|"
                        r"large|key|major|important|proposed|targeted)\b", re.I)
_NOT_A_NAME = re.compile(r"\b(?:across|multiple|several|various|many|other|potential|its|their|for|of|in|to)\b", re.I)
_STOP = re.compile(r"^(?:the|a|an|this|these|its|their|our|disease|diseases|conditions?|cancer|patients)$", re.I)


def _clean(d: str) -> Optional[str]:
    d = re.sub(r"\s+(?:in|who|with|and|or|after|following|at|for|to|that|which|as)$", "", d.strip(" ,.;"))
    d = re.sub(r"\s*\((?:[^)]*)$", "", d).strip()
    if not d or _STOP.match(d) or len(d) < 2:
        return None
    if re.match(r"(?:both|other|these|those|such|many|various|all|any|no|some|every|each|certain|devastating|serious|unmet|several|"
                r"multiple|different|new|novel)\b", d, re.I):
        return None
    if re.fullmatch(r"(?:[\w-]+\s+){0,2}(?:diseases|disorders|conditions|indications)", d, re.I) and \
            not re.search(r"[A-Z]", d):
        return None
    return d


def _is_disease(d: str, abbreviations: dict[str, str], long_to_short: dict[str, str]) -> bool:
    """Only diseases: an abbreviation of a disease, or a name with a disease word."""
    return bool(long_to_short.get(d.lower()) or d in abbreviations or re.search(
        r"(?:emia|oma|itis|osis|cancer|disease|syndrome|disorder|deficiency|failure|infection|"
        r"leuk|tumou?r|diabetes|obesity|pain|hemorrhage|dystrophy|sclerosis|fibrosis|"
        r"edema|degeneration|hypertension|neuropathy|arthritis|asthma|psoriasis|lupus|"
        r"anemia|hemophilia|atrophy|amyloidosis|insufficiency|injury|stroke)", d, re.I))


def extract_indications(sentences: SentenceIndex, abbreviations: dict[str, str]) -> list[Indication]:
    long_to_short = {v.lower(): k for k, v in abbreviations.items()}
    out: list[Indication] = []
    seen: set = set()
    for s in sentences.outside(*SKIPPED_ROLES):
        for rx in (_PATIENTS_WITH_RE, _TREATMENT_OF_RE, _INDICATION_OF_RE):
            for m in rx.finditer(s.text):
                found = _clean(m.group("disease"))
                words = found.split() if found else []
                # ("broad retinitis pigmentosa": the words before the disease's name are no part of it)
                if rx is _INDICATION_OF_RE:
                    tails = [" ".join(words[k:]) for k in range(min(3, len(words)))]
                    disease = next((d for d in tails if long_to_short.get(d.lower()) or d in abbreviations), None) or \
                        next((d for d in tails if not _ADJECTIVE.match(d) and not _NOT_A_NAME.search(d)
                              and _is_disease(d, abbreviations, long_to_short)), None)
                else:
                    disease = found if found and _is_disease(found, abbreviations, long_to_short) else None
                if not disease:
                    continue
                short = long_to_short.get(disease.lower())
                disease_out = short or disease
                pop = None
                if "pop" in m.groupdict() and m.group("pop"):
                    pop = f"{m.group('who')} {m.group('pop').strip()}"
                key = (disease_out.lower(), pop)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Indication(disease=disease_out, disease_long=abbreviations.get(disease_out),
                                      population=pop, source=s.span()))
    # a disease given once without a population gets the population given elsewhere
    with_population = {i.disease for i in out if i.population}
    return [i for i in out if i.population or i.disease not in with_population]
