"""Profiles: create, switch, rename and delete learners.

Deleting asks twice and the controller backs the database up first. A passive
view: it emits requests with the profile id; the controller does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import StatusLine, heading, on_keys, plain_message


class ProfilesScreen(QWidget):
    create_requested = Signal(str)
    switch_requested = Signal(int)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profiles")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.itemActivated.connect(lambda _i: self._switch())
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Profile name"))
        self.name.setPlaceholderText(self.tr("Name for a new profile, or a new name"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setToolTip(self.tr("Create a profile with this name"))
        self.create_button.clicked.connect(self._create)
        self.switch_button = QPushButton(self.tr("S&witch to"))
        self.switch_button.setToolTip(self.tr("Study as the selected profile (Enter in the list)"))
        self.switch_button.clicked.connect(self._switch)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Give the selected profile the name typed above"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected profile and its progress (asks twice; a backup is kept)")
        )
        self.delete_button.clicked.connect(self._delete)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.clicked.connect(self.home_requested)
        self.message = StatusLine()
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.create_button)
        name_row.addWidget(self.rename_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Profiles")))
        layout.addWidget(self.list, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.current_id: int | None = None
        self.first_focus = self.list

    def set_profiles(self, profiles: list[tuple[int, str]], current: int | None) -> None:
        self.current_id = current
        self.list.clear()
        for learner_id, name in profiles:
            text = name + ("  " + self.tr("(current)") if learner_id == current else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, learner_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.list.addItem(item)
            if learner_id == current:
                self.list.setCurrentItem(item)
        self._selection_changed()

    def selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _selection_changed(self) -> None:
        chosen = self.selected()
        for button in (self.switch_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.delete_button.setEnabled(chosen[0] != self.current_id or self.list.count() > 1)

    def _create(self) -> None:
        self.create_requested.emit(self.name.text())

    def _switch(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.switch_requested.emit(chosen[0])

    def _rename(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.rename_requested.emit(chosen[0], self.name.text())

    def _delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        learner_id, name = chosen
        first = plain_message(
            self,
            self.tr("Delete profile"),
            self.tr("Delete the profile “{name}” and all its progress?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if first != QMessageBox.StandardButton.Yes:
            return
        second = plain_message(
            self,
            self.tr("Delete profile"),
            self.tr(
                "Are you sure? “{name}” and its reviews and quizzes will be gone. "
                "A backup of the database is made first."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.Icon.Warning,
        )
        if second == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(learner_id)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.show_text(text, error)

    def clear_name(self) -> None:
        self.name.clear()
