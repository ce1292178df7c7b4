"""The item analysis of a store: every chosen source read in one read transaction.

This is the call for the command line and the future Class / analysis screen::

    from trainer.core.analysis.query import analyse
    result = analyse(store, loaded.by_id, Filters(banks=("gmg",)))
    result.items   # list[ItemStats], one per question version
    result.forms   # list[FormStats], one per quiz or workshop

It reads (the ``item`` table once, then each source's attempts) inside one
``store.read()`` transaction, so the numbers describe one moment even while answers are
being written, then computes with :func:`trainer.core.analysis.compute.analyse_attempts`.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.analysis.compute import analyse_attempts
from trainer.core.analysis.model import EVERYTHING, Analysis, Attempt, Filters, ItemMeta
from trainer.core.analysis.sources import chosen_sources
from trainer.core.analysis.verdicts import DEFAULT_THRESHOLDS, Thresholds
from trainer.core.banks.questions import Question
from trainer.store import Store
from trainer.store.models import Item


def item_meta(conn: Connection) -> dict[str, ItemMeta]:
    """What the ``item`` table knows of every item (retired ones included)."""
    rows = conn.execute(
        sa.select(Item.id, Item.bank_id, Item.topic, Item.kind, Item.content_hash, Item.retired_at)
    )
    return {
        str(i): ItemMeta(str(b), str(t), str(k), str(h), r is not None) for i, b, t, k, h, r in rows
    }


def read_attempts(store: Store, filters: Filters) -> tuple[list[Attempt], dict[str, ItemMeta]]:
    """The attempts of the chosen sources and the item table, in one read transaction.

    Raises :class:`~trainer.core.analysis.sources.UnknownSourceError` for a source name
    that is not one (before anything is read)."""
    sources = chosen_sources(filters.sources)
    attempts: list[Attempt] = []
    with store.read() as conn:
        meta = item_meta(conn)
        for source in sources:
            attempts.extend(source.reader()(conn, filters))
    return attempts, meta


def analyse(
    store: Store,
    questions: Mapping[str, Question],
    filters: Filters = EVERYTHING,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Analysis:
    """The item analysis of every scored answer in ``store`` that ``filters`` want.

    ``questions`` are the loaded banks by item id (the text, options and key of each
    question's current version); items they do not hold are still analysed.
    """
    attempts, meta = read_attempts(store, filters)
    return analyse_attempts(attempts, meta, questions, filters, thresholds)
