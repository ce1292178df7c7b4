"""The results of a session: per question (facility, most chosen wrong answer), per team
(score and answers), the podium, and the CSV export (one row per team × question)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.core.workshop import (
    Answer,
    WorkshopSession,
    question_results,
    response_text,
    team_results,
)
from trainer.core.workshop.exports import export_csv


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ResultsDialog(QDialog):
    """Tables of question and team results, with a CSV export."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(f"Results — {session.workshop.title}")
        podium = "   ".join(f"{s.rank}. {s.team.name} ({s.points:g})" for s in session.podium())
        self.podium = QLabel(f"<b>Podium:</b> {podium}")
        self.questions = _table(
            ["#", "Question", "Right answer", "Facility", "Most chosen wrong answer"],
            [
                [
                    str(q.position + 1),
                    q.prompt,
                    q.expected,
                    f"{q.facility:.0%} ({q.right}/{len(session.teams())})",
                    f"{q.common_wrong} ({q.common_wrong_count})" if q.common_wrong else "—",
                ]
                for q in question_results(session)
            ],
        )
        count = len(session.item_ids)
        self.teams = _table(
            ["Team", "Points", "Right", *[f"Q{i + 1}" for i in range(count)]],
            [
                [t.team.name, f"{t.points:g}", str(t.right)]
                + [self._cell(t.answers.get(i)) for i in range(count)]
                for t in team_results(session)
            ],
        )
        tabs = QTabWidget()
        tabs.addTab(self.questions, "Questions")
        tabs.addTab(self.teams, "Teams")
        export = QPushButton("Export CSV…")
        export.clicked.connect(self.export)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.podium)
        layout.addWidget(tabs, 1)
        layout.addLayout(buttons)
        self.resize(900, 500)

    @staticmethod
    def _cell(answer: object) -> str:
        if not isinstance(answer, Answer):
            return "—"
        mark = "✓" if answer.correct else "✗"
        shown = "" if answer.response is None else response_text(answer.response) + " "
        return f"{shown}{mark}"

    def export_to(self, path: Path) -> None:
        export_csv(self.session).write(path)
        self.status.setText(f"Saved {path}")

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export results", "results.csv", "CSV (*.csv)")
        if name:
            try:
                self.export_to(Path(name))
            except OSError as error:
                self.status.setText(f"Could not save: {error}")
