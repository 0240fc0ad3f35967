"""Building a comparison from its arms: kind, measure, population and statistics."""

from __future__ import annotations

import re
from typing import Optional

from reportgen.text.sentences import Sentence

from ..numbers import CI_RE, HR_RE, N_RE, P_VALUE_RE, Quantity, p_value_from_match
from .labels import (
    ANAPHORA_RE,
    REPORTED_RE,
    endpoint_measure,
    reporting_unit,
    split_subject,
    strip_period_words,
    subject_of,
)
from .vocabulary import FINANCE_WORDS_RE, PERIOD_WORDS_RE


def pair_kind(text: str, arms_text: str, quantities: list[Quantity]) -> str:
    if PERIOD_WORDS_RE.search(arms_text):
        return "period-over-period"
    if any(q.cls in ("money", "eps") for q in quantities):
        return "period-over-period"
    if PERIOD_WORDS_RE.search(text) and FINANCE_WORDS_RE.search(text) and not re.search(
            r"\b(?:placebo|control|arm|patients|treated)\b", text, re.I):
        return "period-over-period"
    return "treatment-vs-control"


def sentence_stats(text: str) -> dict:
    out: dict = {"p_value": None, "ci": None, "hazard_ratio": None}
    m = P_VALUE_RE.search(text)
    if m:
        out["p_value"] = p_value_from_match(m)
    m = HR_RE.search(text)
    if m:
        out["hazard_ratio"] = float(m.group("num"))
    m = CI_RE.search(text)
    if m:
        out["ci"] = {"level": float(m.group("level")), "low": float(m.group("lo").replace("−", "-")),
                     "high": float(m.group("hi").replace("−", "-")), "text": m.group().strip()}
    return out


class Ctx:
    def __init__(self, abbreviations: dict[str, str]):
        self.abbreviations = abbreviations


def build(ctx: Ctx, sent: Sentence, prev: list[Sentence], text: str, masked: str, at: int, kind: str,
          arms: list[dict], qs: list[Quantity], end_at: int, lo: Optional[int] = None) -> dict:
    if lo is None:
        lo = max(masked.rfind(";", 0, at) + 1, 0)
    at_arm = at
    first_at = at
    # ("After 12 weeks, LDL-C was lowered ...": a time point leading the sentence is not its first figure)
    at = next((q.start for q in qs if q.start >= lo and q.cls != "dose" and not (
        q.cls == "duration" and re.fullmatch(r"\s*(?:at|after|through|over|by|in|within)\s+(?:the\s+)?(?:first\s+)?",
                                             masked[lo:q.start], re.I) and re.match(r"[^,;]{0,25},", masked[q.end:]))),
              at)
    colon = re.search(r":\s+(?=[^:]*[A-Za-z][^:]*$)", text[lo:at])
    if colon and re.search(r"[A-Za-z]{2}", text[lo + colon.end():at]) and \
            re.search(r"\b(?:was|were|is|are)\b", text[lo:lo + colon.start()]):
        lo = lo + colon.end()
    subj = subject_of(text, lo, at)
    measure, population, _lead = split_subject(subj)
    reported = REPORTED_RE.search(text[lo:at])
    if reported:
        measure = reported.group("m")
        unit = reporting_unit(text[lo:lo + reported.start()])
        if unit and unit.lower() not in measure.lower():
            measure = f"{unit} {measure}"
    elif not measure or re.fullmatch(r"there|it|this|we|the company", measure, re.I):
        em = re.search(r"\bthere\s+(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?P<m>[^,;()]{3,80}?)"
                       r"(?=\s+(?:in|on|with|among|for|at)\s+(?:the\s+)?|\s*\(|$)", text[lo:at], re.I)
        measure = em.group("m") if em else None
        if not measure:
            q = next((x for x in qs if x.start >= at), None)
            measure = q.unit if q is not None and q.cls == "count" else None
    if measure:
        vm = re.search(r"\b(?:drove|drives|driving|led\s+to|helped|delivered|produced|resulted\s+in|"
                       r"contributed\s+to|generated|posted|reported|achieved|recorded)\s+(?:an?\s+|its\s+|our\s+)?"
                       r"(?:(?:all-time|record|new|strong|solid|quarterly|annual|higher|lower)\s+)*(?P<m>.+)$",
                       measure, re.I)
        if vm and re.search(r"[A-Za-z]{2}", vm.group("m")):
            measure = vm.group("m")
        measure = strip_period_words(re.sub(r"^[^:]{1,40}:\s+", "", measure))
        if arms and arms[0].get("unit") and "share" in arms[0]["unit"] and "share" not in measure.lower():
            measure = f"{measure} per share"
    endpoint = endpoint_measure(subj, ctx.abbreviations)
    if (not measure or ANAPHORA_RE.match(measure)) and prev:
        for p in reversed(prev[-2:]):
            ep = endpoint_measure(p.text, ctx.abbreviations)
            if ep:
                endpoint = ep
                break
        else:
            measure = measure or None
    if endpoint:
        measure = endpoint
        horizon = re.search(r"\b(?:at|after|through)\s+(\d+|one|two|three|four|five)\s+(year|month|week)s?\b",
                            text[lo:at_arm])
        if horizon and not re.match(r"(?:median|mean)\b", measure) and not re.search(r"-(?:year|month|week)", measure):
            measure = f"{horizon.group(1)}-{horizon.group(2)} {measure}"
    if not measure and arms and arms[0].get("text"):
        q0 = next((x for x in qs if x.text == arms[0]["text"]), None)
        if q0 is not None and q0.unit is None:
            am = re.match(r"\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s+(?:over|vs\.?|versus|in|for|with|at|"
                          r"compared|among)\b|\s*[,(;]|$)", text[q0.end:])
            if am:
                measure = am.group(1)
    if measure:
        measure = re.sub(r"\s+", " ", measure).strip()
        if len(measure) > 90 or not re.search(r"[A-Za-z]", measure):
            measure = None
    if not population:
        pm = re.search(r"\b(?:in|among)\s+((?:the\s+)?(?:[\w-]+\s){0,4}(?:patients|population|subjects|participants)"
                       r"(?:\s+(?:in|with|who)\s+[\w\s-]{1,40}?)?)(?=[,.;)]|\s+(?:was|were|who|versus|vs|compared))",
                       text, re.I)
        if pm:
            population = pm.group(1).strip()
    stats = sentence_stats(text)
    n = N_RE.search(text)
    return {
        "measure": measure,
        "population": population,
        "arms": arms,
        "change": None,
        "p_value": stats["p_value"],
        "ci": stats["ci"],
        "hazard_ratio": stats["hazard_ratio"],
        "n": int(n.group("num").replace(",", "")) if n else None,
        "kind": kind,
        "_sent": sent,
        "_at": at,
        "_first": first_at,
        "_end": end_at,
    }
