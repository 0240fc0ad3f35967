"""The sample through the project's own reader (reportgen.readers.read_release), when it is there:
the facts that do not depend on where paragraphs break must come out the same."""

from __future__ import annotations

import pytest

from reportgen.extract import check_span, enrich, iter_facts_with_source

from ..conftest import SAMPLE_RELEASE


@pytest.fixture(scope="module")
def read():
    readers = pytest.importorskip("reportgen.readers")
    if not hasattr(readers, "read_release"):
        pytest.skip("reportgen.readers.read_release is not there yet")
    release = readers.read_release(SAMPLE_RELEASE, attachments=False)
    return release, enrich(release)


def test_spans(read):
    release, facts = read
    for fact in iter_facts_with_source(facts):
        assert check_span(release, fact.source), fact


def test_key_facts(read):
    _release, typed = read
    facts = typed.model_dump(mode="json")
    two = [c for c in facts["comparisons"] if c["kind"] == "treatment-vs-control"]
    assert [(c["measure"], [a["value"] for a in c["arms"]], c["p_value"] and c["p_value"]["text"]) for c in two] == [
        ("median LFS", [15, 9.7], "P=0.025"), ("five-year LFS", [34, 22], "P=0.024"), ("median OS", [44, 29], None)]
    single = [c["p_value"]["text"] for c in facts["comparisons"] if c["kind"] == "single-result"]
    assert single == ["p <0.01", "P=0.07", "p<0.0001", "p=0.0096", "p=0.011"]
    assert set(facts["abbreviations"]) == {"LFS", "AML", "IL-2", "ASH", "EMEA"}
    assert [e["date"] for e in facts["events"]] == ["2007-12-09"] * 3
    (t,) = facts["trials"]
    assert (t["phase"], t["randomized"], t["countries"], t["duration"]) == ("Phase III", 320, 11, "18 months")
    assert t["publication"]["journal"] == "Blood"
