"""Stated changes: attaching a change to its comparison, comparisons made of a change alone."""

from __future__ import annotations

import re

from ..numbers import Quantity
from .scan import adjectival, in_brackets

MOVED_TO_RE = re.compile(r"\b(?:(?P<verb>increased|decreased|rose|fell|grew|declined|improved|dropped|climbed|"
                         r"weakened|strengthened|deteriorated|expanded|contracted|narrowed|widened)\s+to|"
                         r"(?:was|were|remained)\s+(?:essentially\s+|roughly\s+|relatively\s+|largely\s+)?"
                         r"(?P<flat>flat|unchanged|stable)\s+(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|"
                         r"sequentially)\s+)?at)\s+(?:approximately\s+|about\s+|nearly\s+)?$", re.I)


def change_fits(r: dict, q: Quantity, qs: list[Quantity], changes: dict, used: set, masked: str) -> bool:
    """Whether change `q` can be the change of comparison `r`: a relative change (%) fits any figures,
    points fit percentages, an absolute change fits figures of its own kind; and no other figure of
    a new clause stands between them ("..., and churn was 0.84%, down 3 basis points")."""
    units = {a.get("unit") for a in r["arms"] if a.get("value") is not None}
    if q.unit in ("basis points", "percentage points") and units and units != {"%"}:
        return False
    if q.cls in ("money", "eps") and units and not any(u and u.split()[0] == q.unit.split()[0] for u in units):
        return False
    first = r.get("_first", r["_at"])
    lo, hi = (q.end, first) if q.start < first else (r.get("_end", first), q.start)
    return not any(lo <= x.start and x.end <= hi and id(x) not in used and not changes[id(x)]
                   and x.cls != "dose" and not adjectival(x) and not in_brackets(masked, x.start) for x in qs)


MORE_THAN_CONTROL_RE = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:more|less|fewer|greater|higher|lower|better)\s+than\s+"
                                  r"(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:placebo|control|vehicle|sham)\b", re.I)


def split_respectively(results: list[dict]) -> None:
    group = [r for r in results if r["measure"] and " and " in r["measure"]]
    if len(group) >= 2:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", group[0]["measure"])
        if len(parts) == len(group):
            for r, p in zip(group, parts):
                r["measure"] = p.strip()
