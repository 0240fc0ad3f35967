"""Documents: the text of a word-processor file (or any file reportgen reads), story by story."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from .base import Model as _Model


class DocumentParagraph(_Model):
    text: str
    style: Optional[str] = None


class DocumentLink(_Model):
    """A hyperlink kept from a document: the text shown and the address it points to."""

    text: str = ""
    url: str


class DocumentMetadata(_Model):
    title: Optional[str] = None
    author: Optional[str] = None
    subject: Optional[str] = None
    keywords: Optional[str] = None
    created: Optional[str] = None
    modified: Optional[str] = None


class Document(_Model):
    """The text of a word-processor document (or any document reportgen reads), by story."""

    # the stories besides the body, in the order `reportgen text` prints them
    STORIES: ClassVar[tuple[str, ...]] = ("headers", "footers", "footnotes", "endnotes", "comments", "textboxes")

    format: str
    body: str = ""
    paragraphs: list[DocumentParagraph] = Field(default_factory=list)
    tables: list[list[list[str]]] = Field(default_factory=list)
    headers: list[str] = Field(default_factory=list)
    footers: list[str] = Field(default_factory=list)
    footnotes: list[str] = Field(default_factory=list)
    endnotes: list[str] = Field(default_factory=list)
    comments: list[str] = Field(default_factory=list)
    comment_authors: list[str] = Field(default_factory=list,
                                       description="who wrote each comment, parallel to comments ('' if unknown)")
    textboxes: list[str] = Field(default_factory=list)
    links: list[DocumentLink] = Field(default_factory=list)
    metadata: DocumentMetadata = Field(default_factory=DocumentMetadata)
    warnings: list[str] = Field(default_factory=list)

    def has_text(self) -> bool:
        """Any text at all, in the body or another story."""
        return bool(self.body.strip()) or any(t.strip() for story in self.STORIES for t in getattr(self, story))
