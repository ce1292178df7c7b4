"""A workshop session's results on the quiz's results screen, driven without widgets:
the quiz presenter with a fake results view, an inline worker and a real phone game on
the data folder's SQLite file. A phone game shows one row per participant (rank, name,
team, points, right answers) and under each question what each of them answered; an
interrupted and resumed game shows every answer, from before and after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from livekit import LiveClock, done
from presenterkit import (
    FakeQuizView,
    FakeResultsView,
    InlineWorker,
    loaded_backend,
    right_response,
)
from wspresenterkit import workshop_of

from trainer.core.banks import Question
from trainer.core.data_folder import DataFolder
from trainer.core.workshop.live import LiveGame
from trainer.ui.app_state import AppState
from trainer.ui.operations import Operations
from trainer.ui.quiz_presenter import QuizPresenter
from trainer.ui.results import ResultsData

pytestmark = pytest.mark.usefixtures("qapp")  # a QTimer, no widget


def _presenter(data_folder: DataFolder) -> tuple[QuizPresenter, FakeResultsView, list[str]]:
    errors: list[str] = []
    results = FakeResultsView()
    presenter = QuizPresenter(
        FakeQuizView(),
        results,
        Operations(InlineWorker(), errors.append),
        data_folder,
        AppState(),
        lambda: "end",
    )
    return presenter, results, errors


def _wrong(question: Question) -> Any:
    return next(o for o in question.options if o != question.correct)


def _play(data_folder: DataFolder, clock: LiveClock) -> int:
    """A phone game with teams, interrupted after the first question (the app closed),
    resumed and finished: Ana (Red) right twice, Bo (Red) wrong then silent, Cy (Blue)
    right then wrong; Dee joined and was removed."""
    store, by_id = data_folder.store, data_folder.result.by_id  # type: ignore[union-attr]
    assert store is not None
    sc, tf = by_id["ui.sc"], by_id["ui.tf"]
    game = LiveGame.start(
        store, workshop_of(by_id, ("ui.sc", "ui.tf")), by_id, teams=["Red", "Blue"], clock=clock
    )
    ana, bo = game.join("Ana", "Red"), game.join("=Bo <b>", "Red")
    cy, dee = game.join("Cy", "Blue"), game.join("Dee", "Blue")
    done(game.next())
    done(game.start_clock())
    for person, response in ((ana, sc.correct), (bo, _wrong(sc)), (cy, sc.correct)):
        done(game.answer(person.token, 0, response).durable)
    done(game.answer(dee.token, 0, sc.correct).durable)
    done(game.remove(dee.participant.number))
    game.close()  # the app is closed mid-game
    game = LiveGame.open(store, game.id, by_id, clock=clock)
    done(game.reveal())
    done(game.next())
    done(game.start_clock())
    done(game.answer(ana.token, 1, right_response(tf)).durable)
    done(game.answer(cy.token, 1, not right_response(tf)).durable)
    done(game.finish())
    game.close()
    return game.id


def test_a_finished_phone_game_fills_the_results_screen_per_participant(
    tmp_path: Path,
) -> None:
    data_folder, _ = loaded_backend(tmp_path)
    session_id = _play(data_folder, LiveClock())
    presenter, results, errors = _presenter(data_folder)
    shown: list[bool] = []
    presenter.finished.connect(lambda: shown.append(True))
    presenter.show_session_results(session_id)
    assert errors == [] and shown == [True]
    (data,) = results.last("show_results")
    assert isinstance(data, ResultsData)
    assert [(p.rank, p.name, p.team, p.points, p.right) for p in data.people] == [
        (1, "Ana", "Red", "2", 2),
        (2, "Cy", "Blue", "1", 1),
        (3, "=Bo <b>", "Red", "0", 0),
    ]  # Dee was removed: not there
    assert "on phones: 3 participants, 2 questions" in data.heading
    assert "Teams (the average of their members' points): 1. Red 1, 1. Blue 1" in data.heading
    first, second = data.lines
    assert first.prompt == data_folder.question("ui.sc").prompt
    assert [(a.name, a.correct) for a in first.answers] == [
        ("Ana", True),
        ("Cy", True),
        ("=Bo <b>", False),
    ]
    assert first.answers[2].response == _wrong(data_folder.question("ui.sc"))
    assert [(a.name, a.correct) for a in second.answers] == [
        ("Ana", True),
        ("Cy", False),
        ("=Bo <b>", False),
    ]
    assert second.answers[2].response == "(no answer)"


def test_the_newest_session_is_shown_when_none_is_named_and_none_is_an_error(
    tmp_path: Path,
) -> None:
    data_folder, _ = loaded_backend(tmp_path)
    presenter, results, errors = _presenter(data_folder)
    presenter.show_session_results(None)
    assert errors == ["No workshop has been run yet: there are no results."]
    assert results.called("show_results") == 0
    _play(data_folder, LiveClock())
    presenter.show_session_results(None)
    (data,) = results.last("show_results")
    assert [p.name for p in data.people] == ["Ana", "Cy", "=Bo <b>"]


def test_a_team_game_fills_the_same_screen_per_team(tmp_path: Path) -> None:
    from trainer.core.workshop import WorkshopSession

    data_folder, _ = loaded_backend(tmp_path)
    store, by_id = data_folder.store, data_folder.result.by_id  # type: ignore[union-attr]
    assert store is not None
    session = WorkshopSession.start(
        store, workshop_of(by_id, ("ui.sc", "ui.tf")), ["Red", "Blue"], by_id
    )
    red, blue = session.teams()
    session.record(red, 0, by_id["ui.sc"].correct)
    session.mark(blue, 0, 0.0)  # only marked by the facilitator
    session.finish()
    presenter, results, errors = _presenter(data_folder)
    presenter.show_session_results(session.id)
    (data,) = results.last("show_results")
    assert errors == []
    assert [(p.rank, p.name, p.team, p.right) for p in data.people] == [
        (1, "Red", "", 1),
        (2, "Blue", "", 0),
    ]
    assert [(a.name, a.correct) for a in data.lines[0].answers] == [("Red", True), ("Blue", False)]
    assert data.lines[0].answers[1].response == "(marked wrong by the facilitator)"
    assert data.lines[1].answers[0].response == "(no answer)"
    assert "2 teams, 2 questions" in data.heading
