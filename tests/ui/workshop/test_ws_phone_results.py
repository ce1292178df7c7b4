"""A phone game with teams, real windows and the REAL network server on 127.0.0.1, to its
end: the projector's podium shows the teams beside the participants, and the builder's
Results button shows the game on the app's results screen, one row per participant
(rank, name, team, points, right answers) and under each question what each answered.
Renders the podium and the results screen at 1366×768 (light, dark, 200% text) to PNG
files under ``tmp_path``."""

from __future__ import annotations

from pathlib import Path

from kindkit import right_response
from livenetkit import ask
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from websockets.sync.client import connect

from trainer.core.workshop.live import Phase
from trainer.ui import theme
from trainer.ui.workshop.live_stage import LiveStagePresenter
from ui.uikit import wait_for
from ui.workshop.wskit import banks_session, build, open_builder

K = Qt.Key
LOOKS = (("light", 100), ("dark", 100), ("light", 200))


def _render(qtbot: QtBot, window: QWidget, folder: Path, name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for look, scale in LOOKS:
            theme.apply_theme(app, look, scale)
            for width in (1200, 1366):  # laid out again with the new text size
                window.resize(width, 768)
                wait_for(qtbot, lambda w=width: window.width() == w)
            assert window.grab().save(str(folder / f"{name}-1366x768-{look}-{scale}.png"))
    finally:
        theme.apply_theme(app, "system", 100)


def test_a_phone_game_with_teams_ends_on_the_podium_and_the_results_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = banks_session(qtbot, tmp_path)
    builder = open_builder(qtbot, session)
    builder.view.teams.setPlainText("Red\nBlue")
    build(qtbot, builder, 3, 11)
    builder.view.set_networks([("This computer", "127.0.0.1")], "")
    builder.view.phones_button.click()
    wait_for(qtbot, lambda: builder.phones.stage is not None)
    stage = builder.phones.stage
    assert isinstance(stage, LiveStagePresenter)
    wait_for(qtbot, lambda: stage.server is not None and stage.game is not None)
    server, game = stage.server, stage.game
    assert server is not None and game is not None
    console, audience = stage.console, stage.audience  # type: ignore[attr-defined]
    url = f"ws://127.0.0.1:{server.port}/live"
    with connect(url, open_timeout=10) as ana, connect(url, open_timeout=10) as bo:
        tokens = []
        for ws, name, team in ((ana, "Ana", "Red"), (bo, "Bo <b>", "Blue")):
            joined = ask(
                ws, {"type": "join", "room": game.room_code, "name": name, "team": team}, "joined"
            )
            tokens.append(joined["token"])
        game.join("Cy", "Red")  # joins and never answers: Red's mean is halved
        for position in range(3):
            qtbot.keyClick(console, K.Key_N)
            qtbot.keyClick(console, K.Key_S)
            question = game.question(position)
            assert question is not None
            answering = [(ana, tokens[0])] + ([(bo, tokens[1])] if position == 0 else [])
            for ws, token in answering:
                message = {"type": "answer", "room": game.room_code, "token": token,
                           "position": position, "response": right_response(question)}  # fmt: skip
                ask(ws, message, "ack")
            qtbot.keyClick(console, K.Key_R)
        qtbot.keyClick(console, K.Key_N)
        assert game.phase == Phase.PODIUM
        wait_for(qtbot, lambda: audience.team_board.isVisible())
        teams = [label.text() for label in audience.team_board.cells]
        assert teams[:2] == ["1st", "Red"] and teams[3:5] == ["2nd", "Blue"]
        assert "average" in audience.team_board.note.text()
        assert all(cell.isVisible() for cell in audience.team_board.cells)
        _render(qtbot, audience, tmp_path, "podium")

    builder.view.results_button.click()
    window = session.window
    wait_for(qtbot, lambda: window.current_screen() == "results")
    results = window.results
    table = results.topics
    assert table.rowCount() == 3
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(3)]
    assert [row[:3] for row in rows] == [["1", "Ana", "Red"], ["2", "Bo <b>", "Blue"],
                                          ["3", "Cy", "Red"]]  # fmt: skip
    assert [row[4] for row in rows] == ["3", "1", "0"]  # right answers
    assert not results.retry_button.isVisible() and not results.new_button.isVisible()
    details = results.details.toPlainText()
    assert "Bo <b>:" in details and "Cy: (no answer)" in details
    assert "Teams (the average of their members' points): 1. Red" in results.summary.text()
    _render(qtbot, window, tmp_path, "results")
    console.close()
    wait_for(qtbot, lambda: stage.server is None)
