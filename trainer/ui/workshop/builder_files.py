"""The builder's file actions: print the PDF (versions A/B, answer keys, score sheet),
export GIFT / Moodle XML / Anki, and the file dialogs of open, save, print and export.

A mixin of :class:`~trainer.ui.workshop.builder_dialog.WorkshopBuilder`; each action has a
``*_to(path)`` twin without a dialog, for tests and scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

    from trainer.core.banks import LoadResult
    from trainer.core.workshop import Workshop

EXPORTS = {"Moodle GIFT (.gift)": "gift", "Moodle XML (.xml)": "xml", "Anki (.apkg)": "apkg"}


class BuilderFiles:
    """Printing, exporting and file dialogs for the builder (needs its fields below)."""

    workshop: Workshop | None
    loaded: LoadResult | None
    status: QLabel
    teams: QPlainTextEdit
    paper: QComboBox
    export_format: QComboBox

    def save_to(self, path: Path) -> None:  # defined by the builder
        raise NotImplementedError

    def open_from(self, path: Path) -> None:  # defined by the builder
        raise NotImplementedError

    def questions(self) -> list[Any]:  # defined by the builder
        raise NotImplementedError

    def team_names(self) -> list[str]:  # defined by the builder
        raise NotImplementedError

    def print_to(self, path: Path, paper: str = "a4") -> None:
        from trainer.core.workshop.printable import print_html
        from trainer.ui.workshop_print import html_to_pdf

        if self.workshop is None:
            return
        w = self.workshop
        html = print_html(
            w.title,
            self.questions(),
            w.seed,
            ("A", "B"),
            self.team_names(),
            points_per_question=w.points_per_question,
        )
        html_to_pdf(html, path, paper)
        self.status.setText(f"Printed versions A and B, answer keys and score sheet to {path}")

    def export_to(self, path: Path, fmt: str) -> list[str]:
        from trainer.core.workshop import exports

        if self.workshop is None:
            return []
        w = self.workshop
        if fmt == "apkg":
            result = exports.export_apkg(self.questions(), w.title, w.seed)
        elif fmt == "xml":
            result = exports.export_moodle_xml(self.questions(), w.title)
        else:
            result = exports.export_gift(self.questions(), w.title)
        result.write(path)
        skipped = f" Not exported ({len(result.skipped)}): " + "; ".join(result.skipped)
        self.status.setText(
            f"Exported {result.exported} to {path}." + (skipped if result.skipped else "")
        )
        return result.skipped

    def _ask(self, save: bool, caption: str, name: str, pattern: str) -> Path | None:
        dialog = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        chosen, _ = dialog(cast(QWidget, self), caption, name, pattern)
        return Path(chosen) if chosen else None

    def open_file(self) -> None:
        if path := self._ask(False, "Open workshop", "", "Workshop (*.yaml *.yml)"):
            self.open_from(path)

    def save_file(self) -> None:
        if self.workshop and (
            path := self._ask(True, "Save workshop", "workshop.yaml", "Workshop (*.yaml)")
        ):
            self.save_to(path)

    def print_file(self) -> None:
        if self.workshop and (
            path := self._ask(True, "Print to PDF", "workshop.pdf", "PDF (*.pdf)")
        ):
            self.print_to(path, self.paper.currentText().lower())

    def export_file(self) -> None:
        fmt = EXPORTS[self.export_format.currentText()]
        if self.workshop and (path := self._ask(True, "Export", f"workshop.{fmt}", f"*.{fmt}")):
            self.export_to(path, fmt)
