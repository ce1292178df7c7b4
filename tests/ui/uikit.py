"""Helpers for the screen tests: a real session on a temporary data folder with the UI
test bank, typing keys as a person does, waiting for a condition, screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session

DATA = Path(__file__).parent / "data"
SCREENS: Path | None = None
"""Where :func:`shot` writes: the running test's ``tmp_path / "screens"`` (set for each
test by the UI tests' conftest)."""


def _no_guard(window: Any) -> None:
    window.close_guard = None  # a failed test must not leave a question dialog open


def make_session(qtbot: QtBot, data_dir: Path, banks: list[Path] | None = None) -> Session:
    """A started session whose home (or first-run) screen is ready, with every screen
    built and the first load done."""
    session = Session(data_dir)
    session.controller.data_folder.bank_paths = banks if banks is not None else [DATA]
    qtbot.addWidget(session.window, before_close_func=_no_guard)
    with qtbot.waitSignal(session.controller.home_ready, timeout=30_000):
        session.start()
    qtbot.waitUntil(lambda: session.controller.is_ready, timeout=30_000)
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow, timeout=5000)
    return session


def close_session(session: Session) -> None:
    session.window.close_guard = None
    session.window.close()
    session.tasks.wait()


def create_profile(qtbot: QtBot, session: Session, name: str) -> None:
    """Fill the first-run screen and wait for home."""
    first = session.window.first_run
    assert session.window.stack.currentWidget() is first
    first.name.setText(name)
    first.go_button.click()
    wait_for(qtbot, lambda: session.window.current_screen() == "home" and home_filled(session))


def home_filled(session: Session) -> bool:
    return session.window.home.study_button.isEnabled()


def engine(session: Session) -> Any:
    """The session's engine, for checks once the worker is idle."""
    session.tasks.wait()
    return session.controller.data_folder.study


def key(qtbot: QtBot, session: Session, sequence: str) -> None:
    """Type a key sequence (e.g. "Space", "Ctrl+Z", "3") into the focused widget."""
    target = QApplication.focusWidget() or session.window
    keys = QKeySequence(sequence)
    combo = keys[0]
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def wait_for(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 10_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


SCREEN_KEYS = (
    ("Ctrl+1", "home"),
    ("Ctrl+3", "quiz_setup"),
    ("Ctrl+5", "banks"),
    ("Ctrl+6", "profiles"),
    ("Ctrl+,", "settings"),
    ("Ctrl+4", "progress"),
    ("Ctrl+7", "class"),
    ("Ctrl+8", "analysis"),
    ("Ctrl+2", "study"),
)
"""The main screens with the shortcut that shows each (study last: it leaves a card)."""


def visit(qtbot: QtBot, session: Session, sequence: str, name: str) -> QWidget:
    """Press ``sequence``, wait for screen ``name`` and its data; the screen."""
    key(qtbot, session, sequence)
    wait_for(qtbot, lambda: session.window.current_screen() == name)
    settle(qtbot, session)
    return session.window.screens[name]


def settle(qtbot: QtBot, session: Session) -> None:
    """Wait until every job on the worker has run and its result has been drawn."""
    wait_for(qtbot, lambda: session.tasks.pending() == 0)


def shot(widget: object, name: str) -> Path:
    """Render ``widget`` to ``<the test's tmp_path>/screens/<name>.png`` (look at it
    there after a run: pytest keeps the last runs' folders)."""
    assert SCREENS is not None, "shot() runs inside a test of tests/ui"
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def press(qtbot: QtBot, sequence: str | Qt.Key, modifiers: Any = None) -> None:
    """One key to whatever has the keyboard focus, as a person types it."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    if isinstance(sequence, str):
        combo = QKeySequence(sequence)[0]
        qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
    else:
        qtbot.keyClick(target, sequence, modifiers or Qt.KeyboardModifier.NoModifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Typed characters go to the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClicks(target, text)


def answer_by_keyboard(qtbot: QtBot, widget: Any, question: Any, right: bool = True) -> None:
    """Give the right (or a wrong) answer the way a trainee would: every key goes to the
    widget that has the focus when the page appears (Tab moves between inputs)."""
    kind = question.kind
    assert widget.isAncestorOf(QApplication.focusWidget()), (
        f"the focus is on {QApplication.focusWidget()!r}, not in the answer"
    )
    if kind == "single_choice":
        target = question.correct if right else question.wrong[0]
        press(qtbot, str(widget.options.index(target) + 1))
    elif kind == "multiple_choice":
        for option in question.correct if right else question.wrong[:1]:
            press(qtbot, str(widget.options.index(option) + 1))
    elif kind == "true_false":
        press(qtbot, "T" if question.answer == right else "F")
    elif kind == "numeric":
        type_text(qtbot, f"{question.answer if right else question.answer * 2 + 1:g}")
    elif kind == "short_answer":
        type_text(qtbot, question.answers[0] if right else "nowhere")
    elif kind == "cloze":
        for n, accepted in enumerate(question.blanks):
            if n:
                press(qtbot, "Tab")
            assert QApplication.focusWidget() is widget.fields[n]
            type_text(qtbot, accepted[0] if right else "x")
    elif kind == "ordering":
        target = list(question.sequence) if right else list(reversed(question.sequence))
        assert QApplication.focusWidget() is widget.list
        for index, entry in enumerate(target):
            row = widget.entries().index(entry)
            for _ in range(abs(row - widget.list.currentRow())):  # select with the arrows
                press(qtbot, Qt.Key.Key_Down if row > widget.list.currentRow() else Qt.Key.Key_Up)
            for _ in range(row - index):
                press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif kind == "matching":
        rights = [r for _l, r in question.pairs]
        for n, (box, (_left, right_value)) in enumerate(
            zip(widget.boxes, question.pairs, strict=True)
        ):
            if n:
                press(qtbot, "Tab")
            assert QApplication.focusWidget() is box
            value = right_value if right else rights[(n + 1) % len(rights)]
            for _ in range(box.findData(value) - box.currentIndex()):
                press(qtbot, Qt.Key.Key_Down)
    else:
        raise AssertionError(f"unexpected kind {kind}")
