"""What ``open_store`` checks before SQLAlchemy opens a file: a folder or a pipe in the
database's place, an empty or cut-short file while backups exist, a file or folder that
cannot be written, and that refusing a file writes nothing beside it (real files)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fskit import read_only
from storekit import T0, Clock, digest

from trainer.store import (
    StoreCorruptError,
    StoreError,
    StoreMissingError,
    StoreReadOnlyError,
    StoreTooNewError,
    open_store,
    recover_from_backup,
)
from trainer.store import backups as bk


def with_progress(tmp_path: Path) -> tuple[Path, list[bk.BackupInfo]]:
    """A database with a learner, and one backup of it."""
    db = tmp_path / "trainer.sqlite3"
    store = open_store(db, clock=Clock())
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'Amina', 0, 0.9, 20, 4)")
    store.close()  # backs up what changed
    return db, bk.list_backups(tmp_path / "backups")


def side_files(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name + "-"))


def test_a_folder_in_place_of_the_database_is_named(tmp_path: Path) -> None:
    db = tmp_path / "trainer.sqlite3"
    db.mkdir()
    (db / "inside").write_text("kept")
    with pytest.raises(StoreError) as caught:
        open_store(db)
    message = str(caught.value)
    assert "is a folder" in message and str(db) in message
    assert "input/output" not in message
    assert (db / "inside").read_text() == "kept"


@pytest.mark.skipif(sys.platform.startswith("win"), reason="named pipes are POSIX here")
def test_a_pipe_in_place_of_the_database_is_refused_at_once(tmp_path: Path) -> None:
    db = tmp_path / "trainer.sqlite3"
    os.mkfifo(db)
    code = (
        "import sys\nfrom trainer.store import StoreError, open_store\n"
        f"try:\n    open_store({str(db)!r})\nexcept StoreError as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )  # before the check, SQLite waited for a writer to the pipe for ever
    assert "is not a regular file" in done.stdout and str(db) in done.stdout, done.stderr


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 40])
def test_an_empty_or_cut_short_database_with_backups_is_damage(
    tmp_path: Path, content: bytes
) -> None:
    """Not a new database: recovery is offered, the backups stay as they are."""
    db, backups = with_progress(tmp_path)
    assert len(backups) == 1
    before = {b.path: digest(b.path) for b in backups}
    db.write_bytes(content)  # e.g. after a failed copy or a full disk
    with pytest.raises(StoreCorruptError) as caught:
        open_store(db, clock=Clock())
    assert str(db) in str(caught.value)
    assert db.read_bytes() == content
    assert {b.path: digest(b.path) for b in bk.list_backups(tmp_path / "backups")} == before
    assert side_files(db) == []


def test_an_empty_file_without_backups_is_a_new_database(tmp_path: Path) -> None:
    """E.g. a first start cut short before anything was written: nothing to lose."""
    db = tmp_path / "trainer.sqlite3"
    db.write_bytes(b"")
    store = open_store(db)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM learner").scalar() == 0
    store.close()


def test_refusing_a_too_new_database_writes_nothing_beside_it(tmp_path: Path) -> None:
    db, _backups = with_progress(tmp_path)
    raw = sqlite3.connect(db)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    assert side_files(db) == [] and db.read_bytes()[18:20] == b"\x02\x02"  # WAL mode
    before = digest(db)
    with pytest.raises(StoreTooNewError):
        open_store(db)
    assert side_files(db) == []
    assert digest(db) == before


def test_refusing_a_damaged_database_writes_nothing_beside_it(tmp_path: Path) -> None:
    db, _backups = with_progress(tmp_path)
    data = db.read_bytes()
    for n, damaged in enumerate(
        [
            data[:4096],  # cut short after the first page
            data[:100] + b"\xff" * (len(data) - 100),  # a good header, then garbage
            b"SQLite format 3\x00" + b"\xff" * 5000,
        ]
    ):
        db.write_bytes(damaged)
        with pytest.raises(StoreCorruptError):
            open_store(db)
        assert side_files(db) == [], n
        assert db.read_bytes() == damaged


def test_a_read_only_database_is_refused_before_the_first_answer(tmp_path: Path) -> None:
    db, _backups = with_progress(tmp_path)
    before = digest(db)
    with read_only(db), pytest.raises(StoreReadOnlyError) as caught:
        open_store(db)
    message = str(caught.value)
    assert str(db) in message and "read-only" in message
    assert digest(db) == before


def test_a_read_only_folder_is_refused_before_the_first_answer(tmp_path: Path) -> None:
    """SQLite writes its -wal and -shm files beside the database: the folder must be
    writable too, or the first answer is lost."""
    folder = tmp_path / "data"
    folder.mkdir()
    db, _backups = with_progress(folder)
    with read_only(folder), pytest.raises(StoreReadOnlyError) as caught:
        open_store(db)
    message = str(caught.value)
    assert f"folder {folder}" in message and "read-only" in message


def test_a_read_only_url_still_opens_for_reading(tmp_path: Path) -> None:
    """``mode=ro`` asks for reading only: no write check then."""
    db, _backups = with_progress(tmp_path)
    with read_only(db):
        store = open_store(f"sqlite:///file:{db}?mode=ro&uri=true")
        with store.read() as conn:
            assert conn.exec_driver_sql("SELECT name FROM learner").scalar() == "Amina"
        store.close()


def test_a_missing_database_with_backups_is_not_started_afresh(tmp_path: Path) -> None:
    """Moved or deleted (a sync tool, a slip): the backups are offered, as for damage."""
    db, backups = with_progress(tmp_path)
    db.unlink()
    with pytest.raises(StoreMissingError) as caught:
        open_store(db)
    assert str(db) in str(caught.value) and "missing" in str(caught.value)
    assert not db.exists()
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"a WAL left behind")  # SQLite would replay it into the restored file

    result = recover_from_backup(db, tmp_path / "backups", T0)

    assert result.restored is not None and result.restored.path == backups[0].path
    assert result.kept_as is None and len(result.moved) == 1
    assert result.moved[0].read_bytes() == b"a WAL left behind" and not wal.exists()
    store = open_store(db)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT name FROM learner").scalar() == "Amina"
    store.close()


def test_a_missing_database_started_afresh_on_request(tmp_path: Path) -> None:
    db, _backups = with_progress(tmp_path)
    db.unlink()

    result = recover_from_backup(db, tmp_path / "backups", T0, use_backup=False)

    assert result.restored is None and result.kept_as is None
    assert all(b.label.endswith("kept") for b in bk.list_backups(tmp_path / "backups"))
    store = open_store(db)  # the old backups are kept for good: a new start now
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM learner").scalar() == 0
    store.close()


def test_a_database_with_no_tables_while_backups_exist_is_damage(tmp_path: Path) -> None:
    """A valid SQLite file holding nothing (e.g. a first start cut short, copied over)."""
    db, _backups = with_progress(tmp_path)
    db.unlink()
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("PRAGMA user_version = 0")
    raw.close()
    before = digest(db)
    with pytest.raises(StoreCorruptError) as caught:
        open_store(db)
    assert str(db) in str(caught.value) and "empty" in str(caught.value)
    assert digest(db) == before


def test_after_a_fresh_start_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    """Only "…kept" backups (a fresh start was chosen): a start cut short is no damage."""
    db, _backups = with_progress(tmp_path)
    db.write_bytes(b"garbage")
    recover_from_backup(db, tmp_path / "backups", T0, use_backup=False)
    db.write_bytes(b"")  # the new database's creation was cut short
    store = open_store(db)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM learner").scalar() == 0
    store.close()
