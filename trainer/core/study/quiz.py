"""The quiz builder: a reproducible, topic-balanced selection of questions from a spec.

Rules:
1. Candidates are the loaded items matching every non-empty filter of the spec
   (banks, topics, tags — any tag matches —, kinds, difficulties).
2. Candidates are grouped by ``group`` (the fact they come from, or the group
   their bank declares for items that answer one another); each group
   contributes at most one question (chosen with the seed), so a quiz never asks
   the same fact twice and no question gives another's answer away.
3. Groups are dealt round robin across topics (topic order and the facts within
   each topic shuffled with the seed), so topic counts differ by at most one
   until a topic runs out.
4. With ``shuffle`` the chosen questions are shuffled (seeded); without it they
   are grouped by topic in the round-robin order's topic sequence.
5. When fewer facts match than asked, the quiz holds all of them and
   ``Quiz.shortfall`` says so in a plain sentence.
The same spec, seed and items always give the same quiz.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from trainer.core.study.protocols import StudyItem
from trainer.errors import UserError

SEED_MAX = 2**31 - 1
"""Seeds (of quizzes, workshops and paper versions) are whole numbers from 0 to this: what
a C ``int`` holds, so every spin box and store column can show and keep them."""


class QuizError(UserError, ValueError):
    """A quiz specification or attempt request that cannot be honoured."""


@dataclass(frozen=True)
class QuizSpec:
    """What a quiz should contain. Empty filters mean "any"; ``seed=None`` draws one."""

    count: int = 10
    banks: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    difficulties: tuple[int, ...] = ()
    seed: int | None = None
    time_limit_s: int | None = None
    shuffle: bool = True

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> QuizSpec:
        data: dict[str, Any] = json.loads(text)
        for key in ("banks", "topics", "tags", "kinds", "difficulties"):
            data[key] = tuple(data.get(key, ()))
        return cls(**data)


@dataclass(frozen=True)
class Quiz:
    """A built quiz: the item ids in order, the seed used, and any shortfall message."""

    spec: QuizSpec
    seed: int
    item_ids: tuple[str, ...]
    available: int
    shortfall: str | None = None
    topics: dict[str, int] = field(default_factory=dict)


def _matches(item: StudyItem, spec: QuizSpec) -> bool:
    return (
        (not spec.banks or item.bank_id in spec.banks)
        and (not spec.topics or item.topic in spec.topics)
        and (not spec.tags or not set(spec.tags).isdisjoint(item.tags))
        and (not spec.kinds or item.kind in spec.kinds)
        and (not spec.difficulties or item.difficulty in spec.difficulties)
    )


def build_quiz(items: Iterable[StudyItem], spec: QuizSpec) -> Quiz:
    """Choose the quiz's questions following the module's rules."""
    if spec.count < 1:
        raise QuizError("A quiz needs at least one question.")
    if spec.time_limit_s is not None and spec.time_limit_s < 1:
        raise QuizError("The time limit must be at least one second.")
    if spec.seed is not None and not 0 <= spec.seed <= SEED_MAX:
        raise QuizError(f"The seed must be a whole number from 0 to {SEED_MAX}.")
    seed = spec.seed if spec.seed is not None else random.SystemRandom().randrange(SEED_MAX + 1)
    rng = random.Random(seed)
    groups: dict[str, list[StudyItem]] = {}
    for item in sorted(items, key=lambda i: i.id):
        if _matches(item, spec):
            groups.setdefault(item.group, []).append(item)
    by_topic: dict[str, list[StudyItem]] = {}
    for group in sorted(groups):
        chosen = rng.choice(groups[group])
        by_topic.setdefault(chosen.topic, []).append(chosen)
    topics = sorted(by_topic)
    rng.shuffle(topics)
    for topic in topics:
        rng.shuffle(by_topic[topic])
    picked: list[StudyItem] = []
    depth = 0
    while len(picked) < spec.count:
        row = [by_topic[t][depth] for t in topics if depth < len(by_topic[t])]
        if not row:
            break
        picked.extend(row[: spec.count - len(picked)])
        depth += 1
    if spec.shuffle:
        rng.shuffle(picked)
    else:
        rank = {t: n for n, t in enumerate(topics)}
        picked.sort(key=lambda i: rank[i.topic])
    available = len(groups)
    shortfall = None
    if available < spec.count:
        shortfall = (
            f"Only {available} question{'s match' if available != 1 else ' matches'} this "
            "selection "
            f"(you asked for {spec.count}); the quiz has {available}."
            if available
            else "No questions match this selection."
        )
    counts: dict[str, int] = {}
    for item in picked:
        counts[item.topic] = counts.get(item.topic, 0) + 1
    return Quiz(spec, seed, tuple(i.id for i in picked), available, shortfall, counts)
