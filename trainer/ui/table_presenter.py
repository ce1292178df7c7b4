"""What the Class and Item analysis presenters share: a filtered, sorted table read on
the worker, a detail for the selected row, and export to a file the user names.

:class:`TablePresenter` holds the view, the operation runner, the data folder, the app
state and a clock, connects the view's four requests, keeps the sort and reports a
failed job on the screen; each screen's presenter says what its rows are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import SignalInstance

from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.operations import Failure, Operations


@dataclass(frozen=True)
class Choice:
    """An entry of a filter list: what it shows, and the value it stands for ("" = all)."""

    text: str
    value: str


@dataclass(frozen=True)
class TableRow:
    """One row of a screen's table: its cells as text, and whether it asks for a look."""

    cells: tuple[str, ...]
    flagged: bool = False
    key: str = ""


class TableViewLike(Protocol):
    """What a table presenter asks of every table screen."""

    @property
    def filters_changed(self) -> SignalInstance: ...
    @property
    def sort_requested(self) -> SignalInstance: ...
    @property
    def selected(self) -> SignalInstance: ...
    @property
    def export_requested(self) -> SignalInstance: ...

    def set_busy(self, busy: bool) -> None: ...
    def show_rows(self, rows: list[TableRow], sort_column: int, descending: bool) -> None: ...
    def show_detail(self, text: str) -> None: ...
    def show_message(self, text: str, error: bool = False) -> None: ...
    def ask_save_path(
        self, title: str, suggested: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None: ...


V = TypeVar("V", bound=TableViewLike)
R = TypeVar("R")


class TablePresenter(Generic[V, R]):
    """The shared part of a table screen's presenter (rows of type ``R``)."""

    def __init__(
        self,
        view: V,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        clock: Callable[[], datetime],
        sort_column: int,
    ) -> None:
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.clock = clock
        self.sort_column, self.descending = sort_column, False
        self.rows: list[R] = []
        view.sort_requested.connect(self.sort)
        view.selected.connect(self.select)
        view.export_requested.connect(self.ask_export)

    def sort(self, column: int, descending: bool) -> None:
        self.sort_column, self.descending = column, descending
        self._show_rows()

    def _show_rows(self) -> None:
        raise NotImplementedError

    def select(self, key: str) -> None:
        raise NotImplementedError

    def ask_export(self) -> None:
        raise NotImplementedError

    def _ask_path(
        self, title: str, name: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None:
        """Ask where to save, suggesting ``name`` followed by today's date."""
        stem, dot, suffix = name.rpartition(".")
        self.view.ask_save_path(
            title, f"{stem} {self.clock():%Y-%m-%d}{dot}{suffix}", name_filter, chosen
        )

    def _failed(self, failure: Failure) -> None:
        self.view.show_message(failure.message, error=True)
