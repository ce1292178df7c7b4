"""The engine's service API: the one class the screens and the command line call.

``Trainer`` holds an open :class:`~trainer.store.Store`, the loaded items and a
clock, and offers profiles, item sync, the study queue with answers and undo,
home counts, quizzes and statistics. Every method that records something has
committed it durably when it returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Any, cast

from trainer.core.study import (
    answers,
    attempts,
    home_reads,
    items,
    practice,
    profiles,
    queue,
    stats,
)
from trainer.core.study.attempts import AttemptState
from trainer.core.study.days import SystemLocal, day_bounds
from trainer.core.study.profiles import Profile
from trainer.core.study.protocols import StudyItem
from trainer.core.study.queue import ALL, LearnerCache, StudyFilter
from trainer.core.study.quiz import Quiz, QuizSpec, build_quiz
from trainer.core.study.results import AnswerResult, HomeCounts, StudyCard
from trainer.core.study.scheduling import Grade, grade_for_score, preview
from trainer.store import Clock, Store, system_clock
from trainer.store.fast import FastCursor
from trainer.store.models import to_millis

_MS = timedelta(milliseconds=1)


class Trainer:
    """Study, quiz and statistics services over one store and the loaded items."""

    def __init__(
        self,
        store: Store,
        loaded: Iterable[StudyItem],
        clock: Clock | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self.store = store
        self.clock = clock or system_clock
        self.tz: tzinfo = tz if tz is not None else SystemLocal()
        self.items: dict[str, StudyItem] = {}
        self._orders: dict[StudyFilter, list[str]] = {}
        self._learners: dict[int, LearnerCache] = {}
        self._profiles: dict[int, Profile] = {}
        self._group_totals: Counter[tuple[str, str]] | None = None
        self._days: dict[int, tuple[datetime, datetime]] = {}
        self.sync_items(loaded)

    # -- items -------------------------------------------------------------------
    def sync_items(self, loaded: Iterable[StudyItem]) -> items.SyncReport:
        """Record the loaded items (new, changed, removed) and use them from now on."""
        current = list(loaded)
        report = items.sync_items(self.store, current, self.clock())
        self.items = {item.id: item for item in current}
        self._orders.clear()
        self._learners.clear()
        self._group_totals = None
        return report

    # -- profiles ----------------------------------------------------------------
    def create_profile(
        self,
        name: str,
        *,
        desired_retention: float = 0.9,
        daily_new_limit: int = 20,
        rollover_hour: int = 4,
    ) -> Profile:
        return profiles.create(
            self.store,
            name,
            self.clock(),
            desired_retention=desired_retention,
            daily_new_limit=daily_new_limit,
            rollover_hour=rollover_hour,
        )

    def profiles(self) -> list[Profile]:
        return profiles.list_all(self.store)

    def profile(self, learner_id: int) -> Profile:
        cached = self._profiles.get(learner_id)
        if cached is None:
            cached = self._profiles[learner_id] = profiles.get(self.store, learner_id)
        return cached

    def rename_profile(self, learner_id: int, name: str) -> Profile:
        self._profiles.pop(learner_id, None)
        return profiles.rename(self.store, learner_id, name)

    def update_settings(
        self,
        learner_id: int,
        *,
        desired_retention: float | None = None,
        daily_new_limit: int | None = None,
        rollover_hour: int | None = None,
    ) -> Profile:
        self._profiles.pop(learner_id, None)
        return profiles.update_settings(
            self.store,
            learner_id,
            desired_retention=desired_retention,
            daily_new_limit=daily_new_limit,
            rollover_hour=rollover_hour,
        )

    def delete_profile(self, learner_id: int) -> None:
        self._profiles.pop(learner_id, None)
        self._learners.pop(learner_id, None)
        profiles.delete(self.store, learner_id)

    # -- study queue -------------------------------------------------------------
    def _cache(self, learner_id: int) -> LearnerCache:
        cache = self._learners.get(learner_id)
        if cache is None:
            cache = queue.load_seen(self.store, learner_id, self.items)
            self._learners[learner_id] = cache
        return cache

    def _totals(self) -> Counter[tuple[str, str]]:
        if self._group_totals is None:
            self._group_totals = home_reads.item_totals(self.items)
        return self._group_totals

    def _order(self, filt: StudyFilter) -> list[str]:
        order = self._orders.get(filt)
        if order is None:
            order = queue.interleave(i for i in self.items.values() if filt.matches(i))
            self._orders[filt] = order
        return order

    def day_start(self, learner_id: int, now: datetime | None = None) -> datetime:
        """The UTC start of the learner's current study day."""
        return self._day_start(now or self.clock(), self.profile(learner_id).rollover_hour)

    def _day_start(self, now: datetime, rollover_hour: int) -> datetime:
        """``day_start`` in this zone, remembered until the next study day begins."""
        return self._day_bounds(now, rollover_hour)[0]

    def _day_bounds(self, now: datetime, rollover_hour: int) -> tuple[datetime, datetime]:
        """The start of the study day holding ``now`` and the start of the next one (a
        study day lasts 23 to 25 hours when the clocks change)."""
        known = self._days.get(rollover_hour)
        if known is not None and known[0] <= now < known[1]:
            return known
        self._days[rollover_hour] = bounds = day_bounds(now, self.tz, rollover_hour)
        return bounds

    def next_card(self, learner_id: int, filt: StudyFilter = ALL) -> StudyCard | None:
        """The next item to study (see ``queue`` for the order), or None when done."""
        now = self.clock()
        prof = self.profile(learner_id)
        start, following = self._day_bounds(now, prof.rollover_hour)
        cache = self._cache(learner_id)
        store = self.store
        with store.fast_query() as cur:  # (each query alone: usually the first decides)
            row = queue.first_due(store, cur, queue.DUE_QUERY, learner_id, now, self.items, filt)
            end = following - _MS  # as home_counts counts
            if row is None:
                row = queue.first_due(
                    store, cur, queue.TODAY_QUERY, learner_id, end, self.items, filt
                )
            if row is None and self._new_today(cur, cache, learner_id, start) < (
                prof.daily_new_limit
            ):
                new_id = queue.next_new(self._order(filt), cache, filt)
                if new_id is not None:
                    return StudyCard(new_id, True, None, now, prof.desired_retention)
            if row is None:
                row = queue.first_due(
                    store, cur, queue.AHEAD_QUERY, learner_id, end, self.items, filt
                )
            if row is None:
                return None
        memory = answers.memory_from_row(row[1:])
        return StudyCard(str(row[0]), False, memory, now, prof.desired_retention)

    def _new_today(
        self, cur: FastCursor, cache: LearnerCache, learner_id: int, start: datetime
    ) -> int:
        """Items met for the first time since ``start`` (counted once a day, then kept)."""
        start_ms = to_millis(start)
        if cache.new_today is None or cache.new_today[0] != start_ms:
            cache.new_today = (start_ms, queue.new_today(self.store, cur, learner_id, start))
        return cache.new_today[1]

    def preview_intervals(self, learner_id: int, item_id: str) -> dict[Grade, timedelta]:
        """The interval each of the four ratings would give ``item_id`` now."""
        with self.store.fast_read() as cur:
            memory = answers.load_memory(cur, self.store, learner_id, item_id)
        return preview(item_id, memory, self.clock(), self.profile(learner_id).desired_retention)

    def answer_card(
        self,
        learner_id: int,
        item_id: str,
        rating: int,
        response_ms: int | None = None,
        *,
        mode: str = queue.STUDY_MODE,
        score: float | None = None,
    ) -> AnswerResult:
        """Record a rating (1 Again … 4 Easy); committed durably before returning."""
        item = self.items.get(item_id)
        if item is None:
            raise KeyError(f"item {item_id!r} is not loaded")
        prof = self.profile(learner_id)
        cache = self._cache(learner_id)
        with self.store.fast_write() as cur:
            review_id, memory, previous = answers.record(
                self.store,
                cur,
                learner_id=learner_id,
                item_id=item_id,
                content_hash=item.content_hash,
                grade=int(rating),
                at=self.clock(),
                desired_retention=prof.desired_retention,
                mode=mode,
                score=score,
                response_ms=response_ms,
            )
        if previous is None:
            cache.seen.add(item_id)
            cache.seen_by_group[(item.bank_id, item.topic)] += 1
            met = cache.new_today
            studying = mode == queue.STUDY_MODE
            if studying and met is not None and to_millis(memory.first_review) >= met[0]:
                cache.new_today = (met[0], met[1] + 1)
        return AnswerResult(review_id, memory)

    def answer_scored(
        self, learner_id: int, item_id: str, fraction: float, response_ms: int | None = None
    ) -> AnswerResult:
        """Record a scored answer outside a quiz (mode ``workshop``), by the rating rule."""
        return self.answer_card(
            learner_id,
            item_id,
            grade_for_score(fraction),
            response_ms,
            mode="workshop",
            score=fraction,
        )

    def undo_last(self, learner_id: int) -> str | None:
        """Undo the learner's last answer; returns the item id to show again, or None."""
        undone = answers.undo_last(self.store, learner_id, self.clock())
        self._learners.pop(learner_id, None)
        return None if undone is None else undone[1]

    def is_new(self, learner_id: int, item_id: str) -> bool:
        """Whether the learner has never studied the item (or undid every rating of it)."""
        return item_id not in self._cache(learner_id).seen

    def home_counts(self, learner_id: int) -> HomeCounts:
        """What the home screen shows: due today and new available, by bank and topic."""
        now = self.clock()
        prof = self.profile(learner_id)
        start, following = self._day_bounds(now, prof.rollover_hour)
        cache = self._cache(learner_id)
        due = queue.due_by_group(self.store, learner_id, following, self.items)
        with self.store.fast_read() as cur:
            met_today = self._new_today(cur, cache, learner_id, start)
        return home_reads.count_home(
            due, self._totals(), cache.seen_by_group, met_today, prof.daily_new_limit
        )

    # -- practice (weak spots, mistakes) ---------------------------------------
    def weak_items(self, learner_id: int, limit: int = 50) -> list[str]:
        """Items with the lowest recall probability, then the most lapses."""
        return practice.weak_items(self.store, learner_id, self.items, self.clock(), limit)

    def mistakes(
        self, learner_id: int, days: int = practice.MISTAKES_DAYS, limit: int = 50
    ) -> list[str]:
        """Items answered wrong (Again) in the last ``days`` days, most recent first."""
        since = self.clock() - timedelta(days=days)
        return practice.mistakes(self.store, learner_id, self.items, since, limit)

    # -- quizzes -----------------------------------------------------------------
    def build_quiz(self, spec: QuizSpec) -> Quiz:
        """A quiz from the loaded items (see ``quiz`` for the rules)."""
        return build_quiz(self.items.values(), spec)

    def start_quiz(self, learner_id: int, quiz: Quiz) -> int:
        self.profile(learner_id)
        return attempts.start(self.store, learner_id, quiz, self.clock())

    def answer_quiz(
        self,
        attempt_id: int,
        position: int,
        *,
        fraction: float,
        correct: bool,
        response: object = None,
        response_ms: int | None = None,
    ) -> str:
        """Store one quiz answer with its score; it also updates the memory."""
        review_id = attempts.answer(
            self.store,
            attempt_id,
            position,
            fraction=fraction,
            correct=correct,
            response=response,
            response_ms=response_ms,
            now=self.clock(),
        )
        state = attempts.load(self.store, attempt_id)
        self._learners.pop(state.learner_id, None)
        return review_id

    def answer_quiz_response(
        self, attempt_id: int, position: int, response: object, response_ms: int | None = None
    ) -> tuple[str, float, bool]:
        """Score ``response`` with ``trainer.core.scoring`` and store it.

        The items must be the loader's questions. Returns (review id, fraction, correct).
        """
        from trainer.core.scoring import score  # the loader's question types

        item_id = attempts.load(self.store, attempt_id).item_ids[position]
        result = score(cast(Any, self.items[item_id]), response)
        review_id = self.answer_quiz(
            attempt_id,
            position,
            fraction=result.fraction,
            correct=result.correct,
            response=response,
            response_ms=response_ms,
        )
        return review_id, result.fraction, result.correct

    def finish_quiz(self, attempt_id: int) -> AttemptState:
        return attempts.finish(self.store, attempt_id, self.clock())

    def quiz_attempt(self, attempt_id: int) -> AttemptState:
        return attempts.load(self.store, attempt_id)

    def unfinished_quizzes(self, learner_id: int) -> list[int]:
        return attempts.unfinished(self.store, learner_id)

    # -- statistics --------------------------------------------------------------
    def statistics(self, learner_id: int, history_days: int = 30) -> stats.Statistics:
        prof = self.profile(learner_id)
        return stats.statistics(
            self.store,
            learner_id,
            self.items,
            self.clock(),
            self.tz,
            prof.rollover_hour,
            history_days,
        )
