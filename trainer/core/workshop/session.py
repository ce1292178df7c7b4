"""A workshop being run: teams, their answers, the presenter's place, the leaderboard.

Every change is one write transaction through the :class:`~trainer.store.Store`, committed
durably (WAL, ``synchronous=FULL``) before the method returns: recording an answer, moving
to another question, revealing, saving the clock. If the app or the laptop dies,
:func:`unfinished_sessions` lists the sessions to offer for resuming and
:meth:`WorkshopSession.open` brings one back with its teams, answers, scores, position,
reveal state and the time left on the question's clock intact.

The clock: the presenter passes the time left (``clock_left_ms``) with every event it
records (:meth:`~WorkshopSession.save_clock` on start, pause and time up; the same
transaction as an answer or a reveal). Moving to another question clears it (``None``:
that question's clock was never started). :meth:`~WorkshopSession.state` returns it, so
a resumed session can show the question paused with the time it had left.

Points: a team earns ``points_per_question × fraction`` (partial credit as in
:mod:`trainer.core.scoring`). With the speed bonus on, a fully right answer given after
``elapsed_ms`` earns up to half the points again, in proportion to the time left:
``points × 0.5 × max(0, 1 − elapsed / (seconds × 1000))``, rounded to 2 decimals.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from trainer.core.banks.questions import Question
from trainer.core.banks.schema import SINGLE_LINE, text_problem
from trainer.core.scoring import NotScoredError, score
from trainer.core.study.attempts import response_json
from trainer.core.workshop.definition import Workshop, WorkshopError, parse_workshop
from trainer.core.workshop.session_records import Answer as Answer
from trainer.core.workshop.session_records import SessionInfo as SessionInfo
from trainer.core.workshop.session_records import SessionState as SessionState
from trainer.core.workshop.session_records import Standing as Standing
from trainer.core.workshop.session_records import Team as Team
from trainer.core.workshop.session_records import all_sessions as all_sessions
from trainer.core.workshop.session_records import insert_session, rank_teams
from trainer.core.workshop.session_records import unfinished_sessions as unfinished_sessions
from trainer.store import Store
from trainer.store.workshop_models import AnswerRow, SessionRow, TeamRow

Clock = Callable[[], datetime]
MAX_TEAM_NAME = 100
"""Most characters of a team name."""


def _now() -> datetime:
    return datetime.now(UTC)


def speed_points(points: float, seconds: int, elapsed_ms: int | None) -> float:
    """The speed bonus for a fully right answer (see the module docstring)."""
    if elapsed_ms is None:
        return 0.0
    left = max(0.0, 1.0 - elapsed_ms / (seconds * 1000))
    return round(points * 0.5 * left, 2)


class WorkshopSession:
    """A session of a workshop. Create with :meth:`start`, reopen with :meth:`open`."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        workshop: Workshop,
        questions: Mapping[str, Question],
        clock: Clock,
    ) -> None:
        self.store = store
        self.id = session_id
        self.workshop = workshop
        self.questions = questions
        self.clock = clock

    # -- creating and reopening ----------------------------------------------------
    @classmethod
    def start(
        cls,
        store: Store,
        workshop: Workshop,
        teams: Sequence[str],
        questions: Mapping[str, Question],
        clock: Clock = _now,
    ) -> WorkshopSession:
        """Record a new session with its teams (one transaction) and return it."""
        names = [n.strip() for n in teams]
        if not names or any(not n for n in names):
            raise WorkshopError("Add at least one team; team names cannot be empty.")
        if any(len(n) > MAX_TEAM_NAME or text_problem(n, SINGLE_LINE) for n in names):
            raise WorkshopError(
                f"Team names are plain text of at most {MAX_TEAM_NAME} characters, "
                "without tabs, line breaks or control characters."
            )
        if len({n.casefold() for n in names}) != len(names):
            raise WorkshopError("Two teams have the same name.")
        now = clock()
        with store.write() as conn:
            session_id = insert_session(
                conn,
                title=workshop.title,
                definition_yaml=workshop.to_yaml(),
                item_ids=workshop.items,
                team_names=names,
                now=now,
            )
        return cls(store, session_id, workshop, questions, clock)

    @classmethod
    def open(
        cls,
        store: Store,
        session_id: int,
        questions: Mapping[str, Question],
        clock: Clock = _now,
    ) -> WorkshopSession:
        """Reopen a session (e.g. after a crash) with everything it had recorded."""
        with store.read() as conn:
            text = conn.execute(
                select(SessionRow.definition_yaml).where(SessionRow.id == session_id)
            ).scalar()
        if text is None:
            raise WorkshopError(f"There is no workshop session {session_id}.")
        return cls(
            store, session_id, parse_workshop(text, f"session {session_id}"), questions, clock
        )

    # -- reading -------------------------------------------------------------------
    @property
    def item_ids(self) -> tuple[str, ...]:
        return self.workshop.items

    def question(self, position: int) -> Question | None:
        """The question at ``position``, or ``None`` when no loaded bank holds it now."""
        return self.questions.get(self.item_ids[position])

    def teams(self) -> list[Team]:
        with self.store.read() as conn:
            rows = conn.execute(
                select(TeamRow.id, TeamRow.name)
                .where(TeamRow.session_id == self.id)
                .order_by(TeamRow.ordinal)
            ).all()
        return [Team(r[0], r[1]) for r in rows]

    def team(self, name: str) -> Team:
        for team in self.teams():
            if team.name == name:
                return team
        raise WorkshopError(f"There is no team named {name!r} in this session.")

    def state(self) -> SessionState:
        """``(position, revealed, finished, clock_left_ms)`` as last committed."""
        with self.store.read() as conn:
            row = conn.execute(
                select(
                    SessionRow.position,
                    SessionRow.revealed,
                    SessionRow.finished_at,
                    SessionRow.clock_left_ms,
                ).where(SessionRow.id == self.id)
            ).one()
        return SessionState(row[0], bool(row[1]), row[2] is not None, row[3])

    @property
    def position(self) -> int:
        return self.state()[0]

    @property
    def revealed(self) -> bool:
        return self.state()[1]

    def answers(self, position: int | None = None) -> list[Answer]:
        """Recorded answers (of one question, or all), by position then team order."""
        a = AnswerRow
        query = (
            select(
                a.team_id,
                a.position,
                a.item_id,
                a.response_json,
                a.fraction,
                a.correct,
                a.points,
                a.elapsed_ms,
                a.answered_at,
            )
            .join(TeamRow, TeamRow.id == a.team_id)
            .where(a.session_id == self.id)
            .order_by(a.position, TeamRow.ordinal)
        )
        if position is not None:
            query = query.where(a.position == position)
        with self.store.read() as conn:
            rows = conn.execute(query).all()
        return [
            Answer(r[0], r[1], r[2], json.loads(r[3]), r[4], bool(r[5]), r[6], r[7], r[8])
            for r in rows
        ]

    def leaderboard(self) -> list[Standing]:
        """Teams by points (then right answers), tied teams sharing a rank."""
        with self.store.read():  # teams and answers of one instant
            teams, answers = self.teams(), self.answers()
        return rank_teams(teams, answers)

    def podium(self) -> list[Standing]:
        """The standings ranked 1 to 3 (more than three teams when some are tied)."""
        return [s for s in self.leaderboard() if s.rank <= 3]

    # -- writing (each call is one durable transaction) ------------------------------
    def _check_position(self, position: int) -> None:
        if not 0 <= position < len(self.item_ids):
            raise WorkshopError(f"There is no question {position + 1} in this workshop.")

    @staticmethod
    def _check_clock(clock_left_ms: int | None) -> None:
        if clock_left_ms is not None and clock_left_ms < 0:
            raise WorkshopError("The time left on the clock cannot be negative.")

    def _store_answer(
        self,
        team: Team,
        position: int,
        response: Any,
        fraction: float,
        elapsed_ms: int | None,
        clock_left_ms: int | None,
    ) -> Answer:
        w = self.workshop
        correct = fraction >= 1.0
        points = round(w.points_per_question * fraction, 2)
        if correct and w.speed_bonus:
            points += speed_points(w.points_per_question, w.seconds_per_question, elapsed_ms)
        now = self.clock()
        item_id = self.item_ids[position]
        question = self.question(position)
        stored = response_json(response)
        response = json.loads(stored)  # the answer holds what reopening the session reads
        with self.store.write() as conn:
            conn.execute(
                delete(AnswerRow).where(
                    AnswerRow.session_id == self.id,
                    AnswerRow.team_id == team.id,
                    AnswerRow.position == position,
                )
            )
            conn.execute(
                insert(AnswerRow).values(
                    session_id=self.id,
                    team_id=team.id,
                    position=position,
                    item_id=item_id,
                    response_json=stored,
                    fraction=fraction,
                    correct=correct,
                    points=points,
                    elapsed_ms=elapsed_ms,
                    answered_at=now,
                    content_hash=None if question is None else question.content_hash,
                )
            )
            this = SessionRow.id == self.id
            conn.execute(update(SessionRow).where(this).values(updated_at=now))
            if clock_left_ms is not None:  # only while the session is on this question
                conn.execute(
                    update(SessionRow)
                    .where(this, SessionRow.position == position)
                    .values(clock_left_ms=clock_left_ms)
                )
        return Answer(
            team.id, position, item_id, response, fraction, correct, points, elapsed_ms, now
        )

    def record(
        self,
        team: Team,
        position: int,
        response: Any,
        elapsed_ms: int | None = None,
        clock_left_ms: int | None = None,
    ) -> Answer:
        """Score ``response`` (as :func:`trainer.core.scoring.score` takes it) and commit it,
        with the time left on the clock when given (same transaction).

        Recording again for the same team and question replaces the earlier answer.
        """
        self._check_position(position)
        self._check_clock(clock_left_ms)
        question = self.question(position)
        if question is None:
            raise WorkshopError(
                f"The question {self.item_ids[position]} is not in the loaded banks."
            )
        try:
            fraction = score(question, response).fraction
        except NotScoredError as error:
            raise WorkshopError(f"{question.id} is a flashcard and cannot be scored.") from error
        return self._store_answer(team, position, response, fraction, elapsed_ms, clock_left_ms)

    def mark(
        self,
        team: Team,
        position: int,
        fraction: float,
        elapsed_ms: int | None = None,
        clock_left_ms: int | None = None,
    ) -> Answer:
        """Record the facilitator's judgement (1 right, 0 wrong, or partial) without a response."""
        self._check_position(position)
        self._check_clock(clock_left_ms)
        if not 0.0 <= fraction <= 1.0:
            raise WorkshopError("A mark is between 0 and 1.")
        return self._store_answer(team, position, None, fraction, elapsed_ms, clock_left_ms)

    def _set(self, **values: Any) -> None:
        values["updated_at"] = self.clock()
        with self.store.write() as conn:
            conn.execute(update(SessionRow).where(SessionRow.id == self.id).values(**values))

    def go_to(self, position: int) -> None:
        """Show the question at ``position`` (hidden answer, its clock not started)."""
        self._check_position(position)
        self._set(position=position, revealed=False, clock_left_ms=None)

    def next(self) -> bool:
        """Move to the next question; ``False`` (and no change) at the last one."""
        position = self.position
        if position + 1 >= len(self.item_ids):
            return False
        self.go_to(position + 1)
        return True

    def previous(self) -> bool:
        """Move back one question; ``False`` at the first one."""
        position = self.position
        if position == 0:
            return False
        self.go_to(position - 1)
        return True

    def reveal(self, revealed: bool = True, clock_left_ms: int | None = None) -> None:
        """Show (or hide again) the right answer of the current question, with the time
        left on the clock when given (same transaction)."""
        self._check_clock(clock_left_ms)
        if clock_left_ms is None:
            self._set(revealed=revealed)
        else:
            self._set(revealed=revealed, clock_left_ms=clock_left_ms)

    def save_clock(self, clock_left_ms: int | None, position: int | None = None) -> None:
        """Commit the time left on the current question's clock (``None``: not started).

        With ``position``, only while the session is still at that question: a clock
        read before a move must not land on the next question.
        """
        self._check_clock(clock_left_ms)
        if position is None:
            self._set(clock_left_ms=clock_left_ms)
            return
        with self.store.write() as conn:
            conn.execute(
                update(SessionRow)
                .where(SessionRow.id == self.id, SessionRow.position == position)
                .values(clock_left_ms=clock_left_ms, updated_at=self.clock())
            )

    def finish(self) -> None:
        """Mark the session finished: it is no longer offered for resuming."""
        self._set(finished_at=self.clock())
