"""The phone game's rules with an injected clock, on a real SQLite file: joining,
rejoining with the token, the facilitator's actions, answering (double, late, not
current), every kind, speed points, and resuming after the game is reopened."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from livekit import ITEMS, RIGHT, WRONG, Live, LiveClock, done, live_workshop

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopError
from trainer.core.workshop.live import LiveGame, LiveRefused, Phase, phone_view
from trainer.core.workshop.live.limits import LATE_GRACE_MS, MAX_NAME
from trainer.core.workshop.live.texts import token_hash
from trainer.store import open_store


def refused(code: str) -> pytest.RaisesExc[LiveRefused]:
    return pytest.raises(LiveRefused, check=lambda e: e.code == code)


def ask(live: Live, position: int = 0) -> None:
    """Show the question at ``position`` and start its clock."""
    done(live.game.show(position))
    done(live.game.start_clock())


def test_join_gives_a_128_bit_token_kept_only_as_its_hash(live: Live) -> None:
    joined = live.game.join("  Amina  ")
    done(joined.durable)
    assert joined.participant.name == "Amina" and joined.participant.number == 1
    assert len(joined.token) == 22  # 16 random bytes, URL-safe base64
    other = live.game.join("Bilal")
    assert other.token != joined.token
    raw = sqlite3.connect(live.db)
    stored = raw.execute("SELECT number, name, token_hash FROM live_participant").fetchall()
    raw.close()
    assert (1, "Amina", token_hash(joined.token)) in stored
    assert all(joined.token not in str(row) for row in stored)


def test_rejoin_with_the_token_returns_the_same_participant_and_question(live: Live) -> None:
    game = live.game
    amina = game.join("Amina")
    ask(live)
    done(game.answer(amina.token, 0, RIGHT["ws.sc1"]).durable)
    before = len(game.participants())
    again = game.rejoin(amina.token)
    assert again is amina.participant and len(game.participants()) == before
    view = phone_view(game, amina.token)
    assert view["phase"] == "question" and view["question"]["position"] == 0
    assert view["you"]["name"] == "Amina"
    assert view["answer"] == {"status": "received", "response": RIGHT["ws.sc1"]}
    assert amina.token not in json.dumps(view)
    with refused("unknown_token"):
        game.rejoin("A" * 22)
    with refused("unknown_token"):
        game.rejoin("not a token at all")
    with refused("unknown_token"):
        game.rejoin(None)


def test_a_resent_join_with_the_same_key_is_the_same_participant(live: Live) -> None:
    first = live.game.join("Amina", key="k" * 20)
    assert live.game.join("Amina", key="k" * 20) is first
    with refused("name_taken"):
        live.game.join("amina", key="x" * 20)
    assert len(live.game.participants()) == 1


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "name_invalid"),
        ("   ", "name_invalid"),
        ("x" * (MAX_NAME + 1), "name_invalid"),
        ("Ami\x00na", "name_invalid"),
        ("Ami\nna", "name_invalid"),
        ("Ami\tna", "name_invalid"),
        ("Ami\u202ena", "name_invalid"),  # right-to-left override
        ("Ami\u2028na", "name_invalid"),  # line separator
        (42, "name_invalid"),
        (["Amina"], "name_invalid"),
        (None, "name_invalid"),
    ],
)
def test_names_are_refused_when_not_plain_short_text(live: Live, name: object, code: str) -> None:
    with refused(code):
        live.game.join(name)
    assert live.game.participants() == []


def test_names_are_normalised_and_markup_is_kept_as_plain_text(live: Live) -> None:
    game = live.game
    assert game.join("Jose\u0301   Maria").participant.name == "José Maria"  # NFC, spaces
    script = "<script>alert(1)</script>"
    assert game.join(script).participant.name == script
    assert game.join("👩\u200d💻 Dev").participant.name == "👩\u200d💻 Dev"  # a joiner is fine
    with refused("name_taken"):
        game.join("JOSÉ MARIA")
    view = phone_view(game, game.join("Zoe").token)
    assert view["you"]["name"] == "Zoe"


def test_teams_are_required_when_the_game_has_them(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    game = LiveGame.start(
        store, live_workshop(questions), by_id, teams=["Red", "Blue"], clock=LiveClock()
    )
    with refused("team_required"):
        game.join("Amina")
    with refused("unknown_team"):
        game.join("Amina", "Green")
    joined = game.join("Amina", "Blue")
    assert game.team_name(joined.participant.team_id) == "Blue"
    assert phone_view(game, joined.token)["you"]["team"] == "Blue"
    game.close()
    store.close()


def test_lock_and_the_participant_limit(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    game = LiveGame.start(store, live_workshop(questions), by_id, limit=2, clock=LiveClock())
    a = game.join("A")
    game.join("B")
    with refused("full"):
        game.join("C")
    done(game.remove(a.participant.number))
    game.join("C")  # a removed participant frees a place
    done(game.lock())
    with refused("locked"):
        game.join("D")
    game.rejoin(game.reattach(2).token)  # the ones in the game still come back
    game.lock(False)
    with refused("full"):
        game.join("D")
    game.close()
    store.close()


def test_answers_count_only_for_the_current_question_while_its_clock_runs(live: Live) -> None:
    game, clock = live.game, live.clock
    amina = game.join("Amina")
    with refused("not_current"):  # the lobby
        game.answer(amina.token, 0, RIGHT["ws.sc1"])
    done(game.show(0))
    with refused("not_open"):  # the clock has not started
        game.answer(amina.token, 0, RIGHT["ws.sc1"])
    done(game.start_clock())
    with refused("not_current"):
        game.answer(amina.token, 1, RIGHT["ws.mc1"])
    with refused("not_current"):
        game.answer(amina.token, True, RIGHT["ws.sc1"])
    clock.advance(30 + LATE_GRACE_MS / 1000 + 0.01)
    with refused("time_up"):
        game.answer(amina.token, 0, RIGHT["ws.sc1"])
    assert game.answers_to(0) == []


def test_an_answer_within_the_grace_counts_without_speed_points(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    clock = LiveClock()
    w = live_workshop(questions, speed_bonus=True, points=10)
    game = LiveGame.start(store, w, by_id, clock=clock)
    late, quick = game.join("Late"), game.join("Quick")
    game.show(0)
    game.start_clock()
    clock.advance(6)
    answer = game.answer(quick.token, 0, RIGHT["ws.sc1"])
    assert game.answer_of(2, 0) is not None and game.answer_of(2, 0).points == 14.0  # type: ignore[union-attr]
    clock.advance(24 + (LATE_GRACE_MS - 50) / 1000)
    assert game.check_clock() and not game.check_clock()
    game.answer(late.token, 0, RIGHT["ws.sc1"])
    assert game.answer_of(1, 0).points == 10.0  # type: ignore[union-attr]
    done(answer.durable)
    game.close()
    store.close()


def test_a_second_answer_counts_once_with_the_same_acknowledgement(live: Live) -> None:
    game = live.game
    amina = game.join("Amina")
    ask(live)
    first = game.answer(amina.token, 0, RIGHT["ws.sc1"])
    second = game.answer(amina.token, 0, RIGHT["ws.sc1"])  # a double tap
    changed = game.answer(amina.token, 0, WRONG["ws.sc1"])  # a changed mind
    assert not first.duplicate and second.duplicate and changed.duplicate
    assert second.ack == first.ack == changed.ack and second.durable is first.durable
    done(first.durable)
    game.reveal()
    live.clock.advance(40)  # long after time is up, a resend still gets its ack
    assert game.answer(amina.token, 0, RIGHT["ws.sc1"]).ack == first.ack
    assert len(game.answers_to(0)) == 1 and game.standings()[0].points == 1.0
    raw = sqlite3.connect(live.db)
    assert raw.execute("SELECT count(*) FROM live_answer").fetchone() == (1,)
    raw.close()


def test_the_clock_pauses_and_answers_wait_for_no_one_after_it_runs_out(live: Live) -> None:
    game, clock = live.game, live.clock
    a, b = game.join("A"), game.join("B")
    ask(live)
    clock.advance(10)
    done(game.pause_clock())
    clock.advance(100)  # paused: no time passes
    assert game.time_left_ms() == 20_000
    game.answer(a.token, 0, RIGHT["ws.sc1"])  # answers still count while paused
    game.start_clock()
    clock.advance(21)
    with refused("time_up"):
        game.answer(b.token, 0, RIGHT["ws.sc1"])
    assert phone_view(game, b.token)["accepting"] is False


@pytest.mark.parametrize("position", range(len(ITEMS)))
def test_every_kind_is_scored_right_and_wrong(live: Live, position: int) -> None:
    game = live.game
    right, wrong = game.join("Right"), game.join("Wrong")
    ask(live, position)
    item = ITEMS[position]
    game.answer(right.token, position, RIGHT[item])
    game.answer(wrong.token, position, WRONG[item])
    assert game.answer_of(1, position).correct  # type: ignore[union-attr]
    assert not game.answer_of(2, position).correct  # type: ignore[union-attr]
    assert game.answer_of(2, position).fraction < 1.0  # type: ignore[union-attr]


BAD_ANSWERS = [
    ("ws.sc1", "Not an option"),
    ("ws.sc1", ["Geneva Migration Group"]),
    ("ws.mc1", "IOM"),
    ("ws.mc1", ["IOM", "IOM"]),
    ("ws.mc1", ["IOM", "Nope"]),
    ("ws.tf1", "true"),
    ("ws.tf1", 1),
    ("ws.num1", True),
    ("ws.num1", "sixteen"),
    ("ws.num1", 1e300),
    ("ws.num1", "1" * 41),
    ("ws.sa1", ""),
    ("ws.sa1", "x" * 201),
    ("ws.sa1", "two\nlines"),
    ("ws.sa1", {"a": 1}),
    ("ws.cl2", ["2006"]),
    ("ws.cl2", ["2006", 2013]),
    ("ws.cl2", "2006 2013"),
    ("ws.ord1", ["Founding", "Expansion"]),
    ("ws.ord1", ["Founding", "Founding", "Renaming"]),
    ("ws.match1", {"IOM": "Paris"}),
    ("ws.match1", {"WHO": "Geneva"}),
    ("ws.match1", [["IOM", "Geneva"]]),
    ("ws.match1", None),
]


@pytest.mark.parametrize(("item", "response"), BAD_ANSWERS)
def test_answers_that_do_not_fit_the_kind_are_refused(
    live: Live, item: str, response: object
) -> None:
    game = live.game
    amina = game.join("Amina")
    ask(live, ITEMS.index(item))
    with refused("invalid_answer"):
        game.answer(amina.token, ITEMS.index(item), response)
    assert game.answers_to(ITEMS.index(item)) == []


def test_remove_rename_and_reattach(live: Live) -> None:
    game = live.game
    rude, amina = game.join("Rude word"), game.join("Amina")
    ask(live)
    game.answer(amina.token, 0, RIGHT["ws.sc1"])
    done(game.rename(1, "Participant 1"))
    assert phone_view(game, rude.token)["you"]["name"] == "Participant 1"
    with refused("name_taken"):
        game.rename(1, "AMINA")
    done(game.remove(1))
    with refused("removed"):
        game.rejoin(rude.token)
    with refused("removed"):
        game.answer(rude.token, 0, RIGHT["ws.sc1"])
    assert [p.name for p in game.participants()] == ["Amina"]
    game.join("Rude word")  # the name is free again (it's a new participant)
    moved = game.reattach(2)  # Amina's phone died: her new device gets a new token
    done(moved.durable)
    with refused("unknown_token"):
        game.rejoin(amina.token)
    assert game.rejoin(moved.token).name == "Amina"
    assert game.answer(moved.token, 0, WRONG["ws.sc1"]).duplicate  # her answer stands
    with refused("unknown_participant"):
        game.rename(99, "x")


def test_views_hide_the_answer_until_the_reveal_then_show_score_and_rank(live: Live) -> None:
    game = live.game
    a, b = game.join("A"), game.join("B")
    ask(live)
    game.answer(a.token, 0, RIGHT["ws.sc1"])
    during = phone_view(game, a.token)
    text = json.dumps(during)
    assert "correct" not in text and "expected" not in text and "explanation" not in text
    assert during["you"]["score"] == 0.0  # not told by a moving score either
    assert set(during["question"]["options"]) == {
        "Geneva Migration Group",
        "Global Migration Forum",
        "Geneva Migration Forum",
        "A = B ~ C",
    }
    assert during["clock"] == {"left_ms": 30_000, "running": True, "total_ms": 30_000}
    game.show_leaderboard()
    assert phone_view(game, a.token)["you"]["score"] == 0.0
    game.show_leaderboard(False)
    game.reveal()
    after = phone_view(game, a.token)
    assert after["answer"]["correct"] is True and after["you"]["rank"] == 1
    assert after["reveal"]["expected"] == "Geneva Migration Group"
    assert after["reveal"]["explanation"] and after["reveal"]["source"] == "§1 origins"
    assert phone_view(game, b.token)["answer"] is None
    game.show_leaderboard()
    board = phone_view(game, b.token)
    assert board["phase"] == "leaderboard" and board["you"]["rank"] == 2
    assert [s["name"] for s in board["leaderboard"]] == ["A", "B"]
    done(game.finish())
    end = phone_view(game, b.token)
    assert end["phase"] == "podium" and [s["rank"] for s in end["podium"]] == [1, 2]


def test_phases_move_forward_and_back(live: Live) -> None:
    game = live.game
    assert game.phase == Phase.LOBBY and game.previous() is None
    game.next()
    assert (game.phase, game.position) == (Phase.QUESTION, 0)
    assert game.start_clock() is not None and game.start_clock() is None
    game.reveal()
    game.next()
    assert (game.phase, game.position, game.revealed) == (Phase.QUESTION, 1, False)
    game.previous()
    assert game.position == 0 and not game.countdown.started
    for _ in ITEMS:
        game.next()
    assert game.phase == Phase.PODIUM


@pytest.mark.parametrize(
    ("teams", "message"),
    [(["Red", " red "], "same name"), (["Red", ""], "plain text"), (["A\nB"], "plain text")],
)
def test_a_game_refuses_teams_it_could_not_show(
    tmp_path: Path,
    questions: list[Question],
    by_id: dict[str, Question],
    teams: list[str],
    message: str,
) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    with pytest.raises(WorkshopError, match=message):
        LiveGame.start(store, live_workshop(questions), by_id, teams=teams)
    with pytest.raises(WorkshopError, match="participants"):
        LiveGame.start(store, live_workshop(questions), by_id, limit=0)
    store.close()
