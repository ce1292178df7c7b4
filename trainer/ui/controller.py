"""Drives the app: loads banks and the store off the UI thread, chooses the learner,
moves between screens and hands data to the passive views.

Study and quiz flows have their own presenters (``study_presenter``,
``quiz_presenter``); progress, banks and settings are filled by
``side_presenters``. Every engine call goes through the one-worker
:class:`~trainer.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer.core.overview import Overview
from trainer.ui.backend import Backend, Loaded
from trainer.ui.home_data import HomeData
from trainer.ui.home_rows import bank_rows
from trainer.ui.main_window import MainWindow
from trainer.ui.preferences import Preferences
from trainer.ui.tasks import TaskRunner
from trainer.ui.theme import apply_theme

if TYPE_CHECKING:
    from trainer.core.engine import HomeCounts, Profile, Statistics, StudyFilter
    from trainer.ui.backups_presenter import BackupsPresenter
    from trainer.ui.quiz_presenter import QuizPresenter
    from trainer.ui.side_presenters import SidePresenters
    from trainer.ui.study_presenter import StudyPresenter

log = logging.getLogger("trainer.ui.controller")
BACKUP_CHECK_MS = 5 * 60 * 1000


class AppController(QObject):
    """Owns the flow between the core and the window."""

    home_ready = Signal()
    study: StudyPresenter
    quiz: QuizPresenter
    side: SidePresenters
    backups: BackupsPresenter

    def __init__(self, data_dir: Path, window: MainWindow, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        self.window = window
        self.tasks = tasks
        self.settings = window.settings
        self.preferences = Preferences(window.settings)
        self.backend = Backend(data_dir)
        self.loaded: Loaded | None = None
        self.overview: Overview | None = None
        self.learner_id: int | None = None
        self._ready_sent = False
        self._built = False
        window.reload_requested.connect(self.load_banks)
        window.workshop_requested.connect(self.open_workshop)
        window.backups_requested.connect(self.open_backups)
        window.navigate.connect(self.navigate)
        window.close_guard = self._may_close
        window.closing.connect(self._closing)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme(), self.font_scale())
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._maybe_backup)

    # -- settings kept on this computer -----------------------------------------
    def feedback_mode(self) -> str:
        return self.preferences.quiz_feedback

    def theme(self) -> str:
        return self.preferences.theme

    def font_scale(self) -> int:
        return self.preferences.font_scale

    def chosen_banks(self) -> tuple[str, ...]:
        """The learner's banks: every loaded bank but those left out at the first run, so
        a bank added later (a user's own bank) is in."""
        if self.learner_id is None or self.overview is None:
            return ()
        sources = self.loaded.sources if self.loaded is not None else {}
        shipped = {b for b, source in sources.items() if source == "shipped"}
        left_out = self.preferences.banks_left_out(self.learner_id, shipped)
        return tuple(b.bank_id for b in self.overview.banks if b.bank_id not in left_out)

    def study_filter(self) -> StudyFilter | None:
        chosen = set(self.chosen_banks())
        loaded = {b.bank_id for b in self.overview.banks} if self.overview else set()
        if not chosen or loaded <= chosen:
            return None
        from trainer.core.engine import StudyFilter

        return StudyFilter(banks=frozenset(chosen & loaded))

    # -- wiring ------------------------------------------------------------------
    def _build(self) -> None:
        """The other screens and their presenters, created after the first paint."""
        if self._built:
            return
        from trainer.ui.backups_presenter import BackupsPresenter
        from trainer.ui.progress_files_presenter import ProgressFilesPresenter
        from trainer.ui.quiz_presenter import QuizPresenter
        from trainer.ui.side_presenters import SidePresenters
        from trainer.ui.study_presenter import StudyPresenter

        self._built = True
        w = self.window
        w.build_screens()
        self.study = StudyPresenter(w.study, self.tasks, self.backend)
        self.quiz = QuizPresenter(w.quiz, w.results, self.tasks, self.backend, self.feedback_mode)
        self.side = SidePresenters(self)
        self.backups = BackupsPresenter(self)
        self.progress_files = ProgressFilesPresenter(self)  # File ▸ Export/Import progress
        w.home.study_requested.connect(lambda: self.navigate("study"))
        w.home.quiz_requested.connect(lambda: self.navigate("quiz_setup"))
        w.home.progress_requested.connect(lambda: self.navigate("progress"))
        w.home.practice_requested.connect(self.practise)
        w.home.resume_requested.connect(self.resume_quiz)
        w.home.workshop_requested.connect(self.open_workshop)
        w.home.study_selection_requested.connect(self.study_selection)
        w.first_run.create_requested.connect(self.create_first_profile)
        w.study.home_requested.connect(lambda: self.navigate("home"))
        w.quiz_setup.home_requested.connect(lambda: self.navigate("home"))
        w.quiz_setup.start_requested.connect(self.start_quiz)
        w.results.home_requested.connect(lambda: self.navigate("home"))
        w.results.new_quiz_requested.connect(lambda: self.navigate("quiz_setup"))
        w.results.retry_requested.connect(self.quiz.retry_wrong)
        for presenter in (self.study, self.quiz):
            presenter.failed.connect(self._failed)
        self.quiz.started.connect(lambda: self.window.show_screen("quiz"))
        self.quiz.finished.connect(lambda: self.window.show_screen("results"))
        self.quiz.message.connect(w.quiz_setup.show_message)

    # -- loading -----------------------------------------------------------------
    def start(self) -> None:
        self._build()
        self.load_banks()
        self.backup_timer.start()

    def load_banks(self) -> None:
        self.window.home.show_loading()
        self.window.set_navigation_enabled(False)
        self.tasks.run(self.backend.load, self._loaded, self._load_failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.overview = loaded.overview
        for line in loaded.overview.errors:
            log.warning("bank error: %s", line)
        self.side.show_banks()
        ids = {p.id for p in loaded.profiles}
        saved = self.preferences.current_profile
        if not loaded.profiles:
            self.learner_id = None
            self.window.first_run.set_banks(
                [(b.bank_id, b.title, b.questions) for b in loaded.overview.banks]
            )
            self.window.first_run.reset()
            self.window.show_screen("first_run")
            self._ready()
            return
        self.learner_id = saved if saved in ids else loaded.profiles[0].id
        self.window.set_navigation_enabled(True)
        # A reload from the Banks screen (F5) stays there, to show what changed.
        self.refresh_home(show=self.window.current_screen() != "banks")

    def _load_failed(self, exc: BaseException) -> None:
        log.error("loading failed", exc_info=exc)
        self.window.home.show_error(self.describe(exc))
        self.window.show_screen("home")
        if self._built:
            self.backups.offer_recovery(exc)  # a damaged database: restore a backup?
        self._ready()

    def _ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.home_ready.emit()

    # -- home --------------------------------------------------------------------
    def refresh_home(self, show: bool = True) -> None:
        """Fill the home screen from the engine, and show it unless ``show`` is false."""
        learner = self.learner_id
        if learner is None or self.overview is None:
            self.window.show_screen("first_run" if self.overview else "home")
            return

        def job() -> tuple[Profile, HomeCounts, Statistics, list[int], str]:
            from trainer.core.workshop import unfinished_sessions

            engine = self.backend.engine
            workshops = unfinished_sessions(engine.store)
            return (
                engine.profile(learner),
                engine.home_counts(learner),
                engine.statistics(learner, history_days=7),
                engine.unfinished_quizzes(learner),
                workshops[0].title if workshops else "",
            )

        self.tasks.run(job, lambda out: self._show_home(out, show), self._failed)

    def _show_home(
        self, out: tuple[Profile, HomeCounts, Statistics, list[int], str], show: bool = True
    ) -> None:
        profile, counts, stats, unfinished, workshop = out
        assert self.overview is not None
        banks = bank_rows(self.overview, counts, stats)
        self.window.home.show_home(
            HomeData(
                learner=profile.name,
                due=counts.due,
                new_today=counts.new_today,
                streak=stats.streak,
                banks=banks,
                errors=list(self.overview.errors),
                can_resume_quiz=bool(unfinished),
                interrupted_workshop=workshop,
            )
        )
        self._unfinished = unfinished
        if show:
            self.window.show_screen("home")
            self.window.home.study_button.setFocus()
        self._ready()

    # -- navigation --------------------------------------------------------------
    def navigate(self, name: str) -> None:
        if not self._built:
            return
        if self.quiz.running and name != "quiz":
            self.quiz.timer.stop()  # the deadline is kept; resuming restarts the clock
        if name == "home":
            self.refresh_home()
            return
        if self.learner_id is None and name not in ("banks",):
            self.window.show_screen("first_run" if self.overview else "home")
            return
        if name == "study":
            self.window.show_screen("study")
            self.study.start(self.learner_id or 0, self.study_filter())
        elif name == "quiz_setup":
            self.side.fill_quiz_setup()
            self.window.show_screen("quiz_setup")
        elif name in ("progress", "profiles", "settings", "banks"):
            self.side.show(name)

    def study_selection(self, bank_id: str, topic: str) -> None:
        """Study only one bank, or one topic of it (chosen on Home)."""
        if not self._built or self.learner_id is None:
            return
        from trainer.core.engine import StudyFilter

        topics = frozenset({topic}) if topic else frozenset()
        if self.quiz.running:
            self.quiz.timer.stop()
        self.window.show_screen("study")
        titles = {b.bank_id: b.title for b in self.overview.banks} if self.overview else {}
        self.study.start(
            self.learner_id,
            StudyFilter(banks=frozenset({bank_id}), topics=topics),
            label=topic or titles.get(bank_id, bank_id),
        )

    def practise(self, kind: str) -> None:
        """A practice session over the weakest items or the recent mistakes."""
        if not self._built or self.learner_id is None:
            return
        if self.quiz.running:
            self.quiz.timer.stop()
        self.window.show_screen("study")
        self.study.start_practice(self.learner_id, kind)

    # -- first run and profiles --------------------------------------------------
    def create_first_profile(self, name: str, banks: list[str]) -> None:
        def job() -> Profile:
            return self.backend.engine.create_profile(name)

        offered = [b.bank_id for b in self.overview.banks] if self.overview else []
        left_out = [b for b in offered if b not in banks]

        def done(profile: Profile) -> None:
            self.preferences.set_banks_left_out(profile.id, left_out)
            self.switch_to(profile.id)
            self.window.set_navigation_enabled(True)

        self.tasks.run(job, done, lambda exc: self.window.first_run.show_error(self.describe(exc)))

    def switch_to(self, learner_id: int) -> None:
        self.learner_id = learner_id
        self.preferences.current_profile = learner_id
        self.preferences.sync()
        self.refresh_home()

    # -- quizzes -----------------------------------------------------------------
    def start_quiz(self, choice: Any) -> None:
        if self.learner_id is not None:
            self.window.quiz_setup.show_message("")
            self.quiz.start(self.learner_id, choice)

    def resume_quiz(self) -> None:
        unfinished = getattr(self, "_unfinished", [])
        if unfinished:
            self.quiz.resume(unfinished[-1])

    def _may_close(self) -> bool:
        if not self._built or not self.quiz.running or self.window.current_screen() != "quiz":
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Quit Trainer"),
            self.tr(
                "You are in the middle of a quiz. Your answers so far are saved, and you can "
                "resume the quiz next time. Quit now?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_workshop(self) -> None:
        """The facilitator's workshop builder (one per window; see ``trainer.ui.workshop``)."""
        from trainer.ui.workshop.stage_builder import BuilderWindow

        if getattr(self, "workshop_builder", None) is None:
            self.workshop_builder = BuilderWindow(self.tasks, self.backend, self.window)
        self.workshop_builder.show()
        self.workshop_builder.raise_()
        self.workshop_builder.activateWindow()

    def open_backups(self) -> None:
        """File ▸ Backups…: list, make and restore backups (``backups_presenter``)."""
        if self._built:
            self.backups.open()

    # -- errors, backups, closing ------------------------------------------------
    def describe(self, exc: BaseException) -> str:
        """A plain sentence for the user; unexpected errors are logged in full."""
        from trainer.core.engine import ProfileError, QuizError
        from trainer.store import StoreError

        if isinstance(exc, ProfileError | QuizError | StoreError):
            return str(exc)
        log.error("unexpected error", exc_info=exc)
        return self.tr(
            "Something went wrong and Trainer could not finish. Your progress is saved; "
            "the details are in the log file."
        )

    def show_error(self, message: str) -> None:
        self.window.show_message(message, 10000)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Trainer"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages name profiles and files
        box.setText(message)
        box.setAccessibleName(self.tr("Error"))
        self.last_error_box = box
        box.open()  # not exec(): the window keeps running

    def _failed(self, exc: BaseException) -> None:
        self.show_error(self.describe(exc))

    def _maybe_backup(self) -> None:
        store = self.backend.store
        if store is not None:
            self.tasks.run(store.maybe_backup, lambda _r: None, self._failed)

    def _closing(self) -> None:
        self.backup_timer.stop()
        if self._built:
            self.quiz.timer.stop()
        self.tasks.run(
            self.backend.close, lambda _r: None, lambda exc: log.error("close", exc_info=exc)
        )
