"""Study queue, answers, undo, replay and home counts through the real store."""

from __future__ import annotations

import dataclasses
from datetime import UTC, timedelta

import pytest
from enginekit import T0, FakeClock, It, make_items

from trainer.core.study import Grade, ProfileError, QuizSpec, StudyFilter, Trainer
from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.core.study.scheduling import grade_for_score
from trainer.store import Store


def test_new_items_interleave_topics_and_respect_daily_limit(trainer: Trainer) -> None:
    me = trainer.create_profile("Amina", daily_new_limit=5)
    seen = []
    for _ in range(5):
        card = trainer.next_card(me.id)
        assert card is not None and card.is_new
        seen.append(card.item_id)
        trainer.answer_card(me.id, card.item_id, Grade.GOOD, 1200)
    topics = [trainer.items[i].topic for i in seen]
    assert topics[:3] == ["topic 0", "topic 1", "topic 2"]
    assert trainer.home_counts(me.id).new_today == 0
    # Only learning steps later today remain (learn ahead), never a sixth new item.
    card = trainer.next_card(me.id)
    assert card is not None and not card.is_new


def test_due_items_come_first_most_overdue_first(trainer: Trainer, clock: FakeClock) -> None:
    me = trainer.create_profile("B", daily_new_limit=3)
    ids = []
    for _ in range(3):
        card = trainer.next_card(me.id)
        assert card is not None
        ids.append(card.item_id)
        trainer.answer_card(me.id, card.item_id, Grade.AGAIN)
        clock.advance(seconds=10)
    clock.advance(minutes=30)
    card = trainer.next_card(me.id)
    assert card is not None and card.item_id == ids[0] and not card.is_new
    assert card.intervals[Grade.AGAIN] < card.intervals[Grade.EASY]


def test_filters_restrict_the_queue(store: Store, clock: FakeClock) -> None:
    items = [*make_items(bank="a"), It("x.1", bank_id="x", tags=("law",)), It("x.2", bank_id="x")]
    t = Trainer(store, items, clock=clock, tz=UTC)
    me = t.create_profile("C")
    card = t.next_card(me.id, StudyFilter(banks=frozenset({"x"}), tags=frozenset({"law"})))
    assert card is not None and card.item_id == "x.1"
    t.answer_card(me.id, "x.1", Grade.EASY)
    clock.advance(days=1)
    assert t.next_card(me.id, StudyFilter(tags=frozenset({"law"}))) is None


def test_answers_are_replayable_and_undo_restores(trainer: Trainer, clock: FakeClock) -> None:
    me = trainer.create_profile("D", daily_new_limit=50)
    before = None
    for step in range(60):
        card = trainer.next_card(me.id)
        assert card is not None
        grade = [Grade.GOOD, Grade.AGAIN, Grade.HARD, Grade.EASY][step % 4]
        trainer.answer_card(me.id, card.item_id, grade, 900)
        clock.advance(hours=7)
        if step == 58:
            with trainer.store.read() as conn:
                before = stored_memories(conn)
    assert trainer.undo_last(me.id) is not None
    with trainer.store.read() as conn:
        stored = stored_memories(conn)
        assert stored == replayed_memories(conn)
    assert stored == before


def test_undo_of_first_answer_makes_item_new_again(trainer: Trainer) -> None:
    me = trainer.create_profile("E")
    card = trainer.next_card(me.id)
    assert card is not None
    trainer.answer_card(me.id, card.item_id, Grade.GOOD)
    assert trainer.undo_last(me.id) == card.item_id
    again = trainer.next_card(me.id)
    assert again is not None and again.is_new and again.item_id == card.item_id
    assert trainer.undo_last(me.id) is None


def test_removed_items_leave_queue_and_changes_are_recorded(store: Store, clock: FakeClock) -> None:
    items = make_items(1, 2)
    t = Trainer(store, items, clock=clock, tz=UTC)
    me = t.create_profile("F")
    for item in items:
        t.answer_card(me.id, item.id, Grade.AGAIN)
    changed = It(items[1].id, topic=items[1].topic, content_hash="h2")
    report = t.sync_items([changed])
    assert report.retired == (items[0].id,) and report.changed == (items[1].id,)
    clock.advance(hours=1)
    card = t.next_card(me.id)
    assert card is not None and card.item_id == items[1].id
    with store.read() as conn:
        revs = conn.exec_driver_sql(
            "SELECT content_hash FROM item_revision WHERE item_id = ? ORDER BY id",
            (items[1].id,),
        ).all()
        kept = conn.exec_driver_sql("SELECT count(*) FROM review").scalar_one()
    assert [r[0] for r in revs] == ["h", "h2"] and kept == 2
    assert t.home_counts(me.id).due == 1
    report = t.sync_items(items)
    assert report.returned == (items[0].id,)


