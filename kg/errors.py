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
    """One input (a file, or a line of a JSON Lines file) could not be read and was skipped.

    ``traceback`` holds the traceback of an unexpected error behind the skip (``kg build
    --debug`` prints it); it is empty for the expected reasons (missing, empty, binary, ...).
    """

    traceback: str = ""


# Modules whose pip package has another name; any other module is installed by its own name.
_PIP_NAMES = {"charset_normalizer": "charset-normalizer", "yaml": "PyYAML", "lxml": "lxml"}


def failure_detail(error: BaseException) -> str:
    """An unexpected error in one line: its type and first line; a missing module with the
    pip command that installs it."""
    first = str(error).strip().splitlines()[:1]
    text = f"{type(error).__name__}: {first[0]}" if first else type(error).__name__
    if isinstance(error, ImportError):
        name = (error.name or "").split(".")[0]
        if name:
            return f"{text}; install it with: pip install {_PIP_NAMES.get(name, name)}"
    return text


def unexpected_failure(code: str, where: str, error: BaseException) -> InputSkipped:
    """The ``InputSkipped`` of an unexpected ``error`` on input ``where``, its traceback kept."""
    import traceback

    skipped = InputSkipped(code, f"{where}: failed: {failure_detail(error)}")
    skipped.traceback = "".join(traceback.format_exception(error))
    return skipped


class SkipCatalogue(Enum):
    """Base of a catalogue of skip reasons: each member is (stable code, message template)."""

    def error(self, where: str, detail: str = "") -> InputSkipped:
        """The ``InputSkipped`` for the input named ``where``."""
        code, template = self.value
        return InputSkipped(code, template.format(where=where, detail=detail))
