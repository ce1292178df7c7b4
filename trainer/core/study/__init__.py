"""The learning engine: FSRS scheduling, study queue, quiz builder, statistics (no Qt).

Screens and the command line use :class:`Trainer` (the service API) and the
value types re-exported here; see ``docs/engine.md``.
"""

from trainer.core.study.attempts import AttemptState, QuizAnswerRecord
from trainer.core.study.items import SyncReport
from trainer.core.study.profiles import Profile, ProfileError
from trainer.core.study.protocols import StudyItem
from trainer.core.study.queue import StudyFilter
from trainer.core.study.quiz import Quiz, QuizError, QuizSpec, build_quiz
from trainer.core.study.results import AnswerResult, GroupCounts, HomeCounts, StudyCard
from trainer.core.study.scheduling import CardState, Grade, Memory, grade_for_score
from trainer.core.study.service import Trainer
from trainer.core.study.stats import DayStat, Mastery, Statistics

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
