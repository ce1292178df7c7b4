"""Helpers for engine tests: a settable clock and simple items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass(frozen=True)
class It:
    """A minimal item satisfying the StudyItem protocol."""

    id: str
    topic: str = "t"
    bank_id: str = "b"
    kind: str = "single_choice"
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    fact_id: str = ""
    form: str | None = None
    content_hash: str = "h"
    group: str = ""

    def __post_init__(self) -> None:
        if not self.fact_id:
            object.__setattr__(self, "fact_id", self.id)
        if not self.group:
            object.__setattr__(self, "group", self.fact_id)


def make_items(n_topics: int = 3, per_topic: int = 4, bank: str = "b") -> list[It]:
    return [
        It(f"{bank}.t{t}.q{q}", topic=f"topic {t}", bank_id=bank, difficulty=1 + q % 3)
        for t in range(n_topics)
        for q in range(per_topic)
    ]
