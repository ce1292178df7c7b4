"""Benchmark: loading a 10,000-item bank, against PyYAML's raw CSafeLoader parse.

Generates a bank of 10,000 items of mixed kinds (every authored kind and every fact
kind) in a temporary folder, then prints the median of several runs of:

* raw parse: ``yaml.load(text, Loader=yaml.CSafeLoader)`` with the garbage collector
  paused (the fastest way PyYAML reads the file, the baseline);
* load + validate: ``load_banks([file])`` without a cache (read, check, generate);
* cached reload: ``load_banks([file], cache_dir=...)`` when the cache entry exists;

with their ratios to the raw parse. Goals: load + validate <= 1.3x, cached reload <= 0.1x.

Run: ``.venv/bin/python bench/banks.py [--items N] [--runs R]``
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trainer.core.banks import load_banks

HEADER = """\
format: 1
id: bench
title: Benchmark bank
version: "1.0"
language: en
description: Generated for bench/banks.py.
source: Generated
items:
"""


def _item(i: int) -> str:
    common = (
        f"  - id: bench.item-{i}\n"
        f"    kind: {{kind}}\n"
        f"    topic: Topic {i % 17}\n"
        f"    tags: [t{i % 5}, bench]\n"
        f"    difficulty: {1 + i % 3}\n"
        f'    source: "§{i % 9} Section"\n'
        f"    explanation: Explanation number {i} says why the answer holds.\n"
    )
    year = 2000 + i % 20
    bodies = {
        "single_choice": f"    question: Which is right in {i}?\n    correct: Right {i}\n"
        f"    wrong: [Wrong a {i}, Wrong b {i}, Wrong c {i}]\n",
        "multiple_choice": f"    question: Which are right in {i}?\n"
        f"    correct: [Right {i}, Also right {i}]\n    wrong: [Wrong {i}, Also wrong {i}]\n",
        "true_false": f"    statement: Statement {i} is true.\n    answer: true\n",
        "numeric": f"    question: How many in {i}?\n    answer: {i % 977 + 3}\n    unit: things\n",
        "short_answer": f"    question: Name {i}?\n    answers: [Answer {i}, Other {i}]\n",
        "cloze": f'    text: "The {{{{answer {i}|alt {i}}}}} is in {{{{place {i}}}}}."\n',
        "ordering": f"    question: Order {i}.\n    sequence: [First {i}, Second {i}, Third {i}]\n",
        "matching": f"    question: Match {i}.\n    pairs:\n"
        f"      - {{left: L1 {i}, right: R1 {i}}}\n      - {{left: L2 {i}, right: R2 {i}}}\n",
        "flashcard": f"    front: Front {i}\n    back: Back {i}\n",
        "figure": f"    question: How many members in {year}?\n"
        f"    statement: In {year} there were {{value}}.\n    value: {(i * 37) % 5000 + 10}\n"
        f"    unit: members\n    year: {year}\n",
        "list": f"    name: the group {i}\n"
        f"    members: [Member a {i}, Member b {i}, Member c {i}]\n"
        f"    not_members: [Not a {i}, Not b {i}, Not c {i}]\n",
        "timeline": f"    name: the story {i}\n    events:\n"
        f"      - {{year: 2001, event: Start {i}}}\n"
        f"      - {{year: 2005, event: Middle {i}}}\n      - {{year: 2009, event: End {i}}}\n",
    }
    kinds = list(bodies)
    kind = kinds[i % len(kinds)]
    return common.replace("{kind}", kind) + bodies[kind]


def make_bank(count: int) -> str:
    """A valid bank of ``count`` items cycling through every kind."""
    return HEADER + "".join(_item(i) for i in range(count))


def _median(runs: int, action: Callable[[], object], *, pause_gc: bool) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        if pause_gc:
            gc.disable()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        gc.enable()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        text = make_bank(args.items)
        path.write_text(text, encoding="utf-8")
        cache = Path(folder) / "cache"
        first = load_banks([path], cache_dir=cache)
        assert not first.errors, first.errors[:3]

        def raw() -> object:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        raw_time = _median(args.runs, raw, pause_gc=True)
        raw_gc_time = _median(args.runs, raw, pause_gc=False)
        load_time = _median(args.runs, lambda: load_banks([path]), pause_gc=False)
        cached_time = _median(
            args.runs, lambda: load_banks([path], cache_dir=cache), pause_gc=False
        )
        size = path.stat().st_size / 2**20
        print(f"bank: {args.items} items, {len(first.questions)} questions, {size:.1f} MB")
        print(f"raw CSafeLoader parse (gc paused): {raw_time * 1000:8.1f} ms   1.00x  (baseline)")
        print(
            f"raw CSafeLoader parse (gc on):     {raw_gc_time * 1000:8.1f} ms   "
            f"{raw_gc_time / raw_time:.2f}x"
        )
        print(
            f"load + validate + generate:        {load_time * 1000:8.1f} ms   "
            f"{load_time / raw_time:.2f}x  (goal <= 1.30x)"
        )
        print(
            f"cached reload:                     {cached_time * 1000:8.1f} ms   "
            f"{cached_time / raw_time:.3f}x (goal <= 0.10x)"
        )
        lol = Path(folder) / "lol.yaml"
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for i in range(1, 10):
            name, prev = chr(97 + i), chr(96 + i)
            lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
        lol.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert load_banks([lol]).errors
        lol_time = _median(args.runs, lambda: load_banks([lol]), pause_gc=False)
        print(f"'billion laughs' file refused in:  {lol_time * 1000:8.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
