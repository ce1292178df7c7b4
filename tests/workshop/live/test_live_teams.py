"""Team standings of a phone game (issue 11): a team's score is the mean of its active
members' points (teams of different sizes compare fairly), then their mean right
answers; ties share a rank; a team with no active member is not ranked; a removed
participant leaves their team's score and size; speed points count as they count for
the participant. What the phone sees: its own team's rank between questions and at the
podium, and the team board."""

from __future__ import annotations

from pathlib import Path

import pytest
from livekit import ITEMS, RIGHT, WRONG, LiveClock, done, live_workshop

from trainer.core.banks import Question
from trainer.core.workshop.live import LiveGame, phone_view
from trainer.store import open_store


def _game(
    tmp_path: Path,
    questions: list[Question],
    by_id: dict[str, Question],
    teams: list[str],
    *,
    speed_bonus: bool = False,
) -> tuple[LiveGame, LiveClock]:
    clock = LiveClock()
    store = open_store(tmp_path / "teams.sqlite3")
    workshop = live_workshop(questions, points=10, speed_bonus=speed_bonus)
    return LiveGame.start(store, workshop, by_id, teams=teams, clock=clock), clock


def _ask(game: LiveGame, position: int, answers: list[tuple[str, bool]]) -> None:
    """Ask the question at ``position``; each (token, right) answers it."""
    game.show(position)
    game.start_clock()
    item = ITEMS[position]
    for token, right in answers:
        done(game.answer(token, position, RIGHT[item] if right else WRONG[item]).durable)
    game.reveal()


def _board(game: LiveGame) -> list[tuple[int, str, int, float, float]]:
    return [(t.rank, t.team.name, t.members, t.points, t.right) for t in game.team_standings()]


def test_a_team_scores_the_mean_of_its_members_so_sizes_compare_fairly(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    game, _ = _game(tmp_path, questions, by_id, ["Big", "Small", "Empty"])
    big = [game.join(n, "Big") for n in ("A", "B", "C")]
    small = game.join("D", "Small")
    _ask(game, 0, [(big[0].token, True), (big[1].token, True), (small.token, True)])
    # Big: 10 + 10 + 0 over 3 = 6.67; Small: 10 over 1. A sum would put Big first.
    assert _board(game) == [(1, "Small", 1, 10.0, 1.0), (2, "Big", 3, 6.67, 0.67)]
    # the empty team is not ranked, and nobody's phone shows it
    view = phone_view(game, small.token)
    assert view["you"]["team_rank"] == {
        "rank": 1, "name": "Small", "members": 1, "points": 10.0, "right": 1.0,
    }  # fmt: skip
    assert view["you"]["teams_of"] == 2
    game.close()
    game.store.close()


def test_ties_share_a_rank_and_right_answers_break_equal_points(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    game, _ = _game(tmp_path, questions, by_id, ["Red", "Blue", "Green"])
    red, blue, green = game.join("R", "Red"), game.join("B", "Blue"), game.join("G", "Green")
    _ask(game, 0, [(red.token, True), (blue.token, True), (green.token, False)])
    assert [(rank, name) for rank, name, *_ in _board(game)] == [
        (1, "Red"),
        (1, "Blue"),
        (3, "Green"),
    ]
    game.close()
    game.store.close()


def test_a_removed_participant_leaves_the_team_score_and_an_empty_team_leaves_the_board(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    game, _ = _game(tmp_path, questions, by_id, ["Red", "Blue"])
    r1, r2, blue = game.join("R1", "Red"), game.join("R2", "Red"), game.join("B", "Blue")
    _ask(game, 0, [(r1.token, True), (r2.token, False), (blue.token, True)])
    assert _board(game) == [(1, "Blue", 1, 10.0, 1.0), (2, "Red", 2, 5.0, 0.5)]
    done(game.remove(2))  # R2 (who was wrong) is removed: Red is R1 alone now
    assert _board(game) == [(1, "Red", 1, 10.0, 1.0), (1, "Blue", 1, 10.0, 1.0)]
    done(game.remove(3))  # Blue has nobody left: it is not ranked
    assert _board(game) == [(1, "Red", 1, 10.0, 1.0)]
    assert phone_view(game, r1.token)["you"]["teams_of"] == 1
    game.close()
    game.store.close()


@pytest.mark.parametrize("speed_bonus", [False, True])
def test_speed_points_count_for_the_team_as_for_its_members(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question], speed_bonus: bool
) -> None:
    game, clock = _game(tmp_path, questions, by_id, ["Fast", "Slow"], speed_bonus=speed_bonus)
    fast, slow = game.join("F", "Fast"), game.join("S", "Slow")
    game.show(0)
    game.start_clock()
    done(game.answer(fast.token, 0, RIGHT[ITEMS[0]]).durable)  # at once
    clock.advance(15)  # half the 30 seconds
    done(game.answer(slow.token, 0, RIGHT[ITEMS[0]]).durable)
    game.reveal()
    if speed_bonus:  # 10 points + up to half of them for speed
        assert _board(game) == [(1, "Fast", 1, 15.0, 1.0), (2, "Slow", 1, 12.5, 1.0)]
    else:
        assert _board(game) == [(1, "Fast", 1, 10.0, 1.0), (1, "Slow", 1, 10.0, 1.0)]
    game.close()
    game.store.close()


def test_the_phone_sees_its_team_rank_between_questions_and_at_the_podium(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    game, _ = _game(tmp_path, questions, by_id, ["Red", "Blue"])
    red, blue = game.join("R", "Red"), game.join("B", "Blue")
    _ask(game, 0, [(red.token, False), (blue.token, True)])
    game.show_leaderboard()
    view = phone_view(game, red.token)
    assert view["you"]["team_rank"]["rank"] == 2 and view["you"]["teams_of"] == 2
    assert [(t["rank"], t["name"]) for t in view["teams"]] == [(1, "Blue"), (2, "Red")]
    done(game.finish())
    view = phone_view(game, red.token)
    assert view["phase"] == "podium" and view["you"]["team_rank"]["rank"] == 2
    assert [t["name"] for t in view["teams"]] == ["Blue", "Red"]
    game.close()
    game.store.close()


def test_an_open_question_does_not_move_the_team_board(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    """Between the answer and the reveal, a team's score would tell right from wrong."""
    game, _ = _game(tmp_path, questions, by_id, ["Red", "Blue"])
    red = game.join("R", "Red")
    game.join("B", "Blue")
    game.show(0)
    game.start_clock()
    done(game.answer(red.token, 0, RIGHT[ITEMS[0]]).durable)
    assert [t.points for t in game.team_standings()] == [0.0, 0.0]
    game.reveal()
    assert [t.points for t in game.team_standings()] == [10.0, 0.0]
    game.close()
    game.store.close()


def test_a_game_without_teams_has_no_team_board(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    game, _ = _game(tmp_path, questions, by_id, [])
    person = game.join("Solo")
    done(game.finish())
    view = phone_view(game, person.token)
    assert "teams" not in view and "team_rank" not in view["you"]
    assert game.team_standings() == []
    game.close()
    game.store.close()
