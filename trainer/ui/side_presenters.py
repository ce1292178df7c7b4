"""Fill the progress, profiles, settings, banks and quiz-setup screens from the core,
and carry out their requests (as operations on the worker, ``trainer.ui.operations``).

Each presenter gets the one screen it drives and what it needs besides (the operation
runner, the data_folder, the app state, a callback or two), never the app itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QApplication

from trainer.core.data_folder import DataFolder
from trainer.paths import user_banks_dir
from trainer.ui.app_state import AppState
from trainer.ui.kind_views import SUPPORTED_KINDS
from trainer.ui.operations import Operations
from trainer.ui.progress import ProgressData
from trainer.ui.settings_screen import SettingsValues
from trainer.ui.side_views import (
    BanksView,
    ProfilesView,
    ProgressView,
    QuizSetupView,
    SettingsView,
)
from trainer.ui.theme import apply_theme

if TYPE_CHECKING:
    from datetime import date

    from trainer.core.study import Profile, Statistics
    from trainer.ui.preferences import Preferences


def _day(value: date, fmt: str = "d MMM") -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def _period(days: list[date]) -> str:
    return f"{_day(days[0])} – {_day(days[-1])}" if days else ""


def apply_look_to_app(theme: str, font_scale: int) -> None:
    """Colours and text size for the whole application, at once."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme, font_scale)


