"""The phone game on the network: one port serves the participant page (HTTP) and the
game (a WebSocket at ``/live``), with the ``websockets`` library on an asyncio loop in
a daemon thread. The rules are the core's (:mod:`trainer.core.workshop.live`): this
module only carries messages to :func:`~trainer.core.workshop.live.handle` and back,
enforces the network limits of ``docs/live-protocol.md`` (message size, rate per
connection, open connections, connections per participant) and pushes the new state
to every phone when the game changes. No Qt: the app and ``trainer live`` both use it.

Threads: the game is thread-safe; its changes may come from any thread (the app's,
the command line's, this loop's) and its futures resolve on the group-commit writer
thread, so everything that touches a connection is handed to the loop with
``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from trainer.core.workshop.live import (
    Change,
    LiveGame,
    LiveRefused,
    RateLimit,
    Reply,
    error_message,
    handle,
    push_message,
)
from trainer.core.workshop.live.limits import (
    MAX_CONNECTIONS_PER_PARTICIPANT,
    MAX_MESSAGE_BYTES,
)
from trainer.core.workshop.live.records import Phase
from trainer.core.workshop.live.texts import room_code_key
from trainer.errors import UserError
from trainer.net import page_files
from trainer.net.addresses import HostAddress, host_addresses
from trainer.net.loop_probe import LoopProbe
from trainer.net.page_texts import page_texts

__all__ = ["HostAddress", "LiveServer", "LiveServerError", "host_addresses"]

log = logging.getLogger("trainer.live")

PORT_TRIES = 10
"""Ports tried from the one asked for (then any free one)."""
LARGEST_FRAME = 8 * MAX_MESSAGE_BYTES
"""A frame up to this size gets the ``too_large`` error; a larger one closes the
connection (code 1009) before it is read whole."""
OVER_LIMIT_CLOSE_S = 10.0
"""A connection still over the rate limit after this long is closed."""
OUTBOX = 64
"""Messages waiting for a slow phone; one more and the connection is closed."""
TICK_S = 0.25
"""How often the clock is checked (time up is pushed) and lobby counts refreshed."""
STOP_TIMEOUT_S = 10.0


class LiveServerError(UserError):
    """The game cannot be served (the address is not this computer's, no free port)."""


class _Phone:
    """One open WebSocket connection and what the server knows of it."""

    def __init__(self, connection: ServerConnection) -> None:
        self.connection = connection
        self.rate = RateLimit()
        self.participant: int | None = None
        self.over_since: float | None = None
        self.warned_at = -1e9
        self.outbox: asyncio.Queue[str] = asyncio.Queue(OUTBOX)
        self.opened = time.monotonic()


class LiveServer:
    """Serves ``game`` on ``host`` (an address of this computer) from :meth:`start` to
    :meth:`stop`. ``texts``: the page's texts, translated (default: English)."""

    def __init__(
        self,
        game: LiveGame,
        host: str,
        port: int = 8765,
        *,
        texts: Mapping[str, str] | None = None,
        language: str = "en",
    ) -> None:
        self.game = game
        self.host = host
        self.wanted_port = port
        self.texts = page_texts(texts)
        self.language = language if language.replace("-", "").isalnum() else "en"
        self.max_connections = game.limit * MAX_CONNECTIONS_PER_PARTICIPANT
        self._port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._error: Exception | None = None
        self._stopped = False
        self._phones: set[_Phone] = set()
        self._dirty_lock = threading.Lock()
        self._dirty_all = False
        self._dirty: set[int] = set()
        self._lobby_dirty = False
        self._push_planned = False
        self._settled_replies: list[tuple[_Phone, Reply]] = []
        self._tasks: set[asyncio.Future[None]] = set()
        self._probe = LoopProbe()

    # -- the public API ---------------------------------------------------------------
    def start(self) -> None:
        """Listen (on its own thread); returns once listening, or raises
        :class:`LiveServerError`. A taken port is replaced by the next free one."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join(STOP_TIMEOUT_S)
            reason = getattr(self._error, "strerror", None) or self._error
            raise LiveServerError(f"The game cannot be served on {self.host}: {reason}.")
        self.game.listen(self._on_change)
        log.info("serving the phone game on %s", self.join_url)

    @property
    def port(self) -> int:
        """The port listened on (0 before :meth:`start`)."""
        return self._port

    @property
    def join_url(self) -> str:
        """What the QR code holds: ``http://HOST:PORT/j/ROOMCODE``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}/j/{self.game.room_code}"

    @property
    def connections(self) -> int:
        """Open WebSocket connections."""
        return len(self._phones)

    def watch_loop(self) -> None:
        """Start measuring the loop's longest gap (for ``bench/live.py``)."""
        if self._loop is not None:
            self._probe.start(self._loop)

    def longest_loop_gap_ms(self) -> float:
        """The longest time between two wakes of a 5 ms timer on the server's loop since
        the last call (0 before :meth:`watch_loop`): how long a phone's message could
        wait for the loop to notice it."""
        return self._probe.longest_ms()

    def stop(self) -> None:
        """Close every connection and stop listening (again: nothing happens)."""
        if self._stopped:
            return
        self._stopped = True
        loop, stopping, thread = self._loop, self._stopping, self._thread
        if loop is None or stopping is None or thread is None:
            return
        try:
            loop.call_soon_threadsafe(stopping.set)
        except RuntimeError:  # the loop has ended already
            return
        if thread is not threading.current_thread():
            thread.join(STOP_TIMEOUT_S)
        log.info("stopped serving the phone game")

    # -- the loop's thread ------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except Exception as error:  # start() must hear of it, not wait for ever
            log.exception("the phone game's server failed")
            self._error = error
        finally:
            self._ready.set()
            loop.close()

    async def _listen(self) -> Server:
        ports = [self.wanted_port + i for i in range(PORT_TRIES) if self.wanted_port + i < 65536]
        last: OSError | None = None
        for port in [*ports, 0]:
            try:
                return await serve(
                    self._connected,
                    self.host,
                    port,
                    process_request=self._process_request,
                    compression=None,
                    max_size=LARGEST_FRAME,
                    max_queue=16,
                    server_header=None,
                )
            except OSError as error:
                last = error
                if error.errno not in (98, 48, 10048, 13, 10013):  # in use / forbidden
                    break
        raise last or OSError("no port")

    async def _main(self) -> None:
        self._stopping = asyncio.Event()
        try:
            server = await self._listen()
        except OSError as error:
            self._error = error
            self._ready.set()
            return
        self._port = int(server.sockets[0].getsockname()[1])
        self._ready.set()
        ticker = asyncio.create_task(self._tick())
        await self._stopping.wait()
        ticker.cancel()
        self._probe.stop()
        server.close(close_connections=True)
        await server.wait_closed()

    async def _tick(self) -> None:
        lobby_pushed = 0.0
        while True:
            await asyncio.sleep(TICK_S)
            try:
                self.game.check_clock()
            except Exception:  # a bug must not stop the clock for everyone
                log.exception("checking the game's clock failed")
            now = time.monotonic()
            if self._lobby_dirty and now - lobby_pushed >= 1.0:
                lobby_pushed = now
                self._lobby_dirty = False
                self._on_change(Change(room=True))

    # -- HTTP -------------------------------------------------------------------------
    def _process_request(self, _connection: ServerConnection, request: Request) -> Response | None:
        host = request.headers.get("Host")
        path = request.path.split("?", 1)[0]
        if path == "/live":
            origin = request.headers.get("Origin")
            if origin is not None and origin != f"http://{host}":
                log.info("WebSocket refused: another origin")
                return page_files.plain(403, "Forbidden", host)
            if len(self._phones) >= self.max_connections:
                log.info("WebSocket refused: %d connections open", len(self._phones))
                return page_files.plain(503, "Too many connections; try again.", host)
            return None
        found = page_files.PAGE_PATH.match(path)
        if found is not None:
            if room_code_key(found[1]) != self.game.room_code:
                return page_files.plain(404, "There is no game with this room code here.", host)
            return page_files.page(self.texts, host, self.language)
        asset = page_files.asset(path, host)
        if asset is None:
            return page_files.plain(404, "Not found. Scan the code on the screen.", host)
        return asset

    # -- WebSocket --------------------------------------------------------------------
    async def _connected(self, connection: ServerConnection) -> None:
        phone = _Phone(connection)
        self._phones.add(phone)
        writer = asyncio.create_task(self._write(phone))
        try:
            async for raw in connection:
                self._received(phone, raw)
        except ConnectionClosed:
            pass
        finally:
            self._phones.discard(phone)
            writer.cancel()

    async def _write(self, phone: _Phone) -> None:
        try:
            while True:
                await phone.connection.send(await phone.outbox.get())
        except ConnectionClosed:
            pass

    def _send(self, phone: _Phone, message: Mapping[str, Any] | str) -> None:
        text = message if isinstance(message, str) else json.dumps(message, ensure_ascii=False)
        try:
            phone.outbox.put_nowait(text)
        except asyncio.QueueFull:
            log.info("closing a phone's connection: it does not read its messages")
            self._close(phone, "too slow")

    def _close(self, phone: _Phone, reason: str) -> None:
        task = asyncio.ensure_future(phone.connection.close(1008, reason))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _received(self, phone: _Phone, raw: str | bytes) -> None:
        if not self._within_rate(phone):
            return
        try:
            reply = handle(self.game, raw)
        except Exception:  # handle() never raises for a message; a bug must not end the game
            log.exception("a phone's message could not be handled")
            return
        if reply.participant is not None:
            self._bind(phone, reply.participant)
        after = reply.after
        if after is None:
            self._send(phone, reply.message)
            return
        after.add_done_callback(lambda _done: self._settled(phone, reply))

    def _settled(self, phone: _Phone, reply: Reply) -> None:
        """On the writer thread: the write behind ``reply`` is on disk (or failed).
        Replies settled together (one batch) reach the loop in one call."""
        with self._dirty_lock:
            self._settled_replies.append((phone, reply))
            if len(self._settled_replies) > 1 or self._loop is None:
                return
        with contextlib.suppress(RuntimeError):  # the server has stopped
            self._loop.call_soon_threadsafe(self._send_settled)

    def _send_settled(self) -> None:
        with self._dirty_lock:
            settled, self._settled_replies = self._settled_replies, []
        for phone, reply in settled:
            self._send(phone, reply.final())

    def _within_rate(self, phone: _Phone) -> bool:
        if phone.rate.allow():
            phone.over_since = None
            return True
        now = time.monotonic()
        if phone.over_since is None:
            phone.over_since = now
            log.info("phone message dropped: rate_limited")
        elif now - phone.over_since > OVER_LIMIT_CLOSE_S:
            log.info("closing a phone's connection: over the rate limit for 10 s")
            self._close(phone, "rate limit")
            return False
        if now - phone.warned_at >= 1.0:
            phone.warned_at = now
            self._send(phone, error_message(None, LiveRefused("rate_limited")))
        return False

    def _bind(self, phone: _Phone, number: int) -> None:
        """``phone`` speaks for participant ``number``; their oldest extra connection closes."""
        phone.participant = number
        same = sorted((p for p in self._phones if p.participant == number), key=lambda p: p.opened)
        for old in same[:-MAX_CONNECTIONS_PER_PARTICIPANT]:
            old.participant = None
            self._close(old, "another connection")

    # -- pushing the state ------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """The game changed (on any thread): plan one push on the loop."""
        if self._stopped or self._loop is None:
            return
        with self._dirty_lock:
            if change.room:
                self._dirty_all = True
            elif change.participant is not None:
                self._dirty.add(change.participant)
            else:
                self._lobby_dirty = self.game.phase == Phase.LOBBY or self._lobby_dirty
                return
            if self._push_planned:
                return
            self._push_planned = True
        with contextlib.suppress(RuntimeError):  # the server has stopped
            self._loop.call_soon_threadsafe(self._push)

    def _push(self) -> None:
        with self._dirty_lock:
            everyone, numbers = self._dirty_all, self._dirty
            self._dirty_all, self._dirty, self._push_planned = False, set(), False
        made: dict[int, str] = {}
        for phone in list(self._phones):
            number = phone.participant
            if number is None or not (everyone or number in numbers):
                continue
            if number not in made:
                try:
                    made[number] = json.dumps(push_message(self.game, number), ensure_ascii=False)
                except LiveRefused:
                    continue
            self._send(phone, made[number])
