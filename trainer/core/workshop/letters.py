"""Option letters, the one way choices are named on paper, on the screens and in keys.

Choices are lettered A to Z, then AA, AB… AZ, BA… (as spreadsheet columns), so a
question may have any number of them. Keys record only A to Z (:data:`KEY_LETTERS`).
"""

from __future__ import annotations

KEY_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""The single letters, in order (a facilitator's keys record these)."""


def option_letter(index: int) -> str:
    """The letter(s) of choice ``index`` (0-based): 0 -> A, 25 -> Z, 26 -> AA, 27 -> AB."""
    if index < 0:
        raise ValueError(f"no letter for choice {index}")
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = KEY_LETTERS[rest] + letters
    return letters
