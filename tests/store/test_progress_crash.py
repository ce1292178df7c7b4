"""SIGKILL during a progress-file import leaves the database as before or as after the
import, never half: the import is one transaction (and its backup is made first)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from progresskit import items, rows, study, synthetic

from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import open_store

WORKER = Path(__file__).parent / "progress_crash_worker.py"
TRIALS = 14


def _fresh(source: Path, target: Path) -> None:
    """``target``'s folder holding a copy of ``source`` alone (no WAL, no backups)."""
    if target.parent.exists():
        shutil.rmtree(target.parent)
    target.parent.mkdir()
    shutil.copy(source, target)


def test_sigkill_during_an_import_leaves_before_or_after(tmp_path: Path) -> None:
    (tmp_path / "before").mkdir()
    before_db = study(tmp_path / "before", "Chidi", items("a"), 9, steps=20, quizzes=1)
    progress = tmp_path / "zed.trainer-progress"
    progress.write_bytes(synthetic("Zed", 4000, seed=3))
    proc = subprocess.Popen(
        [sys.executable, str(WORKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert proc.stdin is not None and proc.stdout is not None

    def attempt(db: Path, stop: int = 0) -> int | None:
        """Import into ``db``, killed as its ``stop``-th statement starts (0: never);
        how many statements the import ran (None when it was killed)."""
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"go {db} {progress} {stop}\n")
        proc.stdin.flush()
        first = [proc.stdout.readline().split(), proc.stdout.readline().split()]
        (header,) = [words for words in first if words[0] == "pid"]  # in either order
        assert ["importing"] in first, first
        if stop:
            assert proc.stdout.readline().split()[:2] == ["at", str(stop)]
            os.kill(int(header[1]), signal.SIGKILL)  # not reaped yet: still our child
        proc.stdin.write("reap\n")
        proc.stdin.flush()
        lines = []
        while (line := proc.stdout.readline().strip()) != "exit":
            lines.append(line.split())
        if lines and lines[-1][0] == "done":
            return int(lines[-1][1])
        return None

    db = tmp_path / "trial" / "trainer.sqlite3"
    try:
        _fresh(before_db, db)
        total = attempt(db)  # how many statements a whole import runs
        assert total is not None and total > 1000  # its writes are counted too
        after = rows(db)
        before = rows(before_db)
        assert after != before
        rng = random.Random(20260312)
        outcomes = []
        width = total / TRIALS
        for trial in range(TRIALS):  # one kill in each fourteenth of the import's statements
            _fresh(before_db, db)
            stop = rng.randint(int(trial * width) + 1, int((trial + 1) * width))
            finished = attempt(db, stop) is not None
            raw = sqlite3.connect(db)
            try:
                assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            finally:
                raw.close()
            state = rows(db)
            assert state in (before, after), "an import left the database half done"
            outcomes.append((finished, state == after))
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert (False, False) in outcomes, f"no kill landed before the commit: {outcomes}"
    store = open_store(db)
    with store.read() as conn:
        assert stored_memories(conn) == replayed_memories(conn)
    store.close()
