"""Exporting one learner's progress as a progress file.

The file holds the learner's whole review log (undone reviews too, with when they were
undone, so that an undo travels), every quiz attempt with its answers, and the items
all of them refer to. It is built through the same models that read it, so Trainer
never writes a file it would refuse.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer import __version__
from trainer.core.outfile import write_output_file
from trainer.core.progress_files.container import pack
from trainer.core.progress_files.schema import (
    FORMAT,
    FORMAT_VERSION,
    AnswerRecord,
    AttemptRecord,
    ItemRecord,
    LearnerRecord,
    Manifest,
    Progress,
    ReviewRecord,
    SpecRecord,
)
from trainer.core.study.quiz import QuizSpec
from trainer.store import Store
from trainer.store.learner_ids import CHUNK, aliases, ensure_own_uid, new_uid
from trainer.store.models import (
    Item,
    Learner,
    QuizAnswer,
    QuizAttempt,
    Review,
    ReviewUndo,
    to_millis,
)


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    learner_name: str
    reviews: int
    attempts: int
    size: int


def _ms(column: Any) -> Any:
    """A time column read as the epoch milliseconds it is stored as."""
    return sa.type_coerce(column, sa.BigInteger)


def _give_ids(store: Store, learner_id: int) -> str:
    """Make the learner's stable id, and their attempts', where missing; the learner's."""
    with store.write() as conn:
        uid = ensure_own_uid(conn, learner_id)
        missing = conn.execute(
            sa.select(QuizAttempt.id).where(
                QuizAttempt.learner_id == learner_id, QuizAttempt.uid.is_(None)
            )
        ).all()
        for (attempt_id,) in missing:
            conn.execute(
                sa.update(QuizAttempt).where(QuizAttempt.id == attempt_id).values(uid=new_uid())
            )
    return uid


def _learner(conn: Connection, learner_id: int, uid: str) -> LearnerRecord:
    row = conn.execute(
        sa.select(
            Learner.name,
            _ms(Learner.created_at),
            Learner.desired_retention,
            Learner.daily_new_limit,
            Learner.rollover_hour,
        ).where(Learner.id == learner_id)
    ).one()
    return LearnerRecord(
        id=uid,
        also_known_as=aliases(conn, learner_id),
        name=row[0],
        created_at=int(row[1]),
        desired_retention=float(row[2]),
        daily_new_limit=int(row[3]),
        rollover_hour=int(row[4]),
    )


def _attempts(conn: Connection, learner_id: int) -> tuple[list[AttemptRecord], dict[int, str]]:
    rows = conn.execute(
        sa.select(
            QuizAttempt.id,
            QuizAttempt.uid,
            QuizAttempt.spec_json,
            QuizAttempt.seed,
            QuizAttempt.item_ids_json,
            QuizAttempt.time_limit_s,
            _ms(QuizAttempt.started_at),
            _ms(QuizAttempt.finished_at),
        )
        .where(QuizAttempt.learner_id == learner_id)
        .order_by(QuizAttempt.id)
    ).all()
    answers: dict[int, list[AnswerRecord]] = {}
    for a in conn.execute(
        sa.select(
            QuizAnswer.attempt_id,
            QuizAnswer.position,
            QuizAnswer.item_id,
            QuizAnswer.response_json,
            QuizAnswer.score,
            QuizAnswer.correct,
            QuizAnswer.response_ms,
            _ms(QuizAnswer.answered_at),
        )
        .join(QuizAttempt, QuizAttempt.id == QuizAnswer.attempt_id)
        .where(QuizAttempt.learner_id == learner_id)
        .order_by(QuizAnswer.attempt_id, QuizAnswer.position)
    ):
        answers.setdefault(int(a[0]), []).append(
            AnswerRecord(
                position=a[1],
                item=a[2],
                response=a[3],
                score=float(a[4]),
                correct=bool(a[5]),
                response_ms=a[6],
                answered_at=int(a[7]),
            )
        )
    records = []
    for r in rows:
        spec = QuizSpec.from_json(r[2])
        records.append(
            AttemptRecord(
                uid=r[1],
                spec=SpecRecord(
                    **{k: list(v) if isinstance(v, tuple) else v for k, v in vars(spec).items()}
                ),
                seed=int(r[3]),
                items=json.loads(r[4]),
                time_limit_s=r[5],
                started_at=int(r[6]),
                finished_at=None if r[7] is None else int(r[7]),
                answers=answers.get(int(r[0]), []),
            )
        )
    return records, {int(r[0]): str(r[1]) for r in rows}


