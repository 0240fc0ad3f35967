"""Provenance notes: every figure a briefing shows cites the sentence of the release it came from.

Sentences are the release's own, split by the one splitter (text.sentences), so a note quotes the
very sentence the extractor read.
"""

from __future__ import annotations

from typing import Optional

from ..model import Release, Span
from ..text.sentences import SentenceIndex
from .briefing import Briefing, Note
from .format import clean


class Notes:
    """Numbers provenance notes in order of first use; the same sentence gets the same number."""

    def __init__(self, release: Release):
        self.release = release
        self.sentences = SentenceIndex(release)
        self.notes: list[Note] = []
        self._by_key: dict[tuple, int] = {}

    def cite(self, source: Optional[Span]) -> Optional[int]:
        """The note number for a fact's source span (None when there is none)."""
        if source is None:
            return None
        sentence = self.sentence(source)
        if not sentence:
            return None
        key = (source.section, source.paragraph, sentence)
        if key not in self._by_key:
            number = len(self.notes) + 1
            self._by_key[key] = number
            self.notes.append(Note(number=number, text=sentence, section=source.section,
                                   paragraph=source.paragraph, where=where(self.release, source)))
        return self._by_key[key]

    def sentence(self, source: Span) -> str:
        """The whole sentence (or sentences) around a span, so a note reads on its own."""
        try:
            paragraph = self.release.sections[source.section].paragraphs[source.paragraph]
        except IndexError:
            return clean(source.text)
        if not 0 <= source.start <= source.end <= len(paragraph):
            return clean(source.text) or clean(paragraph)
        bounds = self.sentences.around(source.section, source.paragraph, source.start, source.end)
        return clean(paragraph[bounds[0]:bounds[1]]) if bounds else clean(paragraph)

    def value_source(self, source: Optional[Span], value: str) -> Optional[Span]:
        """The span of the sentence that states `value`: in the fact's own sentence if it is there,
        else the first sentence of the same paragraph, then of the release, that contains it (a
        fact's fields can come from neighbouring sentences: a trial's duration, its publication)."""
        needle = clean(value).lower()
        if not needle:
            return None
        if source is not None and needle in self.sentence(source).lower():
            return source
        order = [self.sentences.of_paragraph(source.section, source.paragraph)] if source is not None else []
        for sentences in order + self.sentences.paragraphs:
            for s in sentences:
                at = s.text.lower().find(needle)
                if at >= 0:
                    return s.span(s.start + at, s.start + at + len(needle))
        return None


def where(release: Release, source: Span) -> str:
    """'Ceplene Clinical Trial History, paragraph 1', 'lead, paragraph 5'."""
    if not 0 <= source.section < len(release.sections):
        return ""
    heading = release.sections[source.section].heading or "lead"
    return f"{heading}, paragraph {source.paragraph + 1}"


def number_notes_in_reading_order(briefing: Briefing) -> None:
    """Renumber notes 1, 2, 3 ... in the order a reader meets them (builders cite in any order)."""
    order: list[int] = []
    for section in briefing.sections:
        # The order the templates lay a section out in: paragraphs, results, facts, items, quotes.
        things = list(section.paragraphs)
        if section.kind == "results":
            things += [row for table in briefing.all_tables() for row in table.rows]
        things += [*section.facts, *section.items, *section.quotes]
        for thing in things:
            if thing.note is not None and thing.note not in order:
                order.append(thing.note)
    for note in briefing.notes:
        if note.number not in order:
            order.append(note.number)
    new = {old: i + 1 for i, old in enumerate(order)}
    for section in briefing.sections:
        for thing in [*section.paragraphs, *section.items, *section.facts, *section.quotes]:
            if thing.note is not None:
                thing.note = new[thing.note]
    for table in briefing.all_tables():
        for row in table.rows:
            if row.note is not None:
                row.note = new[row.note]
    for note in briefing.notes:
        note.number = new[note.number]
    briefing.notes.sort(key=lambda n: n.number)
