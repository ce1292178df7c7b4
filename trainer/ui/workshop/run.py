"""Open a session in presenter mode: the audience window and the facilitator's console."""

from __future__ import annotations

from PySide6.QtCore import QObject

from trainer.core.workshop import WorkshopSession
from trainer.ui.workshop.audience import AudienceWindow
from trainer.ui.workshop.console import ConsoleWindow
from trainer.ui.workshop.presenter import Presenter


class PresenterWindows(QObject):
    """The two windows of one running session and the presenter they share.

    With two screens the audience window goes full screen on the second; with one,
    both are ordinary windows and F2 hides or shows the console.
    """

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presenter = Presenter(session, self)
        self.audience = AudienceWindow(self.presenter, on_console_key=self.toggle_console)
        self.console = ConsoleWindow(
            self.presenter, toggle_audience=self.toggle_audience, toggle_console=self.toggle_console
        )

    def show(self) -> None:
        self.audience.show_on_projector()
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()

    def toggle_console(self) -> None:
        if self.console.isVisible():
            self.console.hide()
            self.audience.activateWindow()
        else:
            self.console.show()
            self.console.activateWindow()

    def toggle_audience(self) -> None:
        if self.audience.isVisible():
            self.audience.hide()
        else:
            self.audience.show_on_projector()

    def close(self) -> None:
        self.presenter.pause()
        self.audience.close()
        self.console.close()
