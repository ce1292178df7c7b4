"""Every Alt+letter on a screen does one thing: no two buttons, labelled inputs, group
boxes or menus of the menu bar share a mnemonic while they are on screen together."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from trainer.ui.app import Session


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def pages(widget: QWidget) -> dict[int, QWidget]:
    """For each stacked widget above ``widget``: the page it sits on."""
    found: dict[int, QWidget] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            found[id(parent)] = child
        child, parent = parent, parent.parentWidget()
    return found


def together(a: QWidget, b: QWidget) -> bool:
    """Whether two widgets can be on screen at once: not on two pages of one stack."""
    pa, pb = pages(a), pages(b)
    return all(pa[key] is pb[key] for key in pa.keys() & pb.keys())


def mnemonics_of(screen: QWidget) -> dict[str, list[QWidget]]:
    found: dict[str, list[QWidget]] = defaultdict(list)
    for widget in screen.findChildren(QWidget):
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            found[letter].append(widget)
    return found


def label(widget: QWidget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined, no-any-return]


def test_no_mnemonic_is_used_twice_on_a_screen(qtbot: QtBot, session: Session) -> None:
    window = session.window
    menus = {
        letter: action.text()
        for action in window.menuBar().actions()
        if (letter := mnemonic(action.text()))
    }
    clashes: dict[str, list[str]] = defaultdict(list)
    for name, screen in window.screens.items():
        for letter, widgets in mnemonics_of(screen).items():
            if letter in menus:
                clashes[name] += [f"{label(w)} / menu {menus[letter]}" for w in widgets]
            clashes[name] += [
                f"{label(a)} / {label(b)}"
                for n, a in enumerate(widgets)
                for b in widgets[n + 1 :]
                if together(a, b)
            ]
    assert {name: found for name, found in clashes.items() if found} == {}


def test_no_mnemonic_is_used_twice_in_a_dialog(qtbot: QtBot, session: Session) -> None:
    """The Backups dialog and the workshop builder have their own Alt+letters."""
    window = session.window
    window.backups_action.trigger()
    backups = session.controller.backups.dialog
    window.workshop_action.trigger()
    builder = session.controller.workshop_builder.view
    assert backups is not None and builder is not None
    clashes = {}
    for name, dialog in (("backups", backups), ("workshop builder", builder)):
        found = [
            f"{label(a)} / {label(b)}"
            for widgets in mnemonics_of(dialog).values()
            for n, a in enumerate(widgets)
            for b in widgets[n + 1 :]
            if together(a, b)
        ]
        if found:
            clashes[name] = found
    backups.close()
    builder.close()
    assert clashes == {}
