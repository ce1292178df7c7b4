"""The phone protocol without its transport: reading a phone's message, answering it,
and the per-connection rate limit. ``docs/live-protocol.md`` describes every message.

The transport (WebSocket or HTTP) hands each received message to :func:`handle` and
sends back what it returns: :attr:`Reply.message` at once when :attr:`Reply.after` is
``None``, else :meth:`Reply.final` once ``after`` is done (the answer or the join is
then on disk). :func:`handle` never raises for what a phone sends: a bad message gets
an ``error`` reply (and a line in the log), and the game goes on.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, TypeAdapter, ValidationError

from trainer.core.workshop.live.game import LiveGame
from trainer.core.workshop.live.limits import (
    MAX_CLIENT_ID,
    MAX_JSON_DEPTH,
    MAX_LIST,
    MAX_MESSAGE_BYTES,
    RATE_BURST,
    RATE_PER_SECOND,
    LiveRefused,
)
from trainer.core.workshop.live.views import join_form, view_of

log = logging.getLogger("trainer.live")

Plain = dict[str, Any]
ClientId = Annotated[str, Field(max_length=MAX_CLIENT_ID, pattern=r"^[A-Za-z0-9_.:-]+$")]
Short = Annotated[str, Field(max_length=200)]
Key = Annotated[str, Field(min_length=16, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    id: ClientId | None = None
    room: Short


class RoomMessage(_Message):
    """Before joining: the game's title and teams."""

    type: Literal["room"]


class JoinMessage(_Message):
    type: Literal["join"]
    name: Short
    team: Short | None = None
    key: Key | None = None
    """A random string the page keeps while joining: a resent join returns the same
    participant instead of "name taken"."""


class RejoinMessage(_Message):
    type: Literal["rejoin"]
    token: Short


class StateMessage(_Message):
    type: Literal["state"]
    token: Short


class AnswerMessage(_Message):
    type: Literal["answer"]
    token: Short
    position: int = Field(ge=0, le=10_000)
    response: JsonValue


Message = RoomMessage | JoinMessage | RejoinMessage | StateMessage | AnswerMessage
_MESSAGE: TypeAdapter[Message] = TypeAdapter(Annotated[Message, Field(discriminator="type")])


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _check_shape(value: Any, depth: int = 0) -> None:
    if depth > MAX_JSON_DEPTH:
        raise LiveRefused("malformed", "The message is nested too deeply.")
    if isinstance(value, dict | list):
        if len(value) > MAX_LIST:
            raise LiveRefused("malformed", f"A list holds more than {MAX_LIST} entries.")
        for entry in value.values() if isinstance(value, dict) else value:
            _check_shape(entry, depth + 1)


def parse_message(raw: bytes | str) -> Message:
    """A phone's message, checked (:class:`LiveRefused` ``too_large`` or ``malformed``)."""
    size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
    if size > MAX_MESSAGE_BYTES:
        raise LiveRefused("too_large")
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # JSONDecodeError, bad UTF-8, huge numbers
        raise LiveRefused("malformed", "The message is not JSON.") from None
    if not isinstance(data, dict):
        raise LiveRefused("malformed", "A message is a JSON object.")
    _check_shape(data)
    try:
        return _MESSAGE.validate_python(data)
    except ValidationError as error:
        first = error.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"][1:] if isinstance(p, str | int))
        raise LiveRefused("malformed", f"{where or 'message'}: {first['msg']}") from None


@dataclass(frozen=True, slots=True)
class Reply:
    """What to send back. With ``after``, send :meth:`final` once it is done.
    ``participant``: the connection now speaks for this participant (push their state)."""

    message: Plain
    after: Future[Any] | None = None
    participant: int | None = None

    def final(self) -> Plain:
        """The message, or an ``unavailable`` error when the write behind it failed."""
        if self.after is not None and (self.after.cancelled() or self.after.exception()):
            return error_message(self.message.get("id"), LiveRefused("unavailable"))
        return self.message


def error_message(client_id: object, refused: LiveRefused) -> Plain:
    reply: Plain = {"type": "error", **refused.to_plain()}
    if isinstance(client_id, str):
        reply["id"] = client_id
    return reply


def push_message(game: LiveGame, number: int) -> Plain:
    """What a connection speaking for participant ``number`` is sent when the room or
    that participant changes: the state (no ``id``), or the ``removed`` error."""
    person = game.participant(number)
    if not person.active:
        return error_message(None, LiveRefused("removed"))
    return {"type": "state", "state": view_of(game, person)}


def _reply(game: LiveGame, message: Message) -> Reply:
    game.check_room(message.room)
    with_id: Plain = {} if message.id is None else {"id": message.id}
    if isinstance(message, RoomMessage):
        return Reply({"type": "room", **with_id, "room": join_form(game)})
    if isinstance(message, JoinMessage):
        joined = game.join(message.name, message.team, message.key)
        person = joined.participant
        view = view_of(game, person)
        reply = {"type": "joined", **with_id, "token": joined.token, "state": view}
        return Reply(reply, joined.durable, person.number)
    if isinstance(message, AnswerMessage):
        receipt = game.answer(message.token, message.position, message.response)
        ack = {"type": "ack", **with_id, **receipt.ack, "duplicate": receipt.duplicate}
        return Reply(ack, receipt.durable)
    person = game.rejoin(message.token)
    kind = "joined" if isinstance(message, RejoinMessage) else "state"
    return Reply({"type": kind, **with_id, "state": view_of(game, person)}, None, person.number)


def handle(game: LiveGame, raw: bytes | str) -> Reply:
    """Read one message from a phone and act on it (see the module docstring)."""
    client_id: object = None
    try:
        message = parse_message(raw)
        client_id = message.id
        return _reply(game, message)
    except LiveRefused as refused:
        if refused.code in ("malformed", "too_large", "wrong_room", "unknown_token"):
            log.info("phone message dropped: %s (%s)", refused.code, refused)
        return Reply(error_message(client_id, refused))


class RateLimit:
    """A token bucket per connection: ``rate`` messages a second on average, bursts of
    ``burst``. ``allow()`` says whether one more message may be handled now."""

    def __init__(
        self,
        rate: float = RATE_PER_SECOND,
        burst: int = RATE_BURST,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._tokens = float(burst)
        self._at = clock()

    def allow(self) -> bool:
        now = self.clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
