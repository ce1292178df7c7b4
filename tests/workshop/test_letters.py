"""Option letters: A to Z, then AA, AB… (one function for paper, screens and keys)."""

from __future__ import annotations

from pathlib import Path

from printkit import text_of

from trainer.core.banks import load_banks
from trainer.core.workshop.letters import option_letter
from trainer.core.workshop.printable import paper_version, printout

OPTIONS = [f"Option {n}" for n in range(30)]
BANK = f"""\
format: 1
id: many
title: Many options
version: "1"
language: en
description: D
source: S
items:
  - id: many.mc
    kind: multiple_choice
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Which?
    correct: [{OPTIONS[0]}, {OPTIONS[29]}]
    wrong: [{", ".join(OPTIONS[1:29])}]
  - id: many.order
    kind: ordering
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Order them.
    sequence: [{", ".join(OPTIONS)}]
  - id: many.match
    kind: matching
    topic: T
    difficulty: 1
    source: S
    explanation: E
    question: Match them.
    pairs: [{", ".join(f"{{left: L{n}, right: R{n}}}" for n in range(30))}]
"""


def test_letters_continue_past_z() -> None:
    assert [option_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        *("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"),
    ]
    letters = [option_letter(i) for i in range(2000)]
    assert len(set(letters)) == 2000


def test_questions_with_more_than_26_options_print(tmp_path: Path) -> None:
    (tmp_path / "many.yaml").write_text(BANK, encoding="utf-8")
    result = load_banks([tmp_path])
    assert result.errors == []
    printed = printout("Many", result.questions, 3, ["A"])
    text = text_of(printed.handouts) + text_of(printed.keys)
    for pq in paper_version(result.questions, 3, "A"):
        for i, choice in enumerate(pq.choices):
            assert f"{option_letter(i)}. {choice}" in text
        if pq.question.kind == "multiple_choice":
            right = [option_letter(pq.choices.index(o)) for o in (OPTIONS[0], OPTIONS[29])]
            assert pq.key.startswith(", ".join(sorted(right, key=lambda x: (len(x), x))))
        elif pq.question.kind == "ordering":
            assert pq.key.split() == [option_letter(pq.choices.index(o)) for o in OPTIONS]


def test_the_screens_letter_choices_as_the_paper_does() -> None:
    from trainer.ui.workshop.stage_slides import ANSWER_KEYS, letter

    assert [letter(i) for i in range(60)] == [option_letter(i) for i in range(60)]
    assert "".join(option_letter(i) for i in range(26)) == ANSWER_KEYS
