"""Layouts survive a 1024×600 window with 200% text; quitting mid-quiz asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session
from trainer.ui.theme import apply_theme
from ui.uikit import SCREEN_KEYS, key, shot, visit, wait_for


def clipped_buttons(session: Session) -> list[str]:
    window = session.window
    screen = window.stack.currentWidget()
    area = QRect(QPoint(0, 0), window.size())
    bad = []
    for button in screen.findChildren(QPushButton):
        if not button.isVisibleTo(window):
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        inside = area.contains(QRect(top_left, button.size()))
        if not inside or button.width() < button.minimumSizeHint().width():
            bad.append(button.text())
    return bad


def test_every_screen_fits_1024x600_at_200_percent(qtbot: QtBot, session: Session) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = session.window
    apply_theme(app, "light", 200)
    try:
        window.resize(1024, 600)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, hint
        for sequence, name in SCREEN_KEYS:
            visit(qtbot, session, sequence, name)
            assert window.size().width() == 1024 and window.size().height() == 600, name
            assert clipped_buttons(session) == [], name
        wait_for(qtbot, lambda: window.study.reveal_button.isEnabled())
        key(qtbot, session, "Space")
        wait_for(qtbot, window.study.answer_frame.isVisible)
        assert clipped_buttons(session) == []
        shot(window, "large_study")
    finally:
        apply_theme(app, "system", 100)


def test_quitting_mid_quiz_asks_first(qtbot: QtBot, session: Session) -> None:
    window = session.window
    key(qtbot, session, "Ctrl+3")
    window.quiz_setup.count.setValue(2)
    key(qtbot, session, "Return")
    wait_for(
        qtbot, lambda: window.current_screen() == "quiz" and window.quiz.submit_button.isEnabled()
    )
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, lambda: answer(button))

    QTimer.singleShot(20, lambda: answer(QMessageBox.StandardButton.No))
    window.close()
    assert window.isVisible() and "middle of a quiz" in asked[0]
    QTimer.singleShot(20, lambda: answer(QMessageBox.StandardButton.Yes))
    window.close()
    assert not window.isVisible() and len(asked) == 2


def test_results_show_four_topics_at_200_percent(qtbot: QtBot) -> None:
    from trainer.ui.results import ResultsData, ResultsScreen

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        screen = ResultsScreen()
        qtbot.addWidget(screen)
        screen.resize(1024, 560)
        screen.show()
        topics = [(f"Topic {n}", 1.0, 2) for n in range(6)]
        screen.show_results(ResultsData(6.0, 12, topics, [], 6))
        apply_theme(app, "light", 200)  # the text grows while the results are shown
        table = screen.topics
        qtbot.waitUntil(lambda: table.rowHeight(0) >= table.fontMetrics().height())
        needed = table.horizontalHeader().height() + 4 * table.rowHeight(0)
        qtbot.waitUntil(
            lambda: table.viewport().height() + table.horizontalHeader().height() >= needed
        )
    finally:
        apply_theme(app, "system", 100)


def test_home_keeps_its_rows_with_broken_banks_at_200_percent(qtbot: QtBot, tmp_path: Path) -> None:
    """Six broken banks used to push Home's tree down to four rows at 200% text."""
    from trainer.paths import user_banks_dir
    from ui.uikit import DATA, create_profile, make_session

    user = user_banks_dir(tmp_path)
    user.mkdir(parents=True)
    for n in range(6):
        (user / f"broken{n}.yaml").write_text(
            "format: 1\nid: b\nitems:\n  - id: x\n    kind: nope\n"
        )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = make_session(qtbot, tmp_path, banks=[DATA, user])
    create_profile(qtbot, session, "Amina")
    try:
        apply_theme(app, "light", 200)
        session.window.resize(1024, 600)
        home = session.window.home
        qtbot.waitUntil(lambda: home.errors.isVisible())
        assert home.errors.text().count("\n") == 1  # a heading and one line
        tree = home.tree
        qtbot.waitUntil(lambda: tree.viewport().height() >= 5 * tree.sizeHintForRow(0))
    finally:
        apply_theme(app, "system", 100)
        session.window.close_guard = None
        session.window.close()
        session.tasks.wait()


def test_the_menu_bar_follows_the_text_size_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.uikit import close_session, make_session

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("display/font_scale", 200)
    settings.sync()
    session = make_session(qtbot, tmp_path)
    try:
        bar = session.window.menuBar()
        assert bar.font().pointSizeF() == QApplication.font().pointSizeF()
        menu = bar.actions()[0].menu()
        assert menu.font().pointSizeF() == QApplication.font().pointSizeF()  # type: ignore[union-attr]
    finally:
        apply_theme(QApplication.instance(), "system", 100)  # type: ignore[arg-type]
        close_session(session)
