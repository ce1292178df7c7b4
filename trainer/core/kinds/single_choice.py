"""``single_choice``: one right option among several.

Response: the chosen option (``str``); 1 if it is the right option, else 0.
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
    listed_options,
    one_text,
    written,
)
from trainer.core.kinds.phone import PhoneForm, choice_reveal, choice_tally, one_of
from trainer.core.normalize import option_key

if TYPE_CHECKING:
    from trainer.core.banks.schema import SingleChoiceItem


@dataclass(frozen=True, slots=True)
class SingleChoiceQuestion(Question):
    """One right option among several."""

    question: str
    correct: str
    wrong: tuple[str, ...]
    KIND: ClassVar[str] = "single_choice"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def options(self) -> tuple[str, ...]:
        """All options as authored: the right one first."""
        return (self.correct, *self.wrong)

    @property
    def correct_options(self) -> tuple[str, ...]:
        return (self.correct,)

    def shuffled_options(self, seed: int) -> list[str]:
        """The options in an order that depends only on ``seed`` and the item id."""
        options = list(self.options)
        self._rng(seed).shuffle(options)
        return options


def _from_item(item: SingleChoiceItem, common: dict[str, Any]) -> SingleChoiceQuestion:
    return SingleChoiceQuestion(
        **common, question=item.question, correct=item.correct, wrong=tuple(item.wrong)
    )


def _score(q: SingleChoiceQuestion, response: Any) -> float:
    ok = isinstance(response, str) and option_key(response) == option_key(q.correct)
    return 1.0 if ok else 0.0


def _right(q: SingleChoiceQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer((q.correct,))


def _example(q: SingleChoiceQuestion, right: bool) -> str:
    return q.correct if right else q.wrong[0]


def _choices(q: SingleChoiceQuestion, seed: int) -> tuple[str, ...]:
    return tuple(q.shuffled_options(seed))


def _letter(choices: Sequence[str], index: int, _current: Any) -> str:
    return choices[index]


def _phone(q: SingleChoiceQuestion, seed: int) -> dict[str, Any]:
    return {"options": q.shuffled_options(seed), "select": "one"}


def _phone_check(q: SingleChoiceQuestion, response: Any) -> str:
    """One option's text."""
    return one_of(response, q.options)


KIND = Kind(
    name=SingleChoiceQuestion.KIND,
    question=SingleChoiceQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=written,
    example=_example,
    choices=_choices,
    letters=Letters(_letter),
    options=Options(listed_options, one_text),
    phone=PhoneForm("one_choice", _phone, _phone_check, choice_reveal, choice_tally),
)
