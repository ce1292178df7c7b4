"""UI test fixtures: a real session on a temporary data folder with the UI test bank
(the helpers are in :mod:`ui.uikit`), and screenshots under each test's ``tmp_path``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from ui import uikit
from ui.uikit import close_session, create_profile, make_session


@pytest.fixture(autouse=True)
def screens_in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`ui.uikit.shot` writes under this test's temporary folder."""
    monkeypatch.setattr(uikit, "SCREENS", tmp_path / "screens")


@pytest.fixture
def new_session(qtbot: QtBot, tmp_path: Path) -> Iterator[Session]:
    """A first-run session (no profile yet)."""
    session = make_session(qtbot, tmp_path)
    yield session
    close_session(session)


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[Session]:
    """A session with one profile, "Amina", showing home."""
    session = make_session(qtbot, tmp_path)
    create_profile(qtbot, session, "Amina")
    yield session
    close_session(session)
