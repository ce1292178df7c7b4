"""The workshop on phones with real windows and the REAL network server on 127.0.0.1:
"Play on phones" in the builder, a phone (a websockets client) joins and the console
shows its name (as plain text), the audience's QR code is the join address (its modules
read back from the pixels and compared with segno's matrix of the same address), the
keys run the game, a phone's answer reaches the bars at reveal, and closing the windows
stops the server. Renders the console and the audience window at 1366×768 and
1920×1080, light and dark, 100% and 200% text, to PNG files under ``tmp_path``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import segno
from livenetkit import ask
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from websockets.sync.client import ClientConnection, connect

from trainer.core.workshop.live import Phase, phone_view
from trainer.ui import theme
from trainer.ui.workshop.live_stage import LiveStagePresenter
from ui.uikit import wait_for
from ui.workshop.wskit import banks_session, build, open_builder

K = Qt.Key


def phone(port: int) -> ClientConnection:
    return connect(f"ws://127.0.0.1:{port}/live", open_timeout=10)


def qr_matrix_on_screen(widget: QWidget, modules: int) -> list[list[bool]]:
    """The QR code's modules as drawn (dark = True), quiet zone of 4 left out."""
    pixmap = widget.pixmap()  # type: ignore[attr-defined]
    image = pixmap.toImage()
    side = image.width()
    total = modules + 8
    step = side / total
    return [
        [
            image.pixelColor(int((c + 4.5) * step), int((r + 4.5) * step)).lightness() < 128
            for c in range(modules)
        ]
        for r in range(modules)
    ]


def QColorLightness(colour: Any) -> int:
    return int(colour.lightness())


def live_stage(builder: Any) -> LiveStagePresenter:
    stage = builder.phones.stage
    assert isinstance(stage, LiveStagePresenter)
    return stage


def test_play_on_phones_with_the_real_server(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = banks_session(qtbot, tmp_path)
    builder = open_builder(qtbot, session)
    build(qtbot, builder, 3, 11)
    builder.view.set_networks([("This computer", "127.0.0.1")], "")
    builder.view.phones_button.click()
    wait_for(
        qtbot, lambda: builder.phones.stage is not None and live_stage(builder).server is not None
    )
    stage = live_stage(builder)
    server, game = stage.server, stage.game
    assert server is not None and game is not None and server.port > 0
    console, audience = stage.console, stage.audience  # type: ignore[attr-defined]
    assert console.phones is not None
    assert f"127.0.0.1:{server.port}" in console.phones.join.text()

    # the QR code on the projector is the join address
    expected = segno.make(server.join_url, error="m").matrix
    wait_for(qtbot, lambda: audience.join_page.qr.pixmap().width() > 100)
    seen = qr_matrix_on_screen(audience.join_page.qr, len(expected))
    assert seen == [[bool(m) for m in row] for row in expected]

    with phone(server.port) as ws:
        name = "Ana <b>bold</b>"
        joined = ask(ws, {"type": "join", "room": game.room_code, "name": name}, "joined")
        token = joined["token"]

        def listed() -> bool:
            people = console.phones.people
            return any(name in people.item(i).text() for i in range(people.count()))

        wait_for(qtbot, listed)
        wait_for(qtbot, lambda: "1 joined" in audience.join_page.joined.text())
        render_all(qtbot, stage, tmp_path, "lobby")

        qtbot.keyClick(console, K.Key_N)
        qtbot.keyClick(console, K.Key_S)
        assert game.phase == Phase.QUESTION and game.countdown.running
        wait_for(qtbot, lambda: audience.pages.currentIndex() == 0)
        response = some_response(phone_view(game, token))
        ask(
            ws,
            {"type": "answer", "room": game.room_code, "token": token, "position": 0,
             "response": response},
            "ack",
        )  # fmt: skip
        wait_for(qtbot, lambda: console.phones.answered.text().startswith("1 of 1 answered"))
        qtbot.keyClick(console, K.Key_R)
        wait_for(qtbot, lambda: audience.bars.isVisible() and bool(audience.bars.bars))
        assert sum(b.count for b in audience.bars.bars) == 1

        render_all(qtbot, stage, tmp_path, "reveal")

        # the facilitator renames, gives a new device, removes (the panel's buttons)
        panel = console.phones
        panel.people.setCurrentRow(0)
        monkeypatch.setattr(
            "trainer.ui.workshop.live_panels.QInputDialog.getText",
            lambda *_a, **_k: ("Participant 1", True),
        )
        buttons = {b.text(): b for b in panel.findChildren(QPushButton)}
        buttons["Rename…"].click()
        assert game.participant(1).name == "Participant 1"
        wait_for(qtbot, lambda: "Participant 1" in panel.people.item(0).text())
        panel.people.setCurrentRow(0)
        buttons["New device…"].click()
        assert f"{server.join_url}#token=" in panel.reattach.text()
        assert panel.reattach_qr.pixmap().width() > 0
        panel.people.setCurrentRow(0)
        buttons["Remove"].click()
        assert not game.participant(1).active

        console.close()  # the windows close: the server stops
        wait_for(qtbot, lambda: stage.server is None)
    with pytest.raises(OSError):
        phone(server.port).close()


def some_response(view: dict[str, Any]) -> Any:
    """A valid response (right or not) to the question in a phone's ``view``."""
    q = view.get("question")
    assert q is not None, view
    kind = q["kind"]
    if kind == "single_choice":
        return q["options"][0]
    if kind == "multiple_choice":
        return q["options"][:1]
    if kind == "true_false":
        return True
    if kind == "numeric":
        return 1
    if kind == "short_answer":
        return "an answer"
    if kind == "cloze":
        return ["x"] * int(q["blanks"])
    if kind == "ordering":
        return list(q["entries"])
    return {left: q["rights"][0] for left in q["lefts"]}


SIZES = ((1366, 768), (1920, 1080))
LOOKS = (("light", 100), ("dark", 200))


def render_all(qtbot: QtBot, stage: LiveStagePresenter, folder: Path, moment: str) -> None:
    """The console and the audience window at each size and look, as PNG files."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    console, audience = stage.console, stage.audience  # type: ignore[attr-defined]
    try:
        for look, scale in LOOKS:
            theme.apply_theme(app, look, scale)
            for width, height in SIZES:
                for name, window in (("console", console), ("audience", audience)):
                    window.resize(width, height)
                    wait_for(qtbot, lambda w=window, x=width: w.width() == x)
                    path = folder / f"{moment}-{name}-{width}x{height}-{look}-{scale}.png"
                    assert window.grab().save(str(path))
    finally:
        theme.apply_theme(app, "system", 100)