def _reviews(conn: Connection, learner_id: int, attempt_uids: dict[int, str]) -> list[ReviewRecord]:
    rows = conn.execute(
        sa.select(
            Review.uuid,
            Review.item_id,
            Review.mode,
            Review.rating,
            Review.score,
            Review.response_ms,
            _ms(Review.reviewed_at),
            Review.desired_retention,
            Review.content_hash,
            Review.quiz_attempt_id,
            _ms(ReviewUndo.undone_at),
        )
        .outerjoin(ReviewUndo, ReviewUndo.review_uuid == Review.uuid)
        .where(Review.learner_id == learner_id)
        .order_by(Review.seq)
    )
    return [
        ReviewRecord(
            uuid=r[0],
            item=r[1],
            mode=r[2],
            rating=r[3],
            score=r[4],
            response_ms=r[5],
            reviewed_at=int(r[6]),
            retention=float(r[7]),
            hash=r[8],
            attempt=None if r[9] is None else attempt_uids.get(int(r[9])),
            undone_at=None if r[10] is None else int(r[10]),
        )
        for r in rows
    ]


def _items(conn: Connection, item_ids: Iterable[str]) -> list[ItemRecord]:
    wanted = sorted(set(item_ids))
    records = []
    for start in range(0, len(wanted), CHUNK):
        rows = conn.execute(
            sa.select(
                Item.id,
                Item.bank_id,
                Item.topic,
                Item.fact_id,
                Item.kind,
                Item.content_hash,
                _ms(Item.first_seen),
                _ms(Item.last_seen),
                _ms(Item.retired_at),
            )
            .where(Item.id.in_(wanted[start : start + CHUNK]))
            .order_by(Item.id)
        )
        records += [
            ItemRecord(
                id=r[0],
                bank=r[1],
                topic=r[2],
                fact=r[3],
                kind=r[4],
                hash=r[5],
                first_seen=int(r[6]),
                last_seen=int(r[7]),
                retired_at=None if r[8] is None else int(r[8]),
            )
            for r in rows
        ]
    return records


def progress_of(store: Store, learner_id: int) -> Progress:
    """The learner's progress as a progress file holds it (their stable id made if
    missing)."""
    uid = _give_ids(store, learner_id)
    with store.read() as conn:
        learner = _learner(conn, learner_id, uid)
        attempts, attempt_uids = _attempts(conn, learner_id)
        reviews = _reviews(conn, learner_id, attempt_uids)
        referred = {r.item for r in reviews} | {i for a in attempts for i in a.items}
        items = _items(conn, referred)
    return Progress(learner=learner, items=items, reviews=reviews, attempts=attempts)


def progress_bytes(progress: Progress, now: datetime) -> bytes:
    """The bytes of the progress file holding ``progress``, exported at ``now``."""
    content = progress.model_dump_json(exclude_none=True).encode("utf-8")
    manifest = Manifest(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        app_version=__version__,
        exported_at=to_millis(now),
        content_sha256=hashlib.sha256(content).hexdigest(),
    )
    return pack(manifest.model_dump_json(indent=2).encode("utf-8"), content, now)


def export_progress(
    store: Store, learner_id: int, path: Path | str, now: datetime
) -> ExportSummary:
    """Write the learner's progress file at ``path`` (atomically, see ``outfile``)."""
    progress = progress_of(store, learner_id)
    data = progress_bytes(progress, now)
    written = write_output_file(path, data)
    return ExportSummary(
        written, progress.learner.name, len(progress.reviews), len(progress.attempts), len(data)
    )
