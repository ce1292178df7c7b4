"""The presenters of one window, each built with the narrow arguments it needs: the
screens it drives, the operation runner, the data_folder, the app state, a callback or two.
Also the wiring between them (a restore shows what it loaded through Home, a failed
load offers a recovery, ...). Navigation between screens is the controller's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from trainer.core.data_folder import DataFolder
from trainer.ui.analysis_presenter import AnalysisPresenter
from trainer.ui.app_state import AppState
from trainer.ui.backups_presenter import BackupsPresenter
from trainer.ui.backups_screen import BackupsDialog
from trainer.ui.class_presenter import ClassPresenter
from trainer.ui.home_presenter import HomePresenter
from trainer.ui.main_window import MainWindow
from trainer.ui.operations import Operations
from trainer.ui.preferences import Preferences
from trainer.ui.progress_file_dialogs import ProgressFileDialogs
from trainer.ui.progress_files_presenter import ProgressFilesPresenter
from trainer.ui.quiz_presenter import QuizPresenter
from trainer.ui.recovery_dialogs import RecoveryDialogs
from trainer.ui.recovery_presenter import RecoveryPresenter
from trainer.ui.side_presenters import (
    BanksPresenter,
    ProfilesPresenter,
    ProgressPresenter,
    SettingsPresenter,
    fill_quiz_setup,
)
from trainer.ui.study_presenter import StudyPresenter


class Shows(Protocol):
    def show(self) -> None: ...


@dataclass
class Presenters:
    home: HomePresenter
    study: StudyPresenter
    quiz: QuizPresenter
    side: dict[str, Shows]
    """The smaller screens by name: "progress", "profiles", "settings", "banks", "class",
    "analysis"."""
    backups: BackupsPresenter
    recovery: RecoveryPresenter
    fill_quiz_setup: Callable[[], None]
    progress_files: ProgressFilesPresenter
    """File ▸ Export my progress… and Import progress…"""


def build_presenters(
    home: HomePresenter,
    window: MainWindow,
    ops: Operations,
    data_folder: DataFolder,
    state: AppState,
    preferences: Preferences,
    data_dir: Path,
) -> Presenters:
    """The other presenters of ``window`` (whose screens are built), wired to Home's and
    to each other. A failed load's recovery and File ▸ Export/Import progress are the
    controller's to wire (they may come before these presenters exist)."""
    w = window
    study = StudyPresenter(w.study, ops, data_folder, parent=w.study)
    quiz = QuizPresenter(
        w.quiz,
        w.results,
        ops,
        data_folder,
        state,
        lambda: preferences.quiz_feedback,
        parent=w.quiz,
    )
    banks = BanksPresenter(w.banks, state, data_dir, ops.report, home.load_banks, w.banks)
    side: dict[str, Shows] = {
        "progress": ProgressPresenter(w.progress, ops, data_folder, state, w.progress),
        "profiles": ProfilesPresenter(
            w.profiles, ops, data_folder, state, home.switch_to, home.load_banks, w.profiles
        ),
        "settings": SettingsPresenter(
            w.settings_screen, ops, data_folder, state, preferences, parent=w.settings_screen
        ),
        "banks": banks,
        "class": ClassPresenter(w.class_screen, ops, data_folder, state),
        "analysis": AnalysisPresenter(w.analysis, ops, data_folder, state),
    }
    backups = BackupsPresenter(
        lambda: BackupsDialog(w), ops, data_folder, state, home.show_loaded, home.load_banks, w
    )
    recovery = RecoveryPresenter(
        RecoveryDialogs(w), ops, data_folder, state, home.load_banks, w.show_message, w
    )
    home.banks_loaded.connect(banks.show)
    banks.show()  # what was loaded before the Banks screen existed
    w.results.retry_requested.connect(quiz.retry_wrong)
    quiz.message.connect(w.quiz_setup.show_message)
    progress_files = ProgressFilesPresenter(
        ProgressFileDialogs(w), ops, data_folder, state, home.load_banks, w
    )
    return Presenters(
        home,
        study,
        quiz,
        side,
        backups,
        recovery,
        lambda: fill_quiz_setup(w.quiz_setup, state),
        progress_files,
    )
