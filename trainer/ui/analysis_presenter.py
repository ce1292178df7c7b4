"""The Item analysis screen's presenter: the analysis (``core/analysis/query.py``) run on
the worker with the screen's filters (bank, topic, dates, source), its rows sorted, the
flagged ones marked, the option shares of the selected question, the points of the
facility / discrimination chart, and the CSV export (questions, and quizzes beside them).

Like :mod:`trainer.ui.class_presenter`, it makes no widget: a fake view drives it in
``tests/presenters/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers
from trainer.core.analysis.model import Analysis, Filters, FormStats, ItemStats
from trainer.core.analysis.verdicts import FEW_ANSWERS
from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.operations import Operations
from trainer.ui.table_presenter import Choice, TablePresenter, TableRow, TableViewLike


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisPresenter", text)


@dataclass(frozen=True)
class AnalysisChoice:
    """What the screen's filters say ("" and None: any)."""

    bank: str = ""
    topic: str = ""
    since: date | None = None
    until: date | None = None
    """Both days included."""
    source: str = ""


@dataclass(frozen=True)
class Point:
    """One question on the chart: facility (x), discrimination (y), flagged, its name."""

    facility: float
    discrimination: float
    flagged: bool
    label: str


class AnalysisViewLike(TableViewLike, Protocol):
    """What the presenter asks of the Item analysis screen."""

    def set_columns(self, items: list[str], forms: list[str]) -> None: ...
    def set_filters(
        self, banks: list[Choice], topics: list[Choice], sources: list[Choice]
    ) -> None: ...
    def show_forms(self, rows: list[TableRow]) -> None: ...
    def show_points(self, points: list[Point]) -> None: ...


COLUMNS: tuple[tuple[str, str], ...] = (
    ("prompt", "Question"),
    ("topic", "Topic"),
    ("sources", "Sources"),
    ("answers", "Answers"),
    ("facility", "Facility"),
    ("discrimination", "Discrimination"),
    ("verdicts", "Verdict"),
)
"""(field of ItemStats it sorts by, header) per column of the questions' table."""

FORM_HEADERS = ("Quiz or workshop", "Source", "Questions", "Attempts", "Mean", "SD", "Alpha")


def _number(row: ItemStats, value: float | None) -> str:
    """A number of the table, or why there is none, in words."""
    if value is not None:
        return numbers.figure(round(value, 2), 2)
    if FEW_ANSWERS in row.verdicts:
        return _tr("too few answers")
    return _tr("none")


VERSIONS = {"older": "(an older version)", "unknown": "(version unknown)"}


def item_cells(row: ItemStats) -> tuple[str, ...]:
    prompt = " ".join(row.prompt.split()) or _tr("{item} (not in the loaded banks)").format(
        item=row.item_id
    )
    prompt = prompt if len(prompt) <= 120 else prompt[:119] + "…"
    if row.version_status != "current":
        prompt += " " + VERSIONS.get(row.version_status, f"({row.version_status})")
    return (
        prompt,
        row.topic,
        row.sources,
        numbers.count(row.answers),
        _number(row, row.facility),
        _number(row, row.discrimination),
        ("⚑ " if row.flagged else "") + row.verdict,
    )


def form_cells(row: FormStats) -> tuple[str, ...]:
    def fraction(value: float | None) -> str:
        return _tr("too few attempts") if value is None else numbers.figure(round(value, 2), 2)

    return (
        row.label, row.source, numbers.count(row.questions), numbers.count(row.attempts),
        fraction(row.mean), fraction(row.sd), fraction(row.alpha),
    )  # fmt: skip


def filters_of(choice: AnalysisChoice) -> Filters:
    def start(day: date) -> datetime:
        return datetime(day.year, day.month, day.day).astimezone()

    return Filters(
        banks=(choice.bank,) if choice.bank else (),
        topics=(choice.topic,) if choice.topic else (),
        since=start(choice.since) if choice.since else None,
        until=start(choice.until + timedelta(days=1)) if choice.until else None,
        sources=(choice.source,) if choice.source else (),
    )