def test_home_counts_per_bank_and_topic(trainer: Trainer, clock: FakeClock) -> None:
    me = trainer.create_profile("G", daily_new_limit=4)
    counts = trainer.home_counts(me.id)
    assert counts.new_today == 4 and counts.due == 0
    assert counts.by_bank["b"].new == 12
    assert counts.by_topic[("b", "topic 0")].new == 4
    trainer.answer_card(me.id, "b.t0.q0", Grade.AGAIN)
    counts = trainer.home_counts(me.id)
    assert counts.by_topic[("b", "topic 0")].due == 1
    assert counts.by_topic[("b", "topic 0")].new == 3 and counts.new_today == 3


def test_weak_items_and_mistakes(trainer: Trainer, clock: FakeClock) -> None:
    me = trainer.create_profile("H")
    trainer.answer_card(me.id, "b.t0.q0", Grade.EASY)
    trainer.answer_card(me.id, "b.t1.q0", Grade.AGAIN)
    trainer.answer_card(me.id, "b.t2.q0", Grade.GOOD)
    clock.advance(days=3)
    assert trainer.weak_items(me.id, 2)[0] == "b.t1.q0"
    assert trainer.mistakes(me.id) == ["b.t1.q0"]
    clock.advance(days=30)
    assert trainer.mistakes(me.id) == []


def test_rating_rule() -> None:
    assert grade_for_score(1.0) == Grade.GOOD
    assert grade_for_score(0.5) == Grade.HARD
    assert grade_for_score(0.49) == Grade.AGAIN
    with pytest.raises(ValueError):
        grade_for_score(1.5)


def test_profiles(trainer: Trainer) -> None:
    a = trainer.create_profile("Zoe")
    trainer.create_profile("adam")
    with pytest.raises(ProfileError):
        trainer.create_profile("ZOE")
    with pytest.raises(ProfileError):
        trainer.create_profile("x", desired_retention=0.5)
    assert [p.name for p in trainer.profiles()] == ["adam", "Zoe"]
    assert trainer.rename_profile(a.id, "Zoé").name == "Zoé"
    assert trainer.update_settings(a.id, daily_new_limit=3).daily_new_limit == 3
    trainer.answer_card(a.id, "b.t0.q0", Grade.GOOD)
    trainer.delete_profile(a.id)
    assert [p.name for p in trainer.profiles()] == ["adam"]
    with trainer.store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM review").scalar_one() == 0


def test_clock_going_backwards_keeps_replay_exact(trainer: Trainer, clock: FakeClock) -> None:
    me = trainer.create_profile("Back")
    trainer.answer_card(me.id, "b.t0.q0", Grade.GOOD)
    clock.advance(days=-2)  # the laptop's clock was set back
    result = trainer.answer_card(me.id, "b.t0.q0", Grade.GOOD)
    assert result.memory.last_review is not None and result.memory.reps == 2
    with trainer.store.read() as conn:
        assert stored_memories(conn) == replayed_memories(conn)


def test_filtered_due_search_pages_past_other_items(store: Store, clock: FakeClock) -> None:
    items = [It(f"a.{n}", bank_id="a") for n in range(150)] + [It("x.1", bank_id="x")]
    t = Trainer(store, items, clock=clock, tz=UTC)
    me = t.create_profile("Pager", daily_new_limit=0)
    for item in items:
        t.answer_card(me.id, item.id, Grade.AGAIN)  # x.1 is answered last: least overdue
        clock.advance(seconds=1)
    clock.advance(hours=1)
    card = t.next_card(me.id, StudyFilter(banks=frozenset({"x"})))
    assert card is not None and card.item_id == "x.1"
    first = t.next_card(me.id)
    assert first is not None and first.item_id == "a.0"


def test_learn_ahead_then_nothing_left(store: Store, clock: FakeClock) -> None:
    t = Trainer(store, [It("only")], clock=clock, tz=UTC)
    me = t.create_profile("Ahead")
    t.answer_card(me.id, "only", Grade.AGAIN)  # due again in a minute or so
    card = t.next_card(me.id)
    assert card is not None and card.item_id == "only" and not card.is_new
    t.answer_card(me.id, "only", Grade.EASY)  # now days away
    assert t.next_card(me.id) is None


