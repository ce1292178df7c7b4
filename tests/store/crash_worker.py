"""Crash-test worker: a study loop that prints each review id after its commit returns.

Imports everything once, then for each ``go STOP`` line on stdin forks a child that
opens the store, studies forever and prints ``id <uuid>`` after each committed
answer; just before the STOP-th SQL statement of its study loop it prints ``at STOP``
and waits there for the test's SIGKILL (``storekit.StopAtStatement``), so each kill
lands at a chosen statement: a BEGIN, a read, a write or a COMMIT. The parent prints
``pid <n>`` for each child and ``exit`` once the child has died.

    python crash_worker.py DATABASE
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storekit import StopAtStatement, trace_every_connection

from trainer.core.study import Trainer
from trainer.store import open_store


class Item:
    def __init__(self, n: int) -> None:
        self.id = f"crash.q{n}"
        self.kind = "flashcard"
        self.bank_id = "crash"
        self.topic = f"topic {n % 5}"
        self.tags: tuple[str, ...] = ()
        self.difficulty = 1 + n % 3
        self.fact_id = self.id
        self.form = None
        self.content_hash = "h"


class Clock:
    """Moves one minute per reading, so the loop sees due, new and relearning items."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def study(database: str, round_no: int, stop: int) -> None:
    statements = StopAtStatement(stop)
    trace_every_connection(statements)
    clock = Clock(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=round_no))
    store = open_store(database, clock=clock)
    trainer = Trainer(store, [Item(n) for n in range(40)], clock=clock, tz=UTC)
    learner = trainer.profiles()[0].id if trainer.profiles() else None
    if learner is None:
        learner = trainer.create_profile("crash", daily_new_limit=9999).id
    step = 0
    statements.counting = True
    while True:
        card = trainer.next_card(learner)
        if card is None:
            clock.now += timedelta(days=1)
            continue
        result = trainer.answer_card(learner, card.item_id, 1 + step % 4, 1000)
        sys.stdout.write(f"id {result.review_id}\n")
        sys.stdout.flush()
        step += 1


def main() -> None:
    database = sys.argv[1]
    for round_no, line in enumerate(sys.stdin):
        words = line.split()
        if not words or words[0] != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                study(database, round_no, int(words[1]))
            finally:
                os._exit(1)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        os.waitpid(pid, 0)
        sys.stdout.write("exit\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
