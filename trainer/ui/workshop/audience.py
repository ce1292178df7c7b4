"""The audience window: what the projector shows, readable from the back of a room.

White and yellow on black (contrast 21:1 and 19:1), type sized from the window's height
(the question at 1/14 of it, about 77 px on a 1080p projector), one idea per screen:
the question and its options, then the answer with its explanation and source, the
leaderboard, the podium. It takes the presenter keys too, so one screen is enough.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.ui.workshop.keys import handle_key
from trainer.ui.workshop.presenter import LEADERBOARD, PODIUM, Presenter, letter

BACKGROUND, TEXT, ACCENT, DIM = "#000000", "#FFFFFF", "#FFD400", "#C8C8C8"
MEDALS = {1: "1st", 2: "2nd", 3: "3rd"}


def _label(color: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {color}; background: transparent;")
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


class AudienceWindow(QWidget):
    """The projected screen; redraws from the presenter on every change."""

    def __init__(
        self, presenter: Presenter, on_console_key: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.presenter = presenter
        self.on_console_key = on_console_key
        self.setWindowTitle(f"{presenter.session.workshop.title} — audience")
        self.setStyleSheet(f"background: {BACKGROUND};")
        self.setAutoFillBackground(True)
        self.header = _label(DIM)
        self.timer = _label(ACCENT, bold=True)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.title = _label(TEXT, bold=True)
        self.body = _label(TEXT)
        self.answer = _label(ACCENT, bold=True)
        self.detail = _label(DIM)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.setSpacing(24)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.timer)
        layout.addLayout(top)
        for widget in (self.title, self.body, self.answer, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        presenter.changed.connect(self.redraw)
        presenter.ticked.connect(self._draw_timer)
        self.resize(1280, 720)
        self.redraw()

    # -- layout ---------------------------------------------------------------------------
    def _scale(self) -> None:
        """Size the type from the window's height, shrinking it until everything fits."""
        h, w = max(self.height(), 300), max(self.width() - 120, 300)
        parts = (
            (self.header, 28, False),
            (self.timer, 12, True),
            (self.title, 14, True),
            (self.body, 18, False),
            (self.answer, 16, True),
            (self.detail, 26, False),
        )
        factor = 1.0
        while True:
            used = 60 + 24 * (len(parts) - 1)
            for label, part, bold in parts:
                font = QFont(label.font())
                font.setPixelSize(max(14, h // 48, int(h / part * factor)))  # never below 1/48
                font.setBold(bold)
                label.setFont(font)
                if label is not self.header and label.text():
                    used += label.heightForWidth(w - (260 if label is self.timer else 0))
            if used <= h or factor < 0.45:
                break
            factor *= 0.9
        for label, _, _ in parts:
            label.setVisible(label is self.timer or bool(label.text()))  # no gaps
            label.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scale()
        super().resizeEvent(event)

    def _draw_timer(self) -> None:
        p = self.presenter
        if p.mode != "question" or p.revealed:
            self.timer.setText("")
            return
        state = "" if p.running or p.remaining_ms in (0, p.total_ms) else "  (paused)"
        self.timer.setText("Time!" if p.remaining_ms == 0 else f"{p.seconds_left} s{state}")

    def redraw(self) -> None:
        p = self.presenter
        self._draw_timer()
        for label in (self.answer, self.detail):
            label.setText("")
        color = ACCENT if p.mode == PODIUM else TEXT
        self.title.setStyleSheet(f"color: {color}; background: transparent;")
        if p.mode == LEADERBOARD or p.mode == PODIUM:
            self._draw_standings(p.mode == PODIUM)
        else:
            self._draw_slide()
        self._scale()

    def _draw_slide(self) -> None:
        p = self.presenter
        slide = p.slide()
        if slide is None:
            return
        self.header.setText(f"Question {slide.number} of {slide.total}  ·  {slide.topic}")
        self.title.setText(slide.prompt)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        lines = [f"{letter(i)}.  {c}" for i, c in enumerate(slide.choices)]
        if p.revealed and slide.right:
            # only the right option(s), with their letters: room for the explanation
            self.body.setText("")
            self.answer.setText(
                "\n".join(
                    f"✔ {line}"
                    for line, c in zip(lines, slide.choices, strict=True)
                    if c in slide.right
                )
            )
        else:
            self.body.setText("\n".join(lines))
            if p.revealed:
                self.answer.setText(f"Answer: {slide.answer}")
        if p.revealed:
            self.detail.setText(f"{slide.explanation}\nSource: {slide.source}".strip())

    def _draw_standings(self, podium: bool) -> None:
        p = self.presenter
        self.header.setText(p.session.workshop.title)
        standings = p.session.podium() if podium else p.standings
        self.title.setText("Podium" if podium else "Leaderboard")
        lines = []
        for s in standings:
            place = MEDALS.get(s.rank, f"{s.rank}th") if podium else f"{s.rank}."
            unit = "point" if s.points == 1 else "points"
            lines.append(f"{place}  {s.team.name}  —  {s.points:g} {unit}")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setText("\n".join(lines))

    # -- keys and screens -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F2 and self.on_console_key is not None:
            self.on_console_key()
        elif not handle_key(self.presenter, event.key()):
            super().keyPressEvent(event)

    def show_on_projector(self) -> None:
        """Full screen on the second screen when there is one; a normal window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()
