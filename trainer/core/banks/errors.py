"""The loader's error types: one located error per problem, one exception for misuse.

A :class:`BankError` is a value, not an exception: the loader collects every problem of
every bank into ``LoadResult.errors`` and keeps going. :class:`BankLoadError` is the only
exception the loader raises, and only when it is called wrongly (for example with a path
that does not exist).
"""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from typing import Any

from trainer.errors import UserError

MAX_ERRORS = 100
"""Most problems reported for one file; past it a last error says the rest were left out."""
EXCERPT = 40
"""Most characters of a value that a message shows."""

_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = EXCERPT
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = _REPR.maxset = 4
_REPR.maxlevel = 2


@dataclass(frozen=True, slots=True)
class BankError:
    """One problem in one bank file.

    ``line`` and ``column`` are 1-based, as editors show them. ``field`` is the path of
    the offending field inside the bank (``items[3].wrong[0]``), or ``""`` when the
    problem concerns the whole file (a syntax error, a file too large). ``message``
    already names the field, so ``str(error)`` is enough for a user.
    """

    path: str
    line: int
    column: int
    field: str
    message: str
    severity: str = "error"
    """``"error"`` (the bank, or the item, is refused) or ``"warning"`` (it loads; see
    :mod:`trainer.core.banks.lint`)."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def to_json(self) -> dict[str, str | int]:
        """Plain data for ``trainer validate --format json``."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


class BankLoadError(UserError):
    """The loader was called wrongly (a missing path, a path that is not a bank).

    Broken bank *content* never raises: it becomes :class:`BankError` entries.
    """


def field_path(loc: tuple[str | int, ...]) -> str:
    """A data path as users read it: ``("items", 3, "wrong", 0)`` -> ``items[3].wrong[0]``."""
    out: list[str] = []
    for part in loc:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif out:
            out.append(f".{clip(part)}")
        else:
            out.append(clip(part))
    return "".join(out)


def excerpt(value: Any) -> str:
    """A value as messages show it, whatever its size: ``'Unit…'``, ``[1, 2, ...]``.

    Only the start of a long text or list is looked at, so a message costs the same for
    a 5 MB value as for a short one.
    """
    text = _REPR.repr(value)
    return text if len(text) <= EXCERPT + 10 else text[:EXCERPT] + "..."


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clip(text: str) -> str:
    """A text quoted in a message (an option, a key, a tag): cut to at most 60 characters,
    control characters written as escapes (``\\x1b``), so a message prints as plain text."""
    text = text if len(text) <= 60 else text[:57] + "..."
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
