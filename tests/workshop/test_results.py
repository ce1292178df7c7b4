"""Results of a session: facility and most chosen wrong answer per question, per-team scores."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from trainer.core.banks import Question
from trainer.core.workshop import (
    WorkshopSession,
    build_workshop,
    question_results,
    response_text,
    team_results,
)
from trainer.store import open_store


def test_facility_and_common_wrong_answer(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    w = replace(build_workshop(questions, seed=1, count=3), items=("ws.sc1", "ws.num1", "ws.tf1"))
    store = open_store(tmp_path / "t.sqlite3")
    s = WorkshopSession.start(store, w, ["A", "B", "C", "D"], by_id)
    a, b, c, d = s.teams()
    s.record(a, 0, "Geneva Migration Group")
    s.record(b, 0, "Geneva Migration Forum")
    s.record(c, 0, "Global Migration Forum")
    s.record(d, 0, "Geneva Migration Forum")
    s.record(a, 1, 17)  # within tolerance 1
    s.record(b, 1, 1600)
    s.mark(c, 1, 0.0)  # marked wrong: no response to count
    s.record(a, 2, True)
    s.record(b, 2, True)
    q0, q1, q2 = question_results(s)
    assert (q0.answered, q0.right, q0.facility) == (4, 1, 0.25)
    assert (q0.common_wrong, q0.common_wrong_count) == ("Geneva Migration Forum", 2)
    assert q0.expected == "Geneva Migration Group"
    assert (q1.answered, q1.right, q1.facility, q1.common_wrong) == (3, 1, 0.25, "1,600")
    assert (q2.right, q2.facility, q2.common_wrong) == (2, 0.5, None)
    teams = team_results(s)
    assert [(t.team.name, t.points, t.right) for t in teams] == [
        ("A", 3.0, 3),
        ("B", 1.0, 1),
        ("C", 0.0, 0),
        ("D", 0.0, 0),
    ]
    assert sorted(teams[0].answers) == [0, 1, 2]
    assert teams[3].answers[0].response == "Geneva Migration Forum"
    store.close()


@pytest.mark.parametrize(
    ("response", "text"),
    [
        (None, "(no answer)"),
        (True, "True"),
        (1600, "1,600"),
        (["IOM", "WTO"], "IOM; WTO"),
        ({"IOM": "Geneva"}, "IOM → Geneva"),
        ("text", "text"),
    ],
)
def test_response_text(response: object, text: str) -> None:
    assert response_text(response) == text
