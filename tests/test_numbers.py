"""Every number shown to a person is written by trainer.core.numbers, by kind and locale."""

from __future__ import annotations

import pytest

from trainer.core import numbers


@pytest.fixture(autouse=True)
def _english() -> object:
    numbers.set_locale("en")
    yield None
    numbers.set_locale(None)


@pytest.mark.parametrize(
    ("value", "text"),
    [(7.26667, "7.3"), (7.0, "7"), (7, "7"), (0.666667, "0.7"), (7.25, "7.3"), (0, "0")],
)
def test_scores_have_at_most_one_decimal(value: float, text: str) -> None:
    assert numbers.score(value) == text


def test_points_percent_count_and_years() -> None:
    assert numbers.points(1.375) == "1.38" and numbers.points(3.0) == "3"
    assert numbers.percent(0.6667) == "67%" and numbers.percent(1) == "100%"
    assert numbers.count(12500) == "12,500"
    for year in (2003, 2006, 2013, 2013.0, 1951):
        assert numbers.year(year) == str(int(year))
    assert numbers.answer_number(2013, "year") == "2013"
    assert numbers.answer_number(2013, "plain") == "2,013"  # a quantity, not a year


@pytest.mark.parametrize(
    ("locale", "figure", "score", "percent"),
    [
        ("en", "1,600", "7.3", "67%"),
        ("en_US", "1,600", "7.3", "67%"),
        ("fr", "1\u202f600", "7,3", "67\u00a0%"),
        ("fr_FR", "1\u202f600", "7,3", "67\u00a0%"),
        ("es", "1.600", "7,3", "67\u00a0%"),
        ("C", "1,600", "7.3", "67%"),  # Qt's name for no locale: English
        ("xx_YY", "1,600", "7.3", "67%"),
    ],
)
def test_locales(locale: str, figure: str, score: str, percent: str) -> None:
    assert numbers.figure(1600, locale=locale) == figure
    assert numbers.score(7.26667, locale) == score
    assert numbers.percent(0.6667, locale) == percent
    assert numbers.year(2013) == "2013" == numbers.answer_number(2013, "year", locale=locale)


def test_default_locale_is_settable() -> None:
    numbers.set_locale("fr_FR")
    assert numbers.current_locale() == "fr_FR"
    assert numbers.figure(2900.5) == "2\u202f900,5"
    assert numbers.answer_number(2013, "year") == "2013"
    numbers.set_locale("nonsense")
    assert numbers.current_locale() == "en" and numbers.figure(2900) == "2,900"
