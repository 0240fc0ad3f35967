"""Briefings: Release -> Briefing view model, one builder per audience, looked up in `AUDIENCES`.

A new audience is one module with `build(release) -> Briefing` registered here, plus its templates
(`<audience>.html`, `<audience>.docx`); nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ReportgenError
from ..model import Release
from . import investor, medical, press
from .briefing import Briefing, Section

AUDIENCES: dict[str, Callable[[Release], Briefing]] = {
    investor.AUDIENCE: investor.build,
    medical.AUDIENCE: medical.build,
    press.AUDIENCE: press.build,
}


def build(release: Release, audience: str) -> Briefing:
    """The briefing `audience` sees of `release`; an unknown audience is a ReportgenError."""
    try:
        builder = AUDIENCES[audience]
    except KeyError:
        raise ReportgenError(
            f"unknown audience {audience!r} (choose from: {', '.join(sorted(AUDIENCES))})"
        ) from None
    return builder(release)


__all__ = ["AUDIENCES", "Briefing", "Section", "build"]
