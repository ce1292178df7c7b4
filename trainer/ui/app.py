"""Start the desktop app: QApplication, logging, crash dialog, window, controller.

The log tells what started (version, Qt, data folder), when the first screen was
ready, and how the app ended (Quit, or a signal from the system: see
``quit_signals``), so that a report can be read from the log alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import __version__
from trainer.logsetup import setup_logging
from trainer.paths import APP_ID, APP_NAME, ORG_NAME, app_icon_path, settings_path
from trainer.ui.controller import AppController
from trainer.ui.crash import CrashHandler
from trainer.ui.main_window import MainWindow
from trainer.ui.single_instance import SingleInstance
from trainer.ui.tasks import TaskRunner

log = logging.getLogger("trainer.ui.app")


def get_app() -> QApplication:
    """The application object, named ``trainer`` whatever started Python.

    Qt takes the X11 window class from ``argv[0]`` (``__main__.py`` under ``python -m``)
    and the application name; Wayland and desktops match ``desktopFileName`` with
    ``trainer.desktop``. The icon is set after the first paint (:meth:`Session.start`).
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication([APP_ID])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def set_app_icon() -> None:
    """Every window's icon. Drawing the SVG at the sizes a window manager asks for loads
    Qt's SVG plugin, so it waits until the window is on screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(app_icon_path())))


def settings_for(data_dir: Path) -> QSettings:
    """Preferences live in the data directory, so a portable copy carries them along."""
    return QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)


class Session:
    """Everything one running window needs, built in one place (tests use it too)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.started = time.monotonic()
        self.closing_on: str | None = None
        """The signal that is closing the app, if one is."""
        self.log_path = setup_logging(data_dir)
        self.settings = settings_for(data_dir)
        self.window = MainWindow(self.settings)
        self.tasks = TaskRunner(self.window)
        self.controller = AppController(data_dir, self.window, self.tasks)
        self.crash_handler = CrashHandler(self.log_path, self.window)
        self.controller.home_ready.connect(self._log_ready)
        self.window.closing.connect(lambda: log.info("window closed; saving progress"))

    def _log_ready(self) -> None:
        screen = self.window.current_screen() or "first"
        elapsed = (time.monotonic() - self.started) * 1000
        log.info("window ready (%s screen) %.0f ms after start", screen, elapsed)

    def close_on_signal(self, name: str) -> None:
        """A signal from the system (logout, shutdown, ``kill``, Ctrl+C): close as Quit
        does, without asking, since nobody may be there to answer."""
        if self.closing_on is not None:
            log.info("%s received while closing on %s; still closing", name, self.closing_on)
            return
        self.closing_on = name
        log.info("closing on %s", name)
        self.window.close_now()

    def bring_to_front(self) -> None:
        """Another launch for the same data folder asked for this window."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def start(self, *after_paint: Callable[[], None]) -> None:
        """Show the window now; build the other screens and load data after its first frame.

        ``after_paint`` callbacks run then too, before the controller starts.
        """

        def later() -> None:
            set_app_icon()
            for callback in after_paint:
                callback()
            self.controller.start()

        self._after_paint = _AfterFirstPaint(self.window, later)
        self.window.show()


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once, just after the window's first paint (or after 1 s at most).

    A zero-timer would run before the paint: building screens there, or starting
    the worker thread's imports (which hold the GIL), would delay the first frame.
    """

    def __init__(self, window: QObject, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            parent = self.parent()
            if parent is not None:
                parent.removeEventFilter(self)
            self._callback()


class _FirstPaint(QObject):
    """Prints when the window is first painted (for bench/startup.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
        return False


def log_start(data_dir: Path) -> None:
    import platform

    log.info(
        "Trainer %s starting (Python %s, PySide6 %s, %s platform, %s %s); data folder %s",
        __version__,
        platform.python_version(),
        pyside_version,
        QApplication.platformName(),
        platform.system(),
        platform.release(),
        data_dir,
    )


def run_app(data_dir: Path, *, startup_probe: bool = False) -> int:
    app = get_app()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        setup_logging(data_dir)
        instance = SingleInstance(data_dir)
        if not instance.acquire():
            told = instance.hand_over()
            print(
                "Trainer is already running for this data folder"
                + ("; its window was brought to the front." if told else "."),
                flush=True,
            )
            log.info("another Trainer runs for this data folder; this one ends")
            return 0
        session = Session(data_dir)
    except OSError as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            QApplication.translate(
                "App",
                "Trainer cannot use its data folder:\n{path}\n\n{reason}\n\n"
                "Choose another folder with --data-dir or the TRAINER_DATA_DIR variable.",
            ).format(path=data_dir, reason=exc.strerror or exc),
        )
        return 1
    from trainer.ui.quit_signals import QuitSignals

    signals = QuitSignals(session.window)
    signals.received.connect(session.close_on_signal)
    session.crash_handler.install()
    instance.activated.connect(session.bring_to_front)
    if startup_probe:
        probe = _FirstPaint()
        session.window.installEventFilter(probe)

        def all_ready() -> None:
            print(f"all-ready {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

        session.controller.home_ready.connect(
            lambda: print(f"home-ready {time.time():.6f}", flush=True)
        )
        session.controller.all_ready.connect(all_ready)
    # Logged just after the first paint: the first record imports logging.handlers.
    session.start(lambda: log_start(data_dir), instance.listen)
    code = app.exec()
    session.tasks.wait()  # the progress is saved and backed up (DataFolder.close)
    session.settings.sync()  # nothing left for QSettings' destructor to write
    instance.release()
    signals.uninstall()
    log.info("Trainer closed, exit code %d", code)
    return code
