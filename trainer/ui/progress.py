"""Progress: QtCharts plots of accuracy over time, reviews per day, mastery per topic and
the due forecast for the next 14 days, with the streak.

A passive view filled with a :class:`ProgressData` (numbers from the engine's
statistics, already computed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.ui import theme
from trainer.ui.widgets.common import chart_text, heading, on_keys, wrapping_label


def axis_labels(names: list[str], width: int = 40) -> list[str]:
    """Category labels: long names end in "…", and equal ones are numbered (a category
    axis merges equal labels, which would shift every bar after them)."""
    out: list[str] = []
    for name in names:
        label = name if len(name) <= width else name[: width - 1].rstrip() + "…"
        base, n = label, 2
        while label in out:
            label, n = f"{base} ({n})", n + 1
        out.append(label)
    return out


@dataclass(frozen=True)
class ProgressData:
    streak: int
    days: list[tuple[str, int, float | None]]
    """(short day label, reviews, accuracy 0..1 or None), oldest first."""
    days_title: str
    """The period shown, e.g. "15 Nov – 28 Nov"."""
    topics: list[tuple[str, int, int, int]]
    """(topic, new, learning, mastered)."""
    forecast: list[tuple[str, int]]
    """(short day label, items due)."""
    forecast_title: str
    total_reviews: int
    days_spoken: list[str] | None = None
    """The days of ``days`` in full ("1 December"), for screen readers."""
    forecast_spoken: list[str] | None = None


def _view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    view.setAccessibleName(title)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return view


class ProgressScreen(QWidget):
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress")
        self.summary = wrapping_label()
        self.summary.setObjectName("progressSummary")
        self.accuracy = _view(self.tr("Accuracy per day (%)"))
        self.reviews = _view(self.tr("Reviews per day"))
        self.mastery = _view(self.tr("Mastery per topic"))
        self.forecast = _view(self.tr("Due in the next 14 days"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Progress charts"))
        self.tabs.setToolTip(self.tr("Ctrl+Tab shows the next chart"))
        self.mastery_scroll = QScrollArea()
        self.mastery_scroll.setAccessibleName(self.tr("Mastery per topic (arrow keys scroll it)"))
        self.mastery_scroll.setWidgetResizable(True)
        self.mastery_scroll.setWidget(self.mastery)
        self.tabs.addTab(self.mastery_scroll, self.tr("&Mastery per topic"))
        self.tabs.addTab(self.accuracy, self.tr("&Accuracy"))
        self.tabs.addTab(self.reviews, self.tr("&Reviews per day"))
        self.tabs.addTab(self.forecast, self.tr("&Due forecast"))
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Progress")))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.home_button

    def show_progress(self, data: ProgressData) -> None:
        self.summary.setText(
            self.tr("Streak: %n day(s) in a row", "", data.streak)
            + " · "
            + self.tr("%n review(s) in the last %1 days", "", data.total_reviews).replace(
                "%1", str(len(data.days))
            )
        )
        labels = [d[0] for d in data.days]
        days = data.days_spoken or labels
        accuracy = [0 if a is None else round(a * 100) for _l, _n, a in data.days]
        self._bars(self.accuracy, labels, accuracy, self.tr("Accuracy"), data.days_title, 100)
        self.accuracy.setAccessibleDescription(
            ", ".join(
                self.tr("{day}: no reviews").format(day=day)
                if a is None
                else self.tr("{day}: {n}%").format(day=day, n=round(a * 100))
                for day, (_l, _n, a) in zip(days, data.days, strict=True)
            )
        )
        reviews = [n for _l, n, _a in data.days]
        self._bars(self.reviews, labels, reviews, self.tr("Reviews"), data.days_title)
        self.reviews.setAccessibleDescription(
            ", ".join(
                self.tr("{day}: %n review(s)", "", n).format(day=day)
                for day, n in zip(days, reviews, strict=True)
            )
        )
        due = [f[1] for f in data.forecast]
        self._bars(
            self.forecast, [f[0] for f in data.forecast], due, self.tr("Due"), data.forecast_title
        )
        self.forecast.setAccessibleDescription(
            ", ".join(
                self.tr("{day}: %n due", "", n).format(day=day)
                for day, n in zip(
                    data.forecast_spoken or [f[0] for f in data.forecast], due, strict=True
                )
            )
        )
        self._stacked(self.mastery, data.topics)

    @staticmethod
    def _reset(view: QChartView) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        dark = QApplication.palette().window().color().lightness() < 128
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(theme.colour("panel"))
        font = QApplication.font()  # charts do not follow the application font by themselves
        chart.setFont(font)
        title = QFont(font)
        title.setBold(True)
        chart.setTitleFont(title)
        chart.legend().setFont(font)
        return chart

    @staticmethod
    def _fonts(chart: QChart) -> None:
        for axis in chart.axes():
            axis.setLabelsFont(QApplication.font())
            axis.setTitleFont(QApplication.font())

    def _bars(
        self,
        view: QChartView,
        labels: list[str],
        values: list[int],
        name: str,
        title: str = "",
        top: int | None = None,
    ) -> None:
        chart = self._reset(view)
        bars = QBarSet(name)
        bars.append([float(v) for v in values])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        bars.setColor(theme.colour("new"))  # (after: adding it gives the chart theme's)
        x = QBarCategoryAxis()
        x.append(labels)
        x.setTitleText(title)
        y = QValueAxis()
        y.setRange(0, top if top is not None else max([*values, 1]))
        y.setLabelFormat("%d")
        if top is None:
            y.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._fonts(chart)
        view.setAccessibleDescription(
            ", ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))
        )

    def _stacked(self, view: QChartView, topics: list[tuple[str, int, int, int]]) -> None:
        chart = self._reset(view)
        line = QFontMetrics(QApplication.font()).height()
        view.setMinimumHeight(max(180, int(len(topics) * line * 1.6) + 6 * line))
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        sets = [QBarSet(self.tr("New")), QBarSet(self.tr("Learning")), QBarSet(self.tr("Mastered"))]
        for _topic, new, learning, mastered in topics:
            for bar_set, value in zip(sets, (new, learning, mastered), strict=True):
                bar_set.append(float(value))
        series = QHorizontalStackedBarSeries()
        for bar_set in sets:
            series.append(bar_set)
        chart.addSeries(series)
        for bar_set, meaning in zip(sets, ("new", "due", "right"), strict=True):
            bar_set.setColor(theme.colour(meaning))  # the colours Home and Study use
        y = QBarCategoryAxis()
        y.append([chart_text(label) for label in axis_labels([t[0] for t in topics])])
        y.setTruncateLabels(False)
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(0, max([sum(t[1:]) for t in topics] + [1]))
        x.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        self._fonts(chart)
        view.setAccessibleDescription(
            "; ".join(
                self.tr("{topic}: {m} mastered, {l} learning, {n} new").format(
                    topic=t, m=m, l=lrn, n=n
                )
                for t, n, lrn, m in topics
            )
        )
