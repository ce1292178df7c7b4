"""The quiz presenter driven without widgets: a fake view, an inline worker, a clock the
test moves, and the real engine on a temporary SQLite file.

Time running out records the answer on screen and finishes; a restore during a quiz
abandons it, so that nothing is answered into the progress that replaced it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from presenterkit import (
    Clock,
    FakeBackupsDialog,
    FakeQuizView,
    FakeResultsView,
    InlineWorker,
    loaded_backend,
    right_response,
)

from trainer.core.data_folder import DataFolder
from trainer.core.study import QuizSpec
from trainer.store.models import Review
from trainer.ui.app_state import AppState
from trainer.ui.backups_presenter import BackupsPresenter
from trainer.ui.operations import Operations
from trainer.ui.quiz_presenter import QuizPresenter

pytestmark = pytest.mark.usefixtures("qapp")  # a QTimer, no widget

TIMED = QuizSpec(count=2, kinds=("short_answer", "numeric"), time_limit_s=60, seed=7)


class Quiz:
    """A quiz presenter on a fake view, and what it drives."""

    def __init__(self, data_dir: Path) -> None:
        self.data_folder, self.learner = loaded_backend(data_dir)
        self.worker = InlineWorker()
        self.errors: list[str] = []
        self.ops = Operations(self.worker, self.errors.append)
        self.state = AppState()
        self.clock = Clock()
        self.view = FakeQuizView()
        self.results = FakeResultsView()
        self.presenter = QuizPresenter(
            self.view,
            self.results,
            self.ops,
            self.data_folder,
            self.state,
            lambda: "end",
            clock=self.clock,
        )

    def attempt(self) -> int:
        assert self.presenter.state is not None
        return self.presenter.state.id


@pytest.fixture
def quiz(tmp_path: Path) -> Iterator[Quiz]:
    made = Quiz(tmp_path)
    yield made
    made.presenter.timer.stop()
    made.data_folder.close()


def test_time_running_out_records_the_typed_answer_and_finishes(quiz: Quiz) -> None:
    presenter, view = quiz.presenter, quiz.view
    presenter.start_spec(quiz.learner, TIMED)
    assert presenter.running and view.countdown == "Time left: 1:00" and not view.urgent
    quiz.clock.now += 30
    presenter.tick()
    assert view.countdown == "Time left: 0:30" and view.urgent
    assert quiz.results.called("show_results") == 0

    view.typed = right_response(view.question)  # typed, not submitted
    quiz.clock.now += 31
    presenter.tick()

    (data,) = quiz.results.last("show_results")
    assert data.time_up and data.total == 2
    state = quiz.data_folder.study.quiz_attempt(quiz.attempt())
    assert state.finished_at is not None
    assert [a.correct for a in state.answers] == [True]  # the typed answer was kept
    assert state.answers[0].response_ms == 61_000
    assert not presenter.running and not presenter.timer.isActive()
    assert quiz.errors == []


def test_time_running_out_with_nothing_typed_finishes_at_once(quiz: Quiz) -> None:
    quiz.presenter.start_spec(quiz.learner, TIMED)
    quiz.clock.now += 60
    quiz.presenter.tick()
    (data,) = quiz.results.last("show_results")
    assert data.time_up and data.wrong == 2
    assert quiz.data_folder.study.quiz_attempt(quiz.attempt()).answers == ()


def test_time_running_out_while_an_answer_is_recorded_waits_for_it(quiz: Quiz) -> None:
    presenter, view = quiz.presenter, quiz.view
    presenter.start_spec(quiz.learner, TIMED)
    view.typed = right_response(view.question)
    quiz.clock.now += 20
    quiz.worker.hold()  # the answer is on its way to the database
    presenter.submit()
    assert view.busy
    quiz.clock.now += 41
    presenter.tick()
    assert quiz.results.called("show_results") == 0  # not before the answer is in
    quiz.worker.release()
    (data,) = quiz.results.last("show_results")
    assert data.time_up and data.wrong == 1 and not view.busy
    assert [a.correct for a in quiz.data_folder.study.quiz_attempt(quiz.attempt()).answers] == [
        True
    ]


def quizzes_in(data_folder: DataFolder, learner: int) -> tuple[list[int], int]:
    """The learner's unfinished quizzes and the quiz answers in the database."""
    engine = data_folder.study
    with engine.store.read() as conn:
        answers = conn.execute(
            sa.select(sa.func.count()).select_from(Review).where(Review.mode == "quiz")
        ).scalar_one()
    return engine.unfinished_quizzes(learner), int(answers)


@pytest.mark.parametrize("in_flight", [False, True], ids=["answered", "answer-in-flight"])
def test_a_restore_during_a_quiz_abandons_it(quiz: Quiz, in_flight: bool) -> None:
    """The quiz belongs to the progress being replaced: once a backup from before it is
    restored, no answer, no time-up and no finish goes into the restored progress."""
    made = quiz.data_folder.backup_now()
    dialog = FakeBackupsDialog()
    reloaded: list[object] = []
    backups = BackupsPresenter(
        lambda: dialog, quiz.ops, quiz.data_folder, quiz.state, reloaded.append, lambda: None
    )
    backups.open()
    (row,) = [r for r in dialog.rows if r.path == made.path]
    presenter, view = quiz.presenter, quiz.view
    presenter.start_spec(quiz.learner, TIMED)
    view.typed = right_response(view.question)
    quiz.clock.now += 5
    if in_flight:
        quiz.worker.hold()  # the restore is asked for while the answer is on its way
    presenter.submit()
    backups.restore(row)
    quiz.worker.release()

    assert reloaded and "Your progress is back to" in dialog.message
    assert not presenter.running and not presenter.timer.isActive()
    assert presenter.answered == {}  # an answer coming back late is not taken in
    assert quizzes_in(quiz.data_folder, quiz.learner) == ([], 0)  # the backup has no quiz
    view.typed = right_response(view.question)
    presenter.submit()
    quiz.clock.now += 120
    presenter.tick()
    presenter.finish(confirm=False)
    assert quizzes_in(quiz.data_folder, quiz.learner) == ([], 0)  # nothing went into it
    assert quiz.results.called("show_results") == 0
    assert quiz.errors == []
