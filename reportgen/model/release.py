"""The release: headline, dateline, issuer, sections, quotes, contacts ... and its facts."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, PrivateAttr

from .base import Model as _Model
from .document import DocumentMetadata
from .facts import Facts
from .spans import Span


class Ticker(_Model):
    exchange: str
    symbol: str


class Issuer(_Model):
    name: Optional[str] = None
    tickers: list[Ticker] = Field(default_factory=list)
    website: Optional[str] = None


class Dateline(_Model):
    city: Optional[str] = None
    region: Optional[str] = None
    country: Optional[str] = None
    date: Optional[str] = Field(None, description="ISO date the dateline gives, year resolved")
    wire: Optional[str] = Field(None, description="wire service, e.g. PR Newswire")
    text: Optional[str] = Field(None, description="the dateline as printed")
    cities: list[str] = Field(default_factory=list, description="every city of a multi-city dateline, first = city")


class Table(_Model):
    """A table kept as a table: rows of cell strings, the first `header_rows` rows are headers."""

    caption: Optional[str] = None
    header_rows: int = 0
    rows: list[list[str]] = Field(default_factory=list)


# What a section is to a reader, decided once when the release is assembled (readers/rules/roles.py):
# the lead (the untitled opening), the body, the issuer's About boilerplate, the forward-looking
# statements, other legal notices (disclaimers), contacts left as a section, another "About ..."
# (a product, a disease, a partner), or a list of links and resources ("Additional Resources").
SECTION_ROLES = ("lead", "body", "about", "fls", "legal", "contacts", "background", "links")
SectionRole = Literal["lead", "body", "about", "fls", "legal", "contacts", "background", "links"]


class Section(_Model):
    heading: Optional[str] = Field(None, description="null for the lead section")
    role: SectionRole = Field("body", description="lead, body, about (the issuer's boilerplate), fls (forward-looking "
                                                  "statements), legal (other notices), contacts, background (another "
                                                  "'About ...': a product, a disease, a partner) or links (a list of "
                                                  "links and resources)")
    level: Optional[int] = Field(None, description="heading level: from markup when the source has it (h2, Heading 2, ## ...), else 2, or one below the heading it sits under")
    paragraphs: list[str] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)


class Quote(_Model):
    text: str
    speaker: Optional[str] = None
    title: Optional[str] = None
    source: Optional[Span] = None


class Contact(_Model):
    name: Optional[str] = None
    role: Optional[str] = Field(None, description="label the release gives: Media, Investors ...")
    organisation: Optional[str] = None
    title: Optional[str] = None
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)


class Attachment(_Model):
    filename: str
    found: bool = False
    format: Optional[str] = None
    text: Optional[str] = None
    error: Optional[str] = Field(None, description="why it could not be read, when it could not")
    title: Optional[str] = None
    headline: Optional[str] = None
    subheadlines: list[str] = Field(default_factory=list)
    headings: list[str] = Field(default_factory=list)
    metadata: Optional[DocumentMetadata] = None


class SourceInfo(_Model):
    path: Optional[str] = None
    format: Optional[str] = None


class Release(_Model):
    headline: str = ""
    subheadlines: list[str] = Field(default_factory=list)
    dateline: Dateline = Field(default_factory=Dateline)
    release_date: Optional[str] = Field(None, description="ISO date")
    issuer: Issuer = Field(default_factory=Issuer)
    sections: list[Section] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    source: Optional[str] = Field(None, description="the SOURCE line: who issued it")
    forward_looking_statements: Optional[str] = None
    trademarks: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    slug: Optional[str] = Field(None, description="the wire's slug line, e.g. EPCT-GEN")
    facts: Facts = Field(default_factory=Facts)
    warnings: list[str] = Field(default_factory=list)
    input: SourceInfo = Field(default_factory=SourceInfo)
    # the text of a text or markdown file as it was read (not part of the model or its JSON): the
    # judge of readers/judge.py reads its lines, which the paragraphs no longer have
    _source_text: str = PrivateAttr(default="")

    def paragraph(self, section: int, paragraph: int) -> str:
        return self.sections[section].paragraphs[paragraph]

    def iter_paragraphs(self):
        """(section index, paragraph index, heading, text) for every body paragraph, in order."""
        for si, sec in enumerate(self.sections):
            for pi, text in enumerate(sec.paragraphs):
                yield si, pi, sec.heading, text


def release_schema() -> dict:
    """The JSON Schema of the model, as published by `reportgen schema`."""
    return Release.model_json_schema()
