"""A phone game on a real SQLite file, served by a LiveServer on loopback; phones in
real browsers (tests/browserkit.py), one engine at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import ENGINES, Browsers, NewPhone, Phone, browsers, require
from livekit import live_workshop
from wsbankkit import BANK

from trainer.core.banks import load_banks
from trainer.core.workshop.live import LiveGame
from trainer.net.live_server import LiveServer
from trainer.store import open_store


@pytest.fixture
def served(tmp_path: Path) -> Iterator[LiveServer]:
    (tmp_path / "ws.yaml").write_text(BANK, encoding="utf-8")
    loaded = load_banks([tmp_path])
    store = open_store(tmp_path / "live.sqlite3")
    game = LiveGame.start(store, live_workshop(loaded.questions), loaded.by_id, limit=2)
    server = LiveServer(game, "127.0.0.1", 0)
    server.start()
    yield server
    server.stop()
    game.close()
    store.close()


@pytest.fixture(scope="module")
def engines() -> Iterator[Browsers]:
    """The real browsers of a test module, each started when first needed."""
    yield from browsers()


@pytest.fixture(params=ENGINES)
def new_phone(request: pytest.FixtureRequest, engines: Browsers) -> Iterator[NewPhone]:
    """Makes phones in one engine (each test runs once per engine); closes them after."""
    engine: str = request.param
    require(engine)
    made: list[Phone] = []

    def new(url: str) -> Phone:
        made.append(engines.phone(engine, url))
        return made[-1]

    yield new
    for phone in made:
        phone.close()
