"""From attempts to the analysis: one row per question version, one per quiz or workshop.

No database here: :func:`analyse_attempts` takes what the sources read (plain
:class:`~trainer.core.analysis.model.Attempt` values), so tests and future sources feed
it directly. The definitions (``docs/item-analysis.md``):

- an answer's **rest score** is its attempt's result without this question: the other
  questions' scores over their number, where a question left unanswered in a *finished*
  attempt scores 0 (as the learner's result counts it) and an attempt still in progress
  counts only what it has answered. Moodle correlates with the sum of the other marks;
  with attempts of equal length the two give the same correlation, and a mean keeps
  attempts of different lengths comparable;
- **facility** is the mean score (a question is worth 1), **sd** their sample standard
  deviation, the **discrimination index** Pearson's r between the scores and the rest
  scores of the attempts that hold the question and another one, the **discriminative
  efficiency** that covariance over its largest possible value;
- the **top and bottom thirds** are the answers ranked by rest score (``n // 3`` each;
  ties keep the order the attempts were read in);
- a **quiz or workshop** is the set of attempts of one source that asked the same
  questions; its finished attempts give the mean, standard deviation and Cronbach's alpha
  of the attempt scores (unanswered questions score 0).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from trainer.core.analysis import stats
from trainer.core.analysis.model import (
    EVERYTHING,
    Analysis,
    Answer,
    Attempt,
    Filters,
    FormStats,
    ItemMeta,
    ItemStats,
)
from trainer.core.analysis.options import BOTTOM, MIDDLE, TOP, option_stats
from trainer.core.analysis.verdicts import (
    DEFAULT_THRESHOLDS,
    Evidence,
    Thresholds,
    item_verdicts,
    verdict_text,
)
from trainer.core.banks.questions import Question
from trainer.store.models import from_millis


@dataclass(frozen=True, slots=True)
class Scored:
    """One answer with where it came from and its attempt's rest score."""

    answer: Answer
    source: str
    rest: float | None


def rest_scores(attempt: Attempt) -> list[float | None]:
    """Each answer's rest score (see the module docstring), in the attempt's order."""
    total = sum(a.score for a in attempt.answers)
    answered = len(attempt.answers)
    others = (max(len(attempt.form), answered) if attempt.finished else answered) - 1
    if others < 1:
        return [None] * len(attempt.answers)
    return [(total - a.score) / others for a in attempt.answers]


def analyse_attempts(
    attempts: Sequence[Attempt],
    meta: Mapping[str, ItemMeta],
    questions: Mapping[str, Question],
    filters: Filters = EVERYTHING,
    limits: Thresholds = DEFAULT_THRESHOLDS,
) -> Analysis:
    """The analysis of ``attempts`` (see the module docstring for every definition).

    ``meta`` is what the item table knows, ``questions`` the loaded banks (for the text,
    the options and the key of the current versions).
    """
    versions: dict[tuple[str, str], list[Scored]] = {}
    wanted: dict[str, bool] = {}
    for attempt in attempts:
        for answer, rest in zip(attempt.answers, rest_scores(attempt), strict=True):
            item_id = answer.item_id
            if item_id not in wanted:
                bank_id, topic, _kind = _describe(item_id, meta, questions)
                wanted[item_id] = filters.wants_item(bank_id, topic)
            if wanted[item_id]:
                key = (item_id, answer.content_hash or "")
                versions.setdefault(key, []).append(Scored(answer, attempt.source, rest))
    items = [
        item_stats(item_id, version, scored, meta.get(item_id), questions.get(item_id), limits)
        for (item_id, version), scored in versions.items()
    ]
    items.sort(key=_default_order)
    reported = {item_id for item_id, ok in wanted.items() if ok}
    return Analysis(items, form_stats(attempts, reported, limits), filters, limits)


def _describe(
    item_id: str, meta: Mapping[str, ItemMeta], questions: Mapping[str, Question]
) -> tuple[str, str, str]:
    return _facts(meta.get(item_id), questions.get(item_id))


def _facts(meta: ItemMeta | None, question: Question | None) -> tuple[str, str, str]:
    """(bank, topic, kind): the item table's, else the loaded question's, else empty."""
    if meta is not None:
        return meta.bank_id, meta.topic, meta.kind
    if question is not None:
        return question.bank_id, question.topic, question.kind
    return "", "", ""


def _default_order(row: ItemStats) -> tuple[object, ...]:
    rank = {"current": 0, "older": 1, "unknown": 2}[row.version_status]
    first = row.first_answered.isoformat() if row.first_answered else ""
    return (row.bank_id, row.topic, row.item_id, rank, first)


def thirds(scored: Sequence[Scored]) -> list[str | None]:
    """Each answer's third (:data:`TOP`, :data:`MIDDLE`, :data:`BOTTOM`; ``None`` without a
    rest score), ranking by rest score, ``n // 3`` answers in the top and in the bottom."""
    ranked = sorted(
        (i for i, s in enumerate(scored) if s.rest is not None),
        key=lambda i: -(scored[i].rest or 0.0),
    )
    size = len(ranked) // 3
    out: list[str | None] = [None] * len(scored)
    for place, i in enumerate(ranked):
        top, bottom = place < size, place >= len(ranked) - size
        out[i] = TOP if top else BOTTOM if bottom else MIDDLE
    return out


