"""Shared by the phone game's UI tests: a fake network server with the
``trainer.net.live_server.LiveServer`` API (it records start and stop), fake host
addresses, and a phone game on fake windows driven by a real ``LiveGame`` on a real
SQLite file, with both clocks (the game's and the ticks') moved together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from livekit import LiveClock
from wspresenterkit import FakeStageWindows, ManualClock, SyncRunner

from trainer.core.workshop.live import LiveGame
from trainer.ui.workshop.live_stage import LiveStagePresenter


@dataclass(frozen=True)
class FakeAddress:
    address: str
    interface: str
    label: str


class FakeServer:
    """Serves nothing; ``taken`` makes it pick the next port, as the real one does."""

    def __init__(
        self, game: LiveGame, host: str, texts: Mapping[str, str], port: int = 8765
    ) -> None:
        self.game, self.host, self.texts = game, host, dict(texts)
        self.asked_port = port
        self.port = port
        self.started = self.stopped = 0

    @property
    def join_url(self) -> str:
        return f"http://{self.host}:{self.port}/?room={self.game.room_code}"

    def start(self) -> None:
        self.started += 1

    def stop(self) -> None:
        self.stopped += 1


@dataclass
class Servers:
    """A server factory that remembers every server it made; ``port_taken`` moves the
    next one to another port."""

    made: list[FakeServer] = field(default_factory=list)
    port_taken: bool = False

    def __call__(self, game: LiveGame, host: str, texts: Mapping[str, str]) -> FakeServer:
        server = FakeServer(game, host, texts)
        if self.port_taken:
            original = server.start

            def start() -> None:
                server.port = 8766
                original()

            server.start = start  # type: ignore[method-assign]
        self.made.append(server)
        return server

    @property
    def last(self) -> FakeServer:
        return self.made[-1]


class Clocks:
    """The game's clock and the ticks' clock, moved together."""

    def __init__(self) -> None:
        self.game = LiveClock()
        self.ticks = ManualClock()

    def advance(self, ms: int) -> None:
        self.game.advance(ms / 1000)
        self.ticks.advance(ms)


@dataclass
class PhoneStage:
    presenter: LiveStagePresenter
    windows: FakeStageWindows
    servers: Servers
    clocks: Clocks

    @property
    def game(self) -> LiveGame:
        assert self.presenter.game is not None
        return self.presenter.game

    def tick(self) -> None:
        """Let the next redraw come (a quarter of a second)."""
        self.clocks.advance(250)


def open_phone_stage(
    opener: Any, servers: Servers | None = None, clocks: Clocks | None = None
) -> PhoneStage:
    windows, servers, clocks = FakeStageWindows(), servers or Servers(), clocks or Clocks()
    presenter = LiveStagePresenter(
        SyncRunner(),
        lambda: opener(clocks.game),
        windows=windows,  # type: ignore[arg-type]
        serve=servers,
        host="192.168.1.20",
        clock=clocks.ticks,
    )
    return PhoneStage(presenter, windows, servers, clocks)
