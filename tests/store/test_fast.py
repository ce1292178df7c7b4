"""The store's fast transactions (``fast_write``, ``fast_read``, ``fast_query``): committed
when the block ends, rolled back when it raises, the database's errors turned into the
store's own, and the store usable again afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from trainer.store import Store, StoreDiskFullError, StoreLockedError, open_store

ADD = sa.text("INSERT INTO learner VALUES (:id, :name, 0, 0.9, 20, 4)")
NAMES = sa.text("SELECT name FROM learner ORDER BY id")


def names(store: Store) -> list[str]:
    with store.fast_read() as cur:
        return [str(r[0]) for r in cur.execute(store.prepare(NAMES), {}).all()]


def test_a_fast_write_is_on_disk_when_its_block_ends(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    with store.fast_write() as cur:
        cur.execute(store.prepare(ADD), {"id": 1, "name": "ada"})
    assert store.changed
    other = sqlite3.connect(tmp_path / "t.sqlite3")
    assert other.execute("SELECT name FROM learner").fetchall() == [("ada",)]
    other.close()
    store.close()


def test_an_error_in_the_block_rolls_back_and_goes_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    with pytest.raises(KeyError, match="boom"), store.fast_write() as cur:
        cur.execute(store.prepare(ADD), {"id": 1, "name": "ada"})
        raise KeyError("boom")
    assert names(store) == [] and not store.changed
    with store.fast_write() as cur:  # the connection is not left in a transaction
        cur.execute(store.prepare(ADD), {"id": 2, "name": "bo"})
    assert names(store) == ["bo"]
    store.close()


def test_a_full_disk_in_the_block_is_the_stores_error_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    sa.event.listen(store.engine, "connect", lambda c, r: c.execute("PRAGMA max_page_count = 40"))
    store.reconnect()
    fill = sa.text("INSERT INTO learner VALUES (:id, :name, 0, 0.9, 20, 4)")
    with pytest.raises(StoreDiskFullError, match="full"), store.fast_write() as cur:
        for n in range(400):
            cur.execute(store.prepare(fill), {"id": n, "name": f"{n}" + "x" * 190})
    assert names(store) == []
    with store.fast_write() as cur:
        cur.execute(store.prepare(ADD), {"id": 1, "name": "ada"})
    assert names(store) == ["ada"]
    store.close()


def test_a_locked_database_fails_at_begin_and_leaves_nothing_open(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    sa.event.listen(store.engine, "connect", lambda c, r: c.execute("PRAGMA busy_timeout = 50"))
    store.reconnect()
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLockedError, match="in use"), store.fast_write() as cur:
            cur.execute(store.prepare(ADD), {"id": 1, "name": "ada"})
    finally:
        blocker.rollback()
        blocker.close()
    with store.fast_write() as cur:
        cur.execute(store.prepare(ADD), {"id": 2, "name": "bo"})
    assert names(store) == ["bo"]
    store.close()


def test_fast_query_reads_outside_a_transaction_and_sees_other_commits(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    other = sqlite3.connect(db, isolation_level=None)
    with store.fast_query() as cur:
        assert cur.execute(store.prepare(NAMES), {}).all() == []
        other.execute("INSERT INTO learner VALUES (1, 'ada', 0, 0.9, 20, 4)")
        assert cur.execute(store.prepare(NAMES), {}).all() == [("ada",)]
    with store.fast_read() as cur:  # a read transaction: one snapshot for the block
        assert cur.execute(store.prepare(NAMES), {}).all() == [("ada",)]
        other.execute("INSERT INTO learner VALUES (2, 'bo', 0, 0.9, 20, 4)")
        assert cur.execute(store.prepare(NAMES), {}).all() == [("ada",)]
    other.close()
    with store.write(), pytest.raises(RuntimeError, match="nest"):
        store.fast_query()
    store.close()
