"""Where a fact came from: a span of a body paragraph, of the headline, or a row of a table."""

from __future__ import annotations

from pydantic import Field

from .base import Model as _Model


class Span(_Model):
    """Where a piece of the model came from: characters [start, end) of one paragraph.

    `section` and `paragraph` index `Release.sections[section].paragraphs[paragraph]`;
    `text` is exactly those characters, so a reader can check it without the release.
    """

    section: int
    paragraph: int
    start: int
    end: int
    text: str


class HeadlineSpan(_Model):
    """Characters [start, end) of the headline (index 0) or of one subheadline: the source of a fact
    printed outside the body paragraphs."""

    field: str = Field(description="headline or subheadlines")
    index: int = Field(description="which subheadline (0 for the headline)")
    start: int
    end: int
    text: str


class TableSource(_Model):
    """One row of a table of the release: `Release.sections[section].tables[table].rows[row]`."""

    section: int
    table: int
    row: int
    cells: list[int] = Field(default_factory=list, description="the cells printed for each arm, then the change")
    text: str = Field(description="the row's cells joined by ' | '")
