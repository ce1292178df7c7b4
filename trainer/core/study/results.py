"""What the engine's service hands back: the next card, a committed answer, home counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from trainer.core.study.scheduling import Grade, Memory, preview


@dataclass(frozen=True)
class StudyCard:
    """The next item to show, whether it is new, and what each rating would give."""

    item_id: str
    is_new: bool
    memory: Memory | None
    at: datetime
    desired_retention: float

    @property
    def intervals(self) -> dict[Grade, timedelta]:
        """The interval each rating would give (computed when the buttons are drawn)."""
        return preview(self.item_id, self.memory, self.at, self.desired_retention)


@dataclass(frozen=True)
class AnswerResult:
    """A committed answer: the review's UUID and the item's new memory."""

    review_id: str
    memory: Memory


@dataclass(frozen=True)
class GroupCounts:
    due: int
    new: int


@dataclass(frozen=True)
class HomeCounts:
    """Due today and new available, overall and per bank / (bank, topic).

    ``new_today`` is what the daily limit still allows; per-group ``new`` counts
    are the unseen items of that group before the limit.
    """

    due: int
    new_today: int
    by_bank: dict[str, GroupCounts]
    by_topic: dict[tuple[str, str], GroupCounts]
