"""Trials: phase, design words, number randomized, countries, duration, primary endpoint, publication.

Mentions of the same trial (same name, else same phase) are merged into one record; fields come from
every sentence of the paragraphs that mention the trial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from reportgen.model import Publication, PublicationRef, Trial
from reportgen.text.lexicon import word_to_int
from reportgen.text.sentences import Sentence, SentenceIndex

from .common import SKIPPED_ROLES

_PHASE_RE = re.compile(r"\bPhase\s?(?P<p>(?:I{1,3}V?|IV|[1-4])(?:[ab])?(?:\s?/\s?(?:I{1,3}|[1-4])[ab]?)?)\b", re.I)
_TRIAL_WORD_RE = re.compile(r"\b(?:trial|study|studies|registration|pivotal)\b", re.I)
_DESIGN_RE = re.compile(
    r"\b(?:pivotal|randomi[sz]ed|double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|open[- ]label|"
    r"placebo[- ]controlled|active[- ]controlled|controlled|multi-?cent(?:er|re)|multinational|international|"
    r"global|prospective|retrospective|crossover|cross-over|single[- ]arm|parallel[- ]group|"
    r"dose[- ]escalation|dose[- ]ranging|adaptive|observational|registrational|confirmatory|"
    r"non-?inferiority|superiority|head-to-head)\b", re.I,
)
_NUM = r"(\d[\d,]*|[a-z]+)"
# (never a phase's number: "Phase 3 randomized clinical trial" randomized no 3 patients)
_RANDOMIZED_RE = re.compile(rf"(?<!phase\s)\b{_NUM}\s+(?:(?:patients|subjects|participants)\s+)?were\s+randomi[sz]ed|"
                            rf"(?<!phase\s)\b{_NUM}\s+randomi[sz]ed\s+(?:patients|subjects|participants)|"
                            rf"\brandomi[sz]ed\s+{_NUM}\s+(?:patients|subjects|participants)", re.I)
_ENROLLED_RE = re.compile(rf"\b(?:enrolled|included|enrolling|enrollment\s+of)\s+{_NUM}\s+(?:patients|subjects|participants)"
                          rf"|\b{_NUM}\s+(?:patients|subjects|participants)\s+(?:were\s+)?enrolled", re.I)
_COUNTRIES_RE = re.compile(rf"\b(?:in|across|from)\s+{_NUM}\s+countries\b", re.I)
_SITES_RE = re.compile(rf"\b(?:at|across)\s+{_NUM}\s+(?:sites|centers|centres|clinical sites)\b", re.I)
_DURATION_RE = re.compile(
    r"\b(?P<n>\d+|[a-z]+)[- ](?P<u>months?|weeks?|years?|days?)\s+of\s+(?:treatment|therapy|dosing)\b|"
    r"\b(?:treated|treatment|dosed)\s+for\s+(?P<n2>\d+|[a-z]+)\s+(?P<u2>months?|weeks?|years?|days?)\b", re.I)
_ENDPOINT_RE = re.compile(
    r"\bprimary\s+(?:efficacy\s+)?endpoint\s*(?:of|was|is|,|:|\()\s*(?:the\s+)?(?P<e>[^,.;()]{3,100}?)"
    r"(?=\s*(?:[,.;()]|\bas\b|\bat\b\s+(?:week|month)|\bwhich\b|\bamong\b|\bcompared\b|$))", re.I)
_NAME_RE = re.compile(r"(?<!Phase )(?<!PHASE )\b(?:the\s+)?(?!(?:I{1,3}|IV|II[ab]|I[ab])\b)(?P<n>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?:[- ]\d+)?)\s+"
                      r"(?:(?:Phase\s?\S+\s+)?(?:clinical\s+)?(?:trial|study))\b")


def _int(s: str) -> Optional[int]:
    v = word_to_int(s)
    return v


_ROMAN = {"IV": "4", "III": "3", "II": "2", "I": "1"}


def _phase(p: str) -> str:
    return "Phase " + p.replace(" ", "")


def phase_number(phase: str) -> str:
    """"Phase IIb" -> "2b", "Phase 1/2" -> "1/2": the phase as numbers, for comparing spellings."""
    p = phase.replace("Phase ", "")
    parts = []
    for part in p.split("/"):
        m = re.fullmatch(r"(IV|III|II|I|\d)([abAB]?)", part, re.I)
        if not m:
            return p.lower()
        num = _ROMAN.get(m.group(1).upper(), m.group(1))
        parts.append(num + m.group(2).lower())
    return "/".join(parts)


_LEGAL_RE = re.compile(r"\b(?:class\s+action|securities\s+(?:fraud|laws?|litigation)|lawsuit|law\s+firm|"
                       r"shareholder\s+rights|lead\s+plaintiff|investors?\s+who\s+(?:purchased|acquired|lost)|"
                       r"attorneys?|complaint\s+(?:was\s+)?filed)\b", re.I)


def _is_legal_notice(index: SentenceIndex) -> bool:
    """A securities law firm's notice (investors, class action, lead plaintiff): it mentions a trial only as
    the news behind a stock drop."""
    text = " ".join([line[0].paragraph_text for line in index.headline[:1] if line] +
                    [p[0].paragraph_text for p in index.paragraphs if p])
    return len(_LEGAL_RE.findall(text)) >= 3 and not re.search(r"\b(?:enrolled|randomi[sz]ed|dosed)\s", text)


@dataclass
class _Draft:
    """A trial being read: the fact so far, how well its best sentence scored, where it is told."""

    trial: Trial
    score: int = -1
    sections: set[int] = field(default_factory=set)


def extract_trials(index: SentenceIndex, publications: list[Publication]) -> list[Trial]:
    """Trials by name (else by phase), each read from every paragraph that mentions it."""
    if _is_legal_notice(index):
        return []  # a law firm's notice cites another company's trial; it reports on none
    drafts: dict[str, _Draft] = {}
    for sents in index.paragraphs:
        if not sents or sents[0].role in SKIPPED_ROLES:
            continue
        found = _mention(sents)
        if found is None:
            continue
        first, key, name, phase = found
        draft = drafts.get(key) or _same_phase(drafts, name, phase)
        if draft is None:
            draft = drafts[key] = _Draft(Trial(name=name, phase=phase))
        trial = draft.trial
        trial.phase = trial.phase or phase
        trial.phase_number = phase_number(trial.phase) if trial.phase else None
        trial.name = trial.name or name
        score, best = _read_paragraph(trial, sents)
        draft.sections.add(sents[0].section)
        if score > draft.score:
            draft.score = score
            trial.source = (best or first).span()
    return [_finished(d, publications, index, len(drafts)) for d in drafts.values()]


def _mention(sents: list[Sentence]) -> Optional[tuple[Sentence, str, Optional[str], Optional[str]]]:
    """(first sentence naming a trial, its key, name, phase) for a paragraph that mentions one."""
    mentions = [(s, _PHASE_RE.search(s.text), _NAME_RE.search(s.text)) for s in sents]
    mentions = [(s, ph, nm) for s, ph, nm in mentions if (ph and _TRIAL_WORD_RE.search(s.text)) or nm]
    if not mentions:
        return None
    first, ph, nm = mentions[0]
    if nm and ph is None:
        # a name and a phase in the same paragraph: file the phase under the name
        ph = next((p for _, p, _ in mentions if p), None)
    name = nm.group("n") if nm else None
    phase = _phase(ph.group("p")) if ph else None
    return first, name or phase, name, phase


def _same_phase(drafts: dict[str, _Draft], name: Optional[str], phase: Optional[str]) -> Optional[_Draft]:
    """The trial already seen under another key with the same phase (one of the two unnamed)."""
    if phase is None:
        return None
    return next((d for d in drafts.values() if d.trial.phase and phase_number(d.trial.phase) == phase_number(phase)
                 and (d.trial.name is None or name is None)), None)


_COUNTS = (("randomized", _RANDOMIZED_RE), ("enrolled", _ENROLLED_RE), ("countries", _COUNTRIES_RE),
           ("sites", _SITES_RE))


def _read_paragraph(trial: Trial, sents: list[Sentence]) -> tuple[int, Optional[Sentence]]:
    """Fill what the paragraph states; (how many counts it gave, the first sentence giving one)."""
    score, best = 0, None
    for s in sents:
        for d in _DESIGN_RE.findall(s.text):
            d = d.lower().replace(" ", "-").replace("randomised", "randomized")
            if d not in trial.design:
                trial.design.append(d)
        for name, rx in _COUNTS:
            m = rx.search(s.text)
            if m and getattr(trial, name) is None:
                val = next((g for g in m.groups() if g), None)
                n = _int(val) if val else None
                if n:
                    setattr(trial, name, n)
                    score += 1
                    best = best or s
        m = _DURATION_RE.search(s.text)
        if m and trial.duration is None:
            unit = m.group("u") or m.group("u2")
            v = _int(m.group("n") or m.group("n2"))
            if v:
                trial.duration = f"{v} {unit if unit.endswith('s') or v == 1 else unit + 's'}"
        m = _ENDPOINT_RE.search(s.text)
        if m and trial.primary_endpoint is None:
            trial.primary_endpoint = m.group("e").strip()
    return score, best


def _finished(draft: _Draft, publications: list[Publication], index: SentenceIndex, n_trials: int) -> Trial:
    """The trial with the publication of its results (in a section that describes it) and 'randomized'
    among its design words when it counts randomized patients."""
    trial = draft.trial
    for pub in publications:
        if trial.publication is None and pub.source.section in draft.sections and \
                (index.headings[pub.source.section] is not None or n_trials == 1):
            trial.publication = PublicationRef(**pub.model_dump(exclude={"source"}))
    if trial.randomized and "randomized" not in trial.design:
        trial.design.append("randomized")
    return trial
