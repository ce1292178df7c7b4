"""Study days across a daylight-saving change, with the system's own local zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from enginekit import FakeClock, make_items

from trainer.core.study import Grade, Trainer
from trainer.core.study.days import SystemLocal, day_start, study_date
from trainer.store import Store
from trainer.store.models import MemoryState

# Central European rules written out, so that no time zone database is needed:
# CET (UTC+1), CEST (UTC+2) from the last Sunday of March 02:00 to the last Sunday
# of October 03:00. In 2026 the changes are on 29 March and 25 October.
PARIS_RULES = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[SystemLocal]:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix-only")
    monkeypatch.setenv("TZ", PARIS_RULES)
    time.tzset()
    yield SystemLocal()
    monkeypatch.undo()
    time.tzset()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def answer_new_cards(trainer: Trainer, learner_id: int, count: int) -> list[str]:
    """Answer the next ``count`` cards Good; returns their item ids."""
    done = []
    for _ in range(count):
        card = trainer.next_card(learner_id)
        assert card is not None
        trainer.answer_card(learner_id, card.item_id, Grade.GOOD)
        done.append(card.item_id)
    return done


def test_offsets_follow_the_clock_change(paris: SystemLocal) -> None:
    assert utc(2026, 3, 28, 12).astimezone(paris).utcoffset() == timedelta(hours=1)
    assert utc(2026, 3, 29, 12).astimezone(paris).utcoffset() == timedelta(hours=2)
    assert utc(2026, 3, 29, 12).astimezone(paris).hour == 14
    assert utc(2026, 10, 25, 12).astimezone(paris).hour == 13
    assert utc(2026, 3, 29, 12).astimezone(paris).tzname() == "CEST"
    assert utc(2026, 3, 29, 12).astimezone(paris).dst() == timedelta(hours=1)
    assert utc(2026, 1, 5, 12).astimezone(paris).dst() == timedelta(0)


def test_day_starts_at_rollover_hour_on_both_sides_of_the_change(paris: SystemLocal) -> None:
    # The day before the change starts at 04:00 CET = 03:00 UTC ...
    assert day_start(utc(2026, 3, 28, 12), paris, 4) == utc(2026, 3, 28, 3)
    # ... the day of the change at 04:00 CEST = 02:00 UTC (a fixed offset taken the
    # day before would say 03:00 UTC, an hour late).
    assert day_start(utc(2026, 3, 29, 12), paris, 4) == utc(2026, 3, 29, 2)
    assert day_start(utc(2026, 10, 25, 12), paris, 4) == utc(2026, 10, 25, 3)
    # Before the rollover hour it is still the previous study day.
    assert day_start(utc(2026, 3, 29, 1, 30), paris, 4) == utc(2026, 3, 28, 3)
    assert study_date(utc(2026, 3, 29, 1, 30), paris, 4).isoformat() == "2026-03-28"


def test_trainer_left_open_across_the_change(paris: SystemLocal, store: Store) -> None:
    clock = FakeClock(utc(2026, 3, 28, 20))
    trainer = Trainer(store, make_items(), clock=clock)  # default zone: the system's
    me = trainer.create_profile("Open all weekend", rollover_hour=4)
    assert trainer.day_start(me.id) == utc(2026, 3, 28, 3)
    clock.now = utc(2026, 3, 29, 2, 30)  # 04:30 CEST: the new study day has begun
    assert trainer.day_start(me.id) == utc(2026, 3, 29, 2)


def test_statistics_on_the_days_the_clocks_change(paris: SystemLocal, store: Store) -> None:
    """With the day starting at midnight, the change (02:00/03:00) falls between the
    start of the study day and now: today must still be today, and the forecast whole."""
    clock = FakeClock(utc(2026, 10, 25, 10))  # autumn: 11:00 CET, the day began in CEST
    trainer = Trainer(store, make_items(), clock=clock)
    me = trainer.create_profile("Midnight", rollover_hour=0)
    answer_new_cards(trainer, me.id, 2)
    stats = trainer.statistics(me.id, history_days=3)
    assert [(d.day.isoformat(), d.reviews) for d in stats.days][-1] == ("2026-10-25", 2)
    assert stats.streak == 1
    assert stats.forecast[0][0].isoformat() == "2026-10-25"

    # spring: an item due in the last half hour of the 14-day window
    clock.now = utc(2026, 3, 29, 10)  # 12:00 CEST, the day began at 00:00 CET
    spring = trainer.create_profile("Spring", rollover_hour=0)
    answer_new_cards(trainer, spring.id, 1)
    window_end = trainer.day_start(spring.id) + timedelta(days=14)
    with store.write() as conn:
        conn.execute(
            sa.update(MemoryState)
            .where(MemoryState.learner_id == spring.id)
            .values(due=window_end - timedelta(minutes=30))
        )
    forecast = trainer.statistics(spring.id).forecast
    assert len(forecast) == 14 and sum(n for _d, n in forecast) == 1
    assert forecast[0][0].isoformat() == "2026-03-29"


def test_undone_review_does_not_make_a_streak(trainer: Trainer) -> None:
    me = trainer.create_profile("Undo")
    card = trainer.next_card(me.id)
    assert card is not None
    trainer.answer_card(me.id, card.item_id, Grade.GOOD)
    assert trainer.statistics(me.id).streak == 1
    trainer.undo_last(me.id)
    assert trainer.statistics(me.id).streak == 0


def test_a_day_start_in_the_skipped_hour_uses_the_offset_before_the_change(
    paris: SystemLocal,
) -> None:
    # 02:00 on 29 March does not exist in Paris; like zoneinfo, read it as 02:00 CET.
    assert day_start(utc(2026, 3, 29, 1, 30), paris, 2) == utc(2026, 3, 29, 1)
    assert day_start(utc(2026, 3, 29, 1, 0), paris, 2) == utc(2026, 3, 29, 1)
    assert day_start(utc(2026, 3, 29, 0, 59), paris, 2) == utc(2026, 3, 28, 1)
    # 02:30 on 25 October occurs twice: fold 0 is the first (CEST), fold 1 the second.
    wall = datetime(2026, 10, 25, 2, 30, tzinfo=paris)
    assert wall.utcoffset() == timedelta(hours=2)
    assert wall.replace(fold=1).utcoffset() == timedelta(hours=1)
    second = utc(2026, 10, 25, 1, 30).astimezone(paris)
    assert (second.hour, second.fold) == (2, 1)
    assert second.astimezone(UTC) == utc(2026, 10, 25, 1, 30)


def test_system_local_agrees_with_the_zone_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every 15 minutes of 2026, in two zones, as wall times and from UTC."""
    zoneinfo = pytest.importorskip("zoneinfo")
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix-only")
    for name in ("Europe/Paris", "America/New_York"):
        try:
            zone = zoneinfo.ZoneInfo(name)
        except zoneinfo.ZoneInfoNotFoundError:
            pytest.skip("no time zone database on this machine")
        monkeypatch.setenv("TZ", name)
        time.tzset()
        local = SystemLocal()
        t = utc(2026, 1, 1)
        while t < utc(2027, 1, 1):
            mine, theirs = t.astimezone(local), t.astimezone(zone)
            assert mine.replace(tzinfo=None) == theirs.replace(tzinfo=None), (name, t)
            assert mine.fold == theirs.fold, (name, t)
            wall = theirs.replace(tzinfo=None)
            for fold in (0, 1):
                assert wall.replace(tzinfo=local, fold=fold).utcoffset() == (
                    wall.replace(tzinfo=zone, fold=fold).utcoffset()
                ), (name, wall, fold)
            for hour in (0, 2, 4):
                assert day_start(t, local, hour) == day_start(t, zone, hour), (name, t, hour)
            t += timedelta(minutes=15)
    monkeypatch.undo()
    time.tzset()


