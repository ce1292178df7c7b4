"""``python -m trainer.ui.screenshots DIR``: render every screen offscreen to PNG.

Runs a real session on a temporary data directory with the shipped banks:
creates a profile, studies a few cards, takes a short quiz (and eleven more learners take
one, for the Class and Item analysis screens), then saves each
screen (and the Backups dialog) in each of :data:`SETS`: the light and the dark theme
at 1024×700 (``DIR/light``, ``DIR/dark``), 200% text at 1024×600 (``DIR/large``), and a
1366×768 laptop and a 1920×1080 screen, at 100% and 200% text
(``DIR/light-1366x768``, ``DIR/light-1366x768-200``, ...). Home is saved twice: as it
leads with studying (``home.png``) and with a quiz left unfinished (``home_resume.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(app: object, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def _drive(session: object, app: object) -> None:
    """First run, three cards, a three-question quiz with one wrong answer."""
    from trainer.ui.app import Session

    assert isinstance(session, Session)
    w = session.window
    c = session.controller
    w.first_run.name.setText("Amina")
    w.first_run.go_button.click()
    _wait(app, lambda: w.current_screen() == "home" and w.home.study_button.isEnabled())
    c.navigate("study")
    for _ in range(3):
        _wait(app, lambda: w.study.reveal_button.isVisible() and w.study.reveal_button.isEnabled())
        w.study.reveal_requested.emit()
        w.study.rated.emit(3)
    _wait(app, lambda: w.study.reveal_button.isEnabled())
    c.navigate("quiz_setup")
    w.quiz_setup.count.setValue(3)
    w.quiz_setup.start_button.click()
    for index in range(3):
        _wait(app, lambda: w.quiz.submit_button.isVisible() and w.quiz.submit_button.isEnabled())
        answer = w.quiz.answer
        assert answer is not None
        q = c.data_folder.question(c.quiz.state.item_ids[c.quiz.position])  # type: ignore[union-attr]
        _give(answer, q, right=index != 1)
        w.quiz.submit_requested.emit()
        _wait(app, lambda: w.quiz.next_button.isVisible())
        w.quiz.next_requested.emit()
    _wait(app, lambda: w.current_screen() == "results")
    _class_quiz(session)


def _class_quiz(session: object) -> None:
    """Eleven more learners take one three-question quiz (through the study API), so the
    Class and Item analysis screens have a class to show."""
    from trainer.core.kinds import kind_of
    from trainer.core.study import QuizSpec
    from trainer.ui.app import Session

    assert isinstance(session, Session)
    session.tasks.wait()
    folder = session.controller.data_folder
    trainer = folder.study
    spec = QuizSpec(count=3, kinds=("single_choice", "true_false", "numeric"), seed=11)
    for n in range(11):
        learner = trainer.create_profile(f"Learner {n + 1:02d}").id
        quiz = trainer.build_quiz(spec)
        attempt = trainer.start_quiz(learner, quiz)
        for position, item_id in enumerate(quiz.item_ids):
            question = folder.question(item_id)
            right = (n + position) % 3 != 0 if position else n >= 4
            example = kind_of(question).example
            if example is not None:
                trainer.answer_quiz_response(attempt, position, example(question, right), 5000)
        trainer.finish_quiz(attempt)


def _give(answer: object, question: object, right: bool) -> None:
    from typing import Any

    from trainer.core.kinds import kind_of

    a: Any = answer
    q: Any = question
    example = kind_of(q).example
    if example is not None:
        a.set_response(example(q, right))


SCREENS = (
    "home",
    "study",
    "quiz_setup",
    "quiz",
    "home_resume",
    "results",
    "progress",
    "profiles",
    "banks",
    "settings",
    "class",
    "analysis",
    "first_run",
)


def _render_all(session: object, app: object, out: Path) -> list[Path]:
    from trainer.ui.app import Session

    assert isinstance(session, Session)
    w = session.window
    c = session.controller
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for name in SCREENS:
        if name == "study":
            c.navigate("study")
            _wait(
                app,
                lambda: w.study.reveal_button.isEnabled() or w.study.pages.currentIndex() == 1,
            )
            w.study.reveal_requested.emit()
        elif name == "quiz":
            c.quiz.start_spec(c.state.learner_id or 0, _spec(3))
            _wait(app, lambda: w.current_screen() == "quiz" and w.quiz.submit_button.isEnabled())
        elif name in ("results", "first_run"):
            w.show_screen(name)
        elif name == "home_resume":  # the quiz just started is left unfinished
            c.navigate("home")
            _wait(app, lambda: w.home.resume_button.isVisibleTo(w))
        else:
            c.navigate(name)
            _wait(app, lambda n=name: w.current_screen() == n)  # type: ignore[misc]
        for _ in range(30):
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.01)
        session.tasks.wait()
        app.processEvents()  # type: ignore[attr-defined]
        path = out / f"{name}.png"
        w.grab().save(str(path))
        saved.append(path)
    saved.append(_render_backups(session, app, out))
    _finish_quiz(session)
    return saved


def _render_backups(session: object, app: object, out: Path) -> Path:
    """File ▸ Backups… with two backups made now."""
    from trainer.ui.app import Session

    assert isinstance(session, Session)
    presenter = session.controller.backups
    presenter.open()
    from trainer.ui.backups_screen import BackupsDialog

    dialog = presenter.dialog
    assert isinstance(dialog, BackupsDialog)
    while dialog.table.rowCount() < 2:
        rows = dialog.table.rowCount()
        dialog.backup_now_requested.emit()
        _wait(app, lambda n=rows: dialog.table.rowCount() > n)  # type: ignore[misc]
    session.tasks.wait()
    app.processEvents()  # type: ignore[attr-defined]
    path = out / "backups.png"
    dialog.grab().save(str(path))
    dialog.accept()
    return path


def _finish_quiz(session: object) -> None:
    """End the quiz left open, so that the next set's Home leads with studying again."""
    from trainer.ui.app import Session

    assert isinstance(session, Session)
    state = session.controller.quiz.state
    if state is not None:
        session.tasks.wait()
        session.controller.data_folder.study.finish_quiz(state.id)


def _spec(count: int) -> object:
    from trainer.core.study import QuizSpec

    return QuizSpec(count=count, kinds=("cloze", "ordering", "matching"), seed=7)


SETS = (
    # folder, colours, text size (%), window size
    ("light", "light", 100, (1024, 700)),
    ("dark", "dark", 100, (1024, 700)),
    ("large", "light", 200, (1024, 600)),
    ("light-1366x768", "light", 100, (1366, 768)),
    ("light-1366x768-200", "light", 200, (1366, 768)),
    ("dark-1920x1080", "dark", 100, (1920, 1080)),
    ("dark-1920x1080-200", "dark", 200, (1920, 1080)),
)


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from trainer.ui.app import Session, get_app
    from trainer.ui.theme import apply_theme

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "screenshots")
    app = get_app()
    with tempfile.TemporaryDirectory(prefix="trainer-shots-") as tmp:
        session = Session(Path(tmp))
        session.window.resize(1024, 700)
        session.start()
        _wait(app, lambda: session.controller.is_ready)
        _drive(session, app)
        results = []
        for folder, theme, text_size, (width, height) in SETS:
            apply_theme(app, theme, text_size)
            session.window.resize(width, height)
            results += _render_all(session, app, out / folder)
        apply_theme(app, "system", 100)
        session.window.close_guard = None
        session.window.close()
        session.tasks.wait()
    assert isinstance(app, QApplication)
    for path in results:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
