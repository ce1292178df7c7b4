"""No choice offers two options that mean the same, or a distractor equal to the answer."""

from __future__ import annotations

from itertools import combinations

from contentkit import option_key, raw_items

from trainer.core.banks import (
    LoadResult,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    SingleChoiceQuestion,
)


def test_option_key_ignores_spelling() -> None:
    same = [
        ("1,600 active projects", "1600 Active Projects."),
        ("USD 1.3 billion", "USD 1,300 million"),
        ("Six recommendations", "6 recommendations"),
        ("The GFMD", "GFMD"),
        ("Principals' level", "principals level"),
    ]
    for a, b in same:
        assert option_key(a) == option_key(b), (a, b)
    assert option_key("USD 1.3 billion") != option_key("USD 0.9 billion")
    assert option_key("Roundtable 1") != option_key("Roundtable 2")


def _assert_distinct(item_id: str, options: list[str]) -> None:
    for a, b in combinations(options, 2):
        assert option_key(a) != option_key(b), f"{item_id}: {a!r} and {b!r} mean the same"


def test_choice_options_are_distinct_for_every_seed(shipped_seeded: LoadResult) -> None:
    checked = 0
    for q in shipped_seeded.questions:
        if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
            _assert_distinct(q.id, list(q.options))
            right = {option_key(c) for c in q.correct_options}
            for wrong in q.wrong:
                assert option_key(wrong) not in right, f"{q.id}: distractor {wrong!r} = answer"
            assert len(q.options) >= 3 or isinstance(q, MultipleChoiceQuestion), q.id
            checked += 1
        elif isinstance(q, MatchingQuestion):
            _assert_distinct(q.id, list(q.lefts))
            _assert_distinct(q.id, list(q.rights))
        elif isinstance(q, OrderingQuestion):
            _assert_distinct(q.id, list(q.sequence))
    assert checked > 50


def test_list_facts_never_name_a_member_as_a_non_member() -> None:
    for item in raw_items():
        if item["kind"] != "list":
            continue
        members = [m["text"] if isinstance(m, dict) else m for m in item["members"]]
        _assert_distinct(item["id"], members + item["not_members"])


def test_figure_distractors_never_equal_the_value_in_any_spelling() -> None:
    for item in raw_items():
        if item["kind"] == "figure":
            unit = item.get("unit", "")
            values = [item["value"], *item.get("distractors", [])]
            _assert_distinct(item["id"], [f"{v:,} {unit}" for v in values])
