"""Helpers for the item analysis tests: attempts built by hand, a small real bank, and the
reference computations, written plainly and differently from the implementation (raw-sum
formulas, population variances where the ratio does not care)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.core.analysis.model import Answer, Attempt
from trainer.core.banks import LoadResult, load_banks
from trainer.core.study import QuizSpec, Trainer
from trainer.core.workshop import WorkshopSession, build_workshop
from trainer.paths import database_path, user_banks_dir
from trainer.store import Store, open_store
from trainer.store.models import to_millis

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

BANK = r"""format: 1
id: an
title: Analysis test bank
version: "1.0"
language: en
description: Items for the item analysis tests.
source: "Test source"
items:
  - id: an.sc1
    kind: single_choice
    topic: Origins
    difficulty: 1
    source: "§1"
    explanation: It began in Geneva.
    question: "=1+2 where did the GMG begin?"
    correct: Geneva
    wrong: [Rome, "=HYPERLINK(\"http://evil.example\")", Oslo]
  - id: an.sc2
    kind: single_choice
    topic: Origins
    difficulty: 1
    source: "§1"
    explanation: 2003.
    question: In which year was the GMG founded?
    correct: "2003"
    wrong: ["2001", "2005"]
  - id: an.mc1
    kind: multiple_choice
    topic: Members
    difficulty: 2
    source: "§2"
    explanation: Both are members.
    question: Which of these are GMG members?
    correct: [IOM, UNHCR]
    wrong: [WTO, NATO]
  - id: an.tf1
    kind: true_false
    topic: Members
    difficulty: 1
    source: "§2"
    explanation: It is.
    statement: IOM is a related organization of the UN.
    answer: true
  - id: an.num1
    kind: numeric
    topic: Members
    difficulty: 2
    source: "§2"
    explanation: Sixteen.
    question: How many members did the GMG have in 2013?
    answer: 16
    tolerance: 0
"""


def write_bank(folder: Path, text: str = BANK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "an.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_bank(folder: Path, text: str = BANK) -> LoadResult:
    write_bank(folder, text)
    result = load_banks([folder])
    assert not result.errors, [str(e) for e in result.errors]
    return result


def attempt(
    key: str,
    scores: dict[str, float],
    *,
    form: Sequence[str] | None = None,
    finished: bool = True,
    source: str = "quiz",
    responses: dict[str, object] | None = None,
    hashes: dict[str, str | None] | None = None,
    label: str = "a quiz",
    minute: int = 0,
) -> Attempt:
    """An attempt answering ``scores`` (item id → score) in that order."""
    answers = tuple(
        Answer(
            item_id,
            (hashes or {}).get(item_id, "h"),
            score,
            json.dumps((responses or {}).get(item_id)),
            to_millis(T0 + timedelta(minutes=minute, seconds=n)),
        )
        for n, (item_id, score) in enumerate(scores.items())
    )
    return Attempt(source, key, tuple(form or scores), label, finished, answers)


def matrix_attempts(items: Sequence[str], rows: Sequence[Sequence[float | None]]) -> list[Attempt]:
    """One finished attempt per row of the same form; ``None``: left unanswered."""
    return [
        attempt(
            str(n),
            {i: s for i, s in zip(items, row, strict=True) if s is not None},
            form=items,
            minute=n,
        )
        for n, row in enumerate(rows)
    ]


# -- reference computations ----------------------------------------------------------------


def ref_mean(values: Sequence[float]) -> float:
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def ref_sample_sd(values: Sequence[float]) -> float:
    n = len(values)
    s, s2 = 0.0, 0.0
    for v in values:
        s += v
        s2 += v * v
    return math.sqrt((s2 - s * s / n) / (n - 1))


def ref_pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²))."""
    n = len(xs)
    sx = sum(xs)
    sy = sum(ys)
    sxy = sum(x * y for x, y in zip(xs, ys, strict=True))
    sxx = sum(x * x for x in xs)
    syy = sum(y * y for y in ys)
    return (n * sxy - sx * sy) / math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy))


def ref_population_variance(values: Sequence[float]) -> float:
    m = ref_mean(values)
    return ref_mean([(v - m) ** 2 for v in values])


def ref_alpha(rows: Sequence[Sequence[float]]) -> float:
    """Cronbach's alpha with population variances (the ratio is the same)."""
    k = len(rows[0])
    item_variances = [ref_population_variance([r[j] for r in rows]) for j in range(k)]
    total_variance = ref_population_variance([sum(r) for r in rows])
    return (k / (k - 1)) * (1 - sum(item_variances) / total_variance)


def ref_rest(row: Sequence[float | None], column: int) -> float:
    """The rest score of a finished attempt: the other questions' mean, unanswered ones 0."""
    others = [v or 0.0 for j, v in enumerate(row) if j != column]
    return sum(others) / len(others)


# -- a class that takes a quiz and plays a workshop, through the real engine ---------------

