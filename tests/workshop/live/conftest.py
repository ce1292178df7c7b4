"""A phone game on a real SQLite file, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from livekit import Live, LiveClock, live_workshop

from trainer.core.banks import Question
from trainer.core.workshop.live import LiveGame
from trainer.store import open_store


@pytest.fixture
def live(tmp_path: Path, questions: list[Question], by_id: dict[str, Question]) -> Iterator[Live]:
    db = tmp_path / "live.sqlite3"
    store = open_store(db)
    clock = LiveClock()
    game = LiveGame.start(store, live_workshop(questions), by_id, clock=clock)
    yield Live(game, clock, store, db)
    game.close()
    store.close()
