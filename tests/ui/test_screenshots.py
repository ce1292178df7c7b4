"""``python -m trainer.ui.screenshots DIR`` renders every screen in both themes, large text
and the laptop and desktop sizes, and the Backups dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from trainer.ui.screenshots import SCREENS, SETS


@pytest.mark.slow
def test_screenshot_script_renders_every_screen(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "trainer.ui.screenshots", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert {"light", "dark", "large", "light-1366x768", "dark-1920x1080-200"} <= {
        folder for folder, *_ in SETS
    }
    for folder, _theme, _text_size, size in SETS:
        for name in SCREENS:
            image = QImage(str(tmp_path / folder / f"{name}.png"))
            assert (image.width(), image.height()) == size, (folder, name)
        assert not QImage(str(tmp_path / folder / "backups.png")).isNull(), folder
    dark = QImage(str(tmp_path / "dark" / "home.png")).pixelColor(5, 200)
    light = QImage(str(tmp_path / "light" / "home.png")).pixelColor(5, 200)
    assert dark.lightness() < 100 < light.lightness()
