"""The audience window: what the room sees on the projector (a passive view).

Large type (the question at 40 pt on a 1080-line screen, scaled with the window's
height), light text on a dark background, options lettered A, B, C… (more than
eight in two columns, A… down the left, then the right), a big countdown; after the
reveal the right answer, the explanation and its source; a leaderboard between
questions and a podium at the end. Keys typed here are handed to the presenter
(``key_pressed``), so the workshop runs with the console hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.workshop.live_panels import BarChart, JoinPage, TeamBoard
from trainer.ui.workshop.live_values import JoinInfo, PhoneBar
from trainer.ui.workshop.stage_slides import Slide, letter

BACKGROUND = "#0d1117"
TEXT = "#f5f5f5"
MUTED = "#b8c0cc"
ACCENT = "#ffd54f"
RIGHT_BG = "#1e7b34"
DIMMED = "#7d8590"
WARN = "#ff8a65"

STYLE = f"""
QWidget#audience {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="accent"] {{ color: {ACCENT}; }}
QLabel[role="letter"] {{ color: {BACKGROUND}; background: {ACCENT}; border-radius: 8px; }}
QLabel[role="letter"][state="right"] {{ background: #7ee787; }}
QLabel[role="letter"][state="dim"] {{ background: {DIMMED}; }}
QLabel[role="choice"][state="right"] {{ color: #ffffff; background: {RIGHT_BG};
    border-radius: 8px; }}
QLabel[role="choice"][state="dim"] {{ color: {DIMMED}; }}
QLabel[role="clock"][state="low"] {{ color: {WARN}; }}
QLabel[role="clock"][state="paused"] {{ color: {MUTED}; }}
QWidget#answerPanel {{ background: #1a2430; border-left: 10px solid #7ee787; }}
"""

# point sizes on a 1080-line screen; scaled with the window (see scale())
SIZES = {
    "prompt": 40,
    "choice": 32,
    "letter": 32,
    "hint": 24,
    "position": 24,
    "clock": 64,
    "answer": 34,
    "explanation": 24,
    "source": 20,
    "title": 48,
    "row": 36,
    "podium": 60,
    "message": 32,
}
MIN_PROMPT = 36
"""The question's smallest size (points at 1080 lines), even on a long slide."""
MIN_FIT = 0.55
"""The smallest share of the normal sizes a long slide is shrunk to."""
TWO_COLUMNS_FROM = 9
"""Choices from which they are laid out in two columns (short options, more type)."""


def _label(role: str, size: str, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setProperty("typesize", size)
    label.setProperty("bold", bold)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _restyle(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AudienceWindow(QWidget):
    """The projected window. Pages: the question, a board (leaderboard or podium), a message."""

    key_pressed = Signal(QKeyEvent)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Workshop — audience"))
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._labels: list[QLabel] = []
        self.slide: Slide | None = None
        self.fit = 1.0

        self.position = self._add(_label("muted", "position", wrap=False))
        self.clock = self._add(_label("clock", "clock", bold=True, wrap=False))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.clock)

        self.prompt = self._add(_label("", "prompt", bold=True))
        self.hint = self._add(_label("muted", "hint"))
        self.choices_box = QWidget()
        self.choices_grid = QGridLayout(self.choices_box)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 1
        self.letter_labels: list[QLabel] = []
        self.choice_labels: list[QLabel] = []
        self.answer_panel = QWidget()
        self.answer_panel.setObjectName("answerPanel")
        self.answer_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.answer = self._add(_label("accent", "answer", bold=True))
        self.explanation = self._add(_label("", "explanation"))
        self.source = self._add(_label("muted", "source"))
        panel = QVBoxLayout(self.answer_panel)
        panel.setContentsMargins(28, 12, 16, 12)
        for widget in (self.answer, self.explanation, self.source):
            panel.addWidget(widget)

        question_page = QWidget()
        page = QVBoxLayout(question_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.prompt)
        page.addWidget(self.hint)
        page.addWidget(self.choices_box)
        page.addStretch(1)
        self.bars = BarChart()  # phone mode, after the reveal
        self.bars.hide()
        page.addWidget(self.bars, 2)
        page.addWidget(self.answer_panel)

        self.board_title = self._add(_label("accent", "title", bold=True, wrap=False))
        self.board_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.board_grid = QGridLayout()
        self.board_grid.setColumnStretch(0, 1)  # rows centred: stretch on both sides
        self.board_grid.setColumnStretch(4, 1)
        self.board_labels: list[QLabel] = []
        board_page = QWidget()
        board = QVBoxLayout(board_page)
        board.addWidget(self.board_title)
        board.addSpacing(24)
        self.team_board = TeamBoard()  # phone mode with teams: beside the participants
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(self.board_grid, 1)
        columns.addWidget(self.team_board)
        board.addLayout(columns)
        board.addStretch(1)

        self.message = self._add(_label("", "message", bold=True))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(question_page)
        self.pages.addWidget(board_page)
        self.pages.addWidget(self.message)
        self.join_page = JoinPage()  # phone mode: the lobby
        self.pages.addWidget(self.join_page)
        layout = QVBoxLayout(self)
        # the window takes the projector's size, whatever the slide: the type is fitted
        # to the window (see _resize_type), never the window to the type
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.margins = layout
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.show_message(self.tr("Workshop"))
        self.resize(1280, 720)

    # -- sizes -------------------------------------------------------------------
    def _add(self, label: QLabel) -> QLabel:
        self._labels.append(label)
        self._size(label)
        return label

    def scale(self) -> float:
        """Type scale: 1.0 on a 1920×1080 screen, less on smaller ones."""
        return max(0.4, min(self.height() / 1080, self.width() / 1440))

    def point_size(self, size: str, fit: float = 1.0) -> float:
        """``size`` at this window's scale, shrunk by ``fit`` when a slide is too long
        (the question itself never below 36 pt at 1080 lines)."""
        floor = MIN_PROMPT if size == "prompt" else 0.0
        return max(floor, SIZES[size] * fit) * self.scale()

    def _size(self, label: QLabel, fit: float = 1.0) -> None:
        font = QFont(label.font())
        font.setPointSizeF(self.point_size(str(label.property("typesize")), fit))
        font.setBold(bool(label.property("bold")))
        label.setFont(font)

    def _needed(self) -> tuple[int, int]:
        """(height the question page needs at the window's width, height it has), measured
        label by label with their fonts (layouts cache their sizes too long for this)."""
        margins = self.margins.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        have = self.height() - margins.top() - margins.bottom()
        have -= self.clock.sizeHint().height() + self.margins.spacing()
        if self.pages.currentIndex() != 0:
            return 0, have
        page = self.pages.currentWidget()
        page_layout = page.layout() if page is not None else None
        spacing = page_layout.spacing() if page_layout is not None else 0
        need = self.prompt.heightForWidth(width)
        if self.hint.isVisibleTo(self):
            need += spacing + self.hint.heightForWidth(width)
        grid = self.choices_grid
        gaps = (self.columns - 1) * (grid.columnMinimumWidth(2) + 2 * grid.horizontalSpacing())
        column_width = (width - gaps) // self.columns
        heights: dict[int, int] = {}  # grid row -> its tallest cell
        for badge, choice in zip(self.letter_labels, self.choice_labels, strict=True):
            row = int(grid.getItemPosition(grid.indexOf(choice))[0])  # type: ignore[index]
            text_width = column_width - badge.width() - grid.horizontalSpacing()
            cell = max(badge.sizeHint().height(), choice.heightForWidth(text_width))
            heights[row] = max(heights.get(row, 0), cell)
        if heights:
            need += spacing + sum(heights.values()) + (len(heights) - 1) * grid.verticalSpacing()
        if self.answer_panel.isVisibleTo(self):
            panel_layout = self.answer_panel.layout()
            assert panel_layout is not None
            inner = panel_layout.contentsMargins()
            inner_width = width - inner.left() - inner.right()
            need += spacing + inner.top() + inner.bottom()
            for label in (self.answer, self.explanation, self.source):
                if label.isVisibleTo(self):
                    need += label.heightForWidth(inner_width) + spacing
        return need, have

    def _resize_type(self) -> None:
        s = self.scale()
        margin = round(48 * s)
        self.margins.setContentsMargins(margin, round(24 * s), margin, margin)
        self.choices_grid.setHorizontalSpacing(round(24 * s))
        self.choices_grid.setColumnMinimumWidth(2, round(48 * s) if self.columns > 1 else 0)
        self.board_grid.setHorizontalSpacing(round(60 * s))
        self.team_board.set_point(self.point_size("row"))
        for label in self.letter_labels:
            label.setFixedWidth(round(64 * s))
        self.fit = 1.0
        while True:  # shrink a long slide until it fits (not below MIN_FIT)
            self.choices_grid.setVerticalSpacing(round(14 * s * self.fit))
            for label in self._labels:
                self._size(label, self.fit)
            need, have = self._needed()
            if need <= have or self.fit <= MIN_FIT:
                break
            self.fit = max(MIN_FIT, self.fit - 0.07)
        self.margins.activate()  # lay out now with the new sizes (not at the next event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._resize_type()
        super().resizeEvent(event)

    # -- showing -----------------------------------------------------------------
    def _clear(self, grid: QGridLayout, labels: list[QLabel]) -> None:
        for label in labels:
            grid.removeWidget(label)
            self._labels.remove(label)
            label.deleteLater()
        labels.clear()

    def show_slide(self, slide: Slide, revealed: bool) -> None:
        """The question with its choices; with ``revealed``, the answer panel too."""
        self.slide = slide
        self.position.setText(
            self.tr("Question {n} of {total}").format(n=slide.number, total=slide.total)
        )
        self.prompt.setText(slide.prompt)
        self.hint.setText(slide.hint)
        self.hint.setVisible(bool(slide.hint))
        self._clear(self.choices_grid, self.letter_labels)
        self._clear(self.choices_grid, self.choice_labels)
        row = 0
        for n, left in enumerate(slide.lefts, 1):
            self._choice_row(row, 0, str(n), left)
            row += 1
        count = len(slide.choices)
        self.columns = 2 if not slide.lefts and count >= TWO_COLUMNS_FROM else 1
        rows = -(-count // self.columns)  # A… down the first column, then the second
        for i, choice in enumerate(slide.choices):
            self._choice_row(row + i % rows, i // rows, letter(i), choice)
        self.choices_grid.setColumnStretch(4, 1 if self.columns > 1 else 0)
        self.choices_box.setVisible(row + count > 0)
        self.bars.set_bars(())
        self.answer.setText(self.tr("Answer: {answer}").format(answer=slide.answer))
        self.explanation.setText(slide.explanation)
        self.explanation.setVisible(bool(slide.explanation))
        self.source.setText(self.tr("Source: {source}").format(source=slide.source))
        self.source.setVisible(bool(slide.source))
        self.pages.setCurrentIndex(0)
        self.set_revealed(revealed)

    def _choice_row(self, row: int, column: int, key: str, text: str) -> None:
        badge = self._add(_label("letter", "letter", bold=True, wrap=False))
        badge.setText(key)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choice = self._add(_label("choice", "choice"))
        choice.setText(text)
        choice.setContentsMargins(8, 2, 8, 2)
        first = 3 * column  # grid columns: badge, text, gap, badge, text
        self.choices_grid.addWidget(badge, row, first, Qt.AlignmentFlag.AlignTop)
        self.choices_grid.addWidget(choice, row, first + 1)
        self.choices_grid.setColumnStretch(1, 1)
        self.letter_labels.append(badge)
        self.choice_labels.append(choice)

    def set_revealed(self, revealed: bool) -> None:
        """Show the answer panel and light the right choices (dimming the others)."""
        slide = self.slide
        self.answer_panel.setVisible(revealed and slide is not None and bool(slide.answer))
        offset = len(slide.lefts) if slide else 0
        right = set(slide.right) if slide else set()
        pairs = zip(self.letter_labels, self.choice_labels, strict=True)
        for i, (badge, choice) in enumerate(pairs):
            index = i - offset
            state = ""
            if revealed and right and index >= 0:
                state = "right" if index in right else "dim"
            _restyle(badge, state)
            _restyle(choice, state)
        self._resize_type()  # the answer panel takes room: fit the slide again

    def show_countdown(self, seconds: int | None, paused: bool = False) -> None:
        """Seconds left (``None``: no clock shown)."""
        if seconds is None:
            self.clock.setText("")
            return
        text = self.tr("Time!") if seconds <= 0 else f"{seconds // 60}:{seconds % 60:02d}"
        self.clock.setText(text)
        _restyle(self.clock, "paused" if paused else ("low" if seconds <= 5 else ""))

    def show_board(
        self,
        title: str,
        rows: Sequence[tuple[str, str, str]],
        final: bool = False,
        teams: Sequence[tuple[str, str, str]] = (),
        note: str = "",
    ) -> None:
        """A leaderboard or (``final``) the podium: rows of (rank, team, points); in phone
        mode the participants, and beside them the ``teams`` with a ``note`` saying how
        a team's score is formed."""
        if final:
            self.position.setText("")
        self.board_title.setText(title)
        self._clear(self.board_grid, self.board_labels)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                role = "accent" if c == 0 else ""
                # the podium is read from the back; beside the teams it needs the room
                size = "podium" if final and not teams else "row"
                label = self._add(_label(role, size, bold=c != 2, wrap=c == 1))  # long names wrap
                label.setText(text)
                if c == 2:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.board_grid.addWidget(label, r, c + 1)
                self.board_labels.append(label)
        self.pages.setCurrentIndex(1)
        self._resize_type()
        self.team_board.show_teams(teams, note, self.point_size("row"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentIndex(2)

    def show_join(self, info: JoinInfo, joined: int) -> None:
        """Phone mode's lobby: the QR code, the address and the room code."""
        self.position.setText("")
        self.join_page.show_join(info, joined, self.point_size("row"))
        self.pages.setCurrentWidget(self.join_page)

    def show_distribution(self, bars: Sequence[PhoneBar]) -> None:
        """Phone mode, after the reveal: how the room answered, as bars."""
        self.bars.set_bars(bars)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