def _version_status(version: str, current: str) -> str:
    if not version:
        return "unknown"
    return "current" if version == current else "older"


@dataclass(frozen=True, slots=True)
class _Discrimination:
    index: float | None
    efficiency: float | None
    pairs: int
    notes: str


def _discrimination(scored: Sequence[Scored], limits: Thresholds) -> _Discrimination:
    xs = [s.answer.score for s in scored if s.rest is not None]
    ys = [s.rest for s in scored if s.rest is not None]
    notes = _notes(len(scored), len(xs), xs, ys, limits)
    if len(xs) < limits.min_pairs:
        return _Discrimination(None, None, len(xs), notes)
    return _Discrimination(stats.correlation(xs, ys), stats.efficiency(xs, ys), len(xs), notes)


def item_stats(
    item_id: str,
    version: str,
    scored: Sequence[Scored],
    meta: ItemMeta | None,
    question: Question | None,
    limits: Thresholds,
) -> ItemStats:
    """The row of one question version (see the module docstring)."""
    scores = [s.answer.score for s in scored]
    enough = len(scores) >= limits.min_answers
    found = _discrimination(scored, limits)
    bank_id, topic, kind = _facts(meta, question)
    current = question.content_hash if question is not None else meta.content_hash if meta else ""
    asked = question if question is not None and question.content_hash == version else None
    ranked = [
        (s.answer.response_json, third, s.answer.score)
        for s, third in zip(scored, thirds(scored), strict=True)
    ]
    options, outdrawn = option_stats(kind, asked, ranked, limits)
    facility = stats.mean(scores) if enough else None
    same_scores = enough and max(scores) - min(scores) <= 1e-12
    evidence = Evidence(len(scores), facility, found.index, same_scores, outdrawn)
    codes = item_verdicts(evidence, limits)
    times = [s.answer.answered_ms for s in scored]
    return ItemStats(
        item_id=item_id,
        version=version,
        version_status=_version_status(version, current),
        in_banks=question is not None,
        bank_id=bank_id,
        topic=topic,
        kind=kind,
        prompt=question.prompt if question is not None else "",
        sources=", ".join(sorted({s.source for s in scored})),
        answers=len(scores),
        facility=facility,
        sd=stats.sd(scores) if enough else None,
        discrimination=found.index,
        efficiency=found.efficiency,
        pairs=found.pairs,
        verdicts=codes,
        verdict=verdict_text(codes),
        notes=found.notes,
        options=options,
        first_answered=from_millis(min(times)) if times else None,
        last_answered=from_millis(max(times)) if times else None,
    )


def _notes(
    answers: int, pairs: int, xs: Sequence[float], ys: Sequence[float], limits: Thresholds
) -> str:
    """Why numbers are missing, in plain words."""
    if answers < limits.min_answers:
        return (
            f"too few answers ({answers}; at least {limits.min_answers} are needed for "
            "numbers that mean something)"
        )
    if pairs < limits.min_pairs:
        return (
            f"no discrimination index: too few attempts with other questions ({pairs}; at "
            f"least {limits.min_pairs} are needed)"
        )
    if max(xs) - min(xs) <= 1e-12:
        return "no discrimination index: every answer scored the same"
    if max(ys) - min(ys) <= 1e-12:
        return "no discrimination index: the rest of the attempts all scored the same"
    return ""


def form_stats(
    attempts: Iterable[Attempt], reported: set[str], limits: Thresholds
) -> list[FormStats]:
    """One row per quiz or workshop that asked a reported question."""
    forms: dict[tuple[str, frozenset[str]], list[Attempt]] = {}
    for attempt in attempts:
        forms.setdefault((attempt.source, frozenset(attempt.form)), []).append(attempt)
    rows = [
        _form_row(group, limits) for (_source, items), group in forms.items() if items & reported
    ]
    rows.sort(key=lambda r: (-r.attempts, r.source, r.label))
    return rows


def _form_row(group: Sequence[Attempt], limits: Thresholds) -> FormStats:
    items = tuple(dict.fromkeys(group[-1].form))
    finished = [a for a in group if a.finished]
    table = []
    for attempt in finished:
        scores = {a.item_id: a.score for a in attempt.answers}
        table.append([scores.get(item_id, 0.0) for item_id in items])
    results = [sum(row) / len(items) for row in table] if items else []
    alpha = stats.cronbach_alpha(table) if len(table) >= limits.min_form_attempts else None
    return FormStats(
        source=group[-1].source,
        label=group[-1].form_label,
        questions=len(items),
        attempts=len(finished),
        unfinished=len(group) - len(finished),
        mean=stats.mean(results),
        sd=stats.sd(results),
        alpha=alpha,
        notes=_form_notes(len(items), table, limits),
        item_ids=items,
    )


def _form_notes(questions: int, table: Sequence[Sequence[float]], limits: Thresholds) -> str:
    if questions < 2:
        return "no alpha: it asks one question"
    if len(table) < limits.min_form_attempts:
        return (
            f"no alpha: too few finished attempts ({len(table)}; at least "
            f"{limits.min_form_attempts} are needed)"
        )
    totals = [sum(row) for row in table]
    if max(totals) - min(totals) <= 1e-12:
        return "no alpha: every attempt scored the same"
    return ""
