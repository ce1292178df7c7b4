"""Group commit: answers arriving together are committed in one transaction, each
acknowledged only once its batch is on disk; a bad write fails alone."""

from __future__ import annotations

import json
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from livekit import RIGHT, Live, done
from sqlalchemy import event, insert

from trainer.core.workshop.live import REASONS, handle, storage
from trainer.store import open_store
from trainer.store.group_commit import GroupCommitter, Write
from trainer.store.models import Learner

PLAYERS = 40


def count_commits(live: Live) -> list[int]:
    commits = [0]

    def on_commit(conn: Any) -> None:
        commits[0] += 1

    event.listen(live.store.engine, "commit", on_commit)
    return commits


def hold(committer: GroupCommitter) -> tuple[threading.Event, threading.Event]:
    """Keep the writer busy until the first event is set (the second says it started)."""
    release, started = threading.Event(), threading.Event()

    def wait(conn: Any) -> None:
        started.set()
        assert release.wait(10)

    committer.submit(wait)
    assert started.wait(10)
    return release, started


def on_disk(db: Path) -> set[tuple[int, int]]:
    raw = sqlite3.connect(db)
    try:
        return {(r[0], r[1]) for r in raw.execute("SELECT participant, position FROM live_answer")}
    finally:
        raw.close()


def test_answers_arriving_together_are_one_transaction(live: Live) -> None:
    game = live.game
    tokens = [game.join(f"Player {n}").token for n in range(PLAYERS)]
    done(game.show(0))
    done(game.start_clock())
    commits = count_commits(live)
    release, _started = hold(game.committer)
    barrier = threading.Barrier(PLAYERS)
    receipts: list[Future[Any]] = []
    lock = threading.Lock()

    def play(token: str) -> None:
        barrier.wait()
        receipt = game.answer(token, 0, RIGHT["ws.sc1"])
        with lock:
            receipts.append(receipt.durable)

    threads = [threading.Thread(target=play, args=(t,)) for t in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(receipts) == PLAYERS
    assert not any(f.done() for f in receipts)  # nobody is told before the commit
    assert on_disk(live.db) == set()
    release.set()
    for future in receipts:
        done(future)
    assert commits[0] == 2  # the held batch, then every answer in one transaction
    assert game.committer.largest_batch >= PLAYERS
    assert on_disk(live.db) == {(n, 0) for n in range(1, PLAYERS + 1)}


def test_each_acknowledged_answer_is_on_disk_when_its_future_resolves(live: Live) -> None:
    game = live.game
    tokens = [game.join(f"P{n}").token for n in range(20)]
    game.show(0)
    game.start_clock()
    seen: list[bool] = []

    def check(number: int, future: Future[Any]) -> None:
        seen.append((number, 0) in on_disk(live.db))

    for number, token in enumerate(tokens, 1):
        receipt = game.answer(token, 0, RIGHT["ws.sc1"])
        receipt.durable.add_done_callback(lambda f, n=number: check(n, f))
    done(game.committer.flush())
    assert seen == [True] * 20


def test_a_bad_write_fails_alone(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    committer = GroupCommitter(store)
    release, _ = hold(committer)
    statement = insert(Learner)

    def learner(key: int) -> Write:
        return Write(
            statement,
            {
                "id": key,
                "name": f"L{key}",
                "created_at": store.clock(),
                "desired_retention": 0.9,
                "daily_new_limit": 20,
                "rollover_hour": 4,
            },
        )

    futures = [committer.submit(learner(k)) for k in (1, 2, 2, 3)]  # the second 2 clashes
    release.set()
    assert [f.exception(10) is None for f in futures] == [True, True, False, True]
    committer.close()
    with store.read() as conn:
        assert [r[0] for r in conn.exec_driver_sql("SELECT id FROM learner ORDER BY id")] == [
            1,
            2,
            3,
        ]
    with pytest.raises(RuntimeError, match="closed"):
        committer.submit(learner(4))
    store.close()


def test_close_commits_what_was_queued(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    committer = GroupCommitter(store)
    release, _ = hold(committer)
    results = [committer.submit(lambda conn, n=n: n) for n in range(5)]
    release.set()
    committer.close()  # the five were queued behind the held batch: still committed
    assert [f.result(0) for f in results] == [0, 1, 2, 3, 4]
    store.close()


def test_an_answer_that_could_not_be_written_is_refused_and_can_be_sent_again(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    game = live.game
    token = game.join("Amina").token
    done(game.show(0))
    done(game.start_clock())
    real = storage.write_answer
    monkeypatch.setattr(
        storage, "write_answer", lambda _s, record: real(999, record)
    )  # no such game
    message = json.dumps(
        {"type": "answer", "room": game.room_code, "token": token, "position": 0,
         "response": RIGHT["ws.sc1"], "id": "a1"}
    )  # fmt: skip
    failed = handle(game, message)
    assert failed.after is not None and failed.after.exception(10) is not None
    assert failed.final() == {
        "type": "error", "id": "a1", "code": "unavailable", "message": REASONS["unavailable"],
    }  # fmt: skip
    assert game.answer_of(1, 0) is None  # forgotten: the phone's resend is a new answer
    monkeypatch.setattr(storage, "write_answer", real)
    again = handle(game, message)
    assert done(again.after) is None and again.final()["type"] == "ack"
    assert on_disk(live.db) == {(1, 0)}
