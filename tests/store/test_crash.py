"""Durability: SIGKILL a study loop at random statements; every reported answer must survive.

Each kill lands just before a statement the test picks at random (seeded) among the
loop's first 120: its BEGINs, reads, writes and COMMITs alike.

The worker prints a review id only after the commit of that answer returned. After
each kill the database must pass ``PRAGMA integrity_check``, hold every printed id,
and (checked at the end) its memory states must equal the replay of the review log.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import open_store

WORKER = Path(__file__).parent / "crash_worker.py"
TRIALS = 110
STATEMENTS = 120
"""Kills fall before one of the study loop's first STATEMENTS statements (about 10 answers)."""


def test_sigkill_never_loses_a_committed_answer(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(20260301)
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert proc.stdin is not None and proc.stdout is not None
    printed: list[str] = []
    killed_at: set[str] = set()
    try:
        for _trial in range(TRIALS):
            proc.stdin.write(f"go {rng.randrange(1, STATEMENTS)}\n")
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            assert header[0] == "pid", header
            child = int(header[1])
            while (line := proc.stdout.readline().split())[0] != "at":
                assert line[0] == "id", line
                printed.append(line[1])
            killed_at.add(line[2])
            os.kill(child, signal.SIGKILL)  # waiting at its chosen statement
            while True:
                line = proc.stdout.readline().split()
                if line == ["exit"]:
                    break
                assert line[0] == "id", line
                printed.append(line[1])
            raw = sqlite3.connect(db)
            try:
                assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                stored = {r[0] for r in raw.execute("SELECT uuid FROM review")}
            finally:
                raw.close()
            missing = [p for p in printed if p not in stored]
            assert not missing, f"committed answers lost: {missing[:3]}"
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    assert len(printed) > TRIALS  # the loop really answered between kills
    assert {"BEGIN", "SELECT", "INSERT", "UPDATE", "COMMIT"} <= killed_at, killed_at
    store = open_store(db)
    with store.read() as conn:
        assert stored_memories(conn) == replayed_memories(conn)
    store.close()
