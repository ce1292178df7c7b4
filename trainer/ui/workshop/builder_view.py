"""The workshop builder's window (a passive view): the banks, topics and kinds to choose
from, the settings, the question list with its swap button, the teams, the file buttons
and the offer to resume an unfinished workshop. Each button emits a request; the
:class:`~trainer.ui.workshop.builder_presenter.BuilderPresenter` reads the form
(:meth:`BuilderWindow.form`), decides, and tells the window what to show. File dialogs
and the workshop's own windows are created here, on the presenter's request.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
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

from trainer.core.export_formats import FORMATS
from trainer.core.study.quiz import SEED_MAX
from trainer.core.workshop import definition as limits
from trainer.ui import texts
from trainer.ui.widgets.common import heading, resize_within_screen, wrapping_label
from trainer.ui.workshop.builder_checklists import checked, checklist, refill, tick
from trainer.ui.workshop.builder_protocols import BuilderForm
from trainer.ui.workshop.stage_windows import StageWindows

if TYPE_CHECKING:
    from trainer.core.workshop import Workshop


class BuilderWindow(QWidget):
    """The facilitator's first window."""

    changed = Signal()
    """The preview, the message or the resume offer changed (tests wait on it)."""
    shown = Signal()
    build_requested = Signal()
    swap_requested = Signal()
    start_requested = Signal()
    resume_requested = Signal()
    phones_requested = Signal()
    open_requested = Signal()
    save_requested = Signal()
    print_requested = Signal()
    export_requested = Signal()
    results_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.dialog: QFileDialog | None = None
        """The file dialog open now (tests pick a file in it)."""
        self.setWindowTitle(self.tr("Workshop builder"))
        self.resume_bar = QGroupBox(self.tr("Unfinished workshop"))
        self.resume_choice = QComboBox()
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.clicked.connect(self.resume_requested)
        bar = QHBoxLayout(self.resume_bar)
        bar.addWidget(self.resume_choice, 1)
        bar.addWidget(self.resume_button)
        self.resume_bar.hide()
        columns = QHBoxLayout()
        columns.addLayout(self._choose_column(), 2)
        columns.addLayout(self._preview_column(), 3)
        self.message = wrapping_label(selectable=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Workshop")))
        layout.addWidget(self.resume_bar)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        resize_within_screen(self, 1100, 760)
        self.set_ready(False)

    def _choose_column(self) -> QVBoxLayout:
        self.title = QLineEdit(self.tr("Workshop"))
        self.banks = checklist([], self.tr("Banks"))
        self.topics = checklist([], self.tr("Topics"))
        kinds = [(k, name) for k, name in texts.kind_names().items() if k != "flashcard"]
        self.kinds = checklist(kinds, self.tr("Kinds of question"))
        self.count = QSpinBox(minimum=1, maximum=limits.MAX_COUNT, value=10)
        low, high = limits.SECONDS_RANGE
        self.seconds = QSpinBox(minimum=low, maximum=high, value=30, suffix=self.tr(" s"))
        self.points = QSpinBox(minimum=1, maximum=limits.MAX_POINTS, value=1)
        self.speed_bonus = QCheckBox(self.tr("Speed bonus (up to half the points again)"))
        self.seed = QSpinBox(minimum=0, maximum=SEED_MAX, value=random.randrange(1, 10_000))
        self.seed.setAccessibleName(self.tr("Seed"))
        new_seed = QPushButton(self.tr("New seed"))
        new_seed.clicked.connect(lambda: self.seed.setValue(random.randrange(1, 10_000)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        self.build_button = QPushButton(self.tr("&Build the question list"))
        self.build_button.clicked.connect(self.build_requested)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Questions:"), self.count)
        form.addRow(self.tr("Time per question:"), self.seconds)
        form.addRow(self.tr("Points per question:"), self.points)
        form.addRow("", self.speed_bonus)
        form.addRow(self.tr("Seed:"), seed_row)
        choose = QVBoxLayout()
        for label, widget in (
            (self.tr("Banks"), self.banks),
            (self.tr("Topics"), self.topics),
            (self.tr("Kinds of question"), self.kinds),
        ):
            choose.addWidget(QLabel(label))
            choose.addWidget(widget)
        choose.addLayout(form)
        choose.addWidget(self.build_button)
        return choose

    def _preview_column(self) -> QVBoxLayout:
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Questions"))
        self.swap_button = QPushButton(self.tr("S&wap the selected question"))
        self.swap_button.clicked.connect(self.swap_requested)
        self.teams = QPlainTextEdit(tabChangesFocus=True)  # Tab leaves it, as in a form
        self.teams.setPlaceholderText(self.tr("One team per line"))
        self.teams.setAccessibleName(self.tr("Teams"))
        self.teams.setMaximumHeight(120)
        self.start_button = QPushButton(self.tr("&Start the workshop"))
        self.start_button.clicked.connect(self.start_requested)
        self.phones_button = QPushButton(self.tr("Play on p&hones"))
        self.phones_button.clicked.connect(self.phones_requested)
        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network for the phones"))
        self.network_note = QLabel()
        self.network_note.setWordWrap(True)
        self.network_note.setTextFormat(Qt.TextFormat.PlainText)
        self.network_note.hide()
        start = QHBoxLayout()
        start.addWidget(self.start_button, 1)
        start.addWidget(self.phones_button, 1)
        start.addWidget(self.network, 1)
        preview = QVBoxLayout()
        preview.addWidget(QLabel(self.tr("Questions")))
        preview.addWidget(self.preview, 1)
        preview.addWidget(self.swap_button)
        preview.addWidget(QLabel(self.tr("Teams (one per line)")))
        preview.addWidget(self.teams)
        preview.addLayout(self._file_row())
        preview.addLayout(start)
        preview.addWidget(self.network_note)
        return preview

    def _file_row(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_requested)
        self.save_button = QPushButton(self.tr("Sa&ve…"))
        self.save_button.clicked.connect(self.save_requested)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_requested)
        self.format = QComboBox()
        for key, fmt in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("ExportFormats", fmt.name), key)
        self.format.setAccessibleName(self.tr("Export format"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export_requested)
        self.results_button = QPushButton(self.tr("Res&ults"))
        self.results_button.setToolTip(
            self.tr("The results of the workshop run here (else the last one) in the main window")
        )
        self.results_button.clicked.connect(self.results_requested)
        row = QHBoxLayout()
        for widget in (
            self.open_button,
            self.save_button,
            self.paper,
            self.print_button,
            self.format,
            self.export_button,
            self.results_button,
        ):
            row.addWidget(widget)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        self.shown.emit()  # the banks may have been (re)loaded since
        super().showEvent(event)

    # -- reading the form --------------------------------------------------------------
    def form(self) -> BuilderForm:
        lines = self.teams.toPlainText().splitlines()
        return BuilderForm(
            title=self.title.text().strip(),
            banks=checked(self.banks),
            topics=checked(self.topics),
            kinds=checked(self.kinds),
            count=self.count.value(),
            seed=self.seed.value(),
            seconds=self.seconds.value(),
            points=self.points.value(),
            speed_bonus=self.speed_bonus.isChecked(),
            teams=[n.strip() for n in lines if n.strip()],
            host=str(self.network.currentData() or ""),
        )

    def set_networks(self, networks: Sequence[tuple[str, str]], note: str) -> None:
        """The addresses phones can reach (label, address), the likely one first."""
        self.network.clear()
        for label, address in networks:
            self.network.addItem(label, address)
        self.network_note.setText(note)
        self.network_note.setVisible(bool(note))

    def selected_question(self) -> int:
        """The row selected in the question list (-1: none)."""
        return self.preview.currentRow()

    def chosen_session(self) -> int | None:
        """The id of the unfinished session chosen in the resume offer."""
        data = self.resume_choice.currentData()
        return None if data is None else int(data)

    def paper_size(self) -> str:
        return str(self.paper.currentData())

    def export_format(self) -> tuple[str, str]:
        """The export format chosen: its key and the name shown."""
        return str(self.format.currentData()), self.format.currentText()

    # -- showing -----------------------------------------------------------------------
    def set_catalogue(self, banks: Sequence[tuple[str, str]], topics: Sequence[str]) -> None:
        refill(self.banks, list(banks))
        refill(self.topics, [(t, t) for t in topics])

    def show_resume_offers(self, offers: Sequence[tuple[str, int]]) -> None:
        """The unfinished sessions (text, id); the offer is hidden when there are none."""
        self.resume_choice.clear()
        for text, session_id in offers:
            self.resume_choice.addItem(text, session_id)
        self.resume_bar.setVisible(bool(offers))
        self.changed.emit()

    def show_preview(self, lines: Sequence[tuple[str, str]]) -> None:
        """The question list (text, item id as tooltip), keeping the row selected."""
        row = max(0, self.preview.currentRow())
        self.preview.clear()
        for text, item_id in lines:
            item = QListWidgetItem(text)
            item.setToolTip(item_id)
            self.preview.addItem(item)
        self.preview.setCurrentRow(min(row, self.preview.count() - 1))

    def fill_form(self, workshop: Workshop) -> None:
        """A workshop's settings and choices in the form (its teams, when it has some)."""
        self.title.setText(workshop.title)
        tick(self.banks, workshop.banks)
        tick(self.topics, workshop.topics)
        tick(self.kinds, workshop.kinds)
        self.count.setValue(workshop.count)
        self.seconds.setValue(workshop.seconds_per_question)
        self.points.setValue(workshop.points_per_question)
        self.speed_bonus.setChecked(workshop.speed_bonus)
        self.seed.setValue(workshop.seed)
        if workshop.teams:
            self.teams.setPlainText("\n".join(workshop.teams))

    def set_ready(self, ready: bool) -> None:
        """Whether there is a question list to swap in, start, save or print."""
        for widget in (
            self.swap_button,
            self.start_button,
            self.phones_button,
            self.save_button,
            self.print_button,
        ):
            widget.setEnabled(ready)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.changed.emit()

    def bring_to_front(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # -- what the window opens ---------------------------------------------------------
    def ask_path(
        self, title: str, name_filter: str, suffix: str, save: bool, then: Callable[[Path], None]
    ) -> None:
        """A file dialog (``open()``, kept in ``dialog``); ``then`` gets the file chosen."""
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
        self.dialog = dialog
        dialog.open()

    def stage_windows(self, fullscreen: bool) -> StageWindows:
        """The audience window and the console of a workshop about to run (owned by this
        window: deleted with it)."""
        return StageWindows(self, fullscreen)
