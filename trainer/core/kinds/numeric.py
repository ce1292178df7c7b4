"""``numeric``: a number, right when within ``tolerance`` of ``answer``.

Response: a number (or a text such as "1,600"); 1 if within the tolerance, else 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core import numbers
from trainer.core.kinds.base import Kind, Question, RightAnswer, Translate, response_line
from trainer.core.kinds.phone import MAX_NUMBER_TEXT, PhoneForm, answer_text, refuse
from trainer.core.normalize import parse_number

if TYPE_CHECKING:
    from trainer.core.banks.schema import NumericItem


@dataclass(frozen=True, slots=True)
class NumericQuestion(Question):
    """A number, right when within ``tolerance`` of ``answer``."""

    question: str
    answer: float | int
    tolerance: float | int
    unit: str | None
    template: str | None
    """How the answer is written, with ``{value}`` (e.g. ``"USD {value} billion"``)."""
    number_format: str = "plain"
    """``"year"``: a calendar year, never grouped ("2013"); ``"plain"``: a quantity."""
    KIND: ClassVar[str] = "numeric"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def expected_text(self) -> str:
        number = numbers.answer_number(self.answer, self.number_format)
        if self.template:
            return self.template.replace("{value}", number)
        return f"{number} {self.unit}" if self.unit else number


def _from_item(item: NumericItem, common: dict[str, Any]) -> NumericQuestion:
    return NumericQuestion(
        **common,
        question=item.question,
        answer=item.answer,
        tolerance=item.tolerance,
        unit=item.unit,
        template=None,
        number_format=item.number_format,
    )


def _score(q: NumericQuestion, response: Any) -> float:
    if isinstance(response, bool):
        return 0.0
    if isinstance(response, str):
        parsed = parse_number(response)
        if parsed is None:
            return 0.0
        response = parsed
    if not isinstance(response, int | float) or not math.isfinite(response):
        return 0.0
    slack = q.tolerance + 1e-9 * max(1.0, abs(q.answer))
    return 1.0 if abs(response - q.answer) <= slack else 0.0


def _right(q: NumericQuestion, _tr: Translate) -> RightAnswer:
    text = q.expected_text
    if q.tolerance:
        text = f"{text} (± {numbers.figure(q.tolerance)})"
    return RightAnswer((text,))


def _response(q: NumericQuestion, response: Any, _tr: Translate) -> str:
    number = numbers.answer_number(float(response), q.number_format)
    return f"{number} {q.unit}" if q.unit else number


def _line(q: NumericQuestion, response: Any) -> str:
    """A number in the question's own format (a year stays "2013"), without the unit."""
    if isinstance(response, int | float) and not isinstance(response, bool):
        return numbers.answer_number(response, q.number_format)
    return response_line(q, response)


def _example(q: NumericQuestion, right: bool) -> float:
    return float(q.answer if right else q.answer + q.tolerance + 7)


def _phone(q: NumericQuestion, _seed: int) -> dict[str, Any]:
    return {"unit": q.unit}


def _phone_check(q: NumericQuestion, response: Any) -> float | int | str:
    """A finite number (at most 10^15 in size), or its text (``"1,600"``)."""
    if isinstance(response, bool):
        raise refuse("a number was expected")
    if isinstance(response, int | float):
        if not math.isfinite(response) or abs(response) > 1e15:
            raise refuse("the number is out of range")
        return response
    if isinstance(response, str):
        text = answer_text(response, MAX_NUMBER_TEXT, "number")
        if parse_number(text) is None:
            raise refuse("this is not a number")
        return text
    raise refuse("a number was expected")


def _phone_reveal(q: NumericQuestion) -> dict[str, Any]:
    return {"answer": q.answer, "tolerance": q.tolerance}


KIND = Kind(
    name=NumericQuestion.KIND,
    question=NumericQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    response_line=_line,
    phone=PhoneForm("number", _phone, _phone_check, _phone_reveal),
)
