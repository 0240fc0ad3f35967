"""Facts: what the extractors find in a release, each kind a class, each fact with its source.

Every fact found in the body carries `source`, a Span whose `text` is exactly the characters of
the paragraph it points into. Comparisons printed in the headline carry `headline_source`
instead, and rows of the release's own results tables `table_source`. Values are as the release
prints them (`text`) and as numbers (`value`, with a normalized `unit`).
"""

from __future__ import annotations

from typing import Optional, Union

from pydantic import Field

from .base import Model as _Model
from .spans import HeadlineSpan, Span, TableSource

Number = Union[int, float]


class PValue(_Model):
    text: str = Field(description="as printed, e.g. 'p<0.01'")
    op: str = Field(description="one of = < <= > >=")
    value: float


class ConfidenceInterval(_Model):
    level: float = Field(description="e.g. 95")
    low: float
    high: float
    text: str


class Arm(_Model):
    """One side of a comparison: a study arm, or a period of a period-over-period result."""

    label: Optional[str] = Field(None, description="the arm or period as the release names it")
    value: Optional[Number] = Field(None, description="null when the release gives no figure ('not reached')")
    unit: Optional[str] = Field(None, description="normalized: '%', 'months', '$ million', 'per share' ...")
    text: Optional[str] = Field(None, description="the figure as printed")


class AbsoluteChange(_Model):
    """The absolute change printed beside a relative one ('decreased $112 million, or 3.4%')."""

    value: Number
    unit: Optional[str] = None
    text: str


class Change(_Model):
    """The change the release states (never computed)."""

    value: Optional[Number] = None
    unit: Optional[str] = None
    direction: str = Field(description="increase, decrease, reduction, improvement, difference, change ...")
    text: str
    absolute: Optional[AbsoluteChange] = None


class Comparison(_Model):
    """A result: treatment vs control, period over period, change from baseline, or a single result."""

    measure: Optional[str] = None
    population: Optional[str] = None
    arms: list[Arm] = Field(default_factory=list)
    change: Optional[Change] = None
    p_value: Optional[PValue] = None
    ci: Optional[ConfidenceInterval] = None
    hazard_ratio: Optional[float] = None
    n: Optional[int] = Field(None, description="n= printed in the sentence")
    kind: str = Field(description="treatment-vs-control, period-over-period, change-from-baseline or single-result")
    trend: bool = Field(False, description="the release calls the result a trend")
    direction: Optional[str] = Field(None, description="for a new level without a prior figure: increase, "
                                                       "decrease or flat")
    basis: Optional[str] = Field(None, description="what a period-over-period change is stated against, when its "
                                                   "sentence says so: 'year over year'")
    source: Optional[Span] = None
    headline_source: Optional[HeadlineSpan] = None
    table_source: Optional[TableSource] = None


class Abbreviation(_Model):
    short: str
    long: str
    source: Span


class Mechanism(_Model):
    """A sentence describing how a product works."""

    text: str
    source: Span


class Product(_Model):
    brand: Optional[str] = None
    generic: Optional[str] = None
    mark: Optional[str] = Field(None, description="TM, R or SM")
    partner: Optional[str] = Field(None, description="the combination partner")
    mechanism: list[Mechanism] = Field(default_factory=list)
    candidate: bool = Field(False, description="a development candidate named without a mark")
    source: Span


class Indication(_Model):
    disease: str
    disease_long: Optional[str] = None
    population: Optional[str] = None
    source: Span


class PublicationRef(_Model):
    journal: str
    volume: Optional[int] = None
    issue: Optional[int] = None
    date: Optional[str] = None
    year: Optional[int] = None
    pages: Optional[str] = None


class Publication(PublicationRef):
    source: Span


class Trial(_Model):
    name: Optional[str] = None
    phase: Optional[str] = Field(None, description="e.g. 'Phase III'")
    phase_number: Optional[str] = Field(None, description="the phase as numbers: '3', '2b', '1/2'")
    design: list[str] = Field(default_factory=list, description="pivotal, randomized, double-blind ...")
    randomized: Optional[int] = None
    enrolled: Optional[int] = None
    countries: Optional[int] = None
    sites: Optional[int] = None
    duration: Optional[str] = None
    primary_endpoint: Optional[str] = None
    publication: Optional[PublicationRef] = None
    source: Optional[Span] = None


