"""File ▸ Export my progress… and Import progress… without widgets: the export writes
the learner's file where the person chose; the import asks about a namesake (keep
apart, merge or skip), says what each file added or why it was refused, and loads the
progress again only when something was added. Real data folders, real files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from presenterkit import FakeView, InlineWorker, loaded_backend

from trainer.ui.app_state import AppState
from trainer.ui.operations import Operations
from trainer.ui.progress_files_presenter import SKIP, ProgressFilesPresenter


class FakeProgressFilesView(FakeView):
    def __init__(self) -> None:
        super().__init__()
        self.suggested = ""
        self.export_to: Callable[[Path], None] | None = None
        self.import_from: Callable[[list[Path]], None] | None = None
        self.asked: list[tuple[str, str]] = []
        self.answer: Callable[[str], None] | None = None
        self.summary: tuple[str, bool] | None = None
        self.status = ""

    def show_status(self, text: str, msecs: int) -> None:
        self.status = text

    def ask_export_path(self, suggested: str, chosen: Callable[[Path], None]) -> None:
        self.suggested, self.export_to = suggested, chosen

    def ask_import_paths(self, chosen: Callable[[list[Path]], None]) -> None:
        self.import_from = chosen

    def ask_same_name(self, text: str, local: str, answered: Callable[[str], None]) -> None:
        self.asked.append((text, local))
        self.answer = answered

    def show_import_summary(self, text: str, added: bool) -> None:
        self.summary = (text, added)


class Files:
    """A presenter on a data folder where Amina studied ``cards``."""

    def __init__(self, data_dir: Path, cards: int) -> None:
        data_dir.mkdir()
        self.data_folder, self.learner = loaded_backend(data_dir)
        trainer = self.data_folder.study
        for _ in range(cards):
            card = trainer.next_card(self.learner)
            assert card is not None
            trainer.answer_card(self.learner, card.item_id, 3, 1000)
        self.state = AppState()
        self.state.loaded = self.data_folder.load()
        self.state.learner_id = self.learner
        self.view = FakeProgressFilesView()
        self.errors: list[str] = []
        self.events: list[str] = []
        self.state.when_progress_replaced(lambda: self.events.append("replaced"))
        self.presenter = ProgressFilesPresenter(
            self.view,
            Operations(InlineWorker(), self.errors.append),
            self.data_folder,
            self.state,
            lambda: self.events.append("reload"),
        )

    def export(self, path: Path) -> Path:
        self.presenter.ask_export()
        assert self.view.export_to is not None, "no file was asked for"
        self.view.export_to(path)
        return path

    def names(self) -> list[str]:
        return sorted(p.name for p in self.data_folder.study.profiles())


@pytest.fixture
def files(tmp_path: Path) -> Iterator[tuple[Files, Files]]:
    here, other = Files(tmp_path / "here", 2), Files(tmp_path / "other", 3)
    yield here, other
    here.data_folder.close()
    other.data_folder.close()


def test_export_writes_the_learners_file_where_chosen(
    files: tuple[Files, Files], tmp_path: Path
) -> None:
    here, _other = files
    path = here.export(tmp_path / "mine.trainer-progress")
    assert here.view.suggested.startswith("Amina ")
    assert here.view.suggested.endswith(".trainer-progress")
    assert path.is_file() and here.view.busy_seen == [True, False]
    assert here.view.status.startswith(f"Your progress was saved in {path}")
    assert "reviews: 2" in here.view.status and here.errors == []


def test_exporting_without_a_profile_says_so(files: tuple[Files, Files]) -> None:
    here, _other = files
    here.state.learner_id = None
    here.presenter.ask_export()
    assert here.view.export_to is None
    (error,) = here.errors
    assert "Make a profile first" in error


def test_import_asks_about_a_namesake_and_keeps_apart(
    files: tuple[Files, Files], tmp_path: Path
) -> None:
    here, other = files
    theirs = other.export(tmp_path / "other.trainer-progress")
    damaged = tmp_path / "damaged.trainer-progress"
    data = bytearray(theirs.read_bytes())
    data[len(data) // 3] ^= 0x40
    damaged.write_bytes(bytes(data))

    here.presenter.ask_import()
    assert here.view.import_from is not None
    here.view.import_from([theirs, damaged])
    ((text, local),) = here.view.asked
    assert "other.trainer-progress holds the progress of Amina" in text and local == "Amina"
    assert here.view.summary is None and here.events == []  # nothing before the answer
    assert here.view.answer is not None
    here.view.answer("apart")

    assert here.view.summary is not None
    summary, added = here.view.summary
    first, second = summary.split("\n\n")
    assert first.startswith("other.trainer-progress: Amina (2) (kept apart as a new learner)")
    assert second.startswith(f"{damaged} is damaged, so it was not imported")
    assert added and here.events == ["replaced", "reload"]
    assert here.names() == ["Amina", "Amina (2)"]
    assert here.view.busy_seen[0] is True and here.view.busy is False


def test_a_skipped_file_changes_nothing(files: tuple[Files, Files], tmp_path: Path) -> None:
    here, other = files
    theirs = other.export(tmp_path / "other.trainer-progress")
    here.presenter.import_from([theirs])
    assert here.view.answer is not None
    here.view.answer(SKIP)
    assert here.view.summary == ("other.trainer-progress: skipped.", False)
    assert here.events == [] and here.names() == ["Amina"]


def test_merged_into_the_namesake(files: tuple[Files, Files], tmp_path: Path) -> None:
    here, other = files
    theirs = other.export(tmp_path / "other.trainer-progress")
    here.presenter.import_from([theirs])
    assert here.view.answer is not None
    here.view.answer("merge")
    assert here.view.summary is not None
    assert "merged into the learner of that name" in here.view.summary[0]
    assert here.names() == ["Amina"] and here.events == ["replaced", "reload"]
