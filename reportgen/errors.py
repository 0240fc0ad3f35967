"""One exception tree and one table of exit codes: every failure a user can cause is a
ReportgenError with a one-line message and the exit code of its kind.

`EXIT_CODES` is the table the command line honours and the README prints (a test keeps the two
the same); each error class names its code, so a code is never chosen at the place of the error.
"""

from __future__ import annotations

# code -> what it means; the README's table of exit codes is this one
EXIT_CODES: dict[int, str] = {
    0: "success (warnings, if any, on stderr)",
    1: "an error of no more specific kind",
    2: "usage or input: a bad option or value, a file that cannot be read (missing, too large, empty, "
       "malformed)",
    3: "an encrypted or rights-protected input, without its password (or with a wrong one)",
    4: "a template error (the message names the file and line)",
    5: "a fidelity violation: a briefing would show a figure the release does not contain",
    6: "an output that cannot be produced or written (rendering failed, `--out` not writable)",
    7: "not a press release (build it anyway with `--force`)",
    70: "an internal error: a bug in reportgen (run with `--debug` for the traceback)",
    130: "interrupted (Ctrl-C)",
}
INTERNAL_ERROR = 70
INTERRUPTED = 130


class ReportgenError(Exception):
    """Base of every error reportgen reports to a user; the CLI prints `error: <message>`."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class UsageError(ReportgenError):
    """A bad option or option value (an unknown audience, format, paper, PDF variant ...)."""

    exit_code = 2


class InputError(ReportgenError):
    """A file that cannot be read: missing, too large, the wrong format, malformed."""

    exit_code = 2


class EncryptedError(InputError):
    """A document protected by a password or rights management."""

    exit_code = 3


class TemplateError(ReportgenError):
    """A template that does not load or render; the message names the file and line."""

    exit_code = 4


class FidelityError(ReportgenError):
    """A briefing would show a number the release does not contain."""

    exit_code = 5


class RenderError(ReportgenError):
    """The PDF or DOCX could not be produced, or an output could not be written."""

    exit_code = 6


class OutputError(RenderError):
    """The output folder cannot be created or written (found before anything is built)."""


class NotAReleaseError(InputError):
    """The input reads, but is not a press release (readers/judge.py says why)."""

    exit_code = 7
