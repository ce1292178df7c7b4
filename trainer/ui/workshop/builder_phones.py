"""The builder's phone game (issue 11): the networks to serve it on, starting it
("Play on phones") and resuming an unfinished one, on the
:class:`~trainer.ui.workshop.live_stage.LiveStagePresenter`.

The server and the list of addresses are ``trainer.net.live_server``'s
(``LiveServer``, ``host_addresses``), handed in so that a test gives fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from trainer.ui.workshop.live_protocols import Address, Server, ServerFactory
from trainer.ui.workshop.live_stage import LOOPBACK, LiveStagePresenter

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import Workshop
    from trainer.core.workshop.live import Clock, LiveGame
    from trainer.ui.workshop.builder_protocols import BuilderView
    from trainer.ui.workshop.stage_clock import TickClock
    from trainer.ui.workshop.stage_protocols import JobRunner


class Builder(Protocol):
    """What the phone game needs of the builder's presenter."""

    view: BuilderView
    tasks: JobRunner
    data_folder: DataFolder
    by_id: dict[str, Question]
    fullscreen: bool
    clock: TickClock | None
    session_id: int | None

    def current_workshop(self) -> Workshop | None: ...
    def team_names(self) -> list[str]: ...
    def show_message(self, text: str) -> None: ...
    def close_stages(self) -> None: ...
    def stage_closed(self) -> None: ...
    def finished(self, title: str) -> None: ...


def serve_on_network(game: LiveGame, host: str, texts: Mapping[str, str]) -> Server:
    """The app's server: ``LiveServer`` on ``host`` (not started)."""
    from trainer.net.live_server import LiveServer

    return LiveServer(game, host, texts=texts)


def network_addresses() -> list[Address]:
    """The laptop's addresses a phone may reach, the likely one first."""
    from trainer.net.live_server import host_addresses

    return list(host_addresses())


class BuilderPhones(QObject):
    """Starts and resumes phone games for the builder."""

    def __init__(
        self,
        builder: Builder,
        *,
        addresses: Callable[[], Sequence[Address]] | None = None,
        serve: ServerFactory | None = None,
        clock: Clock | None = None,
    ) -> None:
        """``clock`` is the game's (default: the real time)."""
        super().__init__()
        self.builder = builder
        self.addresses = addresses or network_addresses
        self.serve = serve or serve_on_network
        self.clock = clock
        self.stage: LiveStagePresenter | None = None
        self._listed = False

    def list_networks(self) -> None:
        """Offer the laptop's networks (once found): the likely one first; loopback for a
        test when none is found, saying so (and looking again next time)."""
        if self._listed:  # the facilitator's choice is kept; none found: look again
            return
        found = list(self.addresses())
        self._listed = bool(found)
        if found:
            networks = [(f"{a.label} — {a.address}", a.address) for a in found]
            note = ""
        else:
            networks = [(self.tr("This computer only (test)"), LOOPBACK)]
            note = self.tr(
                "No network was found: phones cannot join. Connect to the room's Wi-Fi "
                "or start a hotspot, then open the builder again; or play on this "
                "computer only, for a test."
            )
        self.builder.view.set_networks(networks, note)

    def start(self) -> None:
        """ "Play on phones": a new phone game from the list built (teams optional)."""
        builder = self.builder
        workshop, data_folder, by_id = (
            builder.current_workshop(),
            builder.data_folder,
            builder.by_id,
        )
        if workshop is None:
            builder.show_message(self.tr("Build the question list first."))
            return
        teams, clock = builder.team_names(), self.clock

        def job() -> LiveGame:
            from trainer.core.workshop.live import LiveGame

            assert data_folder.store is not None
            return LiveGame.start(data_folder.store, workshop, by_id, teams=teams, clock=clock)

        self._present(job, workshop.title)

    def resume(self, session_id: int) -> None:
        """Reopen an unfinished phone game (as a phone game, never as a team game)."""
        data_folder, by_id, clock = self.builder.data_folder, self.builder.by_id, self.clock

        def job() -> LiveGame:
            from trainer.core.workshop.live import LiveGame

            assert data_folder.store is not None
            return LiveGame.open(data_folder.store, session_id, by_id, clock=clock)

        self._present(job, "")

    def _present(self, opener: Callable[[], LiveGame], title: str) -> None:
        builder = self.builder
        builder.close_stages()
        host = builder.view.form().host or LOOPBACK
        self.stage = LiveStagePresenter(
            builder.tasks,
            opener,
            windows=builder.view.stage_windows(builder.fullscreen),
            serve=self.serve,
            host=host,
            clock=builder.clock,
            parent=self,
        )
        self.stage.ready.connect(self._ready)
        self.stage.closed.connect(builder.stage_closed)
        self.stage.changed.connect(self._changed)

    def _ready(self) -> None:
        stage = self.stage
        if stage is None or stage.game is None:
            return
        self.builder.session_id = stage.game.id
        self.builder.show_message(
            self.tr("Running “{title}” on phones.").format(title=stage.game.workshop.title)
        )

    def _changed(self) -> None:
        from trainer.core.workshop.live import Phase

        stage = self.stage
        if stage is not None and stage.game is not None and stage.game.phase == Phase.PODIUM:
            self.builder.finished(stage.game.workshop.title)

    def close(self) -> None:
        if self.stage is not None:
            self.stage.close()
