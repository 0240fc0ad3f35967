"""Trials: phase, design words, number randomized, countries, duration, primary endpoint, publication.

Mentions of the same trial (same name, else same phase) are merged into one record; fields come from
every sentence of the paragraphs that mention the trial.
"""

from __future__ import annotations

import re
from typing import Optional

from reportgen.model import Publication, PublicationRef, Trial
from reportgen.text.lexicon import word_to_int
from reportgen.text.sentences import SentenceIndex

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
_RANDOMIZED_RE = re.compile(rf"\b{_NUM}\s+(?:patients\s+were\s+)?randomi[sz]ed\s+(?:patients|subjects|participants)?|"
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


def extract_trials(index: SentenceIndex, publications: list[Publication]) -> list[Trial]:
    trials: dict[str, dict] = {}
    order: list[str] = []
    if _is_legal_notice(index):
        return []  # a law firm's notice cites another company's trial; it reports on none
    for sents in index.paragraphs:
        if not sents or sents[0].role in SKIPPED_ROLES:
            continue
        si = sents[0].section
        mentions = [(s, _PHASE_RE.search(s.text), _NAME_RE.search(s.text)) for s in sents]
        mentions = [(s, ph, nm) for s, ph, nm in mentions
                    if (ph and _TRIAL_WORD_RE.search(s.text)) or nm]
        if not mentions:
            continue
        s0, ph, nm = mentions[0]
        key = nm.group("n") if nm else (_phase(ph.group("p")) if ph else None)
        if key is None:
            continue
        # a name and a phase in the same paragraph: file the phase under the name
        if nm and ph is None:
            ph = next((p for _, p, _ in mentions if p), None)
        t = trials.get(key)
        if t is None and ph is not None:
            # the same phase already seen under another key
            t = next((x for x in trials.values() if x["phase"] and
                      phase_number(x["phase"]) == phase_number(_phase(ph.group("p"))) and
                      (x["name"] is None or nm is None)), None)
        if t is None:
            t = {"name": nm.group("n") if nm else None, "phase": _phase(ph.group("p")) if ph else None,
                 "design": [], "randomized": None, "enrolled": None, "countries": None, "sites": None,
                 "duration": None, "primary_endpoint": None, "publication": None, "source": None,
                 "_score": -1}
            trials[key] = t
            order.append(key)
        t["phase"] = t["phase"] or (_phase(ph.group("p")) if ph else None)
        t["phase_number"] = phase_number(t["phase"]) if t["phase"] else None
        t["name"] = t["name"] or (nm.group("n") if nm else None)
        score = 0
        best = None
        for s in sents:
            for d in _DESIGN_RE.findall(s.text):
                d = d.lower().replace(" ", "-").replace("randomised", "randomized")
                if d not in t["design"]:
                    t["design"].append(d)
            for field, rx in (("randomized", _RANDOMIZED_RE), ("enrolled", _ENROLLED_RE),
                              ("countries", _COUNTRIES_RE), ("sites", _SITES_RE)):
                m = rx.search(s.text)
                if m and t[field] is None:
                    val = next((g for g in m.groups() if g), None)
                    n = _int(val) if val else None
                    if n:
                        t[field] = n
                        score += 1
                        best = best or s
            m = _DURATION_RE.search(s.text)
            if m and t["duration"] is None:
                n = m.group("n") or m.group("n2")
                u = m.group("u") or m.group("u2")
                v = _int(n)
                if v:
                    t["duration"] = f"{v} {u if u.endswith('s') or v == 1 else u + 's'}"
            m = _ENDPOINT_RE.search(s.text)
            if m and t["primary_endpoint"] is None:
                t["primary_endpoint"] = m.group("e").strip()
        t.setdefault("_sections", set()).add(si)
        if score > t["_score"]:
            t["_score"] = score
            t["source"] = (best or s0).span()
    out = []
    for k in order:
        t = trials[k]
        t.pop("_score")
        sections = t.pop("_sections", set())
        # the publication of the trial's results: in a section that describes the trial
        for pub in publications:
            if t["publication"] is None and pub.source.section in sections and \
                    (index.headings[pub.source.section] is not None or len(trials) == 1):
                t["publication"] = PublicationRef(**pub.model_dump(exclude={"source"}))
        if t["randomized"] and "randomized" not in t["design"]:
            t["design"].append("randomized")
        out.append(Trial(**t))
    return out
