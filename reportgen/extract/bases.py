"""The basis a period-over-period change is stated on, when its sentence says so ('year over year')."""

from __future__ import annotations

import re

from reportgen.model import Comparison

_YEAR_OVER_YEAR = re.compile(r"\byear[- ]over[- ]year\b|\bfrom (?:a|the) year (?:ago|earlier)\b|\bprior[- ]year\b|"
                             r"\bsame (?:period|quarter) (?:a |of )?(?:last|the prior|the previous) year\b", re.I)


def with_bases(comparisons: list[Comparison]) -> list[Comparison]:
    """The comparisons, period-over-period ones whose sentence compares with a year before marked so."""
    out = []
    for c in comparisons:
        if c.kind == "period-over-period" and c.source is not None and _YEAR_OVER_YEAR.search(c.source.text):
            c = c.model_copy(update={"basis": "year over year"})
        out.append(c)
    return out
