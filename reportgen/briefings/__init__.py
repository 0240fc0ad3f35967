"""Briefings: Release -> Briefing view model, one builder per audience, looked up in `AUDIENCES`.

A new audience is one module with `build(release) -> Briefing` plus its templates
(`<audience>.html`, `<audience>.docx`). The built-ins are registered here; any other is registered
at run time from a user's folder or an installed package (`reportgen/plugins.py`, see
docs/new-audience.md) with `register`; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from ..errors import ReportgenError, UsageError
from ..model import Release
from . import investor, medical, press
from .briefing import Briefing, Section
from .select import has_clinical_content

Builder = Callable[[Release], Briefing]
Applies = Callable[[Release], bool]

AUDIENCES: dict[str, Builder] = {
    investor.AUDIENCE: investor.build,
    medical.AUDIENCE: medical.build,
    press.AUDIENCE: press.build,
}
# Built by default only for the releases this says yes to (asked for by name, always built).
APPLIES: dict[str, Applies] = {
    medical.AUDIENCE: lambda release: has_clinical_content(release.facts),
}
# why an audience left out by default was left out, for the build's note
SKIP_REASONS: dict[str, str] = {
    medical.AUDIENCE: "the release has no clinical content (no trial, indication or efficacy result)",
}
BUILTIN: tuple[str, ...] = tuple(AUDIENCES)  # the audiences reportgen ships, in their order


def register(name: str, builder: Builder, *, applies: Optional[Applies] = None, skip_reason: str = "") -> str:
    """Register an audience (reportgen/plugins.py does, for a user's folder or an installed
    package): its builder, and when it is built by default (always when `applies` is None)."""
    name = name.strip().lower()
    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise UsageError(f"audience name {name!r}: use letters, digits, '-' and '_'")
    if name in BUILTIN:
        raise UsageError(f"audience {name!r} is built in; give yours another name")
    AUDIENCES[name] = builder
    APPLIES.pop(name, None)
    SKIP_REASONS.pop(name, None)
    if applies is not None:
        APPLIES[name] = applies
        if skip_reason:
            SKIP_REASONS[name] = skip_reason
    return name


def unregister(name: str) -> None:
    """Forget an added audience (a built-in one stays)."""
    if name not in BUILTIN:
        for table in (AUDIENCES, APPLIES, SKIP_REASONS):
            table.pop(name, None)


def default_audiences(release: Release) -> tuple[list[str], list[str]]:
    """(the audiences built when none is asked for, the notes on those left out)."""
    chosen, notes = [], []
    for name in AUDIENCES:
        applies = APPLIES.get(name)
        if applies is None or applies(release):
            chosen.append(name)
        else:
            reason = SKIP_REASONS.get(name, "it does not apply to this release")
            notes.append(f"no {name} briefing: {reason}; ask for it with --audience {name}")
    return chosen, notes


def build(release: Release, audience: str) -> Briefing:
    """The briefing `audience` sees of `release`; an unknown audience is a ReportgenError."""
    try:
        builder = AUDIENCES[audience]
    except KeyError:
        raise ReportgenError(
            f"unknown audience {audience!r} (choose from: {', '.join(sorted(AUDIENCES))})"
        ) from None
    return builder(release)


__all__ = ["AUDIENCES", "BUILTIN", "Briefing", "Section", "build", "default_audiences", "register", "unregister"]
