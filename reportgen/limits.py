"""The one size limit of every file reportgen reads (a release, an attachment, a document for
`text`), and how a user raises it. A leaf module: the command line sets the limit without importing
the readers."""

from __future__ import annotations

import os
from typing import Optional

from reportgen.errors import InputError

# A release is tens of kB, a saved wire web page at most a few MB, a Word attachment with its pictures
# a few MB (the largest of the corpora: 0.9 MB). Reading costs about 0.6 s a MB of hard-wrapped text
# (the whole file is held in memory and parsed), so the limit is where an input that no wire sends
# is refused at once rather than read for tens of seconds: 16 MB, read in about 10 s at worst.
MAX_INPUT_BYTES = 16 * 1024 * 1024
# A user with bigger files raises the limit for a run (`reportgen --max-input-mb 64 ...`) or for a
# shell (export REPORTGEN_MAX_INPUT_MB=64).
MAX_INPUT_ENV = "REPORTGEN_MAX_INPUT_MB"

_MB = 1024 * 1024
_override: Optional[int] = None  # the limit the command line gave, in bytes


def set_input_limit(mb: Optional[float]) -> None:
    """The limit for this process from the command line (None: the variable or the default)."""
    global _override
    _override = None if mb is None else int(mb * _MB)


def input_limit() -> int:
    """The size limit in bytes: --max-input-mb, else REPORTGEN_MAX_INPUT_MB, else MAX_INPUT_BYTES."""
    if _override is not None:
        return _override
    value = os.environ.get(MAX_INPUT_ENV, "").strip()
    if not value:
        return MAX_INPUT_BYTES
    try:
        mb = float(value)
    except ValueError:
        mb = 0
    if not 0 < mb < 1e6:
        raise InputError(f"{MAX_INPUT_ENV}={value!r}: the input size limit must be a positive number of MB")
    return int(mb * _MB)
