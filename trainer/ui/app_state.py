"""What one window has loaded and who is learning, shared by its presenters.

Plain Python, read and changed on the UI thread only. The loading sets ``loaded``,
choosing a profile sets ``learner_id``; presenters read them when a screen is asked
for. Before a restore or a recovery replaces the progress database, the presenters
that hold part of it (a running quiz, a workshop) are told through
:meth:`progress_replaced`, so that nothing is written into the replaced data.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.data_folder import Loaded
    from trainer.core.overview import Overview
    from trainer.core.study import StudyFilter


def _none_left_out(_learner: int, _shipped: set[str]) -> Collection[str]:
    return ()


class AppState:
    """The loaded banks and profiles, the learner, and who to tell of a restore."""

    def __init__(
        self, banks_left_out: Callable[[int, set[str]], Collection[str]] = _none_left_out
    ) -> None:
        self.banks_left_out = banks_left_out
        """The shipped banks a learner left out at the first run (``Preferences``)."""
        self.loaded: Loaded | None = None
        self.learner_id: int | None = None
        self.unfinished_quizzes: list[int] = []
        """The learner's quizzes that can be resumed, oldest first (filled with Home)."""
        self._on_replaced: list[Callable[[], None]] = []

    @property
    def overview(self) -> Overview | None:
        return None if self.loaded is None else self.loaded.overview

    def bank_titles(self) -> dict[str, str]:
        overview = self.overview
        return {b.bank_id: b.title for b in overview.banks} if overview else {}

    def chosen_banks(self) -> tuple[str, ...]:
        """The learner's banks: every loaded bank but those left out at the first run, so
        a bank added later (a user's own bank) is in."""
        if self.learner_id is None or self.loaded is None:
            return ()
        sources = self.loaded.sources
        shipped = {b for b, source in sources.items() if source == "shipped"}
        left_out = self.banks_left_out(self.learner_id, shipped)
        return tuple(b.bank_id for b in self.loaded.overview.banks if b.bank_id not in left_out)

    def study_filter(self) -> StudyFilter | None:
        """What Study shows: None for every bank, else the chosen ones."""
        chosen = set(self.chosen_banks())
        loaded = set(self.bank_titles())
        if not chosen or loaded <= chosen:
            return None
        from trainer.core.study import StudyFilter

        return StudyFilter(banks=frozenset(chosen & loaded))

    # -- the progress database replaced ----------------------------------------------
    def when_progress_replaced(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` before a restore or a recovery replaces the progress."""
        self._on_replaced.append(callback)

    def progress_replaced(self) -> None:
        """The progress is about to be replaced: whoever holds part of it lets go."""
        for callback in list(self._on_replaced):
            callback()
