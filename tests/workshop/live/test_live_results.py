"""Results of a phone game: the console's lists and chart, the standings with ties and
teams, and the CSV of participant × question read back from the store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from livekit import ITEMS, RIGHT, WRONG, Live, LiveClock, done, live_workshop

from trainer.core.banks import Question
from trainer.core.workshop.live import (
    LiveGame,
    answered,
    console_view,
    distribution,
    export_live_csv,
    live_results,
)
from trainer.store import open_store


def test_the_console_sees_who_answered_and_the_distribution(live: Live) -> None:
    game, clock = live.game, live.clock
    a, b, c = game.join("A"), game.join("B"), game.join("C")
    game.show(1)  # multiple choice
    game.start_clock()
    game.answer(b.token, 1, ["IOM", "WTO"])
    clock.advance(1)
    game.answer(a.token, 1, RIGHT["ws.mc1"])
    assert answered(game) == {
        "position": 1, "count": 2, "of": 3, "names": ["B", "A"], "waiting": ["C"],
    }  # fmt: skip
    chart = distribution(game)
    assert (chart["answered"], chart["no_answer"]) == (2, 1)
    bars = {bar["key"]: (bar["count"], bar["correct"]) for bar in chart["bars"]}
    assert bars == {"IOM": (2, True), "UNHCR": (1, True), "WTO": (1, False), "NATO": (0, False)}
    game.show(2)  # true/false
    game.start_clock()
    game.answer(c.token, 2, False)
    assert [(b["key"], b["count"], b["correct"]) for b in distribution(game)["bars"]] == [
        ("true", 0, True),
        ("false", 1, False),
    ]
    game.show(4)  # short answer: right / partly / wrong
    game.start_clock()
    game.answer(a.token, 4, RIGHT["ws.sa1"])
    game.answer(b.token, 4, WRONG["ws.sa1"])
    assert [b["count"] for b in distribution(game)["bars"]] == [1, 0, 1]
    done(game.remove(3))
    view = console_view(game)
    assert [p["removed"] for p in view["participants"]] == [False, False, True]
    assert view["answered"]["of"] == 2 and view["room_code"] == game.room_code


def test_results_rank_participants_and_teams_and_export_every_row(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    game = LiveGame.start(
        store, live_workshop(questions), by_id, teams=["Red", "Blue"], clock=LiveClock()
    )
    people = [
        game.join(n, t)
        for n, t in [("=cmd", "Red"), ("Bo", "Blue"), ("Cy", "Red"), ("Dee", "Blue")]
    ]
    for position in (0, 2):
        game.show(position)
        game.start_clock()
        for person, right in zip(people, (True, True, False, True), strict=True):
            item = ITEMS[position]
            game.answer(person.token, position, RIGHT[item] if right else WRONG[item])
    done(game.remove(4))
    done(game.finish())
    game.close()
    results = live_results(store, game.id)
    assert [(s.rank, s.name, s.points) for s in results.standings] == [
        (1, "=cmd", 2.0),
        (1, "Bo", 2.0),
        (3, "Cy", 0.0),
    ]
    assert [(t.rank, t.team.name, t.members, t.points) for t in results.team_standings] == [
        (1, "Blue", 1, 2.0),
        (2, "Red", 2, 1.0),
    ]
    assert [s.name for s in results.podium()] == ["=cmd", "Bo", "Cy"]
    exported = export_live_csv(results, by_id)
    rows = list(csv.DictReader(io.StringIO(exported.data.decode("utf-8-sig"))))
    assert exported.exported == len(rows) == 3 * len(ITEMS)  # removed Dee is not there
    first = rows[0]
    assert first["name"] == "'=cmd" and first["team"] == "Red"  # a formula stays text
    assert (first["item_id"], first["correct"], first["content_hash"]) == (
        "ws.sc1",
        "yes",
        by_id["ws.sc1"].content_hash,
    )
    assert rows[1]["correct"] == "" and rows[1]["response"] == ""  # not asked: blank
    store.close()
