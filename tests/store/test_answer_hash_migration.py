"""Revision 0004: old answer rows learn the version of their question."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from trainer.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", ["v1", "v2", "v3"])
def test_old_answers_get_the_hash_of_the_question_they_answered(
    tmp_path: Path, fixture: str
) -> None:
    """A quiz answer takes its review's hash; a workshop answer the item's revision current
    when it was given (``gmg.founding-name`` changed from h1 to h2 a day before the workshop;
    the hash the item table holds now does not matter)."""
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"{fixture}.sqlite3", db)
    store = open_store(db)
    with store.write() as conn:  # the item's text changed again since: h3 is not asked
        conn.exec_driver_sql("UPDATE item SET content_hash = 'h3' WHERE id = 'gmg.founding-name'")
    with store.read() as conn:
        quiz = conn.exec_driver_sql("SELECT item_id, content_hash FROM quiz_answer").all()
        workshop = conn.exec_driver_sql(
            "SELECT team_id, item_id, content_hash FROM workshop_answer ORDER BY team_id, position"
        ).all()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    store.close()
    assert quiz == [("gmg.founding-name", "h2")]
    if fixture == "v1":
        assert workshop == []
    else:
        assert workshop == [
            (1, "gmg.founding-name", "h2"),
            (1, "hld.roundtables/card", "h9"),
            (2, "gmg.founding-name", "h2"),
        ]


def test_an_answer_before_any_known_revision_stays_unknown(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "v3.sqlite3", db)
    raw = sqlite3.connect(db)
    with raw:  # answered before the item was first seen: no revision to name
        raw.execute("UPDATE workshop_answer SET answered_at = 0 WHERE team_id = 2")
    raw.close()
    store = open_store(db)
    with store.read() as conn:
        hashes = conn.exec_driver_sql(
            "SELECT content_hash FROM workshop_answer WHERE team_id = 2"
        ).all()
    store.close()
    assert hashes == [(None,)]
