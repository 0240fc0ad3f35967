"""Exact facts of the sample release (EpiCept, Ceplene, 2007-12-10)."""

from __future__ import annotations

import json

import pytest

from reportgen.extract import check_span, enrich, iter_facts_with_source

from .sample import sample_release


@pytest.fixture(scope="module")
def release():
    return sample_release()


@pytest.fixture(scope="module")
def typed(release):
    return enrich(release)


@pytest.fixture(scope="module")
def facts(typed):
    """The facts as `reportgen inspect --json` publishes them."""
    return typed.model_dump(mode="json")


def test_facts_are_json(facts):
    assert json.loads(json.dumps(facts)) == facts


def test_every_source_matches_its_span(release, typed):
    n = 0
    for fact in iter_facts_with_source(typed):
        assert check_span(release, fact.source), fact
        n += 1
    assert n > 20


def test_abbreviations(facts):
    assert facts["abbreviations"] == {
        "LFS": "leukemia-free survival",
        "AML": "Acute Myeloid Leukemia",
        "IL-2": "interleukin-2",
        "ASH": "American Society of Hematology",
        "EMEA": "European Medicines Evaluation Agency",
    }


def _arms(c):
    return [(a["value"], a["unit"]) for a in c["arms"]]


def test_comparisons_two_arm(facts):
    two = [c for c in facts["comparisons"] if c["kind"] == "treatment-vs-control"]
    assert [(c["measure"], _arms(c)) for c in two] == [
        ("median LFS", [(15, "months"), (9.7, "months")]),
        ("five-year LFS", [(34, "%"), (22, "%")]),
        ("median OS", [(44, "months"), (29, "months")]),
    ]
    assert [c["p_value"] for c in two] == [
        {"text": "P=0.025", "op": "=", "value": 0.025},
        {"text": "P=0.024", "op": "=", "value": 0.024},
        None,
    ]
    assert [a["label"] for a in two[0]["arms"]] == ["Ceplene + IL-2 group", "control group"]
    assert [a["label"] for a in two[1]["arms"]] == ["treatment group", "control group"]
    assert two[0]["population"] == "AML patients in first remission"
    assert two[2]["change"]["value"] == 15 and two[2]["change"]["unit"] == "months"
    assert two[0]["source"]["text"].startswith("The median LFS of AML patients in first remission was 15 months")


def test_comparisons_single_results(facts):
    single = [c for c in facts["comparisons"] if c["kind"] == "single-result"]
    assert [(c["p_value"]["op"], c["p_value"]["value"]) for c in single] == [
        ("<", 0.01), ("=", 0.07), ("<", 0.0001), ("=", 0.0096), ("=", 0.011)]
    assert [c["p_value"]["text"] for c in single] == ["p <0.01", "P=0.07", "p<0.0001", "p=0.0096", "p=0.011"]
    assert single[1]["trend"] is True
    assert single[2]["n"] == 8
    assert single[4]["change"]["value"] == 55 and single[4]["change"]["unit"] == "%"
    # the 55 percent sentence and its p-value two sentences on: one fact, one span
    assert single[4]["source"]["text"].startswith("In patients in their first remission, there was a 55 percent")
    assert single[4]["source"]["text"].endswith("(p=0.011).")


def test_no_other_comparisons(facts):
    assert len(facts["comparisons"]) == 8


def test_products(facts):
    (p,) = facts["products"]
    assert (p["brand"], p["generic"], p["mark"], p["partner"]) == (
        "Ceplene", "histamine dihydrochloride", "TM", "low dose interleukin-2 (IL-2)")
    texts = [m["text"] for m in p["mechanism"]]
    assert "Ceplene is designed to protect lymphocytes responsible for immune-mediated destruction of residual " \
           "leukemic cells." in texts


def test_indications(facts):
    first = facts["indications"][0]
    assert (first["disease"], first["population"]) == ("AML", "patients in first remission")


def test_trial(facts):
    (t,) = facts["trials"]
    assert t["phase"] == "Phase III"
    assert t["design"] == ["pivotal", "randomized"]
    assert (t["randomized"], t["countries"], t["duration"]) == (320, 11, "18 months")
    assert t["primary_endpoint"] == "increased LFS"
    assert t["publication"]["journal"] == "Blood" and t["publication"]["volume"] == 108


def test_publication(facts):
    (p,) = facts["publications"]
    assert (p["journal"], p["volume"], p["issue"], p["date"]) == ("Blood", 108, 1, "2006-07-01")


def test_milestones(facts):
    ms = facts["milestones"]
    ec = [m for m in ms if m["period"] == "2008-H1"]
    assert len(ec) == 1 and "European Commission" in ec[0]["event"] and ec[0]["kind"] == "regulatory"
    review = [m for m in ms if m["status"] == "under review"]
    assert review and "EMEA" in review[0]["event"]


def test_events(facts):
    meeting = [e for e in facts["events"] if e["kind"] == "meeting"]
    assert len(meeting) == 1
    m = meeting[0]
    assert (m["ordinal"], m["name"], m["abbreviation"], m["place"], m["date"]) == (
        49, "Annual Meeting of the American Society of Hematology", "ASH", "Atlanta", "2007-12-09")
    pres = [e for e in facts["events"] if e["kind"] == "presentation"]
    assert [(p["presenter"], p["date"], p["format"]) for p in pres] == [
        ("Mats L. Brune", "2007-12-09", "poster"), ("Ana I. Romero", "2007-12-09", "poster")]
    assert pres[0]["title"].startswith("Post-consolidation Immunotherapy with Histamine Dihydrochloride")
    assert pres[1]["title"].startswith("Histamine Dihydrochloride Maintains Cytoxic Effector T Lymphocyte")


def test_people(facts):
    by = {p["name"]: p for p in facts["people"]}
    assert by["Jack Talley"]["title"] == "President and CEO"
    assert by["Jack Talley"]["organisation"] == "EpiCept"
    assert by["Jack Talley"]["roles"] == ["quoted"]
    brune = by["Mats L. Brune"]
    assert brune["credentials"] == ["MD"]
    assert brune["organisation"] == "University of Goteborg"
    assert sorted(brune["roles"]) == ["presenter", "quoted"]
    assert by["Ana I. Romero"]["roles"] == ["presenter"]
