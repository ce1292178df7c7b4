"""The two windows of a running workshop as one view: the audience window (see
:mod:`~trainer.ui.workshop.stage_audience`), the facilitator's console (see
:mod:`~trainer.ui.workshop.stage_console`) and where they go as screens come and go
(:class:`~trainer.ui.workshop.stage_screens.ScreenPlacer`). The stage presenter drives
them through :class:`~trainer.ui.workshop.stage_protocols.StageWindowsView`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from trainer.ui.workshop.stage_audience import AudienceWindow
from trainer.ui.workshop.stage_console import ConsoleWindow
from trainer.ui.workshop.stage_screens import ScreenPlacer


class StageWindows(QObject):
    """The audience window and the console, separate top-level windows owned by ``host``
    (deleted with it)."""

    def __init__(self, host: QWidget | None, fullscreen: bool = True) -> None:
        super().__init__(host)
        self._audience = AudienceWindow(host)
        self._console = ConsoleWindow(host)
        self.screens = ScreenPlacer(self._audience, self._console, fullscreen, self)

    @property
    def audience(self) -> AudienceWindow:
        return self._audience

    @property
    def console(self) -> ConsoleWindow:
        return self._console

    def show(self) -> None:
        """The audience window on the projector (see :mod:`.stage_screens`), the console
        in front on the laptop's screen."""
        self._console.show()
        self.screens.place()
        self._console.raise_()
        self._console.activateWindow()

    def show_console_only(self) -> None:
        self._console.show()

    def toggle_console(self) -> None:
        console, audience = self._console, self._audience
        if console.isVisible():
            console.hide()
            audience.raise_()
            audience.activateWindow()
            audience.setFocus()
        else:
            console.show()
            console.raise_()
            console.activateWindow()

    def close(self) -> None:
        self.screens.stop()
        self._audience.close()
        self._console.close()
