"""One exception type for users' mistakes, and the catalogue of their messages.

Library code raises ``KgError`` with a message that names the bad value and says how to fix it;
only the CLI catches it, prints it on one line and exits with the code documented in README.md.
"""

from __future__ import annotations

from enum import Enum


class KgError(Exception):
    """A user's mistake or unusable input: printed as one line, never as a traceback."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class InputSkipped(KgError):
    """One input (a file, or a line of a JSON Lines file) could not be read and was skipped."""


class SkipCatalogue(Enum):
    """Base of a catalogue of skip reasons: each member is (stable code, message template)."""

    def error(self, where: str, detail: str = "") -> InputSkipped:
        """The ``InputSkipped`` for the input named ``where``."""
        code, template = self.value
        return InputSkipped(code, template.format(where=where, detail=detail))
