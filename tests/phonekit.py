"""Shared by the real-browser tests of the participant page: one way per question kind
to answer on the page as a person would (taps, typing, choosing), keyed by the kind's
wire name like the page's own table, on a :class:`browserkit.Phone` of any engine."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from browserkit import Phone

from trainer.core.banks import Question


def _single(phone: Phone, q: Question, response: Any) -> None:
    phone.tap_choice(response)


def _multiple(phone: Phone, q: Question, response: Any) -> None:
    for text in response:
        phone.tap_choice(text)
    phone.click("#send")


def _true_false(phone: Phone, q: Question, response: Any) -> None:
    phone.tap_choice("True" if response else "False")


def _typed(field: str) -> Callable[[Phone, Question, Any], None]:
    def answer(phone: Phone, q: Question, response: Any) -> None:
        phone.fill(field, str(response))
        phone.click("#send")

    return answer


def _cloze(phone: Phone, q: Question, response: Any) -> None:
    for index, text in enumerate(response):
        phone.fill("input.blank", text, index)
    phone.click("#send")


def _ordering(phone: Phone, q: Question, response: Any) -> None:
    for text in response:
        phone.tap_choice(text)
    phone.click("#send")


def _matching(phone: Phone, q: Question, response: Any) -> None:
    lefts = list(q.lefts)  # type: ignore[attr-defined]
    for left, right in response.items():
        phone.select("select.match", right, lefts.index(left))
    phone.click("#send")


ANSWER: dict[str, Callable[[Phone, Question, Any], None]] = {
    "single_choice": _single,
    "multiple_choice": _multiple,
    "true_false": _true_false,
    "numeric": _typed("#number"),
    "short_answer": _typed("#text"),
    "cloze": _cloze,
    "ordering": _ordering,
    "matching": _matching,
}
"""Kind → how a person answers it on the page."""


def join(phone: Phone, name: str) -> None:
    phone.fill("#name", name)
    phone.click("#join")
    phone.until("#me", f"el.textContent.includes({json.dumps(name)})", f"named {name!r}")


def received(phone: Phone) -> None:
    phone.visible("#status.received")
