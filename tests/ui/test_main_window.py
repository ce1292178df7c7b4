"""The main window and home screen, with a real data directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from trainer.core.overview import BankSummary, Overview
from trainer.ui.app import settings_for
from trainer.ui.main_window import MainWindow


def make_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(settings_for(data_dir))
    qtbot.addWidget(window)
    return window


def test_window_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    window.resize(700, 520)
    window.close()
    assert (tmp_path / "settings.ini").is_file()
    again = make_window(qtbot, tmp_path)
    assert (again.width(), again.height()) == (700, 520)


def test_home_shows_banks_and_broken_ones(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    home = window.home
    home.show_loading()
    assert not home.reload_button.isEnabled()
    overview = Overview(
        banks=(
            BankSummary("iom", "IOM", "/b/iom.yaml", 40, ("Who is IOM", "Growth")),
            BankSummary("gmg", "GMG", "/b/gmg.yaml", 25, ("Origins",)),
        ),
        errors=("/b/bad.yaml:3:5: error: items[0].kind: unknown kind",),
    )
    home.show_overview(overview)
    assert home.table.rowCount() == 2
    assert home.table.item(0, 0).text() == "IOM"
    assert home.table.item(1, 1).text() == "25"
    assert "65 study item" in home.status.text()
    assert home.errors.isVisibleTo(window)
    assert "bad.yaml:3:5" in home.errors.text()
    assert home.reload_button.isEnabled()


def test_reload_action_forwards_to_home_signal(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.home.reload_requested, timeout=1000):
        window.reload_action.trigger()


def test_settings_file_is_ini_in_data_dir(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()) == tmp_path / "settings.ini"
