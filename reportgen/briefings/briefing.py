"""The Briefing view model: what one audience sees, in what order, as plain data (no PDF, no Word).

Templates receive a Briefing as `briefing`; every field here is part of the template context, so
add fields freely but do not rename them (user templates depend on the names).
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from ..text.sentences import sentences_of


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Note(_View):
    """Provenance of a figure: the sentence of the release it was taken from."""

    number: int = Field(description="footnote number, 1-based, in order of first use")
    text: str = Field(description="the source sentence, as the release gives it")
    section: Optional[int] = None
    paragraph: Optional[int] = None
    where: str = Field("", description="where in the release, e.g. 'lead, paragraph 5'")


# A reference number glued to the end of a sentence ('... after resection.1 The', 'in adults.2,3'):
# the release's footnote marker, not a figure; a briefing line reads without it.
_CITATION_MARK = re.compile(r"(?<=[a-z)\]])([.;:])\d{1,2}(?:[,–-]\d{1,2})*(?=\s+[A-Z“\"(]|[”\"]?\s*$)")


def without_citation_marks(text: str) -> str:
    """'... after resection.1 The ...' -> '... after resection. The ...'."""
    return _CITATION_MARK.sub(r"\1", text)


# A sentence that only points at a link the briefing does not carry: "Read Genentech's press release
# here.", "Click here to register.", "The presentation can be accessed here."
_LINK_POINTER = re.compile(r"^(?:[^.!?]{0,80}\b(?:read|view|click|see|visit|access(?:ed)?|download|watch|listen|register|find)\b"
                           r"[^.!?]{0,80}\bhere\b[^.!?]{0,40}|Click here\b[^.!?]{0,80})[.!]?[”\"]?$", re.I)


def without_link_pointers(text: str) -> str:
    """A paragraph without its sentences that point at a link the briefing has lost ("Read ...
    here."); a text that is nothing but such a sentence is left as it is (the caller decides)."""
    sentences = sentences_of(text)
    kept = [x for x in sentences if not _LINK_POINTER.match(x.strip())]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


class Item(_View):
    """One line of text (a bullet, a paragraph, a milestone) with an optional provenance note."""

    text: str
    note: Optional[int] = Field(None, description="number of the Note this text cites")
    url: Optional[str] = None

    @field_validator("text")
    @classmethod
    def _without_citation_marks(cls, text: str) -> str:
        return without_link_pointers(without_citation_marks(text))


class Fact(_View):
    """A labelled value, shown as a definition list (label: value)."""

    label: str
    value: str
    note: Optional[int] = None
    url: Optional[str] = None


class QuoteView(_View):
    text: str
    speaker: Optional[str] = None
    title: Optional[str] = None
    note: Optional[int] = None


class ContactView(_View):
    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)


class Cell(_View):
    """One cell of a results table after the measure: a figure as printed, or words."""

    text: str = ""
    derived: bool = Field(False, description="computed here, not stated: print with |derived(cell.derived)")


class ResultRow(_View):
    """One comparison: values per arm (aligned with ResultsTable.arms), effect and p-value.

    `cells` is the row as shown, one per ResultsTable.columns (empty columns already left out);
    the named fields (values, effect, p_value, ci, change) are the same figures by meaning."""

    measure: str
    population: Optional[str] = None
    cells: list[Cell] = Field(default_factory=list, description="one per ResultsTable.columns")
    heading: bool = Field(False, description="a row that only names a group of rows (release tables)")
    change: str = Field("", description="the change the release states, e.g. 'up 2% year over year'")
    values: list[str] = Field(description="one cell per column of ResultsTable.arms, '' if none")
    effect: str = Field("", description="difference between the first two arms, or hazard ratio")
    effect_derived: bool = Field(False, description="effect was computed here (a difference), not stated "
                                                     "in the release: print it with |derived(row.effect_derived)")
    p_value: str = ""
    ci: str = ""
    note: Optional[int] = None


class ResultsTable(_View):
    caption: str
    kind: str = Field("clinical", description="clinical (arms, p-values), financial (this period, prior "
                                              "period, change) or release (a table of the release itself)")
    arms: list[str] = Field(description="column headings, one per arm")
    columns: list[str] = Field(default_factory=list, description="the headings after the measure "
                                                                 "column, as shown (row.cells align)")
    measure_heading: str = "Measure"
    subcaption: str = Field("", description="headings spanning all columns (release tables)")
    truncated: bool = Field(False, description="rows were left out (release tables)")
    rows: list[ResultRow]
    has_effect: bool = False
    has_ci: bool = False
    has_p_value: bool = False


class ChartBar(_View):
    label: str
    value: float
    text: str = Field(description="the value as printed, with its unit")


class ChartGroup(_View):
    """One measure of the chart: its arms side by side, on a scale of their own."""

    measure: str
    unit: str = ""
    p_value: str = ""
    bars: list[ChartBar]


class Chart(_View):
    title: str
    groups: list[ChartGroup]


class Section(_View):
    """A titled part of a briefing. `kind` says how templates lay it out; unused lists stay empty.

    kinds: text (paragraphs), bullets (items), facts (definition list), results (the results
    table and chart), quotes, contacts, notice (small print).
    """

    id: str = Field(description="stable name: takeaways, results, risks, design ...")
    title: str
    kind: str = Field(description="text, bullets, facts, results, quotes, contacts or notice")
    intro: str = Field("", description="a line introducing `items` (shown just above them)")
    paragraphs: list[Item] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    quotes: list[QuoteView] = Field(default_factory=list)
    contacts: list[ContactView] = Field(default_factory=list)


