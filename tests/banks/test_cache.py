"""The load cache: hit, miss on change, corrupt entries ignored and rebuilt."""

from __future__ import annotations

import shutil
from pathlib import Path

from bankkit import DATA

from trainer.core.banks import load_banks
from trainer.core.banks.cache import entry_path, prune


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(DATA / "complete.yaml", banks / "complete.yaml")
    return banks, tmp_path / "cache"


def test_cache_hit_gives_the_same_questions(tmp_path: Path) -> None:
    banks, cache = _setup(tmp_path)
    first = load_banks([banks], cache_dir=cache, seed=4)
    entries = list(cache.iterdir())
    assert len(entries) == 1
    stamp = entries[0].stat().st_mtime_ns
    second = load_banks([banks], cache_dir=cache, seed=4)
    assert second.questions == first.questions
    assert [type(q) for q in second.questions] == [type(q) for q in first.questions]
    assert second.banks[0].title == first.banks[0].title
    assert entries[0].stat().st_mtime_ns == stamp  # read, not rewritten
    # The cache is really used: a tampered (but well-formed) entry shows through.
    entry = entries[0]
    entry.write_bytes(
        entry.read_bytes().replace(b"Sample bank with every kind", b"Cached bank title here!!!!!")
    )
    assert (
        load_banks([banks], cache_dir=cache, seed=4).banks[0].title == "Cached bank title here!!!!!"
    )


def test_changed_file_or_seed_misses(tmp_path: Path) -> None:
    banks, cache = _setup(tmp_path)
    load_banks([banks], cache_dir=cache)
    load_banks([banks], cache_dir=cache, seed=1)
    assert len(list(cache.iterdir())) == 2
    path = banks / "complete.yaml"
    path.write_text(
        path.read_text("utf-8").replace("Who is IOM?\n    back", "Who?\n    back"), "utf-8"
    )
    result = load_banks([banks], cache_dir=cache)
    assert result.by_id["sample.card"].prompt == "Who?"
    assert len(list(cache.iterdir())) == 3


def test_corrupt_entry_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    banks, cache = _setup(tmp_path)
    good = load_banks([banks], cache_dir=cache)
    entry = next(cache.iterdir())
    for garbage in (b"", b"\x00garbage", entry.read_bytes()[:100], b"\xe9" * 50):
        entry.write_bytes(garbage)
        again = load_banks([banks], cache_dir=cache)
        assert again.errors == [] and again.questions == good.questions
        assert entry.read_bytes() != garbage  # rewritten


def test_unwritable_cache_dir_is_harmless(tmp_path: Path) -> None:
    banks, _ = _setup(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    result = load_banks([banks], cache_dir=blocker / "cache")
    assert result.errors == [] and result.questions


def test_entry_name_depends_on_hash_and_seed(tmp_path: Path) -> None:
    assert entry_path(tmp_path, "ab", 1) != entry_path(tmp_path, "ab", 2)
    assert entry_path(tmp_path, "ab", 1) != entry_path(tmp_path, "cd", 1)


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    banks, cache = _setup(tmp_path)
    for seed in range(5):
        load_banks([banks], cache_dir=cache, seed=seed)
    assert len(list(cache.iterdir())) == 5
    prune(cache, keep=2)
    assert len(list(cache.iterdir())) == 2
    assert load_banks([banks], cache_dir=cache, seed=4).errors == []
