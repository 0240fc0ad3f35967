"""Numerals Word prints in place of numbers: lower-case roman for endnote marks and list levels.

Its own module because the reader (endnote marks) and the list layer (list labels) both need it.
"""

from __future__ import annotations


def roman(n: int) -> str:
    """Lower-case roman numeral: Word's default endnote numbering."""
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)
