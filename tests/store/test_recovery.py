"""Recovering from a progress database that cannot be opened (real files, no mocks).

The damaged file is always kept (renamed beside the original, with its -wal and
-shm); the newest backup that passes ``integrity_check`` takes its place, damaged
or too-new backups are skipped, and with no usable backup the store starts empty.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from storekit import T0, Clock, digest

from trainer.store import StoreCorruptError, StoreError, open_store, recover_from_backup
from trainer.store import backups as bk

BROKE = T0 + timedelta(days=2, hours=3, minutes=4, seconds=5)
STAMP = "20260503-120405"


def names(db: Path) -> list[str]:
    store = open_store(db)
    try:
        with store.read() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT name FROM learner ORDER BY id")]
    finally:
        store.close()


def with_backups(tmp_path: Path, learners: list[str]) -> tuple[Path, Path, list[bk.BackupInfo]]:
    """A database and one real backup after adding each learner (oldest first)."""
    db = tmp_path / "trainer.sqlite3"
    folder = tmp_path / "backups"
    clock = Clock()
    store = open_store(db, backups_dir=folder, clock=clock)
    made = []
    for n, name in enumerate(learners, start=1):
        with store.write() as conn:
            conn.exec_driver_sql("INSERT INTO learner VALUES (?, ?, 0, 0.9, 20, 4)", (n, name))
        info = store.backup_now()
        assert info is not None
        made.append(info)
        clock.now += timedelta(hours=1)
    store.close()
    return db, folder, made


def damaged_backup(folder: Path, at: datetime, content: bytes) -> Path:
    path = folder / f"trainer-{at.strftime('%Y%m%d-%H%M%S-%f')}.sqlite3"
    path.write_bytes(content)
    return path


def test_garbage_database_gets_the_newest_good_backup_and_is_kept(tmp_path: Path) -> None:
    db, folder, made = with_backups(tmp_path, ["Amina", "Bilal"])
    db.write_bytes(b"this is not a database at all" * 100)
    before = digest(db)
    with pytest.raises(StoreCorruptError):
        open_store(db)
    wal = db.with_name(db.name + "-wal")
    shm = db.with_name(db.name + "-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    newest_damaged = damaged_backup(folder, BROKE - timedelta(minutes=1), b"garbage" * 500)

    result = recover_from_backup(db, folder, BROKE)

    assert result.restored is not None and result.restored.path == made[-1].path
    assert [b.path for b in result.skipped] == [newest_damaged]
    kept = tmp_path / f"trainer.sqlite3.damaged-{STAMP}"
    assert result.kept_as == kept
    assert result.moved == (
        kept,
        kept.with_name(kept.name + "-wal"),
        kept.with_name(kept.name + "-shm"),
    )
    assert digest(kept) == before
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal bytes"
    assert kept.with_name(kept.name + "-shm").read_bytes() == b"shm bytes"
    assert not wal.exists() and not shm.exists()
    assert not db.with_name(db.name + ".restoring").exists()
    assert names(db) == ["Amina", "Bilal"]
    assert newest_damaged.exists()  # backups are never deleted by recovery


def test_truncated_database_and_truncated_backup(tmp_path: Path) -> None:
    db, folder, made = with_backups(tmp_path, ["Amina", "Bilal"])
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorruptError):
        open_store(db)
    # The newest backup is cut short too: its header still reads, integrity_check fails.
    full = made[-1].path.read_bytes()
    made[-1].path.write_bytes(full[: len(full) // 2])
    assert not bk.usable_backup(made[-1].path)

    result = recover_from_backup(db, folder, BROKE)

    assert result.restored is not None and result.restored.path == made[0].path
    assert [b.path for b in result.skipped] == [made[-1].path]
    assert result.kept_as.read_bytes() == data[: len(data) // 2]
    assert names(db) == ["Amina"]


def test_no_backup_at_all_starts_empty(tmp_path: Path) -> None:
    db = tmp_path / "trainer.sqlite3"
    db.write_bytes(b"\x00" * 4096)
    before = digest(db)

    result = recover_from_backup(db, tmp_path / "backups", BROKE)

    assert result.restored is None and result.skipped == ()
    assert result.moved == (result.kept_as,)
    assert digest(result.kept_as) == before
    assert not db.exists()
    assert names(db) == []  # a new, empty database


def test_only_damaged_or_too_new_backups_are_all_skipped(tmp_path: Path) -> None:
    db, folder, made = with_backups(tmp_path, ["Amina"])
    raw = sqlite3.connect(made[0].path)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    assert bk.check_backup(made[0].path)  # intact, but from a newer Trainer
    junk = damaged_backup(folder, BROKE, b"\x00" * 8192)
    db.write_bytes(b"garbage")

    result = recover_from_backup(db, folder, BROKE)

    assert result.restored is None
    assert [b.path for b in result.skipped] == [junk, made[0].path]
    assert not db.exists()
    assert names(db) == []


def test_starting_empty_on_request_keeps_the_backups_for_good(tmp_path: Path) -> None:
    db, folder, _made = with_backups(tmp_path, ["Amina"])
    before = sorted(digest(p) for p in folder.iterdir())
    db.write_bytes(b"garbage" * 10)

    result = recover_from_backup(db, folder, BROKE, use_backup=False)

    assert result.restored is None
    assert result.kept_as.read_bytes() == b"garbage" * 10
    assert names(db) == []
    # Same contents, relabelled "kept": thinning never deletes them, even a year on
    # with a dozen newer backups of the fresh start.
    kept = bk.list_backups(folder)
    assert sorted(digest(b.path) for b in kept) == before
    assert kept and all(b.label.endswith("kept") for b in kept)
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    later = BROKE + timedelta(days=365)
    for n in range(12):
        bk.make_backup(other, folder, later + timedelta(minutes=n))
    deleted = bk.thin_backups(folder, later + timedelta(days=400))
    assert len(deleted) == 2  # the regular ones are thinned as usual
    assert {b.path for b in kept} <= {b.path for b in bk.list_backups(folder)}


def test_an_existing_damaged_name_is_never_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "trainer.sqlite3"
    earlier = tmp_path / f"trainer.sqlite3.damaged-{STAMP}"
    earlier.write_bytes(b"first damaged file")
    (tmp_path / f"trainer.sqlite3.damaged-{STAMP}-2-wal").write_bytes(b"someone's wal")
    db.write_bytes(b"second damaged file")

    result = recover_from_backup(db, tmp_path / "backups", BROKE)

    assert earlier.read_bytes() == b"first damaged file"
    assert result.kept_as == tmp_path / f"trainer.sqlite3.damaged-{STAMP}-3"
    assert result.kept_as.read_bytes() == b"second damaged file"


def test_a_failed_copy_changes_nothing(tmp_path: Path) -> None:
    db, folder, _made = with_backups(tmp_path, ["Amina"])
    db.write_bytes(b"garbage" * 10)
    blocker = db.with_name(db.name + ".restoring")
    blocker.mkdir()  # the temporary copy cannot be written
    (blocker / "x").write_text("in the way")

    with pytest.raises(StoreError, match="Nothing was deleted"):
        recover_from_backup(db, folder, BROKE)

    assert db.read_bytes() == b"garbage" * 10
    assert not list(tmp_path.glob("*.damaged-*"))
    assert (blocker / "x").read_text() == "in the way"
