"""The loader's error types: one located error per problem, one exception for misuse.

A :class:`BankError` is a value, not an exception: the loader collects every problem of
every bank into ``LoadResult.errors`` and keeps going. :class:`BankLoadError` is the only
exception the loader raises, and only when it is called wrongly (for example with a path
that does not exist).
"""

from __future__ import annotations

from dataclasses import dataclass


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


class BankLoadError(Exception):
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
            out.append(f".{part}")
        else:
            out.append(part)
    return "".join(out)
