"""Text and number normalisation shared by the loader, the generator and scoring.

* :func:`answer_key` is how typed answers are compared: case, accents (Unicode NFKD),
  punctuation and surrounding or repeated spaces do not matter.
* :func:`format_number` writes numbers the one way Trainer shows them: thousands
  separators ("1,600") and the author's number of decimals.
* :func:`parse_number` reads what a learner types ("1,600", "1 600", "1600.0").
"""

from __future__ import annotations

import math
import re
import unicodedata

_DROP = frozenset({"Mn", "Me", "Mc", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sk", "Cf"})


def answer_key(text: str) -> str:
    """Comparable form of an answer: ``" Éxpo-rt! "`` and ``"export"`` give the same key."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in _DROP)
    return " ".join(kept.casefold().split())


def option_key(text: str) -> str:
    """Cheap key to spot the same option written twice (case and spacing ignored)."""
    return " ".join(text.casefold().split())


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


def format_number(value: float | int, decimals: int | None = None) -> str:
    """``1600 -> "1,600"``; floats keep ``decimals`` (default: their own) places, and a
    whole float without ``decimals`` is written as a whole number (``297.0 -> "297"``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if decimals is None and float(value).is_integer():
        return f"{int(value):,}"
    places = decimals_of(value) if decimals is None else decimals
    if places == 0 and float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{places}f}"


_DECIMAL_COMMA = re.compile(r"[-\u2212]?\d+,(\d{1,2}|\d{4,})")


def parse_number(text: str) -> float | None:
    """A number typed by a learner, or ``None``: thousands separators and spaces are ignored.

    A single comma followed by one, two or more than three digits, with no point, is a
    decimal comma ("1,5" is 1.5, "0,75" is 0.75); followed by three digits it separates
    thousands ("1,600" is 1600).
    """
    compact = "".join(text.split())
    if _DECIMAL_COMMA.fullmatch(compact):
        compact = compact.replace(",", ".")
    cleaned = compact.replace(",", "").replace("_", "").replace("\u2212", "-")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def same_number(a: float | int, b: float | int, decimals: int) -> bool:
    """Whether two numbers are equal once written with ``decimals`` places ("1,600" == 1600.0)."""
    return round(float(a), decimals) == round(float(b), decimals)
