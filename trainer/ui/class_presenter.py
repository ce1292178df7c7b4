"""The Class screen's presenter: every learner's numbers (``core/analysis/class_view.py``)
read on the worker, filtered by bank and topic, sorted, and exported as CSV or printed as
a PDF report (one summary page, one page per learner).

It holds its view (a passive screen, :class:`ClassViewLike`), the operation runner, the
data folder, the app state (for the banks' titles) and a clock; no widget is made here,
so ``tests/presenters/`` drives it with a fake view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from trainer.core import numbers
from trainer.core.analysis.class_view import ClassFilters, ClassView, LearnerRow
from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.operations import Operations
from trainer.ui.table_presenter import Choice, TablePresenter, TableRow, TableViewLike


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClassPresenter", text)


class ClassViewLike(TableViewLike, Protocol):
    """What the presenter asks of the Class screen."""

    @property
    def print_requested(self) -> SignalInstance: ...

    def set_columns(self, headers: list[str]) -> None: ...
    def set_filters(self, banks: list[Choice], topics: list[Choice]) -> None: ...


COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Learner"),
    ("imported", "Origin"),
    ("last_activity", "Last activity"),
    ("reviews", "Reviews"),
    ("accuracy", "Accuracy"),
    ("mastered", "Mastered"),
    ("mastery", "Mastery"),
)
"""(field of LearnerRow it sorts by, header) per column, in order."""


def share(value: float | None) -> str:
    return "–" if value is None else numbers.percent(value)


def when(value: datetime | None) -> str:
    return _tr("never") if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def learner_cells(r: LearnerRow) -> tuple[str, ...]:
    return (
        r.name,
        _tr("imported") if r.imported else _tr("local"),
        when(r.last_activity),
        numbers.count(r.reviews),
        share(r.accuracy),
        f"{numbers.count(r.mastered)} / {numbers.count(r.items)}",
        share(r.mastery),
    )


class ClassPresenter(TablePresenter[ClassViewLike, LearnerRow]):
    """Fills the Class screen and carries out its requests on the worker."""

    def __init__(
        self,
        view: ClassViewLike,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(view, ops, data_folder, app_state, clock, sort_column=0)
        self.filters = ClassFilters()
        self.result: ClassView | None = None
        view.set_columns([_tr(h) for _f, h in COLUMNS])
        view.filters_changed.connect(self.filter)
        view.print_requested.connect(self.ask_print)

    def show(self) -> None:
        """Read every learner's numbers again (on the worker) and show them."""
        data_folder, filters, now = self.data_folder, self.filters, self.clock()
        if data_folder.store is None or data_folder.trainer is None:
            return
        store, items = data_folder.store, dict(data_folder.trainer.items)

        def job() -> ClassView:
            from trainer.core.analysis.class_view import class_view

            return class_view(store, items, now, filters)

        self.ops.run(job, self._fill, busy=self.view)

    def filter(self, bank: str, topic: str) -> None:
        self.filters = ClassFilters(banks=(bank,) if bank else (), topics=(topic,) if topic else ())
        self.show()

    def _fill(self, result: ClassView) -> None:
        self.result = result
        titles = self.app_state.bank_titles()
        bank = self.filters.banks[0] if self.filters.banks else ""
        banks = [Choice(_tr("All banks"), "")]
        banks += [Choice(titles.get(b, b), b) for b in result.banks]
        topics = [Choice(_tr("All topics"), "")]
        topics += [Choice(t, t) for b, t in result.topics if not bank or b == bank]
        self.view.set_filters(banks, list({c.value: c for c in topics}.values()))
        self._show_rows()

    def _show_rows(self) -> None:
        from trainer.core.analysis.table import sorted_rows

        if self.result is None:
            return
        field = COLUMNS[self.sort_column][0]
        self.rows = sorted_rows(self.result.learners, field, self.descending)
        rows = [TableRow(learner_cells(r), key=str(r.learner_id)) for r in self.rows]
        self.view.show_rows(rows, self.sort_column, self.descending)
        self.view.show_message(
            _tr("{n} learners; {imported} of them imported.").format(
                n=numbers.count(len(self.rows)),
                imported=numbers.count(sum(r.imported for r in self.rows)),
            )
        )

    def select(self, key: str) -> None:
        """The selected learner's mastery per bank and topic, as text."""
        found = [r for r in self.rows if str(r.learner_id) == key]
        if not found:
            self.view.show_detail("")
            return
        titles = self.app_state.bank_titles()
        lines = [f"{found[0].name}:"]
        for g in found[0].groups:
            name = f"    {g.topic}" if g.topic else titles.get(g.bank_id, g.bank_id)
            lines.append(
                _tr("{name}: mastery {mastery}, {mastered} of {items} mastered, "
                    "{reviews} reviews, accuracy {accuracy}").format(
                    name=name, mastery=share(g.mastery), mastered=numbers.count(g.mastered),
                    items=numbers.count(g.items), reviews=numbers.count(g.reviews),
                    accuracy=share(g.accuracy),
                )
            )  # fmt: skip
        self.view.show_detail("\n".join(lines))

    # -- export and print ----------------------------------------------------------
    def ask_export(self) -> None:
        self._ask_path(
            _tr("Export the class as CSV"), "class.csv", _tr("CSV files (*.csv)"), self.export_to
        )

    def ask_print(self) -> None:
        self._ask_path(
            _tr("Print the class report"),
            "class report.pdf",
            _tr("PDF files (*.pdf)"),
            self.print_to,
        )

    def export_to(self, path: Path) -> None:
        """Write the rows shown, in their order, as the Class CSV at ``path``."""
        from trainer.core.analysis.class_view import class_csv
        from trainer.core.outfile import write_output_file

        rows = list(self.rows)
        self.ops.run(
            lambda: write_output_file(path, class_csv(rows)),
            self._saved,
            busy=self.view,
            failure=self._failed,
        )

    def print_to(self, path: Path) -> None:
        """Lay out the report of the rows shown as a PDF at ``path`` (on the UI thread:
        Qt's text layout), then write it on the worker."""
        from trainer.core.analysis.class_report import report_html
        from trainer.core.outfile import write_output_file
        from trainer.ui.workshop_print import html_to_pdf_bytes

        html = report_html(self.rows, self.filters, self.app_state.bank_titles(), self.clock())
        pdf = html_to_pdf_bytes(html, title="Trainer class report")
        self.ops.run(
            lambda: write_output_file(path, pdf), self._saved, busy=self.view, failure=self._failed
        )

    def _saved(self, path: Path) -> None:
        self.view.show_message(_tr("Saved {path}.").format(path=path))
