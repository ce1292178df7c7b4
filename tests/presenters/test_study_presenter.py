"""The study presenter driven without widgets: rating, undo and practice against the
real engine on a temporary SQLite file, with a fake view and an inline worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from presenterkit import Clock, FakeStudyView, InlineWorker, loaded_backend

from trainer.core.data_folder import DataFolder
from trainer.store.models import Review, ReviewUndo
from trainer.ui.operations import Operations
from trainer.ui.study_presenter import StudyPresenter


class Study:
    def __init__(self, data_dir: Path) -> None:
        self.data_folder, self.learner = loaded_backend(data_dir)
        self.worker = InlineWorker()
        self.errors: list[str] = []
        self.clock = Clock()
        self.view = FakeStudyView()
        self.presenter = StudyPresenter(
            self.view,
            Operations(self.worker, self.errors.append),
            self.data_folder,
            clock=self.clock,
        )

    def shown(self) -> str:
        """The question on screen."""
        return str(self.view.last("show_question")[1])

    def progress(self) -> str:
        return str(self.view.last("show_progress")[0])


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    made = Study(tmp_path)
    yield made
    made.data_folder.close()


def reviews(data_folder: DataFolder) -> list[tuple[str, int, int | None, bool]]:
    """(item, rating, response_ms, undone) of every review, oldest first."""
    undone = sa.exists().where(ReviewUndo.review_uuid == Review.uuid)
    with data_folder.study.store.read() as conn:
        rows = conn.execute(
            sa.select(Review.item_id, Review.rating, Review.response_ms, undone).order_by(
                Review.seq
            )
        )
        return [(r[0], r[1], r[2], bool(r[3])) for r in rows]


def test_rating_records_the_time_looked_at_and_shows_the_next_card(study: Study) -> None:
    presenter, view = study.presenter, study.view
    presenter.start(study.learner)
    first, card = study.shown(), presenter.card
    assert card is not None and view.last("show_question")[0].endswith("· new")
    assert study.progress().startswith("0 studied") and not view.can_undo
    view.reveal_requested.emit()
    answer, _explanation, _source, intervals = view.last("show_answer")
    assert answer and len(intervals) == 4
    study.clock.now += 4.25
    view.rated.emit(3)
    assert reviews(study.data_folder) == [(card.item_id, 3, 4250, False)]
    assert study.shown() != first and study.progress().startswith("1 studied")
    assert view.can_undo and view.busy_seen[-2:] == [True, False]
    assert study.errors == []


def test_undo_brings_the_card_back_and_marks_the_review_undone(study: Study) -> None:
    presenter, view = study.presenter, study.view
    presenter.start(study.learner)
    first, card = study.shown(), presenter.card
    assert card is not None
    view.reveal_requested.emit()
    view.rated.emit(1)
    view.undo_requested.emit()
    assert study.shown() == first and presenter.card is not None
    assert presenter.card.item_id == card.item_id and presenter.card.is_new
    assert reviews(study.data_folder) == [(card.item_id, 1, 0, True)]
    assert study.progress().startswith("0 studied") and not view.can_undo
    view.undo_requested.emit()  # nothing more to undo
    assert reviews(study.data_folder) == [(card.item_id, 1, 0, True)]


def test_a_practice_goes_through_its_list_and_undo_puts_the_card_back(study: Study) -> None:
    presenter, view = study.presenter, study.view
    presenter.start(study.learner, limit=3)
    for _ in range(3):
        view.reveal_requested.emit()
        view.rated.emit(1)  # three mistakes
    assert "You studied 3 card" in view.last("show_summary")[0]

    presenter.start_practice(study.learner, "mistakes")
    assert study.progress() == "Practice: 0 done · 3 left"
    first = presenter.card
    view.reveal_requested.emit()
    view.rated.emit(3)
    assert study.progress() == "Practice: 1 done · 2 left"
    second = presenter.card
    view.undo_requested.emit()  # the first again; the one shown comes after it
    assert presenter.card == first and study.progress() == "Practice: 0 done · 3 left"
    view.reveal_requested.emit()
    view.rated.emit(3)
    assert presenter.card is not None and second is not None
    assert presenter.card.item_id == second.item_id
    for _ in range(2):
        view.reveal_requested.emit()
        view.rated.emit(4)
    assert "You studied 3 card" in view.last("show_summary")[0]
    assert study.errors == []


def test_a_failing_job_reports_a_plain_message_and_the_view_waits_no_more(study: Study) -> None:
    study.presenter.start(study.learner)
    study.data_folder.close()  # the engine is gone: the next job fails as a bug would
    study.view.reveal_requested.emit()
    study.view.rated.emit(3)
    assert study.view.busy_seen[-2:] == [True, False]
    (message,) = study.errors
    assert "details are in the log" in message
