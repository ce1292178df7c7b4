"""Run by test_ws_screens on an Xvfb display (QT_QPA_PLATFORM=xcb): where the presenter
puts the audience window with two screens, one, then two again.

Usage: python ws_screens_worker.py DATA_DIR BANK_DIR

Xvfb has one output; two monitors are declared on it with RandR 1.5 (XRRSetMonitor via
libXrandr, as ``xrandr --setmonitor`` does): "LAPTOP" 1280x800+0+0 (primary, holding
the output) and "PROJECTOR" 1024x768+1280+0. Qt's xcb plugin makes one QScreen per
monitor and follows their changes. Prints one JSON line per step.
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from trainer.core.banks import load_banks
from trainer.core.workshop import WorkshopSession, build_workshop
from trainer.store import open_store
from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.stage import StagePresenter
from trainer.ui.workshop.stage_windows import StageWindows

XID = ctypes.c_ulong
LAPTOP = ("LAPTOP", 1280, 800, 0, 0)
PROJECTOR = ("PROJECTOR", 1024, 768, 1280, 0)


class MonitorInfo(ctypes.Structure):
    _fields_ = [  # the layout of XRRMonitorInfo
        ("name", XID),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.POINTER(XID)),
    ]


class ScreenResources(ctypes.Structure):
    _fields_ = [  # the layout of XRRScreenResources
        ("timestamp", ctypes.c_ulong),
        ("config_timestamp", ctypes.c_ulong),
        ("ncrtc", ctypes.c_int),
        ("crtcs", ctypes.POINTER(XID)),
        ("noutput", ctypes.c_int),
        ("outputs", ctypes.POINTER(XID)),
        ("nmode", ctypes.c_int),
        ("modes", ctypes.c_void_p),
    ]


class Monitors:
    """RandR 1.5 monitors on the X display named by DISPLAY."""

    def __init__(self) -> None:
        x11, xrr = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXrandr.so.2")
        p = ctypes.c_void_p
        x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = p, [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = XID, [p]
        x11.XInternAtom.restype = XID
        x11.XInternAtom.argtypes = [p, ctypes.c_char_p, ctypes.c_int]
        x11.XSync.argtypes = [p, ctypes.c_int]
        xrr.XRRSetMonitor.argtypes = [p, XID, ctypes.POINTER(MonitorInfo)]
        xrr.XRRDeleteMonitor.argtypes = [p, XID, XID]
        xrr.XRRGetScreenResourcesCurrent.restype = ctypes.POINTER(ScreenResources)
        xrr.XRRGetScreenResourcesCurrent.argtypes = [p, XID]
        self.x11, self.xrr = x11, xrr
        self.display = x11.XOpenDisplay(None)
        assert self.display, "cannot open the X display"
        self.root = x11.XDefaultRootWindow(self.display)
        resources = xrr.XRRGetScreenResourcesCurrent(self.display, self.root).contents
        self.output = (XID * 1)(resources.outputs[0])

    def _atom(self, name: str) -> int:
        return int(self.x11.XInternAtom(self.display, name.encode(), 0))

    def add(self, spec: tuple[str, int, int, int, int], primary: bool = False) -> None:
        name, width, height, x, y = spec
        info = MonitorInfo(
            self._atom(name), int(primary), 0, int(primary), x, y, width, height,
            width // 4, height // 4, self.output if primary else None,
        )  # fmt: skip
        self.xrr.XRRSetMonitor(self.display, self.root, ctypes.byref(info))
        self.x11.XSync(self.display, 0)

    def remove(self, name: str) -> None:
        self.xrr.XRRDeleteMonitor(self.display, self.root, self._atom(name))
        self.x11.XSync(self.display, 0)


def report(step: str, presenter: StagePresenter) -> None:
    audience, console = presenter.audience, presenter.console
    line: dict[str, Any] = {
        "step": step,
        "screens": [s.name() for s in QGuiApplication.screens()],
        "primary": QGuiApplication.primaryScreen().name(),
        "audience_screen": audience.screen().name(),
        "audience_geometry": list(audience.geometry().getRect()),
        "audience_fullscreen": audience.isFullScreen(),
        "console_screen": console.screen().name(),
        "console_visible": console.isVisible(),
    }
    print(json.dumps(line), flush=True)


def main() -> None:
    data_dir, bank_dir = Path(sys.argv[1]), Path(sys.argv[2])
    monitors = Monitors()
    monitors.add(LAPTOP, primary=True)
    monitors.add(PROJECTOR)
    app = QApplication(sys.argv[:1])
    questions = load_banks([bank_dir]).by_id
    store = open_store(data_dir / "screens.sqlite3")
    workshop = build_workshop(list(questions.values()), seed=3, count=2)
    tasks = TaskRunner()

    def opener() -> WorkshopSession:
        return WorkshopSession.start(store, workshop, ["Red", "Blue"], questions)

    presenter = StagePresenter(tasks, opener, windows=StageWindows(None, fullscreen=True))
    steps = [
        ("two screens", lambda: None),
        ("projector unplugged", lambda: monitors.remove(PROJECTOR[0])),
        ("projector plugged in", lambda: monitors.add(PROJECTOR)),
    ]

    def run(index: int) -> None:
        if index > 0:
            report(steps[index - 1][0], presenter)
        if index == len(steps):
            presenter.close()
            tasks.wait()
            app.quit()
            return
        steps[index][1]()
        QTimer.singleShot(400, lambda: run(index + 1))  # the X server, Qt, then us

    presenter.ready.connect(lambda: QTimer.singleShot(200, lambda: run(0)))
    QTimer.singleShot(20_000, app.quit)  # never hang the test
    app.exec()
    store.close()


if __name__ == "__main__":
    main()
