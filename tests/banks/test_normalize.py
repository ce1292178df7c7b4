"""Answer normalisation, number formatting and YAML scalar resolution."""

from __future__ import annotations

import pytest

from trainer.core import numbers
from trainer.core.banks.yamlsafe import parse, plain_scalar
from trainer.core.normalize import (
    answer_key,
    decimals_of,
    parse_number,
    same_number,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Management", " management "),
        ("Émigration", "emigration"),
        ("U.N.", "un"),
        ("co-operation", "cooperation"),
        ("New   York!", "new york"),
        ("ﬁnance", "finance"),  # NFKD folds the ligature
    ],
)
def test_answer_key_ignores_case_accents_spaces_punctuation(a: str, b: str) -> None:
    assert answer_key(a) == answer_key(b)


def test_answer_key_keeps_different_words_apart() -> None:
    assert answer_key("migrant") != answer_key("migrants")


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (1600, None, "1,600"),
        (2900.0, 0, "2,900"),
        (1.3, None, "1.3"),
        (0.733, 1, "0.7"),
        (1234567, None, "1,234,567"),
        (1e-7, None, "0.0000001"),
        (-5, None, "-5"),
        (297.0, None, "297"),  # a typed answer, parsed as a float
        (2.0, 1, "2.0"),
    ],
)
def test_format_number(value: float, decimals: int | None, text: str) -> None:
    assert numbers.figure(value, decimals) == text


def test_decimals_and_parsing() -> None:
    assert [decimals_of(v) for v in (2900, 1.3, 0.733, 2.0, 1.5e-3)] == [0, 1, 3, 1, 4]
    assert parse_number("1,600") == 1600 == parse_number(" 1 600 ")
    assert parse_number("−3") == -3
    # a decimal comma, as typed in French or Portuguese: not thousands
    assert parse_number("1,5") == 1.5 and parse_number("0,75") == 0.75
    assert parse_number("−2,5") == -2.5 and parse_number("12,3456") == 12.3456
    assert parse_number("1,600,000") == 1_600_000 and parse_number("1.5") == 1.5
    assert parse_number("0,125") == 0.125 and parse_number("0,750") == 0.75
    assert parse_number("-0,125") == -0.125 and parse_number("+1,5") == 1.5
    assert parse_number("1.234,5") == 1234.5 and parse_number("1,234.5") == 1234.5
    assert parse_number("1.600.000") == 1_600_000 and parse_number(".5") == 0.5
    for unreadable in ("1,600,5", "1,,5", "1.2.3", "1,5.000,2", "5,", "1e3,5", "--1"):
        assert parse_number(unreadable) is None, unreadable
    assert parse_number("1e3") == 1000  # plain float syntax still works
    assert parse_number("abc") is None and parse_number("") is None
    assert parse_number("inf") is None
    assert same_number(1600, 1600.0, 0) and not same_number(1.3, 1.4, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12),
        ("-3", -3),
        ("1_000", 1000),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1.", 1.0),
        ("2e3", 2000.0),
        ("yes", True),
        ("Off", False),
        ("~", None),
        ("", None),
        ("2013-10-03", "2013-10-03"),
        ("2006-2013", "2006-2013"),
        ("007", "007"),
        ("12abc", "12abc"),
    ],
)
def test_plain_scalars_resolve_like_yaml(text: str, value: object) -> None:
    assert plain_scalar(text) == value and type(plain_scalar(text)) is type(value)


def test_quoted_scalars_stay_text() -> None:
    data, problems = parse("a: '12'\nb: \"yes\"\nc: !!str 5\nd: !!int '7'\n")
    assert problems == []
    assert data == {"a": "12", "b": "yes", "c": "5", "d": 7}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Migration & development", "migration and development"),
        ("Migration&Development", "Migration and Development"),
        ("the Global Migration Group", "Global Migration Group"),
        ("A Roundtable", "roundtable"),
        ("an agency", "Agency"),
        ("  THE   Hague ", "hague"),
        ("Réfugiés", "refugies"),
        ("2006–2013", "2006-2013"),  # any dash between digits
    ],
)
def test_answer_key_accepts_the_variants_a_person_types(a: str, b: str) -> None:
    assert answer_key(a) == answer_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1/2", "12"),
        ("1.5", "15"),
        ("2006-2013", "20062013"),
        ("a", ""),  # a lone article is an answer, not an article
        ("crisis", "crises"),  # plurals are variants the bank lists
    ],
)
def test_answer_key_keeps_what_matters(a: str, b: str) -> None:
    assert answer_key(a) != answer_key(b)
