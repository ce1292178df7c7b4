"""File ▸ Export my progress… writes the learner's progress file; File ▸ Import
progress… takes several files, asks about a learner with the same name, imports the
good files and says why a damaged one was refused; the new learner is then a profile."""

from __future__ import annotations

import shutil
from pathlib import Path

from progresskit import export_file, items, study
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.core.progress_files import read_progress_file
from trainer.ui.app import Session
from trainer.ui.progress_file_dialogs import ProgressFileDialogs
from ui.uikit import engine, press, settle, shot, type_text, wait_for


def study_a_little(session: Session, cards: int) -> None:
    trainer = engine(session)
    learner = session.controller.state.learner_id
    for _ in range(cards):
        card = trainer.next_card(learner)
        assert card is not None
        trainer.answer_card(learner, card.item_id, 3, 1500)


def test_export_then_import_with_a_namesake_and_a_damaged_file(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    window = session.window
    presenter = session.controller.progress_files
    dialogs = presenter.view
    assert isinstance(dialogs, ProgressFileDialogs)
    study_a_little(session, 3)

    # Export: the dialog proposes a file named after the learner; accept another name.
    window.export_progress_action.trigger()
    wait_for(qtbot, lambda: dialogs.dialog is not None and dialogs.dialog.isVisible())
    dialog = dialogs.dialog
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith(".trainer-progress")
    assert "Amina " in Path(dialog.selectedFiles()[0]).name
    mine = tmp_path / "mine.trainer-progress"
    dialog.activateWindow()  # offscreen has no window manager to do it
    wait_for(qtbot, dialog.isActiveWindow)
    press(qtbot, "Ctrl+A")  # the file name, as a person types it
    type_text(qtbot, str(mine))
    press(qtbot, "Return")
    wait_for(qtbot, lambda: "Your progress was saved in" in window.statusBar().currentMessage())
    assert "reviews: 3" in window.statusBar().currentMessage()
    exported = read_progress_file(mine).progress
    assert exported.learner.name == "Amina" and len(exported.reviews) == 3

    # Another Amina, on another laptop, and a damaged copy of her file.
    (tmp_path / "other").mkdir()
    other = export_file(
        study(tmp_path / "other", "Amina", items("a"), 21, steps=12, quizzes=1),
        tmp_path / "other.trainer-progress",
    )
    damaged = tmp_path / "damaged.trainer-progress"
    data = bytearray(other.read_bytes())
    data[len(data) // 3] ^= 0x40
    damaged.write_bytes(bytes(data))
    shutil.copy(mine, tmp_path / "mine-again.trainer-progress")

    window.import_progress_action.trigger()
    dialog = dialogs.dialog
    assert dialog is not None and dialog.isVisible()
    picked = [other, damaged, tmp_path / "mine-again.trainer-progress"]
    presenter.import_from(picked)  # what the dialog's filesSelected hands over
    dialog.reject()
    wait_for(qtbot, lambda: dialogs.question is not None and dialogs.question.isVisible())
    question = dialogs.question
    assert question is not None
    assert "other.trainer-progress holds the progress of Amina" in question.text()
    shot(question, "progress-import-namesake")
    wait_for(qtbot, lambda: QApplication.activeModalWidget() is question)
    press(qtbot, "Alt+K")  # Keep apart
    wait_for(qtbot, lambda: dialogs.summary is not None and dialogs.summary.isVisible())
    summary = dialogs.summary
    assert summary is not None
    text = summary.text()
    shot(summary, "progress-import-summary")
    lines = text.split("\n\n")
    assert lines[0].startswith(
        "other.trainer-progress: Amina (2) (kept apart as a new learner): reviews added: "
    )
    assert lines[1].startswith(f"{damaged} is damaged, so it was not imported")
    assert lines[2] == "mine-again.trainer-progress: nothing new for Amina."
    summary.accept()
    settle(qtbot, session)
    wait_for(qtbot, lambda: session.controller.state.loaded is not None and window.home.isEnabled())
    names = sorted(p.name for p in engine(session).profiles())
    assert names == ["Amina", "Amina (2)"]
    assert window.export_progress_action.isEnabled()


def test_exporting_without_a_profile_says_so(qtbot: QtBot, new_session: Session) -> None:
    new_session.window.export_progress_action.trigger()
    box = new_session.controller.dialogs.last_error_box
    assert isinstance(box, QMessageBox) and "Make a profile first" in box.text()
    box.close()
