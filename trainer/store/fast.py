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

import contextlib
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Dialect
    from sqlalchemy.sql.expression import Executable


def _picker(names: Sequence[str]) -> Callable[[Mapping[str, Any]], Sequence[Any]]:
    """A function taking ``names``' values out of a mapping, in order (a tuple)."""
    if len(names) == 1:
        only = names[0]
        return lambda values: (values[only],)
    if not names:
        return lambda values: ()
    return itemgetter(*names)


class Prepared:
    """A statement compiled for one dialect, with its parameter order."""

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        self.sql: str = str(compiled)
        self.positional: bool = bool(dialect.positional)
        self.names: list[str] = list(compiled.positiontup or [])
        self.defaults: dict[str, Any] = dict(compiled.params)
        # The statement's own literals (a LIMIT, ``state == 2``), not the caller's names.
        self._pickers({k: v for k, v in self.defaults.items() if not compiled.binds[k].required})

    @classmethod
    def from_sql(cls, sql: str, names: Sequence[str], defaults: Mapping[str, Any]) -> Prepared:
        """A statement already compiled for SQLite (positional ``?`` parameters)."""
        prepared = cls.__new__(cls)
        prepared.sql = sql
        prepared.positional = True
        prepared.names = list(names)
        prepared.defaults = dict(defaults)
        prepared._pickers({k: v for k, v in defaults.items() if v is not None})
        return prepared

    def _pickers(self, literals: dict[str, Any]) -> None:
        self.literals = literals
        self._pick = _picker(self.names)
        self.pick: Callable[[Mapping[str, Any]], Sequence[Any] | Mapping[str, Any]] = (
            self._pick if self.positional and not self.literals else self.args
        )
        """``args``, or the quickest way to it (may raise KeyError for a name left out)."""

    def args(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        """The driver's parameters for ``values`` (literals of the statement filled in)."""
        if not self.positional:
            return {**self.defaults, **values}
        if self.literals:
            values = {**self.literals, **values}
        try:
            return self._pick(values)
        except KeyError:  # a name left out: None, as the statement's default
            return [values[n] if n in values else self.defaults[n] for n in self.names]


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

    __slots__ = ("cursor",)

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def execute(self, prepared: Prepared, values: Mapping[str, Any]) -> FastCursor:
        try:
            args = prepared.pick(values)
        except KeyError:
            args = prepared.args(values)
        self.cursor.execute(prepared.sql, args)
        return self

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        """The rows one at a time (stepping stops where the caller stops)."""
        return iter(self.cursor)

    def one_or_none(self) -> tuple[Any, ...] | None:
        row = self.cursor.fetchone()
        return row if row is None or type(row) is tuple else tuple(row)

    def all(self) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.cursor.fetchall()]


class FastTransaction(FastCursor):
    """``with`` block of :meth:`Store.fast_write` / :meth:`Store.fast_read`: itself the
    :class:`FastCursor` of one transaction, committed when the block ends and rolled
    back when it raises. (A class, not a generator: every study step runs two.)

    ``begin`` is the statement that opens the transaction (None: the driver's own),
    ``fail`` raises the store's error for a database error and returns for others,
    ``done`` runs after the commit.
    """

    __slots__ = ("_begin", "_dbapi", "_done", "_fail")

    def __init__(
        self,
        dbapi: Any,
        begin: str | None,
        fail: Callable[[BaseException], None],
        done: Callable[[], None] | None = None,
    ) -> None:
        self._dbapi = dbapi
        self._begin = begin
        self._fail = fail
        self._done = done

    def __enter__(self) -> FastCursor:
        cursor = self.cursor = self._dbapi.cursor()
        if self._begin is not None:
            try:
                cursor.execute(self._begin)
            except BaseException as error:
                self._abort(error)
                raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is not None:
            self._abort(error)  # raises the store's error for a database error
            return  # the block's own error goes on
        try:
            self._dbapi.commit()
        except BaseException as failed:
            self._abort(failed)
            raise
        finally:
            self.cursor.close()
        if self._done is not None:
            self._done()

    def _abort(self, error: BaseException) -> None:
        """Roll back and close; raise the store's error when ``error`` is the database's."""
        with contextlib.suppress(Exception):
            self._dbapi.rollback()
        with contextlib.suppress(Exception):
            self.cursor.close()
        self._fail(error)
