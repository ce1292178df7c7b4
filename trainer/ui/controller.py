"""Puts one window together: builds the presenters, each with the narrow arguments it
needs, wires the screens' requests to them, and moves between screens.

What each part does lives with it: the app state (``app_state``: what is loaded, who is
learning), the operations (``operations``: a job on the worker, busy, the one place
that words errors), loading and Home (``home_presenter``), study and quiz
(``study_presenter``, ``quiz_presenter``), the smaller screens (``side_presenters``),
backups and start-up recovery (``backups_presenter``, ``recovery_presenter``). Here
remain the navigation, the close guard, the error display and the backup timer.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from trainer.core.data_folder import DataFolder
from trainer.ui.app_dialogs import AppDialogs
from trainer.ui.app_state import AppState
from trainer.ui.main_window import MainWindow
from trainer.ui.operations import Failure, Operations
from trainer.ui.preferences import Preferences
from trainer.ui.tasks import TaskRunner
from trainer.ui.theme import apply_theme

if TYPE_CHECKING:
    from trainer.ui.backups_presenter import BackupsPresenter
    from trainer.ui.home_presenter import HomePresenter
    from trainer.ui.presenters import Presenters
    from trainer.ui.progress_files_presenter import ProgressFilesPresenter
    from trainer.ui.quiz_presenter import QuizPresenter
    from trainer.ui.recovery_presenter import RecoveryPresenter
    from trainer.ui.study_presenter import StudyPresenter
    from trainer.ui.workshop.builder_presenter import BuilderPresenter

log = logging.getLogger("trainer.ui.controller")
BACKUP_CHECK_MS = 5 * 60 * 1000


class AppController(QObject):
    """Owns the window's presenters and the flow between its screens."""

    home_ready = Signal()
    presenters: Presenters

    def __init__(self, data_dir: Path, window: MainWindow, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        self.window = window
        self.tasks = tasks
        self.preferences = Preferences(window.settings)
        self.data_folder = DataFolder(data_dir)
        self.state = AppState(self.preferences.banks_left_out)
        self.ops = Operations(tasks, self.show_error)
        self.workshop_builder: BuilderPresenter | None = None
        self.dialogs = AppDialogs(window)
        """The error box and the quit question (the controller creates no dialog)."""
        self._built = False
        window.reload_requested.connect(self.load_banks)
        window.workshop_requested.connect(self.open_workshop)
        window.backups_requested.connect(self.open_backups)
        window.navigate.connect(self.navigate)
        window.close_guard = self._may_close
        window.closing.connect(self._closing)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.preferences.theme, self.preferences.font_scale)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._maybe_backup)

    # -- the presenters, by the names the tests and the screenshots use ------------------
    @property
    def home(self) -> HomePresenter:
        return self.presenters.home

    @property
    def study(self) -> StudyPresenter:
        return self.presenters.study

    @property
    def quiz(self) -> QuizPresenter:
        return self.presenters.quiz

    @property
    def backups(self) -> BackupsPresenter:
        return self.presenters.backups

    @property
    def recovery(self) -> RecoveryPresenter:
        return self.presenters.recovery

    @property
    def progress_files(self) -> ProgressFilesPresenter:
        return self.presenters.progress_files

    # -- starting ------------------------------------------------------------------
    def _build(self) -> None:
        """The other screens and their presenters, created after the first paint."""
        if self._built:
            return
        from trainer.ui.presenters import build_presenters

        self._built = True
        w = self.window
        w.build_screens()
        self.presenters = build_presenters(
            w, self.ops, self.data_folder, self.state, self.preferences, self.data_dir
        )
        self.home.ready.connect(self.home_ready)
        w.home.study_requested.connect(lambda: self.navigate("study"))
        w.home.quiz_requested.connect(lambda: self.navigate("quiz_setup"))
        w.home.progress_requested.connect(lambda: self.navigate("progress"))
        w.home.practice_requested.connect(self.practise)
        w.home.resume_requested.connect(self.resume_quiz)
        w.home.workshop_requested.connect(self.open_workshop)
        w.home.study_selection_requested.connect(self.study_selection)
        w.quiz_setup.start_requested.connect(self.start_quiz)
        w.results.new_quiz_requested.connect(lambda: self.navigate("quiz_setup"))
        for home_requested in (
            w.study.home_requested,
            w.quiz_setup.home_requested,
            w.results.home_requested,
            w.progress.home_requested,
            w.profiles.home_requested,
            w.banks.home_requested,
            w.settings_screen.home_requested,
            w.class_screen.home_requested,
            w.analysis.home_requested,
        ):
            home_requested.connect(lambda: self.navigate("home"))
        self.quiz.started.connect(lambda: w.show_screen("quiz"))
        self.quiz.finished.connect(lambda: w.show_screen("results"))

    def start(self) -> None:
        self._build()
        self.load_banks()
        self.backup_timer.start()

    def load_banks(self) -> None:
        if self._built:
            self.home.load_banks()

    # -- navigation --------------------------------------------------------------
    def _leave_quiz(self) -> None:
        if self.quiz.running:
            self.quiz.timer.stop()  # the deadline is kept; resuming restarts the clock

    def navigate(self, name: str) -> None:
        if not self._built:
            return
        if name != "quiz":
            self._leave_quiz()
        if name == "home":
            self.home.refresh()
            return
        state = self.state
        if state.learner_id is None and name != "banks":
            self.window.show_screen("first_run" if state.overview else "home")
            return
        if name == "study":
            self.window.show_screen("study")
            self.study.start(state.learner_id or 0, state.study_filter())
        elif name == "quiz_setup":
            self.presenters.fill_quiz_setup()
            self.window.show_screen("quiz_setup")
        elif name in self.presenters.side:
            self.presenters.side[name].show()
            self.window.show_screen(name)

    def study_selection(self, bank_id: str, topic: str) -> None:
        """Study only one bank, or one topic of it (chosen on Home)."""
        learner = self.state.learner_id
        if not self._built or learner is None:
            return
        from trainer.core.study import StudyFilter

        topics = frozenset({topic}) if topic else frozenset()
        self._leave_quiz()
        self.window.show_screen("study")
        titles = self.state.bank_titles()
        self.study.start(
            learner,
            StudyFilter(banks=frozenset({bank_id}), topics=topics),
            label=topic or titles.get(bank_id, bank_id),
        )

    def practise(self, kind: str) -> None:
        """A practice session over the weakest items or the recent mistakes."""
        learner = self.state.learner_id
        if not self._built or learner is None:
            return
        self._leave_quiz()
        self.window.show_screen("study")
        self.study.start_practice(learner, kind)

    def start_quiz(self, choice: Any) -> None:
        learner = self.state.learner_id
        if learner is not None:
            self.window.quiz_setup.show_message("")
            self.quiz.start(learner, choice)

    def resume_quiz(self) -> None:
        unfinished = self.state.unfinished_quizzes
        if unfinished:
            self.quiz.resume(unfinished[-1])

    def open_workshop(self) -> None:
        """The facilitator's workshop builder (one per window; see ``trainer.ui.workshop``)."""
        from trainer.ui.workshop.builder_presenter import BuilderPresenter
        from trainer.ui.workshop.builder_view import BuilderWindow

        if self.workshop_builder is None:
            view = BuilderWindow(self.window)
            self.workshop_builder = BuilderPresenter(
                self.tasks, self.data_folder, view, parent=view
            )
            self.window.closing.connect(self.workshop_builder.shut_down)
            view.results_requested.connect(self.show_workshop_results)
            # a restore replaces the progress its session is kept in: it closes first
            self.state.when_progress_replaced(self.workshop_builder.shut_down)
        self.workshop_builder.show()

    def show_workshop_results(self) -> None:
        """The builder's Results: the session run there (else the newest) on the results
        screen, a phone game per participant (see ``trainer.ui.workshop_results``)."""
        builder = self.workshop_builder
        if not self._built or builder is None:
            return
        self._leave_quiz()
        self.quiz.show_session_results(builder.session_id)
        self.window.raise_()
        self.window.activateWindow()

    def open_backups(self) -> None:
        """File ▸ Backups…: list, make and restore backups (``backups_presenter``)."""
        if self._built:
            self.backups.open()

    # -- errors, backups, closing ------------------------------------------------
    def show_error(self, message: str) -> None:
        """The app's error display: the status bar and a box that does not block."""
        self.dialogs.show_error(message)

    def _may_close(self) -> bool:
        if not self._built or not self.quiz.running or self.window.current_screen() != "quiz":
            return True
        return self.dialogs.may_quit_mid_quiz()

    def _maybe_backup(self) -> None:
        store = self.data_folder.store
        if store is not None:
            self.ops.run(store.maybe_backup)

    def _closing(self) -> None:
        self.backup_timer.stop()
        if self._built:
            self.quiz.timer.stop()

        def logged(failure: Failure) -> None:
            log.error("close", exc_info=failure.error)

        self.ops.run(self.data_folder.close, failure=logged)
