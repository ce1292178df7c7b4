"""Helpers for driving the workshop's presenters without a window: a clock the test
advances, a task runner that runs each job at once, and fake views that remember what
they were told to show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from trainer.core.banks import Question, load_banks
from trainer.core.workshop import Workshop, WorkshopSession, build_workshop
from trainer.ui.workshop.builder_protocols import BuilderForm
from trainer.ui.workshop.live_values import JoinInfo, PhoneBar, PhoneRow
from trainer.ui.workshop.stage import StagePresenter
from trainer.ui.workshop.stage_console import TeamLine
from trainer.ui.workshop.stage_slides import Slide


@dataclass
class _Ticks:
    interval_ms: int
    tick: Callable[[], None]
    next_ms: int
    on: bool = True


class ManualClock:
    """A :class:`~trainer.ui.workshop.stage_clock.TickClock` that moves only when the
    test calls :meth:`advance`; the ticks due meanwhile run then, in time order."""

    def __init__(self) -> None:
        self.now = 1_000_000
        self._ticks: list[_Ticks] = []

    def now_ms(self) -> int:
        return self.now

    def start_ticks(self, interval_ms: int, tick: Callable[[], None]) -> Callable[[], None]:
        ticks = _Ticks(interval_ms, tick, self.now + interval_ms)
        self._ticks.append(ticks)

        def stop() -> None:
            ticks.on = False

        return stop

    def ticking(self) -> bool:
        """Whether some countdown is waiting for ticks."""
        return any(t.on for t in self._ticks)

    def advance(self, ms: int) -> None:
        end = self.now + ms
        while True:
            self._ticks = [t for t in self._ticks if t.on]
            due = [t for t in self._ticks if t.next_ms <= end]
            if not due:
                break
            ticks = min(due, key=lambda t: t.next_ms)
            self.now = ticks.next_ms
            ticks.next_ms += ticks.interval_ms
            ticks.tick()
        self.now = end


class SyncRunner:
    """A :class:`~trainer.ui.workshop.stage_protocols.JobRunner` that runs each job at
    once, on the test's thread, and hands its result or error back before returning."""

    def __init__(self) -> None:
        self.jobs = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.jobs += 1
        try:
            result = fn()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)


class HeldRunner(SyncRunner):
    """Holds the jobs until :meth:`release` (work still on the worker)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[..., None]]] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.held.append((fn, on_done, on_error))

    def release(self) -> None:
        held, self.held = self.held, []
        for job in held:
            super().run(*job)


class FakeAudience(QObject):
    """The audience window, remembered: the slide, board, countdown and message shown."""

    key_pressed = Signal(QKeyEvent)
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.slide: Slide | None = None
        self.revealed = False
        self.board: tuple[str, list[tuple[str, str, str]], bool] | None = None
        self.teams: tuple[list[tuple[str, str, str]], str] = ([], "")
        """The team standings beside the board (phone mode with teams) and their note."""
        self.countdown: tuple[int | None, bool] = (None, False)
        self.message = ""
        self.join: tuple[JoinInfo, int] | None = None
        self.bars: list[PhoneBar] = []

    def show_slide(self, slide: Slide, revealed: bool) -> None:
        self.slide, self.revealed, self.board, self.bars = slide, revealed, None, []

    def show_join(self, info: JoinInfo, joined: int) -> None:
        self.join = (info, joined)

    def show_distribution(self, bars: Sequence[PhoneBar]) -> None:
        self.bars = list(bars)

    def show_board(
        self,
        title: str,
        rows: Sequence[tuple[str, str, str]],
        final: bool = False,
        teams: Sequence[tuple[str, str, str]] = (),
        note: str = "",
    ) -> None:
        self.board = (title, list(rows), final)
        self.teams = (list(teams), note)

    def show_countdown(self, seconds: int | None, paused: bool = False) -> None:
        self.countdown = (seconds, paused)

    def show_message(self, text: str) -> None:
        self.message = text


class FakeConsole(QObject):
    """The facilitator's console, remembered: the question, team lines, keys, state."""

    key_pressed = Signal(QKeyEvent)
    closed = Signal()
    command = Signal(str)
    mark_requested = Signal(int, float)
    rename_requested = Signal(int, str)
    remove_requested = Signal(int)
    reattach_requested = Signal(int)
    lock_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.selected = -1
        self.title = ""
        self.slide: Slide | None = None
        self.teams: list[TeamLine] = []
        self.keys = self.state = self.message = ""
        self.countdown: int | None = None
        self.join: JoinInfo | None = None
        self.phones: list[PhoneRow] = []
        self.answered = self.waiting = ""
        self.locked = False
        self.bars: list[PhoneBar] = []
        self.reattached: tuple[str, str, bytes] | None = None

    def show_join(self, info: JoinInfo) -> None:
        self.join = info

    def show_lobby(self, title: str, first: Slide | None) -> None:
        self.title, self.slide = title, None

    def show_phones(
        self, rows: Sequence[PhoneRow], answered: str, waiting: str, locked: bool
    ) -> None:
        self.phones, self.answered, self.waiting, self.locked = (
            list(rows),
            answered,
            waiting,
            locked,
        )

    def show_distribution(self, bars: Sequence[PhoneBar]) -> None:
        self.bars = list(bars)

    def show_reattach(self, name: str, link: str, qr_png: bytes) -> None:
        self.reattached = (name, link, qr_png)

    def show_slide(self, title: str, slide: Slide, upcoming: Slide | None) -> None:
        self.title, self.slide = title, slide

    def set_teams(self, lines: Sequence[TeamLine]) -> None:
        self.teams = list(lines)

    def show_keys(self, text: str) -> None:
        self.keys = text

    def show_state(self, text: str) -> None:
        self.state = text

    def show_countdown(self, seconds: int | None) -> None:
        self.countdown = seconds

    def show_message(self, text: str) -> None:
        self.message = text


