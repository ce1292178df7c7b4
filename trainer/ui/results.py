"""Quiz results: the score, a per-topic breakdown, and every question with the learner's
answer, the right answer, the explanation and the source; "retry the ones I got wrong".

A workshop session's results use the same screen (``ResultsData.people`` given): the
standings (rank, name, team, points, right answers: one row a participant of a phone
game, or a team of a team game) instead of the topics, and under every question what
each of them answered. Names and answers are plain text (escaped in the HTML).

A passive view filled with a :class:`ResultsData`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.core import numbers
from trainer.ui import theme
from trainer.ui.widgets.common import announce, heading, on_keys, set_primary, wrapping_label


@dataclass(frozen=True)
class PersonAnswer:
    """What one participant (or team) of a workshop answered to a question."""

    name: str
    response: str
    score: float
    correct: bool


@dataclass(frozen=True)
class PersonRow:
    """One place in a workshop's standings."""

    rank: int
    name: str
    team: str
    points: str
    """Written as the workshop writes points."""
    right: int


@dataclass(frozen=True)
class ResultLine:
    number: int
    prompt: str
    response: str
    expected: str
    explanation: str
    source: str
    score: float
    correct: bool
    answers: tuple[PersonAnswer, ...] = ()
    """A workshop's: every participant's answer, in the standings' order."""


@dataclass(frozen=True)
class ResultsData:
    score: float
    total: int
    topics: list[tuple[str, float, int]]
    """(topic, score, questions)."""
    lines: list[ResultLine]
    wrong: int
    time_up: bool = False
    """The quiz ended because its time ran out."""
    seed: int | None = None
    """The quiz's seed: with the same choices it gives the same quiz again."""
    people: tuple[PersonRow, ...] = ()
    """A workshop session's standings: when given, the screen shows a workshop."""
    heading: str = ""
    """A workshop's summary (its title, who took part, the team standings)."""


