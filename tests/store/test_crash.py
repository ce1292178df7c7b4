"""Durability: SIGKILL a study loop at random moments; every reported answer must survive.

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
import time
from pathlib import Path

from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import open_store

WORKER = Path(__file__).parent / "crash_worker.py"
TRIALS = 110


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
    try:
        for _trial in range(TRIALS):
            proc.stdin.write("go\n")
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            assert header[0] == "pid", header
            child = int(header[1])
            for _ in range(rng.randrange(0, 12)):
                line = proc.stdout.readline().split()
                assert line[0] == "id", line
                printed.append(line[1])
            time.sleep(rng.random() * 0.004)  # a random moment for the SIGKILL, by design
            os.kill(child, signal.SIGKILL)
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
    store = open_store(db)
    with store.read() as conn:
        assert stored_memories(conn) == replayed_memories(conn)
    store.close()