class AnalysisPresenter(TablePresenter[AnalysisViewLike, ItemStats]):
    """Fills the Item analysis screen and carries out its requests on the worker."""

    def __init__(
        self,
        view: AnalysisViewLike,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(view, ops, data_folder, app_state, clock, sort_column=6)
        self.choice = AnalysisChoice()
        self.result: Analysis | None = None
        view.set_columns([_tr(h) for _f, h in COLUMNS], [_tr(h) for h in FORM_HEADERS])
        view.filters_changed.connect(self.filter)

    def show(self) -> None:
        """Run the analysis with the screen's filters (on the worker) and show it."""
        data_folder, filters = self.data_folder, filters_of(self.choice)
        if data_folder.store is None or data_folder.result is None:
            return
        store, questions = data_folder.store, dict(data_folder.result.by_id)

        def job() -> Analysis:
            from trainer.core.analysis.query import analyse

            return analyse(store, questions, filters)

        self.ops.run(job, self._fill, busy=self.view, failure=self._failed)

    def filter(self, choice: AnalysisChoice) -> None:
        if choice.since and choice.until and choice.until < choice.since:
            self.view.show_message(_tr("The last day is before the first day."), error=True)
            return
        self.choice = choice
        self.show()

    def _fill(self, result: Analysis) -> None:
        self.result = result
        self._set_filters()
        self._show_rows()
        self.view.show_forms([TableRow(form_cells(f)) for f in result.forms])
        self.view.show_points(
            [
                Point(r.facility, r.discrimination, r.flagged, item_cells(r)[0])
                for r in result.items
                if r.facility is not None and r.discrimination is not None
            ]
        )

    def _set_filters(self) -> None:
        from trainer.core.analysis.sources import SOURCES

        titles = self.app_state.bank_titles()
        overview = self.app_state.overview
        banks = [Choice(_tr("All banks"), "")]
        topics = [Choice(_tr("All topics"), "")]
        if overview is not None:
            for bank in overview.banks:
                banks.append(Choice(titles.get(bank.bank_id, bank.title), bank.bank_id))
                if not self.choice.bank or bank.bank_id == self.choice.bank:
                    topics += [Choice(t, t) for t in bank.topics]
        sources = [Choice(_tr("All sources"), "")]
        sources += [Choice(s.description, s.name) for s in SOURCES.values()]
        self.view.set_filters(banks, list({c.value: c for c in topics}.values()), sources)

    def _show_rows(self) -> None:
        from trainer.core.analysis.table import sorted_rows

        if self.result is None:
            return
        field = COLUMNS[self.sort_column][0]
        self.rows = sorted_rows(self.result.items, field, self.descending)
        rows = [TableRow(item_cells(r), r.flagged, f"{r.item_id}\n{r.version}") for r in self.rows]
        self.view.show_rows(rows, self.sort_column, self.descending)
        flagged = sum(r.flagged for r in self.rows)
        self.view.show_message(
            _tr("{n} question versions; {flagged} flagged to look at.").format(
                n=numbers.count(len(self.rows)), flagged=numbers.count(flagged)
            )
        )

    def select(self, key: str) -> None:
        """The selected question's verdict, notes and option shares, as text."""
        from trainer.core.analysis.table import option_text

        found = [r for r in self.rows if f"{r.item_id}\n{r.version}" == key]
        if not found:
            self.view.show_detail("")
            return
        row = found[0]
        bank = self.app_state.bank_titles().get(row.bank_id, row.bank_id)
        lines = [f"{row.item_id} ({bank}; {row.version_status} version): {row.verdict}"]
        if row.notes:
            lines.append(row.notes)
        if row.options:
            lines.append(_tr("Options chosen:"))
            lines += [f"  {option_text(o)}" for o in row.options]
        self.view.show_detail("\n".join(lines))

    # -- export --------------------------------------------------------------------
    def ask_export(self) -> None:
        self._ask_path(
            _tr("Export the item analysis as CSV"),
            "item analysis.csv",
            _tr("CSV files (*.csv)"),
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        """The questions shown at ``path`` and the quizzes beside it (``…-quizzes.csv``),
        as ``trainer analysis`` writes them."""
        from trainer.analysis_cli import summary_path
        from trainer.core.analysis.table import FORM_COLUMNS, ITEM_COLUMNS, csv_file
        from trainer.core.outfile import write_output_file

        rows = list(self.rows)
        forms = list(self.result.forms) if self.result else []

        def job() -> Path:
            written = write_output_file(path, csv_file(ITEM_COLUMNS, rows))
            write_output_file(summary_path(path), csv_file(FORM_COLUMNS, forms))
            return written

        self.ops.run(job, self._saved, busy=self.view, failure=self._failed)

    def _saved(self, path: Path) -> None:
        self.view.show_message(_tr("Saved {path} and the quizzes beside it.").format(path=path))
