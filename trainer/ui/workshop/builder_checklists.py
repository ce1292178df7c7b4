"""Checkable lists for the workshop builder's window (banks, topics, kinds): fill, read, tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def checklist(entries: list[tuple[str, str]], name: str = "") -> QListWidget:
    """A list of ticked entries (key, text); ``name`` is what a screen reader says."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)  # long bank titles wrap instead of being cut
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    refill(widget, entries)
    return widget


def refill(widget: QListWidget, entries: list[tuple[str, str]]) -> None:
    widget.clear()
    for key, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)


def checked(widget: QListWidget) -> tuple[str, ...] | None:
    """The ticked keys; ``()`` when all are ticked (no filter); ``None`` when none are."""
    keys = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
    ticked = tuple(
        k for i, k in enumerate(keys) if widget.item(i).checkState() == Qt.CheckState.Checked
    )
    if not ticked:
        return None
    return () if len(ticked) == len(keys) else ticked


def tick(widget: QListWidget, keys: tuple[str, ...]) -> None:
    """Tick ``keys`` only (all of them when ``keys`` is empty)."""
    for i in range(widget.count()):
        item = widget.item(i)
        on = not keys or item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
