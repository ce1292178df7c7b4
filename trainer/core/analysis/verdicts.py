"""The thresholds of the item analysis, its verdicts and flags, in plain words.

Every number here is documented in ``docs/item-analysis.md`` (with the reasoning and
Moodle's own reading of the same statistics); change both together.

Verdicts of a question version, most urgent first (several can apply):

=====================  ==================================================================
code                   when
=====================  ==================================================================
``few_answers``        fewer answers than ``min_answers``: no other verdict is given (a
                       list sorted by verdict shows these last)
``check_key``          the discrimination index is negative (those who do well on the
                       rest of their attempt do worse on this question), or a wrong option
                       is chosen by more of the top third than the right option is
``too_hard``           facility at or below ``too_hard``
``too_easy``           facility at or above ``too_easy``
``no_discrimination``  discrimination index from 0 to below ``weak_discrimination``, or
                       every answer scored the same (then there is no index at all)
``works``              none of the above
=====================  ==================================================================

Flags of an option (choice questions, with at least ``min_answers`` answers naming one):

- ``never_chosen``: nobody chose it;
- ``strong_pick``: a wrong option chosen by at least ``strong_pick_share`` of the top third
  and by a larger share of the top third than of the bottom third.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The documented minimums and limits (see ``docs/item-analysis.md``)."""

    min_answers: int = 10
    """Fewest answers for a facility, a standard deviation, option shares and verdicts."""
    min_pairs: int = 10
    """Fewest attempts holding the question and another one for a discrimination index."""
    min_form_attempts: int = 10
    """Fewest finished attempts of a quiz or workshop for Cronbach's alpha."""
    too_hard: float = 0.20
    too_easy: float = 0.90
    weak_discrimination: float = 0.20
    strong_pick_share: float = 0.20


DEFAULT_THRESHOLDS = Thresholds()
"""The documented thresholds."""

FEW_ANSWERS = "few_answers"
CHECK_KEY = "check_key"
TOO_HARD = "too_hard"
TOO_EASY = "too_easy"
NO_DISCRIMINATION = "no_discrimination"
WORKS = "works"

VERDICTS: dict[str, str] = {
    CHECK_KEY: "check the key",
    TOO_HARD: "too hard",
    TOO_EASY: "too easy",
    NO_DISCRIMINATION: "does not discriminate",
    WORKS: "works",
    FEW_ANSWERS: "too few answers to judge",
}
"""Every verdict with its plain words, in the order a list sorted by verdict shows them
(the problems, most urgent first; then the questions that work; then those too few
answers cannot judge)."""

NEVER_CHOSEN = "never_chosen"
STRONG_PICK = "strong_pick"

OPTION_FLAGS: dict[str, str] = {
    NEVER_CHOSEN: "nobody chose it",
    STRONG_PICK: "strong learners choose this wrong option",
}
"""Every flag an option can carry, with its plain words."""


def verdict_text(codes: tuple[str, ...]) -> str:
    """The verdicts in plain words, separated by semicolons."""
    return "; ".join(VERDICTS[code] for code in codes)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the verdicts of one question version are decided on."""

    answers: int
    facility: float | None
    discrimination: float | None
    same_scores: bool
    """Every answer scored the same (no discrimination is possible)."""
    key_outdrawn: bool
    """A wrong option drew more of the top third than the right option did."""


def item_verdicts(evidence: Evidence, limits: Thresholds) -> tuple[str, ...]:
    """The verdict codes for ``evidence``, most urgent first (see the module docstring)."""
    if evidence.answers < limits.min_answers or evidence.facility is None:
        return (FEW_ANSWERS,)
    found: list[str] = []
    index = evidence.discrimination
    if (index is not None and index < 0) or evidence.key_outdrawn:
        found.append(CHECK_KEY)
    if evidence.facility <= limits.too_hard:
        found.append(TOO_HARD)
    if evidence.facility >= limits.too_easy:
        found.append(TOO_EASY)
    if evidence.same_scores or (index is not None and 0 <= index < limits.weak_discrimination):
        found.append(NO_DISCRIMINATION)
    return tuple(found) or (WORKS,)
