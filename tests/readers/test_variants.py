"""Every synthetic variant release (tests/readers/variants/<set>/<name>.<suffix>, see MEASUREMENTS.md there) read and
scored field by field against its <name>.expected.json; an "xfail" there is a known miss, kept visible."""

from __future__ import annotations

from collections import Counter

import pytest

from reportgen.readers.release import read_release
from tests.readers.variant_scoring import load, score

VARIANTS = load()


def _param(v):
    marks = [pytest.mark.xfail(reason=v.expect["xfail"])] if "xfail" in v.expect else []
    return pytest.param(v, id=v.id, marks=marks)


@pytest.mark.parametrize("variant", [_param(v) for v in VARIANTS])
def test_variant(variant):
    result = score(read_release(variant.path, attachments=False), variant.expect)
    problems = [f"{field}: {why}" for field, (ok, why) in result.items() if not ok]
    assert not problems, "\n".join(problems)


def test_every_family_has_two_variants():
    families = Counter(v.expect.get("family") for v in VARIANTS)
    for family in ("prn-text", "prn-web", "prn-exhibit", "bw", "gnw", "marketwired", "newsfile", "accesswire",
                   "company-html", "sec-ex99", "dj-md"):
        assert families[family] >= 2, family


def test_enough_variants():
    sets = Counter(v.set for v in VARIANTS)
    assert sets["more"] >= 30 and all(sets[s] for s in ("first", "blind1", "blind2", "blind3", "blind4")), sets
