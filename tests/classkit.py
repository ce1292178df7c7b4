"""Shared by the Class and Item analysis tests: a class of learners who take the same
three-question quiz through the study API (answers scored by the real scoring), and two
learners' progress files made on other laptops and imported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import progresskit as pk

from trainer.core.progress_files import import_progress_files
from trainer.core.study import QuizSpec, Trainer
from trainer.store import Store

QUIZ = QuizSpec(count=3, kinds=("single_choice", "true_false", "numeric"), seed=11)
"""Three questions of the UI test bank, the same for every learner."""


def right(kind: str, n: int) -> bool:
    """Whether learner ``n`` (0..11) answers a question of ``kind`` right: the single
    choice follows ability, true/false is a coin, the numeric goes against ability (its key
    wants checking)."""
    return {"single_choice": n >= 4, "true_false": n % 2 == 0, "numeric": n < 5}[kind]


def response(question: Any, good: bool) -> Any:
    if question.kind == "single_choice":
        return question.correct if good else question.wrong[0]
    if question.kind == "true_false":
        return question.answer if good else not question.answer
    return question.answer if good else question.answer * 2 + 1


def take_quizzes(trainer: Trainer, questions: dict[str, Any], learners: int = 12) -> None:
    """``learners`` new profiles ("Learner 0", …) each take and finish :data:`QUIZ`."""
    for n in range(learners):
        learner = trainer.create_profile(f"Learner {n}").id
        quiz = trainer.build_quiz(QUIZ)
        attempt = trainer.start_quiz(learner, quiz)
        for position, item_id in enumerate(quiz.item_ids):
            question = questions[item_id]
            good = right(question.kind, n)
            trainer.answer_quiz_response(attempt, position, response(question, good), 3000)
        trainer.finish_quiz(attempt)


def import_two(store: Store, folder: Path) -> list[Path]:
    """Two learners ("=Zoe", "Yusuf") study and take quizzes on laptops of their own; their
    progress files are imported into ``store``."""
    files = []
    for n, name in enumerate(("=Zoe", "Yusuf")):
        db = pk.study(folder / f"laptop{n}", name, pk.items("far"), seed=n + 5, steps=30)
        files.append(pk.export_file(db, folder / f"{n}.trainer-progress"))
    when = datetime(2026, 4, 1, tzinfo=UTC) + timedelta(days=1)
    outcomes = import_progress_files(store, files, clock=lambda: when)
    assert all(o.error is None for o in outcomes), [o.error for o in outcomes]
    return files
