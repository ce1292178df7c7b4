"""Every limit of the phone game and every reason a phone's message is refused, once.

``docs/live-protocol.md`` quotes these numbers; the transport enforces the network ones
(message size, rate, connections) and the game the rest. A refusal carries a stable
``code`` (the phone page translates it) and a plain English ``message``.
"""

from __future__ import annotations

from trainer.core.kinds.phone import MAX_ANSWER_TEXT as MAX_ANSWER_TEXT
from trainer.core.kinds.phone import MAX_LIST as MAX_LIST
from trainer.core.kinds.phone import MAX_NUMBER_TEXT as MAX_NUMBER_TEXT
from trainer.core.workshop.definition import WorkshopError

# -- participants -----------------------------------------------------------------------
PARTICIPANT_LIMIT = 300
"""Participants a room admits unless the facilitator chooses another limit."""
MAX_PARTICIPANT_LIMIT = 1000
"""The most a facilitator can choose."""
MAX_NAME = 30
"""Most characters (code points, after normalising) of a participant's name."""

# -- answers ------------------------------------------------------------------------------
# MAX_ANSWER_TEXT, MAX_NUMBER_TEXT and MAX_LIST (imported above) bound an answer's texts
# and lists: they are set beside the kinds' phone forms that enforce them
# (trainer/core/kinds/phone.py).
LATE_GRACE_MS = 250
"""An answer arriving up to this long after the clock reached zero still counts (the
phone's countdown starts when the state reaches it, a little after the host's)."""
CLOCK_SAVE_EVERY_S = 1.0
"""While answers arrive, the time left is saved with them at most this often."""

# -- messages (enforced by the transport) -------------------------------------------------
MAX_MESSAGE_BYTES = 8192
"""Largest message from a phone (a WebSocket frame or an HTTP body), in bytes."""
MAX_JSON_DEPTH = 4
"""Deepest nesting of arrays and objects in a message."""
RATE_PER_SECOND = 5.0
"""Messages a connection may send per second, on average..."""
RATE_BURST = 20
"""...with bursts of this many (a token bucket)."""
MAX_CONNECTIONS_PER_PARTICIPANT = 3
"""Open connections the transport keeps per participant allowed (with the limit above:
at most ``limit × 3`` connections; joining ones count too)."""
MAX_CLIENT_ID = 64
"""Most characters of a message's ``id`` (echoed in the reply)."""

# -- room codes and tokens --------------------------------------------------------------
ROOM_CODE_LENGTH = 6
ROOM_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L)."""
TOKEN_BYTES = 16
"""A participant's token: 128 random bits, written as 22 URL-safe base64 characters."""
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{22}$"


REASONS: dict[str, str] = {
    "malformed": "The message could not be read.",
    "too_large": "The message is too large.",
    "rate_limited": "Too many messages; wait a moment.",
    "wrong_room": "There is no game with this room code here.",
    "unknown_token": "This device is not in the game; join again.",
    "removed": "The facilitator removed you from this game.",
    "locked": "The game is closed to new participants.",
    "full": "The game is full.",
    "name_invalid": "Choose another name.",
    "name_taken": "Someone already has this name; choose another.",
    "team_required": "Choose your team.",
    "unknown_team": "There is no such team in this game.",
    "not_current": "This question is not being asked now.",
    "not_open": "The question's clock has not started yet.",
    "time_up": "Time is up: your answer came too late.",
    "invalid_answer": "This answer does not fit the question.",
    "not_answerable": "This question cannot be answered on a phone.",
    "unavailable": "Your answer could not be saved; send it again.",
    "unknown_participant": "There is no such participant in this game.",
}
"""Every reason a message or an action is refused: code → message."""


class LiveRefused(WorkshopError):
    """A message or an action the game refuses: ``code`` (a key of :data:`REASONS`) and
    a plain message (the reason's, or a more precise one)."""

    def __init__(self, code: str, message: str | None = None) -> None:
        if code not in REASONS:
            raise ValueError(f"unknown refusal code {code!r}")
        self.code = code
        super().__init__(message or REASONS[code])

    def to_plain(self) -> dict[str, str]:
        """The error as a phone receives it."""
        return {"code": self.code, "message": str(self)}
