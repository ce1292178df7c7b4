"""Which local learner a progress file's learner is: the same one, a namesake, or new.

The file's learner is the local learner who has the file's stable id (or one of the
ids the file says they are also known as). Failing that, a local learner with the same
name (ignoring case) is a namesake, a different person as far as the ids go: the
caller chooses whether to merge into them (:attr:`SameName.MERGE`: the ids are then
remembered as one person) or keep the file's learner apart under a free name
(:attr:`SameName.APART`: ``Amina (2)``). Otherwise the file's learner is new here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trainer.core.progress_files.container import ProgressFileError
from trainer.core.progress_files.schema import LearnerRecord
from trainer.store.learner_ids import add_aliases, ensure_own_uid, learners_by_uid
from trainer.store.models import Learner, from_millis

NAME_LENGTH = 200


class SameName(enum.StrEnum):
    """What to do with a file whose learner has a local namesake."""

    MERGE = "merge"
    """The same person: the file's progress goes to the local learner of that name."""
    APART = "apart"
    """Different people: the file's learner is added under a free name (``Amina (2)``)."""


class MatchKind(enum.StrEnum):
    SAME_LEARNER = "same learner"
    SAME_NAME = "same name"
    NEW = "new"


@dataclass(frozen=True)
class Match:
    """The local learner a file's learner is (``learner_id`` None when new here)."""

    kind: MatchKind
    learner_id: int | None
    local_name: str | None


class SameNameError(ProgressFileError):
    """A file's learner has a local namesake and no choice was given (merge or apart)."""

    def __init__(self, where: str, name: str, local_name: str) -> None:
        super().__init__(
            f"{where}: its learner {name!r} has the same name as the learner "
            f"{local_name!r} here, but is not known to be the same person. Choose whether "
            "to merge the two or keep them apart; nothing was imported."
        )
        self.where = where
        self.name = name
        self.local_name = local_name


def _names(conn: Connection) -> dict[str, tuple[int, str]]:
    rows = conn.execute(sa.select(Learner.id, Learner.name).order_by(Learner.id))
    found: dict[str, tuple[int, str]] = {}
    for learner_id, name in rows:
        found.setdefault(str(name).casefold(), (int(learner_id), str(name)))
    return found


def clean_name(name: str) -> str:
    """A name as profiles keep it: blanks squeezed to single spaces."""
    return " ".join(name.split())


def find_match(conn: Connection, learner: LearnerRecord) -> Match:
    """The local learner ``learner`` is (by stable id, else by name), or NEW."""
    by_uid = learners_by_uid(conn, [learner.id, *learner.also_known_as])
    if by_uid:
        learner_id = by_uid.get(learner.id, min(by_uid.values()))
        name = conn.execute(sa.select(Learner.name).where(Learner.id == learner_id)).scalar_one()
        return Match(MatchKind.SAME_LEARNER, learner_id, str(name))
    namesake = _names(conn).get(clean_name(learner.name).casefold())
    if namesake is not None:
        return Match(MatchKind.SAME_NAME, namesake[0], namesake[1])
    return Match(MatchKind.NEW, None, None)


def _free_name(conn: Connection, name: str) -> str:
    taken = _names(conn)
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: NAME_LENGTH - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def _create(conn: Connection, learner: LearnerRecord, name: str) -> int:
    key = conn.execute(
        sa.insert(Learner).values(
            name=name,
            created_at=from_millis(learner.created_at),
            desired_retention=learner.desired_retention,
            daily_new_limit=learner.daily_new_limit,
            rollover_hour=learner.rollover_hour,
        )
    ).inserted_primary_key
    assert key is not None
    learner_id = int(key[0])
    ensure_own_uid(conn, learner_id, learner.id)
    return learner_id


def resolve_learner(
    conn: Connection,
    learner: LearnerRecord,
    same_name: SameName | None,
    now: datetime,
    where: str,
) -> tuple[int, str]:
    """The local learner to merge into, made when new; returns (id, what was done).

    :class:`SameNameError` when there is a namesake and ``same_name`` is None. The file's
    ids are remembered as the learner's, so the next file of this learner is recognised.
    """
    match = find_match(conn, learner)
    name = clean_name(learner.name)
    if match.kind is MatchKind.SAME_LEARNER:
        assert match.learner_id is not None
        learner_id, how = match.learner_id, "same learner"
    elif match.kind is MatchKind.SAME_NAME and same_name is None:
        raise SameNameError(where, name, match.local_name or "")
    elif match.kind is MatchKind.SAME_NAME and same_name is SameName.MERGE:
        assert match.learner_id is not None
        learner_id, how = match.learner_id, "merged by name"
    elif match.kind is MatchKind.SAME_NAME:
        learner_id, how = _create(conn, learner, _free_name(conn, name)), "kept apart"
    else:
        learner_id, how = _create(conn, learner, name), "new learner"
    add_aliases(conn, learner_id, {learner.id, *learner.also_known_as}, now)
    return learner_id, how
