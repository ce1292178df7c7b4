"""The worked example of docs/item-analysis.md gives the numbers the page prints."""

from __future__ import annotations

from pathlib import Path

from analysiskit import attempt, load_bank

from trainer.core.analysis.compute import analyse_attempts
from trainer.core.analysis.verdicts import NEVER_CHOSEN, WORKS, Thresholds

DOC = Path(__file__).resolve().parents[2] / "docs" / "item-analysis.md"
BANK = """format: 1
id: ex
title: Worked example
version: "1"
language: en
description: The worked example of the item analysis page.
source: "docs"
items:
  - {id: ex.q1, kind: true_false, topic: T, difficulty: 1, source: s, explanation: e,
     statement: Q1, answer: true}
  - {id: ex.q2, kind: single_choice, topic: T, difficulty: 1, source: s, explanation: e,
     question: Q2, correct: Geneva, wrong: [Rome, Oslo]}
  - {id: ex.q3, kind: multiple_choice, topic: T, difficulty: 1, source: s, explanation: e,
     question: Q3, correct: [IOM, UNHCR], wrong: [WTO]}
"""
TABLE = {  # attempt: (Q1, Q2, Q3, Q2's choice)
    "A": (1.0, 1.0, 1.0, "Geneva"),
    "B": (1.0, 0.0, 0.5, "Rome"),
    "C": (0.0, 1.0, 0.5, "Geneva"),
    "D": (0.0, 0.0, 0.0, "Rome"),
}


def test_the_worked_example(tmp_path: Path) -> None:
    loaded = load_bank(tmp_path, BANK)
    hashes = {i: q.content_hash for i, q in loaded.by_id.items()}
    attempts = [
        attempt(
            key,
            {"ex.q1": q1, "ex.q2": q2, "ex.q3": q3},
            responses={"ex.q2": choice},
            hashes=hashes,
            minute=n,
        )
        for n, (key, (q1, q2, q3, choice)) in enumerate(TABLE.items())
    ]
    limits = Thresholds(min_answers=4, min_pairs=4, min_form_attempts=4)
    result = analyse_attempts(attempts, {}, loaded.by_id, limits=limits)
    rows = {r.item_id: r for r in result.items}
    q1, q2 = rows["ex.q1"], rows["ex.q2"]
    assert (q1.facility, round(q1.sd or 0, 4)) == (0.5, 0.5774)
    assert (round(q1.discrimination or 0, 4), round(q1.efficiency or 0, 4)) == (0.3162, 0.3333)
    assert q1.verdicts == (WORKS,)
    assert round(q2.discrimination or 0, 4) == 0.3162
    options = {o.text: o for o in q2.options}
    assert [options[t].share for t in ("Geneva", "Rome", "Oslo")] == [0.5, 0.5, 0.0]
    assert options["Oslo"].flags == (NEVER_CHOSEN,)
    assert (options["Rome"].top_share, options["Rome"].bottom_share) == (0.0, 1.0)
    [quiz] = result.forms
    assert (quiz.mean, round(quiz.sd or 0, 4), round(quiz.alpha or 0, 4)) == (0.5, 0.4082, 0.6667)
    text = DOC.read_text(encoding="utf-8")
    for printed in ("**0.5774**", "**0.3162**", "**0.3333**", "**0.4082**", "**0.6667**"):
        assert printed in text


def test_the_default_minimums_call_the_example_too_small(tmp_path: Path) -> None:
    attempts = [attempt(k, {"q1": v[0], "q2": v[1]}) for k, v in TABLE.items()]
    rows = analyse_attempts(attempts, {}, {}).items
    assert {r.verdict for r in rows} == {"too few answers to judge"}
    assert [r.answers for r in rows] == [4, 4]
