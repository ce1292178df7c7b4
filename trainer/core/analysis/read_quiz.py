"""The ``quiz`` source: every answer of every quiz attempt of a local learner (one attempt
per learner's quiz). The attempts of learners whose progress came in through a progress
file (learners with a row in ``progress_import``) are the ``imported`` source
(:mod:`trainer.core.analysis.read_imported`), so the two never count an answer twice.

Two queries in the analysis's read transaction: the attempts that hold an answer the
filters want (given in the date range, to a question of the banks and topics asked for),
then all their answers in the date range, in attempt and position order. An answer's
version is its ``content_hash`` (revision 0004); for a row written without one (an older
writer), the hash of its review, which the same transaction wrote.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.analysis.model import Answer, Attempt, Filters
from trainer.core.analysis.read_common import as_millis, item_clause, item_list, time_clauses
from trainer.core.study.quiz import QuizSpec
from trainer.store.models import Item, QuizAnswer, QuizAttempt, Review
from trainer.store.progress_models import ProgressImport

SOURCE = "quiz"


def _learners_clause(imported: bool) -> sa.ColumnElement[bool]:
    """The attempts of imported learners (``imported``) or of local ones."""
    importers = sa.select(ProgressImport.learner_id)
    if imported:
        return QuizAttempt.learner_id.in_(importers)
    return QuizAttempt.learner_id.not_in(importers)


def _chosen_attempts(filters: Filters, imported: bool) -> sa.Select[int]:
    qa = QuizAnswer
    chosen = (
        sa.select(qa.attempt_id)
        .join(QuizAttempt, QuizAttempt.id == qa.attempt_id)
        .where(_learners_clause(imported), *time_clauses(qa.answered_at, filters))
    )
    wanted = item_clause(filters)
    if wanted is not None:
        chosen = chosen.outerjoin(Item, Item.id == qa.item_id).where(wanted)
    return chosen


def _answer_hash() -> sa.ColumnElement[str | None]:
    review_hash = (
        sa.select(Review.content_hash)
        .where(
            Review.learner_id == QuizAttempt.learner_id,
            Review.item_id == QuizAnswer.item_id,
            Review.quiz_attempt_id == QuizAnswer.attempt_id,
        )
        .order_by(Review.seq)
        .limit(1)
        .scalar_subquery()
    )
    return sa.func.coalesce(QuizAnswer.content_hash, review_hash)


def quiz_label(spec_json: str, questions: int) -> str:
    """A quiz as a person recognises it: its size, seed and filters."""
    words = [f"Quiz of {questions} question{'s' if questions != 1 else ''}"]
    try:
        spec = QuizSpec.from_json(spec_json)
    except (ValueError, TypeError, RecursionError):
        return words[0]
    if spec.seed is not None:
        words.append(f"seed {spec.seed}")
    for name, values in (("banks", spec.banks), ("topics", spec.topics)):
        if values:
            words.append(f"{name} {', '.join(str(v) for v in values)}")
    return "; ".join(words)


def read(conn: Connection, filters: Filters) -> list[Attempt]:
    """The local learners' quiz attempts the filters want, with their answers in the date
    range."""
    return read_attempts(conn, filters, SOURCE, imported=False)


def read_attempts(
    conn: Connection, filters: Filters, source: str, *, imported: bool
) -> list[Attempt]:
    """The quiz attempts of imported or of local learners that the filters want, with
    their answers in the date range, as attempts of ``source``."""
    qa, at = QuizAnswer, QuizAttempt
    chosen = _chosen_attempts(filters, imported)
    heads = {
        int(row.id): row
        for row in conn.execute(
            sa.select(at.id, at.spec_json, at.item_ids_json, at.finished_at).where(
                at.id.in_(chosen)
            )
        )
    }
    answers: dict[int, list[Answer]] = {key: [] for key in sorted(heads)}
    rows = conn.execute(
        sa.select(
            qa.attempt_id,
            qa.item_id,
            _answer_hash(),
            qa.score,
            qa.response_json,
            as_millis(qa.answered_at),
        )
        .join(at, at.id == qa.attempt_id)
        .where(qa.attempt_id.in_(chosen), *time_clauses(qa.answered_at, filters))
        .order_by(qa.attempt_id, qa.position)
    )
    for attempt_id, item_id, content_hash, score, response, answered_ms in rows:
        answers[int(attempt_id)].append(
            Answer(str(item_id), content_hash, float(score), str(response), int(answered_ms))
        )
    out: list[Attempt] = []
    for key, given in answers.items():
        head = heads[key]
        form = item_list(head.item_ids_json, tuple(a.item_id for a in given))
        label = quiz_label(head.spec_json, len(form))
        out.append(
            Attempt(source, str(key), form, label, head.finished_at is not None, tuple(given))
        )
    return out
