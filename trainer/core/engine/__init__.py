"""The learning engine: FSRS scheduling, study queue, quiz builder, statistics (no Qt).

Screens and the command line use :class:`Trainer` (the service API) and the
value types re-exported here; see ``docs/engine.md``.
"""

from trainer.core.engine.attempts import AttemptState, QuizAnswerRecord
from trainer.core.engine.items import SyncReport
from trainer.core.engine.profiles import Profile, ProfileError
from trainer.core.engine.protocols import StudyItem
from trainer.core.engine.queue import StudyFilter
from trainer.core.engine.quiz import Quiz, QuizError, QuizSpec, build_quiz
from trainer.core.engine.results import AnswerResult, GroupCounts, HomeCounts, StudyCard
from trainer.core.engine.scheduling import CardState, Grade, Memory, grade_for_score
from trainer.core.engine.service import Trainer
from trainer.core.engine.stats import DayStat, Mastery, Statistics

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
