"""Hypothesis: mutated valid banks give only located ``BankError`` values, never exceptions."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import yaml
from bankkit import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kindkit import right_response
from mutatekit import apply_step, tree_paths, yaml_line_count

from trainer.core.banks import BankError, FlashcardQuestion, LoadResult, load_banks
from trainer.core.scoring import score

TEXT = (DATA / "complete.yaml").read_text(encoding="utf-8")
DATA_TREE: Any = yaml.safe_load(TEXT)


PATHS = tree_paths(DATA_TREE)
ODD_VALUES = [None, 0, -3, 1.5, True, "", "x" * 300, [], {}, ["a"], {"a": 1}, "{value}", 10**30]


mutation = st.one_of(
    st.tuples(st.just("remove"), st.sampled_from(PATHS)),
    st.tuples(st.just("retype"), st.sampled_from(PATHS), st.sampled_from(ODD_VALUES)),
    st.tuples(st.just("swap"), st.sampled_from(PATHS), st.sampled_from(PATHS)),
    st.tuples(st.just("truncate"), st.sampled_from(PATHS), st.integers(0, 20)),
)


def _check(result: LoadResult, text: str) -> None:
    lines = yaml_line_count(text) + 1
    for error in result.errors:
        assert isinstance(error, BankError)
        assert 1 <= error.line <= lines, str(error)
        assert error.column >= 1, str(error)
        assert error.message and str(error).startswith(f"{error.path}:{error.line}:")
    if not result.errors:
        assert len(result.banks) == 1
        for q in result.questions:
            if not isinstance(q, FlashcardQuestion):
                assert score(q, right_response(q)).correct, q.id


def _load(text: str | bytes) -> LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return load_banks([path])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_data_mutations_only_give_located_errors(steps: list[tuple[Any, ...]]) -> None:
    tree = copy.deepcopy(DATA_TREE)
    for step in steps:
        apply_step(tree, step)
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)
    _check(_load(text), text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.text(max_size=5))
def test_text_mutations_only_give_located_errors(start: int, length: int, insert: str) -> None:
    text = TEXT[:start] + insert + TEXT[start + length % 40 :]
    _check(_load(text), text)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(TEXT)))
def test_truncated_files_only_give_located_errors(cut: int) -> None:
    _check(_load(TEXT[:cut]), TEXT[:cut])


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_only_give_located_errors(data: bytes) -> None:
    result = _load(data)
    for error in result.errors:
        assert error.line >= 1 and error.column >= 1
