"""What the app opens on: loading the banks and the progress, the first run (a new
profile), and Home with the learner's counts.

Loading and every count are operations on the worker (``trainer.ui.operations``); what
they return lands in the :class:`~trainer.ui.app_state.AppState` on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from trainer.core import numbers
from trainer.core.data_folder import DataFolder, Loaded
from trainer.ui.app_state import AppState
from trainer.ui.home_data import HomeData
from trainer.ui.home_rows import bank_rows, next_action
from trainer.ui.operations import Failure, Operations

if TYPE_CHECKING:
    from trainer.core.home_snapshot import HomeSnapshot
    from trainer.core.study import HomeCounts, Profile, Statistics
    from trainer.ui.first_run import FirstRunScreen
    from trainer.ui.home import HomeScreen
    from trainer.ui.preferences import Preferences

log = logging.getLogger("trainer.ui.controller")

_HomeCounts = tuple["Profile", "HomeCounts", "Statistics", list[int], str]


class Screens(Protocol):
    """The window's stack of screens, as the presenters move through it."""

    def show_screen(self, name: str) -> None: ...
    def current_screen(self) -> str: ...
    def set_navigation_enabled(self, enabled: bool) -> None: ...


def read_home(data_folder: DataFolder, learner: int | None) -> Callable[[], HomeSnapshot | None]:
    """The start-up's quick read of Home, a job for the worker. It also loads the
    number formats Home's rows are written with (Babel's locale data: tens of ms),
    so that they are not loaded on the UI thread when Home is filled."""

    def job() -> HomeSnapshot | None:
        numbers.percent(0)
        return data_folder.load_home(learner)

    return job


