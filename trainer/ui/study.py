"""Flashcard study: the question side, then the answer with its explanation and source.

A passive view. Space or Enter reveals the answer; 1–4 rate Again/Hard/Good/Easy
(each button shows the interval it would give); Ctrl+Z undoes the last rating;
Esc goes back home. The presenter (``study_presenter``) fills it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import heading, plain_label, set_primary, wrapping_label

RATING_KEYS = ("1", "2", "3", "4")


class StudyScreen(QWidget):
    """Shows one card at a time and the end-of-session summary."""

    reveal_requested = Signal()
    rated = Signal(int)
    undo_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("study")
        self.revealed = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._card_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._shortcuts()
        self.first_focus = self.reveal_button

    # -- construction ------------------------------------------------------------
    def _card_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Study session progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.meta = plain_label()
        self.meta.setObjectName("meta")
        self.question = wrapping_label(selectable=True)
        self.question.setObjectName("cardQuestion")
        self.question.setAccessibleDescription(self.tr("The card's question"))
        self.answer_frame = QFrame()
        self.answer_frame.setObjectName("answerFrame")
        self.answer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer = wrapping_label(selectable=True)
        self.answer.setObjectName("cardAnswer")
        self.answer.setAccessibleDescription(self.tr("The card's answer"))
        self.explanation = wrapping_label(selectable=True)
        self.source = wrapping_label(selectable=True)
        self.source.setObjectName("source")
        inner = QVBoxLayout(self.answer_frame)
        inner.addWidget(self.answer)
        inner.addWidget(self.explanation)
        inner.addWidget(self.source)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.meta)
        column.addWidget(self.question)
        column.addWidget(self.answer_frame)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The card (arrow keys scroll it)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.reveal_button = QPushButton(self.tr("Show &answer"))
        set_primary(self.reveal_button)
        self.reveal_button.setToolTip(self.tr("Show the answer (Space or Enter)"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.rate_buttons: list[QPushButton] = []
        names = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        rates = QHBoxLayout()
        for grade, name in enumerate(names, start=1):
            button = QPushButton(name)
            button.setObjectName(f"rate{grade}")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _c=False, g=grade: self.rated.emit(g))
            rates.addWidget(button)
            self.rate_buttons.append(button)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last rating (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("End this session and go back home (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.home_button)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.reveal_button)
        bottom.addLayout(rates)

        top = QHBoxLayout()
        top.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = heading(self.tr("Session finished"))
        self.summary = wrapping_label()
        self.summary.setObjectName("studySummary")
        self.summary_home = QPushButton(self.tr("Back ho&me"))
        self.summary_home.setToolTip(self.tr("Back to the home screen (Esc)"))
        self.summary_home.clicked.connect(self.home_requested)
        self.summary_home.setDefault(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.summary_home)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self, context=context)
            shortcut.activated.connect(self._reveal_key)
        for grade, digit in enumerate(RATING_KEYS, start=1):
            shortcut = QShortcut(QKeySequence(digit), self, context=context)
            shortcut.activated.connect(lambda g=grade: self._rate_key(g))
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, context=context)
        undo.activated.connect(self.undo_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=context)
        escape.activated.connect(self.home_requested)

    def _reveal_key(self) -> None:
        if self.pages.currentIndex() == 1:
            self.home_requested.emit()
        elif not self.revealed and self.reveal_button.isEnabled():
            self.reveal_requested.emit()

    def _rate_key(self, grade: int) -> None:
        if self.revealed and self.rate_buttons[grade - 1].isEnabled():
            self.rated.emit(grade)

    # -- what the presenter calls -------------------------------------------------
    def show_progress(self, text: str, done: int, total: int) -> None:
        self.progress_label.setText(text)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def show_question(self, meta: str, question: str) -> None:
        self.pages.setCurrentIndex(0)
        self.revealed = False
        self.meta.setText(meta)
        self.question.setText(question)
        self.answer_frame.setVisible(False)
        self.reveal_button.setVisible(True)
        self.reveal_button.setEnabled(True)
        for button in self.rate_buttons:
            button.setVisible(False)
        self.reveal_button.setFocus()

    def show_answer(
        self, answer: str, explanation: str, source: str, intervals: Sequence[str]
    ) -> None:
        self.revealed = True
        self.answer.setText(answer)
        self.explanation.setText(explanation)
        self.source.setText(self.tr("Source: {source}").format(source=source) if source else "")
        self.answer_frame.setVisible(True)
        self.reveal_button.setVisible(False)
        names = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        for grade, (button, name, interval) in enumerate(
            zip(self.rate_buttons, names, intervals, strict=True), start=1
        ):
            button.setText(f"{grade} {name}\n{interval}")
            button.setToolTip(
                self.tr("{name}: next review in {interval} (key {key})").format(
                    name=name, interval=interval, key=grade
                )
            )
            button.setAccessibleDescription(button.toolTip())
            button.setVisible(True)
            button.setEnabled(True)
        self.rate_buttons[2].setFocus()

    def set_busy(self, busy: bool) -> None:
        """While an answer is being saved, the buttons wait."""
        for button in [*self.rate_buttons, self.reveal_button, self.undo_button]:
            button.setEnabled(not busy)

    def set_can_undo(self, can_undo: bool) -> None:
        self.undo_button.setEnabled(can_undo)

    def show_summary(self, text: str) -> None:
        self.pages.setCurrentIndex(1)
        self.summary.setText(text)
        self.summary_home.setFocus()
