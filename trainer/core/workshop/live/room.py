"""A phone game's room: its phases, its clock, what every phone sees, and the store.

:class:`Room` holds the game in memory and decides at once (under one lock, never
waiting for the disk); every change it accepts is handed to a
:class:`~trainer.store.group_commit.GroupCommitter`, and what it returns carries the
future that resolves once the change is on disk. :class:`~.game.LiveGame` adds the
participants (joining, answering) to it.

Phases (:class:`~trainer.core.workshop.live.records.Phase`): the lobby, then for each
question ``show`` (the question, its clock not started), ``start_clock`` (answers
count while it has time left), ``pause_clock``, ``reveal`` (stops the clock), the
leaderboard between questions, and the podium at the end (``finish``). The clock is
injected (:class:`~trainer.core.workshop.live.clock.Clock`); ``check_clock`` on a timer
notices when time is up.

Reopened (:meth:`Room.open`), a game comes back in its phase, at its question, with its
clock paused at the time it had left when last saved (on each move, and every second
while answers arrive).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from datetime import datetime
from typing import Any, Self

from trainer.core.banks.questions import Question
from trainer.core.banks.schema import SINGLE_LINE, text_problem
from trainer.core.workshop.definition import MAX_TEAMS, Workshop, WorkshopError
from trainer.core.workshop.live import storage
from trainer.core.workshop.live.clock import Clock, Countdown, SystemClock
from trainer.core.workshop.live.limits import (
    MAX_PARTICIPANT_LIMIT,
    PARTICIPANT_LIMIT,
    LiveRefused,
)
from trainer.core.workshop.live.phone_forms import refuse_unplayable
from trainer.core.workshop.live.records import (
    AnswerRecord,
    Change,
    JoinReceipt,
    Participant,
    Phase,
    Team,
)
from trainer.core.workshop.live.standings import (
    Standing,
    TeamStanding,
    rank_participants,
    rank_teams,
)
from trainer.core.workshop.live.texts import name_key, new_room_code, room_code_key
from trainer.core.workshop.session import MAX_TEAM_NAME
from trainer.store import Store
from trainer.store.group_commit import GroupCommitter, Write

Listener = Callable[[Change], None]


class Room:
    """A phone game's room. Create with :meth:`start`, reopen with :meth:`open`;
    :meth:`close` when done (the writes queued are committed first)."""

    def __init__(
        self,
        store: Store,
        room: storage.StoredRoom,
        questions: Mapping[str, Question],
        clock: Clock,
    ) -> None:
        self.store = store
        self.id = room.session_id
        self.workshop: Workshop = room.workshop
        self.room_code = room.room_code
        self.teams: tuple[Team, ...] = room.teams
        self.questions = questions
        self.clock = clock
        self.committer = GroupCommitter(store, name=f"live-game-{room.session_id}")
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self.phase = room.phase
        self.position = room.position
        self.revealed = room.revealed
        self.locked = room.locked
        self.limit = room.limit
        self.revision = 0
        """Grows with every change of what all phones see (phase, question, clock)."""
        self._finished_at: datetime | None = room.finished_at
        self._before_board = Phase.REVEAL if room.revealed else Phase.QUESTION
        self.countdown = Countdown(self._total_ms, room.clock_left_ms)
        self._clock_saved = clock.monotonic()
        self._time_up_saved = False
        self._people: dict[int, Participant] = {p.number: p for p in room.participants}
        self._by_token = {p.token_hash: p for p in room.participants}
        self._answers = {(a.participant, a.position): a for a in room.answers}
        self._joins: dict[str, JoinReceipt] = {}
        self._standings: list[Standing] | None = None
        self._team_standings: tuple[list[Standing], list[TeamStanding]] | None = None

    # -- creating, reopening, closing ----------------------------------------------------
    @classmethod
    def start(
        cls,
        store: Store,
        workshop: Workshop,
        questions: Mapping[str, Question],
        *,
        teams: Sequence[str] = (),
        limit: int = PARTICIPANT_LIMIT,
        clock: Clock | None = None,
    ) -> Self:
        """Record a new phone game (from the store's thread) and return it, in the lobby."""
        clock = clock or SystemClock()
        names = [t.strip() for t in teams]
        if any(not n or len(n) > MAX_TEAM_NAME or text_problem(n, SINGLE_LINE) for n in names):
            raise WorkshopError(
                f"Team names are plain text of 1 to {MAX_TEAM_NAME} characters, "
                "without tabs, line breaks or control characters."
            )
        if len({name_key(n) for n in names}) != len(names):
            raise WorkshopError("Two teams have the same name.")
        if len(names) > MAX_TEAMS:
            raise WorkshopError(f"A game has at most {MAX_TEAMS} teams.")
        if not 1 <= limit <= MAX_PARTICIPANT_LIMIT:
            raise WorkshopError(f"Allow 1 to {MAX_PARTICIPANT_LIMIT} participants.")
        refuse_unplayable(workshop, questions)
        code, now = new_room_code(), clock.now()
        session_id = storage.create_room(store, workshop, names, code, limit, now)
        return cls.open(store, session_id, questions, clock=clock)

    @classmethod
    def open(
        cls,
        store: Store,
        session_id: int,
        questions: Mapping[str, Question],
        *,
        clock: Clock | None = None,
    ) -> Self:
        """Reopen a phone game with its participants (their tokens work again), answers,
        phase and the time left on its clock (paused)."""
        room = storage.load_room(store, session_id)
        return cls(store, room, questions, clock or SystemClock())

    def close(self) -> None:
        """Commit what is queued and stop writing (before the store is closed)."""
        self.committer.close()

    def listen(self, listener: Listener) -> None:
        """Call ``listener`` after each change (on the thread that made it)."""
        self._listeners.append(listener)

    def _emit(self, change: Change | None) -> None:
        if change is None:
            return
        for listener in list(self._listeners):
            listener(change)

    # -- reading ------------------------------------------------------------------------
    @property
    def _total_ms(self) -> int:
        return self.workshop.seconds_per_question * 1000

    @property
    def item_ids(self) -> tuple[str, ...]:
        return self.workshop.items

    def question(self, position: int) -> Question | None:
        """The question at ``position``, or ``None`` when no loaded bank holds it."""
        return self.questions.get(self.item_ids[position])

    def check_room(self, code: object) -> None:
        """Refuse (``wrong_room``) a message with another room code."""
        if room_code_key(code) != self.room_code:
            raise LiveRefused("wrong_room")

    def participants(self, *, removed: bool = False) -> list[Participant]:
        """Participants in joining order (the removed ones too when asked)."""
        with self._lock:
            return [p for p in self._people.values() if removed or p.active]

    def participant(self, number: int) -> Participant:
        with self._lock:
            found = self._people.get(number)
        if found is None:
            raise LiveRefused("unknown_participant")
        return found

    def team_name(self, team_id: int | None) -> str | None:
        return next((t.name for t in self.teams if t.id == team_id), None)

    def answers_to(self, position: int) -> list[AnswerRecord]:
        """The answers of active participants to the question at ``position``."""
        with self._lock:
            return [
                a
                for (number, at), a in self._answers.items()
                if at == position and self._people[number].active
            ]

    def answer_of(self, number: int, position: int) -> AnswerRecord | None:
        with self._lock:
            return self._answers.get((number, position))

    def open_position(self) -> int | None:
        """The question being asked and not yet revealed: its answers do not count in
        the standings shown yet (a score that moved would tell right from wrong)."""
        hidden = self.phase in (Phase.QUESTION, Phase.LEADERBOARD) and not self.revealed
        return self.position if hidden else None

    def standings(self) -> list[Standing]:
        """The active participants ranked by the answers settled so far (every answer
        but those to :meth:`open_position`)."""
        with self._lock:
            if self._standings is None:
                hidden = self.open_position()
                settled = (a for a in self._answers.values() if a.position != hidden)
                self._standings = rank_participants(self._people.values(), settled)
            return self._standings

    def team_standings(self) -> list[TeamStanding]:
        """The teams ranked by their active members' :meth:`standings` (see
        :func:`~trainer.core.workshop.live.standings.rank_teams`); empty without teams."""
        with self._lock:
            standings = self.standings()
            cached = self._team_standings
            if cached is None or cached[0] is not standings:
                cached = self._team_standings = (standings, rank_teams(self.teams, standings))
            return cached[1]

    def time_left_ms(self) -> int | None:
        """The time left on the current question's clock (never negative)."""
        with self._lock:
            return self.countdown.shown_left(self.clock.monotonic())

    def lock(self, locked: bool = True) -> Future[Any]:
        """Close (or open again) joining."""
        with self._lock:
            self.locked = locked
            durable = self._save_state()
        self._emit(Change())
        return durable

    # -- the facilitator: phases ----------------------------------------------------------
    def _save_state(self) -> Future[Any]:
        left = self.countdown.left(self.clock.monotonic())
        writes = storage.write_state(
            self.id,
            {
                "position": self.position,
                "revealed": self.revealed,
                "clock_left_ms": None if left is None else max(0, left),
                "finished_at": self._finished_at,
                "now": self.clock.now(),
                "phase": self.phase.value,
                "locked": self.locked,
            },
        )
        return self.committer.submit(lambda conn: _run_all(conn, writes))

    def _move(self, change: Callable[[], bool]) -> Future[Any] | None:
        with self._lock:
            if not change():
                return None
            self.revision += 1
            self._standings = None
            self._clock_saved = self.clock.monotonic()
            durable = self._save_state()
        self._emit(Change(room=True))
        return durable

    def show(self, position: int) -> Future[Any]:
        """Ask the question at ``position`` (its clock not started, answer hidden)."""
        if not 0 <= position < len(self.item_ids):
            raise WorkshopError(f"There is no question {position + 1} in this workshop.")

        def change() -> bool:
            self.phase, self.position, self.revealed = Phase.QUESTION, position, False
            self.countdown = Countdown(self._total_ms)
            self._time_up_saved = False
            self._finished_at = None
            return True

        durable = self._move(change)
        assert durable is not None
        return durable

    def start_clock(self) -> Future[Any] | None:
        """Start (or resume) the question's clock; ``None`` when nothing changed."""
        now = self.clock.monotonic()
        return self._move(lambda: self.phase == Phase.QUESTION and self.countdown.start(now))

    def pause_clock(self) -> Future[Any] | None:
        return self._move(lambda: self.countdown.stop(self.clock.monotonic()))

    def check_clock(self) -> bool:
        """Call on a timer: when the running clock has just reached zero, save it and
        tell the phones (``True`` once per question)."""
        with self._lock:
            if self._time_up_saved or not self.countdown.ran_out(self.clock.monotonic()):
                return False
            self._time_up_saved = True
        self._move(lambda: True)
        return True

    def reveal(self, revealed: bool = True) -> Future[Any] | None:
        """Show the right answer (stopping the clock), or hide it again."""

        def change() -> bool:
            if self.phase not in (Phase.QUESTION, Phase.REVEAL, Phase.LEADERBOARD):
                return False
            self.countdown.stop(self.clock.monotonic())
            self.revealed = revealed
            self.phase = Phase.REVEAL if revealed else Phase.QUESTION
            return True

        return self._move(change)

    def show_leaderboard(self, shown: bool = True) -> Future[Any] | None:
        """Show the scores and ranks (or go back to the question or its reveal)."""

        def change() -> bool:
            if shown and self.phase in (Phase.QUESTION, Phase.REVEAL, Phase.LOBBY):
                self.countdown.stop(self.clock.monotonic())
                self._before_board = self.phase
                self.phase = Phase.LEADERBOARD
                return True
            if not shown and self.phase == Phase.LEADERBOARD:
                self.phase = self._before_board
                return True
            return False

        return self._move(change)

    def next(self) -> Future[Any]:
        """The next question (the first one from the lobby); after the last: the podium."""
        with self._lock:
            phase, position = self.phase, self.position
        if phase == Phase.LOBBY:
            return self.show(0)
        if position + 1 < len(self.item_ids):
            return self.show(position + 1)
        return self.finish()

    def previous(self) -> Future[Any] | None:
        with self._lock:
            phase, position = self.phase, self.position
        if phase == Phase.LOBBY or position == 0:
            return None
        return self.show(position - 1)

    def finish(self) -> Future[Any]:
        """End the game: the podium (it is no longer offered for resuming)."""

        def change() -> bool:
            self.countdown.stop(self.clock.monotonic())
            self.phase = Phase.PODIUM
            self._finished_at = self.clock.now()
            return True

        durable = self._move(change)
        assert durable is not None
        return durable


def _run_all(conn: Any, writes: Iterable[Write]) -> None:
    for write in writes:
        conn.execute(write.statement, dict(write.values))
