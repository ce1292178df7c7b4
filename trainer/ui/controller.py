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

import importlib
import logging
import sys
from collections.abc import Callable
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


PRESENTER_MODULES = (
    "trainer.ui.study_presenter",
    "trainer.ui.quiz_presenter",
    "trainer.ui.side_presenters",
    "trainer.ui.class_presenter",
    "trainer.ui.analysis_presenter",
    "trainer.ui.backups_presenter",
    "trainer.ui.recovery_presenter",
    "trainer.ui.progress_files_presenter",
    "trainer.ui.presenters",
)
"""Imported one per turn of the event loop once Home is shown, before the presenters
are built (SQLAlchemy comes with some of them)."""


class AppController(QObject):
    """Owns the window's presenters and the flow between its screens.

    Start-up builds Home (and the first run) only, loads, shows Home; then the other
    screens and presenters come one step per turn of the event loop. Until they are
    built and the first full load has ended, what a person asks for (a click on Home, a
    menu, a shortcut) waits in ``_waiting`` and is done then, in order.
    """

    home_ready = Signal()
    all_ready = Signal()
    """Once: every screen and presenter is built and the first full load has ended."""

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
        self._home: HomePresenter | None = None
        self._presenters: Presenters | None = None
        self._load_settled = False
        self.is_ready = False
        """Everything is built and the first full load has ended (see ``all_ready``)."""
        self._waiting: list[Callable[[], None]] = []
        window.reload_requested.connect(self.load_banks)
        window.workshop_requested.connect(self.open_workshop)
        window.backups_requested.connect(self.open_backups)
        window.export_progress_requested.connect(self.export_progress)
        window.import_progress_requested.connect(self.import_progress)
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
    def presenters(self) -> Presenters:
        """Every presenter, built now if the idle steps have not finished yet."""
        self._build_rest()
        assert self._presenters is not None
        return self._presenters

    @property
    def home(self) -> HomePresenter:
        if self._home is None:
            self._build_home()
        assert self._home is not None
        return self._home

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
    def start(self) -> None:
        """After the first paint: Home, the first load, then the rest (see the class).
        The quick read of Home goes to the worker first; Home is built meanwhile."""
        from trainer.ui.home_presenter import read_home

        self.ops.run(
            read_home(self.data_folder, self.preferences.current_profile),
            lambda snapshot: self.home.show_snapshot(snapshot),
            failure=lambda failure: self.home.snapshot_failed(failure),
        )
        self.home.show_loading()
        self.backup_timer.start()

    def _build_home(self) -> None:
        """Home, the first run and their presenter: all the first load needs."""
        from trainer.ui.home_presenter import HomePresenter

        w = self.window
        w.build_home_screens()
        home = HomePresenter(
            w.home, w.first_run, w, self.ops, self.data_folder, self.state, self.preferences
        )
        self._home = home
        home.ready.connect(self.home_ready)
        home.ready.connect(lambda: QTimer.singleShot(0, self._build_step))
        home.load_done.connect(self._load_ended)
        home.load_failed.connect(self._offer_recovery)
        w.home.study_requested.connect(lambda: self.navigate("study"))
        w.home.quiz_requested.connect(lambda: self.navigate("quiz_setup"))
        w.home.progress_requested.connect(lambda: self.navigate("progress"))
        w.home.practice_requested.connect(self.practise)
        w.home.resume_requested.connect(self.resume_quiz)
        w.home.workshop_requested.connect(self.open_workshop)
        w.home.study_selection_requested.connect(self.study_selection)

    def _build_step(self) -> None:
        """One step of building the rest: a screen, a module, or the presenters."""
        if self._presenters is not None:
            return
        if self.window.build_next_screen() or _import_next(PRESENTER_MODULES):
            QTimer.singleShot(0, self._build_step)
        else:
            self._build_rest()

    def _build_rest(self) -> None:
        """Whatever is left of the other screens and presenters, at once."""
        if self._presenters is not None:
            return
        from trainer.ui.presenters import build_presenters

        w = self.window
        w.build_screens()
        self._presenters = build_presenters(
            self.home, w, self.ops, self.data_folder, self.state, self.preferences, self.data_dir
        )
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
        self._maybe_ready()

    def _load_ended(self) -> None:
        self._load_settled = True
        self._maybe_ready()

    def _offer_recovery(self, error: BaseException) -> None:
        """The first load (or a later one) failed: a damaged database may be recovered."""
        self.recovery.offer_recovery(error)
        self._load_ended()

    def _maybe_ready(self) -> None:
        if self.is_ready or self._presenters is None or not self._load_settled:
            return
        self.is_ready = True
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()
        self.all_ready.emit()

    def _later(self, action: Callable[[], None]) -> bool:
        """Before everything is ready, keep ``action`` for then and say so (True): a
        click, a menu or a shortcut during start-up is done once it can be, never lost."""
        if self.is_ready:
            return False
        self._waiting.append(action)
        return True

    def load_banks(self) -> None:
        if not self._later(self.load_banks):
            self.home.load_banks()

    # -- navigation --------------------------------------------------------------
    def _leave_quiz(self) -> None:
        if self.quiz.running:
            self.quiz.timer.stop()  # the deadline is kept; resuming restarts the clock

    def navigate(self, name: str) -> None:
        if self._later(lambda: self.navigate(name)):
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
        if self._later(lambda: self.study_selection(bank_id, topic)):
            return
        learner = self.state.learner_id
        if learner is None:
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
        if self._later(lambda: self.practise(kind)):
            return
        learner = self.state.learner_id
        if learner is None:
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
        if self._later(self.resume_quiz):
            return
        unfinished = self.state.unfinished_quizzes
        if unfinished:
            self.quiz.resume(unfinished[-1])

    def open_workshop(self) -> None:
        """The facilitator's workshop builder (one per window; see ``trainer.ui.workshop``)."""
        if self._later(self.open_workshop):
            return
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
        if builder is None or self._later(self.show_workshop_results):
            return
        self._leave_quiz()
        self.quiz.show_session_results(builder.session_id)
        self.window.raise_()
        self.window.activateWindow()

    def open_backups(self) -> None:
        """File ▸ Backups…: list, make and restore backups (``backups_presenter``)."""
        if not self._later(self.open_backups):
            self.backups.open()

    def export_progress(self) -> None:
        """File ▸ Export my progress… (``progress_files_presenter``)."""
        if not self._later(self.export_progress):
            self.progress_files.ask_export()

    def import_progress(self) -> None:
        """File ▸ Import progress…"""
        if not self._later(self.import_progress):
            self.progress_files.ask_import()

    # -- errors, backups, closing ------------------------------------------------
    def show_error(self, message: str) -> None:
        """The app's error display: the status bar and a box that does not block."""
        self.dialogs.show_error(message)

    def _may_close(self) -> bool:
        if self._presenters is None or not self.quiz.running:
            return True
        if self.window.current_screen() != "quiz":
            return True
        return self.dialogs.may_quit_mid_quiz()

    def _maybe_backup(self) -> None:
        store = self.data_folder.store
        if store is not None:
            self.ops.run(store.maybe_backup)

    def _closing(self) -> None:
        self.backup_timer.stop()
        if self._presenters is not None:
            self.quiz.timer.stop()

        def logged(failure: Failure) -> None:
            log.error("close", exc_info=failure.error)

        self.ops.run(self.data_folder.close, failure=logged)


def _import_next(modules: tuple[str, ...]) -> bool:
    """Import the first of ``modules`` not imported yet; False when none is left."""
    for name in modules:
        if name not in sys.modules:
            importlib.import_module(name)
            return True
    return False
