"""Every number shown to a person is written here, by what it is and for a locale.

One function per kind of number, so that the caller says what it formats and the rules
live in one place (Babel supplies each locale's marks and grouping):

* :func:`year` — a calendar year: never grouped, in any locale ("2013", not "2,013").
* :func:`figure` — a quantity from a bank: grouped, with the author's decimals
  ("1,600", "1.3"; French "1 600", "1,3").
* :func:`count` — how many of something: a grouped whole number.
* :func:`score` — quiz marks out of a total: at most one decimal ("7.3", "7").
* :func:`points` — workshop points (stored to two decimals): at most two ("1.25").
* :func:`percent` — a fraction 0..1 as a whole percentage ("67%"; French "67 %").
* :func:`answer_number` — the number of a numeric question: a year or a figure,
  as the question's ``number_format`` says (never guessed from the number's size).

``locale`` is a name such as ``"en"``, ``"fr_FR"`` or Qt's ``QLocale().name()``; ``None``
means the default set with :func:`set_locale` (``"en"`` until then). A name Babel does
not know falls back to English. Bank texts built when a bank loads (a figure's choices
and statement) are written for the bank's language, ``"en"`` for the shipped banks, so
the cache does not depend on the screen's locale. Machine formats (GIFT, Moodle XML
answers) do not use this module: they write plain numbers ("2900", "1.3").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

FALLBACK = "en"
_default = FALLBACK

Number = int | float


def set_locale(name: str | None) -> None:
    """Make ``name`` (e.g. Qt's ``QLocale().name()``) the default locale of every function
    here. Cheap: Babel is imported and the name checked only when a number is written."""
    global _default
    _default = name or FALLBACK


def current_locale() -> str:
    """The default locale in use (``"en"`` until :func:`set_locale`; unknown names: ``"en"``)."""
    return str(_locale(_default))


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK)


def _resolve(locale: str | None) -> Locale:
    return _locale(locale or _default)


def decimals_of(value: float | int) -> int:
    """Decimals an author wrote: 2900 -> 0, 1.3 -> 1, 0.733 -> 3."""
    if isinstance(value, int):
        return 0
    text = repr(float(value))
    if "e" in text or "E" in text:
        mantissa, _, exponent = text.lower().partition("e")
        digits = len(mantissa.partition(".")[2].rstrip("0"))
        return max(0, digits - int(exponent))
    return len(text.partition(".")[2])


def _grouped(value: Number, places: int, locale: str | None, optional: bool) -> str:
    """``value`` rounded half up (7.25 -> 7.3) to ``places`` decimals (all of them, or
    only those needed when ``optional``), with the locale's marks and grouping."""
    from decimal import ROUND_HALF_UP, Decimal, localcontext  # not before the first paint

    from babel.numbers import format_decimal

    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(int(value))
    with localcontext() as context:
        context.prec = max(28, exact.adjusted() + places + 4)  # 1e300 is written in full
        context.rounding = ROUND_HALF_UP
        rounded = exact.quantize(Decimal(1).scaleb(-places))
        pattern = "#,##0" + ("." + ("#" if optional else "0") * places if places else "")
        return format_decimal(rounded, format=pattern, locale=_resolve(locale))


def year(value: Number) -> str:
    """A calendar year, never grouped: ``2013 -> "2013"`` in every locale."""
    return str(round(value))


def figure(value: Number, decimals: int | None = None, locale: str | None = None) -> str:
    """A quantity with ``decimals`` places (default: as written, ``297.0 -> "297"``)."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else decimals_of(value)
    return _grouped(value, decimals, locale, optional=False)


def count(value: int, locale: str | None = None) -> str:
    """How many of something: ``12500 -> "12,500"``."""
    return _grouped(int(value), 0, locale, optional=False)


def score(value: Number, locale: str | None = None) -> str:
    """Marks, at most one decimal: ``7.26667 -> "7.3"``, ``7.0 -> "7"``."""
    return _grouped(value, 1, locale, optional=True)


def points(value: Number, locale: str | None = None) -> str:
    """Workshop points, at most two decimals: ``1.25 -> "1.25"``, ``3.0 -> "3"``."""
    return _grouped(value, 2, locale, optional=True)


def percent(fraction: Number, locale: str | None = None) -> str:
    """A share 0..1 as a whole percentage in the locale's way: ``0.6667 -> "67%"``."""
    from decimal import ROUND_HALF_UP, Decimal, localcontext

    from babel.numbers import format_percent

    with localcontext() as context:
        context.rounding = ROUND_HALF_UP
        context.prec = 330  # any float, written in full
        whole = Decimal(repr(float(fraction) * 100)).quantize(Decimal(1)) / 100
        return format_percent(whole, locale=_resolve(locale))


def answer_number(
    value: Number,
    number_format: str = "plain",
    decimals: int | None = None,
    locale: str | None = None,
) -> str:
    """The number of a numeric question: a :func:`year` or a :func:`figure`."""
    if number_format == "year":
        return year(value)
    return figure(value, decimals, locale)
