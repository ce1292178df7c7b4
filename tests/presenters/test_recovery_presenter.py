"""Start-up recovery without widgets: a damaged progress database at start-up, and the
person restores the backup, starts with no progress, or has no backup at all to
restore; "not now" touches nothing. Real files, a real damaged database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from presenterkit import UI_BANKS, FakeView, InlineWorker, loaded_backend

from trainer.core.data_folder import DataFolder
from trainer.paths import database_path
from trainer.ui.app_state import AppState
from trainer.ui.operations import Operations
from trainer.ui.recovery_presenter import (
    RecoveryChoice,
    RecoveryPresenter,
    RecoveryQuestion,
)


class FakeRecoveryView(FakeView):
    def __init__(self) -> None:
        super().__init__()
        self.question: RecoveryQuestion | None = None
        self.answer: Callable[[RecoveryChoice], None] | None = None
        self.said: tuple[str, str] | None = None

    def is_asking(self) -> bool:
        return self.answer is not None

    def ask_recovery(
        self, question: RecoveryQuestion, answered: Callable[[RecoveryChoice], None]
    ) -> None:
        self.question, self.answer = question, answered

    def choose(self, choice: RecoveryChoice) -> None:
        answered, self.answer = self.answer, None
        assert answered is not None, "nothing was asked"
        answered(choice)

    def say_recovered(self, text: str, detail: str) -> None:
        self.said = (text, detail)


class Restart:
    """A data folder whose database was damaged after ``studied`` reviews (and a backup
    of them when ``backed_up``), opened again: the load fails."""

    def __init__(self, data_dir: Path, studied: int, backed_up: bool) -> None:
        first, learner = loaded_backend(data_dir)
        trainer = first.study
        for _ in range(studied):
            card = trainer.next_card(learner)
            assert card is not None
            trainer.answer_card(learner, card.item_id, 3, 1000)
        if backed_up:
            assert first.store is not None
            first.store.backup_now(label="manual")
        first.store.changed = False  # type: ignore[union-attr]  # no backup on closing
        first.close()
        self.database = database_path(data_dir)
        self.damaged = b"\x00garbage after a power cut" * 400
        self.database.write_bytes(self.damaged)

        self.data_folder = DataFolder(data_dir, bank_paths=[UI_BANKS])
        with pytest.raises(Exception) as failed:
            self.data_folder.load()
        self.failure = failed.value
        self.view = FakeRecoveryView()
        self.state = AppState()
        self.events: list[str] = []
        self.state.when_progress_replaced(lambda: self.events.append("replaced"))
        self.errors: list[str] = []
        self.statuses: list[str] = []
        self.presenter = RecoveryPresenter(
            self.view,
            Operations(InlineWorker(), self.errors.append),
            self.data_folder,
            self.state,
            self.reload,
            lambda text, _ms: self.statuses.append(text),
        )

    def reload(self) -> None:
        self.events.append("reload")
        self.data_folder.load()

    def kept(self) -> list[Path]:
        return sorted(self.database.parent.glob("trainer.sqlite3.damaged-*"))

    def reviews(self) -> int:
        (profile,) = self.data_folder.study.profiles()
        return self.data_folder.study.statistics(profile.id, history_days=1).days[-1].reviews


@pytest.fixture
def restart(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Restart]:
    studied, backed_up = request.param
    made = Restart(tmp_path, studied, backed_up)
    yield made
    made.data_folder.close()


@pytest.mark.parametrize("restart", [(2, True)], indirect=True)
def test_restore_chosen_brings_the_backup_back(restart: Restart) -> None:
    view = restart.view
    assert restart.presenter.offer_recovery(restart.failure)
    question = view.question
    assert question is not None and question.can_restore
    assert question.text.startswith("Trainer cannot open your progress database")
    assert "not deleted" in question.informative
    assert restart.presenter.offer_recovery(restart.failure)  # asking already: once only
    assert restart.database.read_bytes() == restart.damaged  # nothing touched yet

    view.choose(RecoveryChoice.RESTORE)
    assert restart.events == ["replaced", "reload"]
    assert view.said is not None
    text, detail = view.said
    assert text.startswith("Your progress was restored from the backup made on")
    (kept,) = restart.kept()
    assert kept.read_bytes() == restart.damaged and str(kept) in detail
    assert restart.statuses == [text] and restart.errors == []
    assert restart.reviews() == 2


@pytest.mark.parametrize("restart", [(2, True)], indirect=True)
def test_start_empty_chosen_keeps_the_damaged_file_and_starts_anew(restart: Restart) -> None:
    view = restart.view
    restart.presenter.offer_recovery(restart.failure)
    view.choose(RecoveryChoice.START_EMPTY)
    assert view.said is not None and "no progress" in view.said[0]
    (kept,) = restart.kept()
    assert kept.read_bytes() == restart.damaged
    assert restart.data_folder.study.profiles() == []  # back to the first run
    assert restart.events == ["replaced", "reload"] and restart.errors == []


@pytest.mark.parametrize("restart", [(1, False)], indirect=True)
def test_no_backup_at_all_offers_only_a_fresh_start(restart: Restart) -> None:
    view = restart.view
    restart.presenter.offer_recovery(restart.failure)
    question = view.question
    assert question is not None and not question.can_restore
    assert "There is no backup to restore." in question.informative

    view.choose(RecoveryChoice.LATER)  # not now: nothing touched
    assert restart.database.read_bytes() == restart.damaged and restart.kept() == []
    assert view.said is None and restart.events == []

    restart.presenter.offer_recovery(restart.failure)  # the next load asks again
    view.choose(RecoveryChoice.START_EMPTY)
    assert len(restart.kept()) == 1 and restart.data_folder.study.profiles() == []
    assert view.said is not None and view.said[1].startswith("The damaged file was kept as:")


@pytest.mark.parametrize("restart", [(0, False)], indirect=True)
def test_an_error_that_is_not_damage_is_left_alone(restart: Restart) -> None:
    assert not restart.presenter.offer_recovery(OSError("disk full"))
    assert restart.view.question is None
