"""The console's key map: what a key does, given whether a letter names one of the
question's choices for the team picked (see :mod:`trainer.ui.workshop.stage`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from trainer.ui.workshop.stage_slides import ANSWER_KEYS

ALWAYS_KEYS = {
    Qt.Key.Key_Space: "pause",
    Qt.Key.Key_Right: "next",
    Qt.Key.Key_Left: "previous",
}
"""Keys that are commands whatever is picked (Esc too: it drops the team picked)."""
LETTER_COMMANDS = {
    Qt.Key.Key_S: "start",
    Qt.Key.Key_R: "reveal",
    Qt.Key.Key_N: "next",
    Qt.Key.Key_P: "previous",
    Qt.Key.Key_L: "board",
    Qt.Key.Key_H: "hide",
}
"""Letters that are commands unless a team is picked and the letter names a choice."""
PHONE_COMMANDS = {**LETTER_COMMANDS, Qt.Key.Key_J: "lock"}
"""Phone mode: letters are always commands (the phones answer); J locks joining."""

KeyAction = tuple[str, str | int | float]
"""("command", name), ("drop", 0), ("letter", index), ("team", index) or ("mark", 1.0/0.0)."""


def phone_key_action(key: Qt.Key) -> KeyAction | None:
    """What ``key`` does in phone mode: only commands (no team to pick, nothing to mark)."""
    if key in ALWAYS_KEYS:
        return "command", ALWAYS_KEYS[key]
    if key in PHONE_COMMANDS:
        return "command", PHONE_COMMANDS[key]
    return None


def key_action(key: Qt.Key, letter_is_answer: Callable[[int], bool]) -> KeyAction | None:
    """What ``key`` does now; ``None`` for a key that does nothing here."""
    index = key.value - Qt.Key.Key_A.value  # 0 for A when a letter
    is_letter = 0 <= index < len(ANSWER_KEYS)
    if key in ALWAYS_KEYS:
        return "command", ALWAYS_KEYS[key]
    if key == Qt.Key.Key_Escape:
        return "drop", 0
    if is_letter and letter_is_answer(index):
        return "letter", index
    if key in LETTER_COMMANDS:
        return "command", LETTER_COMMANDS[key]
    if Qt.Key.Key_1.value <= key.value <= Qt.Key.Key_9.value:
        return "team", key.value - Qt.Key.Key_1.value
    if is_letter:
        return "letter", index  # answer_letter says what is missing (a team, a choice)
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        return "mark", 1.0
    if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        return "mark", 0.0
    return None
