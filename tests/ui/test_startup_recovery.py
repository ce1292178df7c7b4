"""A progress database that no longer opens at start-up: the app offers the newest good
backup (or a fresh start), keeps the damaged file aside, and goes on with the result."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fskit import read_only
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trainer.paths import backups_dir, database_path
from trainer.store.backups import list_backups
from trainer.ui.app import Session
from trainer.ui.backups_presenter import when_text
from trainer.ui.recovery_dialogs import RecoveryDialogs
from trainer.ui.theme import apply_theme
from ui.backupkit import back_up_now, named_a_day_ahead, reviewed, study
from ui.uikit import close_session, create_profile, home_filled, make_session, shot, wait_for


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dialogs(session: Session) -> RecoveryDialogs:
    """The recovery's boxes, as the person at the window sees them."""
    view = session.controller.recovery.view
    assert isinstance(view, RecoveryDialogs)
    return view


def asked(qtbot: QtBot, session: Session, previous: object = None) -> object:
    presenter = dialogs(session)
    wait_for(
        qtbot,
        lambda: (
            presenter.recovery_box is not None
            and presenter.recovery_box is not previous
            and presenter.recovery_box.isVisible()
        ),
    )
    return presenter.recovery_box


def kept_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("trainer.sqlite3.damaged-*"))


def test_damaged_database_starts_on_the_newest_good_backup(qtbot: QtBot, tmp_path: Path) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    study(qtbot, session, 2)
    home_text = session.window.home.status.text()
    assert "New today: 14" in home_text
    close_session(session)  # closing backs up what changed
    (good,) = list_backups(backups_dir(tmp_path))
    db = database_path(tmp_path)
    db.write_bytes(b"\x00garbage after a power cut" * 400)
    damaged = digest(db)
    newer = datetime.now(UTC) + timedelta(hours=1)
    junk = backups_dir(tmp_path) / f"trainer-{newer.strftime('%Y%m%d-%H%M%S-%f')}.sqlite3"
    junk.write_bytes(b"a damaged backup" * 300)

    again = make_session(qtbot, tmp_path)
    box = asked(qtbot, again)
    presenter = dialogs(again)
    assert box.text().startswith("Trainer cannot open your progress database")  # type: ignore[attr-defined]
    info = box.informativeText()  # type: ignore[attr-defined]
    assert when_text(good.created_at) in info
    assert "not deleted" in info and str(tmp_path) in info
    assert presenter.restore_button is not None
    assert digest(db) == damaged  # nothing touched before the user chose
    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme, 100)  # type: ignore[arg-type]
        shot(box, f"recovery_ask_{theme}")
    apply_theme(QApplication.instance(), "system", 100)  # type: ignore[arg-type]

    presenter.restore_button.click()
    wait_for(qtbot, lambda: presenter.recovered_box is not None)
    wait_for(qtbot, lambda: again.window.current_screen() == "home" and home_filled(again))
    assert again.window.home.title.text() == "Hello, Amina"
    assert again.window.home.status.text() == home_text
    assert len(reviewed(again)) == 2
    (kept,) = kept_files(tmp_path)
    assert digest(kept) == damaged
    done = presenter.recovered_box
    assert done is not None and str(kept) in done.informativeText()
    assert when_text(good.created_at) in done.text()
    shot(done, "recovery_done")
    assert junk.exists()  # a damaged backup is skipped, never deleted
    close_session(again)


def test_not_now_then_start_with_no_progress(qtbot: QtBot, tmp_path: Path) -> None:
    db = database_path(tmp_path)
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # a header, then garbage
    damaged = digest(db)

    session = make_session(qtbot, tmp_path)
    presenter = dialogs(session)
    box = asked(qtbot, session)
    assert presenter.restore_button is None
    assert "There is no backup to restore." in box.informativeText()  # type: ignore[attr-defined]
    shot(box, "recovery_no_backup")
    presenter.later_button.click()
    wait_for(qtbot, lambda: not box.isVisible())  # type: ignore[attr-defined]
    session.tasks.wait()
    assert digest(db) == damaged and kept_files(tmp_path) == []
    assert "damaged" in session.window.home.status.text()

    session.window.home.reload_button.click()  # asked again
    box = asked(qtbot, session, previous=box)
    presenter.empty_button.click()
    wait_for(qtbot, lambda: session.window.current_screen() == "first_run")
    (kept,) = kept_files(tmp_path)
    assert digest(kept) == damaged
    assert presenter.recovered_box is not None
    assert "no progress" in presenter.recovered_box.text()
    create_profile(qtbot, session, "Bilal")
    assert reviewed(session) == []
    close_session(session)


