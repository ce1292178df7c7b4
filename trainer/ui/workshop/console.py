"""The facilitator's console: current and next question, the right answer, the timer,
the controls, one row per team to record its answer with one click, the leaderboard.

Every control has a key (see :mod:`trainer.ui.workshop.keys`); the console can be
hidden (F2) when there is only one screen, and the audience window takes the keys.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.core.workshop import response_text
from trainer.ui.workshop.keys import HELP, handle_key
from trainer.ui.workshop.presenter import PODIUM, Presenter, letter


def _wrapped(size: int = 0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    font = label.font()
    if size:
        font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    return label


class ConsoleWindow(QWidget):
    """The facilitator's window; all state lives in the :class:`Presenter`."""

    def __init__(
        self,
        presenter: Presenter,
        toggle_audience: Callable[[], None] | None = None,
        toggle_console: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.presenter = presenter
        self.toggle_audience = toggle_audience
        self.toggle_console = toggle_console
        self.setWindowTitle(f"{presenter.session.workshop.title} — console")
        self.position = _wrapped(14, bold=True)
        self.timer = _wrapped(28, bold=True)
        self.current = _wrapped(16, bold=True)
        self.choices = _wrapped(13)
        self.answer = _wrapped(14, bold=True)
        self.answer.setStyleSheet("color: #1B7F3B;")
        self.explanation = _wrapped(11)
        self.upcoming = _wrapped(11)
        self.status = _wrapped(11)
        self.status.setStyleSheet("color: #B00020;")
        self.standings = _wrapped(12)

        head = QHBoxLayout()
        head.addWidget(self.position, 1)
        head.addWidget(self.timer)
        question = QVBoxLayout()
        for w in (self.current, self.choices, self.answer, self.explanation):
            question.addWidget(w)
        question.addWidget(QLabel("<b>Next question</b>"))
        question.addWidget(self.upcoming)
        question.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for name, text, slot in (
            ("timer", "Start (Space)", presenter.toggle_timer),
            ("reveal", "Reveal (R)", presenter.reveal),
            ("previous", "◀ Previous", presenter.previous),
            ("next", "Next ▶", presenter.next),
            ("leaderboard", "Leaderboard (L)", presenter.toggle_leaderboard),
            ("finish", "Finish (End)", presenter.finish),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
            button.clicked.connect(slot)
            controls.addWidget(button)
            self.buttons[name] = button
        results = QPushButton("Results")
        results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        results.clicked.connect(self.show_results)
        controls.addWidget(results)
        if toggle_audience is not None:
            show = QPushButton("Audience window")
            show.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            show.clicked.connect(toggle_audience)
            controls.addWidget(show)

        self.team_box = QGroupBox("Teams — pick a team (1–9), then its option (A–I) or Y / N")
        self.team_grid = QGridLayout(self.team_box)
        self.team_grid.setColumnMinimumWidth(1, 120)  # "B ✓ 1.5" must not be cut
        self.team_rows: list[tuple[QLabel, QLabel, list[QPushButton]]] = []

        side = QVBoxLayout()
        side.addWidget(self.team_box)
        side.addWidget(QLabel("<b>Leaderboard</b>"))
        side.addWidget(self.standings)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(question, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(controls)
        keys = QLabel(HELP)
        keys.setWordWrap(True)
        layout.addWidget(keys)
        presenter.changed.connect(self.redraw)
        presenter.ticked.connect(self._draw_timer)
        self.resize(1100, 700)
        self.redraw()

    # -- drawing --------------------------------------------------------------------------
    def _draw_timer(self) -> None:
        p = self.presenter
        self.timer.setText("Time!" if p.remaining_ms == 0 else f"{p.seconds_left} s")
        self.buttons["timer"].setText("Pause (Space)" if p.running else "Start (Space)")

    def _buttons_for(self, row: int, count: int, recordable: bool) -> list[QPushButton]:
        labels = [letter(i) for i in range(count)] if recordable else ["✓ right", "✗ wrong"]
        buttons = []
        for col, text in enumerate(labels, start=2):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if recordable:
                button.clicked.connect(partial(self.presenter.record_choice, row, col - 2))
            else:
                button.clicked.connect(partial(self.presenter.mark, row, col == 2))
            self.team_grid.addWidget(button, row, col)
            buttons.append(button)
        return buttons

    def _build_teams(self, shape: tuple[int, bool]) -> None:
        """Lay out one row per team with its buttons (only when the question's shape changes)."""
        while self.team_grid.count():
            item = self.team_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.team_rows = []
        for row in range(len(self.presenter.teams)):
            name, status = QLabel(), QLabel()
            self.team_grid.addWidget(name, row, 0)
            self.team_grid.addWidget(status, row, 1)
            self.team_rows.append((name, status, self._buttons_for(row, *shape)))
        self._shape = shape

    def _draw_teams(self, choices: tuple[str, ...], recordable: bool) -> None:
        p = self.presenter
        if getattr(self, "_shape", None) != (len(choices), recordable):
            self._build_teams((len(choices), recordable))
        for row, (team, (name, status, _)) in enumerate(zip(p.teams, self.team_rows, strict=True)):
            name.setText(f"{row + 1}. {team.name}")
            font = QFont(name.font())
            font.setBold(row == p.selected_team)
            name.setFont(font)
            name.setStyleSheet("color: #0B57D0;" if row == p.selected_team else "")
            answer = p.answers.get(team.id)
            if answer is None:
                status.setText("—")
                continue
            mark = "✓" if answer.correct else ("½" if answer.fraction > 0 else "✗")
            shown = ""
            if answer.response is not None:
                text = response_text(answer.response)
                shown = letter(choices.index(text)) if text in choices else text
            status.setText(f"{shown} {mark} {answer.points:g}".strip())

    def redraw(self) -> None:
        p = self.presenter
        self._draw_timer()
        slide = p.slide()
        self.status.setText(p.error)
        self.standings.setText(
            "\n".join(
                f"{s.rank}. {s.team.name} — {s.points:g} pts ({s.right} right)" for s in p.standings
            )
        )
        if slide is None:
            return
        mode = {
            "leaderboard": "  ·  audience sees the leaderboard",
            PODIUM: "  ·  finished: audience sees the podium",
        }.get(p.mode, "")
        self.position.setText(f"Question {slide.number} of {slide.total} · {slide.topic}{mode}")
        self.current.setText(slide.prompt)
        self.choices.setText("\n".join(f"{letter(i)}. {c}" for i, c in enumerate(slide.choices)))
        seen = "shown to the room" if p.revealed else "hidden from the room"
        self.answer.setText(f"Answer ({seen}): {slide.answer}")
        self.explanation.setText(f"{slide.explanation}\nSource: {slide.source}")
        upcoming = p.slide(p.position + 1)
        self.upcoming.setText(upcoming.prompt if upcoming else "(this is the last question)")
        self._draw_teams(slide.choices, slide.recordable)

    def show_results(self) -> None:
        from trainer.ui.workshop.results_view import ResultsDialog

        self.results = ResultsDialog(self.presenter.session, self)
        self.results.show()

    # -- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and self.toggle_console is not None:
            self.toggle_console()
        elif not handle_key(self.presenter, event.key()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.pause()
        super().closeEvent(event)
