"""What the engine's service hands back: the next card, a committed answer, home counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Home's counts are defined without SQLAlchemy or FSRS, for the start-up's fast path.
from trainer.core.study.home_reads import GroupCounts as GroupCounts
from trainer.core.study.home_reads import HomeCounts as HomeCounts
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
