"""Run by test_presenter_ui: opens the builder on a data dir, starts the workshop with three
teams, records answers with the console's keys and prints each after it returns; then
waits to be killed with SIGKILL.

Usage: python ws_ui_crash_worker.py DATA_DIR BANK_DIR WORKSHOP_FILE
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.builder_dialog import WorkshopBuilder


def main() -> None:
    data_dir, bank_dir, workshop_file = (Path(a) for a in sys.argv[1:4])
    app = QApplication([])
    tasks = TaskRunner()
    builder = WorkshopBuilder(data_dir, tasks, bank_paths=[bank_dir])
    deadline = time.monotonic() + 20
    while builder.store is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    builder.open_from(workshop_file)
    builder.teams.setPlainText("Red\nBlue\nGreen")
    windows = builder.start()
    assert windows is not None
    console = windows.console
    # question 1: Red right (Y), Blue wrong (N), Green right (Y); reveal; next
    for key in (Qt.Key.Key_1, Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_Y, Qt.Key.Key_R):
        QTest.keyClick(console, key)
    QTest.keyClick(console, Qt.Key.Key_Right)
    # question 2: Red wrong, Blue right, then stop before Green answers
    for key in (Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_Y):
        QTest.keyClick(console, key)
    print("recorded", flush=True)
    while True:  # wait for SIGKILL, the way a laptop dies
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main()
