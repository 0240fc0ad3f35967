"""Display typography for release text: the `typo` filter of the templates.

The model keeps release text exactly as printed (wire copy writes 'Ceplene(TM)', straight quotes
and '--'); briefings show it as typeset text. Only characters change, never digits, so the
fidelity check reads the same figures either way:

    (TM) -> ™   (R) -> ®   (SM) -> ℠   (C) after a word or before a year -> ©
    "..." -> “...”   it's -> it’s   'quoted' -> ‘quoted’
    10--20 -> 10–20 (en dash between figures)   word -- word / word--word -> word—word (em dash)
    ... -> …
"""

from __future__ import annotations

import re

from markupsafe import Markup

_MARKS = [
    (re.compile(r"\s?\((?:TM|tm)\)"), "™"),
    (re.compile(r"\s?\((?:R|r)\)(?=\W|$)"), "®"),
    (re.compile(r"\s?\(SM\)"), "℠"),
    (re.compile(r"\((?:C|c)\)(?=\s*(?:19|20)\d\d)"), "©"),
]
_EN_DASH = re.compile(r"(?<=\d)\s?--\s?(?=\d)")
_EM_DASH = re.compile(r"\s*(?<!-)--(?!-)\s*")
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_DOUBLE_OPEN = re.compile(r'(^|[\s(\[{\u2014\u2013/-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[{\u2014\u2013\"“/-])'(?=\w)")


def typography(value):
    """`{{ text | typo }}`: ™ ® “curly quotes” and dashes for display; None and '' pass through.
    Markup (a template's own output) is left alone: only release text is retouched."""
    if value is None or isinstance(value, Markup) or not isinstance(value, str):
        return value
    s = value
    for pattern, mark in _MARKS:
        s = pattern.sub(mark, s)
    s = _EN_DASH.sub("\u2013", s)
    s = _EM_DASH.sub("\u2014", s)
    s = _ELLIPSIS.sub("\u2026", s)
    if '"' in s:
        s = _DOUBLE_OPEN.sub(lambda m: m.group(1) + "\u201c", s)
        s = s.replace('"', "\u201d")
    if "'" in s:
        s = _SINGLE_OPEN.sub(lambda m: m.group(1) + "\u2018", s)
        s = s.replace("'", "\u2019")
    return s