class Milestone(_Model):
    event: str
    period: Optional[str] = Field(None, description="normalized: '2008-H1', '2025-Q3', '2026-03', '2027'")
    period_text: Optional[str] = Field(None, description="the period as printed")
    status: str = Field(description="expected or under review")
    kind: str = Field(description="regulatory, clinical, commercial, financial or corporate")
    source: Span


class Event(_Model):
    kind: str = Field(description="meeting or presentation")
    ordinal: Optional[int] = None
    name: Optional[str] = None
    abbreviation: Optional[str] = None
    place: Optional[str] = None
    format: Optional[str] = Field(None, description="poster, oral ...")
    date: Optional[str] = None
    title: Optional[str] = None
    presenter: Optional[str] = None
    source: Span


class Person(_Model):
    name: str
    credentials: list[str] = Field(default_factory=list)
    title: Optional[str] = None
    organisation: Optional[str] = None
    roles: list[str] = Field(default_factory=list, description="quoted, presenter, contact")
    source: Span


class Statement(_Model):
    """A sentence of the release that states something a briefing selects: guidance, a safety
    finding, why the news matters, a paragraph's opening."""

    text: str
    source: Span
    cue: Optional[str] = Field(None, description="the words that made it one ('approval', 'well tolerated' ...)")
    weight: int = Field(0, description="how strong the cue is, where kinds of cue differ (significance: 1-3)")


class Risk(_Model):
    """A risk factor the forward-looking statements name, as one item of their list."""

    text: str = Field(description="the item, sentence-cased; 'that X' items read 'the risk that X'")
    source: Optional[Span] = Field(None, description="the item as printed, where it is found in one paragraph")


class Disclosure(_Model):
    """Where the release states one of the items a clinical report is read for (CONSORT): a briefing
    says an item is not reported only when the release has no disclosure of it."""

    topic: str = Field(description="primary_endpoint, n_per_arm, blinding, confidence_intervals, "
                                   "hazard_ratios, p_values or safety")
    source: Union[Span, HeadlineSpan] = Field(description="the words that state it (a headline line's or a "
                                                           "paragraph's)")


class Facts(_Model):
    """Every fact of a release, by kind."""

    abbreviations: dict[str, str] = Field(default_factory=dict, description="short form -> long form")
    abbreviation_sources: list[Abbreviation] = Field(default_factory=list)
    products: list[Product] = Field(default_factory=list)
    indications: list[Indication] = Field(default_factory=list)
    trials: list[Trial] = Field(default_factory=list)
    comparisons: list[Comparison] = Field(default_factory=list)
    headline_comparisons: list[Comparison] = Field(default_factory=list,
                                                   description="printed in the headline and subheadlines")
    table_comparisons: list[Comparison] = Field(default_factory=list,
                                                description="period-over-period rows of the release's tables")
    milestones: list[Milestone] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    outlook: list[Statement] = Field(default_factory=list, description="the release's guidance sentences")
    significance: list[Statement] = Field(default_factory=list, description="sentences on firsts, unmet need, "
                                          "approval and the path to market, weighted by the strength of the cue")
    safety: list[Statement] = Field(default_factory=list, description="sentences reporting safety or tolerability")
    topic_sentences: list[Statement] = Field(default_factory=list, description="the opening sentence of each "
                                             "paragraph of the news (quotes, legal and dial-in text left out)")
    risks: list[Risk] = Field(default_factory=list, description="the risk factors the forward-looking statements "
                                                                "name")
    dividends: list[Statement] = Field(default_factory=list, description="sentences declaring a dividend or "
                                                                         "distribution, with its amount")
    deals: list[Statement] = Field(default_factory=list, description="sentences announcing an acquisition, merger, "
                                                                     "sale or financing the issuer is party to")
    disclosures: list[Disclosure] = Field(default_factory=list, description="the first sentence stating each "
                                          "clinical reporting item (Disclosure.topic)")

    def discloses(self, topic: str) -> bool:
        """Whether the release states `topic` anywhere (a Disclosure.topic)."""
        return any(d.topic == topic for d in self.disclosures)

    def counts(self) -> dict[str, int]:
        """How many facts of each kind (for summaries)."""
        return {name: len(getattr(self, name)) for name in type(self).model_fields
                if name != "abbreviation_sources" and getattr(self, name)}
