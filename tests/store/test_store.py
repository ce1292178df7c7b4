"""Opening, upgrading, refusing and backing up the progress database (real SQLite files)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from storekit import Clock, digest

from trainer.store import (
    StoreCorruptError,
    StoreDiskFullError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreTooNewError,
    migrate,
    open_store,
)
from trainer.store import backups as bk
from trainer.store.engine import ENV_DATABASE_URL
from trainer.store.migrate import head_revision

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_store_has_schema_and_pragmas(tmp_path: Path) -> None:
    store = open_store(tmp_path / "sub" / "t.sqlite3")
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == head_revision()
    store.close()
    assert store.list_backups() == []  # nothing changed, no backup


@pytest.mark.parametrize("fixture", ["v1", "v2", "v3", "v4", "v5", "v6"])
def test_each_fixture_opens_and_keeps_its_data(tmp_path: Path, fixture: str) -> None:
    """Every released schema version upgrades to the head with its learner data intact."""
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"{fixture}.sqlite3", db)
    store = open_store(db)
    with store.read() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == head_revision()
        assert conn.exec_driver_sql("SELECT name FROM learner").scalar() == "Amina"
        assert conn.exec_driver_sql("SELECT count(*) FROM review").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM review_undo").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM quiz_answer").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    store.close()


def test_too_new_database_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    shutil.copy(FIXTURES / "v1.sqlite3", db)
    raw = sqlite3.connect(db)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    before = digest(db)
    with pytest.raises(StoreTooNewError, match="newer version of Trainer"):
        open_store(db)
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite3"]


EXTRA_MIGRATION = '''
"""Test-only future schema version."""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always" rebuilds the table: the old one is dropped, which must not
    # cascade to the reviews, memory states and quiz attempts pointing at it.
    with op.batch_alter_table("learner", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))
'''


def test_upgrade_backs_up_first_and_keeps_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A future schema version (a test-only migration after head) upgrades the v1 fixture."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_test.py").write_text(
        EXTRA_MIGRATION.replace("{head}", head_revision())
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "v1.sqlite3", db)
    store = open_store(db, clock=Clock())
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9000"
        row = conn.exec_driver_sql("SELECT name, nickname FROM learner").one()
        assert tuple(row) == ("Amina", None)
        assert conn.exec_driver_sql("SELECT count(*) FROM review").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM memory_state").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM quiz_attempt").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    (backup,) = bk.list_backups(tmp_path / "backups")
    assert backup.label == "pre-upgrade-0001"
    raw = sqlite3.connect(backup.path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    raw.close()
    # Restoring that older backup upgrades it again.
    with store.write() as conn:
        conn.exec_driver_sql("DELETE FROM quiz_attempt")
    store.restore_backup(backup.path)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9000"
        assert conn.exec_driver_sql("SELECT count(*) FROM quiz_attempt").scalar() == 1
    store.close()


def test_restoring_a_too_new_backup_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "trainer-20260101-000000-000000.sqlite3"
    shutil.copy(FIXTURES / "v1.sqlite3", newer)
    raw = sqlite3.connect(newer)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    store = open_store(tmp_path / "t.sqlite3")
    with pytest.raises(StoreTooNewError):
        store.restore_backup(newer)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
    store.close()


def test_corrupt_and_foreign_files_are_refused_untouched(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    before = digest(junk)
    with pytest.raises(StoreCorruptError, match="damaged"):
        open_store(junk)
    assert digest(junk) == before
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE notes (x)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreCorruptError, match="not a Trainer database"):
        open_store(other)


def test_locked_database(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    store.reconnect()
    sa.event.listen(store.engine, "connect", lambda c, r: c.execute("PRAGMA busy_timeout = 50"))
    try:
        with pytest.raises(StoreLockedError, match="in use"), store.write() as conn:
            conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'x', 0, 0.9, 20, 4)")
    finally:
        blocker.rollback()
        blocker.close()
    store.close()


def test_read_only_database(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    open_store(db).close()
    store = open_store(db)
    store.close()
    ro = open_store(f"sqlite:///file:{db}?mode=ro&uri=true")
    with pytest.raises(StoreReadOnlyError, match="cannot be written"), ro.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'x', 0, 0.9, 20, 4)")
    ro.close()


def test_disk_full(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    sa.event.listen(store.engine, "connect", lambda c, r: c.execute("PRAGMA max_page_count = 40"))
    store.reconnect()
    with pytest.raises(StoreDiskFullError, match="full"), store.write() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x)")
        for _ in range(200):
            conn.exec_driver_sql("INSERT INTO filler VALUES (?)", ("x" * 4000,))
    store.reconnect()
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    store.close()


def test_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv(ENV_DATABASE_URL, f"sqlite:///{target}")
    store = open_store(tmp_path / "ignored.sqlite3")
    store.close()
    assert target.exists() and not (tmp_path / "ignored.sqlite3").exists()


def test_backups_on_change_timer_and_restore(tmp_path: Path) -> None:
    clock = Clock()
    db = tmp_path / "t.sqlite3"
    store = open_store(db, clock=clock)
    assert store.maybe_backup() is None  # nothing changed
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'first', 0, 0.9, 20, 4)")
    first = store.maybe_backup()
    assert first is not None and bk.check_backup(first.path)
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (2, 'second', 0, 0.9, 20, 4)")
    clock.now += timedelta(minutes=1)
    assert store.maybe_backup() is None  # too soon
    clock.now += timedelta(minutes=5)
    assert store.maybe_backup() is not None
    store.restore_backup(first.path)
    with store.read() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM learner")]
    assert names == ["first"]
    assert any(b.label == "pre-restore" for b in store.list_backups())
    store.close()
    bad = tmp_path / "backups" / "trainer-20260101-000000-000000.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    store = open_store(db, clock=clock)
    with pytest.raises(StoreCorruptError):
        store.restore_backup(bad)
    store.close()


def test_close_makes_a_backup_when_changed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3", backups_dir=tmp_path / "bk", clock=Clock())
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'x', 0, 0.9, 20, 4)")
    store.close()
    (only,) = bk.list_backups(tmp_path / "bk")
    raw = sqlite3.connect(only.path)
    assert raw.execute("SELECT name FROM learner").fetchall() == [("x",)]
    raw.close()


def test_thinning_keeps_last_ten_daily_and_weekly(tmp_path: Path) -> None:
    now = datetime(2026, 6, 30, 12, tzinfo=UTC)
    names = []
    for hours in range(0, 24 * 60, 6):  # every 6 hours for 60 days
        at = now - timedelta(hours=hours)
        name = f"trainer-{at:%Y%m%d-%H%M%S-%f}.sqlite3"
        (tmp_path / name).write_bytes(b"")
        names.append(at)
    for n in range(5):
        (tmp_path / f"trainer-2020010{n + 1}-000000-000000-pre-upgrade-0001.sqlite3").write_bytes(
            b""
        )
        for label in ("manual", "pre-restore", "pre-delete", "kept"):
            (tmp_path / f"trainer-2020010{n + 1}-000000-000000-{label}.sqlite3").write_bytes(b"")
    bk.thin_backups(tmp_path, now)
    left = bk.list_backups(tmp_path)
    by_label: dict[str, int] = {}
    for b in left:
        by_label[b.label] = by_label.get(b.label, 0) + 1
    assert by_label.pop("pre-upgrade-0001") == 3  # the newest 3 of an upgrade's backups
    assert {
        label: by_label[label] for label in ("manual", "pre-restore", "pre-delete", "kept")
    } == {
        "manual": 5,
        "pre-restore": 5,
        "pre-delete": 5,
        "kept": 5,
    }  # a person's actions are never thinned
    regular = [b.created_at for b in left if not b.label]
    assert regular[:10] == names[:10]
    days = {d.date() for d in regular if now - d <= timedelta(days=7)}
    assert len(days) == 8  # today and the seven days before
    assert max(now - d for d in regular) <= timedelta(days=31)
    assert len(regular) < 30
    assert any(b.label for b in left)


def test_checkpoint_empties_the_wal(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    with store.write() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x)")
        for _ in range(50):
            conn.exec_driver_sql("INSERT INTO filler VALUES (?)", ("x" * 4000,))
    store.checkpoint()
    raw = sqlite3.connect(db)
    busy, log, done = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    raw.close()
    assert busy == 0 and log == done  # nothing left to copy
    store.close()


@pytest.mark.parametrize(
    ("fixture", "clock_left_ms"),
    [("v2", None), ("v3", 12_500), ("v4", 12_500), ("v5", 12_500), ("v6", 12_500)],
)
def test_workshop_fixtures_open_and_their_session_resumes(
    tmp_path: Path, fixture: str, clock_left_ms: int | None
) -> None:
    """Schemas 0002 (workshops) and 0003 (the clock): an unfinished session survives the
    upgrade path intact; a 0002 session has no stored clock (it was never kept)."""
    from trainer.core.workshop.session import WorkshopSession, unfinished_sessions

    db = tmp_path / f"{fixture}.sqlite3"
    shutil.copy(FIXTURES / f"{fixture}.sqlite3", db)
    store = open_store(db)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM review").scalar() == 3
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    info = next(i for i in unfinished_sessions(store) if i.title == "Field office workshop")
    session = WorkshopSession.open(store, info.id, {})
    board = {s.team.name: (s.rank, s.points) for s in session.leaderboard()}
    assert board == {"Red": (1, 2.0), "Blue": (2, 0.0)}
    assert session.state() == (1, False, False, clock_left_ms)
    store.close()


def learner_names(store: object) -> list[str]:
    with store.read() as conn:  # type: ignore[attr-defined]
        return [r[0] for r in conn.exec_driver_sql("SELECT name FROM learner ORDER BY id")]


def test_restoring_the_oldest_kept_backup_keeps_it_until_restored(tmp_path: Path) -> None:
    """The pre-restore backup made by a restore must not thin away the backup chosen."""
    clock = Clock()
    store = open_store(tmp_path / "t.sqlite3", backups_dir=tmp_path / "bk", clock=clock)
    for n in range(1, 4):  # three restores leave three pre-restore backups (the most kept)
        with store.write() as conn:
            conn.exec_driver_sql(f"INSERT INTO learner VALUES ({n}, 'L{n}', 0, 0.9, 20, 4)")
        clock.now += timedelta(minutes=10)
        made = store.backup_now()
        assert made is not None
        clock.now += timedelta(minutes=1)
        store.restore_backup(made.path)
        clock.now += timedelta(minutes=1)
    pre = [b for b in store.list_backups() if b.label == "pre-restore"]
    assert len(pre) == 3
    oldest = pre[-1].path
    with store.read() as conn:
        raw = sqlite3.connect(oldest)
        expected = [r[0] for r in raw.execute("SELECT name FROM learner ORDER BY id")]
        raw.close()
    store.restore_backup(oldest)  # a fourth pre-restore backup is made first
    assert learner_names(store) == expected == ["L1"]
    # none is thinned away: each holds progress that no other backup may have
    assert len([b for b in store.list_backups() if b.label == "pre-restore"]) == 4
    store.close()


def test_restoring_a_missing_backup_says_so(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3", backups_dir=tmp_path / "bk", clock=Clock())
    with pytest.raises(StoreError, match="does not exist"):
        store.restore_backup(tmp_path / "bk" / "trainer-20260101-000000-000000.sqlite3")
    store.close()


def test_a_backups_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    """The message is about the backups folder, not the (healthy) progress database."""
    folder = tmp_path / "bk"
    folder.write_text("a file where the backups folder should be")
    store = open_store(tmp_path / "t.sqlite3", backups_dir=folder, clock=Clock())
    with store.write() as conn:
        conn.exec_driver_sql("INSERT INTO learner VALUES (1, 'x', 0, 0.9, 20, 4)")
    with pytest.raises(StoreError) as caught:
        store.backup_now()
    message = str(caught.value)
    assert f"backups folder {folder}" in message and "progress itself is saved" in message
    assert "progress database" not in message
    assert learner_names(store) == ["x"]
    folder.unlink()  # closing backs up again: now it can
    store.close()
    assert len(bk.list_backups(folder)) == 1


def test_a_broken_link_in_the_backups_folder_is_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    store = open_store(tmp_path / "t.sqlite3", backups_dir=folder, clock=Clock())
    made = store.backup_now()
    assert made is not None
    (folder / "trainer-20260101-000000-000000.sqlite3").symlink_to(tmp_path / "gone")
    assert [b.path for b in store.list_backups()] == [made.path]
    store.close()
