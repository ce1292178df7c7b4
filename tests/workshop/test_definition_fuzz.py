"""Hypothesis: mutated workshop files open or give located ``WorkshopFileError`` problems,
never another exception; and whatever opens can be saved and opened again."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutatekit import apply_step, tree_paths, yaml_line_count

from trainer.core.workshop import Workshop, WorkshopFileError, open_workshop, parse_workshop

TEXT = """\
workshop: 1
title: GMG morning quiz
banks: [gmg, iom]
topics: [Origins, Members]
kinds: [single_choice, true_false, numeric]
count: 4
seconds_per_question: 30
points_per_question: 2
speed_bonus: true
seed: 7
items: [gmg.founding-name, gmg.members/one-of, iom.founded/numeric, iom.tf]
"""
DATA_TREE: Any = yaml.safe_load(TEXT)


PATHS = tree_paths(DATA_TREE)
ODD_VALUES = [
    None,
    0,
    -1,
    1.5,
    True,
    "",
    "x" * 300,
    "Tab\there",
    "Line\nbreak",
    "Unit\x1fseparator",
    "\x1b[31mred",
    [],
    {},
    ["a"],
    {"a": 1},
    2**31 - 1,
    2**31,
    2**40,
    10**30,
    -(10**30),
    "1" * 5000,
    float("inf"),
    float("nan"),
    [None],
    [[]],
    list(range(600)),
]
EXTRA_KEYS = ["colour", "workshop", "items", "", "x" * 200, "Title"]


mutation = st.one_of(
    st.tuples(st.just("remove"), st.sampled_from(PATHS)),
    st.tuples(st.just("retype"), st.sampled_from(PATHS), st.sampled_from(ODD_VALUES)),
    st.tuples(st.just("swap"), st.sampled_from(PATHS), st.sampled_from(PATHS)),
    st.tuples(st.just("truncate"), st.sampled_from(PATHS), st.integers(0, 20)),
    st.tuples(st.just("add"), st.sampled_from(EXTRA_KEYS), st.sampled_from(ODD_VALUES)),
    st.tuples(st.just("text"), st.sampled_from(PATHS), st.text(max_size=8)),
)


def _open(content: str | bytes) -> tuple[Workshop | None, WorkshopFileError | None, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "workshop.yaml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        try:
            return open_workshop(path), None, str(path)
        except WorkshopFileError as error:
            return None, error, str(path)


def _check(content: str | bytes) -> None:
    workshop, error, path = _open(content)
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    lines = yaml_line_count(text) + 1
    if error is not None:
        assert error.problems
        for problem in error.problems:
            assert problem.path == path
            assert 1 <= problem.line <= lines, str(problem)
            assert problem.column >= 1, str(problem)
            assert problem.message and str(problem).startswith(f"{path}:{problem.line}:")
            assert len(problem.message) < 400, problem.message[:400]
            assert "\x1b" not in problem.message and "\x1f" not in problem.message
        return
    assert workshop is not None
    again = parse_workshop(workshop.to_yaml())  # what opens can be saved and opened again
    assert again.to_plain() == workshop.to_plain()


def test_the_sample_opens() -> None:
    workshop, error, _path = _open(TEXT)
    assert error is None and workshop is not None and workshop.seed == 7


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_data_mutations_open_or_give_located_problems(steps: list[tuple[Any, ...]]) -> None:
    tree = copy.deepcopy(DATA_TREE)
    for step in steps:
        apply_step(tree, step)
    _check(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.text(max_size=5))
def test_text_mutations_open_or_give_located_problems(start: int, length: int, insert: str) -> None:
    _check(TEXT[:start] + insert + TEXT[start + length % 40 :])


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(TEXT)))
def test_truncated_files_open_or_give_located_problems(cut: int) -> None:
    _check(TEXT[:cut])


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_open_or_give_located_problems(data: bytes) -> None:
    _check(data)