def test_the_long_and_the_short_study_day(paris: SystemLocal, store: Store) -> None:
    """Autumn: the 25th lasts 25 hours; answers in its last hour are today's.
    Spring: the 28th lasts 23 hours; a review due at 04:30 CEST on the 29th is not."""
    clock = FakeClock(utc(2026, 10, 25, 22, 30))  # 23:30 CET, still the 25th
    trainer = Trainer(store, make_items(), clock=clock)
    me = trainer.create_profile("Late", rollover_hour=0)
    answer_new_cards(trainer, me.id, 2)
    stats = trainer.statistics(me.id, history_days=2)
    assert [(d.day.isoformat(), d.reviews) for d in stats.days][-1] == ("2026-10-25", 2)
    assert stats.streak == 1

    clock.now = utc(2026, 3, 28, 12)  # Saturday; the next study day starts 29th 04:00 CEST
    early = trainer.create_profile("Early", rollover_hour=4)
    (answered,) = answer_new_cards(trainer, early.id, 1)
    with store.write() as conn:  # make it a review due at 04:30 CEST on the 29th
        conn.execute(
            sa.update(MemoryState)
            .where(MemoryState.learner_id == early.id)
            .values(state=2, due=utc(2026, 3, 29, 2, 30))
        )
    trainer.sync_items(make_items())  # drop the cached memory of the queue
    assert trainer.home_counts(early.id).due == 0
    shown = trainer.next_card(early.id)
    assert shown is None or shown.item_id != answered