# --- the briefing as data (`--format json` writes it; the sections show the same selections) --------

class ArmValue(_View):
    label: str = Field("", description="the arm or period as the release names it ('' when it names none)")
    value: str = Field(description="the figure as printed, with its unit")


class ResultData(_View):
    """One comparison in its frame."""

    measure: str
    kind: str = Field(description="efficacy, safety, financial or other")
    period: Optional[str] = Field(None, description="the period of the first figure (financial), as printed")
    population: Optional[str] = None
    arms: list[ArmValue] = Field(default_factory=list)
    change: str = ""
    p_value: str = ""
    source: str = Field("", description="the sentence of the release it is taken from")


class ProductData(_View):
    name: str
    generic: Optional[str] = None
    indication: Optional[str] = Field(None, description="the indication named with this product")


class CatalystData(_View):
    event: str
    when: str = Field("", description="as a reader says it: 'first half of 2025', '10 March 2025'")
    date: Optional[str] = Field(None, description="normalized: '2025-H1', '2025-03-10'")
    source: str = Field("", description="the sentence of the release it is taken from")


class QuoteData(_View):
    speaker: Optional[str] = None
    title: Optional[str] = None
    affiliation: str = Field(description="management (the issuer's own people) or independent")


class BriefingData(_View):
    """What the briefing says, as data: the selections its sections show, for other systems."""

    lead: str = Field("", description="the top line, from what the headline and the lead state")
    lead_source: str = Field("", description="the sentence of the release the lead's first figure is taken from")
    takeaways: list[str] = Field(default_factory=list)
    results: list[ResultData] = Field(default_factory=list)
    products: list[ProductData] = Field(default_factory=list)
    not_reported: list[str] = Field(default_factory=list, description="topics checked and absent from the "
                                    "whole release: primary_endpoint, n_per_arm, blinding, confidence_intervals, "
                                    "hazard_ratios, p_values, safety")
    catalysts: list[CatalystData] = Field(default_factory=list, description="events after the release date")
    guidance: list[str] = Field(default_factory=list, description="the release's outlook sentences")
    dividends: list[str] = Field(default_factory=list)
    deals: list[str] = Field(default_factory=list)
    quotes: list[QuoteData] = Field(default_factory=list)


class BriefingExport(BriefingData):
    """One audience's briefing as JSON (`--format json` writes `<release>-<audience>.json`; its
    schema is `reportgen schema --briefing`): the masthead, then the briefing as data."""

    audience: str
    audience_label: str
    title: str
    issuer: str = ""
    tickers: list[str] = Field(default_factory=list)
    date: Optional[str] = None
    stance: str = ""


class Briefing(_View):
    """Everything one audience sees of one release, in reading order."""

    audience: str = Field(description="registry name: investor, medical ...")
    audience_label: str = Field(description="e.g. 'Investor briefing'")
    title: str = Field(description="the release headline")
    subtitle: str = Field("", description="the subheadlines, joined by '; '")
    stance: str = Field("", description="one factual line: what kind of news, what it showed, what is next")
    issuer: str = Field("", description="the company that issued the release")
    tickers: list[str] = Field(default_factory=list, description="e.g. 'Nasdaq: EPCT'")
    website: Optional[str] = None
    date: Optional[str] = Field(None, description="release date, ISO")
    date_text: str = Field("", description="release date for people, e.g. '10 December 2007'")
    source_line: str = Field("", description="names the source release and its date")
    keywords: list[str] = Field(default_factory=list, description="for PDF/DOCX metadata")
    sections: list[Section] = Field(default_factory=list, description="in reading order")
    results: Optional[ResultsTable] = Field(None, description="the first of `tables` (kept for templates "
                                                              "written before `tables`)")
    tables: list[ResultsTable] = Field(default_factory=list, description="results tables, shown where the "
                                       "section of kind 'results' is: clinical, financial, the release's own")
    chart: Optional[Chart] = Field(None, description="the comparisons, arms side by side")
    notes: list[Note] = Field(default_factory=list, description="provenance notes, numbered in reading order")
    data: Optional[BriefingData] = Field(None, description="the briefing as data (lead, results, catalysts ...)")
    # the release it was built from (set by reportgen.build_briefing), for the fidelity check of
    # reportgen.render; not part of the briefing's data or its JSON
    _release: object = PrivateAttr(default=None)

    def export(self) -> BriefingExport:
        """The briefing as data, with its masthead and the key takeaways it shows."""
        data = self.data.model_dump() if self.data is not None else {}
        takeaways = self.section("takeaways")
        if takeaways is not None and not data.get("takeaways"):
            data["takeaways"] = [item.text for item in takeaways.items]
        return BriefingExport(audience=self.audience, audience_label=self.audience_label, title=self.title,
                              issuer=self.issuer, tickers=list(self.tickers), date=self.date, stance=self.stance,
                              **data)

    def all_tables(self) -> list[ResultsTable]:
        """`tables`, plus `results` when a builder set only that (each table once)."""
        tables = list(self.tables)
        if self.results is not None and not any(t is self.results for t in tables):
            tables.insert(0, self.results)
        return tables

    def section(self, id: str) -> Optional[Section]:
        """The section with this id, or None (templates: `briefing.section('risks')`)."""
        for section in self.sections:
            if section.id == id:
                return section
        return None
