"""What Home shows, read at start-up without SQLAlchemy (the start-up's fast path).

``DataFolder.load_home`` returns a :class:`HomeSnapshot` when the progress database
can be read as it is (a SQLite file at the current schema, the banks' items
unchanged); the app shows Home from it at once, and the full load (SQLAlchemy, the
study service) follows on the worker thread. ``None`` means: take the full load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.overview import Overview
    from trainer.core.study import HomeCounts, Profile, Statistics


HOME_HISTORY_DAYS = 7
"""The days of history Home asks the statistics for (the streak and the last week)."""


@dataclass(frozen=True)
class Loaded:
    """What a (re)load produced: the overview of the banks and the profiles."""

    overview: Overview
    profiles: list[Profile]
    sources: dict[str, str]
    """Bank id → ``"shipped"`` or ``"user"``."""


@dataclass(frozen=True)
class HomeSnapshot:
    """Everything Home needs for one learner, read in one go."""

    loaded: Loaded
    learner_id: int
    profile: Profile
    counts: HomeCounts
    statistics: Statistics
    """Seven days of history, as Home asks the study service for."""
    unfinished_quizzes: list[int]
    interrupted_workshop: str
    """The title of the newest unfinished workshop, or ``""``."""