def test_unchanged_items_are_not_rewritten(store: Store, clock: FakeClock) -> None:
    items = make_items()
    Trainer(store, items, clock=clock, tz=UTC)
    store.changed = False
    clock.advance(hours=2)
    Trainer(store, items, clock=clock, tz=UTC)
    assert not store.changed  # nothing to record: no write, no backup on close
    clock.advance(days=2)
    Trainer(store, items, clock=clock, tz=UTC)
    assert store.changed  # last_seen refreshed once a day
    with store.read() as conn:
        seen = conn.exec_driver_sql("SELECT DISTINCT last_seen FROM item").all()
    assert len(seen) == 1


def test_daily_new_limit_follows_day_rollover_undo_and_quiz(
    trainer: Trainer, clock: FakeClock
) -> None:
    """The count of items met today is kept between steps; it must follow every change."""
    me = trainer.create_profile("Limit", daily_new_limit=2, rollover_hour=4)

    def new_cards() -> int:
        return trainer.home_counts(me.id).new_today

    met = []
    for _ in range(2):
        card = trainer.next_card(me.id)
        assert card is not None and card.is_new
        trainer.answer_card(me.id, card.item_id, Grade.GOOD)
        met.append(card.item_id)
    assert new_cards() == 0
    # Undo gives the new item back to today's allowance.
    undone = trainer.undo_last(me.id)
    assert new_cards() == 1
    card = trainer.next_card(me.id)
    assert card is not None and card.is_new and card.item_id == undone
    # A quiz answer meets a new item, but the allowance is for studying: a quiz does not
    # use it up (nor does a workshop answer).
    quiz = trainer.build_quiz(QuizSpec(count=6, seed=3))
    fresh = [i for i in quiz.item_ids if i not in met]
    quiz = dataclasses.replace(quiz, item_ids=(fresh[0],))
    attempt = trainer.start_quiz(me.id, quiz)
    trainer.answer_quiz(attempt, 0, fraction=1.0, correct=True)
    assert new_cards() == 1
    trainer.answer_scored(me.id, fresh[1], 1.0)
    assert new_cards() == 1
    trainer.answer_card(me.id, undone, Grade.GOOD)
    assert new_cards() == 0
    # The next study day (after the 04:00 rollover) starts a fresh allowance.
    clock.now = clock.now.replace(hour=3) + timedelta(days=1)
    assert new_cards() == 0  # still the same study day before 04:00
    clock.advance(hours=1, minutes=1)
    assert new_cards() == 2
    card = trainer.next_card(me.id)
    assert card is not None


def test_a_review_due_later_today_is_studied_today(trainer: Trainer, clock: FakeClock) -> None:
    """Home counts a review due at 18:00 as due today; Study must offer it at 06:00."""
    me = trainer.create_profile("Morning", rollover_hour=4)
    card = trainer.next_card(me.id)
    assert card is not None
    item = card.item_id
    memory = trainer.answer_card(me.id, item, Grade.GOOD).memory
    while memory.state != 2:  # learning steps until it graduates to review
        clock.now = memory.due
        memory = trainer.answer_card(me.id, item, Grade.GOOD).memory
    due_day_start = trainer.day_start(me.id, memory.due)
    clock.now = due_day_start + timedelta(hours=2)
    assert clock.now < memory.due  # due later in this study day
    assert trainer.home_counts(me.id).due == 1
    shown = trainer.next_card(me.id)
    assert shown is not None and shown.item_id == item and not shown.is_new


def test_review_ids_are_version_7_uuids_in_the_order_of_the_answers(
    trainer: Trainer, clock: FakeClock
) -> None:
    """Time-ordered ids make the review log's unique index grow at its end (one page
    written per answer, not a random one); they stay RFC 9562 UUIDs, unique as before."""
    import uuid

    me = trainer.create_profile("V", daily_new_limit=50)
    ids = []
    for _ in range(6):
        card = trainer.next_card(me.id)
        assert card is not None
        ids.append(trainer.answer_card(me.id, card.item_id, Grade.GOOD).review_id)
        clock.advance(seconds=1)
    parsed = [uuid.UUID(i) for i in ids]
    assert [u.version for u in parsed] == [7] * 6
    assert all(u.variant == uuid.RFC_4122 and str(u) == i for u, i in zip(parsed, ids, strict=True))
    assert ids == sorted(ids) and len(set(ids)) == 6
    assert parsed[0].int >> 80 == int(T0.timestamp() * 1000)  # the answer's time, in ms
