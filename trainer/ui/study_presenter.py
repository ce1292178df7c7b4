"""Drives the study screen: asks the engine for the next card, records ratings, undoes.

Every engine call runs on the task runner's worker thread; the view only gets
texts. The session ends when the engine has no card left or after ``limit`` cards.

A practice session (``start_practice``) goes through a fixed list instead: the
engine's weakest items or the learner's recent mistakes, taken when it starts.
Its ratings are ordinary reviews: the schedule learns from them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from trainer.core.data_folder import DataFolder
from trainer.ui import texts
from trainer.ui.study import StudyScreen
from trainer.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.engine import StudyFilter


@dataclass(frozen=True)
class _Card:
    """The card to show, with the interval of each rating computed on the worker."""

    item_id: str
    is_new: bool
    intervals: dict[int, timedelta]


@dataclass(frozen=True)
class _Step:
    card: _Card | None
    question: Question | None
    due: int
    new: int
    left: int = 0
    """Practice only: the items after this one."""


PRACTICE_SIZE = 20


class StudyPresenter(QObject):
    """One study session for one learner."""

    finished = Signal()
    failed = Signal(object)

    def __init__(self, view: StudyScreen, tasks: TaskRunner, backend: DataFolder) -> None:
        super().__init__(view)
        self.view = view
        self.tasks = tasks
        self.backend = backend
        self.learner_id = 0
        self.filter: StudyFilter | None = None
        self.limit: int | None = None
        self.label = ""
        """What is studied when it is not everything (a bank or a topic)."""
        self.card: _Card | None = None
        self.question: Question | None = None
        self.ratings: Counter[int] = Counter()
        self.history: list[int] = []
        self.shown_at = 0.0
        self.practice: str | None = None
        """None, or "weak" / "mistakes" while practising."""
        self.queue: list[str] = []
        view.reveal_requested.connect(self.reveal)
        view.rated.connect(self.rate)
        view.undo_requested.connect(self.undo)

    def start(
        self,
        learner_id: int,
        filt: StudyFilter | None = None,
        limit: int | None = None,
        label: str = "",
    ) -> None:
        """Study the due and new cards (of ``filt``; ``label`` names it on screen)."""
        self.learner_id = learner_id
        self.filter = filt
        self.limit = limit
        self.label = label
        self.practice = None
        self._begin(lambda: None)

    def start_practice(self, learner_id: int, kind: str, size: int = PRACTICE_SIZE) -> None:
        """Practise the ``size`` weakest items (``kind`` "weak") or recent mistakes."""
        if kind not in ("weak", "mistakes"):
            raise ValueError(f"unknown practice {kind!r}")
        self.learner_id = learner_id
        self.filter = None
        self.limit = None
        self.label = ""
        self.practice = kind

        def pick() -> None:
            engine = self.backend.engine
            if kind == "weak":
                self.queue = engine.weak_items(learner_id, size)
            else:
                self.queue = engine.mistakes(learner_id, limit=size)

        self._begin(pick)

    def _begin(self, first: Callable[[], object]) -> None:
        self.queue = []
        self.ratings.clear()
        self.history.clear()
        self.view.set_can_undo(False)
        self.view.set_busy(True)
        self._run(first)

    def _next_from_queue(self) -> _Card | None:
        engine = self.backend.engine
        while self.queue:
            item_id = self.queue.pop(0)
            if item_id in engine.items:
                intervals = engine.preview_intervals(self.learner_id, item_id)
                return _Card(item_id, False, {int(g): t for g, t in intervals.items()})
        return None

    def _next_step(self, card: _Card | None = None) -> _Step:
        engine = self.backend.engine
        if card is None and self.practice is not None:
            card = self._next_from_queue()
        elif card is None:
            found = (
                engine.next_card(self.learner_id)
                if self.filter is None
                else engine.next_card(self.learner_id, self.filter)
            )
            if found is not None:
                intervals = {int(g): t for g, t in found.intervals.items()}
                card = _Card(found.item_id, found.is_new, intervals)
        counts = engine.home_counts(self.learner_id)
        due, new = counts.due, counts.new_today
        filt = self.filter
        if filt is not None and self.practice is None:  # the counts of what is studied
            chosen = [
                c
                for (bank, topic), c in counts.by_topic.items()
                if (not filt.banks or bank in filt.banks)
                and (not filt.topics or topic in filt.topics)
            ]
            due = sum(c.due for c in chosen)
            new = min(new, sum(c.new for c in chosen))
        question = None if card is None else self.backend.question(card.item_id)
        return _Step(card, question, due, new, len(self.queue))

    def _run(self, action: Callable[[], object]) -> None:
        def job() -> _Step:
            again = action()
            return self._next_step(again if isinstance(again, _Card) else None)

        self.tasks.run(job, self._show, self._error)

    def _show(self, step: _Step) -> None:
        self.view.set_busy(False)
        self.view.set_can_undo(bool(self.history))
        done = len(self.history)
        reached = self.limit is not None and done >= self.limit
        if step.card is None or step.question is None or reached:
            self.card = self.question = None
            self.view.show_summary(self._summary(step))
            return
        self.card, self.question = step.card, step.question
        if self.practice is not None:
            self.view.show_progress(
                self.tr("Practice: {done} done · {left} left").format(
                    done=done, left=step.left + 1
                ),
                done,
                done + step.left + 1,
            )
        else:
            counts = self.tr("{done} studied · {due} due · {new} new left today").format(
                done=done, due=step.due, new=step.new
            )
            self.view.show_progress(
                self.tr("{what}: {counts}").format(what=self.label, counts=counts)
                if self.label
                else counts,
                done,
                done + step.due + step.new,
            )
        question = step.question
        kind = texts.kind_names().get(question.kind, question.kind)
        new = self.tr("new") if step.card.is_new else self.tr("review")
        self.view.show_question(f"{question.topic} · {kind} · {new}", texts.study_front(question))
        self.shown_at = time.monotonic()

    def _summary(self, step: _Step) -> str:
        done = len(self.history)
        if not done and self.practice == "weak":
            return self.tr("Nothing to practise yet: study some cards first.")
        if not done and self.practice == "mistakes":
            from trainer.core.engine.custom import MISTAKES_DAYS

            return self.tr("No mistakes in the last {days} days: nothing to go over.").format(
                days=MISTAKES_DAYS
            )
        if not done:
            return self.tr("Nothing is due right now, and no new items are left for today.")
        names = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        parts = [f"{name}: {self.ratings.get(g, 0)}" for g, name in enumerate(names, start=1)]
        return (
            self.tr("You studied %n card(s).", "", done)
            + "\n"
            + " · ".join(parts)
            + "\n"
            + self.tr("Still due today: {due}. New items left today: {new}.").format(
                due=step.due, new=step.new
            )
        )

    def reveal(self) -> None:
        if self.card is None or self.question is None:
            return
        intervals = [
            texts.interval_text(self.card.intervals[g]) for g in sorted(self.card.intervals)
        ]
        question = self.question
        self.view.show_answer(
            texts.answer_text(question), question.explanation, question.source, intervals
        )

    def rate(self, grade: int) -> None:
        card = self.card
        if card is None:
            return
        elapsed = int((time.monotonic() - self.shown_at) * 1000)
        self.view.set_busy(True)
        self.card = None
        self.history.append(grade)
        self.ratings[grade] += 1
        learner = self.learner_id
        self._run(lambda: self.backend.engine.answer_card(learner, card.item_id, grade, elapsed))

    def undo(self) -> None:
        if not self.history:
            return
        self.view.set_busy(True)
        grade = self.history.pop()
        self.ratings[grade] -= 1
        learner = self.learner_id
        shown = self.card  # in a practice it goes back on the list, to come after
        practising = self.practice is not None

        def undo_and_show_again() -> _Card | None:
            engine = self.backend.engine
            if practising and shown is not None:
                self.queue.insert(0, shown.item_id)
            item_id = engine.undo_last(learner)
            if item_id is None or item_id not in engine.items:
                return None
            intervals = engine.preview_intervals(learner, item_id)
            is_new = engine.is_new(learner, item_id)
            return _Card(item_id, is_new, {int(g): t for g, t in intervals.items()})

        self._run(undo_and_show_again)

    def _error(self, exc: BaseException) -> None:
        self.view.set_busy(False)
        self.failed.emit(exc)
