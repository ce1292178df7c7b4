"""The service for one data folder (banks + progress store + study service), without Qt:
what the app, the command line and the self-test open, on real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.core.banks import BankLoadError
from trainer.core.data_folder import DataFolder
from trainer.paths import backups_dir, cache_dir, database_path, shipped_banks_dir, user_banks_dir
from trainer.store import StoreError
from trainer.store.backups import list_backups

BANKS = Path(__file__).parent / "study" / "data"
UI_BANKS = Path(__file__).parent / "ui" / "data"


def test_loading_opens_the_store_and_records_the_items(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path, [BANKS])
    with pytest.raises(RuntimeError, match="not loaded"):
        _ = folder.study
    loaded = folder.load()
    assert loaded.overview.total_questions == 10 and not loaded.overview.errors
    assert loaded.profiles == [] and loaded.sources == {"enginetest": "shipped"}
    assert database_path(tmp_path).is_file() and any(cache_dir(tmp_path).iterdir())
    assert folder.question("et.gmg-founded").kind == "single_choice"
    trainer = folder.study
    amina = trainer.create_profile("Amina")
    again = folder.load()  # a reload keeps the service and syncs the items
    assert folder.study is trainer and [p.name for p in again.profiles] == ["Amina"]
    assert trainer.next_card(amina.id) is not None
    folder.bank_paths = [UI_BANKS]  # other banks: the same service studies them now
    assert folder.load().sources == {"uitest": "shipped"} and folder.study is trainer
    card = trainer.next_card(amina.id)
    assert card is not None and card.item_id.startswith("ui.")
    folder.close()
    assert folder.store is None and list_backups(backups_dir(tmp_path))


def test_the_default_banks_are_the_shipped_ones_and_the_users(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    assert folder.bank_folders() == [shipped_banks_dir()]  # no user folder yet
    user = user_banks_dir(tmp_path)
    user.mkdir(parents=True)
    shutil.copy(BANKS / "engine_test.yaml", user / "mine.yaml")
    assert folder.bank_folders() == [shipped_banks_dir(), user]
    with folder:
        loaded = folder.load()
        assert loaded.sources["enginetest"] == "user"
        assert set(loaded.sources.values()) == {"shipped", "user"}
    assert folder.store is None  # leaving the block closed it


def test_reading_the_banks_leaves_the_progress_alone(tmp_path: Path) -> None:
    """What `trainer export` and `print` need: questions, no database."""
    result = DataFolder(tmp_path, [BANKS]).read_banks(use_cache=False)
    assert len(result.questions) == 10
    assert list(tmp_path.iterdir()) == []  # no database, no cache
    DataFolder(tmp_path, [BANKS]).read_banks()
    assert [p.name for p in tmp_path.iterdir()] == ["cache"]
    with pytest.raises(BankLoadError):
        DataFolder(tmp_path, [tmp_path / "nowhere"]).read_banks()


def test_closing_backs_up_only_what_changed(tmp_path: Path) -> None:
    with DataFolder(tmp_path, [BANKS]) as folder:
        folder.load()  # the items are recorded: a change
    assert len(list_backups(backups_dir(tmp_path))) == 1
    with DataFolder(tmp_path, [BANKS]) as folder:
        folder.load()  # the same banks again: nothing to back up
    assert len(list_backups(backups_dir(tmp_path))) == 1
    with DataFolder(tmp_path, [BANKS]) as folder:
        folder.load()
        folder.study.create_profile("Amina")
    assert len(list_backups(backups_dir(tmp_path))) == 2


def test_a_restore_brings_back_the_backup_with_a_new_service(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path, [BANKS])
    folder.load()
    folder.study.create_profile("Amina")
    backup = folder.backup_now()
    assert backup.label == "manual" and folder.list_backups()[1] == backup
    old = folder.study
    old.create_profile("Ben")
    loaded = folder.restore(backup.path)
    assert [p.name for p in loaded.profiles] == ["Amina"] and folder.study is not old
    folder.close()


def test_a_damaged_database_is_set_aside_and_the_newest_good_backup_restored(
    tmp_path: Path,
) -> None:
    with DataFolder(tmp_path, [BANKS]) as folder:
        folder.load()
        folder.study.create_profile("Amina")
    (good,) = list_backups(backups_dir(tmp_path))
    database_path(tmp_path).write_bytes(b"\x00garbage after a power cut" * 400)

    folder = DataFolder(tmp_path, [BANKS])
    with pytest.raises(StoreError):
        folder.load()
    assert folder.store is None and folder.result is None
    assert folder.database_file() == database_path(tmp_path)
    chosen, skipped = folder.find_recovery()
    assert chosen == good and skipped == []
    recovered = folder.recover(use_backup=True)
    assert recovered.restored == good and recovered.kept_as is not None
    assert recovered.kept_as.read_bytes().startswith(b"\x00garbage")
    assert [p.name for p in folder.load().profiles] == ["Amina"]
    folder.close()


def test_recovery_without_a_backup_starts_empty(tmp_path: Path) -> None:
    with DataFolder(tmp_path, [BANKS]) as folder:
        folder.load()
        folder.study.create_profile("Amina")
    folder = DataFolder(tmp_path, [BANKS])
    folder.load()  # open, then found wanting: the open store is released unsaved
    folder.study.create_profile("Ben")
    recovered = folder.recover(use_backup=False)
    assert recovered.restored is None and folder.store is None
    assert len(list_backups(backups_dir(tmp_path))) == 1  # no backup of the set-aside file
    assert folder.load().profiles == []
    folder.close()
