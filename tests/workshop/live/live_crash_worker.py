"""Run by test_live_resume: reopens a phone game, joins participants and answers in bursts
from threads forever, printing each join and each answer only once it is on disk
(from the future's done-callback). The test kills it with SIGKILL.

Usage: python live_crash_worker.py DB BANK_DIR SESSION_ID ROUND
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import cycle
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from livekit import RIGHT

from trainer.core.banks import load_banks
from trainer.core.workshop.live import LiveGame
from trainer.store import open_store

PLAYERS = 12
_out = threading.Lock()


def say(line: str) -> None:
    with _out:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def main() -> None:
    db, bank_dir, session_id, round_no = sys.argv[1], Path(sys.argv[2]), *map(int, sys.argv[3:5])
    questions = load_banks([bank_dir]).by_id
    game = LiveGame.open(open_store(db), session_id, questions)
    say("ready")
    tokens: list[str] = []
    for n in range(PLAYERS):
        joined = game.join(f"R{round_no} P{n}")
        number, token = joined.participant.number, joined.token
        joined.durable.add_done_callback(
            lambda f, n=number, t=token: f.exception() or say(f"joined {n} {t}")
        )
        tokens.append(token)
    pool = ThreadPoolExecutor(PLAYERS)
    for position in cycle(range(len(game.item_ids))):
        game.show(position)
        game.start_clock()
        answer = RIGHT[game.item_ids[position]]

        def play(token: str, position: int = position, answer: Any = answer) -> Future[Any]:
            receipt = game.answer(token, position, answer)
            number = game.rejoin(token).number
            receipt.durable.add_done_callback(
                lambda f: f.exception() or say(f"ack {number} {position}")
            )
            return receipt.durable

        for durable in list(pool.map(play, tokens)):
            durable.result()


if __name__ == "__main__":
    main()
