"""Start-up order (issue 14): Home first, from the quick read when there is one, the
other screens after it; what a person asks for meanwhile is done once it can be.

The quick read (``DataFolder.load_home``) is replaced here by one built from the real
study service, and the full load waits for the test to let it go, so that a click
lands while the full load is still running, every time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainer.core.data_folder import DataFolder, Loaded
from trainer.core.home_snapshot import HomeSnapshot
from trainer.core.study import QuizSpec
from trainer.ui.app import Session
from ui.uikit import DATA, close_session, home_filled, key, wait_for


def learner_with_an_answer(data_dir: Path) -> None:
    with DataFolder(data_dir, [DATA]) as folder:
        folder.load()
        learner = folder.study.create_profile("Ada").id
        card = folder.study.next_card(learner)
        assert card is not None
        folder.study.answer_card(learner, card.item_id, 3)


class HeldStart:
    """A session whose quick read returns Home and whose full load waits for
    :meth:`release`; ``at_home`` holds what was built when Home was ready."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.session = Session(data_dir)
        folder = self.session.controller.data_folder
        folder.bank_paths = [DATA]
        self.full_load_may_go = threading.Event()
        self.full_loads = 0
        real_load = folder.load
        self.full_load: Callable[[], Loaded] = real_load
        """What the held full load runs once released (a test may break it)."""

        def quick_read(preferred: int | None) -> HomeSnapshot:
            loaded = real_load()  # the worker thread, as the real quick read
            return snapshot_of(folder, loaded, preferred)

        def held_load() -> Loaded:
            assert self.full_load_may_go.wait(30), "the test never let the full load go"
            self.full_loads += 1
            return self.full_load()

        folder.load_home = quick_read  # type: ignore[method-assign]
        folder.load = held_load  # type: ignore[method-assign]
        self.at_home: list[set[str]] = []
        controller = self.session.controller
        controller.home_ready.connect(lambda: self.at_home.append(set(self.session.window.screens)))
        qtbot.addWidget(self.session.window, before_close_func=lambda w: None)
        with qtbot.waitSignal(controller.home_ready, timeout=30_000):
            self.session.start()
        self.session.window.activateWindow()
        qtbot.waitUntil(self.session.window.isActiveWindow, timeout=5000)

    def release(self) -> None:
        self.full_load_may_go.set()


def snapshot_of(folder: DataFolder, loaded: Loaded, preferred: int | None) -> HomeSnapshot:
    ids = [p.id for p in loaded.profiles]
    learner = preferred if preferred in ids else ids[0]
    study = folder.study
    return HomeSnapshot(
        loaded=loaded,
        learner_id=learner,
        profile=study.profile(learner),
        counts=study.home_counts(learner),
        statistics=study.statistics(learner, history_days=7),
        unfinished_quizzes=study.unfinished_quizzes(learner),
        interrupted_workshop="",
    )


def full_load_fails(start: HeldStart, data_dir: Path) -> list[BaseException]:
    """Make the held full load fail (a damaged disk); the recovery offers it makes."""

    def broken_load() -> Loaded:
        raise OSError(5, "Input/output error", str(data_dir / "trainer.sqlite3"))

    start.full_load = broken_load
    offered: list[BaseException] = []
    recovery = start.session.controller.recovery
    recovery.offer_recovery = offered.append  # type: ignore[method-assign]
    return offered


@pytest.fixture
def held(qtbot: QtBot, tmp_path: Path) -> Iterator[HeldStart]:
    learner_with_an_answer(tmp_path)
    start = HeldStart(qtbot, tmp_path)
    yield start
    start.release()
    qtbot.waitUntil(lambda: start.session.controller.is_ready, timeout=30_000)
    close_session(start.session)


def test_home_is_filled_from_the_quick_read_before_the_other_screens(
    qtbot: QtBot, held: HeldStart
) -> None:
    window = held.session.window
    assert held.at_home == [{"home", "first_run"}]
    assert window.current_screen() == "home" and home_filled(held.session)
    assert "Ada" in window.home.title.text()
    assert held.full_loads == 0  # Home came before the full load
    held.release()
    qtbot.waitUntil(lambda: held.session.controller.is_ready, timeout=30_000)
    assert window.all_screens_built()
    assert held.full_loads == 1
    assert window.current_screen() == "home"  # refilled quietly, where it was


