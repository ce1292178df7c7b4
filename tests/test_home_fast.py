"""Home read at start-up without SQLAlchemy (``DataFolder.load_home``): the same values
as the full load over real SQLite files, or None whenever only the full load can tell."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from trainer.core.banks import LoadResult
from trainer.core.data_folder import DataFolder
from trainer.core.home_fast import read_home
from trainer.core.home_snapshot import HOME_HISTORY_DAYS, HomeSnapshot
from trainer.core.study import QuizSpec, Trainer
from trainer.core.workshop.session_records import insert_session, unfinished_sessions
from trainer.paths import database_path
from trainer.store import StoreError, open_store
from trainer.store.engine import ENV_DATABASE_URL

BANKS = Path(__file__).parent / "study" / "data"
FIXTURES = Path(__file__).parent / "store" / "fixtures"
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


Steps = Callable[[Trainer, int, Clock], None]


def folder_with(tmp_path: Path, steps: Steps, *, names: tuple[str, ...] = ("Ada",)) -> Path:
    """A data folder (banks copied beside it) whose first profile went through ``steps``."""
    banks = tmp_path / "banks"
    shutil.copytree(BANKS, banks)
    data = tmp_path / "data"
    folder = DataFolder(data, [banks])
    result = folder.read_banks()
    clock = Clock()
    trainer = Trainer(folder.open_store(), result.questions, clock=clock, tz=UTC)
    learners = [trainer.create_profile(name).id for name in names]
    steps(trainer, learners[0], clock)
    folder.close()
    return data


def study(trainer: Trainer, learner: int, count: int, ratings: tuple[int, ...] = (3,)) -> None:
    for n in range(count):
        card = trainer.next_card(learner)
        assert card is not None
        trainer.answer_card(learner, card.item_id, ratings[n % len(ratings)])


def both(
    data: Path, preferred: int | None, now: datetime
) -> tuple[HomeSnapshot, tuple[object, ...]]:
    """The fast path's snapshot, then what the full load and the study service give."""
    snapshot = read_home(DataFolder(data, [data.parent / "banks"]), preferred, now=now, tz=UTC)
    assert snapshot is not None
    with DataFolder(data, [data.parent / "banks"]) as folder:
        loaded = folder.load()
        assert folder.result is not None
        trainer = Trainer(folder.open_store(), folder.result.questions, clock=lambda: now, tz=UTC)
        learner = snapshot.learner_id
        workshops = unfinished_sessions(trainer.store)
        full = (
            loaded,
            trainer.profile(learner),
            trainer.home_counts(learner),
            trainer.statistics(learner, history_days=HOME_HISTORY_DAYS),
            trainer.unfinished_quizzes(learner),
            workshops[0].title if workshops else "",
        )
    return snapshot, full


def fields(snapshot: HomeSnapshot) -> tuple[object, ...]:
    return (
        snapshot.loaded,
        snapshot.profile,
        snapshot.counts,
        snapshot.statistics,
        snapshot.unfinished_quizzes,
        snapshot.interrupted_workshop,
    )


def test_a_fresh_profile(tmp_path: Path) -> None:
    data = folder_with(tmp_path, lambda trainer, learner, clock: None)
    snapshot, full = both(data, None, START)
    assert fields(snapshot) == full
    assert snapshot.profile.name == "Ada" and snapshot.counts.new_today == 10


def test_reviews_across_days_with_new_cards_today(tmp_path: Path) -> None:
    def steps(trainer: Trainer, learner: int, clock: Clock) -> None:
        study(trainer, learner, 5, (3, 1))
        clock.now += timedelta(days=1)
        study(trainer, learner, 4, (1, 3, 4))
        trainer.undo_last(learner)  # an undone review counts nowhere
        clock.now += timedelta(days=2, hours=3)
        study(trainer, learner, 3)  # today's: due ones first, then new ones

    data = folder_with(tmp_path, steps)
    now = START + timedelta(days=3, hours=5)
    snapshot, full = both(data, None, now)
    assert fields(snapshot) == full
    stats = snapshot.statistics
    assert stats.streak == 1 and sum(d.reviews for d in stats.days) == 11
    assert snapshot.counts.due > 0 and snapshot.counts.by_bank and snapshot.counts.by_topic


