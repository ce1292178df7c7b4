"""Fixtures for the bank tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from bankkit import DATA


@pytest.fixture
def data_dir() -> Path:
    return DATA
