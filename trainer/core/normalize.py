"""Text and number normalisation shared by the loader, the generator and scoring.

* :func:`answer_key` is how typed answers are compared: case, accents (Unicode NFKD),
  punctuation between letters, surrounding or repeated spaces, "&" for "and" and a
  leading article ("the", "a", "an") do not matter; a mark between two digits does
  ("1/2" is not "12").
* :func:`parse_number` reads what a learner types ("1,600", "1 600", "1600.0").
"""

from __future__ import annotations

import math
import re
import unicodedata

from trainer.core.numbers import decimals_of

__all__ = ["answer_key", "decimals_of", "option_key", "parse_number", "same_number"]

_DROP = frozenset({"Mn", "Me", "Mc", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sk", "Cf"})


_ARTICLES = ("the ", "a ", "an ")
_SPACED_MARK = re.compile(r"(\d)\s*([^\w\s])\s*(?=\d)")


def answer_key(text: str) -> str:
    """Comparable form of an answer: ``" Éxpo-rt! "`` and ``"export"`` give the same key,
    so do ``"The Migration & Development"`` and ``"migration and development"``."""
    tight = _SPACED_MARK.sub(r"\1\2", text.replace("&", " and "))  # "1 / 2" is "1/2"
    decomposed = unicodedata.normalize("NFKD", tight)
    kept: list[str] = []
    for i, char in enumerate(decomposed):
        if unicodedata.category(char) not in _DROP:
            kept.append(char)
        elif 0 < i < len(decomposed) - 1 and (
            decomposed[i - 1].isdigit() and decomposed[i + 1].isdigit()
        ):
            # "1/2", "1.5", "2006–2013": the mark is part of the answer (any dash is "-")
            kept.append("-" if unicodedata.category(char) == "Pd" else char)
    key = " ".join("".join(kept).casefold().split())
    for article in _ARTICLES:
        if key.startswith(article) and len(key) > len(article):
            return key[len(article) :]
    return key


def option_key(text: str) -> str:
    """Cheap key to spot the same option written twice (case and spacing ignored)."""
    return " ".join(text.casefold().split())


_SIGNED = re.compile(r"([+-]?)([\d.,]+)")


def _grouped(whole: str, mark: str) -> bool:
    """Whether ``whole`` is digits in groups of three separated by ``mark``."""
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(mark) + r"\d{3})+", whole) is not None


def _canonical(body: str) -> str | None:
    """Digits with "," and "." marks as a plain "123.45", or None when unreadable.

    With both marks, the last one is the decimal mark and the other groups
    thousands ("1,234.5", "1.234,5"). A single comma before exactly three digits
    groups thousands ("1,600"), unless the whole part is 0 ("0,125"); otherwise it is
    a decimal comma ("1,5"). A single point is a decimal point. A mark used several
    times groups thousands ("1.600.000") and must come every three digits.
    """
    commas, points = body.count(","), body.count(".")
    if commas and points:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = body.rpartition(decimal)
        if not fraction.isdigit() or not (whole.isdigit() or _grouped(whole, group)):
            return None
        return whole.replace(group, "") + "." + fraction
    if not commas and not points:
        return body
    mark = "," if commas else "."
    if commas + points > 1:
        return body.replace(mark, "") if _grouped(body, mark) else None
    whole, _, fraction = body.partition(mark)
    whole = whole or "0"
    if not whole.isdigit() or not fraction.isdigit():
        return None
    if mark == "," and len(fraction) == 3 and int(whole) != 0:
        return whole + fraction
    return whole + "." + fraction


def parse_number(text: str) -> float | None:
    """A number typed by a learner, or ``None`` (see ``_canonical`` for the marks):
    "1,600" and "1 600" are 1600, "1,5" and "0,125" are decimal commas, "1,600,5" is
    refused rather than guessed."""
    compact = "".join(text.split()).replace("_", "").replace("\u2212", "-")
    if not compact:
        return None
    match = _SIGNED.fullmatch(compact)
    if match is not None:
        plain = _canonical(match.group(2))
        if plain is None:
            return None
        compact = match.group(1) + plain
    elif "," in compact:
        return None
    try:
        number = float(compact)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def same_number(a: float | int, b: float | int, decimals: int) -> bool:
    """Whether two numbers are equal once written with ``decimals`` places ("1,600" == 1600.0)."""
    return round(float(a), decimals) == round(float(b), decimals)
