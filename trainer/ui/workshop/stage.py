"""Runs a workshop session in front of a room: owns the flow between the core's
:class:`~trainer.core.workshop.WorkshopSession` and the two passive windows
(:mod:`~trainer.ui.workshop.stage_audience`, :mod:`~trainer.ui.workshop.stage_console`).

Keys (in either window): S start the clock, Space pause/resume, R reveal (again: hide),
N or Right next (at the last question: finish and show the podium), P or Left
previous, L leaderboard, H hide/show the console, 1–9 pick a team, then a letter for
its answer (multiple choice: each letter toggles an option; single choice and
true/false: the answer ends the pick) or + / − to mark it right or wrong (ends the
pick), Esc drops the team picked. While a team is picked, a letter that names one of
the question's choices (A–Z) is an answer, even S, R, N, P, L or H; other letters stay
commands. Right, Left, Space and Esc always keep their meaning. Moving to another
question drops the pick. The console shows the keys that work at each moment.

Every change goes through the one-worker :class:`~trainer.ui.tasks.TaskRunner` and is
committed by the core before the windows are redrawn from a fresh
:class:`~trainer.core.workshop.snapshot.Snapshot`.
The countdown is a :class:`~trainer.ui.workshop.stage_clock.Countdown`; the time it has
left is stored with every event (start, pause, reveal, an answer, time up; moving to
another question clears it), so a resumed session comes back paused with that time.

The windows, the task runner and the clock are handed in (see
:mod:`~trainer.ui.workshop.stage_protocols`): a test drives the presenter with fake
windows, a runner that runs each job at once and a clock it advances. Once closed, the
presenter writes nothing more (a restore may have replaced the data under it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from trainer.core.workshop.letter_answers import answer_by_letter
from trainer.core.workshop.snapshot import Snapshot, read_snapshot
from trainer.ui.operations import Failure, Operations
from trainer.ui.workshop.stage_clock import Countdown, TickClock
from trainer.ui.workshop.stage_keys import key_action
from trainer.ui.workshop.stage_protocols import JobRunner, StageWindowsView
from trainer.ui.workshop.stage_slides import (
    ANSWER_KEYS,
    Slide,
    letter,
    make_slide,
    missing_slide,
)
from trainer.ui.workshop.stage_view import board, keys_hint, team_lines

if TYPE_CHECKING:
    from trainer.core.workshop import WorkshopSession


class StagePresenter(QObject):
    """One running session: its windows, its clock, the team picked for the next key."""

    ready = Signal()
    changed = Signal()
    closed = Signal()

    def __init__(
        self,
        tasks: JobRunner,
        opener: Callable[[], WorkshopSession],
        *,
        windows: StageWindowsView,
        clock: TickClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``opener`` runs on the worker: it starts a new session or reopens one.
        ``windows`` are shown once it has; ``clock`` drives the countdown (default: the
        real time, a ``QTimer`` for the ticks)."""
        super().__init__(parent)
        self.tasks = tasks
        self.ops = Operations(tasks, lambda text: self.console.show_message(text))
        self.session: WorkshopSession | None = None
        self.slides: list[Slide] = []
        self.state: Snapshot | None = None
        self.view = "question"  # or "board"
        self.selected = -1
        self.windows = windows
        self.audience = windows.audience
        self.console = windows.console
        self._shown_position = -1
        self._closing = False
        self.clock = Countdown(self, clock)
        self.clock.ticked.connect(self._show_clock)
        self.clock.expired.connect(self._save_clock)
        for window in (self.audience, self.console):
            window.key_pressed.connect(self.handle_key)
            window.closed.connect(self.close)
        self.console.command.connect(self.command)
        self.console.mark_requested.connect(self.mark)

        def job() -> tuple[WorkshopSession, Snapshot]:
            session = opener()
            return session, read_snapshot(session)

        self.ops.run(job, self._opened, failure=self._failed)

    # -- opening and closing -----------------------------------------------------
    def _opened(self, out: tuple[WorkshopSession, Snapshot]) -> None:
        if self._closing:  # closed while opening: the session waits in the database
            return
        session, state = out
        self.session = session
        total = len(session.item_ids)
        seed = session.workshop.seed
        for position, item_id in enumerate(session.item_ids):
            question = session.question(position)
            self.slides.append(
                missing_slide(position + 1, total, item_id)
                if question is None
                else make_slide(question, position + 1, total, seed)
            )
        self.windows.show()
        self._apply(state)
        if state.clock_left_ms is not None and not state.finished:
            self.clock.restore(self._seconds(), state.clock_left_ms)  # resumed: paused
            self._show_clock()
        self.ready.emit()

    def close(self) -> None:
        """Close both windows (the session stays in the database, ready to resume)."""
        if self._closing:
            return
        if self.clock.running:  # keep the time left, as a pause would
            self.clock.pause()
            self._save_clock()
        self._closing = True
        self.clock.stop()
        self.windows.close()
        self.closed.emit()

    def _failed(self, failure: Failure) -> None:
        text = failure.message  # one vocabulary: operations.describe
        self.console.show_message(text)
        if self.session is None:
            self.windows.show_console_only()
            self.audience.show_message(text)

    # -- running work on the worker ------------------------------------------------
    def _do(self, action: Callable[[WorkshopSession], Any]) -> None:
        session = self.session
        if session is None or self._closing:
            return

        def job() -> Snapshot:
            action(session)
            return read_snapshot(session)

        self.ops.run(job, self._apply, failure=self._failed)

    def _clock_left(self) -> int | None:
        """The time left to store with an event (``None`` while the clock is not started)."""
        return self.clock.left_ms() if self.clock.started else None

    def _clock_now(self) -> tuple[int | None, int | None]:
        """``(elapsed_ms, clock_left_ms)`` of an answer, read at one instant."""
        left = self._clock_left()
        return (None if left is None else self.clock.total_ms - left), left

    def _save_clock(self) -> None:
        """Commit the time left (start, pause, time up); nothing to redraw."""
        session, left, state = self.session, self._clock_left(), self.state
        if session is None or self._closing or left is None or state is None:
            return
        position = state.position  # the question this clock belongs to

        def job() -> int:
            session.save_clock(left, position)
            return left

        self.ops.run(job, failure=self._failed)

    # -- drawing -----------------------------------------------------------------
    def _apply(self, state: Snapshot) -> None:
        if self._closing or self.session is None:
            return
        self.state = state
        if state.position != self._shown_position:
            self._shown_position = state.position
            self.clock.reset(self._seconds())
            if self.selected >= 0:  # another question: letters are commands again
                self._drop_team()
            if not state.finished:
                self.view = "question"
        slide = self.slides[state.position]
        nxt = state.position + 1
        upcoming = self.slides[nxt] if nxt < len(self.slides) else None
        self.console.show_slide(self.session.workshop.title, slide, upcoming)
        self.console.selected = self.selected
        self.console.set_teams(team_lines(state, slide))
        self.console.show_keys(keys_hint(state, slide, self.selected))
        if self.view == "board":
            title, rows, final = board(state)
            self.audience.show_board(title, rows, final=final)
        else:
            self.audience.show_slide(slide, state.revealed)
        self._show_clock()
        self.changed.emit()

    # -- the clock ---------------------------------------------------------------
    def _seconds(self) -> int:
        return self.session.workshop.seconds_per_question if self.session else 30

    def start_clock(self) -> None:
        if self.state is not None and not self.state.finished and not self.clock.running:
            self.clock.start()
            self._save_clock()
        self._show_clock()

    def pause_clock(self, save: bool = True) -> None:
        if self.clock.running:
            self.clock.pause()
            if save:
                self._save_clock()
        self._show_clock()

    def _show_clock(self) -> None:
        clock = self.clock
        seconds = clock.seconds_left()
        state = self.state
        if state is not None and state.finished:
            text = self.tr("Finished")
        elif state is not None and state.revealed:
            text = self.tr("Answer shown")
        elif clock.running:
            text = self.tr("Running")
        elif clock.started and seconds <= 0:
            text = self.tr("Time is up")
        elif clock.started:
            text = self.tr("Paused")
        else:
            text = self.tr("Press S to start the clock")
        self.console.show_state(text)
        self.console.show_countdown(seconds)
        finished = state is not None and state.finished
        self.audience.show_countdown(
            None if finished else seconds, paused=clock.started and not clock.running
        )

    # -- commands ----------------------------------------------------------------
    def command(self, name: str) -> None:
        state = self.state
        if state is None:
            return
        if name == "start":
            self.start_clock()
        elif name == "pause":
            if self.clock.running:
                self.pause_clock()
            else:
                self.start_clock()
        elif name == "reveal":
            self.pause_clock(save=False)  # saved with the reveal
            revealed, left = not state.revealed, self._clock_left()
            self.view = "question"
            self._do(lambda s: s.reveal(revealed, clock_left_ms=left))
        elif name == "next":
            if state.position + 1 < len(self.slides):
                self._do(lambda s: s.next())
            elif not state.finished:
                self.pause_clock(save=False)  # the session is finished: no clock to resume
                self.view = "board"
                self._do(lambda s: s.finish())
        elif name == "previous":
            self.view = "question"
            if state.position > 0:
                self._do(lambda s: s.previous())
            else:
                self._apply(state)
        elif name == "board":
            self.view = "question" if self.view == "board" else "board"
            self._apply(state)
        elif name == "hide":
            self.toggle_console()

    def toggle_console(self) -> None:
        self.windows.toggle_console()

    def pick_team(self, index: int) -> None:
        if self.state is None or not 0 <= index < len(self.state.teams):
            return
        self.selected = index
        self.console.show_message("")
        self._apply(self.state)

    def _drop_team(self) -> None:
        self.selected = -1
        self.console.show_message("")

    def letter_is_answer(self, index: int) -> bool:
        """Whether the letter ``index`` (0 = A) records an answer now: a team is picked
        and the letter names one of the current question's choices."""
        state = self.state
        if state is None or state.finished or not 0 <= self.selected < len(state.teams):
            return False
        slide = self.slides[state.position]
        return slide.lettered and index < min(len(slide.choices), len(ANSWER_KEYS))

    def answer_letter(self, index: int) -> None:
        state = self.state
        if state is None or state.finished:
            return
        if not 0 <= self.selected < len(state.teams):
            self.console.show_message(self.tr("Pick a team first: press its number (1–9)."))
            return
        slide = self.slides[state.position]
        if not slide.lettered:
            self.console.show_message(
                self.tr("Letters do not apply here: press + or − (or click ✓ / ✗).")
            )
            return
        if index >= len(slide.choices):
            self.console.show_message(
                self.tr("There is no choice {letter} in this question.").format(
                    letter=letter(index)
                )
            )
            return
        team, position = state.teams[self.selected], state.position
        elapsed, left = self._clock_now()
        if not slide.several_letters:  # one letter is the whole answer
            self._drop_team()
        self._do(
            lambda s: answer_by_letter(
                s, team, position, index, elapsed_ms=elapsed, clock_left_ms=left
            )
        )

    def mark(self, team_index: int, fraction: float) -> None:
        state = self.state
        if state is None or state.finished or not 0 <= team_index < len(state.teams):
            return
        self._drop_team()  # a mark is the whole answer
        team, position = state.teams[team_index], state.position
        elapsed, left = self._clock_now()
        self._do(lambda s: s.mark(team, position, fraction, elapsed_ms=elapsed, clock_left_ms=left))

    def handle_key(self, event: QKeyEvent) -> None:
        if not self.press(Qt.Key(event.key())):
            event.ignore()

    def press(self, key: Qt.Key) -> bool:
        """Do what ``key`` does now (see :mod:`.stage_keys`); ``False`` when it does nothing."""
        action = key_action(key, self.letter_is_answer)
        if action is None or self._closing:
            return False
        name, value = action
        if name == "command":
            self.command(str(value))
        elif name == "drop":
            self._drop_team()
            if self.state is not None:
                self._apply(self.state)
        elif name == "letter":
            self.answer_letter(int(value))
        elif name == "team":
            self.pick_team(int(value))
        else:  # "mark"
            self.mark(self.selected, float(value))
        return True
