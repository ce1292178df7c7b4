"""``flashcard``: front and back; the learner grades it, it is never scored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import Kind, Question, RightAnswer, Translate, written

if TYPE_CHECKING:
    from trainer.core.banks.schema import FlashcardItem


@dataclass(frozen=True, slots=True)
class FlashcardQuestion(Question):
    """Front and back; self-graded, not scored."""

    front: str
    back: str
    KIND: ClassVar[str] = "flashcard"

    @property
    def prompt(self) -> str:
        return self.front


def _from_item(item: FlashcardItem, common: dict[str, Any]) -> FlashcardQuestion:
    return FlashcardQuestion(**common, front=item.front, back=item.back)


def _right(q: FlashcardQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer((q.back,))


KIND = Kind(
    name=FlashcardQuestion.KIND,
    question=FlashcardQuestion,
    from_item=_from_item,
    score=None,
    right_answer=_right,
    response_text=written,
    example=None,
)
