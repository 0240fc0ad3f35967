"""One exception tree: every failure a user can cause is a ReportgenError with a one-line message."""

from __future__ import annotations


class ReportgenError(Exception):
    """Base of every error reportgen reports to a user; the CLI prints `error: <message>`."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


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
    """The PDF or DOCX could not be produced."""

    exit_code = 6
