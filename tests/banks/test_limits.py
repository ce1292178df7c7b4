"""The format's limits: every number, size and count a bank can hold is bounded, and a file
past a limit gets a located, plain message (never "unexpected problem", never a traceback)."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest
from bankkit import HEADER, ITEM, VALID, figure
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.banks import LoadResult, load_banks
from trainer.core.banks.errors import MAX_ERRORS
from trainer.core.banks.generate import distractors, generate
from trainer.core.banks.schema import (
    MAX_DECIMALS,
    MAX_ENTRIES,
    MAX_ITEMS,
    MAX_MAGNITUDE,
    MAX_TEXT,
    FigureFact,
)
from trainer.core.banks.yamlsafe import MAX_NODES
from trainer.core.normalize import decimals_of


def _load(tmp_path: Path, text: str) -> LoadResult:
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    return load_banks([path])


def _only_error(result: LoadResult) -> str:
    assert result.banks == []
    assert len(result.errors) == 1, [str(e) for e in result.errors]
    message = str(result.errors[0])
    assert "unexpected problem" not in message
    return message


# ---------------------------------------------------------------- numbers (C2)

HUGE = [
    ("1e308", "value", 17, 12),
    ("-1.8e307", "value", 17, 12),
    ("1" * 400, "value", 17, 12),
    ("1" * 5000, "value", 17, 12),
    ("1000000000000001", "value", 17, 12),
]


@pytest.mark.parametrize(("number", "field", "line", "column"), HUGE)
def test_a_figure_value_out_of_range_is_a_located_error(
    tmp_path: Path, number: str, field: str, line: int, column: int
) -> None:
    text = figure().replace("value: 1600", f"value: {number}")
    message = _only_error(_load(tmp_path, text))
    assert f":{line}:{column}: error: items[0].{field}: " in message
    assert "between -1,000,000,000,000,000 and 1,000,000,000,000,000" in message
    assert len(message) < 300  # the value is never printed whole


@pytest.mark.parametrize("number", ["5e-324", "0.0000001", "1.1234567"])
def test_a_figure_value_with_too_many_decimals_is_a_located_error(
    tmp_path: Path, number: str
) -> None:
    text = figure().replace("value: 1600", f"value: {number}")
    message = _only_error(_load(tmp_path, text))
    assert ":17:12: error: items[0].value: " in message
    assert f"at most {MAX_DECIMALS} decimals" in message


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ("    tolerance: 1e300\n", "tolerance"),
        ("    distractors: [1500, 1e300]\n", "distractors[1]"),
        ("    from_value: 1e300\n    from_year: 2000\n", "from_value"),
    ],
)
def test_every_number_of_a_figure_is_bounded(tmp_path: Path, extra: str, field: str) -> None:
    message = _only_error(_load(tmp_path, figure(extra)))
    assert f"items[0].{field}: must be between" in message


def test_a_numeric_answer_is_bounded(tmp_path: Path) -> None:
    text = HEADER + (
        "  - id: t.n\n    kind: numeric\n    topic: T\n    difficulty: 1\n    source: S\n"
        "    explanation: E\n    question: Q?\n    answer: 1e20\n    tolerance: 1e16\n"
    )
    errors = [e.message for e in _load(tmp_path, text).errors]
    assert errors == [
        "items[0].answer: must be between -1,000,000,000,000,000 and 1,000,000,000,000,000",
        "items[0].tolerance: must be between -1,000,000,000,000,000 and 1,000,000,000,000,000",
    ]
    decimals = text.replace("answer: 1e20", "answer: 0.1234567").replace("1e16", "1e-9")
    errors = [e.message for e in _load(tmp_path, decimals).errors]
    assert errors == [f"items[0].answer: must have at most {MAX_DECIMALS} decimals"]


def test_the_largest_allowed_values_load(tmp_path: Path) -> None:
    for number in ("1000000000000000", "-1000000000000000", "0.000001", "123456.123456"):
        text = figure().replace("value: 1600", f"value: {number}")
        result = _load(tmp_path, text)
        assert result.errors == [], number
        assert len(result.questions) == 5


_NUMBERS = st.one_of(
    st.integers(-MAX_MAGNITUDE, MAX_MAGNITUDE),
    st.builds(
        lambda whole, fraction, places: round(whole + fraction, places),
        st.integers(-(10**9), 10**9),
        st.floats(0, 1),
        st.integers(1, MAX_DECIMALS),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    value=_NUMBERS,
    tolerance=st.one_of(st.just(0), st.integers(0, MAX_MAGNITUDE), st.floats(0, 1000)),
    seed=st.integers(0, 2**31 - 1),
)
def test_any_figure_within_the_limits_generates_its_questions(
    value: float, tolerance: float, seed: int
) -> None:
    if isinstance(value, float) and decimals_of(value) > MAX_DECIMALS:
        return  # not a value a bank can hold
    fact = FigureFact(
        id="t.f",
        kind="figure",
        topic="T",
        difficulty=1,
        explanation="E",
        source="S",
        question="Q?",
        statement="It was {value}.",
        value=value,
        year=2000,
        tolerance=tolerance,
    )
    wrong = distractors(fact, {}, random.Random(seed), 3)
    assert all(abs(w - value) > tolerance for w in wrong)
    common = {
        "bank_id": "t",
        "topic": "T",
        "tags": (),
        "difficulty": 1,
        "explanation": "E",
        "source": "S",
        "fact_id": "t.f",
        "group": "t.f",
        "content_hash": "h",
    }
    assert len(generate(fact, common, seed)) == 5


# ---------------------------------------------------------------- sizes and counts (C6)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _timed_load(path: Path) -> tuple[LoadResult, float]:
    start = time.process_time()
    result = load_banks([path])
    return result, time.process_time() - start


def test_text_repeated_through_aliases_is_refused_at_once(tmp_path: Path) -> None:
    # The review's file: a 4.8 MB string anchored once and aliased 9,990 times (199 s before).
    big = "y" * 4_800_000
    path = _write(tmp_path, f'z: &z "{big}"\nitems: [' + ", ".join(["*z"] * 9_990) + "]\n")
    result, seconds = _timed_load(path)
    assert seconds < 5, seconds  # generous: it takes well under a second
    message = _only_error(result)
    assert ":2:9: error: items[0]: aliases expand to more than" in message
    assert len(message) < 300


def test_a_few_aliases_of_short_text_still_work(tmp_path: Path) -> None:
    text = figure().replace("    source: S\n", "    source: &s Section 1\n")
    text += "".join(
        f"  - {{id: t.c{i}, kind: flashcard, topic: T, difficulty: 1, source: *s, "
        "explanation: E, front: F, back: B}\n"
        for i in range(200)
    )
    result = _load(tmp_path, text)
    assert result.errors == []
    assert result.by_id["t.c199"].source == "Section 1"


def test_an_absurd_number_of_items_is_refused_early(tmp_path: Path) -> None:
    # The review's file: 300,000 plain items in 4.5 MB (19 s and 643 MB before).
    path = _write(tmp_path, HEADER + "".join(f"  - it{i:07d}\n" for i in range(300_000)))
    result, seconds = _timed_load(path)
    message = _only_error(result)
    assert f":8:1: error: items: a bank holds at most {MAX_ITEMS:,} items" in message
    assert "300,000" in message
    assert seconds < 10, seconds  # reading the file is all the work left


def test_a_file_with_many_errors_reports_the_first_ones(tmp_path: Path) -> None:
    items = "".join(
        ITEM.replace("id: t.a", f"id: t.a{i}").replace("difficulty: 1", "difficulty: 9")
        for i in range(3_000)
    )
    result = _load(tmp_path, HEADER + items)
    assert len(result.errors) == MAX_ERRORS + 1
    assert result.errors[0].field == "items[0].difficulty"
    last = result.errors[-1]
    assert (last.line, last.column, last.field) == (1, 1, "")
    assert f"only the first {MAX_ERRORS} problems of this file are shown" in last.message


def test_messages_show_only_an_excerpt_of_a_value(tmp_path: Path) -> None:
    huge = "x" * 200_000
    text = figure().replace("difficulty: 1", f"difficulty: {huge}")
    text = text.replace("    unit: things\n", f"    unit: things\n    ? {huge}\n    : 1\n")
    text += ITEM.replace("correct: A", f"correct: {huge}").replace("[B, C]", f"[B, {huge}]")
    text += ITEM.replace("id: t.a", "id: t.b").replace("single_choice", huge)
    text = text.replace("format: 1", f"format: {huge}a")
    errors = _load(tmp_path, text).errors
    assert errors
    for error in errors:
        assert len(str(error)) < 400, str(error)[:400]
    text = text.replace(f"format: {huge}a", "format: 1")
    long = "y" * (MAX_TEXT - 1)  # valid texts, repeated: rule messages quote them
    text += ITEM.replace("id: t.a", "id: t.c").replace("[B, C]", f"[{long}, {long}]")
    text += (
        ITEM.replace("id: t.a", "id: t.d")
        .replace("correct: A", f"correct: {long}")
        .replace("[B, C]", f"[B, {long}]")
    )
    errors = _load(tmp_path, text).errors
    messages = " ".join(e.message for e in errors)
    assert "listed twice" in messages and "also given as correct" in messages, messages
    for error in errors:
        assert len(str(error)) < 400, str(error)[:400]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("question: Q?", "question: " + "q" * (MAX_TEXT + 1), "items[0].question"),
        (
            "wrong: [B, C]",
            "wrong: [B, C]\n    tags: [" + "a, " * MAX_ENTRIES + "b]",
            "items[0].tags",
        ),
        ("id: t\n", "id: " + "t" * 61 + "\n", "id"),
    ],
)
def test_texts_and_lists_are_bounded(tmp_path: Path, old: str, new: str, field: str) -> None:
    message = _only_error(_load(tmp_path, VALID.replace(old, new, 1)))
    assert f"error: {field}: " in message
    assert len(message) < 300


def test_a_file_of_a_million_tiny_values_is_refused_while_reading(tmp_path: Path) -> None:
    wrong = ", ".join(["[]"] * 1_200_000)
    text = VALID.replace("wrong: [B, C]", f"wrong: [{wrong}]")
    result, seconds = _timed_load(_write(tmp_path, text))
    message = _only_error(result)
    assert f"error: the file holds more than {MAX_NODES:,} values" in message
    assert seconds < 15, seconds  # generous; about 2 s


# ---------------------------------------------------------------- files (C7)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")
def test_a_device_or_a_pipe_named_as_a_bank_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for source in (Path("/dev/zero"), fifo):
        result = load_banks([source])
        assert [str(e) for e in result.errors] == [
            f"{source}:1:1: error: not a regular file; choose a workshop or bank file (.yaml)"
        ]


# ---------------------------------------------------------------- control characters (C5)


@pytest.mark.parametrize(
    ("old", "new", "field", "column", "problem"),
    [
        ("question: Q?", 'question: "Unit\\x1fseparator"', "question", 15, "U+001F"),
        ("correct: A", 'correct: "A\\x01"', "correct", 14, "U+0001"),
        ("wrong: [B, C]", 'wrong: [B, "C\\u0085D"]', "wrong[1]", 16, "U+0085"),
        ("topic: T", 'topic: "T\\x7f"', "topic", 12, "U+007F"),
        ("question: Q?", 'question: "Line\\nbreak"', "question", 15, "a line break"),
        ("question: Q?", 'question: "Tab\\there"', "question", 15, "a tab"),
        ("correct: A", 'correct: "A\\rB"', "correct", 14, "U+000D"),
        ("explanation: E", 'explanation: "E\\x1b[31m"', "explanation", 18, "U+001B"),
    ],
)
def test_control_characters_in_texts_are_located_errors(
    tmp_path: Path, old: str, new: str, field: str, column: int, problem: str
) -> None:
    message = _only_error(_load(tmp_path, VALID.replace(old, new, 1)))
    line = next(n for n, text in enumerate(VALID.splitlines(), 1) if old in text)
    assert f":{line}:{column}: error: items[0].{field}: " in message
    assert problem in message
    assert "\x1f" not in message and "\x01" not in message and "\x1b" not in message


def test_explanations_descriptions_and_card_backs_may_have_lines_and_tabs(tmp_path: Path) -> None:
    text = VALID.replace("description: D", 'description: "Two\\nlines"')
    text = text.replace("explanation: E", "explanation: |\n      One line.\n      \tAnother.")
    text += (
        "  - id: t.card\n    kind: flashcard\n    topic: T\n    difficulty: 1\n    source: S\n"
        '    explanation: E\n    front: F\n    back: "1.\\tA\\n2.\\tB"\n'
    )
    result = _load(tmp_path, text)
    assert result.errors == []
    assert result.by_id["t.a"].explanation == "One line.\n\tAnother."


def test_a_control_character_in_a_header_text_is_an_error(tmp_path: Path) -> None:
    message = _only_error(_load(tmp_path, VALID.replace("title: T", 'title: "T\\x00"')))
    assert ":3:8: error: title: " in message and "U+0000" in message


def test_messages_print_control_characters_as_escapes(tmp_path: Path) -> None:
    text = VALID.replace("    question: Q?\n", '    question: Q?\n    "\\e[31mred": 1\n')
    message = _only_error(_load(tmp_path, text))
    assert "unknown field `\\x1b[31mred`" in message
    assert "\x1b" not in message
