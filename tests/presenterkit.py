"""Driving presenters without widgets: a synchronous worker, a clock the test moves,
signals without Qt, fake views that record what they were told, and a real data_folder
(real banks, a real SQLite file) on a temporary data folder.

    worker = InlineWorker()
    ops = Operations(worker, errors.append)
    presenter = StudyPresenter(FakeStudyView(), ops, data_folder, clock=clock)

``InlineWorker`` runs each job as it is handed over and calls back at once, as the
app's worker would later on the UI thread; ``hold()`` keeps the jobs until
``release()``, to act while an answer is still being recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from trainer.core.data_folder import DataFolder

UI_BANKS = Path(__file__).parent / "ui" / "data"


class InlineWorker:
    """Runs jobs on the calling thread, in order; the worker of the presenter tests."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[..., None]]] = []
        self.holding = False
        self.ran = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if self.holding:
            self.held.append((fn, on_done, on_error))
            return
        self.ran += 1
        try:
            result = fn()
        except Exception as exc:  # as the app's worker does: handed back, never lost
            on_error(exc)
        else:
            on_done(result)

    def hold(self) -> None:
        """Keep the next jobs (as a busy worker would) until :meth:`release`."""
        self.holding = True

    def release(self) -> None:
        """Run the held jobs in order, and any they hand over."""
        self.holding = False
        held, self.held = self.held, []
        for job in held:
            self.run(*job)


class Clock:
    """A monotonic clock in seconds, moved by the test."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeSignal:
    """A view's signal without Qt: ``connect`` and ``emit``."""

    def __init__(self) -> None:
        self.slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self.slots.append(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self.slots):
            slot(*args)


class FakeView:
    """Records every call as ``(method, args)`` in ``calls``; ``busy`` is the last
    ``set_busy``. Subclasses name their signals in ``SIGNALS``."""

    SIGNALS: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.busy = False
        self.busy_seen: list[bool] = []
        for name in self.SIGNALS:
            setattr(self, name, FakeSignal())

    def record(self, method: str, *args: Any) -> None:
        self.calls.append((method, args))

    def last(self, method: str) -> tuple[Any, ...]:
        """The arguments of the last call of ``method``."""
        found = [args for name, args in self.calls if name == method]
        assert found, f"{method} was never called; calls: {[n for n, _a in self.calls]}"
        return found[-1]

    def called(self, method: str) -> int:
        return sum(1 for name, _args in self.calls if name == method)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_seen.append(busy)


class FakeStudyView(FakeView):
    SIGNALS = ("reveal_requested", "rated", "undo_requested")

    def __init__(self) -> None:
        super().__init__()
        self.can_undo = False

    def set_can_undo(self, can_undo: bool) -> None:
        self.can_undo = can_undo

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.record("show_progress", text, done, total)

    def show_question(self, meta: str, question: str) -> None:
        self.record("show_question", meta, question)

    def show_answer(self, answer: str, explanation: str, source: str, intervals: Any) -> None:
        self.record("show_answer", answer, explanation, source, list(intervals))

    def show_summary(self, text: str) -> None:
        self.record("show_summary", text)


class FakeQuizView(FakeView):
    SIGNALS = ("submit_requested", "next_requested", "skip_requested", "back_requested")
    SIGNALS += ("finish_requested",)

    def __init__(self) -> None:
        super().__init__()
        self.typed: Any = None
        """What the learner has put in the answer on screen (None: nothing yet)."""
        self.question: Any = None
        self.countdown = ""
        self.urgent = False
        self.confirm_answer = True

    def show_question(self, *, question: Any, **texts: Any) -> None:
        self.question = question
        self.typed = None
        self.record("show_question", texts)

    def response(self) -> Any:
        return self.typed

    def set_response(self, response: Any) -> None:
        self.typed = response

    def show_feedback(self, *args: Any) -> None:
        self.record("show_feedback", *args)

    def show_answered(self) -> None:
        self.record("show_answered")

    def show_countdown(self, text: str, urgent: bool = False) -> None:
        self.countdown, self.urgent = text, urgent

    def show_message(self, text: str, error: bool = True) -> None:
        self.record("show_message", text, error)

    def confirm(self, title: str, question: str) -> bool:
        self.record("confirm", title, question)
        return self.confirm_answer


