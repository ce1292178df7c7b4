"""``ordering``: entries to put in order; ``sequence`` is the right order.

Response: the entries as a list of ``str``; the share of all pairs of entries that are in
the right relative order (Kendall): 1 for the right order, 0 when fully reversed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import Kind, Question, RightAnswer, Translate
from trainer.core.kinds.phone import PhoneForm, answer_list, distinct, one_of, refuse

if TYPE_CHECKING:
    from trainer.core.banks.schema import OrderingItem


@dataclass(frozen=True, slots=True)
class OrderingQuestion(Question):
    """Entries to put in order; ``sequence`` is the right order."""

    question: str
    sequence: tuple[str, ...]
    KIND: ClassVar[str] = "ordering"

    @property
    def prompt(self) -> str:
        return self.question

    def shuffled_items(self, seed: int) -> list[str]:
        """The entries in a seed-determined order that is never already the right one."""
        entries = list(self.sequence)
        rng = self._rng(seed)
        for _ in range(8):
            rng.shuffle(entries)
            if tuple(entries) != self.sequence:
                break
        if tuple(entries) == self.sequence:
            entries.reverse()
        return entries


def _from_item(item: OrderingItem, common: dict[str, Any]) -> OrderingQuestion:
    return OrderingQuestion(**common, question=item.question, sequence=tuple(item.sequence))


def _score(q: OrderingQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Sequence):
        return 0.0
    position = {entry: i for i, entry in enumerate(q.sequence)}
    entries = dict.fromkeys(e for e in response if isinstance(e, str))  # unhashables score 0
    given = [position[e] for e in entries if e in position]
    total = len(q.sequence) * (len(q.sequence) - 1) // 2
    concordant = sum(
        1 for i in range(len(given)) for j in range(i + 1, len(given)) if given[i] < given[j]
    )
    return concordant / total if total else 0.0


def _right(q: OrderingQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer(q.sequence, " → ", "numbered")


def _response(_q: OrderingQuestion, response: Any, _tr: Translate) -> str:
    return "\n".join(f"{n}. {entry}" for n, entry in enumerate(response, 1))


def _example(q: OrderingQuestion, right: bool) -> list[str]:
    return list(q.sequence) if right else list(reversed(q.sequence))


def _choices(q: OrderingQuestion, seed: int) -> tuple[str, ...]:
    return tuple(q.shuffled_items(seed))


def _phone(q: OrderingQuestion, seed: int) -> dict[str, Any]:
    return {"entries": q.shuffled_items(seed)}


def _phone_check(q: OrderingQuestion, response: Any) -> list[str]:
    """Every entry's text, once each, in the order chosen."""
    entries = [one_of(e, q.sequence) for e in answer_list(response, len(q.sequence))]
    distinct(entries)
    if len(entries) != len(q.sequence):
        raise refuse("every entry is placed once")
    return entries


def _phone_reveal(q: OrderingQuestion) -> dict[str, Any]:
    return {"sequence": list(q.sequence)}


KIND = Kind(
    name=OrderingQuestion.KIND,
    question=OrderingQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    choices=_choices,
    phone=PhoneForm("order", _phone, _phone_check, _phone_reveal),
)
