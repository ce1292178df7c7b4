"""The window's identity: its icon, the application name, the X11 window class."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from startkit import READY, launch, wait_for_log
from xvfbkit import xvfb_display

from trainer.ui.app import Session

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_has_a_name_and_a_desktop_file() -> None:
    from trainer.ui.app import get_app

    app = get_app()
    assert app.applicationName() == "Trainer"
    assert app.desktopFileName() == "trainer"


def test_the_main_window_shows_the_icon(tmp_path: Path, qtbot: QtBot) -> None:
    from ui.uikit import close_session, make_session

    from trainer.paths import app_icon_path

    assert app_icon_path().is_file()
    session = make_session(qtbot, tmp_path)
    try:
        icon = session.window.windowIcon()
        assert not icon.isNull()
        assert not icon.pixmap(64, 64).isNull()  # the SVG renders
    finally:
        close_session(session)


def test_the_desktop_file_names_the_icon_and_the_class() -> None:
    text = (ROOT / "resources" / "trainer.desktop").read_text(encoding="utf-8")
    assert "\nIcon=trainer\n" in text
    assert "\nStartupWMClass=Trainer\n" in text
    assert "\nExec=trainer-gui\n" in text or "\nExec=trainer\n" in text


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("Xvfb") and shutil.which("xprop")),
    reason="needs Xvfb and xprop",
)
def test_on_x11_the_window_class_is_trainer_and_the_icon_is_set(
    qapp: QApplication, tmp_path: Path
) -> None:
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None
    with xvfb_display(xvfb, "1280x800x24") as display:
        env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        proc = launch(tmp_path, env)
        try:
            wait_for_log(tmp_path / "logs" / "trainer.log", READY, proc)
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"],
                env={**os.environ, **env},
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout
            windows = [line.split()[0] for line in tree.splitlines() if '"Trainer"' in line]
            props = "".join(
                subprocess.run(
                    ["xprop", "-len", "16", "-id", window, "WM_CLASS", "_NET_WM_ICON"],
                    env={**os.environ, **env},
                    capture_output=True,
                    text=True,
                    timeout=30,
                ).stdout
                for window in windows
            )
        finally:
            proc.terminate()
            proc.communicate(timeout=60)
    assert 'WM_CLASS(STRING) = "trainer", "Trainer"' in props
    assert "_NET_WM_ICON(CARDINAL)" in props


class _StyleChanges(QObject):
    """Counts the widgets Qt restyles (a style sheet or style set on the application)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_saving_settings_restyles_only_when_the_look_changed(qtbot: QtBot, tmp_path: Path) -> None:
    """Saving took about a second: every save re-applied the style sheet, which restyles
    every widget of every screen, even when only the daily limit had changed."""
    from ui.uikit import close_session, create_profile, key, make_session, wait_for

    session = make_session(qtbot, tmp_path)
    try:
        create_profile(qtbot, session, "Amina")
        screen = session.window.settings_screen
        key(qtbot, session, "Ctrl+,")
        wait_for(qtbot, lambda: screen.new_limit.value() == 20)
        app = QApplication.instance()
        assert app is not None
        changes = _StyleChanges()
        app.installEventFilter(changes)
        try:
            screen.new_limit.setFocus()
            key(qtbot, session, "Up")
            key(qtbot, session, "Ctrl+S")
            wait_for(qtbot, lambda: screen.message.text() == "Settings saved.")
            assert changes.count == 0
            assert engine_limit(session) == 21
            screen.theme.setCurrentIndex(screen.theme.findData("dark"))
            key(qtbot, session, "Ctrl+S")
            wait_for(qtbot, lambda: changes.count > 0)
            assert QApplication.palette().window().color().lightness() < 128
        finally:
            app.removeEventFilter(changes)
            screen.theme.setCurrentIndex(screen.theme.findData("system"))
            key(qtbot, session, "Ctrl+S")
    finally:
        close_session(session)


def engine_limit(session: Session) -> int:
    session.tasks.wait()
    learner = session.controller.state.learner_id
    assert learner is not None
    return int(session.controller.data_folder.study.profile(learner).daily_new_limit)
