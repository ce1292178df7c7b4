"""The workshop played on participants' phones (issue 11), without Qt and without its
transport: the rules, their storage, the views, the protocol. See
``docs/live-protocol.md`` and ``docs/workshop.md`` ("Phones").

Public API::

    from trainer.core.workshop.live import (
        LiveGame, LiveRefused, Phase, Change, SystemClock,
        handle, parse_message, RateLimit, Reply,
        phone_view, console_view, answered, distribution, participant_rows,
        live_results, export_live_csv, live_session_ids,
    )
"""

from trainer.core.workshop.live.clock import Clock, SystemClock
from trainer.core.workshop.live.game import LiveGame
from trainer.core.workshop.live.limits import REASONS, LiveRefused
from trainer.core.workshop.live.protocol import (
    RateLimit,
    Reply,
    error_message,
    handle,
    parse_message,
    push_message,
)
from trainer.core.workshop.live.records import (
    AnswerReceipt,
    AnswerRecord,
    Change,
    JoinReceipt,
    Participant,
    Phase,
    Team,
)
from trainer.core.workshop.live.results import (
    LiveResults,
    export_live_csv,
    live_results,
    result_rows,
)
from trainer.core.workshop.live.standings import Standing, TeamStanding
from trainer.core.workshop.live.storage import is_live, live_session_ids
from trainer.core.workshop.live.views import (
    answered,
    console_view,
    distribution,
    join_form,
    participant_rows,
    phone_view,
    view_of,
)

__all__ = [
    "REASONS",
    "AnswerReceipt",
    "AnswerRecord",
    "Change",
    "Clock",
    "JoinReceipt",
    "LiveGame",
    "LiveRefused",
    "LiveResults",
    "Participant",
    "Phase",
    "RateLimit",
    "Reply",
    "Standing",
    "SystemClock",
    "Team",
    "TeamStanding",
    "answered",
    "console_view",
    "distribution",
    "error_message",
    "export_live_csv",
    "handle",
    "is_live",
    "join_form",
    "live_results",
    "live_session_ids",
    "parse_message",
    "participant_rows",
    "phone_view",
    "push_message",
    "result_rows",
    "view_of",
]
