"""Drives the study screen: asks the engine for the next card, records ratings, undoes.

Every engine call is an operation (``trainer.ui.operations``): a job on the worker
that returns the next :class:`_Step`; the presenter's own state changes only on the
UI thread, when the step comes back. The view only gets texts. The session ends when
the engine has no card left or after ``limit`` cards.

A practice session (``start_practice``) goes through a fixed list instead: the
engine's weakest items or the learner's recent mistakes, taken when it starts.
Its ratings are ordinary reviews: the schedule learns from them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance

from trainer.core.data_folder import DataFolder
from trainer.ui import texts
from trainer.ui.operations import Operations

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.study import StudyFilter, Trainer


class StudyView(Protocol):
    """What the presenter needs of the study screen (``trainer.ui.study.StudyScreen``)."""

    @property
    def reveal_requested(self) -> SignalInstance: ...
    @property
    def rated(self) -> SignalInstance: ...
    @property
    def undo_requested(self) -> SignalInstance: ...
    def set_busy(self, busy: bool) -> None: ...
    def set_can_undo(self, can_undo: bool) -> None: ...
    def show_progress(self, text: str, done: int, total: int) -> None: ...
    def show_question(self, meta: str, question: str) -> None: ...
    def show_answer(
        self, answer: str, explanation: str, source: str, intervals: Sequence[str]
    ) -> None: ...
    def show_summary(self, text: str) -> None: ...


@dataclass(frozen=True)
class _Card:
    """The card to show, with the interval of each rating computed on the worker."""

    item_id: str
    is_new: bool
    intervals: dict[int, timedelta]


@dataclass(frozen=True)
class _Plan:
    """What the worker needs to find the next card: a copy taken on the UI thread."""

    learner_id: int
    filter: StudyFilter | None
    practice: str | None
    queue: tuple[str, ...] = ()
    """Practice only: the items still to come."""


@dataclass(frozen=True)
class _Step:
    card: _Card | None
    question: Question | None
    due: int
    new: int
    queue: tuple[str, ...] = ()
    """Practice only: the items after this one."""


PRACTICE_SIZE = 20


# -- the jobs (worker thread: they read the plan, never the presenter) ---------------
def _card(engine: Trainer, learner_id: int, item_id: str, is_new: bool) -> _Card:
    intervals = engine.preview_intervals(learner_id, item_id)
    return _Card(item_id, is_new, {int(g): t for g, t in intervals.items()})


def _next_step(data_folder: DataFolder, plan: _Plan, card: _Card | None = None) -> _Step:
    """``card`` (or the next one: from the practice list, or the engine's) and the counts."""
    engine = data_folder.study
    queue = plan.queue
    if card is None and plan.practice is not None:
        while queue and card is None:
            item_id, queue = queue[0], queue[1:]
            if item_id in engine.items:
                card = _card(engine, plan.learner_id, item_id, False)
    elif card is None:
        found = (
            engine.next_card(plan.learner_id)
            if plan.filter is None
            else engine.next_card(plan.learner_id, plan.filter)
        )
        if found is not None:
            intervals = {int(g): t for g, t in found.intervals.items()}
            card = _Card(found.item_id, found.is_new, intervals)
    counts = engine.home_counts(plan.learner_id)
    due, new = counts.due, counts.new_today
    filt = plan.filter
    if filt is not None and plan.practice is None:  # the counts of what is studied
        chosen = [
            c
            for (bank, topic), c in counts.by_topic.items()
            if (not filt.banks or bank in filt.banks) and (not filt.topics or topic in filt.topics)
        ]
        due = sum(c.due for c in chosen)
        new = min(new, sum(c.new for c in chosen))
    question = None if card is None else data_folder.question(card.item_id)
    return _Step(card, question, due, new, queue)


def _practice_first(data_folder: DataFolder, plan: _Plan, size: int) -> _Step:
    engine = data_folder.study
    if plan.practice == "weak":
        queue = engine.weak_items(plan.learner_id, size)
    else:
        queue = engine.mistakes(plan.learner_id, limit=size)
    return _next_step(data_folder, replace(plan, queue=tuple(queue)))


def _undo(data_folder: DataFolder, plan: _Plan) -> _Step:
    """Undo the last rating and show its card again."""
    engine = data_folder.study
    item_id = engine.undo_last(plan.learner_id)
    if item_id is None or item_id not in engine.items:
        return _next_step(data_folder, plan)
    card = _card(engine, plan.learner_id, item_id, engine.is_new(plan.learner_id, item_id))
    return _next_step(data_folder, plan, card)


class StudyPresenter(QObject):
    """One study session for one learner."""

    def __init__(
        self,
        view: StudyView,
        ops: Operations,
        data_folder: DataFolder,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.clock = clock
        """Seconds from a monotonic clock: how long each card was looked at."""
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
        self.queue: tuple[str, ...] = ()
        view.reveal_requested.connect(self.reveal)
        view.rated.connect(self.rate)
        view.undo_requested.connect(self.undo)

    def _plan(self) -> _Plan:
        return _Plan(self.learner_id, self.filter, self.practice, self.queue)

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
        self._begin()
        data_folder, plan = self.data_folder, self._plan()
        self._run(lambda: _next_step(data_folder, plan))

    def start_practice(self, learner_id: int, kind: str, size: int = PRACTICE_SIZE) -> None:
        """Practise the ``size`` weakest items (``kind`` "weak") or recent mistakes."""
        if kind not in ("weak", "mistakes"):
            raise ValueError(f"unknown practice {kind!r}")
        self.learner_id = learner_id
        self.filter = None
        self.limit = None
        self.label = ""
        self.practice = kind
        self._begin()
        data_folder, plan = self.data_folder, self._plan()
        self._run(lambda: _practice_first(data_folder, plan, size))

    def _begin(self) -> None:
        self.queue = ()
        self.ratings.clear()
        self.history.clear()
        self.view.set_can_undo(False)

    def _run(self, job: Callable[[], _Step]) -> None:
        self.ops.run(job, self._show, busy=self.view)

    def _show(self, step: _Step) -> None:
        self.queue = step.queue
        self.view.set_can_undo(bool(self.history))
        done = len(self.history)
        reached = self.limit is not None and done >= self.limit
        if step.card is None or step.question is None or reached:
            self.card = self.question = None
            self.view.show_summary(self._summary(step))
            return
        self.card, self.question = step.card, step.question
        self.view.show_progress(*self._progress(step, done))
        question = step.question
        kind = texts.kind_names().get(question.kind, question.kind)
        new = self.tr("new") if step.card.is_new else self.tr("review")
        self.view.show_question(f"{question.topic} · {kind} · {new}", texts.study_front(question))
        self.shown_at = self.clock()

    def _progress(self, step: _Step, done: int) -> tuple[str, int, int]:
        """The progress line, the cards done and the cards in all."""
        if self.practice is not None:
            left = len(step.queue) + 1
            text = self.tr("Practice: {done} done · {left} left").format(done=done, left=left)
            return text, done, done + left
        counts = self.tr("{done} studied · {due} due · {new} new left today").format(
            done=done, due=step.due, new=step.new
        )
        if self.label:
            counts = self.tr("{what}: {counts}").format(what=self.label, counts=counts)
        return counts, done, done + step.due + step.new

    def _summary(self, step: _Step) -> str:
        done = len(self.history)
        if not done and self.practice == "weak":
            return self.tr("Nothing to practise yet: study some cards first.")
        if not done and self.practice == "mistakes":
            from trainer.core.study.practice import MISTAKES_DAYS

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
        elapsed = int((self.clock() - self.shown_at) * 1000)
        self.card = None
        self.history.append(grade)
        self.ratings[grade] += 1
        data_folder, plan = self.data_folder, self._plan()

        def answer_and_go_on() -> _Step:
            data_folder.study.answer_card(plan.learner_id, card.item_id, grade, elapsed)
            return _next_step(data_folder, plan)

        self._run(answer_and_go_on)

    def undo(self) -> None:
        if not self.history:
            return
        grade = self.history.pop()
        self.ratings[grade] -= 1
        plan = self._plan()
        shown = self.card
        if plan.practice is not None and shown is not None:
            plan = replace(plan, queue=(shown.item_id, *plan.queue))  # it comes after
        data_folder = self.data_folder
        self._run(lambda: _undo(data_folder, plan))
