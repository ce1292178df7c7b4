"""Runs a phone game in front of a room (issue 11): the core's
:class:`~trainer.core.workshop.live.LiveGame`, the network server the phones reach
(``trainer.net.live_server``) and the workshop's two windows in phone mode.

The game decides at once and writes through its own group committer, so the
facilitator's commands call it on the UI thread; only starting or reopening it (which
reads the store) runs on the worker, through :class:`~trainer.ui.operations.Operations`.
Phones change the game from the server's thread: :meth:`LiveGame.listen` only marks the
windows stale, and a tick (:data:`TICK_MS`, about four a second) redraws them and calls
``check_clock`` (time up). The keys are the team game's commands
(:func:`~trainer.ui.workshop.stage_keys.phone_key_action`), plus J to lock joining.

The server stops listening when the game is over (:data:`FINISH_GRACE_MS` after the
podium, so that the phones see it), when the windows close, and so on app quit and
before a restore (both close the workshop).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from trainer.core.workshop.live import Phase
from trainer.ui.operations import Failure, Operations, describe
from trainer.ui.workshop import live_view
from trainer.ui.workshop.live_protocols import PhoneWindowsView, Server, ServerFactory
from trainer.ui.workshop.live_values import JoinInfo
from trainer.ui.workshop.stage_clock import TickClock, TimerClock
from trainer.ui.workshop.stage_keys import phone_key_action
from trainer.ui.workshop.stage_protocols import JobRunner
from trainer.ui.workshop.stage_slides import Slide, make_slide, missing_slide

if TYPE_CHECKING:
    from trainer.core.workshop.live import LiveGame

log = logging.getLogger("trainer.ui.workshop")

TICK_MS = 250
FINISH_GRACE_MS = 10_000
LOOPBACK = "127.0.0.1"


class LiveStagePresenter(QObject):
    """One phone game: its server, its windows, its ticks."""

    ready = Signal()
    changed = Signal()
    closed = Signal()

    def __init__(
        self,
        tasks: JobRunner,
        opener: Callable[[], LiveGame],
        *,
        windows: PhoneWindowsView,
        serve: ServerFactory,
        host: str,
        clock: TickClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``opener`` runs on the worker (it starts or reopens the game); ``serve`` makes
        the server for ``host``; ``clock`` gives the ticks (default: a ``QTimer``)."""
        super().__init__(parent)
        self.ops = Operations(tasks, self._report)
        self.windows = windows
        self.audience = windows.audience
        self.console = windows.console
        self.serve, self.host = serve, host
        self.clock: TickClock = clock or TimerClock(self)
        self.game: LiveGame | None = None
        self.server: Server | None = None
        self.join: JoinInfo | None = None
        self.slides: list[Slide] = []
        self._stale = threading.Event()
        self._stop_ticks: Callable[[], None] | None = None
        self._audience_key: tuple[object, ...] = ()
        self._finished_ms: int | None = None
        self._closing = False
        for window in (self.audience, self.console):
            window.key_pressed.connect(self.handle_key)
            window.closed.connect(self.close)
        console = self.console
        console.command.connect(self.command)
        console.rename_requested.connect(self.rename)
        console.remove_requested.connect(self.remove)
        console.reattach_requested.connect(self.reattach)
        console.lock_requested.connect(lambda: self.command("lock"))
        self.ops.run(opener, self._opened, failure=self._failed)

    # -- opening, serving, closing ---------------------------------------------------
    def _opened(self, game: LiveGame) -> None:
        if self._closing:  # closed while opening: the game waits in the database
            game.close()
            return
        self.game = game
        total, seed = len(game.item_ids), game.workshop.seed
        for position, item_id in enumerate(game.item_ids):
            question = game.question(position)
            self.slides.append(
                missing_slide(position + 1, total, item_id)
                if question is None
                else make_slide(question, position + 1, total, seed)
            )
        self.windows.show()
        self._serve(game)
        game.listen(lambda _change: self._stale.set())
        self._stop_ticks = self.clock.start_ticks(TICK_MS, self.tick)
        self.redraw()
        self.ready.emit()

    def _serve(self, game: LiveGame) -> None:
        try:
            server = self.serve(game, self.host, live_view.page_texts())
            server.start()
        except Exception as error:  # no port, no address: the console says why
            log.warning("the phone game's server did not start", exc_info=error)
            self.console.show_message(
                self.tr("Phones cannot join: the server did not start ({reason}).").format(
                    reason=error
                )
            )
            return
        self.server = server
        url = server.join_url
        notes = []
        if self.host == LOOPBACK:
            notes.append(self.tr("This computer only (no network was found): for a test."))
        if f":{server.port}" not in url:
            notes.append(self.tr("Port {port}.").format(port=server.port))
        self.join = JoinInfo(url, game.room_code, live_view.qr_png(url), " ".join(notes))
        self.console.show_join(self.join)

    def stop_serving(self) -> None:
        """Stop listening (the phones then keep retrying until the game is resumed)."""
        server, self.server = self.server, None
        if server is not None:
            try:
                server.stop()
            except Exception:  # stopping must not keep the windows open
                log.exception("stopping the phone game's server")

    def close(self) -> None:
        """Stop serving, close both windows and the game (its writes are committed)."""
        if self._closing:
            return
        self._closing = True
        if self._stop_ticks is not None:
            self._stop_ticks()
            self._stop_ticks = None
        self.stop_serving()
        game = self.game
        if game is not None:
            if game.countdown.running:  # keep the time left, as a pause would
                game.pause_clock()
            game.close()
        self.windows.close()
        self.closed.emit()

    def _report(self, text: str) -> None:
        self.console.show_message(text)

    def _failed(self, failure: Failure) -> None:
        self.console.show_message(failure.message)
        if self.game is None:
            self.windows.show_console_only()
            self.audience.show_message(failure.message)

    # -- the tick and drawing --------------------------------------------------------
    def tick(self) -> None:
        game = self.game
        if game is None or self._closing:
            return
        game.check_clock()
        if game.phase == Phase.PODIUM and self.server is not None:
            now = self.clock.now_ms()
            if self._finished_ms is None:
                self._finished_ms = now
            elif now - self._finished_ms >= FINISH_GRACE_MS:
                self.stop_serving()
                self.console.show_message(
                    self.tr("The game is over: phones can no longer reach it.")
                )
        self.redraw()

    def redraw(self) -> None:
        """The countdown always; the rest when the game changed since the last draw."""
        game = self.game
        if game is None or self._closing:
            return
        seconds = live_view.seconds_left(game)
        self.console.show_countdown(seconds)
        self.console.show_state(live_view.state_text(game))
        self.audience.show_countdown(
            seconds, paused=game.countdown.started and not game.countdown.running
        )
        if not self._stale.is_set() and self._audience_key:
            return
        self._stale.clear()
        self._draw_console(game)
        self._draw_audience(game)
        self.changed.emit()

    def _slide(self, game: LiveGame) -> Slide | None:
        if game.phase == Phase.LOBBY or not 0 <= game.position < len(self.slides):
            return None
        return self.slides[game.position]

    def _draw_console(self, game: LiveGame) -> None:
        slide = self._slide(game)
        if game.phase == Phase.LOBBY:
            self.console.show_lobby(game.workshop.title, self.slides[0] if self.slides else None)
        elif slide is not None:
            nxt = game.position + 1
            upcoming = self.slides[nxt] if nxt < len(self.slides) else None
            self.console.show_slide(game.workshop.title, slide, upcoming)
        head, waiting = live_view.answered_lines(game)
        self.console.show_phones(live_view.phone_rows(game), head, waiting, game.locked)
        self.console.show_distribution(live_view.bars_of(game))
        self.console.show_keys(live_view.phone_keys(game))

    def _draw_audience(self, game: LiveGame) -> None:
        bars = live_view.bars_of(game)
        joined = len(game.participants())
        key = (game.phase, game.position, game.revealed, tuple(bars), joined)
        if key == self._audience_key:
            return
        self._audience_key = key
        slide = self._slide(game)
        if game.phase == Phase.LOBBY:
            if self.join is not None:
                self.audience.show_join(self.join, joined)
            else:
                self.audience.show_message(game.workshop.title)
        elif game.phase in (Phase.LEADERBOARD, Phase.PODIUM):
            title, rows, final = live_view.live_board(game)
            teams, note = live_view.team_board(game)
            self.audience.show_board(title, rows, final=final, teams=teams, note=note)
        elif slide is not None:
            self.audience.show_slide(slide, game.phase == Phase.REVEAL)
            if bars:
                self.audience.show_distribution(bars)

    # -- the facilitator's commands --------------------------------------------------
    def _act(self, action: Callable[[LiveGame], object]) -> None:
        game = self.game
        if game is None or self._closing:
            return
        try:
            action(game)
        except Exception as error:
            self.console.show_message(describe(error))
        self._stale.set()
        self.redraw()

    def command(self, name: str) -> None:
        if name == "hide":
            self.windows.toggle_console()
            return
        actions: dict[str, Callable[[LiveGame], object]] = {
            "start": lambda g: g.start_clock(),
            "pause": lambda g: g.pause_clock() if g.countdown.running else g.start_clock(),
            "reveal": lambda g: g.reveal(g.phase != Phase.REVEAL),
            "next": lambda g: g.next() if g.phase != Phase.PODIUM else None,
            "previous": lambda g: g.previous(),
            "board": lambda g: g.show_leaderboard(g.phase != Phase.LEADERBOARD),
            "lock": lambda g: g.lock(not g.locked),
        }
        if name in actions:
            self.console.show_message("")
            self._act(actions[name])

    def rename(self, number: int, name: str) -> None:
        self._act(lambda g: g.rename(number, name))

    def remove(self, number: int) -> None:
        self._act(lambda g: g.remove(number))

    def reattach(self, number: int) -> None:
        """A new link for a participant's new device (their old one stops working)."""
        game, join = self.game, self.join
        if game is None or join is None or self._closing:
            return
        try:
            receipt = game.reattach(number)
        except Exception as error:
            self.console.show_message(describe(error))
            return
        link = f"{join.url}#token={receipt.token}"
        self.console.show_reattach(receipt.participant.name, link, live_view.qr_png(link))
        self._stale.set()
        self.redraw()

    def handle_key(self, event: QKeyEvent) -> None:
        if not self.press(Qt.Key(event.key())):
            event.ignore()

    def press(self, key: Qt.Key) -> bool:
        """Do what ``key`` does in phone mode; ``False`` when it does nothing."""
        action = phone_key_action(key)
        if action is None or self._closing:
            return False
        self.command(str(action[1]))
        return True
