"""Drives the screens: loads data off the UI thread and hands it to passive views."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from trainer.core.overview import Overview, summarise
from trainer.paths import cache_dir, shipped_banks_dir, user_banks_dir
from trainer.ui.main_window import MainWindow
from trainer.ui.tasks import TaskRunner

log = logging.getLogger("trainer.ui.controller")


def load_overview(data_dir: Path) -> Overview:
    """Load the shipped and the user's banks (runs on the worker thread)."""
    from trainer.core.banks import load_banks

    user = user_banks_dir(data_dir)
    paths = [shipped_banks_dir()] + ([user] if user.is_dir() else [])
    return summarise(load_banks(paths, cache_dir=cache_dir(data_dir)))


class AppController(QObject):
    """Owns the flow between the core and the window."""

    home_ready = Signal()

    def __init__(self, data_dir: Path, window: MainWindow, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.data_dir = data_dir
        self.window = window
        self.tasks = tasks
        self.overview: Overview | None = None
        window.home.reload_requested.connect(self.load_banks)

    def start(self) -> None:
        self.load_banks()

    def load_banks(self) -> None:
        self.window.home.show_loading()
        self.tasks.run(lambda: load_overview(self.data_dir), self._banks_loaded, self._failed)

    def _banks_loaded(self, overview: Overview) -> None:
        self.overview = overview
        for line in overview.errors:
            log.warning("bank error: %s", line)
        self.window.home.show_overview(overview)
        self.home_ready.emit()

    def _failed(self, exc: BaseException) -> None:
        log.error("loading the banks failed", exc_info=exc)
        self.window.home.show_error(
            self.tr("The question banks could not be loaded. See the log file for details.")
        )
        self.home_ready.emit()
