"""The hot path: Core statements compiled once, run straight on the DBAPI cursor.

One study step (answer, commit, next item) is dominated by per-statement
overhead in SQLAlchemy's execution machinery. :class:`Prepared` compiles a Core
statement once for the store's dialect (so the SQL stays portable and the
paramstyle is the driver's) and :meth:`Store.fast_write` / :meth:`Store.fast_read`
run such statements on the raw cursor inside one transaction. Values are passed
as the database stores them: datetimes as epoch milliseconds (``to_millis``).

This module imports no SQLAlchemy: the start-up's fast path to Home runs the same
reading code on a plain :mod:`sqlite3` cursor, with each statement's SQL taken from
``trainer.store.frozen_sql`` (:func:`frozen`) instead of compiled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Dialect
    from sqlalchemy.sql.expression import Executable


class Prepared:
    """A statement compiled for one dialect, with its parameter order."""

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        self.sql: str = str(compiled)
        self.positional: bool = bool(dialect.positional)
        self.names: list[str] = list(compiled.positiontup or [])
        self.defaults: dict[str, Any] = dict(compiled.params)

    @classmethod
    def from_sql(cls, sql: str, names: Sequence[str], defaults: Mapping[str, Any]) -> Prepared:
        """A statement already compiled for SQLite (positional ``?`` parameters)."""
        prepared = cls.__new__(cls)
        prepared.sql = sql
        prepared.positional = True
        prepared.names = list(names)
        prepared.defaults = dict(defaults)
        return prepared

    def args(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        """The driver's parameters for ``values`` (literals of the statement filled in)."""
        if self.positional:
            return [values[n] if n in values else self.defaults[n] for n in self.names]
        return {**self.defaults, **values}


Prepare = Callable[[str], Prepared]
"""The statement of a name (``"queue.seen"``...), ready for one database: the store's
compiled from its Core statement, or :func:`frozen` for a SQLite file read directly."""


@functools.cache
def frozen(name: str) -> Prepared:
    """The statement ``name`` as frozen for SQLite in ``trainer.store.frozen_sql``."""
    from trainer.store.frozen_sql import STATEMENTS

    sql, names, defaults = STATEMENTS[name]
    return Prepared.from_sql(sql, names, defaults)


class FastCursor:
    """A DBAPI cursor that runs :class:`Prepared` statements."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def execute(self, prepared: Prepared, values: Mapping[str, Any]) -> FastCursor:
        self.cursor.execute(prepared.sql, prepared.args(values))
        return self

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        """The rows one at a time (stepping stops where the caller stops)."""
        return iter(self.cursor)

    def one_or_none(self) -> tuple[Any, ...] | None:
        row = self.cursor.fetchone()
        return None if row is None else tuple(row)

    def all(self) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.cursor.fetchall()]
