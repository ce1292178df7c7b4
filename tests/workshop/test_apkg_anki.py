"""The .apkg opened by Anki's own Python library (``anki``, a development dependency):
Anki imports it, and every note holds its question, answer, explanation and source."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from trainer.core.banks import Question
from trainer.core.banks.questions import OrderingQuestion
from trainer.core.scoring import expected_text
from trainer.core.workshop.exports import export_apkg
from trainer.core.workshop.exports.anki import MODEL_NAME, stable_id

anki_collection = pytest.importorskip("anki.collection")


def _import(path: Path, folder: Path) -> object:
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    request = anki_collection.ImportAnkiPackageRequest(package_path=str(path))
    col.import_anki_package(request)
    return col


def test_anki_imports_every_question_as_a_note(tmp_path: Path, questions: list[Question]) -> None:
    result = export_apkg(questions, "Workshop deck", seed=7)
    assert result.exported == len(questions) and not result.skipped
    path = tmp_path / "deck.apkg"
    result.write(path)
    col = _import(path, tmp_path)
    try:
        ids = col.find_notes("")  # type: ignore[attr-defined]
        assert len(ids) == len(questions)
        names = {d.name for d in col.decks.all_names_and_ids()}  # type: ignore[attr-defined]
        assert "Workshop deck" in names  # (Anki gives an imported deck its own id)
        by_item = {}
        for note_id in ids:
            note = col.get_note(note_id)  # type: ignore[attr-defined]
            assert note.note_type()["name"] == MODEL_NAME
            assert note.note_type()["id"] == stable_id(MODEL_NAME)
            by_item[html.unescape(note["ItemId"])] = note
        assert set(by_item) == {q.id for q in questions}
        for q in questions:
            note = by_item[q.id]
            assert html.unescape(note["Source"]) == q.source
            assert html.unescape(note["Explanation"]) == q.explanation
            back = html.unescape(re.sub(r"<[^>]+>", " ", note["Back"]))
            if isinstance(q, OrderingQuestion):  # the entries, in their right order
                places = [back.index(entry) for entry in q.sequence]
                assert places == sorted(places)
            elif q.kind != "flashcard":
                assert expected_text(q).split(";")[0].split("→")[0].strip() in back
            assert q.bank_id in note.tags
        deck_cards = col.find_cards('deck:"Workshop deck"')  # type: ignore[attr-defined]
        assert len(deck_cards) == len(questions)
    finally:
        col.close()  # type: ignore[attr-defined]


def test_importing_the_same_export_twice_adds_nothing(
    tmp_path: Path, questions: list[Question]
) -> None:
    """Stable note guids: a re-export updates the trainee's notes instead of doubling them."""
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_apkg(questions, "Workshop deck", seed=7).write(first)
    export_apkg(questions, "Workshop deck", seed=7).write(second)
    col = _import(first, tmp_path)
    try:
        request = anki_collection.ImportAnkiPackageRequest(package_path=str(second))
        col.import_anki_package(request)  # type: ignore[attr-defined]
        assert len(col.find_notes("")) == len(questions)  # type: ignore[attr-defined]
    finally:
        col.close()  # type: ignore[attr-defined]


def test_anki_imports_a_deck_with_control_characters(
    tmp_path: Path, questions: list[Question]
) -> None:
    """C5: a field separator (\\x1f) in a text made Anki refuse the whole deck."""
    from dataclasses import replace

    hostile = [replace(q, explanation="Unit\x1fseparator\x01") for q in questions]
    path = tmp_path / "deck.apkg"
    export_apkg(hostile, "Deck\x1f", seed=1).write(path)
    col = _import(path, tmp_path)
    try:
        ids = col.find_notes("")  # type: ignore[attr-defined]
        assert len(ids) == len(questions)
        note = col.get_note(ids[0])  # type: ignore[attr-defined]
        assert note["Explanation"] == "Unit\ufffdseparator\ufffd"
    finally:
        col.close()  # type: ignore[attr-defined]