class FakeResultsView(FakeView):
    def show_results(self, data: Any) -> None:
        self.record("show_results", data)


class FakeBackupsDialog(FakeView):
    SIGNALS = ("backup_now_requested", "restore_requested", "open_folder_requested")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.message = ""
        self.error = False

    def open(self) -> None:
        self.record("open")

    def set_folder(self, folder: str) -> None:
        self.record("set_folder", folder)

    def set_backups(self, rows: list[Any]) -> None:
        self.rows = list(rows)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message, self.error = text, error

    def show_folder(self, folder: Path) -> None:
        self.record("show_folder", folder)


class FakeProgressView(FakeView):
    def show_progress(self, data: Any) -> None:
        self.record("show_progress", data)


class FakeProfilesView(FakeView):
    SIGNALS = ("create_requested", "switch_requested", "rename_requested", "delete_requested")

    def __init__(self) -> None:
        super().__init__()
        self.profiles: list[tuple[int, str]] = []
        self.current: int | None = None
        self.message = ""
        self.error = False

    def set_profiles(self, profiles: list[tuple[int, str]], current: int | None) -> None:
        self.profiles, self.current = list(profiles), current

    def show_message(self, text: str, error: bool = True) -> None:
        self.message, self.error = text, error

    def clear_name(self) -> None:
        self.record("clear_name")


class FakeSettingsView(FakeView):
    SIGNALS = ("apply_requested",)

    def __init__(self) -> None:
        super().__init__()
        self.values: Any = None
        self.message = ""
        self.error = False

    def set_values(self, values: Any) -> None:
        self.values = values

    def show_message(self, text: str, error: bool = True) -> None:
        self.message, self.error = text, error


class FakeBanksView(FakeView):
    SIGNALS = ("reload_requested", "open_folder_requested")

    def show_banks(self, overview: Any, sources: dict[str, str], folder: str) -> None:
        self.record("show_banks", overview, dict(sources), folder)

    def show_folder(self, folder: Path) -> None:
        self.record("show_folder", folder)


class FakeQuizSetupView(FakeView):
    def set_options(self, *args: Any) -> None:
        self.record("set_options", *args)


def loaded_backend(data_dir: Path, learner: str = "Amina") -> tuple[DataFolder, int]:
    """A data_folder on ``data_dir`` with the UI test bank loaded and one learner; its id."""
    data_folder = DataFolder(data_dir, bank_paths=[UI_BANKS])
    data_folder.load()
    return data_folder, data_folder.study.create_profile(learner).id


def right_response(question: Any) -> Any:
    """The right answer to ``question`` as its answer widget would give it."""
    kind = question.kind
    if kind == "short_answer":
        return question.answers[0]
    if kind in ("numeric", "true_false"):
        return question.answer
    if kind == "single_choice":
        return question.correct
    raise AssertionError(f"no right response written for kind {kind}")


class FakeReportView(FakeView):
    """The Class or Item analysis screen: what it was told to show; a save dialog that
    answers with ``save_to`` (None: cancelled)."""

    SIGNALS = ("filters_changed", "sort_requested", "selected", "export_requested")
    SIGNALS += ("print_requested",)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.detail = ""
        self.message = ("", False)
        self.save_to: Path | None = None

    def set_columns(self, *headers: list[str]) -> None:
        self.record("set_columns", *headers)

    def set_filters(self, *choices: list[Any]) -> None:
        self.record("set_filters", *choices)

    def show_rows(self, rows: list[Any], sort_column: int, descending: bool) -> None:
        self.rows = list(rows)
        self.record("show_rows", sort_column, descending)

    def show_forms(self, rows: list[Any]) -> None:
        self.record("show_forms", rows)

    def show_points(self, points: list[Any]) -> None:
        self.record("show_points", points)

    def show_detail(self, text: str) -> None:
        self.detail = text

    def show_message(self, text: str, error: bool = False) -> None:
        self.message = (text, error)

    def ask_save_path(
        self, title: str, suggested: str, name_filter: str, chosen: Callable[[Path], None]
    ) -> None:
        self.record("ask_save_path", title, suggested, name_filter)
        if self.save_to is not None:
            chosen(self.save_to)

    def column(self, index: int) -> list[str]:
        return [row.cells[index] for row in self.rows]
