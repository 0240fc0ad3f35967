"""The normalized model: plain data that every reader produces and every briefing consumes.

Nothing here does I/O or formatting, and nothing here imports the rest of reportgen. The JSON keys
of `Release` are a published contract (`reportgen schema` prints its JSON Schema); add fields,
never rename them.
"""

from .document import Document, DocumentLink, DocumentMetadata, DocumentParagraph
from .facts import (
    Abbreviation,
    AbsoluteChange,
    Arm,
    Change,
    Comparison,
    ConfidenceInterval,
    Disclosure,
    Event,
    Facts,
    Indication,
    Mechanism,
    Milestone,
    Person,
    Product,
    Publication,
    PublicationRef,
    PValue,
    Risk,
    Statement,
    Trial,
)
from .release import (
    SECTION_ROLES,
    Attachment,
    Contact,
    Dateline,
    Issuer,
    Quote,
    Release,
    Section,
    SourceInfo,
    Table,
    Ticker,
    release_schema,
)
from .spans import HeadlineSpan, Span, TableSource

__all__ = [
    "SECTION_ROLES", "Abbreviation", "AbsoluteChange", "Arm", "Attachment", "Change", "Comparison",
    "ConfidenceInterval", "Contact", "Dateline", "Disclosure", "Document", "DocumentLink", "DocumentMetadata",
    "DocumentParagraph", "Event", "Facts", "HeadlineSpan", "Indication", "Issuer", "Mechanism", "Milestone",
    "PValue", "Person", "Product", "Publication", "PublicationRef", "Quote", "Release", "Risk", "Section",
    "SourceInfo", "Span", "Statement", "Table", "TableSource", "Ticker", "Trial", "release_schema",
]
