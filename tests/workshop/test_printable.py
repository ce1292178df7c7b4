"""Printable HTML: versions A and B differ, keys match each version, the score sheet."""

from __future__ import annotations

import re

from printkit import text_of

from trainer.core.banks import Question
from trainer.core.scoring import score
from trainer.core.workshop.printable import (
    LETTERS,
    PAGE_BREAK,
    SCORE_COLUMNS,
    answer_key_html,
    handout_html,
    paper_version,
    printout,
    score_sheet_html,
)


def scored(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.kind != "flashcard"]


def test_versions_differ_and_are_stable(questions: list[Question]) -> None:
    qs = scored(questions)
    a = paper_version(qs, 7, "A")
    b = paper_version(qs, 7, "B")
    assert [p.question.id for p in a] != [p.question.id for p in b]
    assert sorted(p.question.id for p in a) == sorted(q.id for q in qs)
    assert paper_version(qs, 7, "A") == a
    assert any(
        pa.choices != pb.choices
        for pa in a
        for pb in b
        if pa.question.id == pb.question.id and pa.choices
    )


def test_answer_key_matches_each_version(questions: list[Question]) -> None:
    qs = scored(questions)
    for version in ("A", "B"):
        paper = paper_version(qs, 7, version)
        for pq in paper:
            q = pq.question
            if q.kind in ("single_choice", "multiple_choice"):
                letters = pq.key.split(" (")[0].split(", ")
                picked = [pq.choices[LETTERS.index(x)] for x in letters]
                response = picked[0] if q.kind == "single_choice" else picked
                assert score(q, response).correct, (version, q.id, pq.key)
            elif q.kind == "ordering":
                order = [pq.choices[LETTERS.index(x)] for x in pq.key.split()]
                assert score(q, order).correct
            elif q.kind == "matching":
                mapping = {}
                for pair in pq.key.split(", "):
                    number, letter = pair.split("–")
                    mapping[q.lefts[int(number) - 1]] = pq.choices[LETTERS.index(letter)]
                assert score(q, mapping).correct
        key = text_of(answer_key_html("Quiz", qs, 7, version))
        for pq in paper:
            assert f"{pq.number} {pq.key}".split(" (")[0] in key


def test_handout_holds_every_question_and_no_answers_of_open_kinds(
    questions: list[Question],
) -> None:
    qs = scored(questions)
    text = text_of(handout_html("Quiz <1>", qs, 7, "A"))
    assert "Quiz <1> — version A" in text
    for q in qs:
        assert " ".join(q.prompt.split()) in text
    assert "six months" not in text  # cloze answers are blanked
    assert re.search(r"A\. \S", text)


def test_score_sheet_and_full_document(questions: list[Question]) -> None:
    qs = scored(questions)
    sheet = score_sheet_html("Quiz", len(qs), ["Red", "Blue & Co"], points_per_question=2)
    tables = -(-len(qs) // SCORE_COLUMNS)  # boxes wide enough to write in: 10 a row
    assert sheet.count("<table") == tables and sheet.count("<tr>") == 3 * tables
    assert "Blue &amp; Co" in sheet and "2 points" in sheet
    printed = printout("Quiz", qs, 7, versions=("A", "B"), teams=["Red"])
    # the handouts: A, B, score sheet; the keys apart, for the facilitator only
    assert printed.handouts.count(PAGE_BREAK) == 2 and "answer key" not in printed.handouts
    assert "version B" in printed.handouts and "score sheet" in printed.handouts
    assert printed.keys.count(PAGE_BREAK) == 1 and "answer key, version B" in printed.keys
