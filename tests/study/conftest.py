"""Fixtures for engine tests: a settable clock, a store and a Trainer over simple items."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from enginekit import FakeClock, make_items

from trainer.core.study import Trainer
from trainer.store import Store, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(tmp_path / "trainer.sqlite3", clock=clock)
    yield s
    s.close()


@pytest.fixture
def trainer(store: Store, clock: FakeClock) -> Trainer:
    return Trainer(store, make_items(), clock=clock, tz=UTC)
