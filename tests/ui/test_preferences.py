"""Preferences kept on this computer: one typed module reads and writes every key;
missing or hand-edited values read as their defaults."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from trainer.ui.preferences import Preferences

ROOT = Path(__file__).resolve().parents[2]


def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_defaults_and_values_it_does_not_understand(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    assert (p.theme, p.font_scale, p.quiz_feedback, p.current_profile) == (
        "system",
        100,
        "immediate",
        0,
    )
    assert p.window_geometry is None and p.banks_left_out(1, {"gmg"}) == set()
    for key, value in (
        ("display/theme", "neon"),
        ("display/font_scale", "huge"),
        ("quiz/feedback", "never"),
        ("profile/current", "me"),
    ):
        p.settings.setValue(key, value)
    assert (p.theme, p.font_scale, p.quiz_feedback, p.current_profile) == (
        "system",
        100,
        "immediate",
        0,
    )
    p.settings.setValue("display/font_scale", 900)
    assert p.font_scale == 300


def test_values_survive_a_restart(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    p.theme, p.font_scale, p.quiz_feedback, p.current_profile = "dark", 150, "end", 3
    p.window_geometry = QByteArray(b"geometry")
    p.set_banks_left_out(3, ["iom", "gmg"])
    p.sync()
    again = prefs(tmp_path)
    assert (again.theme, again.font_scale, again.quiz_feedback, again.current_profile) == (
        "dark",
        150,
        "end",
        3,
    )
    assert again.window_geometry == QByteArray(b"geometry")
    assert again.banks_left_out(3, set()) == {"iom", "gmg"}


def test_older_files_kept_the_ticked_banks(tmp_path: Path) -> None:
    p = prefs(tmp_path)
    p.settings.setValue("profiles/2/banks", "gmg,iom")
    assert p.banks_left_out(2, {"gmg", "iom", "hld2013"}) == {"hld2013"}


def test_no_other_module_reads_or_writes_a_settings_key() -> None:
    raw = re.compile(r"settings\.(value|setValue|contains|remove)\(")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "trainer").rglob("*.py")
        if path.name != "preferences.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if raw.search(line)
    ]
    assert found == []
