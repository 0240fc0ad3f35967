"""Sentences and spans: the helpers every rule module uses to point back at the release.

A `Sentence` knows its paragraph (section and paragraph index) and its character offsets, so
`make_span` can turn any [start, end) inside it into a `Span` dict whose `text` is exactly the
paragraph's characters from start to end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from reportgen.model import Release

# Tokens that end with a period without ending a sentence.
_ABBREV = {
    "dr", "mr", "mrs", "ms", "prof", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "st",
    "vs", "no", "nos", "fig", "figs", "approx", "est", "dept", "univ", "vol", "pp", "ed", "eds",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "etc", "al", "u.s", "u.k", "u.s.a", "ph.d", "m.d", "n.y", "calif", "mass",
    "nasdaq", "nyse", "ave", "blvd", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "hon",
    "cf", "ca", "op", "cit", "resp", "inj", "mg", "ml", "kg", "d.c", "b.v", "s.a", "n.v", "a.g",
}

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9*•\-–])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.*$")


@dataclass(frozen=True)
class Sentence:
    section: int
    paragraph: int
    start: int
    end: int
    text: str
    heading: Optional[str] = None
    index: int = 0  # position of the sentence in its paragraph


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of one paragraph, whitespace trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        end = m.end()
        head = paragraph[start:m.start() + 1]
        if _is_abbreviation(head, paragraph, m):
            continue
        if _inside_brackets(paragraph[start:m.start()]):
            continue
        bounds.append((start, end))
        start = end
    bounds.append((start, len(paragraph)))
    out = []
    for s, e in bounds:
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _inside_brackets(text: str) -> bool:
    return text.count("(") > text.count(")")


def _is_abbreviation(head: str, paragraph: str, m: re.Match) -> bool:
    if not m.group().startswith("."):
        return False
    if len(m.group().rstrip("\"'”’)]")) > 1:  # "..." or "?!" ends a sentence anyway
        return False
    w = _WORD_BEFORE.search(head[:-1] + ".")
    if not w:
        return False
    word = w.group(1).rstrip(".")
    if word.lower() in _ABBREV:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Mats L. Brune"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S, e.g, Ph.D
        return True
    return False


def iter_sentences(release: Release) -> Iterator[Sentence]:
    """Every sentence of every body paragraph, in reading order."""
    for si, pi, heading, text in release.iter_paragraphs():
        for k, (s, e) in enumerate(split_sentences(text)):
            yield Sentence(si, pi, s, e, text[s:e], heading, k)


def paragraph_sentences(release: Release) -> Iterator[tuple[int, int, Optional[str], str, list[Sentence]]]:
    """(section, paragraph, heading, text, sentences) for every body paragraph."""
    for si, pi, heading, text in release.iter_paragraphs():
        sents = [Sentence(si, pi, s, e, text[s:e], heading, k)
                 for k, (s, e) in enumerate(split_sentences(text))]
        yield si, pi, heading, text, sents


def make_span(release: Release, section: int, paragraph: int, start: int, end: int) -> dict:
    """A Span dict for characters [start, end) of one paragraph; text is exactly those characters."""
    text = release.sections[section].paragraphs[paragraph]
    if not (0 <= start <= end <= len(text)):
        raise ValueError(f"span [{start}, {end}) outside paragraph of length {len(text)}")
    return {"section": section, "paragraph": paragraph, "start": start, "end": end,
            "text": text[start:end]}


def sentence_span(release: Release, sent: Sentence, last: Optional[Sentence] = None) -> dict:
    """The span of a sentence, or of sentences `sent` .. `last` of the same paragraph."""
    end = last.end if last is not None else sent.end
    return make_span(release, sent.section, sent.paragraph, sent.start, end)


def check_span(release: Release, span: dict) -> bool:
    try:
        text = release.sections[span["section"]].paragraphs[span["paragraph"]]
    except (IndexError, KeyError, TypeError):
        return False
    return text[span["start"]:span["end"]] == span["text"]


def iter_facts_with_source(facts) -> Iterator[dict]:
    """Every dict inside `facts` that has a `source` key (walks lists and dicts)."""
    if isinstance(facts, dict):
        if isinstance(facts.get("source"), dict):
            yield facts
        for v in facts.values():
            yield from iter_facts_with_source(v)
    elif isinstance(facts, list):
        for v in facts:
            yield from iter_facts_with_source(v)
