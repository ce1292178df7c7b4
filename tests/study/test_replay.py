"""Memory state always equals the replay of the review log (property-based)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from enginekit import FakeClock, make_items
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.core.study import Grade, Trainer
from trainer.core.study.answers import replayed_memories, stored_memories
from trainer.store import open_store

ITEMS = make_items(2, 3)
steps = st.lists(
    st.tuples(
        st.sampled_from(["answer", "answer", "answer", "undo", "quiz"]),
        st.integers(0, len(ITEMS) - 1),
        st.sampled_from(list(Grade)),
        st.integers(-3600, 6 * 86400),  # seconds the clock moves (backwards too)
    ),
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=steps)
def test_stored_memory_equals_replay(tmp_path_factory: object, script: list) -> None:
    folder = Path(str(tmp_path_factory.mktemp("replay")))  # type: ignore[attr-defined]
    clock = FakeClock()
    store = open_store(folder / "t.sqlite3", clock=clock)
    try:
        trainer = Trainer(store, ITEMS, clock=clock, tz=UTC)
        learner = trainer.create_profile("P").id
        for action, index, grade, seconds in script:
            clock.advance(seconds=seconds)
            if action == "undo":
                trainer.undo_last(learner)
            elif action == "quiz":
                trainer.answer_scored(learner, ITEMS[index].id, (int(grade) - 1) / 3)
            else:
                trainer.answer_card(learner, ITEMS[index].id, grade)
        with store.read() as conn:
            assert stored_memories(conn) == replayed_memories(conn)
    finally:
        store.close()
