"""Statistics: mastery, accuracy and reviews per day, streak, forecast."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

from enginekit import FakeClock, make_items

from trainer.core.study import Grade, Trainer
from trainer.core.study.days import day_start, study_date
from trainer.store import Store


def test_statistics_over_several_days(store: Store, clock: FakeClock) -> None:
    t = Trainer(store, make_items(2, 3), clock=clock, tz=UTC)
    me = t.create_profile("S", rollover_hour=4)
    for day in range(3):  # three consecutive study days
        t.answer_card(me.id, f"b.t0.q{day}", Grade.GOOD)
        t.answer_card(me.id, f"b.t1.q{day}", Grade.AGAIN)
        if day < 2:
            clock.advance(days=1)
    t.undo_last(me.id)  # the last Again does not count
    st = t.statistics(me.id, history_days=5)
    assert [d.reviews for d in st.days] == [0, 0, 2, 2, 1]
    assert [d.correct for d in st.days][-3:] == [1, 1, 1]
    assert st.days[-1].accuracy == 1.0 and st.days[0].accuracy is None
    assert st.streak == 3
    topic0 = st.by_topic[("b", "topic 0")]
    assert topic0.items == 3 and topic0.new == 0 and 0 < topic0.recall <= 1
    assert st.by_topic[("b", "topic 1")].new == 1
    assert st.by_bank["b"].items == 6
    assert len(st.forecast) == 14 and st.forecast[0][0] == st.days[-1].day
    assert sum(n for _d, n in st.forecast) == 5  # every seen item falls due within 14 days
    clock.advance(days=2)
    assert t.statistics(me.id).streak == 0


def test_streak_counts_from_yesterday_when_nothing_today(store: Store, clock: FakeClock) -> None:
    t = Trainer(store, make_items(), clock=clock, tz=UTC)
    me = t.create_profile("Y")
    t.answer_card(me.id, "b.t0.q0", Grade.GOOD)
    clock.advance(days=1)
    assert t.statistics(me.id).streak == 1


def test_day_rollover_in_local_time() -> None:
    tz = timezone(timedelta(hours=2))
    from datetime import datetime

    at = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 03:30 local, before a 4 o'clock rollover
    assert day_start(at, tz, 4) == datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
    assert str(study_date(at, tz, 4)) == "2026-03-01"
