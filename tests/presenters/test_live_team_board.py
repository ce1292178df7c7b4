"""Phone mode with teams, without a window: the projector's leaderboard and podium show
the team standings (the mean of the members' points) beside the participants, with the
rule written under them."""

from __future__ import annotations

from liveuikit import PhoneStage, open_phone_stage
from PySide6.QtCore import Qt
from wspresenterkit import key, workshop_of

from trainer.core.banks import Question
from trainer.core.workshop.live import LiveGame, Phase
from trainer.store import Store

K = Qt.Key


def _stage(store: Store, by_id: dict[str, Question], teams: tuple[str, ...]) -> PhoneStage:
    workshop = workshop_of(by_id)
    return open_phone_stage(
        lambda clock: LiveGame.start(store, workshop, by_id, teams=teams, clock=clock)
    )


def test_the_board_and_podium_show_the_teams_by_their_mean(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = _stage(store, by_id, ("Red", "Blue"))
    game, audience = stage.game, stage.windows.audience
    red = [game.join(n, "Red") for n in ("Ana", "Bo", "Cy")]
    blue = game.join("Di", "Blue")
    key(stage.windows, K.Key_N, K.Key_S)
    for person in (red[0], blue):
        game.answer(person.token, 0, "Geneva Migration Group")
    for person in red[1:]:
        game.answer(person.token, 0, "Global Migration Forum")
    key(stage.windows, K.Key_R, K.Key_L)
    assert game.phase == Phase.LEADERBOARD
    rows, note = audience.teams
    assert [(rank, name) for rank, name, _ in rows] == [("1.", "Blue"), ("2.", "Red")]
    assert "average" in note  # the rule is on the screen
    assert audience.board is not None and [r[1] for r in audience.board[1]][:2] == [
        "Ana (Red)",
        "Di (Blue)",
    ]
    for _ in range(5):
        key(stage.windows, K.Key_N)
    assert game.phase == Phase.PODIUM
    podium = [(rank, name) for rank, name, _ in audience.teams[0]]
    assert podium == [("1st", "Blue"), ("2nd", "Red")]
    stage.presenter.close()


def test_without_teams_the_board_has_no_team_column(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = _stage(store, by_id, ())
    stage.game.join("Ana")
    key(stage.windows, K.Key_L)
    assert stage.windows.audience.board is not None
    assert stage.windows.audience.teams == ([], "")
    stage.presenter.close()
