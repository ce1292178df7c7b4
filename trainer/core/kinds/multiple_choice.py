"""``multiple_choice``: several right options, partial credit.

Response: the chosen options (any collection of ``str``); (right picks − wrong picks) /
number of right options, never below 0.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import (
    Kind,
    Letters,
    Options,
    Question,
    RightAnswer,
    Translate,
    distinct_texts,
    listed_options,
)
from trainer.core.kinds.phone import (
    PhoneForm,
    answer_list,
    choice_reveal,
    choice_tally,
    distinct,
    one_of,
)
from trainer.core.normalize import option_key

if TYPE_CHECKING:
    from trainer.core.banks.schema import MultipleChoiceItem


@dataclass(frozen=True, slots=True)
class MultipleChoiceQuestion(Question):
    """Several right options; partial credit."""

    question: str
    correct: tuple[str, ...]
    wrong: tuple[str, ...]
    KIND: ClassVar[str] = "multiple_choice"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def options(self) -> tuple[str, ...]:
        return (*self.correct, *self.wrong)

    @property
    def correct_options(self) -> tuple[str, ...]:
        return self.correct

    def shuffled_options(self, seed: int) -> list[str]:
        options = list(self.options)
        self._rng(seed).shuffle(options)
        return options


def _from_item(item: MultipleChoiceItem, common: dict[str, Any]) -> MultipleChoiceQuestion:
    return MultipleChoiceQuestion(
        **common, question=item.question, correct=tuple(item.correct), wrong=tuple(item.wrong)
    )


def _score(q: MultipleChoiceQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Collection):
        return 0.0
    right = {option_key(c) for c in q.correct}
    picks = {option_key(p) for p in response if isinstance(p, str)}
    hits = len(picks & right)
    misses = len(picks - right)
    return max(0.0, (hits - misses) / len(right))


def _right(q: MultipleChoiceQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer(q.correct)


def _response(_q: MultipleChoiceQuestion, response: Any, _tr: Translate) -> str:
    return "; ".join(str(r) for r in response)


def _example(q: MultipleChoiceQuestion, right: bool) -> list[str]:
    return list(q.correct) if right else list(q.wrong[:1])


def _choices(q: MultipleChoiceQuestion, seed: int) -> tuple[str, ...]:
    return tuple(q.shuffled_options(seed))


def _toggle(choices: Sequence[str], index: int, current: Any) -> list[str]:
    """The team's chosen options with choice ``index`` added or taken away."""
    option = choices[index]
    chosen = [str(c) for c in current] if isinstance(current, list) else []
    if option in chosen:
        chosen.remove(option)
    else:
        chosen.append(option)
    return [c for c in choices if c in chosen]


def _phone(q: MultipleChoiceQuestion, seed: int) -> dict[str, Any]:
    return {"options": q.shuffled_options(seed), "select": "many"}


def _phone_check(q: MultipleChoiceQuestion, response: Any) -> list[str]:
    """A list of distinct option texts (may be empty: "none of them"), kept in the
    authored order."""
    picks = [one_of(p, q.options) for p in answer_list(response, len(q.options))]
    distinct(picks)
    return [o for o in q.options if o in picks]


KIND = Kind(
    name=MultipleChoiceQuestion.KIND,
    question=MultipleChoiceQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    choices=_choices,
    letters=Letters(_toggle, several=True),
    options=Options(listed_options, distinct_texts),
    phone=PhoneForm("many_choices", _phone, _phone_check, choice_reveal, choice_tally),
)
