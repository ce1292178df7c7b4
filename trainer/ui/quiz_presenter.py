"""Drives a quiz and its results: builds and starts an attempt, shows each page, scores
and records answers through the core, skips and comes back, counts down, finishes.

Scoring and recording are the engine's ``answer_quiz_response``, an operation on the
worker (``trainer.ui.operations``); its result changes the presenter on the UI thread.
An attempt can be resumed after a crash: everything answered is already in the
database. The countdown reads an injected clock; the view creates the answer widget
and asks the questions, so a test drives the presenter with a fake view.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.core import numbers
from trainer.core.data_folder import DataFolder
from trainer.ui import texts
from trainer.ui.app_state import AppState
from trainer.ui.kind_views import SUPPORTED_KINDS
from trainer.ui.operations import Failure, Operations
from trainer.ui.quiz_setup import QuizChoice
from trainer.ui.quiz_views import QuizView, ResultsView

if TYPE_CHECKING:
    from trainer.core.study import AttemptState
    from trainer.ui.results import ResultsData


@dataclass
class _Answered:
    response: Any
    fraction: float
    correct: bool
    expected: str


class QuizPresenter(QObject):
    """One quiz attempt at a time, then its results."""

    started = Signal()
    finished = Signal()
    message = Signal(str)

    def __init__(
        self,
        view: QuizView,
        results: ResultsView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        feedback_mode: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.results_view = results
        self.ops = ops
        self.data_folder = data_folder
        self.feedback_mode = feedback_mode
        self.clock = clock
        """Seconds from a monotonic clock: the countdown and each answer's time."""
        self.time_up = False
        self.state: AttemptState | None = None
        self.position = 0
        self.answered: dict[int, _Answered] = {}
        self.skipped: set[int] = set()
        self.shown_at = 0.0
        self.deadline: float | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        app_state.when_progress_replaced(self.abandon)
        view.submit_requested.connect(self.submit)
        view.next_requested.connect(self.next)
        view.skip_requested.connect(self.skip)
        view.back_requested.connect(self.back)
        view.finish_requested.connect(self.finish)

    @property
    def running(self) -> bool:
        return self.state is not None and self.state.finished_at is None

    # -- starting ----------------------------------------------------------------
    def start(self, learner_id: int, choice: QuizChoice) -> None:
        from trainer.core.study import QuizSpec

        spec = QuizSpec(
            count=choice.count,
            banks=choice.banks or (),
            topics=choice.topics or (),
            kinds=choice.kinds or tuple(SUPPORTED_KINDS),
            time_limit_s=choice.minutes * 60 if choice.minutes else None,
            seed=choice.seed,
        )
        for name, chosen in (("banks", choice.banks), ("topics", choice.topics)):
            if chosen == ():
                self.message.emit(self.tr("Tick at least one entry in {list}.").format(list=name))
                return
        if choice.kinds == ():
            self.message.emit(self.tr("Tick at least one kind of question."))
            return
        self.start_spec(learner_id, spec)

    def start_spec(self, learner_id: int, spec: Any, item_ids: tuple[str, ...] = ()) -> None:
        """Build (or, with ``item_ids``, take as given) a quiz, start an attempt, show it."""

        data_folder = self.data_folder

        def job() -> tuple[AttemptState, str | None]:
            from trainer.core.study import Quiz

            engine = data_folder.study
            if item_ids:
                quiz = Quiz(spec, spec.seed or 0, item_ids, len(item_ids))
            else:
                quiz = engine.build_quiz(spec)
            if not quiz.item_ids:
                from trainer.core.study import QuizError

                raise QuizError(quiz.shortfall or "No questions match this selection.")
            attempt = engine.start_quiz(learner_id, quiz)
            return engine.quiz_attempt(attempt), quiz.shortfall

        self.ops.run(job, lambda out: self._begin(*out), failure=self._failed)

    def resume(self, attempt_id: int) -> None:
        data_folder = self.data_folder
        self.ops.run(
            lambda: data_folder.study.quiz_attempt(attempt_id),
            lambda state: self._begin(state, None),
            failure=self._failed,
        )

    def _begin(self, state: AttemptState, shortfall: str | None) -> None:
        self.state = state
        self.answered = {
            a.position: _Answered(
                a.response, a.score, a.correct, texts.answer_line(self._question(a.position))
            )
            for a in state.answers
        }
        self.skipped = set()
        self.time_up = False
        left = state.time_left()
        self.deadline = None if left is None else self.clock() + left.total_seconds()
        if self.deadline is not None:
            self.timer.start()
            self.tick()
        else:
            self.view.show_countdown("")
        self.started.emit()
        first = state.next_position
        self._show(first if first is not None else 0)
        if shortfall:
            self.view.show_message(shortfall)

    # -- pages -------------------------------------------------------------------
    def _question(self, position: int) -> Any:
        assert self.state is not None
        return self.data_folder.question(self.state.item_ids[position])

    def _show(self, position: int) -> None:
        state = self.state
        assert state is not None
        self.position = position
        question = self._question(position)
        total = len(state.item_ids)
        kind = texts.kind_names().get(question.kind, question.kind)
        self.view.show_question(
            position=self.tr("Question {n} of {total}").format(n=position + 1, total=total),
            done=len(self.answered),
            total=total,
            meta=f"{question.topic} · {kind}",
            prompt=texts.quiz_prompt(question),
            instruction=texts.instruction(question),
            question=question,
            seed=state.seed,
            can_go_back=position > 0,
        )
        done = self.answered.get(position)
        if done is not None:
            self.view.set_response(done.response)
            if self.feedback_mode() == "immediate":
                self._feedback(question, done)
            else:
                self.view.show_answered()
        self.shown_at = self.clock()

    def _feedback(self, question: Any, done: _Answered) -> None:
        if done.correct:
            verdict = self.tr("Right.")
        elif done.fraction > 0:
            verdict = self.tr("Partly right ({n}).").format(n=numbers.percent(done.fraction))
        else:
            verdict = self.tr("Not right.")
        self.view.show_feedback(
            verdict, done.expected, question.explanation, question.source, done.correct
        )

    def submit(self) -> None:
        state = self.state
        if state is None or self.busy or self.position in self.answered:
            return
        response = self.view.response()
        if response is None:
            self.view.show_message(self.tr("Answer first, or skip this question (Alt+S)."))
            return
        position = self.position
        question = self._question(position)
        elapsed = round((self.clock() - self.shown_at) * 1000)
        attempt_id = state.id
        data_folder = self.data_folder
        expected = texts.answer_line(question)  # translated here, on the UI thread

        def job() -> _Answered:
            engine = data_folder.study
            _review, fraction, correct = engine.answer_quiz_response(
                attempt_id, position, response, elapsed
            )
            return _Answered(response, fraction, correct, expected)

        self.busy = True
        self.ops.run(
            job,
            lambda done: self._recorded(attempt_id, position, done),
            busy=self.view,
            failure=self._failed,
        )

    def _recorded(self, attempt_id: int, position: int, done: _Answered) -> None:
        self.busy = False
        if self.state is None or self.state.id != attempt_id:
            return  # the attempt was abandoned meanwhile (a restore)
        self.answered[position] = done
        self.skipped.discard(position)
        if self.time_up:
            self.finish(confirm=False)
            return
        if position != self.position:
            return
        if self.feedback_mode() == "immediate":
            self._feedback(self._question(position), done)
        else:
            self.next()

    def _next_open(self, after: int) -> int | None:
        assert self.state is not None
        total = len(self.state.item_ids)
        for step in range(1, total + 1):
            candidate = (after + step) % total
            if candidate not in self.answered:
                return candidate
        return None

    def next(self) -> None:
        if self.state is None or self.busy:
            return
        target = self._next_open(self.position)
        if target is None:
            self.finish(confirm=False)
        else:
            self._show(target)

    def skip(self) -> None:
        if self.state is None or self.busy:
            return
        self.skipped.add(self.position)
        target = self._next_open(self.position)
        if target is None or target == self.position:
            self.view.show_message(
                self.tr("This is the only question left: answer it, or finish the quiz.")
            )
            return
        self._show(target)

    def back(self) -> None:
        if self.state is not None and self.position > 0 and not self.busy:
            self._show(self.position - 1)

    def tick(self) -> None:
        """Show the time left, and finish when it is up (the timer calls it each second)."""
        if self.deadline is None:
            return
        left = max(0, math.ceil(self.deadline - self.clock()))
        minutes, seconds = divmod(left, 60)
        self.view.show_countdown(
            self.tr("Time left: {m}:{s:02d}").format(m=minutes, s=seconds), urgent=left < 60
        )
        if left <= 0:
            self.timer.stop()
            self._run_out()

    def _run_out(self) -> None:
        """Time is up: the answer on screen, if one is given, is recorded first, then
        the quiz finishes and the results say why."""
        self.time_up = True
        typed = self.view.response()
        if self.busy:
            return  # an answer is being recorded: its hand-back finishes the quiz
        if typed is not None and self.position not in self.answered:
            self.submit()
        else:
            self.finish(confirm=False)

    def abandon(self) -> None:
        """Forget the attempt on screen (its progress is being replaced by a restore):
        the clock stops and nothing more can be answered into it."""
        self.timer.stop()
        self.state = None
        self.answered = {}
        self.deadline = None

    # -- finishing and results ---------------------------------------------------
    def unanswered(self) -> int:
        return 0 if self.state is None else len(self.state.item_ids) - len(self.answered)

    def finish(self, confirm: bool = True) -> None:
        state = self.state
        if state is None or self.busy:
            return
        if confirm and self.unanswered():
            text = self.tr(
                "%n question(s) not answered yet count as wrong. Finish anyway?",
                "",
                self.unanswered(),
            )
            if not self.view.confirm(self.tr("Finish the quiz"), text):
                return
        self.timer.stop()
        self.busy = True
        data_folder = self.data_folder
        self.ops.run(
            lambda: data_folder.study.finish_quiz(state.id),
            self._show_results,
            failure=self._failed,
        )

    def show_results_of(self, attempt_id: int) -> None:
        self.time_up = False
        data_folder = self.data_folder
        self.ops.run(
            lambda: data_folder.study.quiz_attempt(attempt_id),
            self._show_results,
            failure=self._failed,
        )

    def show_session_results(self, session_id: int | None) -> None:
        """A workshop session's results (the newest when ``None``) on this screen: a phone
        game per participant, a team game per team; a quiz being taken stays as it was."""
        from trainer.ui.workshop_results import session_results

        data_folder = self.data_folder
        self.ops.run(
            lambda: session_results(data_folder, session_id),
            self._show_session,
            failure=self._failed,
        )

    def _show_session(self, data: ResultsData) -> None:
        self.results_view.show_results(data)
        self.finished.emit()

    def _show_results(self, state: AttemptState) -> None:
        from trainer.ui.quiz_results import results_data

        self.busy = False
        self.state = state
        self.results_view.show_results(results_data(state, self.data_folder.question, self.time_up))
        self.finished.emit()

    def retry_wrong(self) -> None:
        """A new attempt with the questions of the last one that were not fully right."""
        state = self.state
        if state is None:
            return
        right = {a.position for a in state.answers if a.correct}
        ids = tuple(i for p, i in enumerate(state.item_ids) if p not in right)
        if not ids:
            return
        from trainer.core.study import QuizSpec

        spec = QuizSpec(count=len(ids), seed=state.seed, shuffle=False)
        self.start_spec(state.learner_id, spec, ids)

    def _failed(self, failure: Failure) -> None:
        self.busy = False
        self.ops.report(failure.message)
