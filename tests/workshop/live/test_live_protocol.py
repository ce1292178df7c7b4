"""The phone protocol against hostile input: oversized, malformed, wrong types, wrong
room, other tokens, floods; Hypothesis throws arbitrary bytes, JSON and answers at it.
Whatever comes in, the game answers with a reply (an error when it must) and goes on."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from livekit import ITEMS, RIGHT, LiveClock, done, live_workshop

from trainer.core.banks import Question
from trainer.core.scoring import score
from trainer.core.study.attempts import response_json
from trainer.core.workshop.live import (
    LiveGame,
    LiveRefused,
    RateLimit,
    handle,
    parse_message,
    push_message,
)
from trainer.core.workshop.live.limits import MAX_MESSAGE_BYTES, MAX_NAME, REASONS
from trainer.core.workshop.live.phone_forms import checked_answer
from trainer.core.workshop.live.texts import clean_name
from trainer.store import open_store

REPLY_TYPES = {"room", "joined", "state", "ack", "error"}
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=10), inner, max_size=6)
    ),
    max_leaves=30,
)
FIELDS = st.sampled_from(
    ["type", "room", "name", "team", "token", "position", "response", "id", "key"]
)
TYPES = st.sampled_from(["room", "join", "rejoin", "state", "answer", "nope"])


@pytest.fixture(scope="module")
def game(
    tmp_path_factory: pytest.TempPathFactory, questions: list[Question], by_id: dict[str, Question]
) -> Iterator[LiveGame]:
    store = open_store(tmp_path_factory.mktemp("proto") / "live.sqlite3")
    clock = LiveClock()
    game = LiveGame.start(store, live_workshop(questions), by_id, limit=1000, clock=clock)
    game.show(0)
    game.start_clock()
    yield game
    game.close()
    store.close()


def send(game: LiveGame, message: dict[str, Any]) -> dict[str, Any]:
    reply = handle(game, json.dumps(message))
    if reply.after is not None:
        done(reply.after)
    return reply.final()


def test_a_whole_exchange(game: LiveGame) -> None:
    room = game.room_code
    assert send(game, {"type": "room", "room": room.lower()})["room"]["title"] == "Workshop"
    joined = send(game, {"type": "join", "room": room, "name": "Proto", "id": "j1"})
    assert joined["type"] == "joined" and joined["id"] == "j1"
    token = joined["token"]
    ack = send(game, {"type": "answer", "room": room, "token": token, "position": 0,
                      "response": RIGHT["ws.sc1"], "id": "a1"})  # fmt: skip
    assert ack == {
        "type": "ack",
        "id": "a1",
        "position": 0,
        "status": "received",
        "duplicate": False,
    }
    again = send(game, {"type": "answer", "room": room, "token": token, "position": 0,
                        "response": "x", "id": "a2"})  # fmt: skip
    assert again["duplicate"] is True and again["id"] == "a2"
    state = send(game, {"type": "state", "room": room, "token": token})
    assert state["type"] == "state" and state["state"]["you"]["name"] == "Proto"
    assert token not in json.dumps(state)
    rejoined = send(game, {"type": "rejoin", "room": room, "token": token, "id": "r"})
    assert rejoined["type"] == "joined" and "token" not in rejoined


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"x" * (MAX_MESSAGE_BYTES + 1), "too_large"),
        (json.dumps({"type": "room", "room": "A" * MAX_MESSAGE_BYTES}), "too_large"),
        (b"{not json", "malformed"),
        (b"\xff\xfe", "malformed"),
        (b"[]", "malformed"),
        (b'"join"', "malformed"),
        (b'{"type": "room", "room": NaN}', "malformed"),
        (b'{"type": "answer", "position": 1e999}', "malformed"),
        (b"[" * 3000 + b"]" * 3000, "malformed"),
        (b'{"type": "room", "room": "x", "extra": 1}', "malformed"),
        (b'{"type": "join", "room": "x", "name": 5}', "malformed"),
        (
            b'{"type": "answer", "room": "x", "token": "t", "position": "0", "response": 1}',
            "malformed",
        ),
        (
            b'{"type": "answer", "room": "x", "token": "t", "position": 0, '
            b'"response": [[[[[1]]]]]}',
            "malformed",
        ),
        (b'{"type": "room", "room": "x", "id": "<script>"}', "malformed"),
        (b'{"type": "room", "room": "WRONG1"}', "wrong_room"),
    ],
)
def test_hostile_messages_get_an_error(game: LiveGame, raw: bytes | str, code: str) -> None:
    reply = handle(game, raw)
    assert reply.after is None and reply.message["type"] == "error"
    assert reply.message["code"] == code


def test_no_one_acts_for_another(game: LiveGame) -> None:
    room = game.room_code
    joined = send(game, {"type": "join", "room": room, "name": "Victim"})
    guessed = "A" * 21 + ("B" if joined["token"][-1] != "B" else "C")
    for kind in ("state", "rejoin", "answer"):
        message: dict[str, Any] = {"type": kind, "room": room, "token": guessed}
        if kind == "answer":
            message |= {"position": 0, "response": 1}
        assert send(game, message)["code"] == "unknown_token"
    views = json.dumps(send(game, {"type": "state", "room": room, "token": joined["token"]}))
    assert all(p.token_hash not in views for p in game.participants())


def test_a_removed_participant_is_told_and_sees_nothing_more(game: LiveGame) -> None:
    joined = send(game, {"type": "join", "room": game.room_code, "name": "Leaving"})
    number = game.rejoin(joined["token"]).number
    assert push_message(game, number)["state"]["you"]["name"] == "Leaving"
    done(game.remove(number))
    assert push_message(game, number) == {
        "type": "error",
        "code": "removed",
        "message": REASONS["removed"],
    }


def test_a_flood_from_one_connection_is_cut_to_its_rate() -> None:
    now = [0.0]
    limit = RateLimit(rate=5.0, burst=20, clock=lambda: now[0])
    assert sum(limit.allow() for _ in range(100)) == 20
    now[0] += 1.0
    assert sum(limit.allow() for _ in range(100)) == 5


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_refused(raw: bytes) -> None:
    try:
        parse_message(raw)
    except LiveRefused as refused:
        assert refused.code in ("malformed", "too_large")


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(FIELDS, JSON, max_size=8), TYPES, st.booleans())
def test_any_message_gets_a_reply_and_the_game_goes_on(
    game: LiveGame, fields: dict[str, Any], kind: str, right_room: bool
) -> None:
    message = {**fields, "type": kind}
    if right_room:
        message["room"] = game.room_code
    reply = handle(game, json.dumps(message))
    assert reply.message["type"] in REPLY_TYPES
    if reply.message["type"] == "error":
        assert reply.message["code"] in REASONS and reply.after is None
    if reply.after is not None:
        done(reply.after)
    if reply.message["type"] == "joined" and "token" in reply.message:
        assert game.rejoin(reply.message["token"]).number == reply.participant


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_a_name_is_refused_or_plain_short_text(name: str) -> None:
    try:
        clean = clean_name(name)
    except LiveRefused as refused:
        assert refused.code == "name_invalid"
        return
    assert 1 <= len(clean) <= MAX_NAME and clean == clean.strip() and "  " not in clean
    assert unicodedata.is_normalized("NFC", clean)
    assert not any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in clean)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(ITEMS), JSON)
def test_any_answer_is_refused_or_scored(
    by_id: dict[str, Question], item: str, response: Any
) -> None:
    question = by_id[item]
    try:
        clean = checked_answer(question, response)
    except LiveRefused as refused:
        assert refused.code == "invalid_answer"
        return
    fraction = score(question, clean).fraction
    assert 0.0 <= fraction <= 1.0 and math.isfinite(fraction)
    assert json.loads(response_json(clean)) is not None


def test_every_kind_accepts_its_right_answer(by_id: dict[str, Question]) -> None:
    for item in ITEMS:
        question = by_id[item]
        assert score(question, checked_answer(question, RIGHT[item])).correct, item


def test_the_reasons_are_documented() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "live-protocol.md").read_text()
    assert [code for code in REASONS if f"`{code}`" not in doc] == []
