"""Benchmark one study step against Anki's own, measured side by side in this run.

A step is: record the answer (scheduled by FSRS, committed durably: WAL,
``synchronous=FULL``, one transaction and one fsync per answer) and have the next
item ready. Trainer: ``answer_card`` then ``next_card``. Anki (the ``anki``
library, a development dependency): FSRS switched on in the deck options,
``sched.getCard()`` then ``sched.answerCard()`` (the v3 scheduler's own path:
scheduling states, answer, commit), on a collection with the same number of
notes, in the same folder. The two alternate step by step, so whatever else the
machine does hits both alike. Prints medians, p99 and the ratios (goal: Trainer's
median and p99 <= 1.0x Anki's), and the CPU time per step of each: on a shared disk
the fsync's wait varies from run to run far more than the work around it.

    .venv/bin/python bench/answer.py [--steps 600] [--items 2000] [--warmup 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.core.study import Trainer
from trainer.store import open_store


@dataclass(frozen=True)
class Item:
    id: str
    topic: str
    bank_id: str = "bench"
    kind: str = "flashcard"
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    fact_id: str = ""
    form: str | None = None
    content_hash: str = "h"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 10, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def rating(n: int) -> int:
    """Again on every fifth answer, Good otherwise (both apps number them 1-4)."""
    return 3 if n % 5 else 1


def trainer_stepper(folder: Path, n_items: int) -> tuple[Callable[[int], None], Any]:
    clock = Clock()
    store = open_store(folder / "trainer.sqlite3", clock=clock)
    items = [Item(f"q{n}", f"topic {n % 20}", fact_id=f"q{n}") for n in range(n_items)]
    trainer = Trainer(store, items, clock=clock, tz=UTC)
    learner = trainer.create_profile("bench", daily_new_limit=9999).id
    state = {"card": trainer.next_card(learner)}

    def step(n: int) -> None:
        card = state["card"]
        assert card is not None
        trainer.answer_card(learner, card.item_id, rating(n), 1500)
        state["card"] = trainer.next_card(learner)
        clock.now += timedelta(seconds=20)

    return step, store


def anki_stepper(folder: Path, n_items: int) -> tuple[Callable[[int], None], Any]:
    from anki.collection import AddNoteRequest, Collection

    col = Collection(str(folder / "anki.anki2"))
    col.set_config("fsrs", True)
    deck = col.decks.id("bench")
    assert deck is not None
    conf = col.decks.config_dict_for_deck_id(deck)
    conf["new"]["perDay"] = 9999
    conf["rev"]["perDay"] = 9999
    col.decks.update_config(conf)
    col.decks.select(deck)
    model = col.models.by_name("Basic")
    assert model is not None
    requests = []
    for n in range(n_items):
        note = col.new_note(model)
        note["Front"], note["Back"] = f"q{n}", f"topic {n % 20}"
        requests.append(AddNoteRequest(note=note, deck_id=deck))
    col.add_notes(requests)

    def step(n: int) -> None:
        card = col.sched.getCard()
        assert card is not None
        col.sched.answerCard(card, rating(n))

    return step, col


def measure(
    steppers: dict[str, Callable[[int], None]], steps: int, warmup: int
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Alternate the steppers step by step; the first ``warmup`` steps are not kept.

    Returns each stepper's step times and its CPU time per step (this process: the
    time not spent waiting for the disk, which a shared disk disturbs most)."""
    times: dict[str, list[float]] = {name: [] for name in steppers}
    cpu = dict.fromkeys(steppers, 0.0)
    for n in range(warmup + steps):
        for name, step in steppers.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            step(n)
            elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
            if n >= warmup:
                times[name].append(elapsed)
                cpu[name] += used / steps
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        ours, store = trainer_stepper(folder, args.items)
        anki, col = anki_stepper(folder, args.items)
        try:
            times, cpu = measure({"trainer": ours, "anki": anki}, args.steps, args.warmup)
        finally:
            store.close()
            col.close()
    t, a = times["trainer"], times["anki"]
    t_med, t_p99 = statistics.median(t), percentile(t, 0.99)
    a_med, a_p99 = statistics.median(a), percentile(a, 0.99)
    print(
        f"steps: {args.steps} each, alternating (after {args.warmup} warm-up), items: {args.items}"
    )
    print(f"Anki study step (FSRS)   : median {a_med * 1e3:.3f} ms, p99 {a_p99 * 1e3:.3f} ms")
    print(f"Trainer study step       : median {t_med * 1e3:.3f} ms, p99 {t_p99 * 1e3:.3f} ms")
    for name, ratio in (("median", t_med / a_med), ("p99", t_p99 / a_p99)):
        verdict = "met" if ratio <= 1.0 else f"NOT met, {(ratio - 1) * 100:.0f}% over"
        print(f"ratio Trainer/Anki {name:6}: {ratio:.2f}x (goal <= 1.0x: {verdict})")
    t_cpu, a_cpu = cpu["trainer"] * 1e3, cpu["anki"] * 1e3
    print(
        f"CPU per step (no disk wait): Trainer {t_cpu:.3f} ms, Anki {a_cpu:.3f} ms, "
        f"ratio {t_cpu / a_cpu:.2f}x"
    )


if __name__ == "__main__":
    main()
