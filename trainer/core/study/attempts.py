"""Quiz attempts: start, answer each question (with its score), finish, resume.

An attempt stores the quiz's spec (JSON), seed and item ids; each answer stores
the response (JSON), its score and correctness, and also goes into the review
log (mode ``quiz``) so the quiz updates the learner's memory, in the same
transaction. An unfinished attempt can be reloaded and continued.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.sql.expression import Executable

from trainer.core.study import home_reads
from trainer.core.study.answers import record
from trainer.core.study.quiz import Quiz, QuizError, QuizSpec
from trainer.core.study.scheduling import grade_for_score
from trainer.store import Store
from trainer.store.learner_ids import new_uid
from trainer.store.models import Item, Learner, QuizAnswer, QuizAttempt, to_millis

_LEARNER_RETENTION = sa.select(Learner.desired_retention).where(Learner.id == sa.bindparam("id"))
_ITEM_HASH = sa.select(Item.content_hash).where(Item.id == sa.bindparam("id"))
_ANSWER_FIELDS = (
    "attempt_id",
    "position",
    "item_id",
    "response_json",
    "score",
    "correct",
    "response_ms",
    "answered_at",
    "content_hash",
)
_INSERT_ANSWER = sa.insert(QuizAnswer).values({f: sa.bindparam(f) for f in _ANSWER_FIELDS})


@dataclass(frozen=True)
class QuizAnswerRecord:
    """One stored answer of an attempt."""

    position: int
    item_id: str
    response: object
    score: float
    correct: bool
    response_ms: int | None
    answered_at: datetime


@dataclass(frozen=True)
class AttemptState:
    """An attempt as stored: enough to show results or resume it."""

    id: int
    learner_id: int
    spec: QuizSpec
    seed: int
    item_ids: tuple[str, ...]
    answers: tuple[QuizAnswerRecord, ...]
    started_at: datetime
    finished_at: datetime | None

    @property
    def next_position(self) -> int | None:
        """The first unanswered position, or None when all are answered."""
        done = {a.position for a in self.answers}
        return next((p for p in range(len(self.item_ids)) if p not in done), None)

    @property
    def score(self) -> float:
        """Sum of the answers' scores (a question is worth 1)."""
        return sum(a.score for a in self.answers)

    def by_topic(self, topic_of: Callable[[str], str]) -> list[tuple[str, float, int]]:
        """(topic, points scored, questions asked) per topic, in the order topics first
        appear; unanswered questions count as asked and scored 0."""
        scores = {a.position: a.score for a in self.answers}
        totals: dict[str, list[float]] = {}
        for position, item_id in enumerate(self.item_ids):
            totals.setdefault(topic_of(item_id), []).append(scores.get(position, 0.0))
        return [(topic, sum(v), len(v)) for topic, v in totals.items()]

    def time_left(self) -> timedelta | None:
        """Time remaining under the spec's limit, or None without a limit.

        The clock counts the time spent answering (each answer's ``response_ms``), not
        the wall-clock time since the start: the time the app was closed, or dead after
        a crash, is not taken from the learner when the attempt is resumed."""
        if self.spec.time_limit_s is None:
            return None
        used = timedelta(milliseconds=sum(a.response_ms or 0 for a in self.answers))
        return max(timedelta(seconds=self.spec.time_limit_s) - used, timedelta(0))


def start(store: Store, learner_id: int, quiz: Quiz, now: datetime) -> int:
    """Store a new attempt of ``quiz``; returns its id."""
    if not quiz.item_ids:
        raise QuizError("This quiz has no questions.")
    with store.write() as conn:
        key = conn.execute(
            sa.insert(QuizAttempt).values(
                learner_id=learner_id,
                spec_json=quiz.spec.to_json(),
                seed=quiz.seed,
                item_ids_json=json.dumps(list(quiz.item_ids)),
                time_limit_s=quiz.spec.time_limit_s,
                started_at=now,
                uid=new_uid(),
            )
        ).inserted_primary_key
    assert key is not None
    return int(key[0])


