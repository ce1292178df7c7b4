"""A progress file that is damaged, cut short, foreign, too new, too large or breaks the
format's rules is refused with a plain message naming it, and nothing is changed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from progresskit import T0, export_file, items, repack, rows, study

from trainer.core.progress_files import ProgressFileError, import_progress_files
from trainer.core.progress_files import container as ct
from trainer.core.progress_files.schema import Mode, SpecRecord
from trainer.core.study import QuizSpec
from trainer.core.study.answers import MODES
from trainer.store import backups as bk
from trainer.store import open_store


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("good")
    db = study(root, "Amina", items("a"), 5, steps=25)
    return export_file(db, root / "amina.trainer-progress")


def refused(data: bytes, where: str = "F.trainer-progress") -> str:
    with pytest.raises(ProgressFileError) as caught:
        ct.unpack(data, where)
    message = str(caught.value)
    assert where in message and "\n" not in message and len(message) < 400
    return message


def test_every_flipped_byte_is_found(good: Path) -> None:
    data = good.read_bytes()
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x20
        message = refused(bytes(damaged))
        assert "damaged" in message or "not a Trainer progress file" in message, position


def test_every_cut_is_found(good: Path) -> None:
    data = good.read_bytes()
    for length in range(len(data)):
        message = refused(data[:length])
        if length > 60:
            assert "incomplete or damaged" in message, length


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"workshop: 1\ntitle: a YAML file\n",
        b"\x89PNG\r\n\x1a\n" + bytes(100),
        b"SQLite format 3\x00" + bytes(100),
        bytes(range(256)) * 4,
    ],
)
def test_foreign_files_are_not_ours(data: bytes) -> None:
    assert "is not a Trainer progress file" in refused(data)


def test_another_zip_is_not_ours(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # e.g. an Anki package
        archive.writestr("collection.anki2", b"x")
        archive.writestr("media", b"{}")
    assert "is not a Trainer progress file" in refused(buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
    assert "is not a Trainer progress file" in refused(buffer.getvalue())


def test_a_newer_format_asks_for_the_newer_trainer(good: Path) -> None:
    message = refused(repack(good, lambda tree: tree.update(future=True), version=2))
    assert "newer Trainer (progress format 2" in message


def test_the_content_digest_is_checked(good: Path) -> None:
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        content = archive.read("progress.json")
    manifest["content_sha256"] = hashlib.sha256(b"other").hexdigest()
    assert "is damaged" in refused(ct.pack(json.dumps(manifest).encode(), content, T0))


def test_a_decompression_bomb_is_refused_unread(
    good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ct, "MAX_CONTENT_BYTES", 50_000)
    bomb = repack(good, lambda tree: tree["learner"].update(padding=" " * 60_000))
    assert len(bomb) < 60_000  # compressed well
    assert "is damaged" in refused(bomb)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Any], None]:
    def edit(tree: Any) -> None:
        for part in path[:-1]:
            tree = tree[part]
        tree[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("path", "value", "said"),
    [
        (("learner", "name"), "x" * 201, "learner, name: String should have at most 200"),
        (("learner", "name"), "Amina\x1b[31m", "learner, name: String should match"),
        (("learner", "also_known_as"), ["00000000-0000-4000-8000-000000000000"] * 1001, "1000"),
        (("reviews", 0, "rating"), "3", "reviews, 1, rating: Input should be a valid integer"),
        (("reviews", 0, "rating"), 7, "less than or equal to 4"),
        (("reviews", 0, "reviewed_at"), 10**30, "reviewed_at"),
        (("reviews", 0, "item"), "nowhere", "review 1 is of an item the file does not list"),
        (("reviews", 0, "\x1b[31mred"), 1, "reviews, 1, (an unknown field): Extra inputs"),
        (("attempts", 0, "answers", 0, "response"), "[" * 5000, "the answer is not valid JSON"),
        (("attempts", 0, "answers", 0, "position"), 99, "not the attempt's question"),
        (("items",), [], "an item the file does not list"),
        (("reviews",), {"many": True}, "reviews: Input should be a valid array"),
    ],
)
def test_content_breaking_the_rules_is_refused_saying_where(
    good: Path, path: tuple[Any, ...], value: Any, said: str
) -> None:
    message = refused(repack(good, _set(path, value)))
    assert "holds progress Trainer cannot use" in message and said in message
    assert "\x1b" not in message and "nowhere" not in message


def test_not_a_file_and_too_large_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProgressFileError, match="is not a file"):
        ct.read_progress_file(tmp_path)
    with pytest.raises(ProgressFileError, match=r"Cannot read .*missing"):
        ct.read_progress_file(tmp_path / "missing")
    huge = tmp_path / "huge.trainer-progress"
    with huge.open("wb") as handle:
        handle.truncate(ct.MAX_FILE_BYTES + 1)  # sparse: nothing to write
    with pytest.raises(ProgressFileError, match="larger than 64 MB"):
        ct.read_progress_file(huge)


def test_a_refused_file_changes_nothing(tmp_path: Path, good: Path) -> None:
    db = study(tmp_path, "Chidi", items("a"), 6, steps=10)
    store = open_store(db)
    store.close()
    before = rows(db), db.read_bytes(), bk.list_backups(tmp_path / "backups")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.trainer-progress"
    bad.write_bytes(bytes(data))
    store = open_store(db)
    try:
        outcomes = import_progress_files(store, [bad], clock=lambda: T0 + timedelta(days=50))
    finally:
        store.close()
    assert [o.result for o in outcomes] == [None]
    assert outcomes[0].error is not None and str(bad) in outcomes[0].error
    assert (rows(db), db.read_bytes(), bk.list_backups(tmp_path / "backups")) == before


def test_the_models_follow_the_engine() -> None:
    """The format's review modes and quiz specification are the engine's: a new field of
    ``QuizSpec`` or a new mode needs the format (and its version) changed too."""
    assert set(Mode.__args__) == set(MODES)
    assert set(SpecRecord.model_fields) == set(QuizSpec.__dataclass_fields__)


def test_the_written_file_is_plain_zip_with_the_digest_last(good: Path) -> None:
    data = good.read_bytes()
    with zipfile.ZipFile(good) as archive:
        assert archive.namelist() == ["manifest.json", "progress.json"]
        assert archive.testzip() is None
        assert archive.comment.startswith(b"trainer-progress sha256:")
    assert hashlib.sha256(data[:-64]).hexdigest().encode() == data[-64:]
