"""Resuming a phone game: reopened from its SQLite file (after a close, and after a
SIGKILL in the middle of a burst of answers), every participant's token works again
and every answer a phone was told was received is there."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from livekit import RIGHT, LiveClock, done, live_workshop

from trainer.core.banks import Question
from trainer.core.workshop.live import (
    LiveGame,
    LiveRefused,
    Phase,
    is_live,
    live_session_ids,
    phone_view,
)
from trainer.store import open_store

WORKER = Path(__file__).with_name("live_crash_worker.py")
ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "store" / "fixtures"


def test_reopening_restores_participants_tokens_scores_answers_and_phase(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question]
) -> None:
    db = tmp_path / "live.sqlite3"
    store = open_store(db)
    clock = LiveClock()
    game = LiveGame.start(
        store, live_workshop(questions), by_id, teams=["Red", "Blue"], clock=clock
    )
    a, b, c = (game.join(name, team) for name, team in [("A", "Red"), ("B", "Blue"), ("C", "Red")])
    game.show(0)
    game.start_clock()
    clock.advance(5)
    game.answer(a.token, 0, RIGHT["ws.sc1"])
    game.reveal()
    game.next()
    game.start_clock()
    clock.advance(4)
    game.answer(b.token, 1, RIGHT["ws.mc1"])  # saves the clock too (26 s left)
    game.remove(c.participant.number)
    done(game.lock())
    code, session_id = game.room_code, game.id
    before = phone_view(game, a.token)
    game.close()
    store.close()

    store = open_store(db)
    assert is_live(store, session_id) and live_session_ids(store) == [session_id]
    again = LiveGame.open(store, session_id, by_id, clock=LiveClock())
    assert again.room_code == code and again.locked
    assert (again.phase, again.position, again.revealed) == (Phase.QUESTION, 1, False)
    assert again.time_left_ms() == 26_000 and not again.countdown.running
    assert (
        again.rejoin(a.token).name == "A"
        and again.team_name(again.rejoin(b.token).team_id) == "Blue"
    )
    with pytest.raises(LiveRefused, match="removed"):
        again.rejoin(c.token)
    assert phone_view(again, a.token)["you"] == before["you"]
    assert again.answer(b.token, 1, RIGHT["ws.mc1"]).duplicate  # counted once, still
    again.start_clock()
    done(again.answer(a.token, 1, RIGHT["ws.mc1"]).durable)
    assert [(s.name, s.points) for s in again.standings()][:1] == [("A", 1.0)]
    again.reveal()
    assert [(s.name, s.points) for s in again.standings()] == [("A", 2.0), ("B", 1.0)]
    done(again.finish())
    assert live_session_ids(store) == [] and live_session_ids(store, finished=True) == [session_id]
    again.close()
    store.close()


def test_sigkill_during_a_burst_loses_no_acknowledged_answer(
    tmp_path: Path, questions: list[Question], by_id: dict[str, Question], bank_dir: Path
) -> None:
    db = tmp_path / "crash.sqlite3"
    store = open_store(db)
    game = LiveGame.start(store, live_workshop(questions), by_id)
    game.close()
    store.close()
    rng = random.Random(20260611)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    tokens: dict[int, str] = {}
    acks: set[tuple[int, int]] = set()
    for round_no in range(4):
        args = [sys.executable, str(WORKER), str(db), str(bank_dir), str(game.id), str(round_no)]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 0.15 + rng.random() * 0.4
        lines = []
        while time.monotonic() < deadline:
            lines.append(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)
        lines += proc.stdout.read().splitlines()
        proc.wait()
        for line in lines:
            kind, number, rest = line.split()
            if kind == "joined":
                tokens[int(number)] = rest
            else:
                acks.add((int(number), int(rest)))
        raw = sqlite3.connect(db)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = set(raw.execute("SELECT participant, position FROM live_answer").fetchall())
        finally:
            raw.close()
        assert acks <= stored, f"acknowledged answers lost: {sorted(acks - stored)[:5]}"
        store = open_store(db)
        reopened = LiveGame.open(store, game.id, by_id)
        for number, token in tokens.items():
            assert reopened.rejoin(token).number == number  # every phone comes back
        reopened.close()
        store.close()
    assert len(acks) > 20 and len(tokens) >= 12  # the bursts really ran between kills


def test_the_v6_fixture_game_resumes_with_its_phones(tmp_path: Path) -> None:
    """Schema 0006: a phone game saved by this version opens again, its tokens work."""
    db = tmp_path / "v6.sqlite3"
    shutil.copy(FIXTURES / "v6.sqlite3", db)
    store = open_store(db)
    assert live_session_ids(store) == [2] and not is_live(store, 1)
    game = LiveGame.open(store, 2, {}, clock=LiveClock())
    assert (game.room_code, game.phase, game.time_left_ms()) == ("K7M2QX", Phase.QUESTION, 20_000)
    assert game.rejoin("Amina-token-fixture-v6").name == "Amina"
    assert game.rejoin("Bilal-token-fixture-v6").number == 2
    assert game.answer_of(1, 0) is not None and game.answer_of(1, 0).points == 1.0  # type: ignore[union-attr]
    with pytest.raises(LiveRefused, match="cannot be answered"):  # no bank loaded
        game.start_clock()
        game.answer("Bilal-token-fixture-v6", 0, "x")
    game.close()
    store.close()


def test_the_live_models_match_the_migration(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import trainer.store.live_models  # noqa: F401  (registers the tables)
    from trainer.store.models import Base

    store = open_store(tmp_path / "t.sqlite3")
    with store.read() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert [d for d in diff if "live" in repr(d)] == []
