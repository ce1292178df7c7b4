"""The phone game's side of each kind's phone form: the form itself (what a phone is
sent, which answers it may send, the reveal, the chart's bars) is in the kind's own
module, ``Kind.phone`` (:mod:`trainer.core.kinds.phone`); this module only turns its
verdicts into the game's refusals.

- A workshop asking a kind that phones cannot answer (``Kind.phone`` is ``None``:
  flashcards) is refused when its phone game is built (:func:`refuse_unplayable`).
- A question without a form when a phone answers it (a game reopened after its banks
  changed) is ``not_answerable``; an answer its form refuses is ``invalid_answer``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trainer.core.banks.questions import Question
from trainer.core.kinds import KINDS
from trainer.core.kinds.phone import AnswerRefused, PhoneForm
from trainer.core.workshop.definition import Workshop, WorkshopError
from trainer.core.workshop.live.limits import LiveRefused


def phone_form(question: Question) -> PhoneForm[Any] | None:
    """The phone form of ``question``'s kind, or ``None`` when phones cannot answer it."""
    kind = KINDS.get(question.kind)
    return kind.phone if kind is not None else None


def checked_answer(question: Question, response: Any) -> Any:
    """A phone's raw ``response`` to ``question`` as its kind's form validates, bounds and
    normalises it; :class:`LiveRefused` ``not_answerable`` or ``invalid_answer``."""
    form = phone_form(question)
    if form is None:
        raise LiveRefused("not_answerable")
    try:
        return form.check(question, response)
    except AnswerRefused as refused:
        raise LiveRefused("invalid_answer", str(refused)) from None


def refuse_unplayable(workshop: Workshop, questions: Mapping[str, Question]) -> None:
    """:class:`WorkshopError` naming each question of ``workshop`` whose kind phones
    cannot answer (a question the loaded banks do not hold is left to the game)."""
    unplayable = [
        f"{q.id} ({q.kind})"
        for q in (questions.get(item) for item in workshop.items)
        if q is not None and phone_form(q) is None
    ]
    if unplayable:
        raise WorkshopError(
            f"Phones cannot answer {len(unplayable)} question(s) of this workshop: "
            f"{', '.join(unplayable)}. Swap them for other questions, or play it as a "
            "team game."
        )
