"""A restore from Backups while a workshop runs: the workshop's windows close first (its
clock is saved into the progress being replaced, so the "Before a restore" backup has
it), and nothing the closed workshop does afterwards is written into the restored data.
The builder and the stage presenters run on fake windows, a runner that runs each job
at once and a clock the test advances; the store and the backups are real files."""

from __future__ import annotations

from pathlib import Path

from presenterkit import FakeBackupsDialog
from PySide6.QtCore import Qt
from wspresenterkit import (
    BANKS,
    FakeBuilderView,
    HeldRunner,
    ManualClock,
    SyncRunner,
    key,
    open_stage,
    questions,
    workshop_of,
)

from trainer.core.data_folder import DataFolder, Loaded
from trainer.core.workshop import WorkshopSession
from trainer.store import open_store
from trainer.ui.app_state import AppState
from trainer.ui.backups_presenter import BackupsPresenter
from trainer.ui.backups_screen import BackupRow
from trainer.ui.operations import Operations
from trainer.ui.workshop.builder_presenter import BuilderPresenter

K = Qt.Key


def test_a_restore_closes_the_workshop_first_and_nothing_is_written_after(
    tmp_path: Path,
) -> None:
    tasks, clock = SyncRunner(), ManualClock()
    data_folder = DataFolder(tmp_path / "data", bank_paths=[BANKS])
    data_folder.load()
    view = FakeBuilderView(teams=("Red", "Blue"))
    builder = BuilderPresenter(tasks, data_folder, view, clock=clock)
    builder.show()  # the window lists the banks
    assert view.catalogue is not None and builder.by_id
    builder.set_workshop(workshop_of(builder.by_id))
    view.start_requested.emit()
    stage, windows = builder.stage, view.windows[-1]
    assert stage is not None and stage.session is not None and windows.shown
    session_id = stage.session.id
    key(windows, K.Key_1, K.Key_Plus)  # Red right on the first question
    backup = data_folder.backup_now()  # the progress to go back to: question 1, Red's answer

    key(windows, K.Key_N, K.Key_S)  # on to question 2, the clock runs
    clock.advance(4_000)
    key(windows, K.Key_2, K.Key_Plus)  # stored with 26 s left
    clock.advance(1_000)
    state = AppState()
    state.when_progress_replaced(builder.shut_down)  # as the controller registers it
    dialog = FakeBackupsDialog()
    restored: list[Loaded] = []

    def reload() -> None:
        raise AssertionError("the restore failed")

    ops = Operations(tasks, lambda message: None)
    backups = BackupsPresenter(lambda: dialog, ops, data_folder, state, restored.append, reload)
    backups.dialog = dialog
    backups.restore(BackupRow(backup.path, "then", "Made by you", "1 KB"))

    assert dialog.message.startswith("Your progress is back to")
    assert not windows.shown and not windows.console_shown and not view.visible
    # the workshop closed before the restore: its clock is in the progress replaced
    before = next(p for p in (tmp_path / "data" / "backups").iterdir() if "pre-restore" in p.name)
    kept = open_store(before, backups_dir=None)
    try:
        assert WorkshopSession.open(kept, session_id, builder.by_id).state().clock_left_ms == 25_000
    finally:
        kept.close()

    # the restored progress: back at question 1 with Red's answer, nothing since
    assert data_folder.store is not None
    restored = WorkshopSession.open(data_folder.store, session_id, builder.by_id)
    assert restored.state() == (0, False, False, None)
    assert len(restored.answers(0)) == 1 and restored.answers(1) == []
    # keys and ticks reaching the closed workshop write nothing into it
    jobs = tasks.jobs
    key(windows, K.Key_N, K.Key_2, K.Key_Plus, K.Key_S, K.Key_R)
    windows.console.command.emit("next")
    windows.console.mark_requested.emit(0, 0.0)
    clock.advance(60_000)
    assert tasks.jobs == jobs
    assert restored.state() == (0, False, False, None)
    assert len(restored.answers(0)) == 1 and restored.answers(1) == []


def test_a_workshop_closed_while_it_opens_stays_closed(tmp_path: Path) -> None:
    """A restore (or quitting) while the session is still opening on the worker: when
    the opening job reports, no window appears and nothing is drawn."""
    by_id = questions()
    store = open_store(tmp_path / "trainer.sqlite3")
    runner = HeldRunner()
    stage = open_stage(
        lambda: WorkshopSession.start(store, workshop_of(by_id), ["Red"], by_id), runner
    )
    stage.presenter.close()
    runner.release()
    assert not stage.windows.shown and stage.windows.audience.slide is None
    assert stage.presenter.state is None
    store.close()
