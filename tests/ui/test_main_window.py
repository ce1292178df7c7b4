"""The main window and home screen, with a real data directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from trainer.ui.app import settings_for
from trainer.ui.home import BankRow, HomeData, TopicRow
from trainer.ui.main_window import MainWindow


def make_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(settings_for(data_dir))
    qtbot.addWidget(window)
    window.build_screens()
    return window


def test_first_frame_is_a_placeholder_then_the_screens_come(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(settings_for(tmp_path))
    qtbot.addWidget(window)
    assert window.screens == {}
    assert window.stack.currentWidget().objectName() == "placeholder"
    assert window.reload_action.shortcut().isEmpty()  # set with the screens, after paint
    window.build_screens()
    assert window.stack.currentWidget() is window.home
    assert window.stack.count() == len(window.screens) == 12
    assert not window.reload_action.shortcut().isEmpty()
    with qtbot.waitSignal(window.reload_requested, timeout=1000):
        window.home.reload_button.setEnabled(True)
        window.home.reload_button.click()


def test_window_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    window.resize(700, 520)
    window.close()
    assert (tmp_path / "settings.ini").is_file()
    again = make_window(qtbot, tmp_path)
    assert (again.width(), again.height()) == (700, 520)


def test_home_shows_counts_mastery_and_broken_banks(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    home = window.home
    home.show_loading()
    assert not home.reload_button.isEnabled()
    assert not home.study_button.isEnabled()
    data = HomeData(
        learner="Amina",
        due=3,
        new_today=12,
        streak=2,
        banks=[
            BankRow("IOM", 3, 30, 0.25, "x", [TopicRow("Growth", 3, 10, 0.5, "y")]),
            BankRow("GMG", 0, 25, 0.0, "z", []),
        ],
        errors=["/b/bad.yaml:3:5: error: items[0].kind: unknown kind"],
        can_resume_quiz=True,
    )
    home.show_home(data)
    assert home.tree.topLevelItemCount() == 2
    assert home.tree.topLevelItem(0).text(0) == "IOM"
    assert home.tree.topLevelItem(0).child(0).text(1) == "3"
    assert "Due today: 3" in home.status.text() and "New today: 12" in home.status.text()
    assert "2 days in a row" in home.status.text()
    assert home.errors.isVisibleTo(window)
    assert "bad.yaml:3:5" in home.errors.text()
    assert home.resume_button.isVisibleTo(window)
    assert home.reload_button.isEnabled() and home.study_button.isEnabled()


def test_reload_action_forwards_to_home_signal(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.reload_requested, timeout=1000):
        window.reload_action.trigger()


def test_settings_file_is_ini_in_data_dir(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()) == tmp_path / "settings.ini"
