"""Small helpers of the progress-file queries: chunked ``IN`` queries, raw times."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.store.fast import Prepared
from trainer.store.learner_ids import CHUNK


def chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def select_in(
    conn: Connection, columns: Sequence[Any], key: Any, values: Iterable[str]
) -> list[Any]:
    """Rows of ``columns`` whose ``key`` is among ``values`` (queried in chunks)."""
    rows: list[Any] = []
    for chunk in chunks(values):
        rows += conn.execute(sa.select(*columns).where(key.in_(chunk))).all()
    return rows


def ms(column: Any) -> Any:
    """A time column read as the epoch milliseconds it is stored as."""
    return sa.type_coerce(column, sa.BigInteger)


def raw_insert(table: Any, fields: Sequence[str], times: Collection[str]) -> Any:
    """An INSERT taking times as epoch milliseconds (as they are stored)."""
    return sa.insert(table).values(
        {f: sa.bindparam(f, type_=sa.BigInteger) if f in times else sa.bindparam(f) for f in fields}
    )


_PREPARED: dict[tuple[int, str], tuple[Any, Prepared]] = {}


def insert_many(conn: Connection, statement: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Run ``statement`` (an INSERT compiled once per dialect) for every row, straight on
    the driver's cursor inside the connection's transaction (SQLAlchemy's own path spends
    most of its time preparing each row's parameters)."""
    if not rows:
        return
    key = (id(statement), conn.dialect.name)
    entry = _PREPARED.get(key)
    if entry is None or entry[0] is not statement:
        entry = _PREPARED[key] = (statement, Prepared(statement, conn.dialect))
    prepared = entry[1]
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    params: list[Any] = [prepared.args(row) for row in rows]
    cursor = dbapi.cursor()
    try:
        cursor.executemany(prepared.sql, params)
    finally:
        cursor.close()
