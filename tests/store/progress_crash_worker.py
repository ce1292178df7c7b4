"""Crash-test worker: imports a progress file into a database, to be killed meanwhile.

Imports everything once, then for each ``go DATABASE FILE`` line on stdin forks a child
that opens the store, prints ``importing``, imports the file (backup first, then one
transaction), prints ``done`` and ends. The parent prints ``pid <n>`` for each child,
waits for a ``reap`` line (so the child's pid stays its own until then, even when it
has ended: the test may kill it with SIGKILL at a random moment), and prints ``exit``
once the child has ended.

    python progress_crash_worker.py
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer.core.progress_files import import_progress_files
from trainer.store import open_store

NOW = datetime(2027, 1, 1, tzinfo=UTC)


def run(database: str, progress_file: str) -> None:
    store = open_store(database, clock=lambda: NOW)
    sys.stdout.write("importing\n")
    sys.stdout.flush()
    (outcome,) = import_progress_files(store, [progress_file], clock=lambda: NOW)
    assert outcome.error is None, outcome.error
    sys.stdout.write("done\n")
    sys.stdout.flush()
    store.close()


def main() -> None:
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                run(words[1], words[2])
            finally:
                os._exit(0)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        if sys.stdin.readline().strip() != "reap":
            break
        os.waitpid(pid, 0)
        sys.stdout.write("exit\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
