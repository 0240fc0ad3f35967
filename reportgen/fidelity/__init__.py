"""The fidelity check, between briefings and render: a briefing shows no number its release does not contain.

    numbers.py   which numbers a text prints that the release lacks (values, not spellings)
    tracing.py   tracing renders: each piece of output with the template file and line that printed it
    check.py     verify(): the briefing as each format shows it, checked number by number; check_sources()

It renders the templates itself (in tracing mode, through render's templating) and hands render
the tracer: render never imports this package.
"""

from .check import check_sources, verify
from .numbers import find_unsupported_numbers

__all__ = ["check_sources", "find_unsupported_numbers", "verify"]
