"""Learner profiles and their study settings (retention, new-item limit, rollover hour)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import Executable

from trainer.core.study.home_reads import Profile as Profile  # defined without SQLAlchemy
from trainer.core.study.home_reads import read_profile, read_profiles
from trainer.errors import UserError
from trainer.store import Store
from trainer.store.learner_ids import ensure_own_uid
from trainer.store.models import Learner


class ProfileError(UserError, ValueError):
    """A profile request that cannot be done (duplicate or empty name, bad setting)."""


def _check(desired_retention: float, daily_new_limit: int, rollover_hour: int) -> None:
    if not 0.7 <= desired_retention <= 0.99:
        raise ProfileError("Desired retention must be between 0.70 and 0.99.")
    if not 0 <= daily_new_limit <= 9999:
        raise ProfileError("The daily limit of new items must be between 0 and 9999.")
    if not 0 <= rollover_hour <= 23:
        raise ProfileError("The day-rollover hour must be between 0 and 23.")


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ProfileError("A profile needs a name.")
    if len(name) > 200:
        raise ProfileError("A profile name is at most 200 characters long.")
    return name


def _name_taken(conn: Connection, name: str, except_id: int | None = None) -> bool:
    query = sa.select(Learner.id).where(sa.func.lower(Learner.name) == name.lower())
    if except_id is not None:
        query = query.where(Learner.id != except_id)
    return conn.execute(query).first() is not None


_COLUMNS = (
    Learner.id,
    Learner.name,
    Learner.created_at,
    Learner.desired_retention,
    Learner.daily_new_limit,
    Learner.rollover_hour,
)
STATEMENTS: dict[str, Executable] = {
    "profiles.list_all": sa.select(*_COLUMNS).order_by(sa.func.lower(Learner.name)),
    "profiles.get": sa.select(*_COLUMNS).where(Learner.id == sa.bindparam("learner")),
}
"""Home's reads of profiles, by name (run by ``home_reads``; frozen for the start-up)."""


def create(
    store: Store,
    name: str,
    now: datetime,
    *,
    desired_retention: float = 0.9,
    daily_new_limit: int = 20,
    rollover_hour: int = 4,
) -> Profile:
    """Create a profile; names are unique ignoring case."""
    name = _clean_name(name)
    _check(desired_retention, daily_new_limit, rollover_hour)
    with store.write() as conn:
        if _name_taken(conn, name):
            raise ProfileError(f"There is already a profile named {name!r}.")
        new_id = conn.execute(
            sa.insert(Learner).values(
                name=name,
                created_at=now,
                desired_retention=desired_retention,
                daily_new_limit=daily_new_limit,
                rollover_hour=rollover_hour,
            )
        ).inserted_primary_key
        assert new_id is not None
        ensure_own_uid(conn, int(new_id[0]))  # the stable id its progress files carry
    return get(store, int(new_id[0]))


def get(store: Store, learner_id: int) -> Profile:
    """One profile; ``ProfileError`` when it does not exist."""
    with store.fast_read() as cur:
        profile = read_profile(cur, store.preparer(STATEMENTS), learner_id)
    if profile is None:
        raise ProfileError(f"There is no profile with id {learner_id}.")
    return profile


def list_all(store: Store) -> list[Profile]:
    """All profiles, by name."""
    with store.fast_read() as cur:
        return read_profiles(cur, store.preparer(STATEMENTS))


def rename(store: Store, learner_id: int, name: str) -> Profile:
    name = _clean_name(name)
    get(store, learner_id)
    with store.write() as conn:
        if _name_taken(conn, name, except_id=learner_id):
            raise ProfileError(f"There is already a profile named {name!r}.")
        conn.execute(sa.update(Learner).where(Learner.id == learner_id).values(name=name))
    return get(store, learner_id)


def update_settings(
    store: Store,
    learner_id: int,
    *,
    desired_retention: float | None = None,
    daily_new_limit: int | None = None,
    rollover_hour: int | None = None,
) -> Profile:
    """Change some settings; the others stay as they are."""
    old = get(store, learner_id)
    values = {
        "desired_retention": old.desired_retention
        if desired_retention is None
        else desired_retention,
        "daily_new_limit": old.daily_new_limit if daily_new_limit is None else daily_new_limit,
        "rollover_hour": old.rollover_hour if rollover_hour is None else rollover_hour,
    }
    _check(
        values["desired_retention"], int(values["daily_new_limit"]), int(values["rollover_hour"])
    )
    with store.write() as conn:
        conn.execute(sa.update(Learner).where(Learner.id == learner_id).values(**values))
    return get(store, learner_id)


def delete(store: Store, learner_id: int) -> None:
    """Delete a profile with all its progress (reviews, memory, quizzes)."""
    get(store, learner_id)
    with store.write() as conn:
        conn.execute(sa.delete(Learner).where(Learner.id == learner_id))
