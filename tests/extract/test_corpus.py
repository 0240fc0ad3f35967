"""Corpus releases, read by the project's reader (reportgen.readers.read_release): every fact's source
matches its span, and comparisons are measured against hand annotations (tests/extract/annotations/*.json):
precision and recall are printed, separately for the releases used while tuning the rules and for the
held-out ones (annotated before the extractor was run on them), and held above floors."""

from __future__ import annotations

import pytest

from reportgen.extract import check_span, enrich, iter_facts_with_source
from reportgen.readers import read_release

from ..conftest import shared_path
from .scoring import ANNOTATIONS, Tally, load_json, scored_comparisons


def _corpus_files():
    folder = shared_path("corpus", "releases")
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt", ".htm", ".html"))


@pytest.fixture(scope="module")
def corpus():
    out = {}
    for p in _corpus_files():
        release = read_release(p, attachments=False)
        out[p.name] = (release, enrich(release))
    return out


def test_every_fact_of_every_corpus_release_has_an_exact_span(corpus):
    for name, (release, facts) in corpus.items():
        facts.model_dump_json()
        for fact in iter_facts_with_source(facts):
            assert check_span(release, fact.source), (name, fact)
        for c in facts.headline_comparisons:
            src = c.headline_source
            line = release.headline if src.field == "headline" else release.subheadlines[src.index]
            assert line[src.start:src.end] == src.text, (name, c)


def test_every_annotated_release_is_in_the_corpus(corpus):
    assert len(ANNOTATIONS) >= 40
    for path in ANNOTATIONS:
        assert load_json(path)["file"] in corpus, path.name


def test_comparisons_precision_and_recall(corpus):
    groups = {"tuned": Tally(), "held-out": Tally()}
    for path in ANNOTATIONS:
        ann = load_json(path)
        _release, facts = corpus[ann["file"]]
        tally = groups["held-out" if ann.get("held_out") else "tuned"]
        tally.add(ann["file"], ann["domain"], ann["comparisons"], scored_comparisons(facts))
    lines = []
    for name, tally in groups.items():
        lines += tally.lines + [f"[{name}] {x}" for x in tally.summary()]
    print("\n" + "\n".join(lines))  # the table, with `pytest -s`
    for name, tally in groups.items():
        for domain, (tp, found, gold) in tally.totals.items():
            if gold:
                assert tp / gold >= 0.9, (name, domain)
            if found:
                assert tp / found >= 0.9, (name, domain)
