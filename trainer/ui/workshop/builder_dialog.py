"""The workshop builder: choose banks, topics, kinds, count, time, points and seed; preview
and swap questions; save or open a workshop file; print, export; start or resume.

Banks load on the task runner's worker; the workshop's store (its own connection to the
progress database) is opened on the UI thread, where the presenter records every answer.
Every action has a ``*_to(path)`` twin without a file dialog, for tests and scripts.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.core.banks import LoadResult, load_banks
from trainer.core.workshop import (
    SessionInfo,
    Workshop,
    WorkshopError,
    WorkshopSession,
    build_workshop,
    open_workshop,
    save_workshop,
    swap,
    unfinished_sessions,
)
from trainer.paths import backups_dir, cache_dir, database_path, shipped_banks_dir, user_banks_dir
from trainer.store import Store, open_store
from trainer.ui.tasks import TaskRunner
from trainer.ui.workshop.builder_files import EXPORTS, BuilderFiles
from trainer.ui.workshop.run import PresenterWindows


def _checklist() -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(130)
    return widget


def _fill(widget: QListWidget, names: list[str], checked: set[str]) -> None:
    widget.clear()
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def _checked(widget: QListWidget) -> list[str]:
    items = (widget.item(i) for i in range(widget.count()))
    return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]


class WorkshopBuilder(BuilderFiles, QDialog):
    """Build, preview, save, print, export and start a workshop; resume an unfinished one."""

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        bank_paths: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Workshop builder")
        self.data_dir = data_dir
        self.tasks = tasks
        user = user_banks_dir(data_dir)
        self.bank_paths = bank_paths or [shipped_banks_dir()] + ([user] if user.is_dir() else [])
        self.loaded: LoadResult | None = None
        self.store: Store | None = None
        self.workshop: Workshop | None = None
        self.windows: PresenterWindows | None = None
        self._build_ui()
        self.status.setText("Loading the banks…")
        tasks.run(self._load, self._on_loaded, self._on_error)

    # -- widgets --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.resume_box = QGroupBox("Unfinished workshops — resume where it stopped")
        self.resume_list = QListWidget()
        self.resume_list.setMaximumHeight(90)
        resume = QPushButton("Resume")
        resume.clicked.connect(lambda: self.resume_selected())
        box = QHBoxLayout(self.resume_box)
        box.addWidget(self.resume_list, 1)
        box.addWidget(resume)
        self.resume_box.hide()

        self.title = QLineEdit("Workshop")
        self.banks, self.topics, self.kinds = _checklist(), _checklist(), _checklist()
        self.banks.itemChanged.connect(lambda _: self._refresh_topics())
        self.count = self._spin(1, 200, 10)
        self.seconds = self._spin(5, 3600, 30)
        self.points = self._spin(1, 100, 1)
        self.speed = QCheckBox("Speed bonus (up to half the points again for fast right answers)")
        self.seed = self._spin(0, 2**31 - 1, random.randrange(1, 10_000))
        new_seed = QPushButton("New seed")
        new_seed.clicked.connect(lambda: self.seed.setValue(random.randrange(1, 10_000)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        form = QFormLayout()
        form.addRow("Title", self.title)
        lists = QGridLayout()
        for col, (label, widget) in enumerate(
            (
                ("Banks (none = all)", self.banks),
                ("Topics (none = all)", self.topics),
                ("Kinds (none = all scored)", self.kinds),
            )
        ):
            lists.addWidget(QLabel(label), 0, col)
            lists.addWidget(widget, 1, col)
        form.addRow(lists)
        form.addRow("Questions", self.count)
        form.addRow("Seconds per question", self.seconds)
        form.addRow("Points per question", self.points)
        form.addRow("", self.speed)
        form.addRow("Seed", seed_row)

        self.preview = QListWidget()
        self.teams = QPlainTextEdit("Team 1\nTeam 2\nTeam 3")
        self.teams.setMaximumHeight(110)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "Letter"])
        self.export_format = QComboBox()
        self.export_format.addItems(list(EXPORTS))
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        for text, slot in (
            ("Build", self.build),
            ("Swap selected", self.swap_selected),
            ("Open…", self.open_file),
            ("Save…", self.save_file),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            actions.addWidget(button)
        out = QHBoxLayout()
        print_button = QPushButton("Print PDF…")
        print_button.clicked.connect(lambda: self.print_file())
        export_button = QPushButton("Export…")
        export_button.clicked.connect(lambda: self.export_file())
        self.start_button = QPushButton("Start presenting")
        self.start_button.clicked.connect(lambda: self.start())
        for control in (self.paper, print_button, self.export_format, export_button):
            out.addWidget(control)
        out.addStretch(1)
        out.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.resume_box)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(QLabel("Questions (select one and swap it for another of its topic)"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel("Teams, one per line"))
        layout.addWidget(self.teams)
        layout.addWidget(self.status)
        layout.addLayout(out)
        self.resize(900, 820)

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    # -- loading --------------------------------------------------------------------------
    def _load(self) -> LoadResult:
        return load_banks(self.bank_paths, cache_dir=cache_dir(self.data_dir))

    def _on_error(self, error: BaseException) -> None:
        self.status.setText(f"Could not load the banks: {error}")

    def _on_loaded(self, result: Any) -> None:
        self.loaded = result
        _fill(self.banks, sorted({q.bank_id for q in result.questions}), set())
        self._refresh_topics()
        try:
            self.store = open_store(
                database_path(self.data_dir), backups_dir=backups_dir(self.data_dir)
            )
        except Exception as error:  # shown plainly; the builder still prints and exports
            self.status.setText(f"Cannot open the progress database: {error}")
            return
        self.refresh_resumable()
        self.status.setText(f"{len(result.questions)} questions in {len(result.banks)} banks.")

    def refresh_resumable(self) -> list[SessionInfo]:
        sessions = unfinished_sessions(self.store) if self.store else []
        self.resume_list.clear()
        for info in sessions:
            item = QListWidgetItem(
                f"{info.title} — question {info.position + 1} of {info.questions}, "
                f"{info.teams} teams, {info.answers} answers, last change "
                f"{info.updated_at:%Y-%m-%d %H:%M}"
            )
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.resume_list.addItem(item)
        self.resume_list.setCurrentRow(0)
        self.resume_box.setVisible(bool(sessions))
        return sessions

    def _refresh_topics(self) -> None:
        if self.loaded is None:
            return
        banks = set(_checked(self.banks))
        chosen = [q for q in self.loaded.questions if not banks or q.bank_id in banks]
        _fill(self.topics, sorted({q.topic for q in chosen}), set(_checked(self.topics)))
        kinds = sorted({q.kind for q in chosen} - {"flashcard"})
        _fill(self.kinds, kinds, set(_checked(self.kinds)))

    # -- building -------------------------------------------------------------------------
    def _show(self, workshop: Workshop) -> None:
        assert self.loaded is not None
        self.workshop = workshop
        found, missing = workshop.resolve(self.loaded.by_id)
        self.preview.clear()
        for number, q in enumerate(found, start=1):
            self.preview.addItem(f"{number}. [{q.topic}] {q.prompt}")
        notes = [workshop.shortfall] if workshop.shortfall else []
        if missing:
            notes.append(f"Not in the loaded banks (skipped): {', '.join(missing)}")
        self.status.setText(" ".join(notes) or f"{len(found)} questions.")

    def build(self) -> Workshop | None:
        if self.loaded is None:
            return None
        try:
            workshop = build_workshop(
                self.loaded.questions,
                seed=self.seed.value(),
                count=self.count.value(),
                banks=_checked(self.banks),
                topics=_checked(self.topics),
                kinds=_checked(self.kinds),
                title=self.title.text().strip() or "Workshop",
                seconds_per_question=self.seconds.value(),
                points_per_question=self.points.value(),
                speed_bonus=self.speed.isChecked(),
            )
        except WorkshopError as error:
            self.status.setText(str(error))
            return None
        self._show(workshop)
        return workshop

    def swap_selected(self, row: int | None = None) -> None:
        row = self.preview.currentRow() if row is None else row
        if self.workshop is None or self.loaded is None or row < 0:
            self.status.setText("Build the workshop and select a question first.")
            return
        try:
            self._show(swap(self.workshop, self.loaded.questions, row))
        except WorkshopError as error:
            self.status.setText(str(error))
            return
        self.preview.setCurrentRow(row)

    # -- files ----------------------------------------------------------------------------
    def save_to(self, path: Path) -> None:
        if self.workshop is not None:
            save_workshop(self.workshop, path)
            self.status.setText(f"Saved {path}")

    def open_from(self, path: Path) -> None:
        try:
            workshop = open_workshop(path)
        except WorkshopError as error:
            self.status.setText(str(error))
            return
        self.title.setText(workshop.title)
        self.count.setValue(workshop.count)
        self.seconds.setValue(workshop.seconds_per_question)
        self.points.setValue(workshop.points_per_question)
        self.speed.setChecked(workshop.speed_bonus)
        self.seed.setValue(workshop.seed)
        self._show(workshop)

    def questions(self) -> list[Any]:
        assert self.workshop is not None and self.loaded is not None
        return self.workshop.resolve(self.loaded.by_id)[0]

    def team_names(self) -> list[str]:
        return [n.strip() for n in self.teams.toPlainText().splitlines() if n.strip()]

    # -- presenting -----------------------------------------------------------------------
    def _present(self, session: WorkshopSession) -> PresenterWindows:
        if self.windows is not None:
            self.windows.close()
        self.windows = PresenterWindows(session, self)
        self.windows.show()
        return self.windows

    def start(self) -> PresenterWindows | None:
        if self.workshop is None or self.store is None or self.loaded is None:
            self.status.setText("Build or open a workshop first.")
            return None
        try:
            session = WorkshopSession.start(
                self.store, self.workshop, self.team_names(), self.loaded.by_id
            )
        except WorkshopError as error:
            self.status.setText(str(error))
            return None
        return self._present(session)

    def resume_selected(self) -> PresenterWindows | None:
        item = self.resume_list.currentItem()
        if item is None or self.store is None or self.loaded is None:
            return None
        session_id = int(item.data(Qt.ItemDataRole.UserRole))
        return self._present(WorkshopSession.open(self.store, session_id, self.loaded.by_id))

    def closeEvent(self, event: Any) -> None:
        if self.windows is not None:
            self.windows.close()
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
