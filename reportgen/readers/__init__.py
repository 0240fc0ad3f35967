"""Readers: one per input format behind `read_release`; the formats and the one sniffer that
recognises them from the bytes are listed in `registry.py`.

The names below are imported when first used (PEP 562): `reportgen text` needs the format readers
(plain.py) and not the wire rules that `read_release` assembles a release with.
"""

from __future__ import annotations

__all__ = ["read_release", "read_text", "sniff"]


def __getattr__(name: str):
    if name == "read_release":
        from reportgen.readers.release import read_release

        return read_release
    if name == "read_text":
        from reportgen.readers.plain import read_text

        return read_text
    if name == "sniff":
        from reportgen.readers.registry import sniff

        return sniff
    raise AttributeError(f"module 'reportgen.readers' has no attribute {name!r}")
