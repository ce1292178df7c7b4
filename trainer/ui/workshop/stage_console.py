"""The facilitator's console (a passive view): the current question with its right
answer, the next question, the timer, one row per team with its recorded answer and
right/wrong buttons, the keys that work now (``show_keys``: letters are answers while a
team is picked) and the controls with their keys.

Buttons never take the keyboard focus, so every key reaches the presenter
(``key_pressed``); the buttons emit the same commands (``command``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import plain_label, resize_within_screen, scale_font, wrapping_label
from trainer.ui.workshop.live_panels import PhonePanel
from trainer.ui.workshop.live_values import JoinInfo, PhoneBar, PhoneRow
from trainer.ui.workshop.stage_slides import Slide, letter


@dataclass(frozen=True)
class TeamLine:
    """One team's row: its key, name, recorded answer for this question, total points."""

    key: int
    name: str
    answer: str
    verdict: str
    """"right", "wrong", "partly" or "" (no answer yet)."""
    points: str


class ConsoleWindow(QWidget):
    """The facilitator's window."""

    key_pressed = Signal(QKeyEvent)
    command = Signal(str)
    mark_requested = Signal(int, float)  # team index (0-based), fraction
    closed = Signal()
    rename_requested = Signal(int, str)  # phone mode: participant number, new name
    remove_requested = Signal(int)
    reattach_requested = Signal(int)
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Workshop — console"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = plain_label()
        scale_font(self.title, 1.3, bold=True)
        self.position = plain_label()
        scale_font(self.position, 1.2, bold=True)
        self.clock = plain_label()
        scale_font(self.clock, 2.2, bold=True)
        self.state = plain_label()
        scale_font(self.state, 1.1)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.position)
        header.addSpacing(16)
        header.addWidget(self.state)
        header.addSpacing(16)
        header.addWidget(self.clock)

        self.current = wrapping_label()
        scale_font(self.current, 1.3, bold=True)
        self.choices = wrapping_label()
        scale_font(self.choices, 1.1)
        self.answer = wrapping_label()
        scale_font(self.answer, 1.2, bold=True)
        light = self.palette().window().color().lightness() > 127
        self.answer.setStyleSheet("color: #1e6b30;" if light else "color: #7ee787;")
        now = QGroupBox(self.tr("Now"))
        now_box = QVBoxLayout(now)
        for widget in (self.current, self.choices, self.answer):
            now_box.addWidget(widget)
        now_box.addStretch(1)
        self.next_prompt = wrapping_label()
        upcoming = QGroupBox(self.tr("Next"))
        QVBoxLayout(upcoming).addWidget(self.next_prompt)

        self.teams_box = QGroupBox(
            self.tr("Teams: press 1–9, then a letter for the answer (or + right, − wrong)")
        )
        self.teams_grid = QGridLayout(self.teams_box)
        self.team_widgets: list[list[QWidget]] = []
        self.selected = -1

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for name, text in (
            ("start", self.tr("Start (S)")),
            ("pause", self.tr("Pause (Space)")),
            ("reveal", self.tr("Reveal (R)")),
            ("previous", self.tr("Previous (P)")),
            ("next", self.tr("Next (N)")),
            ("board", self.tr("Leaderboard (L)")),
            ("hide", self.tr("Hide console (H)")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, n=name: self.command.emit(n))
            controls.addWidget(button)
            self.buttons[name] = button
        self.keys = wrapping_label()
        self.keys.setAccessibleName(self.tr("Keys"))
        scale_font(self.keys, 1.05, bold=True)
        self.message = wrapping_label()

        self.phones: PhonePanel | None = None
        self.now_box, self.upcoming_box = now, upcoming
        layout = self.column = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(now, 3)
        layout.addWidget(upcoming, 1)
        layout.addWidget(self.teams_box, 2)
        layout.addWidget(self.keys)
        layout.addWidget(self.message)
        layout.addLayout(controls)
        resize_within_screen(self, 1000, 720)

    # -- showing -----------------------------------------------------------------
    def show_slide(self, title: str, slide: Slide, upcoming: Slide | None) -> None:
        self.title.setText(title)
        self.position.setText(
            self.tr("Question {n} of {total}").format(n=slide.number, total=slide.total)
        )
        self.current.setText(slide.prompt)
        lines = [f"{n}. {left}" for n, left in enumerate(slide.lefts, 1)]
        lines += [f"{letter(i)}  {c}" for i, c in enumerate(slide.choices)]
        self.choices.setText("\n".join(lines))
        self.choices.setVisible(bool(lines))
        self.answer.setText(self.tr("Right answer: {answer}").format(answer=slide.answer))
        self.next_prompt.setText(
            upcoming.prompt if upcoming is not None else self.tr("(this is the last question)")
        )

    def show_state(self, text: str) -> None:
        self.state.setText(text)

    def show_countdown(self, seconds: int | None) -> None:
        if seconds is None:
            self.clock.setText("")
        else:
            self.clock.setText(f"{max(0, seconds) // 60}:{max(0, seconds) % 60:02d}")

    def _build_rows(self, count: int) -> None:
        for old_row in self.team_widgets:
            for widget in old_row:
                self.teams_grid.removeWidget(widget)
                widget.deleteLater()
        self.team_widgets = []
        for i in range(count):
            name, answer, points = plain_label(), plain_label(), plain_label()
            right = QPushButton(self.tr("✓ Right"))
            wrong = QPushButton(self.tr("✗ Wrong"))
            for button, fraction in ((right, 1.0), (wrong, 0.0)):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(
                    lambda _c=False, t=i, f=fraction: self.mark_requested.emit(t, f)
                )
            row: list[QWidget] = [name, answer, points, right, wrong]
            for c, widget in enumerate(row):
                self.teams_grid.addWidget(widget, i, c)
            self.teams_grid.setColumnStretch(1, 1)
            self.team_widgets.append(row)

    def set_teams(self, lines: Sequence[TeamLine]) -> None:
        """Fill the team rows (built once; later calls update the texts)."""
        if len(self.team_widgets) != len(lines):
            self._build_rows(len(lines))
        verdicts = {
            "right": self.tr("right"),
            "wrong": self.tr("wrong"),
            "partly": self.tr("partly right"),
        }
        for i, (line, row) in enumerate(zip(lines, self.team_widgets, strict=True)):
            name, answer, points = row[0], row[1], row[2]
            assert isinstance(name, QLabel) and isinstance(answer, QLabel)
            assert isinstance(points, QLabel)
            marker = "▶ " if i == self.selected else ""
            name.setText(f"{marker}{line.key}  {line.name}")
            font = name.font()
            font.setBold(i == self.selected)
            name.setFont(font)
            name.setMinimumWidth(name.sizeHint().width())  # bold when picked: never clipped
            answer.setText(
                f"{line.answer}  ({verdicts[line.verdict]})" if line.verdict else self.tr("—")
            )
            points.setText(self.tr("{points} pts").format(points=line.points))
            # the buttons stay out of Tab (letters and Space are the console's commands),
            # but a screen reader names each with its team
            row[3].setAccessibleName(self.tr("Mark {team} right").format(team=line.name))
            row[4].setAccessibleName(self.tr("Mark {team} wrong").format(team=line.name))

    def show_keys(self, text: str) -> None:
        """The keys that work now (they change while a team is picked)."""
        self.keys.setText(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- phone mode (see :mod:`.live_panels`) ----------------------------------------
    def phone_panel(self) -> PhonePanel:
        """The participants' panel, in place of the teams (made on first use)."""
        if self.phones is None:
            panel = self.phones = PhonePanel(self)
            for mine, theirs in (
                (panel.rename_requested, self.rename_requested),
                (panel.remove_requested, self.remove_requested),
                (panel.reattach_requested, self.reattach_requested),
                (panel.lock_requested, self.lock_requested),
            ):
                mine.connect(theirs)
            # the question on the left, the participants on the right (no teams)
            left = QVBoxLayout()
            for widget, stretch in ((self.now_box, 3), (self.upcoming_box, 1)):
                self.column.removeWidget(widget)
                left.addWidget(widget, stretch)
            self.column.removeWidget(self.teams_box)
            self.teams_box.hide()
            row = QHBoxLayout()
            row.addLayout(left, 1)
            row.addWidget(panel, 1)
            self.column.insertLayout(1, row, 5)
        return self.phones

    def show_join(self, info: JoinInfo) -> None:
        self.phone_panel().show_join(info)

    def show_lobby(self, title: str, first: Slide | None) -> None:
        """Before the first question: the phones join."""
        self.title.setText(title)
        self.position.setText(self.tr("Lobby"))
        self.current.setText(self.tr("Phones are joining. Press N for the first question."))
        self.choices.hide()
        self.answer.setText("")
        self.next_prompt.setText(first.prompt if first is not None else "")

    def show_phones(
        self, rows: Sequence[PhoneRow], answered: str, waiting: str, locked: bool
    ) -> None:
        self.phone_panel().show_phones(rows, answered, waiting, locked)

    def show_distribution(self, bars: Sequence[PhoneBar]) -> None:
        self.phone_panel().show_distribution(bars)

    def show_reattach(self, name: str, link: str, qr_png: bytes) -> None:
        self.phone_panel().show_reattach(name, link, qr_png)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
