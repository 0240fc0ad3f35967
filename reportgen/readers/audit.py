"""The audit of a read: what became of each block the format reader read, and the model's
consistency rules, so that nothing disappears silently and misreads show without annotation.

Every block lands in a model field (headline or deck, dateline, a paragraph, a heading, a table,
contacts) or in a named piece of furniture (a wire's trailer, page chrome, a date line ...); a
block with no fate is *unaccounted*. The consistency rules need no annotation either: a headline,
a date and an issuer are found; every quote has a speaker; every contact has a name or an
organisation and a phone or an e-mail; a heading is short and not a sentence; the issuer is named
in the lead or its About section.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.model import Release
from reportgen.readers.release import read_draft
from reportgen.readers.rules.issuer import lead_paragraph

HEADING_MAX_WORDS = 14
UNACCOUNTED = "UNACCOUNTED"
RULES = ("unaccounted block", "no headline", "no release date", "no issuer", "quote without a speaker",
         "contact without a name or organisation", "contact without a phone or e-mail", "heading too long",
         "heading is a sentence", "issuer not named in the lead or About")


@dataclass(frozen=True)
class AuditLine:
    """One block the format reader read and what became of it."""

    index: int
    origin: str
    kind: str
    text: str
    fates: tuple[str, ...]


@dataclass
class Audit:
    release: Release
    lines: list[AuditLine] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (rule, what is wrong)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(RULES, 0)
        for rule, _ in self.problems:
            out[rule] += 1
        return out


def audit_release(path: str | os.PathLike) -> Audit:
    """Read a release (without its attachments) and audit the read."""
    draft = read_draft(Path(path))
    audit = Audit(draft.release)
    for b in draft.blocks:
        fates = tuple(draft.fates.get(b.index, ())) or (UNACCOUNTED,)
        audit.lines.append(AuditLine(b.index, b.origin, b.kind, " ".join(b.text.split()), fates))
    audit.problems = [("unaccounted block", line.text[:80]) for line in audit.lines if line.fates == (UNACCOUNTED,)
                      and line.text]
    audit.problems += consistency(draft.release)
    return audit


_SENTENCE = re.compile(r"[a-z]{2,}[.!?][\"”’)]?$")
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|announced|reported|said|says)\b")


def consistency(release: Release) -> list[tuple[str, str]]:
    """The model's consistency rules, each violation as (rule, what is wrong)."""
    out = []
    if not release.headline:
        out.append(("no headline", ""))
    if not release.release_date:
        out.append(("no release date", ""))
    if not release.issuer.name:
        out.append(("no issuer", ""))
    out += [("quote without a speaker", q.text[:80]) for q in release.quotes if not q.speaker]
    for c in release.contacts:
        who = c.name or c.organisation
        if not who:
            out.append(("contact without a name or organisation", ", ".join(c.phones + c.emails)[:80]))
        if not (c.phones or c.emails):
            out.append(("contact without a phone or e-mail", who or ""))
    for s in release.sections:
        if not s.heading:
            continue
        if len(s.heading.split()) > HEADING_MAX_WORDS:
            out.append(("heading too long", s.heading[:80]))
        elif _SENTENCE.search(s.heading) and _VERB.search(s.heading):
            out.append(("heading is a sentence", s.heading[:80]))
    if release.issuer.name and not _named_in_lead_or_about(release):
        out.append(("issuer not named in the lead or About", release.issuer.name))
    return out


def _named_in_lead_or_about(release: Release) -> bool:
    """The issuer's first word is in the lead or in an About section (its heading or text)."""
    first = release.issuer.name.split()[0].strip(",.").lower()
    if first == "the" and len(release.issuer.name.split()) > 1:
        first = release.issuer.name.split()[1].strip(",.").lower()
    texts = []
    for s in release.sections:
        if s.role in ("lead", "about") or (s.heading or "").lower().startswith("about"):
            texts += [s.heading or ""] + s.paragraphs
    if release.sections and not any(s.role == "lead" for s in release.sections):
        # no untitled opening (a headline read as a heading): the lead the issuer was looked for in
        texts.append(lead_paragraph([p for _, _, _, p in release.iter_paragraphs()], release.headline))
    return first in " ".join(texts).lower()


def render_audit(audit: Audit) -> str:
    """The audit as text: each block with what it became, then the consistency problems."""
    rows = []
    for line in audit.lines:
        mark = "!" if line.fates == (UNACCOUNTED,) else " "
        rows.append(f"{mark}{line.index:4d} {line.kind:<7} {'; '.join(line.fates)[:48]:<48} | {line.text[:110]}")
    problems = [f"  {rule}: {what}" if what else f"  {rule}" for rule, what in audit.problems]
    tail = ["", f"{len(audit.problems)} problem(s)" + (":" if problems else "")] + problems
    return "\n".join(rows + tail)