def test_an_unfinished_quiz_and_an_interrupted_workshop(tmp_path: Path) -> None:
    def steps(trainer: Trainer, learner: int, clock: Clock) -> None:
        study(trainer, learner, 2)
        quiz = trainer.build_quiz(QuizSpec(count=3, seed=7))
        attempt = trainer.start_quiz(learner, quiz)
        trainer.answer_quiz_response(attempt, 0, None)
        for title in ("Older game", "Newest game"):
            clock.now += timedelta(minutes=5)
            with trainer.store.write() as conn:
                insert_session(
                    conn,
                    title=title,
                    definition_yaml="title: x\n",
                    item_ids=["et.gmg-founded"],
                    team_names=["Red", "Blue"],
                    now=clock.now,
                )

    data = folder_with(tmp_path, steps)
    snapshot, full = both(data, None, START + timedelta(hours=1))
    assert fields(snapshot) == full
    assert len(snapshot.unfinished_quizzes) == 1
    assert snapshot.interrupted_workshop == "Newest game"


def test_the_preferred_learner_or_else_the_first_profile(tmp_path: Path) -> None:
    def steps(trainer: Trainer, learner: int, clock: Clock) -> None:
        study(trainer, learner, 3)

    data = folder_with(tmp_path, steps, names=("zoe", "Amina"))
    first, full = both(data, 999, START)  # no such learner: the first by name
    assert first.profile.name == "Amina" and fields(first) == full
    assert [p.name for p in first.loaded.profiles] == ["Amina", "zoe"]
    zoe = first.loaded.profiles[1].id
    chosen, full = both(data, zoe, START)
    assert chosen.learner_id == zoe and fields(chosen) == full
    assert chosen.counts.new_today == 7  # three of the daily limit's ten met today


def test_it_writes_nothing(tmp_path: Path) -> None:
    data = folder_with(tmp_path, lambda trainer, learner, clock: study(trainer, learner, 3))
    database = database_path(data)

    def state() -> tuple[list[str], str, int]:
        names = sorted(str(p.relative_to(data)) for p in data.rglob("*"))
        return names, hashlib.sha256(database.read_bytes()).hexdigest(), database.stat().st_mtime_ns

    before = state()
    assert DataFolder(data, [tmp_path / "banks"]).load_home(None) is not None
    assert state() == before


def fresh(tmp_path: Path) -> Path:
    return folder_with(tmp_path, lambda trainer, learner, clock: study(trainer, learner, 2))


def load_home(data: Path) -> HomeSnapshot | None:
    return DataFolder(data, [data.parent / "banks"]).load_home(None)


def test_none_without_a_database_or_a_profile(tmp_path: Path) -> None:
    data = tmp_path / "empty"
    assert DataFolder(data, [BANKS]).load_home(None) is None
    with DataFolder(data, [BANKS]) as folder:
        folder.load()  # the database and the items, no profile yet: the first run
    assert database_path(data).is_file()
    assert DataFolder(data, [BANKS]).load_home(None) is None


def test_none_for_an_older_schema(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "v5.sqlite3", database_path(data))
    with sqlite3.connect(database_path(data)) as conn:  # it has profiles: only the schema
        assert conn.execute("SELECT count(*) FROM learner").fetchone()[0] > 0
    assert DataFolder(data, [BANKS]).load_home(None) is None


def test_none_for_a_schema_other_than_the_head(tmp_path: Path) -> None:
    data = fresh(tmp_path)
    with sqlite3.connect(database_path(data)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")  # an upgrade to run
    conn.close()
    assert load_home(data) is None


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("Geneva Migration Group\n", "Geneva Migration Grouping\n"),
        lambda text: text.replace("  - id: et.gmg-founded", "  - id: et.gmg-founded-again"),
    ],
    ids=["changed", "added and removed"],
)
def test_none_when_the_banks_items_changed(tmp_path: Path, edit: Callable[[str], str]) -> None:
    data = fresh(tmp_path)
    bank = tmp_path / "banks" / "engine_test.yaml"
    text = bank.read_text(encoding="utf-8")
    assert edit(text) != text
    bank.write_text(edit(text), encoding="utf-8")
    assert load_home(data) is None


