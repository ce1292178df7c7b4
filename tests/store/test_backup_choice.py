"""Which backup holds the newest progress is told by what the backups hold, not by the
clock time in their names: a backup made while the clock was a day ahead must not win
over the later ones, at recovery or at thinning (real engine, real files)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

from storekit import T0, Clock

from trainer.core.study import Trainer
from trainer.store import Store, open_store, recover_from_backup
from trainer.store import backups as bk


class Item:
    def __init__(self, n: int) -> None:
        self.id = f"choice.q{n}"
        self.kind = "flashcard"
        self.bank_id = "choice"
        self.topic = "topic"
        self.tags: tuple[str, ...] = ()
        self.difficulty = 1
        self.fact_id = self.id
        self.form = None
        self.content_hash = "h"


ITEMS = [Item(n) for n in range(80)]


class Study:
    """A learner answering new cards on a store whose clock the test sets."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = tmp_path / "trainer.sqlite3"
        self.folder = tmp_path / "backups"
        self.clock = Clock()
        self.store: Store = open_store(self.db, backups_dir=self.folder, clock=self.clock)
        self.trainer = Trainer(self.store, ITEMS, clock=self.clock, tz=UTC)
        self.learner = self.trainer.create_profile("Amina", daily_new_limit=9999).id

    def answer(self, cards: int) -> None:
        for _ in range(cards):
            card = self.trainer.next_card(self.learner)
            assert card is not None
            self.trainer.answer_card(self.learner, card.item_id, 3, 1000)
            self.clock.now += timedelta(seconds=10)

    def backup(self, label: str = "") -> bk.BackupInfo:
        info = self.store.backup_now(label=label, thin=False)
        assert info is not None
        return info

    def damage(self) -> None:
        self.store.close()
        self.db.write_bytes(b"garbage after a power cut" * 100)


def reviews(path: Path) -> int:
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(raw.execute("SELECT count(*) FROM review").fetchone()[0])
    finally:
        raw.close()


def test_a_backup_made_while_the_clock_was_ahead_does_not_win(tmp_path: Path) -> None:
    """The review's future_bk.py: 5 answers a day ahead, 55 more at the right time."""
    study = Study(tmp_path)
    study.clock.now = T0 + timedelta(days=1)
    study.answer(5)
    ahead = study.backup()
    study.clock.now = T0 + timedelta(hours=1)
    study.answer(55)
    later = study.backup()
    assert ahead.created_at > later.created_at  # the names say the stale one is newer
    study.damage()

    result = recover_from_backup(study.db, study.folder, T0 + timedelta(hours=2))

    assert result.restored is not None and result.restored.path == later.path
    assert reviews(study.db) == 60
    assert bk.recovery_choice(study.folder)[0] is not None


def test_thinning_never_deletes_the_backup_with_the_newest_progress(tmp_path: Path) -> None:
    """A dozen backups named an hour ahead would push the real one out by the name rules."""
    study = Study(tmp_path)
    study.clock.now = T0 + timedelta(hours=1)  # ahead
    ahead = []
    for _ in range(12):
        study.answer(1)
        ahead.append(study.backup())
        study.clock.now += timedelta(minutes=1)
    study.clock.now = T0  # put right
    study.answer(3)
    newest = study.backup()
    assert not {newest.path} & bk.choose_kept(bk.list_backups(study.folder), T0)

    deleted = bk.thin_backups(study.folder, T0 + timedelta(minutes=5))

    assert newest.path not in deleted and newest.path.exists()
    assert len(deleted) == 2  # the name rules still thin the others
    assert bk.recovery_choice(study.folder)[0] == bk.list_backups(study.folder)[-1]
    study.store.close()


def test_after_a_restore_the_answers_made_since_win(tmp_path: Path) -> None:
    """Two lines of history (a restore of an older backup, then more answers): the one
    with the newest name wins, so the answers given after the restore are kept."""
    study = Study(tmp_path)
    study.answer(2)
    early = study.backup()
    study.clock.now += timedelta(hours=1)
    study.answer(20)
    study.backup()
    study.clock.now += timedelta(hours=1)
    study.store.restore_backup(early.path)  # saves "pre-restore" (22 answers) first
    study.trainer = Trainer(study.store, ITEMS, clock=study.clock, tz=UTC)
    study.clock.now += timedelta(hours=1)
    study.answer(3)
    since = study.backup()
    study.damage()

    result = recover_from_backup(study.db, study.folder, study.clock.now)

    assert result.restored is not None and result.restored.path == since.path
    assert reviews(study.db) == 5


def test_equal_content_is_told_by_name_and_damage_is_skipped(tmp_path: Path) -> None:
    study = Study(tmp_path)
    study.answer(4)
    first = study.backup()
    study.clock.now += timedelta(minutes=1)
    second = study.backup(label="manual")  # the same answers
    study.clock.now += timedelta(minutes=1)
    study.answer(1)
    broken = study.backup()
    broken.path.write_bytes(broken.path.read_bytes()[:2048])
    study.damage()

    chosen, unusable = bk.recovery_choice(study.folder)

    assert chosen is not None and chosen.path == second.path
    assert [b.path for b in unusable] == [broken.path]
    assert first.path.exists()


def test_a_clock_set_back_does_not_stop_the_regular_backups(tmp_path: Path) -> None:
    study = Study(tmp_path)
    study.answer(1)
    assert study.store.maybe_backup() is not None
    study.clock.now -= timedelta(days=1)  # put right after a day ahead
    study.answer(1)
    assert study.store.maybe_backup() is not None
    study.store.close()


def test_a_backup_never_takes_an_existing_backups_name(tmp_path: Path) -> None:
    """The same clock reading twice (a coarse or a stopped clock, or one set back)."""
    study = Study(tmp_path)
    study.answer(1)
    first = study.backup()
    study.answer(1)
    study.clock.now = first.created_at
    second = study.backup()
    assert second.path != first.path
    assert (reviews(first.path), reviews(second.path)) == (1, 2)
    study.store.close()
