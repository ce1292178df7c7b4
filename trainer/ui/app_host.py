"""What the side presenters (profiles, settings, progress, banks) and the backups presenter
need of the app: a protocol, so that they name no controller (no import circle) and a
test can hand them something smaller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from trainer.core.data_folder import DataFolder, Loaded
    from trainer.core.overview import Overview
    from trainer.ui.main_window import MainWindow
    from trainer.ui.preferences import Preferences
    from trainer.ui.quiz_presenter import QuizPresenter
    from trainer.ui.tasks import TaskRunner


class AppHost(Protocol):
    """The app as its side presenters see it."""

    data_dir: Path
    window: MainWindow
    tasks: TaskRunner
    backend: DataFolder
    preferences: Preferences
    loaded: Loaded | None
    overview: Overview | None
    learner_id: int | None
    quiz: QuizPresenter
    _built: bool

    def chosen_banks(self) -> tuple[str, ...]: ...
    def feedback_mode(self) -> str: ...
    def theme(self) -> str: ...
    def font_scale(self) -> int: ...
    def describe(self, exc: BaseException) -> str: ...
    def show_error(self, message: str) -> None: ...
    def switch_to(self, learner_id: int) -> None: ...
    def load_banks(self) -> None: ...
    def navigate(self, name: str) -> None: ...
    def _failed(self, exc: BaseException) -> None: ...
    def _loaded(self, loaded: Loaded) -> None: ...