def test_home_main_action_clicked_before_the_full_load_is_done_after_it(
    qtbot: QtBot, held: HeldStart
) -> None:
    window = held.session.window
    window.home.study_button.click()
    assert window.current_screen() == "home"
    held.release()
    wait_for(qtbot, lambda: window.current_screen() == "study", timeout=30_000)
    wait_for(qtbot, lambda: window.study.reveal_button.isEnabled())
    assert held.full_loads == 1


def test_a_shortcut_pressed_before_the_full_load_is_done_after_it(
    qtbot: QtBot, held: HeldStart
) -> None:
    window = held.session.window
    key(qtbot, held.session, "Ctrl+4")  # Progress
    assert window.current_screen() == "home"
    held.release()
    wait_for(qtbot, lambda: window.current_screen() == "progress", timeout=30_000)


def test_weak_spots_chosen_while_the_banks_load_is_not_dropped(
    qtbot: QtBot, held: HeldStart
) -> None:
    window = held.session.window
    window.home.weak_action.trigger()
    held.release()
    wait_for(qtbot, lambda: window.current_screen() == "study", timeout=30_000)


def test_without_a_quick_read_home_still_comes_before_the_other_screens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    learner_with_an_answer(tmp_path)
    session = Session(tmp_path)
    session.controller.data_folder.bank_paths = [DATA]
    at_home: list[set[str]] = []
    session.controller.home_ready.connect(lambda: at_home.append(set(session.window.screens)))
    qtbot.addWidget(session.window, before_close_func=lambda w: None)
    with qtbot.waitSignal(session.controller.home_ready, timeout=30_000):
        session.start()
    assert at_home == [{"home", "first_run"}]
    assert home_filled(session)
    qtbot.waitUntil(lambda: session.controller.is_ready, timeout=30_000)
    assert session.window.all_screens_built()
    close_session(session)


def test_a_full_load_failing_after_the_quick_read_shows_the_error_and_offers_recovery(
    qtbot: QtBot, tmp_path: Path
) -> None:
    learner_with_an_answer(tmp_path)
    start = HeldStart(qtbot, tmp_path)
    session = start.session
    offered = full_load_fails(start, tmp_path)
    session.window.home.study_button.click()  # asked for while the load runs
    start.release()
    qtbot.waitUntil(lambda: session.controller.is_ready, timeout=30_000)
    assert len(offered) == 1
    assert "Input/output error" in session.window.home.status.text()
    assert session.controller.state.overview is None
    assert session.window.current_screen() == "home"  # Study needs what failed to load
    close_session(session)


def test_a_quiz_resumed_while_the_full_load_fails_is_not_run_on_the_quick_reads_state(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The quick read listed an unfinished quiz; the full load then fails: the Resume
    asked for meanwhile must not reach a study service that never loaded (it gave the
    'could not finish' box on top of the recovery offer), and Home's actions go off."""
    learner_with_an_answer(tmp_path)
    with DataFolder(tmp_path, [DATA]) as folder:
        folder.load()
        learner = folder.study.profiles()[0].id
        folder.study.start_quiz(learner, folder.study.build_quiz(QuizSpec(count=2, seed=1)))
    start = HeldStart(qtbot, tmp_path)
    session = start.session
    offered = full_load_fails(start, tmp_path)
    errors: list[str] = []
    session.controller.dialogs.show_error = errors.append  # type: ignore[method-assign]
    assert session.controller.state.unfinished_quizzes
    session.window.home.resume_button.click()
    session.window.home.resume_button.click()  # a double click is asked once
    start.release()
    qtbot.waitUntil(lambda: session.controller.is_ready, timeout=30_000)
    wait_for(qtbot, lambda: session.controller.tasks.pending() == 0)
    assert len(offered) == 1 and errors == []
    assert session.controller.state.unfinished_quizzes == []
    assert not session.window.home.study_button.isEnabled()
    assert session.window.current_screen() == "home"
    close_session(session)


def test_an_action_failing_when_start_up_ends_does_not_stop_the_next_ones(
    qtbot: QtBot, held: HeldStart
) -> None:
    controller = held.session.controller

    def broken() -> None:
        raise RuntimeError("a bug in one queued action")

    assert controller._later(broken)
    held.session.window.home.study_button.click()
    with qtbot.capture_exceptions() as raised:
        held.release()
        qtbot.waitUntil(lambda: controller.is_ready, timeout=30_000)
    assert [str(e[1]) for e in raised] == ["a bug in one queued action"]
    wait_for(qtbot, lambda: held.session.window.current_screen() == "study", timeout=30_000)
