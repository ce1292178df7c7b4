"""The Class and Item analysis presenters without widgets: twelve learners take a quiz
through the study API and two progress files are imported; the presenters read on the
(inline) worker, filter, sort, describe a selection and export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from classkit import import_two, take_quizzes
from presenterkit import FakeReportView, InlineWorker, loaded_backend

from trainer.core.data_folder import DataFolder
from trainer.ui.analysis_presenter import AnalysisChoice, AnalysisPresenter
from trainer.ui.app_state import AppState
from trainer.ui.class_presenter import ClassPresenter
from trainer.ui.operations import Operations


@dataclass
class Class:
    data_folder: DataFolder
    state: AppState
    errors: list[str]

    def ops(self) -> Operations:
        return Operations(InlineWorker(), self.errors.append)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("class")
    data_folder, _amina = loaded_backend(folder)
    assert data_folder.result is not None and data_folder.store is not None
    take_quizzes(data_folder.study, data_folder.result.by_id)
    import_two(data_folder.store, folder / "laptops")
    data_folder.close()
    return folder


@pytest.fixture
def klass(made: Path, tmp_path: Path) -> Class:
    from presenterkit import UI_BANKS

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "trainer.sqlite3").write_bytes((made / "trainer.sqlite3").read_bytes())
    data_folder = DataFolder(tmp_path / "data", bank_paths=[UI_BANKS])
    state = AppState()
    state.loaded = data_folder.load()
    yield Class(data_folder, state, [])  # type: ignore[misc]
    data_folder.close()


def test_the_class_is_every_learner_sorted_and_filtered(klass: Class, tmp_path: Path) -> None:
    view = FakeReportView()
    presenter = ClassPresenter(view, klass.ops(), klass.data_folder, klass.state)
    presenter.show()
    names = view.column(0)
    assert len(names) == 15 and names[:2] == ["=Zoe", "Amina"]
    origins = dict(zip(names, view.column(1), strict=True))
    assert origins["Yusuf"] == "imported" and origins["Learner 0"] == "local"
    assert view.message == ("15 learners; 2 of them imported.", False)
    assert view.busy_seen == [True, False]

    view.sort_requested.emit(3, True)  # reviews, most first
    reviews = [int(n) for n in view.column(3)]
    assert reviews == sorted(reviews, reverse=True) and view.last("show_rows") == (3, True)

    view.filters_changed.emit("uitest", "")
    by_name = dict(zip(view.column(0), view.column(3), strict=True))
    assert by_name["=Zoe"] == "0" and by_name["Learner 5"] == "3"

    zoe = next(r for r in view.rows if r.cells[0] == "=Zoe")
    view.selected.emit(zoe.key)
    assert view.detail.startswith("=Zoe:\nUI test bank: mastery 0%")

    view.save_to = tmp_path / "class.csv"
    view.export_requested.emit()
    text = (tmp_path / "class.csv").read_text(encoding="utf-8-sig")
    firsts = [r["learner"] for r in csv.DictReader(io.StringIO(text)) if r["bank"] == ""]
    assert firsts == [r.cells[0].replace("=", "'=") for r in view.rows]  # as shown, defused
    assert view.message[0].startswith("Saved ")

    view.save_to = tmp_path  # a folder: refused, said plainly on the screen
    view.export_requested.emit()
    assert view.message[1] is True and "it is a folder" in view.message[0]
    assert klass.errors == []


def test_the_analysis_flags_filters_and_exports(klass: Class, tmp_path: Path) -> None:
    view = FakeReportView()
    presenter = AnalysisPresenter(view, klass.ops(), klass.data_folder, klass.state)
    presenter.show()
    verdicts = view.column(6)
    flagged = [r for r in view.rows if r.flagged]
    assert flagged and all(r.cells[6].startswith("⚑ ") for r in flagged)
    assert "works" in verdicts
    few = [r for r in view.rows if r.cells[2] == "imported"]
    assert few and all(r.cells[4] == "too few answers" for r in few)
    (points,) = view.last("show_points")
    assert len(points) == 3 and sum(p.flagged for p in points) == len(flagged)

    view.selected.emit(flagged[0].key)
    assert "Options chosen:" in view.detail and "[nobody chose it]" in view.detail

    view.filters_changed.emit(AnalysisChoice(source="imported"))
    assert set(view.column(2)) == {"imported"}
    view.filters_changed.emit(AnalysisChoice(source="quiz", bank="uitest"))
    assert set(view.column(2)) == {"quiz"} and len(view.rows) == 3
    shown = len(view.rows)
    view.filters_changed.emit(AnalysisChoice(since=date(2026, 5, 2), until=date(2026, 5, 1)))
    assert view.message == ("The last day is before the first day.", True)
    assert len(view.rows) == shown  # nothing was asked of the database

    view.save_to = tmp_path / "items.csv"
    view.export_requested.emit()
    assert (tmp_path / "items-quizzes.csv").exists()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "items.csv").read_text("utf-8-sig"))))
    assert len(rows) == 3 and {r["sources"] for r in rows} == {"quiz"}
    assert klass.errors == []
