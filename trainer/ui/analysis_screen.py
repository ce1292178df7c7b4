"""Item analysis: which questions work, from every scored answer the database holds.

Filters (bank, topic, the first and last day, source); the questions' table, sortable,
the flagged rows in the theme's "wrong" colour with a ⚑; "too few answers" written where
a number would mean nothing; the selected question's verdict, notes and option shares;
a chart of facility against discrimination; the quizzes and workshops; CSV export.

A passive view (:class:`trainer.ui.analysis_presenter.AnalysisViewLike`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.ui import theme
from trainer.ui.analysis_presenter import AnalysisChoice, Point
from trainer.ui.table_presenter import Choice, TableRow
from trainer.ui.widgets.common import StatusLine, chart_text, heading, on_keys, wrapping_label
from trainer.ui.widgets.report_table import ReportTable, SaveAsker, fill_choices, labelled


def _day(edit: QDateEdit, box: QCheckBox) -> object:
    if not box.isChecked():
        return None
    return edit.date().toPython()


class AnalysisScreen(QWidget):
    home_requested = Signal()
    filters_changed = Signal(object)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis")
        self.bank, self.topic, self.source = QComboBox(), QComboBox(), QComboBox()
        self.bank.activated.connect(lambda _i: self._bank_chosen())
        for combo in (self.topic, self.source):
            combo.activated.connect(lambda _i: self._filters_chosen())
        self.since_on = QCheckBox(self.tr("&Since"))
        self.until_on = QCheckBox(self.tr("&Until"))
        self.since, self.until = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for box, edit, name, day in (
            (self.since_on, self.since, self.tr("First day"), today.addMonths(-1)),
            (self.until_on, self.until, self.tr("Last day"), today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self._filters_chosen())
            edit.editingFinished.connect(self._filters_chosen)
        self.table = ReportTable(self.tr("Questions"))
        self.sort_requested = self.table.sort_requested
        self.selected = self.table.selected
        self.forms = ReportTable(self.tr("Quizzes and workshops"))
        self.chart = QChartView(QChart())
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setAccessibleName(self.tr("Facility against discrimination"))
        self.chart.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chart.setMinimumHeight(200)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Item analysis views"))
        questions = QWidget()
        column = QVBoxLayout(questions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.table.sort_controls())
        column.addWidget(self.table, 1)
        self.detail = wrapping_label(selectable=True)
        self.detail.setObjectName("analysisDetail")
        column.addWidget(self.detail)
        self.tabs.addTab(questions, self.tr("&Questions"))
        self.tabs.addTab(self.chart, self.tr("Ch&art"))
        self.tabs.addTab(self.forms, self.tr("Quizzes and &workshops"))
        self.message = StatusLine()
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.setToolTip(
            self.tr("Save the questions shown, and the quizzes beside them, as CSV files")
        )
        self.export_button.clicked.connect(self.export_requested)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        self.saver = SaveAsker(self)
        self._build_layout()
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.table

    def _build_layout(self) -> None:
        filters = QGridLayout()
        filters.addWidget(labelled(self.tr("&Bank:"), self.bank), 0, 0)
        filters.addWidget(self.bank, 0, 1)
        filters.addWidget(labelled(self.tr("&Topic:"), self.topic), 0, 2)
        filters.addWidget(self.topic, 0, 3)
        filters.addWidget(labelled(self.tr("Sou&rce:"), self.source), 0, 4)
        filters.addWidget(self.source, 0, 5)
        days = QHBoxLayout()
        for box, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            days.addWidget(box)
            days.addWidget(edit)
        days.addStretch(1)
        filters.addLayout(days, 1, 0, 1, 6)
        for col in (1, 3, 5):
            filters.setColumnStretch(col, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Item analysis")))
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _bank_chosen(self) -> None:
        self.topic.setCurrentIndex(0)
        self._filters_chosen()

    def choice(self) -> AnalysisChoice:
        """What the filters say now."""
        return AnalysisChoice(
            bank=self.bank.currentData() or "",
            topic=self.topic.currentData() or "",
            since=_day(self.since, self.since_on),  # type: ignore[arg-type]
            until=_day(self.until, self.until_on),  # type: ignore[arg-type]
            source=self.source.currentData() or "",
        )

    def _filters_chosen(self) -> None:
        self.filters_changed.emit(self.choice())

    # -- what the presenter calls ------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)

    def set_columns(self, items: list[str], forms: list[str]) -> None:
        self.table.set_columns(items, numeric=range(3, 6))
        self.forms.set_columns(forms, numeric=range(2, len(forms)))

    def set_filters(self, banks: list[Choice], topics: list[Choice], sources: list[Choice]) -> None:
        fill_choices(self.bank, banks)
        fill_choices(self.topic, topics)
        fill_choices(self.source, sources)

    def show_rows(self, rows: list[TableRow], sort_column: int, descending: bool) -> None:
        self.table.show_rows(rows, sort_column, descending)
        self.export_button.setEnabled(bool(rows))
        if self.table.currentRow() < 0:
            self.detail.setText(
                self.tr("Select a question to see its verdict and the share of each option.")
            )

    def show_forms(self, rows: list[TableRow]) -> None:
        self.forms.show_rows(rows, 0, False)

    def show_detail(self, text: str) -> None:
        self.detail.setText(text)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.show_text(text, error)

    def ask_save_path(
        self, title: str, suggested: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None:
        self.saver.ask(title, suggested, name_filter, chosen)

    def show_points(self, points: list[Point]) -> None:
        """The chart: one dot per question with both numbers, flagged ones apart."""
        chart = self.chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        dark = theme.current_theme() == "dark"
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(theme.colour("panel"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        font = QApplication.font()
        chart.setFont(font)
        chart.legend().setFont(font)
        title = QFont(font)
        title.setBold(True)
        chart.setTitleFont(title)
        chart.setTitle(chart_text(self.tr("Facility (x) against discrimination (y)")))
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setRange(0, 1)
        x_axis.setTickCount(6)
        y_axis.setRange(-1, 1)
        y_axis.setTickCount(5)
        x_axis.setTitleText(chart_text(self.tr("Facility")))
        y_axis.setTitleText(chart_text(self.tr("Discrimination")))
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
            axis.setLabelFormat("%.1f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for flagged, name, colour in (
            (False, self.tr("Works"), "new"),
            (True, self.tr("Flagged"), "wrong"),
        ):
            series = QScatterSeries()
            series.setName(chart_text(name))
            series.setMarkerSize(11.0)
            for p in points:
                if p.flagged == flagged:
                    series.append(p.facility, p.discrimination)
            chart.addSeries(series)
            series.setColor(theme.colour(colour))
            series.setBorderColor(theme.colour(colour))
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        self.chart.setAccessibleDescription(
            "; ".join(
                self.tr("{q}: facility {f:.2f}, discrimination {d:.2f}").format(
                    q=p.label, f=p.facility, d=p.discrimination
                )
                for p in points[:50]
            )
        )
