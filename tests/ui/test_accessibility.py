"""What a screen-reader user meets: every control Tab reaches has a name, and Tab goes
round each screen without getting stuck (a table or a text box used to keep it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from ui.uikit import SCREEN_KEYS, key, visit, wait_for


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def tab_stops(screen: QWidget) -> list[QWidget]:
    """The controls of ``screen`` that Tab can reach now."""
    return [
        w
        for w in screen.findChildren(QWidget)
        if w.isVisibleTo(screen.window())
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.focusProxy()
    ]


def walk(qtbot: QtBot, session: Session, screen: QWidget) -> list[QWidget]:
    """Press Tab (to whatever has the focus) twice as often as there are stops."""
    seen: list[QWidget] = []
    for _ in range(2 * len(tab_stops(screen)) + 2):
        key(qtbot, session, "Tab")
        focus = QApplication.focusWidget()
        if focus is not None:
            seen.append(focus)
    return seen


def test_every_control_is_named_and_tab_reaches_it(qtbot: QtBot, session: Session) -> None:
    problems: dict[str, list[str]] = {}
    for sequence, name in SCREEN_KEYS:
        screen = visit(qtbot, session, sequence, name)
        stops = tab_stops(screen)
        unnamed = [type(w).__name__ + ":" + w.objectName() for w in stops if not name_of(w)]
        seen = walk(qtbot, session, screen)
        missed = [
            type(w).__name__ + ":" + (name_of(w) or w.objectName()) for w in stops if w not in seen
        ]
        if unnamed or missed:
            problems[name] = [f"unnamed {u}" for u in unnamed] + [
                f"not reached {m}" for m in missed
            ]
    assert problems == {}


def check_screen(qtbot: QtBot, session: Session, screen: QWidget) -> list[str]:
    stops = tab_stops(screen)
    found = [f"unnamed {type(w).__name__}" for w in stops if not name_of(w)]
    seen = walk(qtbot, session, screen)
    found += [f"not reached {name_of(w) or type(w).__name__}" for w in stops if w not in seen]
    return found


def test_every_quiz_page_and_the_results_are_named_and_reachable(
    qtbot: QtBot, session: Session
) -> None:
    from ui.uikit import answer_by_keyboard

    window = session.window
    key(qtbot, session, "Ctrl+3")
    window.quiz_setup.count.setValue(8)
    key(qtbot, session, "Return")
    problems: dict[str, list[str]] = {}
    quiz = session.controller.quiz
    for _ in range(8):
        wait_for(
            qtbot,
            lambda: window.current_screen() == "quiz" and window.quiz.submit_button.isEnabled(),
        )
        assert quiz.state is not None
        question = session.controller.data_folder.question(quiz.state.item_ids[quiz.position])
        found = check_screen(qtbot, session, window.quiz)
        if found:
            problems[question.kind] = found
        window.quiz.answer.focus_first()  # type: ignore[union-attr]
        answer_by_keyboard(qtbot, window.quiz.answer, question)
        key(qtbot, session, "Return")
        wait_for(qtbot, lambda: window.quiz.feedback.isVisible())
        assert name_of(window.quiz.prompt) or question.kind == "cloze"  # the text is read
        key(qtbot, session, "Return")
    wait_for(qtbot, lambda: window.current_screen() == "results")
    found = check_screen(qtbot, session, window.results)
    if found:
        problems["results"] = found
    assert problems == {}


def test_the_workshop_builder_is_named_and_tab_leaves_the_teams(
    qtbot: QtBot, session: Session
) -> None:
    session.window.workshop_action.trigger()
    builder = session.controller.workshop_builder.view
    assert builder is not None
    wait_for(qtbot, lambda: builder.banks.count() > 0)
    builder.activateWindow()
    wait_for(qtbot, builder.isActiveWindow)
    builder.teams.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is builder.teams)
    key(qtbot, session, "Tab")
    assert QApplication.focusWidget() is not builder.teams  # a tab is not typed in it
    assert builder.teams.toPlainText() == ""
    unnamed = [type(w).__name__ for w in tab_stops(builder) if not name_of(w)]
    builder.close()
    assert unnamed == []
