"""The filters and globals of every template environment, and the finalize every {{ }} output goes through.

    typo, date_text, period_text     display text (typography, dates and periods in words)
    derived, note_number, locator    figures the fidelity check must treat apart (see fidelity/check.py)
    fixed                            the template's own text (a phone number, a document ID): not the release's
    derived_note                     the legend of the derived sign

The tracing environment of the fidelity check (fidelity/tracing.py) installs these too, then
replaces `derived`, `note_number`, `locator` and `derived_note` with marking versions.
"""

from __future__ import annotations

import re

import jinja2
from markupsafe import Markup

from ..text.dates import date_text, period_text
from .typography import typography

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(value):
    """Every {{ }} output: drop control characters, which XML (DOCX) forbids and HTML discourages
    (a Word 97 attachment can carry them into release text)."""
    if isinstance(value, str):
        cleaned = _CONTROL.sub("", value)
        # Keep markup objects as markup: only the text of release data changes here.
        return type(value)(cleaned) if isinstance(value, Markup) else cleaned
    return value


# A figure the briefing computed (a difference of two reported figures) rather than quoted: the
# `derived` filter prints it with this sign, and `derived_note` explains the sign once per document.
DERIVED_SIGN = "\u2020"
DERIVED_NOTE = (f"{DERIVED_SIGN} Derived: computed by reportgen from the figures the release reports "
                "(first arm minus second); the release does not state it.")


def derived(value, is_derived: bool = True):
    """`{{ row.effect | derived(row.effect_derived) }}`: marks a computed figure with the derived sign.

    The fidelity check of `reportgen build` lets a figure that is not in the release through only
    when it is printed with this filter and the document also prints `derived_note`.
    """
    if value in (None, "") or not is_derived:
        return value
    return f"{value}{DERIVED_SIGN}"


def note_number(value):
    """`{{ note.number | note_number }}`: a provenance-note number (not a figure of the release)."""
    return value


def locator(value):
    """`{{ note.where | locator }}`: a place in the release ('lead, paragraph 5'), not a figure."""
    return value


def fixed(value):
    """`{{ "Compliance desk: +1 212 555 0100" | fixed }}`: text that is the template's own, not the
    release's. The fidelity check lets its figures through when the text is a literal of the template
    that prints it, a text or the disclaimer of the brand file, or a `--var` value; anything else
    printed with `fixed` (a figure the template computed) is still refused."""
    return value


def install(env: jinja2.Environment) -> None:
    """Give `env` the filters and globals every template can use (templates/README.md lists them)."""
    env.filters["typo"] = typography
    env.filters["date_text"] = date_text
    env.filters["period_text"] = period_text
    env.filters["derived"] = derived
    env.filters["note_number"] = note_number
    env.filters["locator"] = locator
    env.filters["fixed"] = fixed
    env.globals["derived_note"] = DERIVED_NOTE
