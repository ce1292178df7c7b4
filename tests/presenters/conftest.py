"""The presenter tests create no widget: each test checks it left none behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from wspresenterkit import questions

from trainer.core.banks import Question
from trainer.store import Store, open_store


@pytest.fixture(autouse=True)
def no_widget_created() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    def widgets() -> int:
        return len(QApplication.allWidgets()) if QApplication.instance() is not None else 0

    before = widgets()
    yield
    assert widgets() <= before, "a presenter test created a widget"


@pytest.fixture(scope="module")
def by_id() -> dict[str, Question]:
    """The workshop bank's questions by id (tests/wspresenterkit.py)."""
    return questions()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A progress store on a real SQLite file."""
    store = open_store(tmp_path / "trainer.sqlite3")
    yield store
    store.close()
