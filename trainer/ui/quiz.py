"""Taking a quiz: one question per page with the input widget of its kind.

A passive view. Enter (or Ctrl+Enter) submits, then goes on when feedback is
shown; Alt+S skips (skipped questions come back); Alt+B goes back; Alt+I
finishes. An optional countdown is shown at the top. The quiz presenter
decides what is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.kind_views import make_answer_widget
from trainer.ui.widgets.answer_base import AnswerWidget
from trainer.ui.widgets.common import (
    StatusLine,
    announce,
    plain_label,
    set_primary,
    wrapping_label,
)

if TYPE_CHECKING:
    from trainer.core.banks import Question


class QuizScreen(QWidget):
    submit_requested = Signal()
    next_requested = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.answer: AnswerWidget | None = None
        self.feedback_shown = False
        self.position_label = plain_label()
        self.position_label.setObjectName("quizPosition")
        self.countdown = plain_label()
        self.countdown.setObjectName("countdown")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.meta = plain_label()
        self.meta.setObjectName("meta")
        self.prompt = wrapping_label(selectable=True)
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setAccessibleDescription(self.tr("The question"))  # its text is its name
        self.instruction = wrapping_label()
        self.instruction.setObjectName("instruction")
        self.answer_box = QVBoxLayout()
        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = wrapping_label()
        self.verdict.setObjectName("verdict")
        self.expected = wrapping_label(selectable=True)
        self.explanation = wrapping_label(selectable=True)
        self.source = wrapping_label(selectable=True)
        self.source.setObjectName("source")
        inner = QVBoxLayout(self.feedback)
        for label in (self.verdict, self.expected, self.explanation, self.source):
            inner.addWidget(label)
        self.feedback.setVisible(False)
        self.message = StatusLine()

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.meta)
        column.addWidget(self.prompt)
        column.addWidget(self.instruction)
        column.addLayout(self.answer_box)
        column.addWidget(self.feedback)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("The question (arrow keys scroll it)"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("The previous question (Alt+B)"))
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setToolTip(self.tr("Skip this question; it comes back later (Alt+S)"))
        self.skip_button.clicked.connect(self.skip_requested)
        self.finish_button = QPushButton(self.tr("F&inish"))
        self.finish_button.setToolTip(self.tr("End the quiz and see the results (Alt+I)"))
        self.finish_button.clicked.connect(self.finish_requested)
        self.submit_button = QPushButton(self.tr("Submit &answer"))
        set_primary(self.submit_button)
        self.submit_button.setToolTip(self.tr("Submit your answer (Enter)"))
        self.submit_button.clicked.connect(self.submit_requested)
        self.next_button = QPushButton(self.tr("&Next"))
        set_primary(self.next_button)
        self.next_button.setToolTip(self.tr("The next question (Enter)"))
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)

        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.countdown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self, context=context)
            shortcut.activated.connect(self._primary)

    def _primary(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.next_requested.emit()
        elif self.submit_button.isVisible() and self.submit_button.isEnabled():
            self.submit_requested.emit()

    def show_question(
        self,
        *,
        position: str,
        done: int,
        total: int,
        meta: str,
        prompt: str,
        instruction: str,
        question: Question,
        seed: int,
        can_go_back: bool,
    ) -> None:
        """A new page, with the answer widget of ``question``'s kind (its choices in the
        order ``seed`` gives)."""
        answer = make_answer_widget(question, seed)
        if self.answer is not None:
            self.answer_box.removeWidget(self.answer)
            self.answer.hide()
            self.answer.setParent(None)
            self.answer.deleteLater()
        self.answer = answer
        answer.changed.connect(self.message.clear)  # "Answer first…" is answered
        self.answer_box.addWidget(answer)
        answer.show()  # not only later through the layout's queued call
        self.position_label.setText(position)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.meta.setText(meta)
        self.prompt.setText(prompt)
        self.instruction.setText(instruction)
        self.message.clear()
        self.feedback.setVisible(False)
        self.feedback_shown = False
        self.back_button.setEnabled(can_go_back)
        self.skip_button.setEnabled(True)
        self.submit_button.setVisible(True)
        self.submit_button.setEnabled(True)
        self.next_button.setVisible(False)
        self.scroll_area.verticalScrollBar().setValue(0)
        answer.focus_first()

    def show_feedback(
        self, verdict: str, expected: str, explanation: str, source: str, good: bool
    ) -> None:
        """After an answer (immediate feedback) or when revisiting an answered page."""
        if self.answer is not None:
            self.answer.set_locked(True)
        self.verdict.setText(verdict)
        self.verdict.setProperty("good", good)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.expected.setText(self.tr("Right answer: {answer}").format(answer=expected))
        self.explanation.setText(explanation)
        self.source.setText(self.tr("Source: {source}").format(source=source) if source else "")
        self.feedback.setVisible(True)
        self.feedback_shown = True
        self.message.clear()
        announce(self.verdict, f"{verdict} {self.expected.text()}")
        self.show_answered()

    def show_answered(self) -> None:
        """The page's answer is recorded: only moving on is possible."""
        if self.answer is not None:
            self.answer.set_locked(True)
        self.submit_button.setVisible(False)
        self.skip_button.setEnabled(False)
        self.next_button.setVisible(True)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def response(self) -> Any | None:
        """The answer given on this page, or None while nothing is given."""
        return None if self.answer is None else self.answer.response()

    def set_response(self, response: Any) -> None:
        """Show an answer recorded before (a page visited again)."""
        if self.answer is not None:
            self.answer.set_response(response)

    def confirm(self, title: str, question: str) -> bool:
        """Ask ``question``; True when the answer is Yes."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.next_button.setEnabled(not busy)

    def show_countdown(self, text: str, urgent: bool = False) -> None:
        if urgent and not self.countdown.property("urgent"):
            announce(self.countdown, text)  # once, when the last minute starts
        self.countdown.setText(text)
        self.countdown.setProperty("urgent", urgent)
        self.countdown.style().unpolish(self.countdown)
        self.countdown.style().polish(self.countdown)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.show_text(text, error)
