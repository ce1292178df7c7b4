"""Choosing a quiz: a ready preset, or banks, topics, kinds, number of questions, time limit.

A passive view: ``start_requested`` carries a :class:`QuizChoice` of plain
values; the quiz presenter turns it into the engine's ``QuizSpec``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.core.study.quiz import SEED_MAX
from trainer.ui import texts, theme
from trainer.ui.widgets.common import ENTER_KEYS, StatusLine, heading, on_keys, set_primary
from trainer.ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class QuizChoice:
    """Ticked entries per list; ``None`` when all are ticked (no filter)."""

    banks: tuple[str, ...] | None
    topics: tuple[str, ...] | None
    kinds: tuple[str, ...] | None
    count: int
    minutes: int
    """0: no time limit."""
    seed: int | None = None
    """The same seed and choices give the same quiz; ``None`` draws one."""


# preset name → (count, minutes)
PRESETS = {"quick": (5, 0), "practice": (10, 0), "exam": (20, 15)}


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setToolTip(
        QCoreApplication.translate("QuizSetupScreen", "Space ticks or unticks the selected entry")
    )
    return widget


def _add_check(widget: QListWidget, text: str, data: str, checked: bool = True) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def _checked(widget: QListWidget) -> tuple[str, ...] | None:
    items = [widget.item(i) for i in range(widget.count())]
    chosen = [i for i in items if i.checkState() == Qt.CheckState.Checked]
    if len(chosen) == len(items):
        return None  # everything: no filter
    return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in chosen)


class QuizSetupScreen(QWidget):
    start_requested = Signal(object)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_setup")
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Ready-made quiz"))
        self.preset.addItem(self.tr("Quick check: 5 questions"), "quick")
        self.preset.addItem(self.tr("Practice: 10 questions"), "practice")
        self.preset.addItem(self.tr("Exam: 20 questions in 15 minutes"), "exam")
        self.preset.addItem(self.tr("My own choice"), "custom")
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.banks = _checklist(self.tr("Banks"))
        self.topics = _checklist(self.tr("Topics"))
        self.kinds = _checklist(self.tr("Kinds of question"))
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.count.setValue(5)
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 180)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time limit in minutes"))
        self.seed = QSpinBox()
        self.seed.setRange(-1, SEED_MAX)
        self.seed.setValue(-1)
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(
            self.tr("The same seed and choices give the same questions in the same order")
        )
        self.count.valueChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.topics_by_bank: dict[str, list[str]] = {}
        self.banks.itemChanged.connect(self._banks_changed)
        self.topics.itemChanged.connect(self._edited)
        self.kinds.itemChanged.connect(self._edited)

        grid = QGridLayout()
        labels = [
            (self.tr("&Preset:"), self.preset),
            (self.tr("&Banks:"), self.banks),
            (self.tr("&Topics:"), self.topics),
            (self.tr("&Kinds:"), self.kinds),
        ]
        for col, (text, widget) in enumerate(labels[1:]):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.setRowStretch(1, 1)
        top = FlowLayout(spacing=theme.SPACING["block"])  # wraps at large text sizes
        for text, field in (
            (labels[0][0], self.preset),
            (self.tr("Question &count:"), self.count),
            (self.tr("Time &limit:"), self.minutes),
            (self.tr("Se&ed:"), self.seed),
        ):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            top.addWidget(pair)

        self.message = StatusLine()
        self.start_button = QPushButton(self.tr("Start the &quiz"))
        set_primary(self.start_button)
        self.start_button.setToolTip(self.tr("Start with these choices (Ctrl+Enter)"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Take a quiz")))
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._preset_changed()
        self.first_focus = self.preset
        on_keys(self, ENTER_KEYS, self._start)
        on_keys(self, ("Escape",), self.home_requested.emit)

    def set_options(
        self,
        banks: list[tuple[str, str]],
        topics_by_bank: dict[str, list[str]],
        kinds: list[str],
        chosen_banks: tuple[str, ...] = (),
    ) -> None:
        """``banks``: (id, title); ``chosen_banks``: ticked ones (all when empty). The
        topics listed are those of the ticked banks, and follow the ticks."""
        for widget in (self.banks, self.topics, self.kinds):
            widget.blockSignals(True)
            widget.clear()
        self.topics_by_bank = topics_by_bank
        for bank_id, title in banks:
            _add_check(self.banks, title, bank_id, not chosen_banks or bank_id in chosen_banks)
        self._list_topics()
        names = texts.kind_names()
        for kind in kinds:
            _add_check(self.kinds, names.get(kind, kind), kind)
        for widget in (self.banks, self.topics, self.kinds):
            widget.blockSignals(False)
        self.message.clear()

    def _list_topics(self) -> None:
        """The topics of the ticked banks; a topic unticked before stays unticked."""
        was_off = {
            self.topics.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() != Qt.CheckState.Checked
        }
        ticked = _checked(self.banks)
        shown = [
            topic
            for bank_id, topics in self.topics_by_bank.items()
            if ticked is None or bank_id in ticked
            for topic in topics
        ]
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in dict.fromkeys(shown):
            _add_check(self.topics, topic, topic, topic not in was_off)
        self.topics.blockSignals(False)

    def _banks_changed(self) -> None:
        self._list_topics()
        self._edited()

    def _preset_changed(self) -> None:
        preset = self.preset.currentData()
        if preset in PRESETS:
            count, minutes = PRESETS[preset]
            self.count.blockSignals(True)
            self.minutes.blockSignals(True)
            self.count.setValue(count)
            self.minutes.setValue(minutes)
            self.count.blockSignals(False)
            self.minutes.blockSignals(False)

    def _edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)

    def choice(self) -> QuizChoice:
        return QuizChoice(
            banks=_checked(self.banks),
            topics=_checked(self.topics),
            kinds=_checked(self.kinds),
            count=self.count.value(),
            minutes=self.minutes.value(),
            seed=None if self.seed.value() < 0 else self.seed.value(),
        )

    def _start(self) -> None:
        self.start_requested.emit(self.choice())

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.show_text(text, error)