ORDER = ("an.sc1", "an.sc2", "an.mc1", "an.tf1", "an.num1")
HOSTILE = '=HYPERLINK("http://evil.example")'
LEARNERS: list[tuple[tuple[object, ...], tuple[float, ...]]] = [
    # (responses in ORDER, the scores worked out by hand: mc = (right - wrong picks) / 2)
    (("Geneva", "2003", ["IOM", "UNHCR"], True, 16), (1, 1, 1, 1, 1)),
    (("Geneva", "2003", ["IOM"], True, 16), (1, 1, 0.5, 1, 1)),
    (("Geneva", "2001", ["IOM", "UNHCR"], True, 15), (1, 0, 1, 1, 0)),
    (("Rome", "2003", ["IOM", "WTO"], True, 16), (0, 1, 0, 1, 1)),
    (("Geneva", "2005", ["UNHCR"], False, 16), (1, 0, 0.5, 0, 1)),
    ((HOSTILE, "2003", ["IOM", "UNHCR", "NATO"], True, 17), (0, 1, 0.5, 1, 0)),
    (("Geneva", "2001", ["WTO"], False, 12), (1, 0, 0, 0, 0)),
    (("Rome", "2005", ["IOM"], True, 16), (0, 0, 0.5, 1, 1)),
    (("Geneva", "2003", ["IOM", "UNHCR"], False, 16), (1, 1, 1, 0, 1)),
    (("Rome", "2001", ["NATO"], False, 10), (0, 0, 0, 0, 0)),
    (("Geneva", "2003", ["UNHCR", "WTO"], True, 16), (1, 1, 0, 1, 1)),
    (("Rome", "2005", None, False, 20), (0, 0, 0, 0, 0)),
]
TEAMS: list[tuple[str, tuple[object, ...], tuple[float, ...]]] = [
    ("Red", ("Geneva", "2003", ["IOM", "UNHCR"], True, 16), (1, 1, 1, 1, 1)),
    ("Blue", ("Rome", "2003", ["IOM"], True, 15), (0, 1, 0.5, 1, 0)),
    ("Green", ("Geneva", "2005", ["WTO", "NATO"], False, 16), (1, 0, 0, 0, 1)),
    ("Gold", ("Rome", "2001", ["UNHCR"], False, 9), (0, 0, 0.5, 0, 0)),
]
WORKSHOP_TITLE = "=cmd|' /C calc'!A0"
EDITED = BANK.replace("In which year was the GMG founded?", "In which year did the GMG begin?")


class Clock:
    """A clock the scenario moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def take_quiz(trainer: Trainer, name: str, responses: Sequence[object], clock: Clock) -> None:
    """One learner takes the five-question quiz (seed 7) and finishes it."""
    learner = trainer.create_profile(name)
    quiz = trainer.build_quiz(QuizSpec(count=5, seed=7, banks=("an",)))
    assert sorted(quiz.item_ids) == sorted(ORDER)
    attempt_id = trainer.start_quiz(learner.id, quiz)
    for position, item_id in enumerate(quiz.item_ids):
        clock.tick(seconds=20)
        trainer.answer_quiz_response(attempt_id, position, responses[ORDER.index(item_id)], 20_000)
    clock.tick(seconds=5)
    trainer.finish_quiz(attempt_id)


def play_workshop(store: Store, loaded: LoadResult, clock: Clock) -> None:
    """Four teams answer the five questions of a workshop; the session is finished."""
    workshop = build_workshop(loaded.questions, seed=3, count=5, banks=["an"], title=WORKSHOP_TITLE)
    session = WorkshopSession.start(
        store,
        workshop,
        [name for name, _r, _s in TEAMS],
        loaded.by_id,
        clock,
    )
    teams = {t.name: t for t in session.teams()}
    for position, item_id in enumerate(workshop.items):
        for name, responses, _scores in TEAMS:
            clock.tick(seconds=3)
            session.record(teams[name], position, responses[ORDER.index(item_id)], 3000)
    session.finish()


def class_scenario(data: Path) -> Clock:
    """In ``data`` (a data folder): the bank in its banks folder; twelve learners take the
    quiz and four teams play the workshop; then the author edits an.sc2 and a thirteenth
    learner, who gets everything right, takes the quiz again."""
    clock = Clock()
    loaded = load_bank(user_banks_dir(data))
    store = open_store(database_path(data), clock=clock)
    try:
        trainer = Trainer(store, loaded.questions, clock=clock, tz=UTC)
        for n, (responses, _scores) in enumerate(LEARNERS):
            clock.tick(minutes=10)
            take_quiz(trainer, f"Learner {n}", responses, clock)
        clock.tick(days=1)
        play_workshop(store, loaded, clock)
        clock.tick(days=1)
        edited = load_bank(user_banks_dir(data), EDITED)
        trainer.sync_items(edited.questions)
        take_quiz(trainer, "Learner 12", LEARNERS[0][0], clock)
    finally:
        store.close()
    return clock


def scenario_rows() -> list[tuple[str, tuple[float, ...]]]:
    """Every attempt of the scenario as (source, scores in ORDER), in reading order."""
    return [
        *(("quiz", scores) for _r, scores in LEARNERS),
        ("quiz", LEARNERS[0][1]),
        *(("workshop", scores) for _n, _r, scores in TEAMS),
    ]
