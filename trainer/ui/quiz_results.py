"""What the results screen shows of a finished attempt: one line per question (the
learner's answer, the right one, explanation, source, score) and the totals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from trainer.ui import texts
from trainer.ui.results import ResultLine, ResultsData

if TYPE_CHECKING:
    from trainer.core.study import AttemptState


def results_data(state: AttemptState, question: Callable[[str], Any], time_up: bool) -> ResultsData:
    """The results of ``state``; ``question`` gives the question of an item id."""
    by_position = {a.position: a for a in state.answers}
    lines: list[ResultLine] = []
    for position, item_id in enumerate(state.item_ids):
        q = question(item_id)
        answer = by_position.get(position)
        lines.append(
            ResultLine(
                number=position + 1,
                prompt=q.prompt,
                response=texts.response_text(q, None if answer is None else answer.response),
                expected=texts.answer_line(q),
                explanation=q.explanation,
                source=q.source,
                score=0.0 if answer is None else answer.score,
                correct=answer is not None and answer.correct,
            )
        )
    return ResultsData(
        score=state.score,
        total=len(state.item_ids),
        topics=state.by_topic(lambda item_id: question(item_id).topic),
        lines=lines,
        wrong=sum(1 for line in lines if not line.correct),
        time_up=time_up,
        seed=state.seed,
    )
