"""What the quiz presenter needs of its screens: the quiz page and the results.

``trainer.ui.quiz.QuizScreen`` and ``trainer.ui.results.ResultsScreen`` are the real
ones; the presenter tests (``tests/presenters``) plug in fakes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.ui.results import ResultsData


class QuizView(Protocol):
    """What the presenter needs of the quiz screen (``trainer.ui.quiz.QuizScreen``)."""

    @property
    def submit_requested(self) -> SignalInstance: ...
    @property
    def next_requested(self) -> SignalInstance: ...
    @property
    def skip_requested(self) -> SignalInstance: ...
    @property
    def back_requested(self) -> SignalInstance: ...
    @property
    def finish_requested(self) -> SignalInstance: ...
    def show_question(
        self,
        *,
        position: str,
        done: int,
        total: int,
        meta: str,
        prompt: str,
        instruction: str,
        question: Question,
        seed: int,
        can_go_back: bool,
    ) -> None: ...
    def response(self) -> Any | None: ...
    def set_response(self, response: Any) -> None: ...
    def show_feedback(
        self, verdict: str, expected: str, explanation: str, source: str, good: bool
    ) -> None: ...
    def show_answered(self) -> None: ...
    def set_busy(self, busy: bool) -> None: ...
    def show_countdown(self, text: str, urgent: bool = False) -> None: ...
    def show_message(self, text: str, error: bool = True) -> None: ...
    def confirm(self, title: str, question: str) -> bool: ...


class ResultsView(Protocol):
    """The results screen (``trainer.ui.results.ResultsScreen``)."""

    def show_results(self, data: ResultsData) -> None: ...
