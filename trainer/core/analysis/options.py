"""Distractor analysis: how often each option of a choice question is chosen, overall and by
the strongest and weakest third of the attempts, and which options ask for a look.

Which kinds have options, what they are and which options a stored response names is
said by each kind's entry in the kind registry (``Kind.options``). A response is read from
its stored JSON; one that names no option (skipped, marked by a facilitator without a
response, or of another shape) is left out of the shares. Responses are matched to the
options as scoring matches them (case and spacing ignored); a text that matches no option
of the version (possible only for versions whose options are not known) is listed as an
option of its own.

For a version whose options are not known (an older text, or an item no loaded bank holds),
whether an option is right is read from the answers that named it alone: such an answer
scores more than 0 exactly when the option is right (single choice, true or false, and
multiple choice, where one right pick earns its share and one wrong pick nothing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.core.analysis.model import OptionStats
from trainer.core.analysis.verdicts import NEVER_CHOSEN, STRONG_PICK, Thresholds
from trainer.core.banks.questions import Question
from trainer.core.kinds import KINDS
from trainer.core.kinds.base import Options
from trainer.core.normalize import option_key

TOP, MIDDLE, BOTTOM = "top", "middle", "bottom"
"""The third of the ranked attempts an answer belongs to (``None``: not ranked)."""


def named_options(options: Options, response_json: str) -> tuple[str, ...] | None:
    """The options a stored response names (``None`` for none, or unreadable JSON)."""
    try:
        response = json.loads(response_json)
    except (ValueError, RecursionError):
        return None
    return options.chosen(response)


@dataclass
class _Tally:
    text: str
    correct: bool | None
    counts: dict[str | None, int]
    alone: set[bool]
    """Whether each answer that named only this option scored more than 0."""

    @property
    def inferred(self) -> bool | None:
        """``correct``, or else what the answers naming this option alone say."""
        if self.correct is not None or len(self.alone) != 1:
            return self.correct
        return next(iter(self.alone))

    def share(self, naming: dict[str | None, int], *groups: str | None) -> float | None:
        base = sum(naming.get(g, 0) for g in groups)
        return sum(self.counts.get(g, 0) for g in groups) / base if base else None


def option_stats(
    kind: str,
    question: Question | None,
    answers: Sequence[tuple[str, str | None, float]],
    limits: Thresholds,
) -> tuple[tuple[OptionStats, ...], bool]:
    """The options of one question version and whether a wrong option outdraws the key.

    ``answers`` holds each answer's stored response, its third (:data:`TOP`,
    :data:`MIDDLE`, :data:`BOTTOM`, or ``None`` when not ranked) and its score;
    ``question`` is the version's question when it is loaded (its options and key are then
    known).
    """
    known = KINDS.get(kind)
    entry = known.options if known is not None else None
    if entry is None:
        return (), False
    tallies: dict[str, _Tally] = {}
    if question is not None:
        for text, right in entry.listed(question):
            tallies.setdefault(option_key(text), _Tally(text, right, {}, set()))
    naming: dict[str | None, int] = {}
    read: dict[str, dict[str, str] | None] = {}  # the same few responses come back often
    for response_json, third, score in answers:
        if response_json not in read:
            named = named_options(entry, response_json)
            read[response_json] = None if named is None else {option_key(t): t for t in named}
        distinct = read[response_json]
        if distinct is None:
            continue
        naming[third] = naming.get(third, 0) + 1
        for key, text in distinct.items():
            tally = tallies.get(key) or tallies.setdefault(key, _Tally(text, None, {}, set()))
            tally.counts[third] = tally.counts.get(third, 0) + 1
            if len(distinct) == 1:
                tally.alone.add(score > 0)
    enough = sum(naming.values()) >= limits.min_answers
    authored = [t for t in tallies.values() if t.correct is not None]
    seen_only = sorted(
        (t for t in tallies.values() if t.correct is None),
        key=lambda t: (-sum(t.counts.values()), t.text),
    )
    stats = tuple(_stats(t, naming, enough, limits) for t in [*authored, *seen_only])
    return stats, enough and _key_outdrawn(stats)


def _stats(
    tally: _Tally,
    naming: dict[str | None, int],
    enough: bool,
    limits: Thresholds,
) -> OptionStats:
    share = tally.share(naming, TOP, MIDDLE, BOTTOM, None) if enough else None
    top = tally.share(naming, TOP) if enough else None
    bottom = tally.share(naming, BOTTOM) if enough else None
    correct = tally.inferred
    flags: list[str] = []
    if share == 0:
        flags.append(NEVER_CHOSEN)
    if (
        correct is False
        and top is not None
        and bottom is not None
        and top >= limits.strong_pick_share
        and top > bottom
    ):
        flags.append(STRONG_PICK)
    return OptionStats(
        tally.text,
        correct,
        sum(tally.counts.values()),
        share,
        top,
        bottom,
        tuple(flags),
    )


def _key_outdrawn(stats: tuple[OptionStats, ...]) -> bool:
    """Whether a wrong option drew a larger share of the top third than a right one did."""
    right = [o.top_share for o in stats if o.correct is True and o.top_share is not None]
    wrong = [o.top_share for o in stats if o.correct is False and o.top_share is not None]
    return bool(right and wrong) and max(wrong) > min(right)
