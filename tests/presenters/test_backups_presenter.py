"""The Backups dialog's presenter without widgets: back up now, restore (the progress
goes back, whoever holds the old progress lets go first, the restored data is shown),
and a restore that fails (said plainly, the data loaded again)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from presenterkit import FakeBackupsDialog, InlineWorker, loaded_backend

from trainer.core.data_folder import Loaded
from trainer.ui.app_state import AppState
from trainer.ui.backups_presenter import BackupsPresenter
from trainer.ui.operations import Operations


class Backups:
    def __init__(self, data_dir: Path) -> None:
        self.data_folder, self.learner = loaded_backend(data_dir)
        self.dialog = FakeBackupsDialog()
        self.state = AppState()
        self.events: list[str] = []
        self.restored: list[Loaded] = []
        self.errors: list[str] = []
        self.state.when_progress_replaced(lambda: self.events.append("replaced"))
        self.presenter = BackupsPresenter(
            lambda: self.dialog,
            Operations(InlineWorker(), self.errors.append),
            self.data_folder,
            self.state,
            self.restored.append,
            lambda: self.events.append("reload"),
        )

    def study_one(self) -> None:
        engine = self.data_folder.study
        card = engine.next_card(self.learner)
        assert card is not None
        engine.answer_card(self.learner, card.item_id, 3, 1000)

    def reviewed(self) -> int:
        return self.data_folder.study.home_counts(self.learner).new_today


@pytest.fixture
def backups(tmp_path: Path) -> Iterator[Backups]:
    made = Backups(tmp_path)
    yield made
    made.data_folder.close()


def test_back_up_now_lists_the_new_backup(backups: Backups) -> None:
    dialog = backups.dialog
    backups.presenter.open()
    assert dialog.called("open") == 1 and dialog.rows == []
    backups.study_one()
    dialog.backup_now_requested.emit()
    assert dialog.message.startswith("Backup made: ") and not dialog.error
    assert [row.kind for row in dialog.rows] == ["Made by you"]
    assert dialog.rows[0].newest and dialog.busy_seen == [True, False]


def test_restore_brings_the_progress_back_and_shows_it(backups: Backups) -> None:
    dialog, presenter = backups.dialog, backups.presenter
    backups.study_one()
    presenter.open()
    dialog.backup_now_requested.emit()
    (made,) = dialog.rows
    new_then = backups.reviewed()
    backups.study_one()
    assert backups.reviewed() == new_then - 1

    dialog.restore_requested.emit(made)
    assert backups.events == ["replaced"]  # before the restore, not after
    (loaded,) = backups.restored
    assert [p.name for p in loaded.profiles] == ["Amina"]
    assert backups.reviewed() == new_then  # the engine is the restored one
    assert dialog.message.startswith(f"Your progress is back to {made.when}.")
    assert sorted(row.kind for row in dialog.rows) == ["Before a restore", "Made by you"]
    assert not dialog.busy and backups.errors == []


def test_a_restore_that_fails_says_why_and_loads_again(backups: Backups) -> None:
    dialog, presenter = backups.dialog, backups.presenter
    presenter.open()
    folder = backups.data_folder.backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "trainer-20260101-000000-000000.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    presenter.refresh()
    (row,) = dialog.rows
    dialog.restore_requested.emit(row)
    assert dialog.error and "is damaged; it was not restored" in dialog.message
    assert str(broken) in dialog.message
    assert backups.events == ["replaced", "reload"] and backups.restored == []
    assert not dialog.busy and backups.errors == []


def test_the_kinds_of_backup_are_named(backups: Backups) -> None:
    kind = backups.presenter.kind_text
    assert [kind(label) for label in ("", "manual", "pre-restore", "pre-delete")] == [
        "Automatic",
        "Made by you",
        "Before a restore",
        "Before deleting a profile",
    ]
    assert kind("pre-upgrade-3") == "Before an upgrade" and kind("x-kept") != "x-kept"


def test_a_folder_that_cannot_be_made_is_said_plainly(backups: Backups, tmp_path: Path) -> None:
    backups.presenter.open()
    folder = backups.data_folder.backups_folder()
    backups.data_folder.data_dir = tmp_path / "file"
    (tmp_path / "file").write_text("a file where the data folder should be")
    backups.presenter.open_folder()
    assert backups.dialog.error and "Trainer could not use" in backups.dialog.message
    assert backups.dialog.called("show_folder") == 0
    backups.data_folder.data_dir = folder.parent
    backups.presenter.open_folder()
    assert backups.dialog.last("show_folder") == (folder,)
