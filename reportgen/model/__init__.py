"""The normalized model: plain data that every reader produces and every briefing consumes.

Nothing here does I/O or formatting, and nothing here imports the rest of reportgen. The JSON keys
of `Release` are a published contract (`reportgen schema` prints its JSON Schema); add fields,
never rename them.

Its names are imported when first used (PEP 562): `reportgen text` needs `Document` alone, not the
pydantic classes of a release and its facts, whose construction costs most of its start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_MODULES = {
    "document": ["Document", "DocumentLink", "DocumentMetadata", "DocumentParagraph"],
    "facts": ["Abbreviation", "AbsoluteChange", "Arm", "Change", "Comparison", "ConfidenceInterval", "Disclosure", "Event", "Facts", "Indication", "Mechanism", "Milestone", "Person", "Product", "Publication", "PublicationRef", "PValue", "Risk", "Statement", "Trial"],
    "release": ["SECTION_ROLES", "Attachment", "Contact", "Dateline", "Issuer", "Quote", "Release", "Section", "SourceInfo", "Table", "Ticker", "release_schema"],
    "spans": ["HeadlineSpan", "Span", "TableSource"],
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "SECTION_ROLES", "Abbreviation", "AbsoluteChange", "Arm", "Attachment", "Change", "Comparison",
    "ConfidenceInterval", "Contact", "Dateline", "Disclosure", "Document", "DocumentLink", "DocumentMetadata",
    "DocumentParagraph", "Event", "Facts", "HeadlineSpan", "Indication", "Issuer", "Mechanism", "Milestone",
    "PValue", "Person", "Product", "Publication", "PublicationRef", "Quote", "Release", "Risk", "Section",
    "SourceInfo", "Span", "Statement", "Table", "TableSource", "Ticker", "Trial", "release_schema",
]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'reportgen.model' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # what type checkers and readers of the code see
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
