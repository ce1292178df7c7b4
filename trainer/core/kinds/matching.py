"""``matching``: pairs ``(left, right)`` to match.

Response: a ``dict`` left → right; the share of pairs right.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import Kind, Question, RightAnswer, Translate
from trainer.core.kinds.phone import MAX_LIST, PhoneForm, one_of, refuse

if TYPE_CHECKING:
    from trainer.core.banks.schema import MatchingItem


@dataclass(frozen=True, slots=True)
class MatchingQuestion(Question):
    """Pairs ``(left, right)`` to match."""

    question: str
    pairs: tuple[tuple[str, str], ...]
    KIND: ClassVar[str] = "matching"

    @property
    def prompt(self) -> str:
        return self.question

    @property
    def lefts(self) -> tuple[str, ...]:
        return tuple(left for left, _ in self.pairs)

    @property
    def rights(self) -> tuple[str, ...]:
        return tuple(right for _, right in self.pairs)

    def shuffled_rights(self, seed: int) -> list[str]:
        rights = list(self.rights)
        self._rng(seed).shuffle(rights)
        return rights


def _from_item(item: MatchingItem, common: dict[str, Any]) -> MatchingQuestion:
    pairs = tuple((p.left, p.right) for p in item.pairs)
    return MatchingQuestion(**common, question=item.question, pairs=pairs)


def _score(q: MatchingQuestion, response: Any) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    right = sum(1 for left, value in q.pairs if response.get(left) == value)
    return right / len(q.pairs)


def _right(q: MatchingQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer(tuple(f"{left} → {right}" for left, right in q.pairs), listing="lines")


def _response(q: MatchingQuestion, response: Any, _tr: Translate) -> str:
    return "\n".join(f"{left} → {response.get(left, '…')}" for left in q.lefts)


def _example(q: MatchingQuestion, right: bool) -> dict[str, str]:
    rights = q.rights if right else (*q.rights[1:], q.rights[0])
    return dict(zip(q.lefts, rights, strict=True))


def _choices(q: MatchingQuestion, seed: int) -> tuple[str, ...]:
    return tuple(q.shuffled_rights(seed))


def _phone(q: MatchingQuestion, seed: int) -> dict[str, Any]:
    return {"lefts": list(q.lefts), "rights": q.shuffled_rights(seed)}


def _phone_check(q: MatchingQuestion, response: Any) -> dict[str, str]:
    """An object: left text → right text (every left at most once)."""
    if not isinstance(response, dict):
        raise refuse("pairs were expected")
    if len(response) > min(len(q.pairs), MAX_LIST):
        raise refuse("more pairs than the question has")
    return {one_of(left, q.lefts): one_of(right, q.rights) for left, right in response.items()}


def _phone_reveal(q: MatchingQuestion) -> dict[str, Any]:
    return {"pairs": [list(p) for p in q.pairs]}


KIND = Kind(
    name=MatchingQuestion.KIND,
    question=MatchingQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    choices=_choices,
    phone=PhoneForm("pairs", _phone, _phone_check, _phone_reveal),
)
