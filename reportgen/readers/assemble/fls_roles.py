"""4. The forward-looking statements (rules/fls.py), and each section's role (rules/roles.py: the
lead, the body, About the issuer, the statements, contacts ...), set once the issuer is known."""

from __future__ import annotations

from reportgen.readers.assemble.draft import Draft
from reportgen.readers.rules.fls import find_fls
from reportgen.readers.rules.roles import assign_roles


def find_forward_looking(d: Draft) -> None:
    d.release.forward_looking_statements = find_fls(d.release.sections)


def assign_section_roles(d: Draft) -> None:
    # the issuer as a briefing names it: the name found, else the SOURCE line
    d.release.sections = assign_roles(d.release.sections, d.release.issuer.name or d.release.source)
