"""The one base class of the errors a user should see, shared by every layer.

An exception deriving from :class:`UserError` carries a plain message for a person:
what went wrong, where (a file, a line, a profile) and what to do. The app shows that
message as it is and the command lines print it without a traceback. Any other
exception is a bug: the app logs it with its traceback and shows a plain "details in
the log" (``trainer.ui.operations.describe``, the one place that decides).

This module imports nothing, so the core, the store and the app can all derive from it.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message a user can read and act on (``str(error)`` is that message)."""


class CommandError(UserError):
    """A command line's problem, printed in one line as ``trainer COMMAND: message``;
    ``code`` is the exit code: 1 when the command could not do its work, 2 for bad usage."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code
