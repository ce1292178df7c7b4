"""Helpers for the tests around backups: study a few cards by keyboard, read the review
log from the database file, make a backup from the Backups dialog, answer the next
message box."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.paths import backups_dir, database_path
from trainer.store.backups import BackupInfo, list_backups
from trainer.ui.app import Session
from ui.uikit import home_filled, key, wait_for


def study(qtbot: QtBot, session: Session, cards: int) -> None:
    """Rate ``cards`` new cards Good by keyboard, then go home."""
    view = session.window.study
    key(qtbot, session, "Ctrl+2")
    for _ in range(cards):
        wait_for(qtbot, lambda: view.reveal_button.isVisible() and view.reveal_button.isEnabled())
        key(qtbot, session, "Space")
        key(qtbot, session, "3")
    wait_for(qtbot, lambda: view.reveal_button.isEnabled() or view.pages.currentIndex() == 1)
    key(qtbot, session, "Ctrl+1")
    wait_for(qtbot, lambda: session.window.current_screen() == "home" and home_filled(session))


def close(qtbot: QtBot, session: Session, dialog: QDialog) -> None:
    dialog.close_button.click()  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    session.window.activateWindow()  # offscreen has no window manager to do it
    wait_for(qtbot, session.window.isActiveWindow)


def reviewed(session: Session) -> list[str]:
    """The items in the review log, read from the database file itself."""
    session.tasks.wait()
    raw = sqlite3.connect(f"{database_path(session.data_dir).as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in raw.execute("SELECT item_id FROM review ORDER BY seq")]
    finally:
        raw.close()


def answer_next_box(button_text: str, seen: list[QMessageBox]) -> None:
    """Press the button labelled ``button_text`` in the next modal message box."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)  # not open yet: look again (a condition, polled)
            return
        seen.append(box)
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(50, press)


def back_up_now(qtbot: QtBot, session: Session) -> BackupInfo:
    """File ▸ Backups… ▸ Back up now, then close the dialog; the new backup."""
    session.window.backups_action.trigger()
    dialog = session.controller.backups.dialog
    assert dialog is not None
    wait_for(qtbot, dialog.isVisible)
    before = {b.path for b in list_backups(backups_dir(session.data_dir))}
    dialog.show_message("")
    dialog.backup_button.click()
    wait_for(qtbot, lambda: dialog.message.text().startswith("Backup made:"))
    (made,) = [b for b in list_backups(backups_dir(session.data_dir)) if b.path not in before]
    close(qtbot, session, dialog)
    return made


def named_a_day_ahead(backup: BackupInfo) -> Path:
    """Rename ``backup`` as if the clock had been a day ahead when it was made."""
    ahead = backup.created_at + timedelta(days=1)
    target = backup.path.with_name(f"trainer-{ahead:%Y%m%d-%H%M%S-%f}-{backup.label}.sqlite3")
    backup.path.rename(target)
    return target