class ResultsScreen(QWidget):
    retry_requested = Signal()
    new_quiz_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.title = heading(self.tr("Results"))
        self.summary = wrapping_label()
        self.summary.setObjectName("resultsScore")
        self.notice = wrapping_label()
        self.notice.setObjectName("notice")
        self.notice.setVisible(False)
        self.topics = QTableWidget(0, 3)
        self.topics.setTabKeyNavigation(False)  # Tab leaves the table
        self._set_columns([self.tr("Topic"), self.tr("Score"), self.tr("%")], 0)
        self.topics.setAccessibleName(self.tr("Score per topic"))
        self.topics.verticalHeader().setVisible(False)
        self.topics.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # rows follow the text size, also when it changes while the results are shown
        self.topics.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Every question with your answer and the right one"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.topics)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.retry_button = QPushButton(self.tr("&Retry the ones I got wrong"))
        self.retry_button.setToolTip(self.tr("A new quiz with only the questions not fully right"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.new_button = QPushButton(self.tr("&New quiz"))
        self.new_button.clicked.connect(self.new_quiz_requested)
        self.home_button = QPushButton(self.tr("Ho&me"))
        self.home_button.setToolTip(self.tr("Back to the home screen (Ctrl+1)"))
        self.home_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        on_keys(self, ("Escape",), self.home_requested.emit)
        self.first_focus = self.new_button

    def _set_columns(self, headers: list[str], stretch: int) -> None:
        """The table's columns: ``stretch`` takes the room left, the others their text."""
        table = self.topics
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        for col in range(len(headers)):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(
                col, mode.Stretch if col == stretch else mode.ResizeToContents
            )

    def show_results(self, data: ResultsData) -> None:
        workshop = bool(data.people)
        self.retry_button.setVisible(not workshop)
        self.new_button.setVisible(not workshop)
        set_primary(self.home_button, workshop)
        if workshop:
            self._show_workshop(data)
        else:
            self._show_quiz(data)

    def _show_quiz(self, data: ResultsData) -> None:
        self._set_columns([self.tr("Topic"), self.tr("Score"), self.tr("%")], 0)
        self.topics.setAccessibleName(self.tr("Score per topic"))
        share = data.score / data.total if data.total else 0.0
        self.summary.setText(
            self.tr("You scored {score} out of {total} ({percent}).").format(
                score=numbers.score(data.score),
                total=numbers.count(data.total),
                percent=numbers.percent(share),
            )
        )
        self.summary.setToolTip(
            self.tr("Quiz seed {seed}: the same seed and choices give the same quiz").format(
                seed=data.seed
            )
            if data.seed is not None
            else ""
        )
        self.notice.setText(
            self.tr(
                "Time's up. The answer you had given on the last page was kept; "
                "questions not answered count as wrong."
            )
            if data.time_up
            else ""
        )
        self.notice.setVisible(data.time_up)
        if data.time_up:
            announce(self.notice, self.notice.text())
        self.topics.setRowCount(len(data.topics))
        for row, (topic, score, count) in enumerate(data.topics):
            share = score / count if count else 0.0
            cells = [
                topic,
                f"{numbers.score(score)} / {numbers.count(count)}",
                numbers.percent(share),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == 2 and share in (0.0, 1.0):  # all wrong, all right
                    item.setForeground(theme.colour("right" if share else "wrong"))
                self.topics.setItem(row, col, item)
        self._fit_topics(len(data.topics))
        self.details.setHtml(self._html(data.lines))
        self.retry_button.setEnabled(data.wrong > 0)
        self.retry_button.setText(
            self.tr("&Retry the ones I got wrong ({n})").format(n=data.wrong)
            if data.wrong
            else self.tr("&Retry the ones I got wrong")
        )
        self.first_focus = self.retry_button if data.wrong else self.new_button
        for button in (self.retry_button, self.new_button):
            set_primary(button, button is self.first_focus)
        self.first_focus.setFocus()

    def _show_workshop(self, data: ResultsData) -> None:
        """A workshop session: its standings in the table, every answer in the details."""
        self.summary.setText(data.heading)
        self.summary.setToolTip("")
        self.notice.setVisible(False)
        teams = any(p.team for p in data.people)
        headers = [self.tr("Rank"), self.tr("Name")] + ([self.tr("Team")] if teams else [])
        self._set_columns([*headers, self.tr("Points"), self.tr("Right answers")], 1)
        self.topics.setAccessibleName(self.tr("Standings"))
        self.topics.setRowCount(len(data.people))
        for row, person in enumerate(data.people):
            cells = [numbers.count(person.rank), person.name] + ([person.team] if teams else [])
            cells += [person.points, numbers.count(person.right)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0 or col >= len(cells) - 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.topics.setItem(row, col, item)
        self._fit_topics(len(data.people))
        self.details.setHtml(self._workshop_html(data.lines))
        self.first_focus = self.home_button
        self.home_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_topics(self.topics.rowCount())

    def _fit_topics(self, rows: int) -> None:
        """Room for up to four topics at any text size (it showed 2½ rows at 200%)."""
        table = self.topics
        table.resizeRowsToContents()
        row = table.verticalHeader().defaultSectionSize()
        if rows:
            row = max(row, table.rowHeight(0))
        frame = 2 * table.frameWidth()
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height() + row * min(rows, 4) + frame
        )

    def _mark(self, correct: bool, score: float) -> str:
        """Right, partly right or wrong, in its colour (HTML)."""
        colour = theme.colour("text")
        if correct:
            mark, colour = self.tr("Right"), theme.colour("right")
        elif score > 0:
            mark = self.tr("Partly right ({score})").format(score=numbers.percent(score))
        else:
            mark, colour = self.tr("Wrong"), theme.colour("wrong")
        return f'<b style="color: {colour.name()}">{_text(mark)}</b>'

    def _workshop_html(self, lines: list[ResultLine]) -> str:
        text = _text
        parts = []
        for line in lines:
            right = sum(1 for a in line.answers if a.correct)
            count = self.tr("{right} of {count} fully right").format(
                right=numbers.count(right), count=numbers.count(len(line.answers))
            )
            answers = "".join(
                f"<li>{text(a.name)}: {text(a.response)} — {self._mark(a.correct, a.score)}</li>"
                for a in line.answers
            )
            parts.append(
                f"<h3>{line.number}. {text(line.prompt)}</h3>"
                f"<p>{text(self.tr('Right answer:'))} {text(line.expected)}<br>"
                f"<b>{text(count)}</b></p><ul>{answers}</ul>"
                f"<p>{text(line.explanation)}</p>"
                f"<p><i>{text(self.tr('Source:'))} {text(line.source)}</i></p><hr>"
            )
        return "".join(parts)

    def _html(self, lines: list[ResultLine]) -> str:
        text = _text
        parts = []
        for line in lines:
            parts.append(
                f"<h3>{line.number}. {text(line.prompt)}</h3>"
                f"<p>{self._mark(line.correct, line.score)}</p>"
                f"<p>{text(self.tr('Your answer:'))} {text(line.response)}<br>"
                f"{text(self.tr('Right answer:'))} {text(line.expected)}</p>"
                f"<p>{text(line.explanation)}</p>"
                f"<p><i>{text(self.tr('Source:'))} {text(line.source)}</i></p><hr>"
            )
        return "".join(parts)


def _text(value: str) -> str:
    """Plain text for the details' HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")
