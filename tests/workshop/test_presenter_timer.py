"""The presenter's countdown as data (injected clock), the speed bonus it feeds, and the
PDF printed from the builder (Letter paper, every question, checked with pypdf)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from trainer.core.banks import LoadResult
from trainer.core.workshop import WorkshopSession, build_workshop
from trainer.store import open_store
from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.builder_dialog import WorkshopBuilder
from trainer.ui.workshop.presenter import Presenter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_countdown_pause_time_up_and_speed_bonus(
    qtbot: object, tmp_path: Path, loaded: LoadResult
) -> None:
    workshop = build_workshop(
        loaded.questions,
        seed=5,
        count=2,
        kinds=["single_choice"],
        seconds_per_question=10,
        points_per_question=2,
        speed_bonus=True,
    )
    store = open_store(tmp_path / "db.sqlite3")
    session = WorkshopSession.start(store, workshop, ["Red", "Blue"], loaded.by_id)
    clock = FakeClock()
    presenter = Presenter(session, clock=clock)
    assert presenter.elapsed_ms() is None and presenter.seconds_left == 10
    presenter.start()
    clock.now += 4.0
    presenter.pause()
    assert not presenter.running and presenter.remaining_ms == 6000
    clock.now += 50.0  # paused: time does not run
    presenter.start()
    clock.now += 1.0
    presenter.tick()
    assert presenter.remaining_ms == 5000 and presenter.seconds_left == 5
    slide = presenter.slide()
    assert slide is not None
    presenter.record_choice(0, slide.choices.index(slide.answer))  # right after 5 s of 10
    assert presenter.points(presenter.teams[0].id) == 2 + 0.5  # 2 x 0.5 x (1 - 5/10)
    clock.now += 7.0
    presenter.tick()
    assert presenter.remaining_ms == 0 and not presenter.running  # time up stops the clock
    presenter.record_choice(1, slide.choices.index(slide.answer))
    assert presenter.points(presenter.teams[1].id) == 2  # no bonus when the time is up
    presenter.next()
    assert presenter.remaining_ms == 10_000 and presenter.elapsed_ms() is None
    store.close()


@pytest.mark.parametrize("paper, size", [("letter", (612, 792))])
def test_builder_prints_pdf(
    qtbot,
    tmp_path: Path,
    bank_dir: Path,
    paper: str,
    size: tuple[int, int],  # type: ignore[no-untyped-def]
) -> None:
    tasks = TaskRunner()
    builder = WorkshopBuilder(tmp_path, tasks, bank_paths=[bank_dir])
    qtbot.addWidget(builder)
    qtbot.waitUntil(lambda: builder.store is not None, timeout=15_000)
    builder.count.setValue(5)
    builder.seed.setValue(11)
    workshop = builder.build()
    assert workshop is not None
    builder.print_to(tmp_path / "w.pdf", paper)
    reader = pypdf.PdfReader(tmp_path / "w.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for question in builder.questions():
        assert " ".join(question.prompt.split())[:30] in text
    assert "version A" in text and "version B" in text and "score sheet" in text
    assert "Team 3" in text  # the builder's teams are on the score sheet
    for fmt in ("gift", "xml", "apkg"):
        skipped = builder.export_to(tmp_path / f"w.{fmt}", fmt)
        assert (tmp_path / f"w.{fmt}").stat().st_size > 0
        assert builder.status.text().startswith("Exported")
        assert all(entry in builder.status.text() for entry in skipped)  # reported, not dropped
    builder.close()
    tasks.wait()
