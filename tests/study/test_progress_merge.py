"""Progress files end to end: two learners study and take quizzes in their own data
folders, export, and a third folder imports both files in either order, twice."""

from __future__ import annotations

import shutil
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from progresskit import T0, Clock, export_file, items, memory_of, repack, rows, study

from trainer.core.progress_files import (
    SameName,
    export_progress,
    import_progress_files,
    read_progress_file,
)
from trainer.core.study import Trainer
from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import backups as bk
from trainer.store import open_store

BANK_A = items("a")
BANK_B = items("b", topics=2)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Amina studied banks a and b on her laptop, Bruno bank a on his; both exported."""
    root = tmp_path_factory.mktemp("sources")
    found: dict[str, Path] = {}
    for name, loaded, seed in (("Amina", BANK_A + BANK_B, 1), ("Bruno", BANK_A, 2)):
        (root / name).mkdir()
        found[f"{name}.db"] = study(root / name, name, loaded, seed)
        found[name] = export_file(found[f"{name}.db"], root / f"{name}.trainer-progress")
    return found


def facilitator(folder: Path) -> Path:
    """A third data folder that knows bank a only, with a learner of its own."""
    folder.mkdir()
    return study(folder, "Chidi", BANK_A, 3, steps=20, quizzes=1)


def import_files(db: Path, paths: list[Path], same_name: SameName | None = None) -> list:
    store = open_store(db, clock=Clock(T0 + timedelta(days=40)))
    try:
        return import_progress_files(
            store, paths, clock=lambda: T0 + timedelta(days=40), same_name=same_name
        )
    finally:
        store.close()


def test_both_orders_and_twice_give_the_same_rows_and_each_learners_memory(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    ab = facilitator(tmp_path / "ab")
    shutil.copytree(ab.parent, tmp_path / "ba")
    ba = tmp_path / "ba" / ab.name
    shutil.copy(ab, tmp_path / "chidi-before.sqlite3")
    first = import_files(ab, [files["Amina"], files["Bruno"]])
    assert [o.error for o in first] == [None, None]
    assert [o.result.how for o in first] == ["new learner", "new learner"]
    assert first[0].result.reviews_added > 50 and first[0].result.attempts_added == 2
    listed = read_progress_file(files["Amina"]).progress.items
    amina_b = {i.id for i in listed if i.bank == "b"}  # studied, or asked in a quiz
    assert first[0].result.items_added == len(amina_b) > 0  # unknown here: kept, retired
    import_files(ba, [files["Bruno"], files["Amina"]])
    assert rows(ab) == rows(ba)
    again = import_files(ab, [files["Amina"], files["Bruno"], files["Amina"]])
    assert all(o.result is not None and o.result.nothing_new for o in again)
    assert rows(ab) == rows(ba)
    merged = rows(ab)
    for name in ("Amina", "Bruno"):
        source = rows(files[f"{name}.db"])
        assert memory_of(ab, name) == memory_of(files[f"{name}.db"], name)
        assert {r[0] for r in merged["reviews"] if r[1] == name} == {
            r[0] for r in source["reviews"]
        }
        assert [r for r in merged["answers"] if r[0] in {a[0] for a in source["attempts"]}] == (
            source["answers"]
        )
        assert len({r[0] for r in merged["reviews"]}) == len(merged["reviews"])
    chidi = rows(tmp_path / "chidi-before.sqlite3")
    assert [r for r in merged["reviews"] if r[1] == "Chidi"] == chidi["reviews"]
    assert memory_of(ab, "Chidi") == memory_of(tmp_path / "chidi-before.sqlite3", "Chidi")
    retired = {r[0]: r[-1] for r in merged["items"] if r[0].startswith("b.")}
    assert set(retired) == amina_b and all(at is not None for at in retired.values())
    store = open_store(ab)
    with store.read() as conn:
        assert stored_memories(conn) == replayed_memories(conn)
    store.close()


def test_a_learner_moving_laptops_carries_on_exactly(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    """An empty data folder imports Amina's file: her next card and home counts are the
    ones her own laptop shows, and her banks here bring bank b back to life."""
    (tmp_path / "new").mkdir()
    db = tmp_path / "new" / "trainer.sqlite3"
    outcome = import_files(db, [files["Amina"]])[0]
    assert outcome.result is not None
    later = Clock(T0 + timedelta(days=33))
    views = []
    for path in (files["Amina.db"], db):
        store = open_store(path, clock=later)
        trainer = Trainer(store, BANK_A + BANK_B, clock=later, tz=UTC)
        (amina,) = [p.id for p in trainer.profiles() if p.name == "Amina"]
        card = trainer.next_card(amina)
        views.append((card and card.item_id, trainer.home_counts(amina), trainer.statistics(amina)))
        store.close()
    assert views[0] == views[1]


def test_a_newer_export_adds_only_what_is_new(tmp_path: Path, files: dict[str, Path]) -> None:
    folder = tmp_path / "amina"
    shutil.copytree(files["Amina.db"].parent, folder)
    target = facilitator(tmp_path / "target")
    first = import_files(target, [files["Amina"]])[0].result
    clock = Clock(T0 + timedelta(days=35))
    store = open_store(folder / "trainer.sqlite3", clock=clock)
    trainer = Trainer(store, BANK_A + BANK_B, clock=clock, tz=UTC)
    (amina,) = trainer.profiles()
    for _ in range(5):
        card = trainer.next_card(amina.id)
        assert card is not None
        trainer.answer_card(amina.id, card.item_id, 3)
        clock.now += timedelta(minutes=3)
    trainer.undo_last(amina.id)
    newer = export_progress(store, amina.id, tmp_path / "newer.trainer-progress", clock.now)
    store.close()
    second = import_files(target, [newer.path])[0].result
    assert first is not None and second is not None
    assert (second.how, second.reviews_added, second.undos_added) == ("same learner", 5, 1)
    assert memory_of(target, "Amina") == memory_of(folder / "trainer.sqlite3", "Amina")


def test_a_namesake_is_refused_unless_told_then_merged_or_kept_apart(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    (tmp_path / "t").mkdir()
    db = study(tmp_path / "t", "amina", BANK_A, 4, steps=5, quizzes=0)  # another Amina
    before = rows(db)
    (refused,) = import_files(db, [files["Amina"]])
    assert refused.needs_choice and refused.error is not None
    assert "'Amina'" in refused.error and "'amina'" in refused.error
    assert rows(db) == before
    shutil.copy(db, tmp_path / "apart.sqlite3")
    (apart,) = import_files(tmp_path / "apart.sqlite3", [files["Amina"]], SameName.APART)
    assert apart.result is not None and apart.result.learner_name == "Amina (2)"
    (merged,) = import_files(db, [files["Amina"]], SameName.MERGE)
    assert merged.result is not None
    assert (merged.result.how, merged.result.learner_name) == ("merged by name", "amina")
    # The file's id is now this learner's: the next import needs no choice.
    (again,) = import_files(db, [files["Amina"]])
    assert again.result is not None and again.result.how == "same learner"
    assert again.result.nothing_new


def test_an_import_is_backed_up_first(tmp_path: Path, files: dict[str, Path]) -> None:
    db = facilitator(tmp_path / "f")
    import_files(db, [files["Bruno"]])
    labels = [b.label for b in bk.list_backups(db.parent / "backups")]
    assert "pre-import" in labels


def test_the_file_holds_what_the_brief_lists(files: dict[str, Path]) -> None:
    file = read_progress_file(files["Amina"])
    progress = file.progress
    assert file.manifest.format == "trainer-progress" and file.manifest.format_version == 1
    assert progress.learner.name == "Amina" and len(progress.learner.id) == 36
    assert any(r.undone_at is not None for r in progress.reviews)
    assert {r.mode for r in progress.reviews} == {"flashcard", "quiz"}
    assert [a.finished_at is None for a in progress.attempts] == [False, True]
    assert all(a.answers for a in progress.attempts)
    assert files["Amina"].stat().st_size < 40_000


def test_conflicting_copies_merge_the_same_in_either_order(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    """Two copies of Amina's file that disagree (a bank-b item's details as two Trainers
    saw it at different times; when a review was undone) give the same rows either way:
    the details of the copy that saw the item last, the earliest undo."""
    tree: dict = {}
    repack(files["Amina"], tree.update)
    item = next(i for i in tree["items"] if i["bank"] == "b")
    undone = next(r for r in tree["reviews"] if "undone_at" in r)

    def variant(topic: str, seen: int, undone_at: int) -> Path:
        def edit(t: dict) -> None:
            (mine,) = [i for i in t["items"] if i["id"] == item["id"]]
            mine.update(topic=topic, last_seen=item["last_seen"] + seen, hash=f"h{seen}")
            (review,) = [r for r in t["reviews"] if r["uuid"] == undone["uuid"]]
            review["undone_at"] = undone["undone_at"] + undone_at

        path = tmp_path / f"{topic}.trainer-progress"
        path.write_bytes(repack(files["Amina"], edit))
        return path

    older, newer = variant("older", 1, 5), variant("newer", 2, 9)
    start = facilitator(tmp_path / "start")
    results = []
    for n, order in enumerate(([older, newer], [newer, older])):
        (tmp_path / f"t{n}").mkdir()
        db = tmp_path / f"t{n}" / start.name
        shutil.copy(start, db)
        import_files(db, order)
        results.append(rows(db))
        topics = {r[0]: r[2] for r in results[-1]["items"]}
        assert topics[item["id"]] == "newer"
        undos = dict(results[-1]["undos"])
        assert undos[undone["uuid"]] == undone["undone_at"] + 5
    assert results[0] == results[1]
