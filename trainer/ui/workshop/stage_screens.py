"""Where the workshop's two windows go, and where they go when a screen comes or goes.

With two screens or more, the audience window goes full screen on the projector: the
first screen other than the console's (the primary screen, where the laptop's own
display is). With one screen it is full screen there (``fullscreen``), or a window for
tests and rehearsals. When a screen is plugged in while the workshop runs
(``QGuiApplication.screenAdded``) the audience window moves to it, full screen; when
the projector is unplugged (``screenRemoved``) it comes back as a window on the
primary screen, so the facilitator keeps both windows in view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

WINDOWED = (1280, 720)
"""The audience window's size when it is not full screen (capped by the screen)."""


def home_screen() -> QScreen:
    """The console's screen: the primary one."""
    return QGuiApplication.primaryScreen()


def projector_screen() -> QScreen | None:
    """The screen the room sees, or ``None`` with a single screen."""
    home = home_screen()
    others = [s for s in QGuiApplication.screens() if s is not home]
    return others[0] if others else None


class ScreenPlacer(QObject):
    """Keeps the audience window on the projector as screens come and go."""

    placed = Signal()
    """The audience window was placed (again)."""

    def __init__(
        self, audience: QWidget, console: QWidget, fullscreen: bool, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.audience = audience
        self.console = console
        self.fullscreen = fullscreen
        self._single_screen_windowed = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._app = app
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)

    def stop(self) -> None:
        """The workshop's windows are closing: stop following the screens."""
        self._app.screenAdded.disconnect(self._screens_changed)
        self._app.screenRemoved.disconnect(self._screen_removed)

    def place(self) -> None:
        """Show the audience window where it belongs now, and keep the console home."""
        audience, projector = self.audience, projector_screen()
        if projector is not None:
            audience.setScreen(projector)
            audience.setGeometry(projector.geometry())
            audience.showFullScreen()
        elif self.fullscreen and not self._single_screen_windowed:
            audience.showFullScreen()
        else:
            self._show_windowed(audience)
        if self.console.isVisible() and self.console.screen() is not home_screen():
            self._show_windowed(self.console, self.console.size().toTuple())
        self.placed.emit()

    def _show_windowed(self, window: QWidget, size: tuple[int, int] = WINDOWED) -> None:
        home = home_screen()
        area = home.availableGeometry()
        width, height = min(size[0], area.width()), min(size[1], area.height())
        window.showNormal()
        window.setScreen(home)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(area.center())
        window.setGeometry(rect)

    def _screens_changed(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self, self.place)  # once Qt has settled the screen list

    def _screen_removed(self, _screen: QScreen) -> None:
        self._single_screen_windowed = True  # the projector went: a window on the laptop
        QTimer.singleShot(0, self, self.place)
