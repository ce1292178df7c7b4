"""First run: create a profile (a name), pick the banks to study, go.

A passive view: it emits ``create_requested(name, bank_ids)``; the controller
creates the profile and shows home, or calls :meth:`show_error`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import ENTER_KEYS, heading, on_keys, set_primary, wrapping_label


class FirstRunScreen(QWidget):
    create_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        title = heading(self.tr("Welcome to Trainer"))
        intro = wrapping_label(
            self.tr(
                "Trainer helps you learn about international migration governance with "
                "flashcards and quizzes. Type your name and choose what to study; you can "
                "change both later."
            )
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Amina"))
        self.name.returnPressed.connect(self._submit)
        self.banks = QListWidget()
        self.banks.setWordWrap(True)
        self.banks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.banks.setAccessibleName(self.tr("Banks to study"))
        self.banks.setToolTip(self.tr("Space ticks or unticks the selected bank"))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name)
        banks_label = QLabel(self.tr("&Banks to study:"))
        banks_label.setBuddy(self.banks)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(name_label, self.name)
        form.addRow(banks_label, self.banks)
        self.error = wrapping_label()
        self.error.setObjectName("error")
        self.error.setVisible(False)
        self.go_button = QPushButton(self.tr("&Start studying"))
        set_primary(self.go_button)
        self.go_button.setToolTip(self.tr("Create your profile and start (Enter)"))
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        on_keys(self, ENTER_KEYS, self._submit)
        self.first_focus = self.name

    def set_banks(self, banks: list[tuple[str, str, int]]) -> None:
        """``(bank id, title, number of study items)`` for each loaded bank; all ticked."""
        self.banks.clear()
        for bank_id, title, count in banks:
            item = QListWidgetItem(self.tr("{title} ({n} items)").format(title=title, n=count))
            item.setData(Qt.ItemDataRole.UserRole, bank_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.banks.addItem(item)
        if self.banks.count():
            self.banks.setCurrentRow(0)

    def chosen_banks(self) -> list[str]:
        out = []
        for row in range(self.banks.count()):
            item = self.banks.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("Please type your name first."))
            self.name.setFocus()
            return
        if self.banks.count() and not self.chosen_banks():
            self.show_error(self.tr("Tick at least one bank to study."))
            self.banks.setFocus()
            return
        self.create_requested.emit(name, self.chosen_banks())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def reset(self) -> None:
        self.error.setVisible(False)
        self.name.clear()
        self.name.setFocus()