class FakeStageWindows:
    """Both windows; ``shown`` and ``console_shown`` say what is on screen."""

    def __init__(self) -> None:
        self._audience = FakeAudience()
        self._console = FakeConsole()
        self.shown = False
        self.console_shown = False

    @property
    def audience(self) -> FakeAudience:
        return self._audience

    @property
    def console(self) -> FakeConsole:
        return self._console

    def show(self) -> None:
        self.shown = self.console_shown = True

    def show_console_only(self) -> None:
        self.console_shown = True

    def toggle_console(self) -> None:
        self.console_shown = not self.console_shown

    def close(self) -> None:
        if self.shown or self.console_shown:
            self.shown = self.console_shown = False
            self._audience.closed.emit()
            self._console.closed.emit()


def key(windows: FakeStageWindows, *keys: Qt.Key) -> None:
    """Type ``keys`` in the console (the audience window when the console is hidden), as
    the windows report them."""
    target = windows.console if windows.console_shown else windows.audience
    for k in keys:
        target.key_pressed.emit(QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier))


def letter_key(index: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_A.value + index)


class FakeBuilderView(QObject):
    """The builder window, remembered; ``form_value`` is what its form says."""

    shown = Signal()
    build_requested = Signal()
    swap_requested = Signal()
    start_requested = Signal()
    resume_requested = Signal()
    open_requested = Signal()
    save_requested = Signal()
    print_requested = Signal()
    export_requested = Signal()
    results_requested = Signal()
    phones_requested = Signal()

    def __init__(self, teams: Sequence[str] = ("Red", "Blue")) -> None:
        super().__init__()
        self.form_value = BuilderForm(
            title="Morning",
            banks=(),
            topics=(),
            kinds=(),
            count=4,
            seed=5,
            seconds=30,
            points=1,
            speed_bonus=False,
            teams=list(teams),
        )
        self.visible = True
        self.message = ""
        self.ready = False
        self.preview: list[tuple[str, str]] = []
        self.offers: list[tuple[str, int]] = []
        self.catalogue: tuple[list[tuple[str, str]], list[str]] | None = None
        self.windows: list[FakeStageWindows] = []
        """The stage windows opened from here, the newest last."""
        self.networks: list[tuple[str, str]] = []
        self.network_note = ""

    def set_networks(self, networks: Sequence[tuple[str, str]], note: str) -> None:
        self.networks, self.network_note = list(networks), note
        if networks:
            self.form_value = replace(self.form_value, host=networks[0][1])

    def form(self) -> BuilderForm:
        return self.form_value

    def selected_question(self) -> int:
        return 0

    def chosen_session(self) -> int | None:
        return self.offers[0][1] if self.offers else None

    def paper_size(self) -> str:
        return "a4"

    def export_format(self) -> tuple[str, str]:
        return "csv", "CSV"

    def set_catalogue(self, banks: Sequence[tuple[str, str]], topics: Sequence[str]) -> None:
        self.catalogue = (list(banks), list(topics))

    def show_resume_offers(self, offers: Sequence[tuple[str, int]]) -> None:
        self.offers = list(offers)

    def show_preview(self, lines: Sequence[tuple[str, str]]) -> None:
        self.preview = list(lines)

    def fill_form(self, workshop: Workshop) -> None:
        self.form_value = replace(self.form_value, title=workshop.title)

    def set_ready(self, ready: bool) -> None:
        self.ready = ready

    def show_message(self, text: str) -> None:
        self.message = text

    def bring_to_front(self) -> None:
        self.visible = True
        self.shown.emit()

    def isVisible(self) -> bool:
        return self.visible

    def close(self) -> bool:
        self.visible = False
        return True

    def ask_path(
        self, title: str, name_filter: str, suffix: str, save: bool, then: Callable[[Path], None]
    ) -> None:
        raise AssertionError("no file dialog in these tests")

    def stage_windows(self, fullscreen: bool) -> FakeStageWindows:
        self.windows.append(FakeStageWindows())
        return self.windows[-1]


BANKS = Path(__file__).parent / "ui" / "data"
"""The UI test bank: one item of every kind (ui.sc, ui.mc, ui.tf, ui.num, ...)."""
ITEMS = ("ui.sc", "ui.mc", "ui.tf", "ui.num")


def questions() -> dict[str, Question]:
    """The UI test bank's questions by id."""
    loaded = load_banks([BANKS])
    assert not loaded.errors, [str(e) for e in loaded.errors]
    return loaded.by_id


def workshop_of(by_id: dict[str, Question], items: Sequence[str] = ITEMS) -> Workshop:
    """A workshop of ``items`` in that order, 30 s and 1 point a question."""
    built = build_workshop(list(by_id.values()), seed=5, count=len(items), title="Morning")
    return replace(built, items=tuple(items))


@dataclass
class Stage:
    """A stage presenter on fake windows, a runner and a clock the test holds."""

    presenter: StagePresenter
    windows: FakeStageWindows
    clock: ManualClock
    runner: SyncRunner

    def key(self, *keys: Qt.Key) -> None:
        key(self.windows, *keys)

    @property
    def session(self) -> WorkshopSession:
        assert self.presenter.session is not None
        return self.presenter.session


def open_stage(
    opener: Callable[[], WorkshopSession],
    runner: SyncRunner | None = None,
    clock: ManualClock | None = None,
) -> Stage:
    """A stage presenter running the session ``opener`` starts or reopens."""
    windows, clock, runner = FakeStageWindows(), clock or ManualClock(), runner or SyncRunner()
    presenter = StagePresenter(runner, opener, windows=windows, clock=clock)
    return Stage(presenter, windows, clock, runner)
