"""Run by test_ws_builder on an offscreen screen of a given size (QT_QPA_PLATFORM=
offscreen:configfile=...): the sizes the builder and the console take there, as JSON.

Usage: python ws_fit_worker.py DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from trainer.core.data_folder import DataFolder
from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.builder_presenter import BuilderPresenter
from trainer.ui.workshop.builder_view import BuilderWindow
from trainer.ui.workshop.stage_console import ConsoleWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    tasks = TaskRunner()
    builder = BuilderWindow()
    BuilderPresenter(tasks, DataFolder(Path(sys.argv[1])), builder, parent=builder)
    windows = {"builder": builder, "console": ConsoleWindow()}
    room = app.primaryScreen().availableGeometry()
    sizes = {name: [w.width(), w.height()] for name, w in windows.items()}
    print(json.dumps({"room": [room.width(), room.height()], **sizes}))
    tasks.wait()


if __name__ == "__main__":
    main()
