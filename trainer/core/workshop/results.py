"""What a session's answers say: per question (facility, most chosen wrong answer) and
per team (score and answers).

*Facility* is the share of the session's teams whose answer was fully right; a team that
gave no answer counts as not right. The *most chosen wrong answer* is the response given
most often among answers that were not fully right (ties: the first in alphabetical
order); answers only marked by the facilitator have no response and are not counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from trainer.core.banks.questions import Question
from trainer.core.kinds import kind_of
from trainer.core.kinds.base import response_line
from trainer.core.scoring import expected_text
from trainer.core.workshop.session import Answer, Team, WorkshopSession

NO_ANSWER = "(no answer)"
MARKED = {True: "(marked right by the facilitator)", False: "(marked wrong by the facilitator)"}
"""An answer the facilitator only marked (no response was typed)."""


def answer_text(answer: Answer, question: Question | None = None) -> str:
    """What a team answered, as people read it; a mark without a response says so."""
    if answer.response is None:
        return MARKED[answer.correct]
    return response_text(answer.response, question)


def response_text(response: Any, question: Question | None = None) -> str:
    """A recorded response on one line, as people read it: as the question's kind writes
    it (``Kind.response_line``; a number answering a year question is "2013"), or by
    its shape when the question is not known."""
    if response is None:
        return NO_ANSWER
    if question is None:
        return response_line(None, response)
    return kind_of(question).response_line(question, response)


@dataclass(frozen=True, slots=True)
class QuestionResult:
    position: int
    item_id: str
    prompt: str
    expected: str
    answered: int
    right: int
    facility: float
    """Share of all teams fully right, 0.0 to 1.0."""
    common_wrong: str | None
    common_wrong_count: int


@dataclass(frozen=True, slots=True)
class TeamResult:
    team: Team
    points: float
    right: int
    answers: dict[int, Answer]
    """Answers by position (missing positions: not answered)."""


def _prompt(question: Question | None, item_id: str) -> tuple[str, str]:
    if question is None:
        return f"({item_id} is not in the loaded banks)", ""
    return question.prompt, expected_text(question)


def question_results(session: WorkshopSession) -> list[QuestionResult]:
    """One result per question of the session, in asking order."""
    teams = len(session.teams())
    by_position: dict[int, list[Answer]] = {}
    for answer in session.answers():
        by_position.setdefault(answer.position, []).append(answer)
    out = []
    for position, item_id in enumerate(session.item_ids):
        answers = by_position.get(position, [])
        right = sum(1 for a in answers if a.correct)
        question = session.question(position)
        wrong = Counter(
            response_text(a.response, question)
            for a in answers
            if not a.correct and a.response is not None
        )
        common, count = None, 0
        if wrong:
            common, count = min(wrong.items(), key=lambda kv: (-kv[1], kv[0]))
        prompt, expected = _prompt(question, item_id)
        out.append(
            QuestionResult(
                position,
                item_id,
                prompt,
                expected,
                len(answers),
                right,
                right / teams if teams else 0.0,
                common,
                count,
            )
        )
    return out


def team_results(session: WorkshopSession) -> list[TeamResult]:
    """One result per team, in leaderboard order."""
    answers: dict[int, dict[int, Answer]] = {}
    for answer in session.answers():
        answers.setdefault(answer.team_id, {})[answer.position] = answer
    return [
        TeamResult(s.team, s.points, s.right, answers.get(s.team.id, {}))
        for s in session.leaderboard()
    ]
