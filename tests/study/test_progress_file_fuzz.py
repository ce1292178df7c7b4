"""Hypothesis: mutated progress files (with a correct digest, as a crafted file would
have) are read or refused with a plain ``ProgressFileError``, never another exception;
whatever is read can be written and read again unchanged, and imports cleanly."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutatekit import apply_step, tree_paths
from progresskit import T0, export_file, items, repack, study

from trainer.core.progress_files import ProgressFileError, merge_progress
from trainer.core.progress_files import container as ct
from trainer.core.progress_files.export import progress_bytes
from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import open_store


@dataclass(frozen=True)
class Sample:
    file: Path
    tree: Any
    empty: Path
    """A database at the newest schema, copied for each import."""


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    root = tmp_path_factory.mktemp("fuzz")
    db = study(root, "Amina", items("a", 2, 2), 7, steps=8, quizzes=1)
    path = export_file(db, root / "amina.trainer-progress")
    tree: dict[str, Any] = {}
    repack(path, tree.update)
    empty = root / "empty" / "trainer.sqlite3"
    empty.parent.mkdir()
    open_store(empty).close()
    return Sample(path, tree, empty)


ODD_VALUES = [
    None,
    0,
    -1,
    1.5,
    True,
    "",
    "x" * 301,
    "Tab\there",
    "Line\nbreak",
    "\x1b[31mred",
    [],
    {},
    ["a"],
    {"a": 1},
    2**63,
    10**30,
    "1" * 5000,
    [None],
    "00000000-0000-4000-8000-000000000000",
    "a.t0.q0",
    "flashcard",
    "[1, 2]",
]
EXTRA_KEYS = ["colour", "learner", "reviews", "", "x" * 200]


def mutations(paths: list[tuple[Any, ...]]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.one_of(
        st.tuples(st.just("remove"), st.sampled_from(paths)),
        st.tuples(st.just("retype"), st.sampled_from(paths), st.sampled_from(ODD_VALUES)),
        st.tuples(st.just("swap"), st.sampled_from(paths), st.sampled_from(paths)),
        st.tuples(st.just("truncate"), st.sampled_from(paths), st.integers(0, 20)),
        st.tuples(st.just("add"), st.sampled_from(EXTRA_KEYS), st.sampled_from(ODD_VALUES)),
        st.tuples(st.just("text"), st.sampled_from(paths), st.text(max_size=8)),
    )


def _check(sample: Sample, data: bytes) -> None:
    try:
        file = ct.unpack(data, "F.trainer-progress")
    except ProgressFileError as error:
        message = str(error)
        assert message.startswith("F.trainer-progress") and "\n" not in message
        assert len(message) < 400 and "\x1b" not in message
        return
    again = ct.unpack(progress_bytes(file.progress, T0), "again")
    assert again.progress == file.progress
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "trainer.sqlite3"
        shutil.copy(sample.empty, db)
        store = open_store(db)
        try:
            merge_progress(store, file, same_name=None, now=T0 + timedelta(days=9))
            with store.read() as conn:
                assert stored_memories(conn) == replayed_memories(conn)
        finally:
            store.close()


def _with(sample: Sample, manifest_edits: dict[str, Any], content: bytes) -> bytes:
    """A progress file holding ``content`` with a correct digest (as a crafted one would)."""
    with zipfile.ZipFile(sample.file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["content_sha256"] = hashlib.sha256(content).hexdigest()
    manifest.update(manifest_edits)
    return ct.pack(json.dumps(manifest).encode(), content, T0)


def test_the_sample_reads_and_imports(sample: Sample) -> None:
    _check(sample, sample.file.read_bytes())


FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_mutated_progress_is_read_or_refused_plainly(sample: Sample, data: st.DataObject) -> None:
    steps = data.draw(st.lists(mutations(tree_paths(sample.tree)), min_size=1, max_size=3))
    tree = copy.deepcopy(sample.tree)
    for step in steps:
        apply_step(tree, step)
    _check(sample, _with(sample, {}, json.dumps(tree).encode()))


@settings(FUZZ, max_examples=150)
@given(st.integers(0, 10**6), st.integers(0, 40), st.text(max_size=5))
def test_mutated_json_text_is_read_or_refused_plainly(
    sample: Sample, start: int, length: int, insert: str
) -> None:
    text = json.dumps(sample.tree)
    start %= len(text)
    edited = text[:start] + insert + text[start + length :]
    _check(sample, _with(sample, {}, edited.encode("utf-8", "surrogatepass")))


MANIFEST_KEYS = ["format", "format_version", "app_version", "exported_at", "content_sha256", "x"]


@settings(FUZZ, max_examples=150)
@given(
    st.dictionaries(
        st.sampled_from(MANIFEST_KEYS),
        st.sampled_from([*ODD_VALUES, 1, 2, "trainer-progress"]),
        max_size=6,
    )
)
def test_mutated_manifests_are_read_or_refused_plainly(
    sample: Sample, edits: dict[str, Any]
) -> None:
    tree = json.dumps(sample.tree).encode()
    _check(sample, _with(sample, edits, tree))
