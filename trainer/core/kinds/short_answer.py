"""``short_answer``: a typed answer; any of ``answers`` counts.

Response: ``str``; 1 if it matches an accepted answer once case, accents, punctuation
between letters, spaces, "&"/"and" and a leading article are ignored (numbers compare as
numbers; "1/2" is not "12"), else 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import Kind, Question, RightAnswer, Translate, written
from trainer.core.kinds.phone import PhoneForm, answer_text, nothing, refuse
from trainer.core.kinds.typed import text_matches

if TYPE_CHECKING:
    from trainer.core.banks.schema import ShortAnswerItem


@dataclass(frozen=True, slots=True)
class ShortAnswerQuestion(Question):
    """A typed answer; any of ``answers`` counts (normalised)."""

    question: str
    answers: tuple[str, ...]
    KIND: ClassVar[str] = "short_answer"

    @property
    def prompt(self) -> str:
        return self.question


def _from_item(item: ShortAnswerItem, common: dict[str, Any]) -> ShortAnswerQuestion:
    return ShortAnswerQuestion(**common, question=item.question, answers=tuple(item.answers))


def _score(q: ShortAnswerQuestion, response: Any) -> float:
    return 1.0 if isinstance(response, str) and text_matches(response, q.answers) else 0.0


def _right(q: ShortAnswerQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer((q.answers[0],))


def _example(q: ShortAnswerQuestion, right: bool) -> str:
    return q.answers[-1] if right else "?"  # the last accepted form counts too


def _phone_check(q: ShortAnswerQuestion, response: Any) -> str:
    """A text that is not empty."""
    text = answer_text(response)
    if not text:
        raise refuse("the answer is empty")
    return text


def _phone_reveal(q: ShortAnswerQuestion) -> dict[str, Any]:
    return {"accepted": list(q.answers)}


KIND = Kind(
    name=ShortAnswerQuestion.KIND,
    question=ShortAnswerQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=written,
    example=_example,
    phone=PhoneForm("text", nothing, _phone_check, _phone_reveal),
)
