"""Workshop definitions: built reproducibly, swapped by topic, saved and reopened as YAML."""

from __future__ import annotations

import dataclasses
import os
import resource
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from trainer.core.banks import Question, yamlsafe
from trainer.core.study.quiz import SEED_MAX
from trainer.core.workshop import (
    WorkshopError,
    WorkshopFileError,
    build_workshop,
    open_workshop,
    save_workshop,
    swap,
)


def test_build_is_reproducible_and_asks_each_fact_once(questions: list[Question]) -> None:
    a = build_workshop(questions, seed=7, count=8, title="Morning")
    b = build_workshop(questions, seed=7, count=8, title="Morning")
    c = build_workshop(questions, seed=8, count=8, title="Morning")
    assert a == b
    assert a.items != c.items or a.seed != c.seed
    assert len(a.items) == 8 and len(set(a.items)) == 8
    kinds = {q.id: q.kind for q in questions}
    assert "flashcard" not in {kinds[i] for i in a.items}  # default: scored kinds only


def test_filters_and_shortfall(questions: list[Question]) -> None:
    w = build_workshop(questions, seed=1, count=20, topics=["Origins"], kinds=["single_choice"])
    assert sorted(w.items) == ["ws.sc1", "ws.sc2", "ws.sc3"]
    assert w.shortfall is not None and "Only 3" in w.shortfall
    with pytest.raises(WorkshopError, match="No questions"):
        build_workshop(questions, seed=1, topics=["Nothing"])
    with pytest.raises(WorkshopError, match="Unknown question kind"):
        build_workshop(questions, seed=1, kinds=["essay"])


def test_swap_keeps_topic_avoids_duplicates_and_is_deterministic(
    questions: list[Question],
) -> None:
    by_id = {q.id: q for q in questions}
    w = build_workshop(questions, seed=3, count=2, topics=["Origins"])
    swapped = swap(w, questions, 0)
    assert swapped == swap(w, questions, 0)
    assert swapped.items[1] == w.items[1]
    new = swapped.items[0]
    assert new not in w.items
    assert by_id[new].topic == "Origins"
    # the third Origins question is the only candidate; then none is left
    third = swap(swapped, questions, 1)
    assert third.items == (new, w.items[0])  # the one swapped out is the only candidate left
    full = build_workshop(questions, seed=3, count=3, topics=["Origins"])
    with pytest.raises(WorkshopError, match="No other question"):
        swap(full, questions, 0)
    with pytest.raises(WorkshopError, match="no question 9"):
        swap(full, questions, 8)


def test_build_and_swap_take_one_item_of_a_group(questions: list[Question]) -> None:
    """ws.sc2 (the founding year) and ws.sc1 (the founding name) answer each other."""
    grouped = [
        dataclasses.replace(q, group="founding") if q.id in ("ws.sc1", "ws.sc2") else q
        for q in questions
    ]
    for seed in range(20):
        w = build_workshop(grouped, seed=seed, count=5, topics=["Origins"])
        assert len(w.items) == 2 and not {"ws.sc1", "ws.sc2"} <= set(w.items)
    w = build_workshop(grouped, seed=3, count=2, topics=["Origins"])
    inside = next(i for i in w.items if i in ("ws.sc1", "ws.sc2"))
    other = w.items.index(next(i for i in w.items if i != inside))
    with pytest.raises(WorkshopError, match="No other question"):
        swap(w, grouped, other)  # the only other Origins question is in the group already


def test_yaml_round_trip(tmp_path: Path, questions: list[Question]) -> None:
    w = build_workshop(
        questions,
        seed=11,
        count=5,
        banks=["ws"],
        title="Après-midi: GMG",
        speed_bonus=True,
        seconds_per_question=45,
        points_per_question=3,
    )
    path = tmp_path / "w.yaml"
    save_workshop(w, path)
    back = open_workshop(path)
    assert back.items == w.items
    assert (back.title, back.seed, back.speed_bonus) == ("Après-midi: GMG", 11, True)
    assert (back.seconds_per_question, back.points_per_question) == (45, 3)
    assert "workshop: 1" in path.read_text(encoding="utf-8")


def test_unknown_item_ids_are_reported_not_fatal(
    tmp_path: Path, by_id: dict[str, Question]
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "workshop: 1\ncount: 3\nseed: 1\nitems: [ws.sc1, gone.item, ws.tf1]\n", encoding="utf-8"
    )
    found, missing = open_workshop(path).resolve(by_id)
    assert [q.id for q in found] == ["ws.sc1", "ws.tf1"]
    assert missing == ["gone.item"]


