"""``trainer --self-test``: headless checks that the installed app really works.

Runs offscreen in a temporary data directory: loads the shipped banks, builds a
quiz, opens the progress store (both through the app's own
:class:`~trainer.core.data_folder.DataFolder`), creates every main screen and renders
it. Exits 0, or 1 with a line per failed step. CI runs it against the built bundle.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


Step = Callable[[dict[str, Any]], str]


def step_banks(ctx: dict[str, Any]) -> str:
    from trainer.core.data_folder import DataFolder
    from trainer.paths import shipped_banks_dir

    folder = DataFolder(ctx["data_dir"], [shipped_banks_dir()])
    result = folder.read_banks()
    if result.errors:
        raise RuntimeError("; ".join(str(e) for e in result.errors[:5]))
    if not result.questions:
        raise RuntimeError(f"no study items in {shipped_banks_dir()}")
    ctx["folder"] = folder
    return f"{len(result.banks)} banks, {len(result.questions)} study items"


def step_quiz(ctx: dict[str, Any]) -> str:
    from trainer.core.kinds import scored_kinds
    from trainer.core.study import QuizSpec

    with ctx["folder"] as folder:
        folder.load()  # the banks again (from the cache), the store, the study service
        trainer = folder.study
        learner = trainer.create_profile("Self-test").id
        spec = QuizSpec(count=10, seed=7, kinds=scored_kinds())
        quiz = trainer.build_quiz(spec)
        if len(quiz.item_ids) != 10:
            raise RuntimeError(f"quiz has {len(quiz.item_ids)} questions, expected 10")
        if trainer.build_quiz(spec).item_ids != quiz.item_ids:
            raise RuntimeError("the same seed built a different quiz")
        attempt = trainer.start_quiz(learner, quiz)
        for position in range(len(quiz.item_ids)):
            trainer.answer_quiz_response(attempt, position, None, 1000)  # skipped: scores 0
        state = trainer.finish_quiz(attempt)
        if len(state.answers) != 10 or state.finished_at is None:
            raise RuntimeError("the quiz attempt was not stored whole")
        card = trainer.next_card(learner)
        if card is None:
            raise RuntimeError("no card to study for a new learner")
    return f"10 questions (seed 7) stored and finished; next card {card.item_id}"


def step_screens(ctx: dict[str, Any]) -> str:
    from trainer.ui.app import Session, get_app

    app = get_app()
    session = Session(ctx["data_dir"])
    session.start()
    deadline = time.monotonic() + 30
    ready: list[bool] = []
    session.controller.home_ready.connect(lambda: ready.append(True))
    while not (ready and session.controller.is_ready) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if not ready:
        raise RuntimeError("the home screen was not filled within 30 s")
    if session.controller.state.overview is None:
        raise RuntimeError("the home screen shows an error: " + session.window.home.status.text())
    names = []
    for index in range(session.window.stack.count()):
        screen = session.window.stack.widget(index)
        assert screen is not None
        session.window.stack.setCurrentIndex(index)
        pixmap = screen.grab()
        if pixmap.isNull() or pixmap.width() < 100:
            raise RuntimeError(f"screen {screen.objectName()} did not render")
        names.append(screen.objectName())
    session.window.close()
    session.tasks.wait()
    return "rendered " + ", ".join(names)


STEPS: list[tuple[str, Step]] = [
    ("load the shipped banks", step_banks),
    ("build and answer a quiz in a new progress database", step_quiz),
    ("create and render every main screen", step_screens),
]


def run_self_test(out: TextIO) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="trainer-selftest-") as tmp:
        ctx: dict[str, Any] = {"data_dir": Path(tmp)}
        for name, step in STEPS:
            try:
                detail = step(ctx)
            except Exception as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", file=out)
                if os.environ.get("TRAINER_DEBUG"):
                    traceback.print_exc(file=out)
            else:
                print(f"ok   {name}: {detail}", file=out)
    print("self-test " + ("passed" if not failures else f"failed ({failures} step(s))"), file=out)
    return 1 if failures else 0
