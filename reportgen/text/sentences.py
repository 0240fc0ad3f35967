"""Sentences: the one splitter every part of reportgen uses, and the index of a release's sentences.

`split_sentences(paragraph)` gives [start, end) offsets; `SentenceIndex(release)` splits every
paragraph once (and the headline and subheadlines, apart) into `Sentence`s that know where they
are, so any [start, end) inside one becomes a `Span` whose text is exactly those characters.
The fact extractors read the index; the briefings quote the same sentences in their notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional, Union

from reportgen.model import HeadlineSpan, Release, Span

# Tokens that end with a full stop without ending a sentence.
ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "st",
    "vs", "no", "nos", "fig", "figs", "approx", "est", "dept", "univ", "vol", "pp", "ed", "eds",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "etc", "al", "u.s", "u.k", "u.s.a", "ph.d", "m.d", "n.y", "calif", "mass",
    "nasdaq", "nyse", "ave", "blvd", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "hon",
    "cf", "ca", "op", "cit", "resp", "inj", "mg", "ml", "kg", "d.c", "b.v", "s.a", "n.v", "a.g",
}

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9*•\-–])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.*$")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """[start, end) offsets of the sentences of one paragraph, whitespace trimmed.

    A sentence ends at '.', '!' or '?' (and closing quotes or brackets) before a capital, a digit
    or a bullet; not after an abbreviation ('Dr.', 'Inc.', 'U.S.'), an initial ('Mats L. Brune'),
    nor inside brackets."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        end = m.end()
        if _is_abbreviation(paragraph[start:m.start() + 1], m):
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


def _is_abbreviation(head: str, m: re.Match) -> bool:
    if not m.group().startswith("."):
        return False
    if len(m.group().rstrip("\"'”’)]")) > 1:  # "..." or "?!" ends a sentence anyway
        return False
    w = _WORD_BEFORE.search(head[:-1] + ".")
    if not w:
        return False
    word = w.group(1).rstrip(".")
    if word.lower() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Mats L. Brune"
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))  # U.S, e.g, Ph.D


def sentences_of(text: str) -> list[str]:
    """The sentences of a piece of text, as strings."""
    return [text[s:e] for s, e in split_sentences(text)]


def first_sentence(text: str) -> str:
    bounds = split_sentences(text)
    return text[bounds[0][0]:bounds[0][1]] if bounds else ""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a release: where it is and its text.

    Body sentences index `Release.sections[section].paragraphs[paragraph]`; sentences of the
    headline and subheadlines have `part` "headline" or "subheadlines" and `paragraph` the line's
    index. `start`/`end` are offsets in that paragraph (or line), `paragraph_text` is all of it."""

    section: int
    paragraph: int
    start: int
    end: int
    text: str
    heading: Optional[str] = None
    index: int = 0                # position in its paragraph
    role: str = "body"            # the section's role (model.Section.role)
    part: str = "body"            # "body", "headline" or "subheadlines"
    paragraph_text: str = field(default="", repr=False, compare=False)

    def span(self, start: Optional[int] = None, end: Optional[int] = None) -> Union[Span, HeadlineSpan]:
        """The Span of characters [start, end) of this sentence's paragraph (default: the sentence)."""
        start = self.start if start is None else start
        end = self.end if end is None else end
        if not 0 <= start <= end <= len(self.paragraph_text):
            raise ValueError(f"span [{start}, {end}) outside a paragraph of length {len(self.paragraph_text)}")
        text = self.paragraph_text[start:end]
        if self.part != "body":
            return HeadlineSpan(field=self.part, index=self.paragraph, start=start, end=end, text=text)
        return Span(section=self.section, paragraph=self.paragraph, start=start, end=end, text=text)

    def through(self, last: Sentence) -> Union[Span, HeadlineSpan]:
        """The span from this sentence to `last` (a later sentence of the same paragraph)."""
        return self.span(self.start, last.end)


class SentenceIndex:
    """Every sentence of a release, split once: the body by paragraph, the headline lines apart."""

    def __init__(self, release: Release):
        self.release_date = release.release_date
        self.headings: list[Optional[str]] = [section.heading for section in release.sections]
        self.paragraphs: list[list[Sentence]] = []
        for si, section in enumerate(release.sections):
            for pi, text in enumerate(section.paragraphs):
                self.paragraphs.append([
                    Sentence(si, pi, s, e, text[s:e], section.heading, k, section.role, "body", text)
                    for k, (s, e) in enumerate(split_sentences(text))])
        lines = [("headline", 0, release.headline)] + [("subheadlines", i, t) for i, t in enumerate(release.subheadlines)]
        self.headline: list[list[Sentence]] = [
            [Sentence(-1, i, s, e, text[s:e], None, k, "headline", where, text)
             for k, (s, e) in enumerate(split_sentences(text))]
            for where, i, text in lines if text]

    def __iter__(self) -> Iterator[Sentence]:
        """Every body sentence, in reading order."""
        for sentences in self.paragraphs:
            yield from sentences

    @cached_property
    def _by_paragraph(self) -> dict[tuple[int, int], list[Sentence]]:
        return {(p[0].section, p[0].paragraph): p for p in self.paragraphs if p}

    def of_paragraph(self, section: int, paragraph: int) -> list[Sentence]:
        return self._by_paragraph.get((section, paragraph), [])

    def outside(self, *roles: str) -> list[Sentence]:
        """The body sentences of sections whose role is none of `roles`."""
        return [s for s in self if s.role not in roles]

    def around(self, section: int, paragraph: int, start: int, end: int) -> Optional[tuple[int, int]]:
        """[start, end) of the sentence or sentences of a paragraph that [start, end) touches."""
        touched = [s for s in self.of_paragraph(section, paragraph) if s.start < end and start < s.end] or \
            [s for s in self.of_paragraph(section, paragraph) if s.start <= start <= s.end]
        if not touched:
            return None
        return touched[0].start, touched[-1].end
