"""Study days: a learner's day starts at the rollover hour in the local time zone.

All datetimes handed in and out are timezone-aware UTC; ``tz`` is the learner's
local zone. The default, :class:`SystemLocal`, follows the operating system's zone
with its daylight-saving changes, so the day still starts at the rollover hour after
the clocks change, even in a session left open across the change. Grouping by day in
SQL (``shift_ms``) uses one offset, today's, for the whole history.
"""

from __future__ import annotations

import calendar
import time
from datetime import UTC, date, datetime, timedelta, tzinfo

DAY = timedelta(days=1)
DAY_MS = 86_400_000


class SystemLocal(tzinfo):
    """The operating system's local time zone, daylight saving included.

    Offsets come from ``time.localtime`` for each instant (the ``TZ`` variable or the
    system setting), so no time zone database is needed.
    """

    @staticmethod
    def _at_wall(dt: datetime) -> time.struct_time:
        """The local time in force at wall time ``dt`` (PEP 495 rules: a time that
        occurs twice is the first one unless ``fold=1``; a time skipped by the clock
        change takes the offset from before the change unless ``fold=1``)."""
        guess = calendar.timegm((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second))
        before = time.localtime(guess - 86_400).tm_gmtoff
        after = time.localtime(guess + 86_400).tm_gmtoff
        order = (after, before) if dt.fold else (before, after)
        for offset in order:
            tm = time.localtime(guess - offset)
            if tm.tm_gmtoff == offset:
                return tm
        # In the gap: the zone as it was the day before (fold=0) or after (fold=1).
        return time.localtime(guess + (86_400 if dt.fold else -86_400))

    def utcoffset(self, dt: datetime | None) -> timedelta:
        tm = time.localtime() if dt is None else self._at_wall(dt)
        return timedelta(seconds=tm.tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        tm = time.localtime() if dt is None else self._at_wall(dt)
        if tm.tm_isdst <= 0:
            return timedelta(0)
        standard = -time.timezone
        return timedelta(seconds=tm.tm_gmtoff - standard)

    def tzname(self, dt: datetime | None) -> str:
        return (time.localtime() if dt is None else self._at_wall(dt)).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        naive = dt.replace(tzinfo=None)
        offset = time.localtime(calendar.timegm(naive.timetuple())).tm_gmtoff
        wall = naive + timedelta(seconds=offset)
        first = self._at_wall(wall).tm_gmtoff  # fold=0 reading of this wall time
        return wall.replace(tzinfo=self, fold=0 if first == offset else 1)

    def __repr__(self) -> str:
        return "SystemLocal()"


def day_start(now: datetime, tz: tzinfo, rollover_hour: int) -> datetime:
    """The UTC start of the study day containing ``now``."""
    local = now.astimezone(tz)
    start = local.replace(hour=rollover_hour, minute=0, second=0, microsecond=0)
    if local < start:
        start -= DAY
    return start.astimezone(UTC)


def day_bounds(now: datetime, tz: tzinfo, rollover_hour: int) -> tuple[datetime, datetime]:
    """The UTC start of the study day holding ``now`` and the start of the next one (a
    study day lasts 23 to 25 hours when the clocks change)."""
    start = day_start(now, tz, rollover_hour)
    # 30 hours on is always inside the next study day.
    return start, day_start(start + timedelta(hours=30), tz, rollover_hour)


def study_date(at: datetime, tz: tzinfo, rollover_hour: int) -> date:
    """The calendar date of the study day containing ``at``."""
    return (at.astimezone(tz) - timedelta(hours=rollover_hour)).date()


def shift_ms(now: datetime, tz: tzinfo, rollover_hour: int) -> int:
    """Milliseconds to add to an epoch time so that integer division by a day gives
    the study day number (for grouping in SQL)."""
    offset = now.astimezone(tz).utcoffset() or timedelta(0)
    return int(offset.total_seconds() * 1000) - rollover_hour * 3_600_000


def day_number_to_date(number: int) -> date:
    """The date of study-day number ``number`` (days since 1970-01-01)."""
    return date(1970, 1, 1) + timedelta(days=number)
