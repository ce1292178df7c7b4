"""The plain data of the item analysis: what the sources read, and what the analysis says.

Read from the database (by the sources of :mod:`trainer.core.analysis.sources`):

- :class:`Answer`: one scored answer to one question, with the version of the question
  (its content hash) and the response as stored (JSON text);
- :class:`Attempt`: the answers given together, the unit the discrimination index and
  Cronbach's alpha work on (a learner's quiz attempt; a team's answers in a workshop
  session), with the questions it asked (its *form*);
- :class:`ItemMeta`: what the ``item`` table knows of an item (bank, topic, kind, current
  version).

Computed (by :func:`trainer.core.analysis.compute.analyse_attempts`), every field a plain
value so that rows sort by any column (:func:`trainer.core.analysis.table.sorted_rows`):

- :class:`ItemStats`: one row per question *version*, with :class:`OptionStats` for the
  options of choice questions;
- :class:`FormStats`: one row per quiz or workshop (attempts that asked the same
  questions);
- :class:`Analysis`: both lists, with the filters and thresholds used.

Numbers are fractions: a facility of 0.75 is what Moodle shows as 75.00 %, a
discrimination index of 0.4 is Moodle's 40.00 %. ``None`` means "no meaningful number";
the row's ``notes`` say why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from trainer.core.analysis.verdicts import FEW_ANSWERS, WORKS, Thresholds


@dataclass(frozen=True, slots=True)
class Filters:
    """Which answers to analyse. Empty tuples mean "any"; times are aware datetimes.

    ``banks`` and ``topics`` choose the questions reported (an attempt that asked one of
    them is analysed whole); ``since`` (inclusive) and ``until`` (exclusive) choose answers
    by when they were given; ``sources`` names entries of
    :data:`trainer.core.analysis.sources.SOURCES`.
    """

    banks: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    sources: tuple[str, ...] = ()

    def wants_item(self, bank_id: str | None, topic: str | None) -> bool:
        """Whether a question of this bank and topic is reported."""
        return (not self.banks or bank_id in self.banks) and (
            not self.topics or topic in self.topics
        )


EVERYTHING = Filters()
"""No filter: every answer of every source."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One scored answer (``score`` from 0 to 1; a question is worth 1)."""

    item_id: str
    content_hash: str | None
    """The version of the question answered; ``None`` when it is not known."""
    score: float
    response_json: str
    """The response as stored ("null" when none was given or a facilitator marked it)."""
    answered_ms: int
    """When, in epoch milliseconds (as stored: the sources read many of these)."""


@dataclass(frozen=True, slots=True)
class Attempt:
    """Answers given together: a learner's quiz attempt, a team's answers in a session."""

    source: str
    key: str
    """Unique among the attempts of its source (e.g. ``"12"``, ``"3/7"``)."""
    form: tuple[str, ...]
    """The item ids it asked, in order (answered or not)."""
    form_label: str
    """How a person recognises the quiz or workshop (untrusted text: escape on export)."""
    finished: bool
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class ItemMeta:
    """What the ``item`` table knows of an item."""

    bank_id: str
    topic: str
    kind: str
    content_hash: str
    retired: bool


@dataclass(frozen=True, slots=True)
class OptionStats:
    """How often one option of a choice question was chosen."""

    text: str
    correct: bool | None
    """Whether the option is right; ``None`` when the version's key is not known."""
    chosen: int
    share: float | None
    """Of the answers that name an option; ``None`` below the minimum of answers."""
    top_share: float | None
    """Share among the answers of the top third (ranked by the rest of their attempt)."""
    bottom_share: float | None
    flags: tuple[str, ...] = ()
    """Codes of :data:`trainer.core.analysis.verdicts.OPTION_FLAGS`."""


@dataclass(frozen=True, slots=True)
class ItemStats:
    """The analysis of one version of one question."""

    item_id: str
    version: str
    """The content hash ("" when unknown)."""
    version_status: str
    """``"current"``, ``"older"`` or ``"unknown"``."""
    in_banks: bool
    bank_id: str
    topic: str
    kind: str
    prompt: str
    sources: str
    """The sources of its answers, comma-separated (``"quiz, workshop"``)."""
    answers: int
    facility: float | None
    sd: float | None
    discrimination: float | None
    efficiency: float | None
    """Moodle's discriminative efficiency: the discrimination's covariance over the
    largest covariance these scores could have."""
    pairs: int
    """Attempts with this question and at least one other (the discrimination's data)."""
    verdicts: tuple[str, ...]
    """Codes of :data:`trainer.core.analysis.verdicts.VERDICTS`, most urgent first."""
    verdict: str
    """The verdicts in plain words."""
    notes: str
    """Why a number is missing, in plain words ("" when none is)."""
    options: tuple[OptionStats, ...] = ()
    first_answered: datetime | None = None
    last_answered: datetime | None = None

    @property
    def flagged(self) -> bool:
        """Whether the question, or one of its options, asks for a look (too few answers
        is not a problem of the question)."""
        calm = (WORKS, FEW_ANSWERS)
        return any(v not in calm for v in self.verdicts) or any(o.flags for o in self.options)


@dataclass(frozen=True, slots=True)
class FormStats:
    """The analysis of one quiz or workshop: the finished attempts that asked its questions."""

    source: str
    label: str
    questions: int
    attempts: int
    """Finished attempts (those still in progress are counted in ``unfinished``)."""
    unfinished: int
    mean: float | None
    """Mean attempt score as a fraction of the maximum (unanswered questions score 0)."""
    sd: float | None
    alpha: float | None
    notes: str
    item_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysis:
    """Everything :func:`trainer.core.analysis.query.analyse` found."""

    items: list[ItemStats]
    forms: list[FormStats]
    filters: Filters = field(default_factory=Filters)
    thresholds: Thresholds = field(default_factory=Thresholds)
