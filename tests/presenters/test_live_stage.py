"""The workshop in phone mode, without a window: a real ``LiveGame`` on a real SQLite
file, fake windows, a fake server with the network server's API and clocks the test
moves. The server starts when the game opens and stops at the end, when the windows
close and before a restore; the console shows who joined and who answered, renames,
removes, locks and re-attaches; the audience window shows how to join, the question
and the bars; the keys are the team game's commands."""

from __future__ import annotations

from pathlib import Path

import segno
from livekit import done
from liveuikit import Clocks, FakeAddress, PhoneStage, Servers, open_phone_stage
from PySide6.QtCore import Qt
from wspresenterkit import BANKS, FakeBuilderView, SyncRunner, key, workshop_of

from trainer.core.banks import Question
from trainer.core.data_folder import DataFolder
from trainer.core.workshop.live import LiveGame, Phase
from trainer.store import Store
from trainer.ui.app_state import AppState
from trainer.ui.workshop.builder_presenter import BuilderPresenter
from trainer.ui.workshop.live_stage import FINISH_GRACE_MS
from trainer.ui.workshop.stage_keys import phone_key_action

K = Qt.Key


def started(store: Store, by_id: dict[str, Question], teams: tuple[str, ...] = ()) -> PhoneStage:
    workshop = workshop_of(by_id)
    stage = open_phone_stage(
        lambda clock: LiveGame.start(store, workshop, by_id, teams=teams, clock=clock)
    )
    assert stage.windows.shown
    return stage


def test_the_phone_key_map_has_only_commands() -> None:
    assert phone_key_action(K.Key_S) == ("command", "start")
    assert phone_key_action(K.Key_R) == ("command", "reveal")
    assert phone_key_action(K.Key_N) == ("command", "next")
    assert phone_key_action(K.Key_Right) == ("command", "next")
    assert phone_key_action(K.Key_L) == ("command", "board")
    assert phone_key_action(K.Key_J) == ("command", "lock")
    assert phone_key_action(K.Key_Space) == ("command", "pause")
    for nothing in (K.Key_1, K.Key_A, K.Key_B, K.Key_Plus, K.Key_Minus, K.Key_Escape):
        assert phone_key_action(nothing) is None  # no team to pick, nothing to mark