def test_only_damaged_backups_are_not_offered(qtbot: QtBot, tmp_path: Path) -> None:
    database_path(tmp_path).write_bytes(b"garbage" * 1000)
    junk = backups_dir(tmp_path) / "trainer-20260101-000000-000000.sqlite3"
    junk.parent.mkdir()
    junk_bytes = b"SQLite format 3\x00" + b"\x00" * 5000
    junk.write_bytes(junk_bytes)

    session = make_session(qtbot, tmp_path)
    presenter = dialogs(session)
    box = asked(qtbot, session)
    assert presenter.restore_button is None
    assert "None of the backups can be read" in box.informativeText()  # type: ignore[attr-defined]
    presenter.empty_button.click()
    wait_for(qtbot, lambda: session.window.current_screen() == "first_run")
    # the damaged backup is not deleted either: it is kept, relabelled, for good
    kept_junk = junk.with_name("trainer-20260101-000000-000000-kept.sqlite3")
    assert len(kept_files(tmp_path)) == 1 and kept_junk.read_bytes() == junk_bytes
    close_session(session)


def test_an_empty_database_file_with_backups_offers_the_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A 0-byte file (a failed copy, a full disk) is damage, not a first run: the backup
    is offered, and the empty file is never backed up over the real backups."""
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    study(qtbot, session, 2)
    close_session(session)
    (good,) = list_backups(backups_dir(tmp_path))
    db = database_path(tmp_path)
    db.write_bytes(b"")

    again = make_session(qtbot, tmp_path)
    presenter = dialogs(again)
    box = asked(qtbot, again)
    assert again.window.current_screen() != "first_run"
    assert when_text(good.created_at) in box.informativeText()  # type: ignore[attr-defined]
    assert db.read_bytes() == b""
    assert [b.path for b in list_backups(backups_dir(tmp_path))] == [good.path]
    assert presenter.restore_button is not None
    presenter.restore_button.click()
    wait_for(qtbot, lambda: again.window.current_screen() == "home" and home_filled(again))
    assert again.window.home.title.text() == "Hello, Amina"
    assert len(reviewed(again)) == 2
    (kept,) = kept_files(tmp_path)
    assert kept.read_bytes() == b""
    close_session(again)


def test_a_read_only_database_is_said_before_the_learner_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    close_session(session)
    db = database_path(tmp_path)
    with read_only(db):
        again = make_session(qtbot, tmp_path)
        status = again.window.home.status.text()
        assert "read-only" in status and str(db) in status
        assert not home_filled(again)  # no study, so no answer can be lost
        assert dialogs(again).recovery_box is None  # not damage: no recovery
        close_session(again)


@pytest.mark.parametrize(
    ("url", "said"),
    [("postgresql://amina:secret@localhost/trainer", "psycopg"), ("garbage:secret@", "not a")],
)
def test_an_unusable_database_url_is_said_on_home(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, said: str
) -> None:
    monkeypatch.setenv("TRAINER_DATABASE_URL", url)
    session = make_session(qtbot, tmp_path)
    status = session.window.home.status.text()
    assert "TRAINER_DATABASE_URL" in status and said in status
    assert "secret" not in status
    assert dialogs(session).recovery_box is None
    assert session.crash_handler.last_box is None
    close_session(session)


def test_recovery_offers_the_newest_progress_not_the_newest_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    study(qtbot, session, 1)
    named_a_day_ahead(back_up_now(qtbot, session))
    study(qtbot, session, 2)
    later = back_up_now(qtbot, session)
    session.controller.data_folder.store.changed = False  # type: ignore[union-attr]
    close_session(session)  # (no third backup on closing: nothing changed since)
    assert len(list_backups(backups_dir(tmp_path))) == 2
    database_path(tmp_path).write_bytes(b"garbage after a power cut" * 100)

    again = make_session(qtbot, tmp_path)
    box = asked(qtbot, again)
    assert when_text(later.created_at) in box.informativeText()  # type: ignore[attr-defined]
    presenter = dialogs(again)
    assert presenter.restore_button is not None
    presenter.restore_button.click()
    wait_for(qtbot, lambda: again.window.current_screen() == "home" and home_filled(again))
    assert len(reviewed(again)) == 3
    close_session(again)


def test_a_missing_database_with_backups_offers_the_backup(qtbot: QtBot, tmp_path: Path) -> None:
    """Moved or deleted while its backups stay: not a first run."""
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    study(qtbot, session, 2)
    close_session(session)
    (good,) = list_backups(backups_dir(tmp_path))
    database_path(tmp_path).unlink()

    again = make_session(qtbot, tmp_path)
    presenter = dialogs(again)
    box = asked(qtbot, again)
    assert "missing" in box.text()  # type: ignore[attr-defined]
    assert when_text(good.created_at) in box.informativeText()  # type: ignore[attr-defined]
    assert "renames it" not in box.informativeText()  # type: ignore[attr-defined]
    assert not database_path(tmp_path).exists()
    assert presenter.restore_button is not None
    presenter.restore_button.click()
    wait_for(qtbot, lambda: presenter.recovered_box is not None)
    wait_for(qtbot, lambda: again.window.current_screen() == "home" and home_filled(again))
    assert again.window.home.title.text() == "Hello, Amina"
    assert len(reviewed(again)) == 2
    assert kept_files(tmp_path) == []
    assert presenter.recovered_box is not None
    assert "damaged file" not in presenter.recovered_box.informativeText()
    close_session(again)
