"""Facilitator workshop mode, without Qt: definitions, sessions, results, exports, handouts.

Public API::

    from trainer.core.workshop import (
        build_workshop, swap, save_workshop, open_workshop, Workshop,
        WorkshopError, WorkshopFileError,
        WorkshopSession, unfinished_sessions, question_results, team_results,
    )
    from trainer.core.workshop.exports import (
        export_gift, export_moodle_xml, export_apkg, export_csv, ExportResult,
    )
    from trainer.core.workshop.printable import handout_html, answer_key_html, score_sheet_html
    from trainer.core.workshop.snapshot import Snapshot, read_snapshot
    from trainer.core.workshop.letter_answers import answer_by_letter, letter_response

See ``docs/workshop.md``.

The names load on first use (PEP 562): a screen that needs only ``letters`` or
``session_records`` does not pay for the workshop file's pydantic models, and the
way to Home stays light (``tests/test_startup_imports.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from trainer.core.workshop.definition import (
        SCORED_KINDS,
        FileProblem,
        Workshop,
        WorkshopError,
        WorkshopFileError,
        build_workshop,
        open_workshop,
        parse_workshop,
        save_workshop,
        swap,
        swap_candidates,
    )
    from trainer.core.workshop.results import (
        QuestionResult,
        TeamResult,
        question_results,
        response_text,
        team_results,
    )
    from trainer.core.workshop.session import (
        Answer,
        SessionInfo,
        SessionState,
        Standing,
        Team,
        WorkshopSession,
        all_sessions,
        unfinished_sessions,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "definition": "SCORED_KINDS FileProblem Workshop WorkshopError WorkshopFileError "
        "build_workshop open_workshop parse_workshop save_workshop swap swap_candidates",
        "results": "QuestionResult TeamResult question_results response_text team_results",
        "session": "Answer SessionInfo SessionState Standing Team WorkshopSession "
        "all_sessions unfinished_sessions",
    },
)

__all__ = [
    "SCORED_KINDS",
    "Answer",
    "FileProblem",
    "QuestionResult",
    "SessionInfo",
    "SessionState",
    "Standing",
    "Team",
    "TeamResult",
    "Workshop",
    "WorkshopError",
    "WorkshopFileError",
    "WorkshopSession",
    "all_sessions",
    "build_workshop",
    "open_workshop",
    "parse_workshop",
    "question_results",
    "response_text",
    "save_workshop",
    "swap",
    "swap_candidates",
    "team_results",
    "unfinished_sessions",
]
