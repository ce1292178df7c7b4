"""The running workshop as the screens see it: one controller shared by both windows.

:class:`Presenter` wraps a :class:`~trainer.core.workshop.WorkshopSession` (every change
is committed by the session before the call returns) and adds what only the room needs:
the countdown (kept as data: ``running``, ``remaining_ms``), the view mode (question,
leaderboard, podium) and the team picked for the next key press. Both windows redraw
from :meth:`slide` on the ``changed`` signal, so they never disagree.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.core.banks.questions import (
    MultipleChoiceQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.scoring import expected_text
from trainer.core.workshop import Standing, WorkshopError, WorkshopSession
from trainer.core.workshop.printable import LETTERS, paper_version

QUESTION, LEADERBOARD, PODIUM = "question", "leaderboard", "podium"


@dataclass(frozen=True, slots=True)
class Slide:
    """What to show for one question."""

    number: int
    total: int
    topic: str
    prompt: str
    choices: tuple[str, ...]
    """Options in screen order (letters A, B...); empty when teams answer out loud."""
    answer: str
    explanation: str
    source: str
    recordable: bool
    """True when a team's answer can be recorded as a letter (single choice, true/false)."""
    right: tuple[str, ...] = ()
    """The right entries of ``choices`` (highlighted on reveal)."""


def slide_for(question: Question | None, item_id: str, number: int, total: int, seed: int) -> Slide:
    """The slide of one question; a question no bank holds any more still shows its id."""
    if question is None:
        return Slide(
            number, total, "", f"({item_id} is not in the loaded banks)", (), "", "", "", False
        )
    if isinstance(question, TrueFalseQuestion):
        choices: tuple[str, ...] = ("True", "False")
    else:
        choices = paper_version([question], seed, f"screen:{question.id}")[0].choices
    recordable = isinstance(question, SingleChoiceQuestion | TrueFalseQuestion)
    if isinstance(question, SingleChoiceQuestion | MultipleChoiceQuestion):
        right: tuple[str, ...] = tuple(question.correct_options)
    elif isinstance(question, TrueFalseQuestion):
        right = (expected_text(question),)
    else:
        right = ()
    return Slide(
        number,
        total,
        question.topic,
        question.prompt,
        choices,
        expected_text(question),
        question.explanation,
        question.source,
        recordable,
        right,
    )


class Presenter(QObject):
    """Controls one running session; both windows call it and redraw on ``changed``."""

    changed = Signal()
    ticked = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.mode = QUESTION
        self.selected_team = 0
        self.error = ""
        self.total_ms = session.workshop.seconds_per_question * 1000
        self.remaining_ms = self.total_ms
        self.running = False
        self._started_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.tick)
        self.teams = session.teams()
        self._refresh()

    # -- state read by the windows ------------------------------------------------------
    def _refresh(self) -> None:
        self.position, self.revealed, self.finished = self.session.state()
        self.standings: list[Standing] = self.session.leaderboard()
        self.answers = {a.team_id: a for a in self.session.answers(self.position)}

    def slide(self, position: int | None = None) -> Slide | None:
        """The slide at ``position`` (default: the current one); None past the end."""
        position = self.position if position is None else position
        ids = self.session.item_ids
        if not 0 <= position < len(ids):
            return None
        return slide_for(
            self.session.question(position),
            ids[position],
            position + 1,
            len(ids),
            self.session.workshop.seed,
        )

    def points(self, team_id: int) -> float:
        return next((s.points for s in self.standings if s.team.id == team_id), 0.0)

    @property
    def seconds_left(self) -> int:
        return -(-self.remaining_ms // 1000)  # rounded up: "1" until the very end

    # -- timer ----------------------------------------------------------------------------
    def tick(self) -> None:
        now = self.clock()
        self.remaining_ms = max(0, self.remaining_ms - int((now - self._started_at) * 1000))
        self._started_at = now
        if self.remaining_ms == 0:
            self.running = False
            self._timer.stop()
        self.ticked.emit()

    def start(self) -> None:
        """Start (or resume) the countdown of the current question."""
        if self.running or self.remaining_ms == 0:
            return
        self.running = True
        self._started_at = self.clock()
        self._timer.start()
        self.ticked.emit()

    def pause(self) -> None:
        if self.running:
            self.tick()
            self.running = False
            self._timer.stop()
            self.ticked.emit()

    def toggle_timer(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def _reset_timer(self) -> None:
        self.running = False
        self._timer.stop()
        self.remaining_ms = self.total_ms

    def elapsed_ms(self) -> int | None:
        """Time used on the current question, or None when the timer was never started."""
        if self.running:
            self.tick()
        if self.remaining_ms == self.total_ms and not self.running:
            return None
        return self.total_ms - self.remaining_ms

    # -- navigation -----------------------------------------------------------------------
    def _done(self) -> None:
        self._refresh()
        self.changed.emit()

    def reveal(self) -> None:
        """Show the right answer (pressing again hides it)."""
        self.pause()
        self.mode = QUESTION
        self.session.reveal(not self.revealed)
        self._done()

    def next(self) -> None:
        if self.mode != QUESTION:
            self.mode = QUESTION
        elif not self.session.next():
            self.finish()
            return
        self._reset_timer()
        self.selected_team = 0
        self._done()

    def previous(self) -> None:
        if self.mode != QUESTION:
            self.mode = QUESTION
        else:
            self.session.previous()
        self._reset_timer()
        self._done()

    def toggle_leaderboard(self) -> None:
        self.mode = QUESTION if self.mode == LEADERBOARD else LEADERBOARD
        self._done()

    def finish(self) -> None:
        """End the workshop and show the podium (the session is no longer resumable)."""
        self._reset_timer()
        if not self.finished:
            self.session.finish()
        self.mode = PODIUM
        self._done()

    # -- recording answers ----------------------------------------------------------------
    def select_team(self, index: int) -> None:
        if 0 <= index < len(self.teams):
            self.selected_team = index
            self.changed.emit()

    def _after_record(self, index: int) -> None:
        self.selected_team = (index + 1) % len(self.teams)
        self.error = ""
        self._done()

    def record_choice(self, team_index: int, letter_index: int) -> None:
        """Record that team ``team_index`` chose the option with letter ``letter_index``."""
        slide = self.slide()
        if slide is None or not 0 <= team_index < len(self.teams):
            return
        if not slide.recordable or not 0 <= letter_index < len(slide.choices):
            self.error = "Use Y (right) or N (wrong) for this question."
            self.changed.emit()
            return
        choice = slide.choices[letter_index]
        question = self.session.question(self.position)
        response: object = choice == "True" if isinstance(question, TrueFalseQuestion) else choice
        try:
            self.session.record(self.teams[team_index], self.position, response, self.elapsed_ms())
        except WorkshopError as error:
            self.error = str(error)
            self.changed.emit()
            return
        self._after_record(team_index)

    def mark(self, team_index: int, right: bool) -> None:
        """Record the facilitator's judgement for a team: right or wrong."""
        if not 0 <= team_index < len(self.teams) or self.slide() is None:
            return
        self.session.mark(
            self.teams[team_index], self.position, 1.0 if right else 0.0, self.elapsed_ms()
        )
        self._after_record(team_index)


def letter(index: int) -> str:
    return LETTERS[index]
