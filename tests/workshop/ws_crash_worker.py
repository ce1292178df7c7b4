"""Run by test_session: records answers forever, printing each after its commit returns.

Usage: python crash_worker.py DB BANK_DIR SESSION_ID
"""

from __future__ import annotations

import sys
from pathlib import Path

from trainer.core.banks import load_banks
from trainer.core.workshop import WorkshopSession
from trainer.store import open_store


def main() -> None:
    db, bank_dir, session_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    questions = load_banks([bank_dir]).by_id
    store = open_store(db)
    session = WorkshopSession.open(store, session_id, questions)
    teams = session.teams()
    print("ready", flush=True)
    n = 0
    while True:
        position = n % len(session.item_ids)
        team = teams[(n // len(session.item_ids)) % len(teams)]
        fraction = (n % 3) / 2
        session.mark(team, position, fraction)
        print(f"{team.name}\t{position}\t{fraction}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
