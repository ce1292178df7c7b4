"""The server against hostile phones (a raw WebSocket client, no browser): every bad
message is dropped and logged, the game goes on; only the page's own files are served."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from typing import Any

import pytest
from livekit import RIGHT
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from trainer.core.workshop.live.limits import MAX_MESSAGE_BYTES
from trainer.net.live_server import LiveServer, LiveServerError

Plain = dict[str, Any]


def _socket(server: LiveServer, **headers: str) -> ClientConnection:
    return connect(f"ws://127.0.0.1:{server.port}/live", additional_headers=headers)


def _ask(ws: ClientConnection, message: Plain | str | bytes) -> Plain:
    ws.send(message if isinstance(message, str | bytes) else json.dumps(message))
    reply: Plain = json.loads(ws.recv(timeout=10))
    return reply


def _join(server: LiveServer, ws: ClientConnection, name: str) -> str:
    reply = _ask(ws, {"type": "join", "room": server.game.room_code, "name": name})
    assert reply["type"] == "joined", reply
    token: str = reply["token"]
    return token


def _get(server: LiveServer, path: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}{path}", timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_page_and_only_its_own_files(served: LiveServer) -> None:
    status, headers, body = _get(served, f"/j/{served.game.room_code.lower()}")
    assert status == 200
    assert headers["Cache-Control"] == "no-store"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert b'"join.button": "Join"' in body
    assert _get(served, "/page/app.js")[0] == 200
    for path in ("/", "/j/WRONG2", "/page/../live_server.py", "/page/%2e%2e/__init__.py",
                 "/page/index.html", "/j/", "/etc/passwd", "/page/app.js/"):  # fmt: skip
        assert _get(served, path)[0] == 404, path
    assert served.join_url == f"http://127.0.0.1:{served.port}/j/{served.game.room_code}"


def test_translated_texts_are_data_not_markup(served: LiveServer) -> None:
    served.texts["join.button"] = "</script><script>alert(1)</script>"
    body = _get(served, f"/j/{served.game.room_code}")[2]
    assert b"</script><script>" not in body
    assert b"\\u003c/script\\u003e" in body


def test_hostile_messages_are_dropped_and_logged(
    served: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "trainer.live")
    room = served.game.room_code
    with _socket(served) as ws:
        assert _ask(ws, "x" * (MAX_MESSAGE_BYTES + 1))["code"] == "too_large"
        assert _ask(ws, "{not json")["code"] == "malformed"
        assert _ask(ws, b"\xff\xfe{}")["code"] == "malformed"
        assert _ask(ws, "[1, 2]")["code"] == "malformed"
        assert _ask(ws, {"type": "room", "room": "ZZZZZZ"})["code"] == "wrong_room"
        assert _ask(ws, {"type": "state", "room": room, "token": "A" * 22})["code"] == (
            "unknown_token"
        )
        token = _join(served, ws, "<script>alert(1)</script>")
        state = _ask(ws, {"type": "state", "room": room, "token": token})["state"]
        assert state["you"]["name"] == "<script>alert(1)</script>"  # plain text, as typed
    assert {"too_large", "malformed", "wrong_room", "unknown_token"} <= {
        r.getMessage().split(": ")[1].split(" ")[0]
        for r in caplog.records
        if "dropped" in r.getMessage()
    }
    with _socket(served) as ws:  # the game goes on
        assert _ask(ws, {"type": "room", "room": room})["type"] == "room"


def test_no_message_holds_another_participants_token(served: LiveServer) -> None:
    room = served.game.room_code
    with _socket(served) as ann, _socket(served) as ben:
        ann_token = _join(served, ann, "Ann")
        _join(served, ben, "Ben")
        served.game.next().result(10)
        seen = [ben.recv(timeout=10)]
        seen.append(json.dumps(_ask(ben, {"type": "room", "room": room})))
        assert all(ann_token not in text for text in seen)
        refused = _ask(ben, {"type": "answer", "room": room, "token": ann_token[::-1],
                             "position": 0, "response": RIGHT["ws.sc1"]})  # fmt: skip
        assert refused["code"] == "unknown_token"


def test_a_double_answer_counts_once(served: LiveServer) -> None:
    room = served.game.room_code
    with _socket(served) as ws:
        token = _join(served, ws, "Ann")
        served.game.next().result(10)
        served.game.start_clock()
        answer = {"type": "answer", "room": room, "token": token, "position": 0,
                  "response": RIGHT["ws.sc1"]}  # fmt: skip
        ws.send(json.dumps({**answer, "id": "a1"}))
        ws.send(json.dumps({**answer, "id": "a2"}))
        acks = _until(ws, lambda m: m.get("id") == "a2")
        first = next(m for m in acks if m.get("id") == "a1")
        assert first["type"] == "ack" and not first["duplicate"]
        assert acks[-1]["type"] == "ack" and acks[-1]["duplicate"]
    assert len(served.game.answers_to(0)) == 1


def _until(ws: ClientConnection, last: Any) -> list[Plain]:
    got: list[Plain] = []
    while not got or not last(got[-1]):
        got.append(json.loads(ws.recv(timeout=10)))
    return got


def test_a_flood_is_cut_off_and_others_still_play(
    served: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "trainer.live")
    room = served.game.room_code
    message = json.dumps({"type": "room", "room": room})
    with _socket(served) as flood, _socket(served) as calm:
        for _ in range(300):
            flood.send(message)
        started = time.monotonic()
        assert _ask(calm, message)["type"] == "room"
        assert time.monotonic() - started < 2.0
        replies = _until(flood, lambda m: m.get("code") == "rate_limited")
        assert len(replies) <= 21  # the burst, then one rate_limited error
    assert any("rate_limited" in r.getMessage() for r in caplog.records)


def test_connections_are_bounded_and_origins_checked(served: LiveServer) -> None:
    with pytest.raises(InvalidStatus) as refused:
        _socket(served, Origin="http://evil.example")
    assert refused.value.response.status_code == 403
    with ExitStack() as stack:
        for _ in range(served.max_connections):  # 2 participants × 3
            stack.enter_context(_socket(served))
        with pytest.raises(InvalidStatus) as full:
            _socket(served)
        assert full.value.response.status_code == 503


def test_a_huge_frame_closes_only_that_connection(served: LiveServer) -> None:
    room = served.game.room_code
    with _socket(served) as ws:
        ws.send("x" * 1_000_000)
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)
    with _socket(served) as ws:
        assert _ask(ws, {"type": "room", "room": room})["type"] == "room"


def test_stop_closes_connections_and_is_idempotent(served: LiveServer) -> None:
    with _socket(served) as ws:
        served.stop()
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)
    served.stop()
    with pytest.raises(OSError):
        _socket(served)


def test_a_taken_port_moves_to_a_free_one(served: LiveServer) -> None:
    other = LiveServer(served.game, "127.0.0.1", served.port)
    other.start()
    try:
        assert other.port not in (0, served.port)
    finally:
        other.stop()


def test_an_address_not_of_this_computer_is_a_plain_error(served: LiveServer) -> None:
    with pytest.raises(LiveServerError, match=r"cannot be served on 192\.0\.2\.77"):
        LiveServer(served.game, "192.0.2.77", 0).start()