class HomePresenter(QObject):
    """Loads, starts the first run or fills Home, and says when the first screen is ready."""

    ready = Signal()
    """Once: the first screen (Home, the first run, or a loading error) is shown."""
    banks_loaded = Signal()
    """The banks were (re)loaded: ``app_state.loaded`` is new."""
    load_failed = Signal(object)
    """The loading raised this error (a damaged database may be recovered)."""
    load_done = Signal()
    """A full load was taken: the learner is chosen, Home is being filled (or the first
    run is shown); what needs the study service can run."""

    def __init__(
        self,
        home: HomeScreen,
        first_run: FirstRunScreen,
        screens: Screens,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        preferences: Preferences,
    ) -> None:
        super().__init__(home)
        self.home = home
        self.first_run = first_run
        self.screens = screens
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.preferences = preferences
        self._ready_sent = False
        self._quiet_refresh = False
        """Home was shown from the start-up's snapshot: the full load refills it quietly."""
        first_run.create_requested.connect(self.create_first_profile)
        app_state.when_progress_replaced(self.show_loading)

    # -- loading -----------------------------------------------------------------
    def show_loading(self) -> None:
        """Home waits for the banks and the progress (loading, or a restore)."""
        self.home.show_loading()
        self.screens.set_navigation_enabled(False)

    def show_snapshot(self, snapshot: HomeSnapshot | None) -> None:
        """Home from the quick read, then the full load (or the full load alone)."""
        if snapshot is None:
            self.load_banks()
            return
        self.app_state.loaded = snapshot.loaded
        self.app_state.learner_id = snapshot.learner_id
        self.screens.set_navigation_enabled(True)  # what is asked waits for the full load
        home = (
            snapshot.profile,
            snapshot.counts,
            snapshot.statistics,
            snapshot.unfinished_quizzes,
            snapshot.interrupted_workshop,
        )
        self._show_home(home, show=True)
        self._quiet_refresh = True
        self.ops.run(self.data_folder.load, self.show_loaded, failure=self._load_failed)

    def snapshot_failed(self, failure: Failure) -> None:
        log.warning("Home's quick read failed; loading in full", exc_info=failure.error)
        self.load_banks()

    def load_banks(self) -> None:
        self.show_loading()
        self.ops.run(self.data_folder.load, self.show_loaded, failure=self._load_failed)

    def show_loaded(self, loaded: Loaded) -> None:
        """Take what a load (or a restore) produced; go on with the learner or a first run."""
        state = self.app_state
        state.loaded = loaded
        for line in loaded.overview.errors:
            log.warning("bank error: %s", line)
        self.banks_loaded.emit()
        ids = {p.id for p in loaded.profiles}
        saved = self.preferences.current_profile
        if not loaded.profiles:
            state.learner_id = None
            self.first_run.set_banks(
                [(b.bank_id, b.title, b.questions) for b in loaded.overview.banks]
            )
            self.first_run.reset()
            self.screens.show_screen("first_run")
            self._ready()
            self.load_done.emit()
            return
        state.learner_id = saved if saved in ids else loaded.profiles[0].id
        self.screens.set_navigation_enabled(True)
        # A reload from the Banks screen (F5) stays there, to show what changed; after
        # the start-up's snapshot, Home is on screen already.
        quiet, self._quiet_refresh = self._quiet_refresh, False
        self.refresh(show=not quiet and self.screens.current_screen() != "banks")
        self.load_done.emit()

    def _load_failed(self, failure: Failure) -> None:
        log.error("loading failed", exc_info=failure.error)
        if self._quiet_refresh:  # Home came from the quick read: nothing is loaded after all
            self._quiet_refresh = False
            self.app_state.loaded = None
            self.app_state.learner_id = None
            self.screens.set_navigation_enabled(False)
        self.home.show_error(failure.message)
        self.screens.show_screen("home")
        self.load_failed.emit(failure.error)  # a damaged database: restore a backup?
        self._ready()

    def _ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    # -- home --------------------------------------------------------------------
    def refresh(self, show: bool = True) -> None:
        """Fill Home from the engine, and show it unless ``show`` is false."""
        learner = self.app_state.learner_id
        if learner is None or self.app_state.overview is None:
            self.screens.show_screen("first_run" if self.app_state.overview else "home")
            return
        data_folder = self.data_folder

        def counts() -> _HomeCounts:
            from trainer.core.home_snapshot import HOME_HISTORY_DAYS
            from trainer.core.workshop.session_records import unfinished_sessions

            engine = data_folder.study
            workshops = unfinished_sessions(engine.store)
            return (
                engine.profile(learner),
                engine.home_counts(learner),
                engine.statistics(learner, history_days=HOME_HISTORY_DAYS),
                engine.unfinished_quizzes(learner),
                workshops[0].title if workshops else "",
            )

        self.ops.run(counts, lambda out: self._show_home(out, show))

    def _show_home(self, out: _HomeCounts, show: bool) -> None:
        profile, counts, stats, unfinished, workshop = out
        overview = self.app_state.overview
        assert overview is not None
        banks = bank_rows(overview, counts, stats)
        self.home.show_home(
            HomeData(
                learner=profile.name,
                due=counts.due,
                new_today=counts.new_today,
                streak=stats.streak,
                banks=banks,
                errors=list(overview.errors),
                can_resume_quiz=bool(unfinished),
                interrupted_workshop=workshop,
                next_action=next_action(
                    counts.due,
                    counts.new_today,
                    resume_quiz=bool(unfinished),
                    workshop=workshop,
                    has_questions=bool(banks),
                ),
            )
        )
        self.app_state.unfinished_quizzes = unfinished
        if show:
            self.screens.show_screen("home")
            self.home.first_focus.setFocus()
        self._ready()

    # -- the first run and the learner -------------------------------------------------
    def create_first_profile(self, name: str, banks: list[str]) -> None:
        overview = self.app_state.overview
        offered = [b.bank_id for b in overview.banks] if overview else []
        left_out = [b for b in offered if b not in banks]
        data_folder = self.data_folder

        def done(profile: Profile) -> None:
            self.preferences.set_banks_left_out(profile.id, left_out)
            self.switch_to(profile.id)
            self.screens.set_navigation_enabled(True)

        self.ops.run(
            lambda: data_folder.study.create_profile(name),
            done,
            failure=lambda failed: self.first_run.show_error(failed.message),
        )

    def switch_to(self, learner_id: int) -> None:
        """Study as ``learner_id`` from now on (remembered on this computer)."""
        self.app_state.learner_id = learner_id
        self.preferences.current_profile = learner_id
        self.preferences.sync()
        self.refresh()
