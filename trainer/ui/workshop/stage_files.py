"""The builder's file actions: open and save a workshop file, print the handouts to PDF
(A4 or Letter), export the questions (GIFT, Moodle XML, Anki) or a session's results
(CSV). Each asks for a path with a ``QFileDialog`` (opened with ``open()``, kept in
``dialog``), then calls the ``*_to`` method, which tests may call directly too.

Errors are the core's plain messages (a bad workshop file lists ``path:line:column``
problems); items a format cannot hold are listed as ``not exported: <id> — <reason>``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from trainer.core.export_formats import FORMATS

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import Workshop
    from trainer.core.workshop.exports import ExportResult
    from trainer.ui.tasks import TaskRunner

SUFFIX = {key: fmt.suffix for key, fmt in FORMATS.items()}


class BuilderHost(Protocol):
    """What the file actions need of the builder window (no import of it: no circle)."""

    tasks: TaskRunner
    backend: DataFolder
    by_id: dict[str, Question]
    session_id: int | None

    def current_workshop(self) -> Workshop | None: ...
    def load_workshop(self, workshop: Workshop, missing: list[str]) -> None: ...
    def team_names(self) -> list[str]: ...
    def show_message(self, text: str) -> None: ...
    def _error(self, exc: BaseException) -> None: ...


class FileActions(QObject):
    """Buttons and dialogs for the builder's files."""

    def __init__(self, builder: BuilderHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.builder = builder
        self.window = parent
        """Where the file dialogs open (the builder window itself)."""
        self.dialog: QFileDialog | None = None
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.ask_open)
        self.save_button = QPushButton(self.tr("Sa&ve…"))
        self.save_button.clicked.connect(self.ask_save)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.ask_print)
        self.format = QComboBox()
        for key, fmt in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("ExportFormats", fmt.name), key)
        self.format.setAccessibleName(self.tr("Export format"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.ask_export)

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in (
            self.open_button,
            self.save_button,
            self.paper,
            self.print_button,
            self.format,
            self.export_button,
        ):
            row.addWidget(widget)
        return row

    def needs_workshop(self) -> list[QWidget]:
        return [self.save_button, self.print_button]

    # -- dialogs ---------------------------------------------------------------------
    def _ask(
        self, title: str, name_filter: str, suffix: str, save: bool, then: Callable[[Path], None]
    ) -> None:
        dialog = QFileDialog(self.window, title)
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

    def ask_open(self) -> None:
        self._ask(
            self.tr("Open a workshop"),
            self.tr("Workshop files (*.yaml *.yml)"),
            "yaml",
            False,
            self.open_from,
        )

    def ask_save(self) -> None:
        self._ask(
            self.tr("Save the workshop"),
            self.tr("Workshop files (*.yaml *.yml)"),
            "yaml",
            True,
            self.save_to,
        )

    def ask_print(self) -> None:
        self._ask(
            self.tr("Print to PDF"),
            self.tr("PDF files (*.pdf)"),
            "pdf",
            True,
            lambda path: self.print_to(path, str(self.paper.currentData())),
        )

    def ask_export(self) -> None:
        fmt = str(self.format.currentData())
        self._ask(
            self.tr("Export"),
            f"{self.format.currentText()} (*.{SUFFIX[fmt]})",
            SUFFIX[fmt],
            True,
            lambda path: self.export_to(fmt, path),
        )

    # -- the work --------------------------------------------------------------------
    def _questions(self, workshop: Workshop) -> list[Question]:
        return workshop.resolve(self.builder.by_id)[0]

    def open_from(self, path: Path) -> None:
        by_id = self.builder.by_id

        def job() -> tuple[Workshop, list[str]]:
            from trainer.core.workshop import open_workshop

            workshop = open_workshop(path)
            return workshop, workshop.resolve(by_id)[1]

        self.builder.tasks.run(
            job, lambda out: self.builder.load_workshop(*out), self.builder._error
        )

    def save_to(self, path: Path) -> None:
        workshop = self.builder.current_workshop()
        if workshop is None:
            return

        def job() -> None:
            from trainer.core.workshop import save_workshop

            save_workshop(workshop, path)

        self.builder.tasks.run(
            job,
            lambda _r: self.builder.show_message(self.tr("Saved to {path}.").format(path=path)),
            self.builder._error,
        )

    def print_to(self, path: Path, paper: str = "a4") -> None:
        """Versions A and B and the team score sheet as one PDF, their answer keys as
        another beside it (``quiz.pdf`` and ``quiz-keys.pdf``)."""
        from trainer.core.workshop.printable import keys_path, printout
        from trainer.ui.workshop_print import html_to_pdf

        workshop = self.builder.current_workshop()
        if workshop is None:
            return
        printed = printout(
            workshop.title,
            self._questions(workshop),
            workshop.seed,
            versions=("A", "B"),
            teams=self.builder.team_names(),
            points_per_question=workshop.points_per_question,
        )
        keys = keys_path(path)
        try:
            html_to_pdf(printed.handouts, path, paper)
            html_to_pdf(printed.keys, keys, paper)
        except OSError as error:
            self.builder.show_message(str(error))
            return
        self.builder.show_message(
            self.tr("Printed the handouts to {path} and the answer keys to {keys}.").format(
                path=path, keys=keys
            )
        )

    def export_to(self, fmt: str, path: Path) -> None:
        builder = self.builder
        workshop = builder.current_workshop()
        backend, by_id, session_id = builder.backend, builder.by_id, builder.session_id
        if FORMATS[fmt].export is not None and workshop is None:
            builder.show_message(self.tr("Build the question list first."))
            return
        questions = self._questions(workshop) if workshop is not None else []
        nothing_run = self.tr("No workshop has been run yet: there are no results to export.")

        def job() -> ExportResult:
            from trainer.core.workshop import WorkshopError, WorkshopSession, all_sessions
            from trainer.core.workshop.exports import export_csv

            result: Any
            export = FORMATS[fmt].export
            if export is None:
                assert backend.store is not None
                sid = session_id
                if sid is None:
                    sessions = all_sessions(backend.store)
                    if not sessions:
                        raise WorkshopError(nothing_run)
                    sid = sessions[0].id
                result = export_csv(WorkshopSession.open(backend.store, sid, by_id))
            else:
                assert workshop is not None
                result = export(questions, workshop.title, workshop.seed)
            result.write(path)
            return result  # type: ignore[no-any-return]

        def done(result: ExportResult) -> None:
            if FORMATS[fmt].export is None:
                done_text = self.tr("Exported %n result row(s) to {path}.", "", result.exported)
            else:
                done_text = self.tr("Exported %n question(s) to {path}.", "", result.exported)
            lines = [done_text.format(path=path)]
            lines += [self.tr("not exported: {line}").format(line=s) for s in result.skipped]
            builder.show_message("\n".join(lines))

        builder.tasks.run(job, done, builder._error)
