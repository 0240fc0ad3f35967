"""Checks that a fact points at what it shows: a Span's text is its paragraph's characters, a
table fact's cells hold its figures. Used by the tests over every corpus release."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Union

from pydantic import BaseModel

from reportgen.model import Comparison, HeadlineSpan, Release, Span


def check_span(release: Release, span: Union[Span, HeadlineSpan, dict, None]) -> bool:
    """The span's text is exactly characters [start, end) of the paragraph (or headline line) it names."""
    if span is None:
        return False
    if isinstance(span, dict):
        span = HeadlineSpan.model_validate(span) if "field" in span else Span.model_validate(span)
    try:
        if isinstance(span, HeadlineSpan):
            text = release.headline if span.field == "headline" else release.subheadlines[span.index]
        else:
            text = release.sections[span.section].paragraphs[span.paragraph]
    except IndexError:
        return False
    return text[span.start:span.end] == span.text


def _clean(cell: str) -> str:
    return re.sub(r"\s+", " ", (cell or "").replace("\u00a0", " ")).strip()


def check_table_source(release: Release, fact: Comparison) -> bool:
    """The cells a table fact names hold the figures it shows."""
    src = fact.table_source
    if src is None:
        return False
    try:
        row = release.sections[src.section].tables[src.table].rows[src.row]
    except IndexError:
        return False
    if " | ".join(_clean(c) for c in row) != src.text:
        return False
    shown = [a.text for a in fact.arms] + ([fact.change.text] if fact.change else [])
    return [_clean(row[c]) for c in src.cells] == shown


def iter_facts_with_source(facts) -> Iterator[BaseModel]:
    """Every fact (at any depth) that has a body `source` Span."""
    if isinstance(facts, BaseModel):
        if isinstance(getattr(facts, "source", None), Span):
            yield facts
        for name in type(facts).model_fields:
            yield from iter_facts_with_source(getattr(facts, name))
    elif isinstance(facts, (list, tuple)):
        for v in facts:
            yield from iter_facts_with_source(v)
    elif isinstance(facts, dict):
        for v in facts.values():
            yield from iter_facts_with_source(v)
