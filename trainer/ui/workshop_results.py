"""What the results screen shows of a workshop session (the quiz's screen,
:class:`~trainer.ui.results.ResultsScreen`, with ``ResultsData.people``): a phone game
per participant (rank, name, team, points, right answers; under each question what
every participant answered), a team game per team. Read from the store on the worker,
so a finished game, an interrupted one and a resumed one show alike (an interrupted
game: the answers given so far, every one counted).

The team standings of a phone game (the mean of the members' points, see
:func:`trainer.core.workshop.live.standings.rank_teams`) are in the summary.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers
from trainer.ui import texts
from trainer.ui.results import PersonAnswer, PersonRow, ResultLine, ResultsData
from trainer.ui.workshop.stage_view import points_text

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import WorkshopSession
    from trainer.core.workshop.live import LiveResults


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopResults", text)


def session_results(data_folder: DataFolder, session_id: int | None) -> ResultsData:
    """The results of session ``session_id`` (the newest session when ``None``) with the
    questions of the loaded banks; a :class:`~trainer.core.workshop.WorkshopError` when
    no workshop has been run."""
    from trainer.core.workshop import WorkshopError, WorkshopSession, all_sessions
    from trainer.core.workshop.live import is_live, live_results

    store = data_folder.store
    assert store is not None
    by_id = data_folder.result.by_id if data_folder.result is not None else {}
    if session_id is None:
        sessions = all_sessions(store)
        if not sessions:
            raise WorkshopError(_tr("No workshop has been run yet: there are no results."))
        session_id = sessions[0].id
    if is_live(store, session_id):
        return live_results_data(live_results(store, session_id), by_id)
    return team_results_data(WorkshopSession.open(store, session_id, by_id))


def _answer_text(question: Question | None, response: Any) -> str:
    from trainer.core.workshop import response_text

    if question is None:  # not in the loaded banks: written by its shape
        return response_text(response)
    return texts.response_text(question, response)


def _line(
    number: int,
    item_id: str,
    question: Question | None,
    answers: tuple[PersonAnswer, ...],
) -> ResultLine:
    missing = _tr("({item} is not in the loaded banks)").format(item=item_id)
    return ResultLine(
        number=number,
        prompt=question.prompt if question else missing,
        response="",
        expected=texts.answer_line(question) if question else "",
        explanation=question.explanation if question else "",
        source=question.source if question else "",
        score=0.0,
        correct=False,
        answers=answers,
    )


def live_results_data(results: LiveResults, by_id: Mapping[str, Question]) -> ResultsData:
    """A phone game: one row per ranked participant (removed ones are left out), and
    under each question every ranked participant's answer."""
    people = tuple(
        PersonRow(s.rank, s.name, results.team_name(s.team_id), points_text(s.points), s.right)
        for s in results.standings
    )
    lines = []
    for position, item_id in enumerate(results.item_ids):
        question = by_id.get(item_id)
        answers = []
        for s in results.standings:
            a = results.answers.get((s.number, position))
            response = None if a is None else a.response
            answers.append(
                PersonAnswer(
                    s.name,
                    _answer_text(question, response),
                    0.0 if a is None else a.fraction,
                    a is not None and a.correct,
                )
            )
        lines.append(_line(position + 1, item_id, question, tuple(answers)))
    heading = _tr("“{title}” on phones: {people} participants, {questions} questions.").format(
        title=results.title,
        people=numbers.count(len(people)),
        questions=numbers.count(len(results.item_ids)),
    )
    if results.team_standings:
        teams = ", ".join(
            f"{t.rank}. {t.team.name} {points_text(t.points)}" for t in results.team_standings
        )
        heading += "\n" + _tr("Teams (the average of their members' points): {teams}").format(
            teams=teams
        )
    return _data(heading, people, lines)


def team_results_data(session: WorkshopSession) -> ResultsData:
    """A team game: one row per team, and under each question every team's answer."""
    from trainer.core.workshop.results import answer_text, team_results

    teams = team_results(session)
    people = tuple(
        PersonRow(s.rank, s.team.name, "", points_text(s.points), s.right)
        for s in session.leaderboard()
    )
    lines = []
    for position, item_id in enumerate(session.item_ids):
        question = session.question(position)
        answers: list[PersonAnswer] = []
        for team in teams:
            given = team.answers.get(position)
            if given is None:
                answers.append(PersonAnswer(team.team.name, _answer_text(question, None), 0, False))
                continue
            shown = answer_text(given, question)
            answers.append(PersonAnswer(team.team.name, shown, given.fraction, given.correct))
        lines.append(_line(position + 1, item_id, question, tuple(answers)))
    heading = _tr("“{title}”: {teams} teams, {questions} questions.").format(
        title=session.workshop.title,
        teams=numbers.count(len(people)),
        questions=numbers.count(len(session.item_ids)),
    )
    return _data(heading, people, lines)


def _data(heading: str, people: tuple[PersonRow, ...], lines: list[ResultLine]) -> ResultsData:
    return ResultsData(
        score=0.0,
        total=len(lines),
        topics=[],
        lines=lines,
        wrong=0,
        people=people,
        heading=heading,
    )
