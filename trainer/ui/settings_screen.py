"""Settings: font scale, theme, quiz feedback mode (this computer), and the learner's
daily new-item limit, desired retention and the hour their study day starts (stored
with the profile).

A passive view: ``apply_requested`` carries a :class:`SettingsValues`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import StatusLine, heading, on_keys, set_primary, wrapping_label


@dataclass(frozen=True)
class SettingsValues:
    font_scale: int
    """Percent, 80–200."""
    theme: str
    """``system``, ``light`` or ``dark``."""
    feedback: str
    """``immediate`` or ``end``."""
    daily_new_limit: int
    desired_retention: float
    rollover_hour: int = 4
    """The hour (0–23, local time) at which the learner's study day starts."""


class SettingsScreen(QWidget):
    apply_requested = Signal(object)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.font_scale = QSpinBox()
        self.font_scale.setRange(80, 200)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setAccessibleName(self.tr("Text size"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.addItem(self.tr("Like the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.feedback = QComboBox()
        self.feedback.setAccessibleName(self.tr("Quiz feedback"))
        self.feedback.addItem(self.tr("After each question"), "immediate")
        self.feedback.addItem(self.tr("At the end of the quiz"), "end")
        self.new_limit = QSpinBox()
        self.new_limit.setRange(0, 9999)
        self.new_limit.setAccessibleName(self.tr("New items per day"))
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setAccessibleName(self.tr("Desired retention"))
        self.retention.setToolTip(
            self.tr("The chance of remembering an item when it comes back (0.70–0.99)")
        )
        self.rollover = QComboBox()
        self.rollover.setAccessibleName(self.tr("Day starts at"))
        locale = QLocale()
        for hour in range(24):
            self.rollover.addItem(
                locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat), hour
            )
        self.rollover_hint = wrapping_label(
            self.tr("New cards and the daily limit reset at this hour.")
        )
        self.rollover_hint.setObjectName("instruction")
        self.rollover.setAccessibleDescription(self.rollover_hint.text())
        display = QGroupBox(self.tr("On this computer"))
        form = QFormLayout(display)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Text size:"), self.font_scale)
        form.addRow(self.tr("&Colours:"), self.theme)
        form.addRow(self.tr("Quiz feed&back:"), self.feedback)
        study = QGroupBox(self.tr("For this profile"))
        form2 = QFormLayout(study)
        form2.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form2.addRow(self.tr("&New items per day:"), self.new_limit)
        form2.addRow(self.tr("Desired &retention:"), self.retention)
        form2.addRow(self.tr("&Day starts at:"), self.rollover)
        form2.addRow("", self.rollover_hint)
        self.message = StatusLine()
        self.apply_button = QPushButton(self.tr("&Save"))
        set_primary(self.apply_button)
        self.apply_button.setToolTip(self.tr("Save and apply these settings"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(lambda: self.apply_requested.emit(self.values()))
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        groups = QHBoxLayout()  # side by side: the screen fits 600 pixels at 200% text
        groups.addWidget(display, 1, Qt.AlignmentFlag.AlignTop)
        groups.addWidget(study, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(groups)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.font_scale
        on_keys(self, ("Ctrl+Return", "Ctrl+S"), lambda: self.apply_requested.emit(self.values()))

    def set_values(self, values: SettingsValues) -> None:
        self.font_scale.setValue(values.font_scale)
        self.theme.setCurrentIndex(max(self.theme.findData(values.theme), 0))
        self.feedback.setCurrentIndex(max(self.feedback.findData(values.feedback), 0))
        self.new_limit.setValue(values.daily_new_limit)
        self.retention.setValue(values.desired_retention)
        self.rollover.setCurrentIndex(max(self.rollover.findData(values.rollover_hour), 0))
        self.message.clear()

    def values(self) -> SettingsValues:
        return SettingsValues(
            font_scale=self.font_scale.value(),
            theme=str(self.theme.currentData()),
            feedback=str(self.feedback.currentData()),
            daily_new_limit=self.new_limit.value(),
            desired_retention=round(self.retention.value(), 2),
            rollover_hour=int(self.rollover.currentData()),
        )

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.show_text(text, error)
