"""Errors that reach the user as one clear line."""

from __future__ import annotations


class LederbogError(Exception):
    """A problem the user can act on: shown as one line, exit code `exit_code`."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(LederbogError):
    """The command line itself was wrong (unknown option, bad value)."""

    exit_code = 2


class OutputFailed(LederbogError):
    """The command did its work, but what it printed could not be written (a full disk)."""
