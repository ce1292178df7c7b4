"""Quiz builder rules and quiz attempts (start, answer, resume, finish)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC

import pytest
from enginekit import FakeClock, It, make_items

from trainer.core.study import QuizError, QuizSpec, Trainer, build_quiz
from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import Store


def forms_items() -> list[It]:
    """Four topics; each fact has three generated forms."""
    return [
        It(
            f"f{t}.{n}/{form}",
            topic=f"topic {t}",
            fact_id=f"f{t}.{n}",
            form=form,
            kind=kind,
            difficulty=1 + n % 3,
            tags=("even",) if n % 2 == 0 else (),
        )
        for t in range(4)
        for n in range(5)
        for form, kind in (
            ("card", "flashcard"),
            ("numeric", "numeric"),
            ("choice", "single_choice"),
        )
    ]


def test_same_seed_same_quiz_and_different_seed_differs() -> None:
    items = forms_items()
    a = build_quiz(items, QuizSpec(count=8, seed=7))
    b = build_quiz(list(reversed(items)), QuizSpec(count=8, seed=7))
    c = build_quiz(items, QuizSpec(count=8, seed=8))
    assert a.item_ids == b.item_ids and a.seed == 7
    assert a.item_ids != c.item_ids


def test_never_the_same_fact_twice_and_balanced_topics() -> None:
    items = forms_items()
    by_id = {i.id: i for i in items}
    for seed in range(30):
        quiz = build_quiz(items, QuizSpec(count=10, seed=seed))
        facts = [by_id[i].fact_id for i in quiz.item_ids]
        assert len(facts) == len(set(facts)) == 10
        per_topic = Counter(by_id[i].topic for i in quiz.item_ids)
        assert max(per_topic.values()) - min(per_topic.values()) <= 1
        assert quiz.shortfall is None


def test_filters_and_shortfall_message() -> None:
    items = forms_items()
    quiz = build_quiz(
        items, QuizSpec(count=50, kinds=("numeric",), topics=("topic 1",), tags=("even",))
    )
    assert quiz.available == 3 and len(quiz.item_ids) == 3
    assert quiz.shortfall == (
        "Only 3 questions match this selection (you asked for 50); the quiz has 3."
    )
    assert all(i.endswith("/numeric") and i.startswith("f1.") for i in quiz.item_ids)
    numeric = [i for i in items if i.kind == "numeric"][:1]
    one = build_quiz(numeric, QuizSpec(count=2, kinds=("numeric",)))
    assert one.available == 1
    assert one.shortfall == (
        "Only 1 question matches this selection (you asked for 2); the quiz has 1."
    )
    none = build_quiz(items, QuizSpec(count=5, banks=("nope",)))
    assert none.item_ids == () and none.shortfall == "No questions match this selection."
    with pytest.raises(QuizError):
        build_quiz(items, QuizSpec(count=0))


def test_unshuffled_quiz_groups_topics_and_seed_is_drawn() -> None:
    quiz = build_quiz(forms_items(), QuizSpec(count=8, shuffle=False))
    topics = [i.split(".")[0] for i in quiz.item_ids]
    assert topics == sorted(topics, key=topics.index)  # contiguous groups
    again = build_quiz(forms_items(), QuizSpec(count=8, shuffle=False, seed=quiz.seed))
    assert again.item_ids == quiz.item_ids


def test_attempt_answer_resume_finish(store: Store, clock: FakeClock) -> None:
    t = Trainer(store, make_items(), clock=clock, tz=UTC)
    me = t.create_profile("Quizzer")
    quiz = t.build_quiz(QuizSpec(count=4, seed=3, time_limit_s=600))
    attempt = t.start_quiz(me.id, quiz)
    t.answer_quiz(attempt, 0, fraction=1.0, correct=True, response="A", response_ms=2000)
    clock.advance(seconds=30)
    t.answer_quiz(attempt, 1, fraction=0.5, correct=False, response=["A"], response_ms=3000)
    with pytest.raises(QuizError, match="already been answered"):
        t.answer_quiz(attempt, 1, fraction=1.0, correct=True)
    # A new Trainer (as after a restart) resumes the attempt.
    t2 = Trainer(store, make_items(), clock=clock, tz=UTC)
    assert t2.unfinished_quizzes(me.id) == [attempt]
    state = t2.quiz_attempt(attempt)
    assert state.item_ids == quiz.item_ids and state.next_position == 2
    assert state.spec == quiz.spec and state.seed == 3
    assert state.answers[1].response == ["A"] and state.score == 1.5
    topic_of = {i.id: i.topic for i in make_items()}.__getitem__
    breakdown = state.by_topic(topic_of)
    assert sum(points for _, points, _ in breakdown) == 1.5
    assert sum(asked for _, _, asked in breakdown) == 4
    first = topic_of(quiz.item_ids[0])
    assert breakdown[0][0] == first and breakdown[0][1] >= 1.0
    # The clock counts the time spent answering (2 s + 3 s), not the time the app was
    # closed or dead: an hour later the learner still has 595 of the 600 seconds.
    clock.advance(seconds=3600)
    left = t2.quiz_attempt(attempt).time_left()
    assert left is not None and left.total_seconds() == 595
    done = t2.finish_quiz(attempt)
    assert done.finished_at == clock() and t2.unfinished_quizzes(me.id) == []
    with pytest.raises(QuizError, match="finished"):
        t2.answer_quiz(attempt, 2, fraction=1.0, correct=True)
    with store.read() as conn:
        modes = conn.exec_driver_sql("SELECT mode, rating, score FROM review").all()
        assert sorted(tuple(m) for m in modes) == [("quiz", 2, 0.5), ("quiz", 3, 1.0)]
        assert stored_memories(conn) == replayed_memories(conn)


def test_at_most_one_item_of_a_group() -> None:
    """Items that answer one another share a group: a quiz takes one of them at most."""
    leaky = [It(f"g.q{n}", topic=f"topic {n % 2}", group="g") for n in range(6)]
    alone = [It(f"a.q{n}", topic=f"topic {n % 2}") for n in range(4)]
    items = leaky + alone
    by_id = {i.id: i for i in items}
    for seed in range(40):
        quiz = build_quiz(items, QuizSpec(count=10, seed=seed))
        groups = [by_id[i].group for i in quiz.item_ids]
        assert len(groups) == len(set(groups)) == 5
        assert quiz.available == 5 and quiz.shortfall is not None
