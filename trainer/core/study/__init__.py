"""The learning engine: FSRS scheduling, study queue, quiz builder, statistics (no Qt).

Screens and the command line use :class:`Trainer` (the service API) and the
value types re-exported here; see ``docs/engine.md``. The names load on first use
(``trainer.lazy_exports``): a module of the package pays only for what it imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from trainer.core.study.attempts import AttemptState, QuizAnswerRecord
    from trainer.core.study.items import SyncReport
    from trainer.core.study.profiles import Profile, ProfileError
    from trainer.core.study.protocols import StudyItem
    from trainer.core.study.queue import StudyFilter
    from trainer.core.study.quiz import Quiz, QuizError, QuizSpec, build_quiz
    from trainer.core.study.results import AnswerResult, GroupCounts, HomeCounts, StudyCard
    from trainer.core.study.scheduling import CardState, Grade, Memory, grade_for_score
    from trainer.core.study.service import Trainer
    from trainer.core.study.stats_reads import DayStat, Mastery, Statistics

__getattr__ = lazy_exports(
    __name__,
    {
        "attempts": "AttemptState QuizAnswerRecord",
        "items": "SyncReport",
        "profiles": "Profile ProfileError",
        "protocols": "StudyItem",
        "queue": "StudyFilter",
        "quiz": "Quiz QuizError QuizSpec build_quiz",
        "results": "AnswerResult GroupCounts HomeCounts StudyCard",
        "scheduling": "CardState Grade Memory grade_for_score",
        "service": "Trainer",
        "stats_reads": "DayStat Mastery Statistics",
    },
)

__all__ = [
    "AnswerResult",
    "AttemptState",
    "CardState",
    "DayStat",
    "Grade",
    "GroupCounts",
    "HomeCounts",
    "Mastery",
    "Memory",
    "Profile",
    "ProfileError",
    "Quiz",
    "QuizAnswerRecord",
    "QuizError",
    "QuizSpec",
    "Statistics",
    "StudyCard",
    "StudyFilter",
    "StudyItem",
    "SyncReport",
    "Trainer",
    "build_quiz",
    "grade_for_score",
]
