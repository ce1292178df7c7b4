"""Every preference kept on this computer, typed, in one place (``settings.ini`` in the
data folder, written by ``QSettings``: through a temporary file and a rename).

What lives where:

* **with the learner, in the database** (so it travels with a backup, a restore and the
  profile): what shapes the learning itself — new items per day, desired retention, the
  hour the study day starts (``Trainer.update_settings``);
* **on this computer, here**: how this screen shows things and what this computer last
  did — text size, colours, when a quiz gives feedback, the window's geometry, the
  profile last used, and the banks a profile left out at its first run on this computer.

Nothing else in the app reads or writes a ``QSettings`` key: a value that is missing or
not understood (an old or hand-edited file) reads as its default.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")
FEEDBACK_MODES = ("immediate", "end")
FONT_SCALES = (50, 300)
"""Smallest and largest text size, in percent."""


def _split(value: object) -> set[str]:
    return {b for b in str(value or "").split(",") if b}


class Preferences:
    """Typed access to ``settings``; every setter writes through at once."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # -- the look ------------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = str(self.settings.value("display/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.settings.setValue("display/theme", value if value in THEMES else "system")

    @property
    def font_scale(self) -> int:
        """The text size in percent (100 when missing or not a number)."""
        try:
            value = int(str(self.settings.value("display/font_scale", 100)))
        except ValueError:
            return 100
        return max(FONT_SCALES[0], min(value, FONT_SCALES[1]))

    @font_scale.setter
    def font_scale(self, value: int) -> None:
        self.settings.setValue(
            "display/font_scale", max(FONT_SCALES[0], min(value, FONT_SCALES[1]))
        )

    @property
    def quiz_feedback(self) -> str:
        """``immediate`` (after each question) or ``end`` (on the results)."""
        value = str(self.settings.value("quiz/feedback", "immediate"))
        return value if value in FEEDBACK_MODES else "immediate"

    @quiz_feedback.setter
    def quiz_feedback(self, value: str) -> None:
        self.settings.setValue("quiz/feedback", value if value in FEEDBACK_MODES else "immediate")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.settings.setValue("window/geometry", value)

    # -- this computer's profiles --------------------------------------------------
    @property
    def current_profile(self) -> int:
        """The profile last used here (0: none yet)."""
        try:
            return int(str(self.settings.value("profile/current", 0)))
        except ValueError:
            return 0

    @current_profile.setter
    def current_profile(self, learner_id: int) -> None:
        self.settings.setValue("profile/current", learner_id)

    def banks_left_out(self, learner_id: int, shipped: set[str]) -> set[str]:
        """The banks the profile left out at its first run here; a bank added later is in.

        Older files kept the banks *ticked* instead: the ``shipped`` ones not ticked were
        the ones left out."""
        key = f"profiles/{learner_id}/banks_left_out"
        if self.settings.contains(key):
            return _split(self.settings.value(key, ""))
        ticked = _split(self.settings.value(f"profiles/{learner_id}/banks", ""))
        return {b for b in shipped if b not in ticked} if ticked else set()

    def set_banks_left_out(self, learner_id: int, banks: list[str]) -> None:
        self.settings.setValue(f"profiles/{learner_id}/banks_left_out", ",".join(banks))

    def sync(self) -> None:
        self.settings.sync()
