"""The presenter tests create no widget: each test checks it left none behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_widget_created() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    def widgets() -> int:
        return len(QApplication.allWidgets()) if QApplication.instance() is not None else 0

    before = widgets()
    yield
    assert widgets() <= before, "a presenter test created a widget"
