"""What the home screen shows, as plain data (no Qt: importing it before the first
paint costs nothing)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TopicRow:
    name: str
    due: int
    new: int
    mastery: float
    """Share of the items mastered, 0..1."""
    detail: str


@dataclass(frozen=True)
class BankRow:
    title: str
    due: int
    new: int
    mastery: float
    detail: str
    topics: list[TopicRow] = field(default_factory=list)
    bank_id: str = ""


@dataclass(frozen=True)
class NextAction:
    """The one thing Home offers first, and why (``home_rows.next_action`` decides)."""

    action: str
    """Which of Home's actions leads: "study", "resume_quiz", "resume_workshop", "quiz",
    or "" for none (no questions loaded)."""
    headline: str = ""
    detail: str = ""


@dataclass(frozen=True)
class HomeData:
    learner: str
    due: int
    new_today: int
    streak: int
    banks: list[BankRow]
    errors: list[str]
    can_resume_quiz: bool = False
    interrupted_workshop: str = ""
    """The title of the most recent workshop left unfinished, to offer resuming it."""
    next_action: NextAction = NextAction("study")
