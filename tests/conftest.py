"""Shared test set-up. Qt must never need a display here.

Every test that uses ``qtbot`` (or ``qapp``) or lives in ``tests/ui`` is marked ``qt``:
``pytest -m "not qt"`` runs the rest (core, store, command lines, and the presenters
driven without widgets in ``tests/presenters``), ``pytest -m qt`` the screens.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UI_TESTS = Path(__file__).parent / "ui"
QT_FIXTURES = {"qtbot", "qapp"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & QT_FIXTURES or item.path.is_relative_to(UI_TESTS):
            item.add_marker(pytest.mark.qt)
