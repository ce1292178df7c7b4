"""An uncaught exception in the GUI: logged in full, shown as a plain sentence."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from trainer.logsetup import setup_logging
from trainer.ui.crash import CrashHandler


def test_crash_is_logged_with_traceback_and_shown_without(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path)
    handler = CrashHandler(log_path)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        handler(*sys.exc_info())  # type: ignore[arg-type]
    box = handler.last_box
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.isVisible()
    text = box.text()
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert str(log_path) in text
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "boom in a slot" in logged


def test_install_replaces_sys_excepthook(tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "x.log")
    old = sys.excepthook
    try:
        handler.install()
        assert sys.excepthook is handler
    finally:
        sys.excepthook = old
