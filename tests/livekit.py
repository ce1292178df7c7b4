"""Shared by the phone game's tests: a clock the test moves, a workshop asking every kind
(from the workshop tests' bank), a right and a wrong answer per question, and a wait."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from trainer.core.banks import Question
from trainer.core.workshop import Workshop, build_workshop
from trainer.core.workshop.live import LiveGame
from trainer.store import Store

ITEMS = (
    "ws.sc1",
    "ws.mc1",
    "ws.tf1",
    "ws.num1",
    "ws.sa1",
    "ws.cl2",
    "ws.ord1",
    "ws.match1",
)
"""One question of each kind a phone answers, in this order."""

RIGHT: dict[str, Any] = {
    "ws.sc1": "Geneva Migration Group",
    "ws.mc1": ["UNHCR", "IOM"],
    "ws.tf1": True,
    "ws.num1": 16.5,
    "ws.sa1": "global migration group",
    "ws.cl2": ["2006", "2013"],
    "ws.ord1": ["Founding", "Expansion", "Renaming"],
    "ws.match1": {"IOM": "Geneva", "UNDP": "New York"},
}
WRONG: dict[str, Any] = {
    "ws.sc1": "Global Migration Forum",
    "ws.mc1": ["WTO"],
    "ws.tf1": False,
    "ws.num1": "99",
    "ws.sa1": "something else",
    "ws.cl2": ["1999", "2000"],
    "ws.ord1": ["Renaming", "Expansion", "Founding"],
    "ws.match1": {"IOM": "New York", "UNDP": "Geneva"},
}


class LiveClock:
    """Both clocks of the phone game, moved by :meth:`advance`."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 6, 1, 9, 0, tzinfo=UTC) + timedelta(seconds=self.seconds)

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


def live_workshop(
    questions: Sequence[Question],
    *,
    items: Sequence[str] = ITEMS,
    seconds: int = 30,
    points: int = 1,
    speed_bonus: bool = False,
) -> Workshop:
    w = build_workshop(
        questions,
        seed=5,
        count=len(items),
        seconds_per_question=seconds,
        points_per_question=points,
        speed_bonus=speed_bonus,
    )
    return replace(w, items=tuple(items))


def done(future: Future[Any] | None, timeout: float = 10.0) -> Any:
    """The future's result (it must resolve within ``timeout`` seconds)."""
    assert future is not None
    return future.result(timeout)


def by_id_of(questions: Sequence[Question]) -> Mapping[str, Question]:
    return {q.id: q for q in questions}


@dataclass
class Live:
    """A phone game on a real SQLite file (the ``live`` fixture), with its clock."""

    game: LiveGame
    clock: LiveClock
    store: Store
    db: Path
