"""The phone game's parts of the workshop windows (passive views): on the console, the
participants with rename / remove / new device, the lock and who answered; on the
audience window, how to join (address, room code, a big QR code), the answer
distribution as a bar chart drawn with ``QPainter``, and the team standings beside the
leaderboard and podium.

Every text from a phone is shown as plain text (never HTML).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.widgets.common import plain_label, scale_font, wrapping_label
from trainer.ui.workshop.live_values import JoinInfo, PhoneBar, PhoneRow

RIGHT = "#7ee787"
OTHER = "#79c0ff"
TEXT = "#f5f5f5"


def pixmap_of(png: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    return pixmap


def _qr_label(png: bytes, side: int) -> QLabel:
    label = QLabel()
    label.setPixmap(
        pixmap_of(png).scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
        )
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class PhonePanel(QGroupBox):
    """The console's participants: who joined, who answered, and what to do with them."""

    rename_requested = Signal(int, str)
    remove_requested = Signal(int)
    reattach_requested = Signal(int)
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phones"), parent)
        self.join = wrapping_label(selectable=True)
        scale_font(self.join, 1.0, bold=True)
        self.note = wrapping_label()
        self.note.hide()
        self.answered = wrapping_label()
        scale_font(self.answered, 1.1, bold=True)
        self.waiting = wrapping_label()
        self.bars = wrapping_label()
        self.people = QListWidget()
        self.people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.people.setAccessibleName(self.tr("Participants"))
        self.lock = QCheckBox(self.tr("Lock joining (J)"))
        self.lock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock.clicked.connect(lambda _c=False: self.lock_requested.emit())
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Rename…"), self._rename),
            (self.tr("Remove"), lambda: self._chosen(self.remove_requested)),
            (self.tr("New device…"), lambda: self._chosen(self.reattach_requested)),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        self.reattach = wrapping_label(selectable=True)
        self.reattach_qr = QLabel()
        link = QHBoxLayout()
        link.addWidget(self.reattach_qr)
        link.addWidget(self.reattach, 1)
        layout = QVBoxLayout(self)
        for widget in (self.join, self.note, self.answered, self.waiting, self.bars):
            layout.addWidget(widget)
        layout.addWidget(self.people, 1)
        layout.addLayout(actions)
        layout.addWidget(self.lock)
        layout.addLayout(link)
        self.rows: list[PhoneRow] = []

    def show_join(self, info: JoinInfo) -> None:
        text = self.tr("Join at {url} · room code {code}").format(url=info.url, code=info.code)
        self.join.setText(text)
        self.note.setText(info.note)
        self.note.setVisible(bool(info.note))

    def show_phones(
        self, rows: Sequence[PhoneRow], answered: str, waiting: str, locked: bool
    ) -> None:
        chosen = self.chosen_number()
        self.rows = list(rows)
        self.answered.setText(answered)
        self.waiting.setText(waiting)
        self.waiting.setVisible(bool(waiting))
        self.lock.setChecked(locked)
        self.people.clear()
        for row in rows:
            mark = "✓ " if row.answered else "   "
            team = f" — {row.team}" if row.team else ""
            points = self.tr("  ({points} pts)").format(points=row.points) if row.points else ""
            gone = self.tr("  [removed]") if row.removed else ""
            item = QListWidgetItem(f"{mark}{row.number}. {row.name}{team}{points}{gone}")
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            if row.removed:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addItem(item)
            if row.number == chosen:
                self.people.setCurrentItem(item)

    def show_distribution(self, bars: Sequence[PhoneBar]) -> None:
        lines = [f"{b.count}  {'✓ ' if b.correct else ''}{b.label}" for b in bars]
        self.bars.setText("\n".join(lines))
        self.bars.setVisible(bool(lines))

    def show_reattach(self, name: str, link: str, qr_png: bytes) -> None:
        self.reattach.setText(
            self.tr("New device for {name}: scan or open {link}").format(name=name, link=link)
        )
        self.reattach_qr.setPixmap(
            pixmap_of(qr_png).scaled(
                160, 160, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip

    def chosen_number(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _chosen(self, signal: SignalInstance) -> None:
        number = self.chosen_number()
        if number is not None:
            signal.emit(number)

    def _rename(self) -> None:
        number = self.chosen_number()
        row = next((r for r in self.rows if r.number == number), None)
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name for {name}:").format(name=row.name)
        )
        if ok and name.strip():
            self.rename_requested.emit(row.number, name)


class JoinPage(QWidget):
    """The audience's lobby: the QR code big, the address and the room code beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: #ffffff; padding: 12px;")
        self.qr.setAccessibleName(self.tr("QR code of the join address"))
        self.url = plain_label()
        self.code = plain_label()
        self.joined = plain_label()
        self.note = plain_label()
        self.url.setWordWrap(True)
        self.note.setWordWrap(True)
        self.png = b""
        text = QVBoxLayout()
        self.heading = plain_label(self.tr("Join on your phone"))
        text.addStretch(1)
        for label in (self.heading, self.url, self.code, self.joined, self.note):
            text.addWidget(label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.qr, 1)
        layout.addSpacing(32)
        layout.addLayout(text, 1)

    def show_join(self, info: JoinInfo, joined: int, point: float) -> None:
        """``point``: the body text size, in points, for this window."""
        self.png = info.qr_png
        self.url.setText(info.url)
        self.code.setText(self.tr("Room code: {code}").format(code=info.code))
        self.joined.setText(self.tr("%n joined", "", joined))
        self.note.setText(info.note)
        self.note.setVisible(bool(info.note))
        for label, factor in ((self.heading, 1.3), (self.url, 1.0), (self.code, 1.6)):
            font = QFont(label.font())
            font.setPointSizeF(point * factor)
            font.setBold(True)
            label.setFont(font)
        self.joined.setFont(self.url.font())
        self._fit_qr()

    def _fit_qr(self) -> None:
        if not self.png:
            return
        side = max(120, min(self.width() // 2, self.height()) - 24)
        self.qr.setPixmap(
            pixmap_of(self.png).scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_qr()
        super().resizeEvent(event)


class TeamBoard(QWidget):
    """The teams' standings on the audience's board: a heading, one row a team (rank,
    name, points) and how a team's score is formed. Hidden when there are no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBoard")
        self.heading = plain_label(self.tr("Teams"))
        self.heading.setProperty("role", "accent")
        self.grid = QGridLayout()
        self.note = plain_label()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.cells: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.hide()

    def show_teams(self, rows: Sequence[tuple[str, str, str]], note: str, point: float) -> None:
        """``rows``: (rank, team, points); ``point``: a row's text size in points."""
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells = []
        self.setVisible(bool(rows))
        self.note.setText(note)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                label = plain_label(text)
                label.setProperty("role", "accent" if c == 0 else "")
                if c == 2:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(label, r, c)
                label.show()  # shown with the board, whether or not it is on screen yet
                self.cells.append(label)
        self.set_point(point)

    def set_point(self, point: float) -> None:
        """Size the type for the window (a row's size in points), as it is resized."""
        self.heading.setFont(_font(self.heading, point * 1.1, bold=True))
        self.note.setFont(_font(self.note, point * 0.6, bold=False))
        self.grid.setHorizontalSpacing(round(point))
        for i, cell in enumerate(self.cells):
            cell.setFont(_font(cell, point, bold=i % 3 != 2))


def _font(label: QLabel, point: float, *, bold: bool) -> QFont:
    font = QFont(label.font())
    font.setPointSizeF(point)
    font.setBold(bold)
    return font


class BarChart(QWidget):
    """The answer distribution: one horizontal bar per option, the right ones green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[PhoneBar] = []
        self.setMinimumHeight(80)

    def set_bars(self, bars: Sequence[PhoneBar]) -> None:
        self.bars = list(bars)
        self.setVisible(bool(bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Each option on a line of its own, its bar under it with the count."""
        if not self.bars:
            return
        painter = QPainter(self)
        row_h = self.height() / len(self.bars)
        font = QFont(self.font())
        font.setPixelSize(max(12, min(48, int(row_h * 0.36))))
        font.setBold(True)
        painter.setFont(font)
        text_h = painter.fontMetrics().height()
        bar_h = max(6.0, row_h - text_h - row_h * 0.15)
        count_w = painter.fontMetrics().horizontalAdvance("0000")
        bar_w = max(1.0, self.width() - count_w - 12)
        most = max(1, max(b.count for b in self.bars))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i, bar in enumerate(self.bars):
            top = i * row_h
            painter.setPen(QColor(RIGHT if bar.correct else TEXT))
            label = painter.fontMetrics().elidedText(
                ("✓ " if bar.correct else "") + bar.label,
                Qt.TextElideMode.ElideRight,
                self.width(),
            )
            painter.drawText(QRectF(0, top, self.width(), text_h), flags, label)
            width = bar_w * bar.count / most
            colour = QColor(RIGHT if bar.correct else OTHER)
            bar_top = top + text_h
            painter.fillRect(QRectF(0, bar_top, max(width, 4.0), bar_h), colour)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(width + 10, bar_top, count_w, bar_h), flags, str(bar.count))
        painter.end()
