"""What the phone game's stage (:mod:`~trainer.ui.workshop.live_stage`) needs of the
network server, of the host's addresses and of its windows: protocols, so that the
presenter names no widget class and no socket, and a test hands it fakes.

The app's server is ``trainer.net.live_server.LiveServer``; its windows are the
workshop's :class:`~trainer.ui.workshop.stage_windows.StageWindows`, whose console and
audience window also draw the phone panels (:mod:`~trainer.ui.workshop.live_panels`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from trainer.ui.workshop.live_values import JoinInfo, PhoneBar, PhoneRow
from trainer.ui.workshop.stage_protocols import AudienceView, ConsoleView

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from trainer.core.workshop.live import LiveGame
    from trainer.ui.workshop.stage_slides import Slide


class Address(Protocol):
    """One of the laptop's network addresses (``trainer.net.live_server.HostAddress``)."""

    @property
    def address(self) -> str: ...
    @property
    def label(self) -> str: ...


class Server(Protocol):
    """The game served on the network: ``start`` binds (another port if the one asked
    for is taken), ``stop`` stops listening."""

    @property
    def port(self) -> int: ...
    @property
    def join_url(self) -> str: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


ServerFactory = Callable[["LiveGame", str, Mapping[str, str]], Server]
"""``(game, host address, translated page texts) → server`` (not started)."""


class PhoneConsoleView(ConsoleView, Protocol):
    """The console in phone mode: the participants and the facilitator's actions."""

    @property
    def rename_requested(self) -> SignalInstance: ...
    @property
    def remove_requested(self) -> SignalInstance: ...
    @property
    def reattach_requested(self) -> SignalInstance: ...
    @property
    def lock_requested(self) -> SignalInstance: ...
    def show_join(self, info: JoinInfo) -> None: ...
    def show_lobby(self, title: str, first: Slide | None) -> None: ...
    def show_phones(
        self, rows: Sequence[PhoneRow], answered: str, waiting: str, locked: bool
    ) -> None: ...
    def show_distribution(self, bars: Sequence[PhoneBar]) -> None: ...
    def show_reattach(self, name: str, link: str, qr_png: bytes) -> None: ...


class PhoneAudienceView(AudienceView, Protocol):
    """The audience window in phone mode: how to join, and the bar chart at reveal."""

    def show_join(self, info: JoinInfo, joined: int) -> None: ...
    def show_distribution(self, bars: Sequence[PhoneBar]) -> None: ...


class PhoneWindowsView(Protocol):
    """Both windows in phone mode (see ``StageWindowsView``)."""

    @property
    def audience(self) -> PhoneAudienceView: ...
    @property
    def console(self) -> PhoneConsoleView: ...
    def show(self) -> None: ...
    def show_console_only(self) -> None: ...
    def toggle_console(self) -> None: ...
    def close(self) -> None: ...
