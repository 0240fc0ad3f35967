"""The reader's audit: every block accounted for, and the consistency rules counted over the corpora.

The counts may only fall: BASELINE holds the last published figures (README, `make audit`); a change
that makes the reader worse on any rule fails here, one that makes it better should lower them.
"""

from __future__ import annotations

import pytest

from reportgen.model import Contact, Issuer, Quote, Release, Section
from reportgen.readers.audit import UNACCOUNTED, audit_release, consistency
from scripts.audit_corpus import CORPORA, audit_corpus
from tests.conftest import SAMPLE_RELEASE

BASELINE = {
    "releases": {"contact without a name or organisation": 4, "issuer not named in the lead or About": 1},
    "releases-dev": {"no headline": 1, "no release date": 27, "no issuer": 10,
                     "contact without a name or organisation": 18, "contact without a phone or e-mail": 7,
                     "issuer not named in the lead or About": 3},
}


def test_every_block_of_the_sample_is_accounted_for():
    audit = audit_release(SAMPLE_RELEASE)
    fates = {line.text[:30]: line.fates for line in audit.lines}
    assert all(line.fates != (UNACCOUNTED,) for line in audit.lines)
    assert [line.fates for line in audit.lines[:2]] == [("headline or deck",), ("headline printed again",)]
    assert fates["TARRYTOWN, N.Y., Dec. 10 /PRNe"] == ("dateline", "paragraph of the lead")
    assert fates["-0- 12/10/2007"] == ("furniture: trailer",)
    assert fates["About EpiCept Corporation"] == ("heading",)
    assert audit.problems == []


def test_consistency_rules_name_what_is_wrong():
    release = Release(headline="", issuer=Issuer(name="Acme Corp"),
                      sections=[Section(role="lead", paragraphs=["Someone else did something."]),
                                Section(heading="The company announced today that it has raised its outlook for the year.",
                                        paragraphs=["x"])],
                      quotes=[Quote(text="We are pleased.")], contacts=[Contact(phones=["555-0100"])])
    rules = [rule for rule, _ in consistency(release)]
    assert rules == ["no headline", "no release date", "quote without a speaker",
                     "contact without a name or organisation", "heading is a sentence",
                     "issuer not named in the lead or About"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_corpus_violations_do_not_grow(corpus):
    counts, found, _ = audit_corpus(corpus)
    worse = {rule: n for rule, n in counts.items() if n > BASELINE[corpus].get(rule, 0)}
    examples = [f"{name}: {rule}: {what}" for name, rule, what in found if rule in worse][:10]
    assert not worse, f"more violations than published: {worse}\n" + "\n".join(examples)
