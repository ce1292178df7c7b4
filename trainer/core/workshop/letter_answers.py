"""A team's answer given by letter: what a facilitator's key means as a response, and
recording it (scored and committed) in one call.

Letters name a question's choices in the order every screen shows them (the options
shuffled with the workshop's seed; true/false: A true, B false), so "B" always names
the same option. Kinds without choices are marked right or wrong instead
(:meth:`~trainer.core.workshop.WorkshopSession.mark`).
"""

from __future__ import annotations

from typing import Any

from trainer.core.banks.questions import Question
from trainer.core.kinds import kind_of
from trainer.core.workshop.definition import WorkshopError
from trainer.core.workshop.letters import option_letter
from trainer.core.workshop.session import WorkshopSession
from trainer.core.workshop.session_records import Answer, Team


def lettered_kinds() -> tuple[str, ...]:
    """The kinds a team answers by letter (their kind entry has ``letters``); the
    others are marked right or wrong."""
    from trainer.core.kinds import KINDS

    return tuple(name for name, kind in KINDS.items() if kind.letters is not None)


def letter_response(question: Question, seed: int, index: int, current: Any) -> Any:
    """The response meant by letter ``index`` (0 = A) for a team whose recorded response
    is ``current`` (the kind's :class:`~trainer.core.kinds.base.Letters`: multiple
    choice toggles the option in the team's response, so the letters A then C record A
    and C).

    Raises :class:`WorkshopError` when letters do not answer this question or name none
    of its choices.
    """
    kind = kind_of(question.kind)
    if kind.letters is None:
        raise WorkshopError(f"{question.id} is answered by a mark (right or wrong), not a letter.")
    choices = kind.choices(question, seed)
    count = len(choices) if kind.letters.count is None else kind.letters.count
    if not 0 <= index < count:
        letter = option_letter(index) if index >= 0 else str(index)
        raise WorkshopError(f"{question.id} has no choice {letter}.")
    return kind.letters.response(choices, index, current)


def answer_by_letter(
    session: WorkshopSession,
    team: Team,
    position: int,
    index: int,
    *,
    elapsed_ms: int | None = None,
    clock_left_ms: int | None = None,
) -> Answer:
    """Record ``team``'s letter ``index`` (0 = A) for the question at ``position``: the
    response it means (see :func:`letter_response`), scored and committed with the time
    left on the clock by :meth:`WorkshopSession.record`."""
    if not 0 <= position < len(session.item_ids):
        raise WorkshopError(f"There is no question {position + 1} in this workshop.")
    question = session.question(position)
    if question is None:
        raise WorkshopError(
            f"The question {session.item_ids[position]} is not in the loaded banks."
        )
    current = next((a.response for a in session.answers(position) if a.team_id == team.id), None)
    response = letter_response(question, session.workshop.seed, index, current)
    return session.record(
        team, position, response, elapsed_ms=elapsed_ms, clock_left_ms=clock_left_ms
    )
