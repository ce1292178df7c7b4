"""The workshop screens through the real path: builder → presenter with three teams →
reveal, next, podium, results; a real process killed with SIGKILL, then resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trainer.core.banks import LoadResult
from trainer.core.workshop import build_workshop, question_results, save_workshop
from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.builder_dialog import WorkshopBuilder
from trainer.ui.workshop.results_view import ResultsDialog

SCREENS = Path(os.environ.get("TRAINER_SCREENS", "/tmp/screens"))  # looked at by people


@pytest.fixture
def tasks(qtbot: object) -> TaskRunner:
    runner = TaskRunner()
    yield runner
    runner.wait()


def _builder(qtbot, data_dir: Path, bank_dir: Path, tasks: TaskRunner) -> WorkshopBuilder:  # type: ignore[no-untyped-def]
    builder = WorkshopBuilder(data_dir, tasks, bank_paths=[bank_dir])
    qtbot.addWidget(builder)
    qtbot.waitUntil(lambda: builder.store is not None, timeout=15_000)
    return builder


def _check(widget, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    for i in range(widget.count()):
        item = widget.item(i)
        state = Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked
        item.setCheckState(state)


def test_build_present_three_teams_podium_and_results(
    qtbot,
    tmp_path: Path,
    bank_dir: Path,
    tasks: TaskRunner,  # type: ignore[no-untyped-def]
) -> None:
    builder = _builder(qtbot, tmp_path, bank_dir, tasks)
    _check(builder.kinds, ["single_choice", "true_false"])
    builder.count.setValue(3)
    builder.seed.setValue(7)
    builder.title.setText("Morning quiz")
    workshop = builder.build()
    assert workshop is not None and len(workshop.items) == 3
    assert builder.preview.count() == 3
    # swap keeps the topic and brings a new item
    loaded = builder.loaded
    assert loaded is not None
    origins = [i for i, item in enumerate(workshop.items) if loaded.by_id[item].topic == "Origins"]
    before = builder.workshop.items  # type: ignore[union-attr]
    builder.swap_selected(origins[0])
    after = builder.workshop.items  # type: ignore[union-attr]
    assert after[origins[0]] != before[origins[0]]
    assert loaded.by_id[after[origins[0]]].topic == "Origins"
    # save, open in a fresh builder: the same questions
    builder.save_to(tmp_path / "w.yaml")
    other = _builder(qtbot, tmp_path, bank_dir, tasks)
    other.open_from(tmp_path / "w.yaml")
    assert other.workshop is not None and other.workshop.items == after

    builder.teams.setPlainText("Red\nBlue\nGreen")
    windows = builder.start()
    assert windows is not None
    audience, console, presenter = windows.audience, windows.console, windows.presenter
    audience.resize(1280, 720)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert builder.grab().save(str(SCREENS / "ws_builder.png"))
    assert console.isVisible()
    qtbot.keyClick(audience, Qt.Key.Key_F2)  # one screen: hide the console...
    assert not console.isVisible()
    qtbot.keyClick(audience, Qt.Key.Key_F2)  # ...and bring it back
    assert console.isVisible()
    qtbot.keyClick(console, Qt.Key.Key_Space)  # start the timer
    assert presenter.running
    for position in range(3):
        slide = presenter.slide()
        assert slide is not None and slide.recordable
        right = slide.choices.index(slide.answer)
        wrong = (right + 1) % len(slide.choices)
        # Red always right (key), Blue right by one click, Green wrong (key)
        qtbot.keyClick(console, Qt.Key.Key_1)
        qtbot.keyClick(console, Qt.Key(Qt.Key.Key_A.value + right))
        assert presenter.selected_team == 1
        assert "✓" in console.team_rows[0][1].text()
        qtbot.mouseClick(console.team_rows[1][2][right], Qt.MouseButton.LeftButton)
        qtbot.keyClick(console, Qt.Key(Qt.Key.Key_A.value + wrong))
        assert audience.answer.text() == ""
        qtbot.keyClick(console, Qt.Key.Key_R)  # reveal: answer, explanation, source
        assert slide.answer in audience.answer.text()
        assert "Source:" in audience.detail.text()
        if position == 0:
            audience.grab().save(str(SCREENS / "ws_audience_reveal.png"))
            console.grab().save(str(SCREENS / "ws_console.png"))
        if position == 1:
            qtbot.keyClick(console, Qt.Key.Key_L)  # leaderboard between questions
            assert audience.title.text() == "Leaderboard"
            assert audience.body.text().splitlines()[0].startswith("1.")
            audience.grab().save(str(SCREENS / "ws_audience_leaderboard.png"))
            qtbot.keyClick(console, Qt.Key.Key_L)
        qtbot.keyClick(audience, Qt.Key.Key_Right)  # the audience window takes keys too
    assert presenter.mode == "podium" and presenter.finished
    assert "Podium" in audience.title.text()
    lines = audience.body.text().splitlines()
    assert lines[0].startswith("1st") and ("Red" in lines[0] or "Blue" in lines[0])
    assert "Green" in lines[-1] and "0 points" in lines[-1]
    audience.grab().save(str(SCREENS / "ws_audience_podium.png"))
    results = question_results(presenter.session)
    assert [round(r.facility, 2) for r in results] == [0.67, 0.67, 0.67]
    assert all(r.common_wrong is not None and r.common_wrong_count == 1 for r in results)
    dialog = ResultsDialog(presenter.session)
    qtbot.addWidget(dialog)
    assert dialog.questions.rowCount() == 3 and dialog.teams.rowCount() == 3
    assert "67%" in dialog.questions.item(0, 3).text()
    dialog.export_to(tmp_path / "r.csv")
    rows = (tmp_path / "r.csv").read_bytes().decode("utf-8-sig").strip().splitlines()
    assert len(rows) == 1 + 3 * 3
    windows.close()
    builder.close()
    other.close()


def test_killed_mid_workshop_resumes_with_scores(
    qtbot,
    tmp_path: Path,
    bank_dir: Path,
    loaded: LoadResult,
    tasks: TaskRunner,  # type: ignore[no-untyped-def]
) -> None:
    workshop = build_workshop(
        loaded.questions, seed=3, count=3, kinds=["single_choice"], title="Crash test"
    )
    save_workshop(workshop, tmp_path / "w.yaml")
    worker = Path(__file__).with_name("ws_ui_crash_worker.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(worker),
            str(tmp_path / "data"),
            str(bank_dir),
            str(tmp_path / "w.yaml"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert line.strip() == "recorded", proc.stderr.read() if proc.stderr else ""

    builder = _builder(qtbot, tmp_path / "data", bank_dir, tasks)
    assert builder.resume_box.isVisibleTo(builder)
    assert builder.resume_list.count() == 1
    assert "Crash test" in builder.resume_list.item(0).text()
    windows = builder.resume_selected()
    assert windows is not None
    presenter = windows.presenter
    assert presenter.position == 1  # the second question, where it stopped
    points = {s.team.name: s.points for s in presenter.standings}
    assert points == {"Red": 1.0, "Blue": 1.0, "Green": 1.0}
    assert len(presenter.answers) == 2  # Red and Blue had answered question 2
    presenter.mark(2, True)
    presenter.finish()
    assert next(s.team.name for s in presenter.session.podium()) == "Green"
    builder.close()
    again = _builder(qtbot, tmp_path / "data", bank_dir, tasks)
    assert not again.refresh_resumable()  # finished: no longer offered
    assert not again.resume_box.isVisibleTo(again)
    again.close()
