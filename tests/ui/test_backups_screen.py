"""File ▸ Backups…: the real backups listed newest first, "Back up now", and a restore
that brings back the answers made before the backup, drops the later ones, rebuilds
the engine and shows the restored counts on home."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.paths import backups_dir
from trainer.store.backups import list_backups
from trainer.ui.app import Session
from trainer.ui.theme import apply_theme
from ui.backupkit import answer_next_box, back_up_now, close, named_a_day_ahead, reviewed, study
from ui.uikit import engine, home_filled, key, shot, wait_for


def test_backups_list_back_up_now_and_restore(qtbot: QtBot, session: Session) -> None:
    window = session.window
    study(qtbot, session, 2)
    before = reviewed(session)
    assert len(before) == 2
    home_before = window.home.status.text()
    assert "New today: 14" in home_before
    old_engine = engine(session)

    window.backups_action.trigger()
    dialog = session.controller.backups.dialog
    assert dialog is not None
    wait_for(qtbot, dialog.isVisible)
    folder = backups_dir(session.data_dir)
    assert str(folder) in dialog.folder.text()
    on_disk = list_backups(folder)
    wait_for(
        qtbot,
        lambda: len(dialog.rows) == len(on_disk) and dialog.empty.isVisible() == (not on_disk),
    )

    if not on_disk:
        shot(dialog, "backups_empty")
    dialog.backup_button.click()
    wait_for(qtbot, lambda: dialog.message.text().startswith("Backup made:"))
    wait_for(qtbot, lambda: len(dialog.rows) == len(on_disk) + 1)
    made = list_backups(folder)[0]  # newest first
    assert dialog.rows[0].path == made.path and made.label == "manual"
    assert dialog.rows[0].kind == "Made by you"
    assert dialog.table.item(0, 0).text() == dialog.rows[0].when
    assert dialog.table.item(0, 2).text().endswith("B")
    assert dialog.selected() == dialog.rows[0]
    assert dialog.restore_button.isEnabled()
    for theme in ("light", "dark"):
        apply_theme(QApplication.instance(), theme, 100)  # type: ignore[arg-type]
        shot(dialog, f"backups_{theme}")
    apply_theme(QApplication.instance(), "system", 100)  # type: ignore[arg-type]
    close(qtbot, session, dialog)

    # after the backup: a lower daily limit, and two more answers
    key(qtbot, session, "Ctrl+,")
    settings = window.settings_screen
    wait_for(qtbot, lambda: settings.new_limit.value() == 20)
    settings.new_limit.setValue(5)
    settings.apply_button.click()
    wait_for(qtbot, lambda: settings.message.text() == "Settings saved.")
    study(qtbot, session, 2)
    after = reviewed(session)
    assert after[:2] == before and len(after) == 4
    assert "New today: 1" in window.home.status.text()  # 5 - 4

    window.backups_action.trigger()
    wait_for(qtbot, lambda: dialog.isVisible() and dialog.rows and dialog.rows[0].path == made.path)

    # Cancel at the confirmation changes nothing
    seen: list[QMessageBox] = []
    answer_next_box("Cancel", seen)
    dialog.restore_button.click()
    assert len(seen) == 1 and reviewed(session) == after

    answer_next_box("Restore", seen)
    dialog.restore_button.click()
    assert len(seen) == 2
    question = seen[1]
    assert dialog.rows[0].when in question.text()
    assert "Before a restore" in question.informativeText()
    wait_for(qtbot, lambda: dialog.message.text().startswith("Your progress is back to"))
    wait_for(qtbot, lambda: home_filled(session) and window.current_screen() == "home")

    assert reviewed(session) == before  # earlier answers back, later ones gone
    assert window.home.status.text() == home_before  # the limit of 20 is back too
    new_engine = engine(session)
    assert new_engine is not old_engine
    learner = session.controller.state.learner_id or 0
    counts = new_engine.home_counts(learner)
    assert f"New today: {counts.new_today}" in window.home.status.text()
    assert counts.new_today == 14
    wait_for(qtbot, lambda: len(dialog.rows) == len(list_backups(folder)))
    assert dialog.rows[0].kind == "Before a restore"
    kept = sqlite3.connect(dialog.rows[0].path)
    assert kept.execute("SELECT count(*) FROM review").fetchone() == (4,)  # nothing lost
    kept.close()
    shot(dialog, "backups_after_restore")
    close(qtbot, session, dialog)

    # the restored state goes on: studying continues from it
    study(qtbot, session, 1)
    assert len(reviewed(session)) == 3
    assert "New today: 13" in window.home.status.text()


def test_the_backup_with_the_newest_progress_is_proposed(qtbot: QtBot, session: Session) -> None:
    """A backup named a day ahead (the clock was wrong) holds one answer, a later one
    holds three: the dialog lists by name but proposes the later one."""
    study(qtbot, session, 1)
    ahead = named_a_day_ahead(back_up_now(qtbot, session))
    study(qtbot, session, 2)
    later = back_up_now(qtbot, session)

    session.window.backups_action.trigger()
    dialog = session.controller.backups.dialog
    assert dialog is not None
    wait_for(qtbot, lambda: dialog.isVisible() and len(dialog.rows) == 2)
    assert [r.path for r in dialog.rows] == [ahead, later.path]  # newest name first
    wait_for(qtbot, lambda: dialog.selected() is not None and dialog.selected().path == later.path)
    assert [r.newest for r in dialog.rows] == [False, True]
    assert dialog.table.item(1, 0).font().bold() and not dialog.table.item(0, 0).font().bold()
    assert dialog.newest.isVisible() and dialog.rows[1].when in dialog.newest.text()
    shot(dialog, "backups_newest_progress")
    close(qtbot, session, dialog)


def test_a_restore_during_a_quiz_ends_it(qtbot: QtBot, session: Session) -> None:
    """The quiz on screen belongs to the progress being replaced: after a restore to a
    backup made before it, nothing may be answered into it (it was kept running)."""
    from ui.uikit import answer_by_keyboard

    window = session.window
    made = back_up_now(qtbot, session)
    key(qtbot, session, "Ctrl+3")
    window.quiz_setup.count.setValue(3)
    key(qtbot, session, "Return")
    quiz = session.controller.quiz
    wait_for(
        qtbot, lambda: window.current_screen() == "quiz" and window.quiz.submit_button.isEnabled()
    )
    assert quiz.state is not None
    question = session.controller.data_folder.question(quiz.state.item_ids[quiz.position])
    answer_by_keyboard(qtbot, window.quiz.answer, question)
    key(qtbot, session, "Return")
    wait_for(qtbot, lambda: window.quiz.feedback.isVisible())

    window.backups_action.trigger()
    dialog = session.controller.backups.dialog
    assert dialog is not None
    wait_for(qtbot, lambda: dialog.isVisible() and any(r.path == made.path for r in dialog.rows))
    dialog.table.selectRow(next(n for n, r in enumerate(dialog.rows) if r.path == made.path))
    seen: list[QMessageBox] = []
    answer_next_box("Restore", seen)
    dialog.restore_button.click()
    wait_for(qtbot, lambda: dialog.message.text().startswith("Your progress is back to"))
    wait_for(qtbot, lambda: home_filled(session) and window.current_screen() == "home")
    assert quiz.state is None and not quiz.running  # no answer can go into it any more
    assert not window.home.resume_button.isVisibleTo(window)  # not in the restored progress
    close(qtbot, session, dialog)


def test_no_text_is_drawn_over_the_table_at_200_percent(qtbot: QtBot, session: Session) -> None:
    """ "Folder:" (and the note under the table) overlapped the backups at 200% text:
    the dialog was sized without its wrapped texts."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 200)
    try:
        study(qtbot, session, 1)
        back_up_now(qtbot, session)
        study(qtbot, session, 1)
        back_up_now(qtbot, session)
        session.window.backups_action.trigger()
        dialog = session.controller.backups.dialog
        assert dialog is not None
        wait_for(qtbot, lambda: dialog.isVisible() and len(dialog.rows) >= 2)
        wait_for(qtbot, dialog.newest.isVisible)
        dialog.resize(dialog.minimumSize())  # as narrow and short as it lets itself be

        def overlaps() -> list[str]:
            table = dialog.table.geometry()
            texts = (dialog.newest, dialog.folder, dialog.message)
            found = [w.text() for w in texts if w.isVisible() and w.geometry().intersects(table)]
            below = [dialog.folder.geometry(), dialog.message.geometry()]
            if dialog.newest.geometry().intersects(below[0]):
                found.append("newest / folder")
            return found

        wait_for(qtbot, lambda: not overlaps())
        shot(dialog, "backups_200")
        close(qtbot, session, dialog)
    finally:
        apply_theme(app, "system", 100)
