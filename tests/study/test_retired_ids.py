"""A removed item is listed under `retired`: the bank loads, the item leaves the queues,
and the learner's history under its id is kept; reusing the id is refused."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from enginekit import FakeClock

from trainer.core.banks import load_banks
from trainer.core.study import Grade, Trainer
from trainer.store import Store

DATA = Path(__file__).parent / "data"
REMOVED = """\
  - id: et.gmg-founded
    kind: single_choice
    topic: GMG origins
    tags: [history]
    difficulty: 1
    source: "§4"
    explanation: It began as the Geneva Migration Group.
    question: Under what name was the GMG founded in 2003?
    correct: Geneva Migration Group
    wrong: [Global Migration Forum, Geneva Migration Forum]
"""


def test_retired_item_keeps_its_history(tmp_path: Path, store: Store, clock: FakeClock) -> None:
    bank = tmp_path / "b.yaml"
    text = (DATA / "engine_test.yaml").read_text(encoding="utf-8")
    assert REMOVED in text
    bank.write_text(text, encoding="utf-8")
    t = Trainer(store, load_banks([tmp_path]).questions, clock=clock, tz=UTC)
    me = t.create_profile("Reader")
    t.answer_card(me.id, "et.gmg-founded", Grade.GOOD)

    retired = text.replace(REMOVED, "").replace("items:\n", "retired: [et.gmg-founded]\nitems:\n")
    bank.write_text(retired, encoding="utf-8")
    result = load_banks([tmp_path])
    assert result.errors == [] and "et.gmg-founded" not in result.by_id
    report = t.sync_items(result.questions)
    assert report.retired == ("et.gmg-founded",)
    with store.read() as conn:
        kept = conn.exec_driver_sql(
            "SELECT count(*) FROM review WHERE item_id = 'et.gmg-founded'"
        ).scalar_one()
    assert kept == 1

    reused = retired.replace("  - id: et.gmg-members", "  - id: et.gmg-founded", 1)
    bank.write_text(reused, encoding="utf-8")
    errors = [str(e) for e in load_banks([tmp_path]).errors]
    assert len(errors) == 1 and "`et.gmg-founded` is listed under `retired`" in errors[0]
