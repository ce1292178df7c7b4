"""Schema revision 0005: every learner and quiz attempt has a stable id, older databases
included, and the ids merged into a learner go with the learner."""

from __future__ import annotations

import re
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trainer.core.progress_files import progress_of
from trainer.core.study import Trainer
from trainer.store import open_store
from trainer.store.learner_ids import time_ordered_uid

FIXTURES = Path(__file__).parent / "fixtures"
UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"


def test_the_models_match_the_migration(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import trainer.store.progress_models  # noqa: F401  (registers the tables)
    from trainer.store.models import Base

    store = open_store(tmp_path / "t.sqlite3")
    with store.read() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    names = ("learner_uid", "learner_alias", "progress_import", "quiz_attempt")
    assert [d for d in diff if any(n in repr(d) for n in names)] == []


@pytest.mark.parametrize("fixture", ["v1", "v2", "v3"])
def test_an_older_database_gives_its_learner_and_attempt_stable_ids(
    tmp_path: Path, fixture: str
) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"{fixture}.sqlite3", db)
    store = open_store(db)
    with store.read() as conn:
        (learner_uid,) = conn.exec_driver_sql("SELECT uid FROM learner_uid").scalars()
        (attempt_uid,) = conn.exec_driver_sql("SELECT uid FROM quiz_attempt").scalars()
    progress = progress_of(store, 1)  # and that is the id its progress file carries
    store.close()
    assert progress.learner.id == learner_uid and progress.attempts[0].uid == attempt_uid
    assert re.match(UUID, learner_uid) and re.match(UUID, attempt_uid)


def test_the_v5_fixture_keeps_its_ids_and_exports_them(tmp_path: Path) -> None:
    db = tmp_path / "v5.sqlite3"
    shutil.copy(FIXTURES / "v5.sqlite3", db)
    store = open_store(db)
    progress = progress_of(store, 1)
    with store.read() as conn:
        imports = conn.exec_driver_sql("SELECT reviews_added FROM progress_import").scalars()
        assert list(imports) == [2]
    store.close()
    assert progress.learner.id == "11111111-1111-4111-8111-111111111111"
    assert progress.learner.also_known_as == ["22222222-2222-4222-8222-222222222222"]
    assert [a.uid for a in progress.attempts] == ["33333333-3333-4333-8333-333333333333"]
    assert [r.undone_at is not None for r in progress.reviews] == [False, True, False]


def test_new_profiles_get_a_stable_id_that_goes_with_them(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    store = open_store(db)
    trainer = Trainer(store, [], clock=lambda: datetime(2026, 1, 1, tzinfo=UTC), tz=UTC)
    first = trainer.create_profile("Amina")
    second = trainer.create_profile("Bruno")
    with store.read() as conn:
        uids = dict(conn.exec_driver_sql("SELECT learner_id, uid FROM learner_uid").all())
    assert set(uids) == {first.id, second.id} and len(set(uids.values())) == 2
    trainer.rename_profile(first.id, "Amina K.")
    assert progress_of(store, first.id).learner.id == uids[first.id]
    trainer.delete_profile(first.id)
    with store.read() as conn:
        left = conn.exec_driver_sql("SELECT learner_id FROM learner_uid").scalars().all()
    assert left == [second.id]
    store.close()


def test_review_ids_are_version_7_uuids_in_time_order_with_74_random_bits() -> None:
    at_ms = 1_767_607_200_123
    ids = [time_ordered_uid(at_ms + n // 2) for n in range(400)]
    parsed = [uuid.UUID(text) for text in ids]
    assert [str(u) for u in parsed] == ids  # lower-case, hyphens where uuid puts them
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    assert [u.int >> 80 for u in parsed] == [at_ms + n // 2 for n in range(400)]
    assert sorted(ids[::2]) == ids[::2] and len(set(ids)) == len(ids)
    varied = 0  # every random bit (all but the version's 4 and the variant's 2) varies
    for u in parsed[1:]:
        varied |= u.int ^ parsed[0].int
    random_bits = (1 << 80) - 1 & ~(0xF << 76) & ~(0b11 << 62)
    assert varied & random_bits == random_bits