def test_none_for_a_file_the_full_load_finds_cut_short(tmp_path: Path) -> None:
    """Cut short where no query of Home reads (free pages at the end): SQLite reads on,
    but the full load refuses the file and offers a backup, so Home must wait for it."""
    data = fresh(tmp_path)
    database = database_path(data)
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE junk (b BLOB)")
    conn.execute("INSERT INTO junk VALUES (zeroblob(200000))")
    conn.commit()
    conn.execute("DROP TABLE junk")  # its pages stay in the file, free
    conn.commit()
    conn.close()
    page = int.from_bytes(database.read_bytes()[16:18], "big")
    with database.open("r+b") as file:
        file.truncate(database.stat().st_size - page)
    with pytest.raises(StoreError, match="part of it is missing"):
        open_store(database).close()
    assert load_home(data) is None


def test_none_for_a_damaged_file(tmp_path: Path) -> None:
    data = fresh(tmp_path)
    database = database_path(data)
    good = database.read_bytes()
    page = int.from_bytes(good[16:18], "big")
    database.write_bytes(good[:100] + b"\xff" * (page - 100) + good[page:])  # the schema page
    assert load_home(data) is None
    database.write_bytes(good[: len(good) // 2])  # cut short
    assert load_home(data) is None
    database.write_bytes(good)
    assert load_home(data) is not None


@pytest.mark.parametrize(
    "url",
    ["postgresql://trainer@localhost/trainer", "sqlite://", "sqlite:///{db}?mode=ro"],
)
def test_none_for_a_database_url_that_is_no_plain_sqlite_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    data = fresh(tmp_path)
    monkeypatch.setenv(ENV_DATABASE_URL, url.format(db=database_path(data)))
    assert load_home(data) is None


def test_a_plain_sqlite_url_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = fresh(tmp_path)
    moved = tmp_path / "elsewhere.sqlite3"
    database_path(data).rename(moved)
    assert load_home(data) is None
    monkeypatch.setenv(ENV_DATABASE_URL, f"sqlite:///{moved}")
    snapshot = load_home(data)
    assert snapshot is not None and snapshot.profile.name == "Ada"


def test_a_relative_sqlite_url_is_read_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sqlite:///name`` is relative to the working folder, as the full load reads it;
    a path that cannot be made a file URI must not raise."""
    data = fresh(tmp_path)
    monkeypatch.chdir(database_path(data).parent)
    monkeypatch.setenv(ENV_DATABASE_URL, f"sqlite:///{database_path(data).name}")
    snapshot = load_home(data)
    assert snapshot is not None and snapshot.profile.name == "Ada"


def test_a_wal_without_its_shm_is_left_to_the_full_load(tmp_path: Path) -> None:
    """Reading a -wal whose -shm is gone would make SQLite create the -shm: the fast
    path writes nothing beside the file, so it leaves that case to the full load."""
    data = fresh(tmp_path)
    database = database_path(data)
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE learner SET daily_new_limit = 3")
    writer.commit()
    wal, shm = (database.with_name(database.name + s) for s in ("-wal", "-shm"))
    assert wal.stat().st_size > 0
    shutil.copy(wal, tmp_path / "kept-wal")  # the committed change, as a crash leaves it
    writer.close()
    shutil.copy(tmp_path / "kept-wal", wal)
    shm.unlink(missing_ok=True)
    assert load_home(data) is None
    assert not shm.exists()


def test_the_full_load_after_the_quick_home_reads_the_banks_no_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = fresh(tmp_path)
    folder = DataFolder(data, [tmp_path / "banks"])
    reads: list[int] = []
    real = folder.read_banks

    def counted(*, use_cache: bool = True) -> LoadResult:
        reads.append(1)
        return real(use_cache=use_cache)

    monkeypatch.setattr(folder, "read_banks", counted)
    assert folder.load_home(None) is not None
    folder.load()
    assert len(reads) == 1
    folder.load()  # a reload (F5) reads them again
    assert len(reads) == 2
    folder.close()