class ProgressPresenter(QObject):
    """The learner's statistics on the Progress screen."""

    def __init__(
        self,
        view: ProgressView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state

    def show(self) -> None:
        learner = self.app_state.learner_id
        if learner is None:
            return
        data_folder = self.data_folder
        self.ops.run(lambda: data_folder.study.statistics(learner, history_days=14), self._fill)

    def _fill(self, stats: Statistics) -> None:
        titles = self.app_state.bank_titles()
        names = Counter(topic for _bank, topic in stats.by_topic)
        topics = [
            (
                f"{topic} ({titles.get(bank, bank)})" if names[topic] > 1 else topic,
                m.new,
                m.learning,
                m.mastered,
            )
            for (bank, topic), m in sorted(stats.by_topic.items())
        ]
        self.view.show_progress(
            ProgressData(
                streak=stats.streak,
                days=[(_day(d.day, "d"), d.reviews, d.accuracy) for d in stats.days],
                days_title=_period([d.day for d in stats.days]),
                topics=topics,
                forecast=[(_day(day, "d"), n) for day, n in stats.forecast],
                forecast_title=_period([day for day, _n in stats.forecast]),
                total_reviews=sum(d.reviews for d in stats.days),
                days_spoken=[_day(d.day, "d MMMM") for d in stats.days],
                forecast_spoken=[_day(day, "d MMMM") for day, _n in stats.forecast],
            )
        )


class ProfilesPresenter(QObject):
    """Create, rename, delete and switch profiles."""

    def __init__(
        self,
        view: ProfilesView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        switch_to: Callable[[int], None],
        reload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.switch_to = switch_to
        """Study as another learner (and show Home)."""
        self.reload = reload
        """Load the banks and profiles again (after the last profile is deleted)."""
        view.create_requested.connect(self.create_profile)
        view.switch_requested.connect(self.switch_to)
        view.rename_requested.connect(self.rename_profile)
        view.delete_requested.connect(self.delete_profile)

    def show(self) -> None:
        data_folder = self.data_folder
        self.ops.run(lambda: data_folder.study.profiles(), self._fill)

    def _fill(self, profiles: list[Profile]) -> None:
        self.view.set_profiles([(p.id, p.name) for p in profiles], self.app_state.learner_id)

    def _change(self, change: Callable[[], object], message: str) -> None:
        """Run ``change``, then list the profiles again and say ``message``."""
        data_folder = self.data_folder

        def run() -> list[Profile]:
            change()
            return data_folder.study.profiles()

        def done(profiles: list[Profile]) -> None:
            self._fill(profiles)
            self.view.show_message(message, error=False)
            self.view.clear_name()

        self.ops.run(run, done, failure=lambda failed: self.view.show_message(failed.message))

    def create_profile(self, name: str) -> None:
        data_folder = self.data_folder
        self._change(
            lambda: data_folder.study.create_profile(name),
            self.tr("Profile created. Select it and press Switch to study with it."),
        )

    def rename_profile(self, learner_id: int, name: str) -> None:
        data_folder = self.data_folder
        self._change(
            lambda: data_folder.study.rename_profile(learner_id, name),
            self.tr("Profile renamed."),
        )

    def delete_profile(self, learner_id: int) -> None:
        data_folder = self.data_folder

        def delete() -> None:
            store = data_folder.store
            if store is not None:
                store.backup_now(label="pre-delete")
            data_folder.study.delete_profile(learner_id)

        def after(profiles: list[Profile]) -> None:
            if learner_id == self.app_state.learner_id:
                if profiles:
                    self.switch_to(profiles[0].id)
                else:
                    self.reload()  # back to first run

        self._change(delete, self.tr("Profile deleted; a backup was made first."))
        self.ops.run(lambda: data_folder.study.profiles(), after)


class SettingsPresenter(QObject):
    """This computer's preferences and the learner's study settings."""

    def __init__(
        self,
        view: SettingsView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        preferences: Preferences,
        apply_look: Callable[[str, int], None] = apply_look_to_app,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.preferences = preferences
        self.apply_look = apply_look
        """Shows the theme and text size chosen (on the whole application)."""
        view.apply_requested.connect(self.apply)

    def show(self) -> None:
        learner = self.app_state.learner_id
        if learner is None:
            return
        preferences = self.preferences

        def fill(profile: Profile) -> None:
            self.view.set_values(
                SettingsValues(
                    font_scale=preferences.font_scale,
                    theme=preferences.theme,
                    feedback=preferences.quiz_feedback,
                    daily_new_limit=profile.daily_new_limit,
                    desired_retention=profile.desired_retention,
                    rollover_hour=profile.rollover_hour,
                )
            )

        data_folder = self.data_folder
        self.ops.run(lambda: data_folder.study.profile(learner), fill)

    def apply(self, values: SettingsValues) -> None:
        """The look is this computer's (``preferences``), the study settings the
        learner's, in the database (the rule is in ``trainer.ui.preferences``)."""
        preferences = self.preferences
        preferences.font_scale = values.font_scale
        preferences.theme = values.theme
        preferences.quiz_feedback = values.feedback
        preferences.sync()  # QSettings writes the file through a temporary file and a rename
        self.apply_look(values.theme, values.font_scale)
        learner = self.app_state.learner_id
        if learner is None:
            return
        view, data_folder = self.view, self.data_folder
        self.ops.run(
            lambda: data_folder.study.update_settings(
                learner,
                daily_new_limit=values.daily_new_limit,
                desired_retention=values.desired_retention,
                rollover_hour=values.rollover_hour,
            ),
            lambda _profile: view.show_message(self.tr("Settings saved."), error=False),
            failure=lambda failed: view.show_message(failed.message),
        )


class BanksPresenter(QObject):
    """The loaded banks, their problems, and the user's bank folder."""

    def __init__(
        self,
        view: BanksView,
        app_state: AppState,
        data_dir: Path,
        report: Callable[[str], None],
        reload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.app_state = app_state
        self.data_dir = data_dir
        self.report = report
        """Shows an error to the user (the app's error display)."""
        self.reload = reload
        """Reads the banks again; :meth:`show` follows once they are loaded."""
        view.open_folder_requested.connect(self.open_bank_folder)
        view.reload_requested.connect(self.reload)

    def show(self) -> None:
        loaded = self.app_state.loaded
        if loaded is not None:
            folder = str(user_banks_dir(self.data_dir))
            self.view.show_banks(loaded.overview, loaded.sources, folder)

    def open_bank_folder(self) -> None:
        folder = user_banks_dir(self.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.report(
                self.tr("Trainer cannot create your bank folder {path}: {reason}").format(
                    path=folder, reason=exc.strerror or exc
                )
            )
            return
        self.view.show_folder(folder)


def fill_quiz_setup(view: QuizSetupView, app_state: AppState) -> None:
    """The quiz setup's choices: the loaded banks, their topics and kinds."""
    overview = app_state.overview
    if overview is None:
        return
    banks = [(b.bank_id, b.title) for b in overview.banks]
    topics = {b.bank_id: list(b.topics) for b in overview.banks}
    present = {k for b in overview.banks for k in b.kinds}
    kinds = [k for k in SUPPORTED_KINDS if k in present]
    view.set_options(banks, topics, kinds, app_state.chosen_banks())
