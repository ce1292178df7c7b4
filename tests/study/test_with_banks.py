"""Integration: the real bank loader and scoring feed the engine."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from enginekit import FakeClock

from trainer.core.banks import load_banks
from trainer.core.study import Grade, QuizSpec, Trainer
from trainer.store import Store

DATA = Path(__file__).parent / "data"


def test_loaded_bank_study_and_quiz(store: Store, clock: FakeClock) -> None:
    result = load_banks([DATA])
    assert not result.errors
    t = Trainer(store, result.questions, clock=clock, tz=UTC)
    me = t.create_profile("Reader")
    counts = t.home_counts(me.id)
    assert counts.by_bank["enginetest"].new == len(result.questions)
    card = t.next_card(me.id)
    assert card is not None and card.is_new
    t.answer_card(me.id, card.item_id, Grade.GOOD)
    quiz = t.build_quiz(QuizSpec(count=10, seed=1))
    facts = [result.by_id[i].fact_id for i in quiz.item_ids]
    assert len(facts) == len(set(facts)) == 6
    assert quiz.shortfall is not None and "Only 6 questions" in quiz.shortfall
    attempt = t.start_quiz(me.id, quiz)
    for position, item_id in enumerate(quiz.item_ids):
        question = result.by_id[item_id]
        if question.kind == "flashcard":
            t.answer_quiz(attempt, position, fraction=1.0, correct=True)
        elif question.kind == "multiple_choice":  # a set of options, as scoring allows
            _rid, fraction, correct = t.answer_quiz_response(
                attempt, position, set(question.correct)
            )
            assert fraction == 1.0 and correct
            stored = t.quiz_attempt(attempt).answers[-1].response
            assert sorted(stored) == sorted(question.correct)
        elif question.kind == "true_false":
            _rid, fraction, correct = t.answer_quiz_response(attempt, position, True)
            assert (fraction == 1.0) is correct
        else:
            _rid, fraction, correct = t.answer_quiz_response(attempt, position, None)
            assert fraction == 0.0 and not correct
    done = t.finish_quiz(attempt)
    assert done.next_position is None


def test_content_change_in_reloaded_bank(tmp_path: Path, store: Store, clock: FakeClock) -> None:
    bank = tmp_path / "b.yaml"
    bank.write_text((DATA / "engine_test.yaml").read_text())
    t = Trainer(store, load_banks([tmp_path]).questions, clock=clock, tz=UTC)
    bank.write_text(bank.read_text().replace("It began as the Geneva", "It was first the Geneva"))
    report = t.sync_items(load_banks([tmp_path]).questions)
    assert report.changed == ("et.gmg-founded",) and not report.added and not report.retired
