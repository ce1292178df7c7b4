"""What the stage presenter (:mod:`~trainer.ui.workshop.stage`) needs of its windows and
of the task runner: protocols, so that the presenter names no widget class and a test
can hand it fakes (no window opens, each job runs at once).

The app's windows are :class:`~trainer.ui.workshop.stage_audience.AudienceWindow` and
:class:`~trainer.ui.workshop.stage_console.ConsoleWindow`, held together by
:class:`~trainer.ui.workshop.stage_windows.StageWindows`; its runner is the
:class:`~trainer.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from trainer.ui.workshop.stage_console import TeamLine
    from trainer.ui.workshop.stage_slides import Slide


class JobRunner(Protocol):
    """Runs ``fn`` off the UI thread; ``on_done`` or ``on_error`` then runs on it."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class StageWindow(Protocol):
    """What both windows report: a key typed in them, and that they were closed."""

    @property
    def key_pressed(self) -> SignalInstance: ...
    @property
    def closed(self) -> SignalInstance: ...
    def show_message(self, text: str) -> None: ...


class AudienceView(StageWindow, Protocol):
    """The window the room sees."""

    def show_slide(self, slide: Slide, revealed: bool) -> None: ...
    def show_countdown(self, seconds: int | None, paused: bool = False) -> None: ...
    def show_board(
        self,
        title: str,
        rows: Sequence[tuple[str, str, str]],
        final: bool = False,
        teams: Sequence[tuple[str, str, str]] = (),
        note: str = "",
    ) -> None: ...


class ConsoleView(StageWindow, Protocol):
    """The facilitator's window; its buttons send commands and marks."""

    selected: int
    """The team picked (-1: none), drawn in bold by :meth:`set_teams`."""

    @property
    def command(self) -> SignalInstance: ...
    @property
    def mark_requested(self) -> SignalInstance: ...
    def show_slide(self, title: str, slide: Slide, upcoming: Slide | None) -> None: ...
    def set_teams(self, lines: Sequence[TeamLine]) -> None: ...
    def show_keys(self, text: str) -> None: ...
    def show_state(self, text: str) -> None: ...
    def show_countdown(self, seconds: int | None) -> None: ...


class StageWindowsView(Protocol):
    """The two windows of a running workshop, placed and closed together."""

    @property
    def audience(self) -> AudienceView: ...
    @property
    def console(self) -> ConsoleView: ...
    def show(self) -> None:
        """The audience window on the projector, the console in front on the laptop."""

    def show_console_only(self) -> None:
        """The console alone (to say why the workshop could not open)."""

    def toggle_console(self) -> None:
        """Hide the console (the audience window then takes the keys) or show it again."""

    def close(self) -> None:
        """Close both windows and stop following the screens."""
