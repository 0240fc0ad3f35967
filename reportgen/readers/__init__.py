"""Readers: one per input format behind `read_release`; the formats and the one sniffer that
recognises them from the bytes are listed in `registry.py`."""

from __future__ import annotations

from reportgen.readers.registry import sniff
from reportgen.readers.release import read_release, read_text

__all__ = ["read_release", "read_text", "sniff"]