def load(store: Store, attempt_id: int) -> AttemptState:
    """An attempt with its answers; ``QuizError`` when there is none."""
    with store.read() as conn:
        row = conn.execute(
            sa.select(
                QuizAttempt.learner_id,
                QuizAttempt.spec_json,
                QuizAttempt.seed,
                QuizAttempt.item_ids_json,
                QuizAttempt.started_at,
                QuizAttempt.finished_at,
            ).where(QuizAttempt.id == attempt_id)
        ).first()
        if row is None:
            raise QuizError(f"There is no quiz attempt {attempt_id}.")
        answers = conn.execute(
            sa.select(
                QuizAnswer.position,
                QuizAnswer.item_id,
                QuizAnswer.response_json,
                QuizAnswer.score,
                QuizAnswer.correct,
                QuizAnswer.response_ms,
                QuizAnswer.answered_at,
            )
            .where(QuizAnswer.attempt_id == attempt_id)
            .order_by(QuizAnswer.position)
        ).all()
    learner_id, spec_json, seed, item_ids_json, started_at, finished_at = row
    return AttemptState(
        id=attempt_id,
        learner_id=int(learner_id),
        spec=QuizSpec.from_json(spec_json),
        seed=int(seed),
        item_ids=tuple(json.loads(item_ids_json)),
        answers=tuple(
            QuizAnswerRecord(int(p), str(i), json.loads(r), float(s), bool(c), ms, at)
            for p, i, r, s, c, ms, at in answers
        ),
        started_at=started_at,
        finished_at=finished_at,
    )


def _json_default(value: object) -> object:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"a response cannot hold {type(value).__name__}")


def response_json(response: object) -> str:
    """How a response is stored, by quizzes and workshops alike: JSON, with sets of options
    (any collection scoring accepts) as sorted lists and tuples as lists."""
    return json.dumps(response, default=_json_default, ensure_ascii=False)


def answer(
    store: Store,
    attempt_id: int,
    position: int,
    *,
    fraction: float,
    correct: bool,
    response: object = None,
    response_ms: int | None = None,
    now: datetime,
) -> str:
    """Store the answer at ``position`` and log it as a quiz review; returns the review id."""
    state = load(store, attempt_id)
    if state.finished_at is not None:
        raise QuizError("This quiz is already finished.")
    if not 0 <= position < len(state.item_ids):
        raise QuizError(f"This quiz has no question {position + 1}.")
    if any(a.position == position for a in state.answers):
        raise QuizError(f"Question {position + 1} has already been answered.")
    item_id = state.item_ids[position]
    grade = grade_for_score(fraction)
    with store.fast_write() as cur:
        found = cur.execute(store.prepare(_LEARNER_RETENTION), {"id": state.learner_id})
        retention = found.one_or_none()
        content = cur.execute(store.prepare(_ITEM_HASH), {"id": item_id}).one_or_none()
        if retention is None or content is None:
            raise QuizError("The learner or the question no longer exists.")
        cur.execute(
            store.prepare(_INSERT_ANSWER),
            {
                "attempt_id": attempt_id,
                "position": position,
                "item_id": item_id,
                "response_json": response_json(response),
                "score": fraction,
                "correct": correct,
                "response_ms": response_ms,
                "answered_at": to_millis(now),
                "content_hash": str(content[0]),
            },
        )
        review_id, _, _ = record(
            store,
            cur,
            learner_id=state.learner_id,
            item_id=item_id,
            content_hash=str(content[0]),
            grade=grade,
            at=now,
            desired_retention=float(retention[0]),
            mode="quiz",
            score=fraction,
            response_ms=response_ms,
            attempt_id=attempt_id,
        )
    return review_id


def finish(store: Store, attempt_id: int, now: datetime) -> AttemptState:
    """Mark the attempt finished (unanswered questions score 0) and return it."""
    with store.write() as conn:
        conn.execute(
            sa.update(QuizAttempt)
            .where(QuizAttempt.id == attempt_id, QuizAttempt.finished_at.is_(None))
            .values(finished_at=now)
        )
    return load(store, attempt_id)


def unfinished(store: Store, learner_id: int) -> list[int]:
    """Ids of the learner's attempts not yet finished, newest first."""
    with store.fast_read() as cur:
        return home_reads.unfinished_quizzes(cur, store.preparer(STATEMENTS), learner_id)


STATEMENTS: dict[str, Executable] = {
    "attempts.unfinished": sa.select(QuizAttempt.id)
    .where(QuizAttempt.learner_id == sa.bindparam("learner"), QuizAttempt.finished_at.is_(None))
    .order_by(QuizAttempt.started_at.desc()),
}
"""Home's read of the quizzes, by name (run by ``home_reads``; frozen for the start-up)."""
