"""The audience window on the second screen, for real: an Xvfb display with two RandR
monitors (a 1280x800 laptop screen, primary, and a 1024x768 projector to its right),
the presenter run in a subprocess on Qt's xcb plugin (ws_screens_worker.py).

Xvfb's ``+xinerama`` with two ``-screen`` options is not enough: Qt's xcb plugin reads
RandR 1.5 monitors and reports a single QScreen there. One wide Xvfb screen split into
two monitors (as ``xrandr --setmonitor`` does) gives two QScreens, and Qt follows
monitors added and removed while it runs (``screenAdded`` / ``screenRemoved``)."""

from __future__ import annotations

import ctypes.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xvfbkit import xvfb_display

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("ws_screens_worker.py")
DATA = Path(__file__).parent / "data"


def test_audience_full_screen_on_the_projector_follows_it(tmp_path: Path) -> None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (tools/system-deps.sh installs the xvfb package)")
    if ctypes.util.find_library("Xrandr") is None:
        pytest.skip("libXrandr is missing: it declares the two monitors on Xvfb")
    with xvfb_display(xvfb, "2304x800x24") as display:  # room for both monitors
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
        }
        done = subprocess.run(
            [sys.executable, str(WORKER), str(tmp_path), str(DATA)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    steps = {
        line["step"]: line
        for line in map(json.loads, done.stdout.splitlines())
        if isinstance(line, dict)
    }
    assert list(steps) == ["two screens", "projector unplugged", "projector plugged in"]

    two = steps["two screens"]
    assert two["screens"] == ["LAPTOP", "PROJECTOR"] and two["primary"] == "LAPTOP"
    assert two["audience_screen"] == "PROJECTOR" and two["audience_fullscreen"]
    assert two["audience_geometry"] == [1280, 0, 1024, 768]
    assert two["console_screen"] == "LAPTOP" and two["console_visible"]

    one = steps["projector unplugged"]  # back to a window on the laptop's screen
    assert one["screens"] == ["LAPTOP"]
    assert one["audience_screen"] == "LAPTOP" and not one["audience_fullscreen"]
    x, y, width, height = one["audience_geometry"]
    assert x >= 0 and y >= 0 and x + width <= 1280 and y + height <= 800
    assert one["console_screen"] == "LAPTOP" and one["console_visible"]

    again = steps["projector plugged in"]  # plugged in mid-workshop: moves there
    assert again["audience_screen"] == "PROJECTOR" and again["audience_fullscreen"]
    assert again["audience_geometry"] == [1280, 0, 1024, 768]
    assert again["console_screen"] == "LAPTOP"
