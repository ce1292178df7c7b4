"""Fill the progress, profiles, settings, banks and quiz-setup screens from the core,
and carry out their requests (on the worker thread)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QApplication

from trainer.paths import user_banks_dir
from trainer.ui.kind_views import SUPPORTED_KINDS
from trainer.ui.progress import ProgressData
from trainer.ui.settings_screen import SettingsValues
from trainer.ui.theme import apply_theme

if TYPE_CHECKING:
    from datetime import date

    from trainer.core.engine import Profile, Statistics
    from trainer.ui.app_host import AppHost


def _day(value: date, fmt: str = "d MMM") -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def _period(days: list[date]) -> str:
    return f"{_day(days[0])} – {_day(days[-1])}" if days else ""


class SidePresenters(QObject):
    """The smaller screens, which each show one thing from the core."""

    def __init__(self, app: AppHost) -> None:
        super().__init__(app.window)
        self.app = app
        w = app.window
        for screen in (w.progress, w.profiles, w.banks, w.settings_screen):
            screen.home_requested.connect(lambda: app.navigate("home"))
        w.banks.reload_requested.connect(app.load_banks)
        w.banks.open_folder_requested.connect(self.open_bank_folder)
        w.profiles.create_requested.connect(self.create_profile)
        w.profiles.switch_requested.connect(self.switch_profile)
        w.profiles.rename_requested.connect(self.rename_profile)
        w.profiles.delete_requested.connect(self.delete_profile)
        w.settings_screen.apply_requested.connect(self.apply_settings)

    def show(self, name: str) -> None:
        {
            "progress": self.show_progress,
            "profiles": self.show_profiles,
            "settings": self.show_settings,
            "banks": self.show_banks,
        }[name]()
        self.app.window.show_screen(name)

    # -- progress ----------------------------------------------------------------
    def show_progress(self) -> None:
        learner = self.app.learner_id
        if learner is None:
            return
        self.app.tasks.run(
            lambda: self.app.backend.engine.statistics(learner, history_days=14),
            self._progress_loaded,
            self.app._failed,
        )

    def _progress_loaded(self, stats: Statistics) -> None:
        overview = self.app.overview
        titles = {b.bank_id: b.title for b in overview.banks} if overview else {}
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
        self.app.window.progress.show_progress(
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

    # -- profiles ----------------------------------------------------------------
    def show_profiles(self) -> None:
        self.app.tasks.run(
            lambda: self.app.backend.engine.profiles(), self._profiles_loaded, self.app._failed
        )

    def _profiles_loaded(self, profiles: list[Profile]) -> None:
        self.app.window.profiles.set_profiles(
            [(p.id, p.name) for p in profiles], self.app.learner_id
        )

    def _profile_job(self, job: Any, message: str) -> None:
        def done(profiles: list[Profile]) -> None:
            self._profiles_loaded(profiles)
            self.app.window.profiles.show_message(message, error=False)
            self.app.window.profiles.name.clear()

        def failed(exc: BaseException) -> None:
            self.app.window.profiles.show_message(self.app.describe(exc))

        def run() -> list[Profile]:
            job()
            return self.app.backend.engine.profiles()

        self.app.tasks.run(run, done, failed)

    def create_profile(self, name: str) -> None:
        self._profile_job(
            lambda: self.app.backend.engine.create_profile(name),
            self.tr("Profile created. Select it and press Switch to study with it."),
        )

    def rename_profile(self, learner_id: int, name: str) -> None:
        self._profile_job(
            lambda: self.app.backend.engine.rename_profile(learner_id, name),
            self.tr("Profile renamed."),
        )

    def delete_profile(self, learner_id: int) -> None:
        def job() -> None:
            store = self.app.backend.store
            if store is not None:
                store.backup_now(label="pre-delete")
            self.app.backend.engine.delete_profile(learner_id)

        def after(profiles: list[Profile]) -> None:
            if learner_id == self.app.learner_id:
                if profiles:
                    self.app.switch_to(profiles[0].id)
                else:
                    self.app.load_banks()  # back to first run

        self._profile_job(job, self.tr("Profile deleted; a backup was made first."))
        self.app.tasks.run(lambda: self.app.backend.engine.profiles(), after, self.app._failed)

    def switch_profile(self, learner_id: int) -> None:
        self.app.switch_to(learner_id)

    # -- settings ----------------------------------------------------------------
    def show_settings(self) -> None:
        learner = self.app.learner_id
        if learner is None:
            return

        def done(profile: Profile) -> None:
            self.app.window.settings_screen.set_values(
                SettingsValues(
                    font_scale=self.app.font_scale(),
                    theme=self.app.theme(),
                    feedback=self.app.feedback_mode(),
                    daily_new_limit=profile.daily_new_limit,
                    desired_retention=profile.desired_retention,
                    rollover_hour=profile.rollover_hour,
                )
            )

        self.app.tasks.run(lambda: self.app.backend.engine.profile(learner), done, self.app._failed)

    def apply_settings(self, values: SettingsValues) -> None:
        preferences = self.app.preferences
        preferences.font_scale = values.font_scale
        preferences.theme = values.theme
        preferences.quiz_feedback = values.feedback
        preferences.sync()  # QSettings writes the file through a temporary file and a rename
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, values.theme, values.font_scale)
        learner = self.app.learner_id
        if learner is None:
            return
        screen = self.app.window.settings_screen
        self.app.tasks.run(
            lambda: self.app.backend.engine.update_settings(
                learner,
                daily_new_limit=values.daily_new_limit,
                desired_retention=values.desired_retention,
                rollover_hour=values.rollover_hour,
            ),
            lambda _p: screen.show_message(self.tr("Settings saved."), error=False),
            lambda exc: screen.show_message(self.app.describe(exc)),
        )

    # -- banks -------------------------------------------------------------------
    def show_banks(self) -> None:
        loaded = self.app.loaded
        if loaded is not None:
            self.app.window.banks.show_banks(
                loaded.overview, loaded.sources, str(user_banks_dir(self.app.data_dir))
            )

    def open_bank_folder(self) -> None:
        folder = user_banks_dir(self.app.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.app.show_error(
                self.tr("Trainer cannot create your bank folder {path}: {reason}").format(
                    path=folder, reason=exc.strerror or exc
                )
            )
            return
        from trainer.ui.folders import open_in_file_manager

        open_in_file_manager(self.app.window, folder)

    # -- quiz setup --------------------------------------------------------------
    def fill_quiz_setup(self) -> None:
        overview = self.app.overview
        if overview is None:
            return
        chosen = self.app.chosen_banks()
        banks = [(b.bank_id, b.title) for b in overview.banks]
        topics = {b.bank_id: list(b.topics) for b in overview.banks}
        present = {k for b in overview.banks for k in b.kinds}
        kinds = [k for k in SUPPORTED_KINDS if k in present]
        self.app.window.quiz_setup.set_options(banks, topics, kinds, chosen)
