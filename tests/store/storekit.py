"""Helpers shared by the store tests: a settable clock and a file digest."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand (starts at ``T0``)."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
