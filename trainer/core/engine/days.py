"""Study days: a learner's day starts at the rollover hour in the local time zone.

All datetimes handed in and out are timezone-aware UTC; ``tz`` is the learner's
local zone (a fixed offset is assumed within one computation).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

DAY = timedelta(days=1)
DAY_MS = 86_400_000


def day_start(now: datetime, tz: tzinfo, rollover_hour: int) -> datetime:
    """The UTC start of the study day containing ``now``."""
    local = now.astimezone(tz)
    start = local.replace(hour=rollover_hour, minute=0, second=0, microsecond=0)
    if local < start:
        start -= DAY
    return start.astimezone(UTC)


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
