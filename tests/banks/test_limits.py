"""The format's limits: every number, size and count a bank can hold is bounded, and a file
past a limit gets a located, plain message (never "unexpected problem", never a traceback)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_texts import HEADER
from hypothesis import given, settings
from hypothesis import strategies as st
from test_malformed import figure

from trainer.core.banks import LoadResult, load_banks
from trainer.core.banks.generate import distractors, generate
from trainer.core.banks.normalize import decimals_of
from trainer.core.banks.schema import MAX_DECIMALS, MAX_MAGNITUDE, FigureFact


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