OK = "workshop: 1\ncount: 3\nseed: 1\nitems: [a]\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OK + "colour: red\n", ":5:1: error: colour: unknown"),
        ("workshop: 1\ncount: 0\nseed: 1\nitems: [a]\n", ":2:8: error: count: "),
        ("workshop: 2\ncount: 1\nseed: 1\nitems: [a]\n", ":1:11: error: workshop: this Trainer"),
        ("workshop: 1\ncount: 1\nseed: 1\n", "missing field 'items'"),
        (OK + "kinds: [essay]\n", "kinds: unknown kind 'essay'"),
        ("workshop: 1\ncount: [1\n", ":3:1: error:"),
        ("- just\n- a list\n", "a mapping"),
        ("workshop: 1\ncount: '3'\nseed: 1\nitems: [a]\n", ":2:8: error: count: "),
    ],
)
def test_bad_files_give_located_errors(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(path)
    assert expected in str(info.value)
    assert str(info.value).startswith(str(path))


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError, match="cannot read"):
        open_workshop(tmp_path / "absent.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("title: caf\xe9\n".encode("latin-1"))
    with pytest.raises(WorkshopFileError, match="UTF-8"):
        open_workshop(bad)


RUNNER = "import sys; from trainer.workshop_cli import main; raise SystemExit(main(sys.argv[1:]))"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))


def _export(workshop: Path, bank_dir: Path, out: Path) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [
            *(sys.executable, "-c", RUNNER, "export", "--format", "gift"),
            *("--workshop", str(workshop), "--bank-path", str(bank_dir), "--out", str(out)),
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")
def test_a_device_or_a_pipe_is_refused_at_once(tmp_path: Path, bank_dir: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for source in (Path("/dev/zero"), fifo, tmp_path):
        done = _export(source, bank_dir, tmp_path / "out.gift")
        assert done.returncode == 1, done.stderr
        assert done.stderr.strip() == (
            f"trainer export: {source}:1:1: error: not a regular file; "
            "choose a workshop or bank file (.yaml)"
        )
        with pytest.raises(WorkshopFileError, match="not a regular file"):
            open_workshop(source)


def test_a_workshop_file_larger_than_a_bank_may_be_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(yamlsafe.MAX_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(
        WorkshopFileError, match=r"big.yaml:1:1: error: the file is larger than 5 MB"
    ):
        open_workshop(big)


# ---------------------------------------------------------------- seeds (C4)


def test_one_seed_range_everywhere(tmp_path: Path, questions: list[Question]) -> None:
    assert SEED_MAX == 2**31 - 1  # what the builder's spin box (a C int) can hold
    path = tmp_path / "w.yaml"
    path.write_text(f"workshop: 1\ncount: 1\nseed: {SEED_MAX}\nitems: [a]\n", encoding="utf-8")
    assert open_workshop(path).seed == SEED_MAX
    path.write_text("workshop: 1\ncount: 1\nseed: 1099511627776\nitems: [a]\n", encoding="utf-8")
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(path)
    assert str(info.value) == (
        f"{path}:3:7: error: seed: Input should be less than or equal to {SEED_MAX}"
    )
    with pytest.raises(WorkshopError, match=f"from 0 to {SEED_MAX}"):
        build_workshop(questions, seed=SEED_MAX + 1)
    assert build_workshop(questions, seed=SEED_MAX).seed == SEED_MAX


def test_the_command_line_seed_has_the_same_range(tmp_path: Path, bank_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    args = ["export", "--format", "gift", "--bank-path", str(bank_dir), "--out", "x.gift"]
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *args, "--seed", str(SEED_MAX + 1)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert f"--seed: a whole number from 0 to {SEED_MAX}" in done.stderr
    assert not (tmp_path / "x.gift").exists()


# ---------------------------------------------------------------- control characters (C5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('title: "Quiz\\x01"', ":5:8: error: title: contains the control character U+0001"),
        ('title: "Two\\nlines"', ":5:8: error: title: a line break is not allowed in this text"),
        ('topics: ["A\\x1fB"]', ":5:10: error: topics[0]: contains the control character U+001F"),
        ('banks: ["\\e"]', ":5:9: error: banks[0]: contains the control character U+001B"),
        ("title: " + "t" * 201, ":5:8: error: title: String should have at most 200 characters"),
    ],
)
def test_control_characters_in_a_workshop_file_are_located_errors(
    tmp_path: Path, line: str, expected: str
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(OK + line + "\n", encoding="utf-8")
    with pytest.raises(WorkshopFileError) as info:
        open_workshop(path)
    assert expected in str(info.value)
    assert "\x01" not in str(info.value) and "\x1b" not in str(info.value)


@pytest.mark.parametrize(
    ("title", "message"),
    [("Two\nlines", "title: a line break"), ("t" * 201, "title: String should have at most 200")],
)
def test_a_workshop_that_could_not_be_opened_again_is_never_saved(
    tmp_path: Path, questions: list[Question], title: str, message: str
) -> None:
    workshop = replace(build_workshop(questions, seed=1, count=2), title=title)  # as the builder
    with pytest.raises(WorkshopError, match=message):
        save_workshop(workshop, tmp_path / "w.yaml")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WorkshopError, match="1 to 500 questions"):
        build_workshop(questions, seed=1, count=501)
