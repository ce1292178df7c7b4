"""Anki package (``.apkg``) export with genanki: every question becomes a flashcard.

The front is the prompt (with the options, entries or pairs to consider, shuffled by
the workshop's seed where the order would give the answer away); the back is the right
answer, the explanation and the source. The note model and the deck have stable ids
derived from a hash (so importing again updates rather than duplicates), and each
note's guid comes from its item id. :data:`FRONTS` says how each kind's front is
written; every kind can be a flashcard, and a kind missing from the table is reported.
"""

from __future__ import annotations

import hashlib
import html
import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from trainer.core.banks.questions import MatchingQuestion, Question
from trainer.core.kinds import kind_of, right_answer
from trainer.core.workshop.exports.base import (
    ExportResult,
    check_export,
    holdable_question,
    holdable_text,
    not_held,
    skip,
)

MODEL_NAME = "Trainer flashcard (v1)"
CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: left; color: #111;
 background: #fff; }
.explanation { margin-top: 1em; font-size: 18px; }
.source { margin-top: .5em; font-size: 14px; color: #555; }"""


def stable_id(name: str) -> int:
    """A stable id in Anki's recommended range [2**30, 2**31) derived from ``name``."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def _model() -> Any:
    import genanki  # type: ignore[import-untyped]  # only when a deck is made

    return genanki.Model(
        stable_id(MODEL_NAME),
        MODEL_NAME,
        fields=[
            {"name": "Front"},
            {"name": "Back"},
            {"name": "Explanation"},
            {"name": "Source"},
            {"name": "ItemId"},
        ],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}'
                '<div class="explanation">{{Explanation}}</div>'
                '<div class="source">{{Source}}</div>',
            }
        ],
        css=CSS,
    )


def _list(entries: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(e)}</li>" for e in entries) + "</ul>"


def _choices(question: Question, seed: int) -> str:
    """The options (or the entries to order) in the order of ``seed``."""
    return _list(kind_of(question).choices(question, seed))


def _true_or_false(_question: Question, _seed: int) -> str:
    return "<br><i>True or false?</i>"


def _pairs(question: MatchingQuestion, seed: int) -> str:
    return _list(question.lefts) + _choices(question, seed)


def _nothing(_question: Question, _seed: int) -> str:
    return ""


FRONTS: dict[str, Callable[[Any, int], str]] = {
    "single_choice": _choices,
    "multiple_choice": _choices,
    "true_false": _true_or_false,
    "numeric": _nothing,
    "short_answer": _nothing,
    "cloze": _nothing,
    "ordering": _choices,
    "matching": _pairs,
    "flashcard": _nothing,
}
"""What each kind's card shows under the prompt (HTML)."""
NOT_HELD: dict[str, str] = {}
"""The kinds the Anki export cannot hold, and why (a kind in neither table is reported)."""


def cannot_hold(question: Question) -> str | None:
    """Why the Anki export cannot hold ``question``, or ``None`` when it can."""
    if question.kind in FRONTS:
        return None
    return not_held("The Anki export", question, NOT_HELD)


def card_front(question: Question, seed: int) -> str:
    """The front of ``question``'s card as HTML."""
    return html.escape(question.prompt) + FRONTS[question.kind](question, seed)


def card_back(question: Question) -> str:
    """The back of ``question``'s card as HTML (the right answer)."""
    answer = right_answer(question)
    if answer.listing == "numbered":
        return "<ol>" + "".join(f"<li>{html.escape(e)}</li>" for e in answer.parts) + "</ol>"
    if answer.listing == "lines":
        return _list(answer.parts)
    return html.escape(answer.text)


def export_apkg(
    questions: Sequence[Question], title: str = "Trainer", seed: int = 0
) -> ExportResult:
    """The questions as an Anki deck named ``title``."""
    import genanki

    model = _model()
    title = holdable_text(title)
    deck = genanki.Deck(stable_id(f"deck:{title}"), title)
    skipped: list[str] = []
    for question in map(holdable_question, questions):
        reason = cannot_hold(question)
        if reason is not None:
            skipped.append(skip(question, reason))
            continue
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    card_front(question, seed),
                    card_back(question),
                    html.escape(question.explanation),
                    html.escape(question.source),
                    html.escape(question.id),
                ],
                guid=genanki.guid_for(question.id),
                tags=[question.bank_id, *(t.replace(" ", "_") for t in question.tags)],
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        genanki.Package(deck).write_to_file(str(path))
        data = path.read_bytes()
    exported = len(questions) - len(skipped)
    problem = apkg_problem(data, exported, len(model.fields))
    check_export("Anki", problem is None, problem or "")
    return ExportResult(data, exported, skipped)


def apkg_problem(data: bytes, notes: int, fields: int) -> str | None:
    """What would make Anki refuse the package ``data``, or ``None``: it must hold a
    collection with ``notes`` notes of ``fields`` fields each (Anki refuses the whole
    deck when one note has another number of fields)."""
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "collection.anki2"
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                path.write_bytes(archive.read("collection.anki2"))
            conn = sqlite3.connect(path)
            try:
                rows = [r[0] for r in conn.execute("SELECT flds FROM notes")]
            finally:
                conn.close()
    except (zipfile.BadZipFile, KeyError, sqlite3.Error) as error:
        return f"unreadable package: {error}"
    if len(rows) != notes:
        return f"{len(rows)} notes for {notes} questions"
    if any(r.count("\x1f") != fields - 1 for r in rows):
        return "a note with the wrong number of fields"
    return None
