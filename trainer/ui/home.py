"""The home screen: who is studying, what is due and new, per bank and topic, with mastery.

A passive view; ``home_presenter`` fills it with a :class:`HomeData`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
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

from trainer.ui import theme
from trainer.ui.home_data import BankRow, HomeData, NextAction, TopicRow
from trainer.ui.widgets.common import heading, plain_tooltip, set_primary, wrapping_label
from trainer.ui.widgets.flow_layout import FlowLayout

__all__ = ["BankRow", "HomeData", "HomeScreen", "NextAction", "TopicRow"]


WORKSHOP_TITLE_CHARS = 24
"""A workshop's title is cut to this many characters on its button."""
COLUMN_LINES = 90
"""Home is no wider than this many times the height of a line of text (about 1300
pixels at 100%): on a wide screen the counts stay near their names."""


class _Column(QWidget):
    """A column that takes all the width it is given, up to its maximum, centred."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.maximumWidth()), hint.height())


class NextActionCard(QFrame):
    """What to do next and why, with its button beside the text, or under it when the
    button would leave the text too little room (a long title, large text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextAction")
        self.headline = wrapping_label()
        self.headline.setObjectName("nextHeadline")
        self.detail = wrapping_label()
        self.detail.setObjectName("nextDetail")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        self.slot = QHBoxLayout()
        self.button: QPushButton | None = None
        """The button of the action that leads."""
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(16, 12, 16, 12)
        self.box.setSpacing(theme.SPACING["block"])
        self.box.addLayout(text, 1)
        self.box.addLayout(self.slot)

    def set_button(self, button: QPushButton | None) -> None:
        """Show ``button`` (taken from where it was) as the card's, or none."""
        self.button = button
        self.fit()  # first: beside the text, a wide button could widen the window
        if button is not None:
            self.slot.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def fit(self) -> None:
        wide = self.button is not None and self.button.sizeHint().width() > 0.4 * self.width()
        direction = QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


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
        self.title = heading(self.tr("Trainer"))
        self.title.setObjectName("homeTitle")
        self.status = wrapping_label(self.tr("Loading question banks…"))
        self.status.setObjectName("homeStatus")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self._make_buttons()
        self.card = NextActionCard()
        self.headline, self.detail = self.card.headline, self.card.detail

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

        self.column = _Column()
        """Home's content, no wider than a comfortable reading width on a wide screen."""
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING["block"])
        QHBoxLayout(self).addWidget(self.column, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fit_column()
        top = QHBoxLayout()  # the greeting, and the day's counts on its right
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.card)
        layout.addLayout(self.action_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.errors)
        self._set_ready(False)
        self.first_focus: QWidget = self.study_button
        self._lead_with("study")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(COLUMN_LINES * self.fontMetrics().height())

    def _make_buttons(self) -> None:
        self.study_button = QPushButton(self.tr("&Study now"))
        self.study_button.setToolTip(self.tr("Study the cards due today and new ones (Ctrl+2)"))
        self.study_button.clicked.connect(self.study_requested)
        self.quiz_button = QPushButton(self.tr("Take a &quiz"))
        self.quiz_button.setToolTip(self.tr("Choose and take a quiz (Ctrl+3)"))
        self.quiz_button.clicked.connect(self.quiz_requested)
        self.resume_button = QPushButton(self.tr("&Resume the quiz"))
        self.resume_button.setToolTip(self.tr("Continue the quiz you left unfinished"))
        self.resume_button.clicked.connect(self.resume_requested)
        self._resumable = False
        self.workshop_button = QPushButton()
        self.workshop_button.setToolTip(
            self.tr("A workshop was left unfinished: open the workshop window to resume it")
        )
        self.workshop_button.clicked.connect(self.workshop_requested)
        self._workshop = False
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
        self.reload_button = QPushButton(self.tr("Re&load banks"))
        self.reload_button.setToolTip(self.tr("Read the bank files again (F5)"))
        self.reload_button.clicked.connect(self.reload_requested)
        self.actions_in_order = (
            self.study_button,
            self.quiz_button,
            self.resume_button,
            self.workshop_button,
            self.practice_button,
            self.progress_button,
        )
        """Home's actions, in the order the secondary row shows them."""
        self.lead_buttons = {
            "study": self.study_button,
            "quiz": self.quiz_button,
            "resume_quiz": self.resume_button,
            "resume_workshop": self.workshop_button,
        }
        """The buttons a :class:`NextAction` can put first, by its ``action``."""
        self.secondary = FlowLayout(spacing=theme.SPACING["related"])
        """The other actions, wrapping onto a second line when the text is large."""
        self.action_row = QHBoxLayout()
        self.action_row.addLayout(self.secondary, 1)
        self.action_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

    def _lead_with(self, action: str) -> None:
        """Put the button of ``action`` in the card, filled; the others in the row."""
        lead = self.lead_buttons.get(action)
        hidden = {self.resume_button: not self._resumable, self.workshop_button: not self._workshop}
        for button in self.actions_in_order:
            for layout in (self.card.slot, self.secondary):
                layout.removeWidget(button)
            set_primary(button, button is lead)
            button.setDefault(button is lead)
        secondary = [b for b in self.actions_in_order if b is not lead]
        for button in secondary:
            self.secondary.addWidget(button)
        self.card.set_button(lead)
        for button in self.actions_in_order:
            button.setVisible(not hidden.get(button, False))  # (moved, a widget is hidden)
        chain = [*([lead] if lead is not None else []), *secondary, self.reload_button, self.tree]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.first_focus = lead if lead is not None else self.study_button

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
        bar.setObjectName("mastery")
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
        self._resumable = data.can_resume_quiz
        title = data.interrupted_workshop
        if len(title) > WORKSHOP_TITLE_CHARS:  # a long title would widen the window
            title = title[: WORKSHOP_TITLE_CHARS - 1].rstrip() + "…"
        self.workshop_button.setText(
            self.tr("Resume the wor&kshop “{title}”").format(title=title.replace("&", "&&"))
        )
        self.workshop_button.setAccessibleName(
            self.tr("Resume the workshop “{title}”").format(title=data.interrupted_workshop)
        )
        self._workshop = bool(data.interrupted_workshop)
        self._show_next(data.next_action)
        self._fill_tree(data.banks)
        self.show_errors(data.errors)
        self.first_focus.setFocus()

    def _fill_tree(self, banks: list[BankRow]) -> None:
        """The rows built whole, then given to the tree at once: a row added to a tree
        that shows item widgets lays them all out again (most of Home's fill time)."""
        tree = self.tree
        tree.setUpdatesEnabled(False)
        tree.clear()
        rows: list[tuple[QTreeWidgetItem, float, str]] = []
        parents = []
        for bank in banks:
            parent = self._row(bank.title, bank.due, bank.new, (bank.bank_id, ""), bank.detail)
            rows.append((parent, bank.mastery, bank.detail))
            for topic in bank.topics:
                chosen = (bank.bank_id, topic.name)
                child = self._row(topic.name, topic.due, topic.new, chosen, topic.detail)
                parent.addChild(child)
                rows.append((child, topic.mastery, topic.detail))
            parents.append(parent)
        tree.addTopLevelItems(parents)
        for parent in parents:
            parent.setExpanded(True)
        for row, mastery, detail in rows:
            tree.setItemWidget(row, 3, self._bar(mastery, detail))
        tree.setUpdatesEnabled(True)

    def _show_next(self, action: NextAction) -> None:
        self.headline.setText(action.headline)
        self.headline.setVisible(bool(action.headline))
        self.detail.setText(action.detail)
        self.detail.setVisible(bool(action.detail))
        self._lead_with(action.action)
        for button in self.lead_buttons.values():  # a screen reader reads why it leads
            why = " ".join(t for t in (action.headline, action.detail) if t)
            button.setAccessibleDescription(why if button is self.card.button else "")

    def _row(
        self, name: str, due: int, new: int, chosen: tuple[str, str], detail: str
    ) -> QTreeWidgetItem:
        """A bank's or a topic's row: counts that are not zero in their meaning's colour."""
        row = QTreeWidgetItem([name, str(due), str(new), ""])
        row.setData(0, Qt.ItemDataRole.UserRole, chosen)
        row.setToolTip(0, plain_tooltip(detail))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, count, meaning in ((1, due, "due"), (2, new, "new")):
            row.setTextAlignment(column, right)
            row.setForeground(column, theme.colour(meaning if count else "muted"))
        if not chosen[1]:  # a bank: its row stands out from its topics'
            font = QFont()  # only bold: the rest comes from the tree, at any text size
            font.setBold(True)
            for column in range(3):
                row.setFont(column, font)
        return row

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
