"""The one sentence splitter and the sentence index: offsets, abbreviations, spans."""

from __future__ import annotations

import pytest

from reportgen.model import HeadlineSpan, Release, Section, Span
from reportgen.text.sentences import SentenceIndex, first_sentence, sentences_of


def test_sentences_keep_abbreviations_initials_and_decimals():
    text = ("Mats L. Brune, MD, presented on Dec. 9 in Atlanta. Dr. Brune stated, \"It works.\" "
            "Revenue was $1.1 billion vs. $1.0 billion in the U.S. market. Next (see Fig. 2. for more) one.")
    assert sentences_of(text) == [
        "Mats L. Brune, MD, presented on Dec. 9 in Atlanta.",
        "Dr. Brune stated, \"It works.\"",
        "Revenue was $1.1 billion vs. $1.0 billion in the U.S. market.",
        "Next (see Fig. 2. for more) one.",
    ]
    assert first_sentence(text) == "Mats L. Brune, MD, presented on Dec. 9 in Atlanta."


def _release() -> Release:
    return Release(headline="Revenue up 5%. Guidance raised", subheadlines=["Second line"], release_date="2024-01-02",
                   sections=[Section(paragraphs=["Alpha beta. Gamma delta."], role="lead"),
                             Section(heading="Forward-Looking Statements", role="fls", paragraphs=["Risks. More."])])


def test_index_splits_every_paragraph_once_with_exact_spans():
    index = SentenceIndex(_release())
    body = list(index)
    assert [(s.section, s.paragraph, s.index, s.text, s.role) for s in body] == [
        (0, 0, 0, "Alpha beta.", "lead"), (0, 0, 1, "Gamma delta.", "lead"),
        (1, 0, 0, "Risks.", "fls"), (1, 0, 1, "More.", "fls")]
    span = body[1].span()
    assert span == Span(section=0, paragraph=0, start=12, end=24, text="Gamma delta.")
    assert body[0].through(body[1]).text == "Alpha beta. Gamma delta."
    assert [s.text for s in index.outside("fls")] == ["Alpha beta.", "Gamma delta."]
    assert index.around(0, 0, 13, 14) == (12, 24)
    with pytest.raises(ValueError):
        body[0].span(5, 99)


def test_headline_sentences_point_into_the_headline():
    index = SentenceIndex(_release())
    headline, sub = index.headline
    assert [s.text for s in headline] == ["Revenue up 5%.", "Guidance raised"]
    assert headline[1].span() == HeadlineSpan(field="headline", index=0, start=15, end=30, text="Guidance raised")
    assert sub[0].span() == HeadlineSpan(field="subheadlines", index=0, start=0, end=11, text="Second line")
