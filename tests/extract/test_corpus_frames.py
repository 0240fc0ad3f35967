"""Checks that need no annotation, over every corpus release: each period-over-period result is in its frame.

- the current figure is never labelled with the period it is compared against ("the prior year");
- a figure the release prints as a loss is never shown as a plain (positive) figure of income or profit;
- a sum is never paired with an amount per share;
- a quarter is never paired with a half or a whole year.
"""

from __future__ import annotations

import re

import pytest

from reportgen.extract.comparisons.labels import is_prior_period
from reportgen.pipeline import load_release
from tests.conftest import SHARED

_FILES = [p for folder in ("releases", "releases-dev") if (SHARED / "corpus" / folder).exists()
          for p in sorted((SHARED / "corpus" / folder).iterdir()) if p.suffix in (".txt", ".md", ".htm", ".html")]
_LOSS_BEFORE = re.compile(r"\bloss(?:es)?\s+(?:of\s+)?(?:approximately\s+)?\(?$", re.I)
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion)\b")
_QUARTER = re.compile(r"\bquarter\b|\bQ[1-4]\b", re.I)
_LONGER = re.compile(r"\b(?:full[- ]year|year\s+ended|fiscal\s+year|six\s+months|nine\s+months|twelve\s+months|half)\b",
                     re.I)


def _problems(path) -> list[str]:
    try:
        release = load_release(path)
    except Exception:  # refused inputs are the reader tests' business
        return []
    out = []
    for c in release.facts.comparisons:
        arms = [a for a in c.arms if a.text]
        if c.kind != "period-over-period" or not arms:
            continue
        src = c.source.text if c.source else ""
        where = f"{c.measure!r}: {[(a.label, a.text) for a in arms]}"
        if is_prior_period(arms[0].label) and (len(arms) == 1 or is_prior_period(arms[1].label)):
            out.append(f"current figure labelled with the prior period: {where}")
        if re.search(r"income|profit|earnings|EBITDA", c.measure or "", re.I) and not re.search(
                r"loss", c.measure or "", re.I):
            for a in arms:
                i = src.find(a.text)
                if i > 0 and _LOSS_BEFORE.search(src[max(0, i - 30):i]) and (a.value or 0) > 0:
                    out.append(f"a loss shown as income: {where}")
        units = [a.unit or "" for a in arms]
        if len(arms) >= 2 and any("share" in u for u in units) and any(_SCALED.search(u) for u in units):
            out.append(f"a sum paired with an amount per share: {where}")
        labels = [a.label or "" for a in arms]
        if len(arms) >= 2 and any(_QUARTER.search(x) and not _LONGER.search(x) for x in labels) and \
                any(_LONGER.search(x) and not _QUARTER.search(x) for x in labels):
            out.append(f"a quarter paired with a longer period: {where}")
    return out


@pytest.mark.parametrize("path", _FILES, ids=lambda p: p.name)
def test_every_result_is_in_its_frame(path):
    assert _problems(path) == []