def test_a_phone_game_from_the_lobby_to_the_podium(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = started(store, by_id)
    game, console, audience = stage.game, stage.windows.console, stage.windows.audience
    server = stage.servers.last
    assert server.started == 1 and server.stopped == 0 and server.host == "192.168.1.20"
    assert audience.join is not None
    info, joined = audience.join
    assert info.url == server.join_url and info.code == game.room_code and joined == 0
    assert segno.make(info.url, error="m").matrix is not None and info.qr_png.startswith(b"\x89PNG")
    assert console.join == info

    ana = game.join("Ana")
    bo = game.join("Bo")
    stage.tick()
    assert [r.name for r in console.phones] == ["Ana", "Bo"]
    assert audience.join[1] == 2 and console.answered == "2 joined"

    key(stage.windows, K.Key_N, K.Key_S)  # the first question, its clock runs
    assert game.phase == Phase.QUESTION and game.countdown.running
    assert audience.slide is not None and audience.slide.item_id == "ui.sc"
    game.answer(ana.token, 0, "Geneva Migration Group")
    stage.tick()
    assert console.answered == "1 of 2 answered: Ana" and console.waiting == "Waiting for: Bo"
    assert [r.answered for r in console.phones] == [True, False]
    game.answer(bo.token, 0, "Global Migration Forum")
    stage.clocks.advance(3_000)
    assert audience.countdown == (27, False) and console.countdown == 27

    key(stage.windows, K.Key_R)  # reveal: the bars
    assert game.phase == Phase.REVEAL and audience.revealed
    counts = {b.label: (b.count, b.correct) for b in audience.bars}
    assert counts["Geneva Migration Group"] == (1, True)
    assert counts["Global Migration Forum"] == (1, False)
    assert console.bars == audience.bars

    key(stage.windows, K.Key_L)  # the leaderboard, per participant
    assert audience.board is not None
    title, rows, final = audience.board
    assert title == "Leaderboard" and not final and rows[0][1] == "Ana"

    for _ in range(4):  # on through the questions to the podium
        key(stage.windows, K.Key_N)
    assert game.phase == Phase.PODIUM
    assert audience.board is not None and audience.board[2] and audience.board[1][0][1] == "Ana"
    stage.clocks.advance(FINISH_GRACE_MS // 2)
    assert server.stopped == 0  # the phones see the podium first
    stage.clocks.advance(FINISH_GRACE_MS)
    assert server.stopped == 1
    stage.presenter.close()
    assert server.stopped == 1 and not stage.windows.shown


def test_the_console_renames_removes_locks_and_reattaches(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = started(store, by_id, teams=("Red", "Blue"))
    game, console = stage.game, stage.windows.console
    rude = game.join("Rude name", team="Red")
    game.join("Cy", team="Blue")
    stage.tick()
    assert [(r.name, r.team) for r in console.phones] == [("Rude name", "Red"), ("Cy", "Blue")]

    console.rename_requested.emit(rude.participant.number, "Participant 1")
    assert game.participant(rude.participant.number).name == "Participant 1"
    assert console.phones[0].name == "Participant 1"
    console.rename_requested.emit(rude.participant.number, "cy")  # taken: said, not done
    assert "name" in console.message.lower() and console.phones[0].name == "Participant 1"

    console.reattach_requested.emit(2)
    assert console.reattached is not None
    name, link, png = console.reattached
    assert name == "Cy" and link.startswith(stage.servers.last.join_url + "#token=")
    token = link.split("#token=")[1]
    assert game.rejoin(token).name == "Cy" and png.startswith(b"\x89PNG")

    console.remove_requested.emit(rude.participant.number)
    assert console.phones[-1].removed and not game.participant(1).active

    key(stage.windows, K.Key_J)
    assert game.locked and console.locked
    console.lock_requested.emit()
    assert not game.locked and not console.locked


def test_another_port_is_shown(store: Store, by_id: dict[str, Question]) -> None:
    workshop = workshop_of(by_id)
    stage = open_phone_stage(
        lambda clock: LiveGame.start(store, workshop, by_id, clock=clock),
        servers=Servers(port_taken=True),
    )
    assert stage.servers.last.port == 8766
    assert stage.windows.console.join is not None
    assert ":8766/" in stage.windows.console.join.url
    assert stage.windows.audience.join is not None
    assert ":8766/" in stage.windows.audience.join[0].url


def test_time_up_is_noticed_on_the_tick(store: Store, by_id: dict[str, Question]) -> None:
    stage = started(store, by_id)
    key(stage.windows, K.Key_N, K.Key_S)
    stage.clocks.advance(31_000)
    assert stage.windows.console.state == "Time is up"
    assert stage.windows.audience.countdown[0] == 0


def builder_of(tmp_path: Path, addresses: list[FakeAddress]) -> tuple[BuilderPresenter, Servers]:
    data_folder = DataFolder(tmp_path / "data", bank_paths=[BANKS])
    data_folder.load()
    servers, clocks = Servers(), Clocks()
    builder = BuilderPresenter(
        SyncRunner(),
        data_folder,
        FakeBuilderView(teams=()),
        clock=clocks.ticks,
        addresses=lambda: addresses,
        serve=servers,
        live_clock=clocks.game,
    )
    builder.show()
    builder.set_workshop(workshop_of(builder.by_id))
    return builder, servers


def test_the_builder_plays_on_phones_resumes_on_phones_and_stops_before_a_restore(
    tmp_path: Path,
) -> None:
    lan = FakeAddress("192.168.1.20", "wlan0", "Wi-Fi")
    builder, servers = builder_of(tmp_path, [lan, FakeAddress("10.0.0.5", "eth0", "Ethernet")])
    view = builder.view
    assert isinstance(view, FakeBuilderView)
    assert [a for _l, a in view.networks] == ["192.168.1.20", "10.0.0.5"]
    assert view.network_note == ""
    view.phones_requested.emit()  # no teams: fine on phones
    stage = builder.phones.stage
    assert stage is not None and stage.game is not None and servers.last.started == 1
    assert servers.last.host == "192.168.1.20"
    stage.game.join("Ana")
    key(view.windows[-1], K.Key_N)
    view.windows[-1].close()  # the windows close: the server stops, the game waits
    assert servers.last.stopped == 1
    builder.refresh()
    assert view.offers and "on phones" in view.offers[0][0]

    view.resume_requested.emit()  # as a phone game, never as a team game
    resumed = builder.phones.stage
    assert resumed is not stage and resumed is not None and resumed.game is not None
    assert builder.stage is None and servers.last.started == 1
    assert [p.name for p in resumed.game.participants()] == ["Ana"]
    assert resumed.game.phase == Phase.QUESTION

    game = resumed.game
    ana = game.join("Bo")
    key(view.windows[-1], K.Key_S)
    done(ana.durable)
    done(game.answer(ana.token, 0, "Geneva Migration Group").durable)  # on disk
    builder.export_to("csv", tmp_path / "results.csv")  # one row per participant × question
    assert view.message.startswith("Exported 8 result row"), view.message
    written = (tmp_path / "results.csv").read_text(encoding="utf-8")
    assert "Ana" in written and "Bo" in written

    state = AppState()
    state.when_progress_replaced(builder.shut_down)  # as the controller registers it
    state.progress_replaced()
    assert servers.last.stopped == 1 and not view.windows[-1].shown


def test_no_network_offers_this_computer_for_a_test(tmp_path: Path) -> None:
    found: list[FakeAddress] = []
    builder, servers = builder_of(tmp_path, found)
    view = builder.view
    assert isinstance(view, FakeBuilderView)
    assert [a for _l, a in view.networks] == ["127.0.0.1"]
    assert "No network was found" in view.network_note
    view.phones_requested.emit()
    assert servers.last.host == "127.0.0.1"
    assert builder.phones.stage is not None
    assert "This computer only" in view.windows[-1].console.join.note  # type: ignore[union-attr]
    builder.shut_down()
    assert servers.last.stopped == 1
    found.append(FakeAddress("192.168.1.20", "wlan0", "Wi-Fi"))  # the Wi-Fi is on now
    builder.show()  # the builder opened again looks again
    assert view.networks[0][1] == "192.168.1.20" and view.network_note == ""
