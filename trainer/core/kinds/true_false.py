"""``true_false``: a statement to judge.

Response: ``bool``; 1 if equal to the answer. Letter A records True, B False.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import (
    Kind,
    Letters,
    Options,
    Question,
    RightAnswer,
    Translate,
    chosen_choices,
)
from trainer.core.kinds.phone import Bar, PhoneForm, nothing, refuse

if TYPE_CHECKING:
    from trainer.core.banks.schema import TrueFalseItem


@dataclass(frozen=True, slots=True)
class TrueFalseQuestion(Question):
    """A statement to judge."""

    statement: str
    answer: bool
    KIND: ClassVar[str] = "true_false"

    @property
    def prompt(self) -> str:
        return self.statement


def true_or_false(value: bool, tr: Translate) -> str:
    """ "True" or "False", through ``tr``."""
    return tr("True") if value else tr("False")


def _from_item(item: TrueFalseItem, common: dict[str, Any]) -> TrueFalseQuestion:
    return TrueFalseQuestion(**common, statement=item.statement, answer=item.answer)


def _score(q: TrueFalseQuestion, response: Any) -> float:
    return 1.0 if isinstance(response, bool) and response == q.answer else 0.0


def _right(q: TrueFalseQuestion, tr: Translate) -> RightAnswer:
    return RightAnswer((true_or_false(q.answer, tr),))


def _response(_q: TrueFalseQuestion, response: Any, tr: Translate) -> str:
    return true_or_false(bool(response), tr)


def _example(q: TrueFalseQuestion, right: bool) -> bool:
    return q.answer if right else not q.answer


def _letter(_choices: Sequence[str], index: int, _current: Any) -> bool:
    return index == 0


def _chosen(choices: Sequence[str], response: Any) -> list[int]:
    if isinstance(response, bool):
        return [0 if response else 1]
    return chosen_choices(choices, response)


def _options(q: TrueFalseQuestion) -> tuple[tuple[str, bool], ...]:
    return (("True", q.answer), ("False", not q.answer))


def _truth(response: object) -> tuple[str, ...] | None:
    return ("True" if response else "False",) if isinstance(response, bool) else None


def _phone_check(q: TrueFalseQuestion, response: Any) -> bool:
    """``true`` or ``false``."""
    if not isinstance(response, bool):
        raise refuse("true or false was expected")
    return response


def _phone_reveal(q: TrueFalseQuestion) -> dict[str, Any]:
    return {"correct": q.answer}


def _phone_tally(
    q: TrueFalseQuestion, _seed: int, answers: Sequence[tuple[Any, float]]
) -> list[Bar]:
    said = [r for r, _f in answers]
    return [
        Bar("true", "True", said.count(True), q.answer),
        Bar("false", "False", said.count(False), not q.answer),
    ]


KIND = Kind(
    name=TrueFalseQuestion.KIND,
    question=TrueFalseQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    letters=Letters(_letter, _chosen, count=2),  # A true, B false
    options=Options(_options, _truth),
    phone=PhoneForm("true_false", nothing, _phone_check, _phone_reveal, _phone_tally),
)
