"""What the sources' readers share: the filters as SQL, and careful reading of stored JSON."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from trainer.core.analysis.model import Filters
from trainer.store.models import Item


def time_clauses(column: Any, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """``column`` (an answer's time) within the filters' dates."""
    clauses: list[sa.ColumnElement[bool]] = []
    if filters.since is not None:
        clauses.append(column >= filters.since)
    if filters.until is not None:
        clauses.append(column < filters.until)
    return clauses


def as_millis(column: Any) -> sa.ColumnElement[int]:
    """A time column read as the epoch milliseconds it stores (no datetime per row)."""
    return sa.type_coerce(column, sa.BigInteger)


def item_clause(filters: Filters) -> sa.ColumnElement[bool] | None:
    """The ``item`` rows whose bank and topic the filters want, or items the table does not
    know (a workshop may ask those: the loaded banks decide about them later); ``None``
    when the filters want every item. Use with an outer join of ``item``."""
    wanted: list[sa.ColumnElement[bool]] = []
    if filters.banks:
        wanted.append(Item.bank_id.in_(filters.banks))
    if filters.topics:
        wanted.append(Item.topic.in_(filters.topics))
    if not wanted:
        return None
    return sa.or_(Item.id.is_(None), sa.and_(*wanted))


def item_list(text: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """A stored JSON list of item ids, or ``fallback`` when it is not one (a damaged or
    foreign row is analysed with what its answers show)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return fallback
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return fallback
