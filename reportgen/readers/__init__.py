"""Readers: one per input format behind `read_release`, which sniffs the format from the bytes."""

from __future__ import annotations

from reportgen.readers.release import read_release, read_text, sniff_release_format

__all__ = ["read_release", "read_text", "sniff_release_format"]
