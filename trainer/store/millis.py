"""Times as the progress database keeps them: integer milliseconds since the Unix epoch.

Plain functions, without SQLAlchemy: ``models.UTCMillis`` converts with them, and so
does code that reads rows straight from the DBAPI cursor (``trainer.store.fast``).
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_millis(value: datetime) -> int:
    """Milliseconds since the epoch for an aware datetime (naive ones are refused)."""
    if value.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware (UTC)")
    return int(value.timestamp() * 1000)


def from_millis(value: int) -> datetime:
    """The aware UTC datetime for epoch milliseconds."""
    return datetime.fromtimestamp(value / 1000, tz=UTC)
