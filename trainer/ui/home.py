"""The home screen: who is studying, what is due and new, per bank and topic, with mastery.

A passive view; ``home_presenter`` fills it with a :class:`HomeData`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.home_data import BankRow, HomeData, TopicRow
from trainer.ui.widgets.common import heading, plain_tooltip, scale_font, wrapping_label

__all__ = ["BankRow", "HomeData", "HomeScreen", "TopicRow"]


class HomeScreen(QWidget):
    """Counts and the buttons that start studying."""

    reload_requested = Signal()
    study_requested = Signal()
    quiz_requested = Signal()
    resume_requested = Signal()
    progress_requested = Signal()
    workshop_requested = Signal()
    study_selection_requested = Signal(str, str)
    """Study one bank (topic ``""``) or one topic of a bank: Enter or a double-click."""
    """Open the workshop window (to resume an interrupted workshop)."""
    practice_requested = Signal(str)
    """"weak" (lowest recall first) or "mistakes" (answered Again lately)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.title = heading(self.tr("Trainer"), 1.6)
        self.title.setObjectName("homeTitle")
        self.subtitle = wrapping_label(
            self.tr("Migration governance: IOM, the Global Migration Group and HLD 2013")
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.status = wrapping_label(self.tr("Loading question banks…"))
        self.status.setObjectName("homeStatus")
        scale_font(self.status, 1.15)

        self.study_button = QPushButton(self.tr("&Study now"))
        self.study_button.setToolTip(self.tr("Study the cards due today and new ones (Ctrl+2)"))
        self.study_button.clicked.connect(self.study_requested)
        self.study_button.setDefault(True)
        self.quiz_button = QPushButton(self.tr("Take a &quiz"))
        self.quiz_button.setToolTip(self.tr("Choose and take a quiz (Ctrl+3)"))
        self.quiz_button.clicked.connect(self.quiz_requested)
        self.resume_button = QPushButton(self.tr("&Resume the quiz"))
        self.resume_button.setToolTip(self.tr("Continue the quiz you left unfinished"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_button.setVisible(False)
        self.workshop_button = QPushButton()
        self.workshop_button.setToolTip(
            self.tr("A workshop was left unfinished: open the workshop window to resume it")
        )
        self.workshop_button.clicked.connect(self.workshop_requested)
        self.workshop_button.setVisible(False)
        self.practice_button = QPushButton(self.tr("&Weak spots"))
        self.practice_button.setToolTip(
            self.tr("Go over the items you know least, or the ones you got wrong lately")
        )
        practice = QMenu(self.practice_button)
        self.weak_action = practice.addAction(self.tr("&Weakest items (lowest recall first)"))
        self.weak_action.triggered.connect(lambda: self.practice_requested.emit("weak"))
        self.mistakes_action = practice.addAction(self.tr("My &mistakes of the last 14 days"))
        self.mistakes_action.triggered.connect(lambda: self.practice_requested.emit("mistakes"))
        self.practice_button.setMenu(practice)
        self.progress_button = QPushButton(self.tr("See &progress"))
        self.progress_button.setToolTip(self.tr("Charts of your progress (Ctrl+4)"))
        self.progress_button.clicked.connect(self.progress_requested)
        buttons = QHBoxLayout()
        for button in (
            self.study_button,
            self.quiz_button,
            self.resume_button,
            self.workshop_button,
            self.practice_button,
            self.progress_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Bank and topic"), self.tr("Due"), self.tr("New"), self.tr("Mastered")]
        )
        self.tree.setAccessibleName(self.tr("Banks and topics with due, new and mastered items"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setToolTip(self.tr("Enter or a double-click studies only that bank or topic"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 160)

        self.errors = wrapping_label(selectable=True)
        self.errors.setObjectName("bankErrors")
        self.errors.setVisible(False)
        self.reload_button = QPushButton(self.tr("Re&load banks"))
        self.reload_button.setToolTip(self.tr("Read the bank files again (F5)"))
        self.reload_button.clicked.connect(self.reload_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors, 1)
        bottom.addStretch(0)
        bottom.addWidget(
            self.reload_button, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self._set_ready(False)
        self.first_focus = self.study_button

    def _set_ready(self, ready: bool) -> None:
        for button in (
            self.study_button,
            self.quiz_button,
            self.progress_button,
            self.practice_button,
        ):
            button.setEnabled(ready)

    def show_loading(self) -> None:
        self.busy.setVisible(True)
        self.status.setText(self.tr("Loading question banks…"))
        self.reload_button.setEnabled(False)
        self._set_ready(False)

    def _bar(self, value: float, detail: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(value * 100))
        bar.setFormat("%p%")
        bar.setToolTip(plain_tooltip(detail))
        bar.setAccessibleName(self.tr("Mastered"))
        bar.setAccessibleDescription(detail)
        return bar

    def show_home(self, data: HomeData) -> None:
        self.busy.setVisible(False)
        self.reload_button.setEnabled(True)
        self._set_ready(True)
        self.title.setText(self.tr("Hello, {name}").format(name=data.learner))
        streak = self.tr("%n day(s) in a row", "", data.streak) if data.streak else ""
        self.status.setText(
            " · ".join(
                part
                for part in (
                    self.tr("Due today: {n}").format(n=data.due),
                    self.tr("New today: {n}").format(n=data.new_today),
                    streak,
                )
                if part
            )
        )
        self.resume_button.setVisible(data.can_resume_quiz)
        self.workshop_button.setText(
            self.tr("Resume the wor&kshop “{title}”").format(
                title=data.interrupted_workshop.replace("&", "&&")
            )
        )
        self.workshop_button.setVisible(bool(data.interrupted_workshop))
        self.tree.clear()
        for bank in data.banks:
            parent = QTreeWidgetItem([bank.title, str(bank.due), str(bank.new), ""])
            parent.setData(0, Qt.ItemDataRole.UserRole, (bank.bank_id, ""))
            parent.setToolTip(0, plain_tooltip(bank.detail))
            self.tree.addTopLevelItem(parent)
            self.tree.setItemWidget(parent, 3, self._bar(bank.mastery, bank.detail))
            for topic in bank.topics:
                child = QTreeWidgetItem([topic.name, str(topic.due), str(topic.new), ""])
                child.setData(0, Qt.ItemDataRole.UserRole, (bank.bank_id, topic.name))
                child.setToolTip(0, plain_tooltip(topic.detail))
                parent.addChild(child)
                self.tree.setItemWidget(child, 3, self._bar(topic.mastery, topic.detail))
            parent.setExpanded(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            assert item is not None
            for row in [item, *(item.child(i) for i in range(item.childCount()))]:
                assert row is not None
                row.setTextAlignment(1, right)
                row.setTextAlignment(2, right)
        self.show_errors(data.errors)
        self.study_button.setFocus()

    def _activated(self, item: QTreeWidgetItem) -> None:
        chosen = item.data(0, Qt.ItemDataRole.UserRole)
        if self.study_button.isEnabled() and chosen and chosen[0]:
            self.study_selection_requested.emit(str(chosen[0]), str(chosen[1]))

    def show_errors(self, errors: list[str]) -> None:
        if errors:
            # Two lines at most, so Home keeps its room at any text size; every error is
            # on the Banks screen (and in the tooltip).
            text = self.tr("Some banks could not be loaded (see Banks, Ctrl+5):") + "\n"
            text += (
                errors[0]
                if len(errors) == 1
                else self.tr("{first} … and %n more", "", len(errors) - 1).format(first=errors[0])
            )
            self.errors.setText(text)
            self.errors.setToolTip(plain_tooltip("\n".join(errors[:20])))
            self.errors.setVisible(True)
        else:
            self.errors.clear()
            self.errors.setVisible(False)

    def show_error(self, message: str) -> None:
        self.busy.setVisible(False)
        self.reload_button.setEnabled(True)
        self.status.setText(message)
