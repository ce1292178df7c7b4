"""What the phone game keeps in memory: its phases, participants, answers, receipts."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Phase(StrEnum):
    """What the room is doing; each phase has its own phone view."""

    LOBBY = "lobby"
    """Joining: no question shown yet."""
    QUESTION = "question"
    """A question is shown; answers count while its clock has time left."""
    REVEAL = "reveal"
    """The right answer is shown."""
    LEADERBOARD = "leaderboard"
    """Between questions: scores and ranks."""
    PODIUM = "podium"
    """The game is over."""


@dataclass(slots=True)
class Participant:
    """One participant. ``number`` is public (1, 2, 3… in joining order); the token is
    not kept, only its hash."""

    number: int
    name: str
    team_id: int | None
    token_hash: str
    joined_at: datetime
    removed_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str


@dataclass(slots=True)
class AnswerRecord:
    """One participant's answer to the question at ``position``. ``durable`` resolves
    once it is committed to disk (already done for answers read back from the store)."""

    participant: int
    position: int
    item_id: str
    content_hash: str
    response: Any
    fraction: float
    correct: bool
    points: float
    elapsed_ms: int | None
    answered_at: datetime
    durable: Future[Any] = field(default_factory=Future, compare=False, repr=False)

    def ack(self) -> dict[str, Any]:
        """The acknowledgement a phone receives (nothing about right or wrong)."""
        return {"position": self.position, "status": "received"}


@dataclass(frozen=True, slots=True)
class AnswerReceipt:
    """What :meth:`LiveGame.answer` returns: the acknowledgement to send once
    ``durable`` resolves; ``duplicate`` when this answer was already given (the same
    acknowledgement, counted once)."""

    ack: dict[str, Any]
    durable: Future[Any]
    duplicate: bool


@dataclass(frozen=True, slots=True)
class JoinReceipt:
    """What :meth:`LiveGame.join` returns: the token goes to the joining phone only,
    once ``durable`` resolves."""

    participant: Participant
    token: str
    durable: Future[Any]


@dataclass(frozen=True, slots=True)
class Change:
    """A change listeners hear about: ``room`` (every phone's view changed),
    ``participant`` (that participant's view changed), ``console`` (the console's
    lists changed: joins, answers, names)."""

    room: bool = False
    participant: int | None = None
    console: bool = True
