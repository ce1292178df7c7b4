"""A phone game without a window: ``trainer live`` reads commands on standard input and
prints one line per event, so that a script (or a test) can run a whole workshop.

Commands (one a line; ``docs/live-protocol.md`` lists them too)::

    next          show the next question (from the lobby: the first; after the last: the podium)
    start         start (or resume) the question's clock
    pause         pause it
    reveal        show the right answer
    board         show the leaderboard
    lock, unlock  close or open joining
    kick N        remove participant N
    rename N NAME rename participant N
    reattach N    a new join address for participant N on another device
    finish        end the game: the podium
    results       the standings, one line per participant, then one per team
    status        the phase, the question and the counts
    probe         this process's CPU time and the server loop's longest gap since the
                  last probe (the first starts measuring; for bench/live.py)
    quit          stop serving and exit (so do end of input and SIGTERM)

Each command answers ``ok COMMAND`` once what it changed is on disk, or
``error: MESSAGE``. Events: ``joined N NAME``, ``answered K of M`` (the current
question), ``phase PHASE [QUESTION]``, ``removed N``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TextIO

from trainer.core.workshop.live import Change, LiveGame, LiveRefused
from trainer.core.workshop.live.records import Phase
from trainer.errors import UserError
from trainer.net.live_server import LiveServer

WRITE_TIMEOUT_S = 30.0
EVENTS_EVERY_S = 0.05
"""Events are gathered this long before they are printed: the phones' messages are
handled on the server's loop, which must not wait for the lines."""


class HeadlessHost:
    """Drives ``game`` (served by ``server``) from text commands; prints to ``out``."""

    def __init__(self, game: LiveGame, server: LiveServer, out: TextIO) -> None:
        self.game, self.server, self.out = game, server, out
        self._print_lock = threading.Lock()
        self._known = {p.number for p in game.participants(removed=True)}
        self._active = {p.number for p in game.participants()}
        self._answered = -1
        self._shown: tuple[str, int] | None = None
        self._changed = threading.Event()
        self._stopping = threading.Event()
        threading.Thread(target=self._print_events, name="live-events", daemon=True).start()
        self.commands: dict[str, Callable[[list[str]], object]] = {
            "next": lambda _a: self.game.next(),
            "start": lambda _a: self.game.start_clock(),
            "pause": lambda _a: self.game.pause_clock(),
            "reveal": lambda _a: self.game.reveal(),
            "board": lambda _a: self.game.show_leaderboard(),
            "lock": lambda _a: self.game.lock(True),
            "unlock": lambda _a: self.game.lock(False),
            "kick": lambda a: self.game.remove(_number(a)),
            "rename": lambda a: self.game.rename(_number(a), " ".join(a[1:])),
            "reattach": self._reattach,
            "finish": lambda _a: self.game.finish(),
            "results": self._results,
            "status": self._status,
            "probe": self._probe,
        }

    def say(self, line: str) -> None:
        with self._print_lock:
            print(line, file=self.out, flush=True)

    def announce(self) -> None:
        self.say(f"room {self.game.room_code}")
        self.say(f"join {self.server.join_url}")
        self.print_events()

    # -- events -----------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        """A listener of the game (any thread, often the server's loop): costs nothing
        there; the events are printed by their own thread."""
        self._changed.set()

    def _print_events(self) -> None:
        while not self._stopping.is_set():
            self._changed.wait()
            self._stopping.wait(EVENTS_EVERY_S)
            self._changed.clear()
            self.print_events()

    def print_events(self) -> None:
        """One line per event since the last call."""
        with self._print_lock:
            lines = self._events()
        for line in lines:
            self.say(line)

    def close(self) -> None:
        """Print the last events and stop the thread that prints them."""
        self._stopping.set()
        self._changed.set()
        self.print_events()

    def _events(self) -> list[str]:
        lines = []
        people = self.game.participants(removed=True)
        for person in people:
            if person.number not in self._known:
                lines.append(f"joined {person.number} {person.name}")
            elif person.number in self._active and not person.active:
                lines.append(f"removed {person.number}")
        self._known = {p.number for p in people}
        self._active = {p.number for p in people if p.active}
        shown = (self.game.phase.value, self.game.position)
        if shown != self._shown:
            self._shown, self._answered = shown, -1
            at = f" {self.game.position + 1}" if self.game.phase != Phase.LOBBY else ""
            lines.append(f"phase {self.game.phase.value}{at}")
        if self.game.phase == Phase.QUESTION:
            count = len(self.game.answers_to(self.game.position))
            if count != self._answered:
                self._answered = count
                lines.append(f"answered {count} of {len(self._active)}")
        return lines

    # -- commands ---------------------------------------------------------------------
    def run(self, lines: TextIO) -> None:
        """Read commands until ``quit`` or the end of ``lines``."""
        for line in lines:
            words = line.split()
            if not words:
                continue
            if words[0] == "quit":
                return
            self.command(words)

    def command(self, words: list[str]) -> None:
        action = self.commands.get(words[0])
        if action is None:
            self.say(
                f"error: unknown command {words[0][:40]!r}; known: {', '.join(self.commands)}, quit"
            )
            return
        try:
            result = action(words[1:])
            if isinstance(result, Future):
                result.result(WRITE_TIMEOUT_S)
        except (UserError, ValueError) as error:
            self.say(f"error: {error}")
            return
        self.say(f"ok {words[0]}")

    def _reattach(self, args: list[str]) -> Future[Any]:
        receipt = self.game.reattach(_number(args))
        self.say(f"address {self.server.join_url}#token={receipt.token}")
        return receipt.durable

    def _results(self, _args: list[str]) -> None:
        for s in self.game.standings():
            team = self.game.team_name(s.team_id)
            self.say(
                f"standing {s.rank} {s.number} {s.points:g} {s.right} {s.name}"
                + (f" ({team})" if team else "")
            )
        for t in self.game.team_standings():
            self.say(f"team {t.rank} {t.members} {t.points:g} {t.right:g} {t.team.name}")

    def _probe(self, _args: list[str]) -> None:
        self.server.watch_loop()
        self.say(
            f"probe cpu {time.process_time() * 1000:.0f} ms, "
            f"gap {self.server.longest_loop_gap_ms():.1f} ms"
        )

    def _status(self, _args: list[str]) -> None:
        at = self.game.position + 1 if self.game.phase != Phase.LOBBY else 0
        answered = len(self.game.answers_to(self.game.position))
        self.say(
            f"status {self.game.phase.value} question {at} of {len(self.game.item_ids)}, "
            f"{len(self.game.participants())} joined, {answered} answered, "
            f"{self.server.connections} connected"
        )


def _number(args: list[str]) -> int:
    if not args or not args[0].isdigit() or len(args[0]) > 6:
        raise LiveRefused("unknown_participant", "Give the participant's number, e.g. kick 3.")
    return int(args[0])
