"""Questions generated from facts (``figure``, ``list``, ``timeline``).

Every generated question has the id ``<fact id>/<form>``, keeps the fact's topic, tags,
difficulty, explanation and source, and has ``fact_id`` set to the fact's id. Randomness
comes only from ``random.Random(f"{seed}:{fact_id}:{form}")``: the same seed gives the
same questions, and one form's choices never shift another's.

Numeric distractors (choice and false true/false forms) are unique, never equal to the
answer once written the way Trainer writes numbers, never within ``tolerance`` of it, of
the same kind (int stays int, floats keep the answer's decimals), positive when the
answer is, and drawn in this order: the author's ``distractors``, the ``from_value``,
other figures of the bank with the same unit and magnitude (within a factor of 5), then
nearby round values.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from trainer.core import numbers
from trainer.core.banks.questions import (
    ClozeQuestion,
    FlashcardQuestion,
    MatchingQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.banks.schema import FigureFact, ListFact, ListMember, TimelineFact
from trainer.core.kinds.cloze import parse_cloze
from trainer.core.numbers import decimals_of

Number = int | float
FIGURE_FORMS = ("card", "numeric", "choice", "true-false", "cloze")
LIST_FORMS = ("one-of", "not-one-of", "count", "match", "card")
TIMELINE_FORMS = ("order", "match")
N_DISTRACTORS = 3
BANK_LOCALE = "en"
"""How numbers are written in generated texts (the shipped banks' language; cached)."""
_FACTORS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.1, 1.2, 1.25, 1.3, 1.4, 1.5, 2.0)

Common = dict[str, Any]
"""Keyword arguments shared by every question of one fact (see :func:`generate`)."""


def rng_for(seed: int, fact_id: str, form: str) -> random.Random:
    """The only source of randomness of generation."""
    return random.Random(f"{seed}:{fact_id}:{form}")


def _template(fact: FigureFact) -> str:
    if fact.template:
        return fact.template.replace("{unit}", fact.unit or "").strip()
    return f"{{value}} {fact.unit}" if fact.unit else "{value}"


def render_value(fact: FigureFact, number: Number, decimals: int | None = None) -> str:
    """A figure's number written with its template: ``"USD 1.3 billion"``."""
    places = decimals_of(fact.value) if decimals is None else decimals
    return _template(fact).replace("{value}", numbers.figure(number, places, BANK_LOCALE))


def _statement(fact: FigureFact, number: Number) -> str:
    text = fact.statement.replace("{value}", render_value(fact, number))
    if fact.from_value is not None:
        text = text.replace(
            "{from}", render_value(fact, fact.from_value, decimals_of(fact.from_value))
        )
    return text


def _conform(value: Number, like: Number) -> Number:
    if isinstance(like, int):
        return round(value)
    return round(float(value), decimals_of(like))


def _nearby(value: Number, rng: random.Random, gap: float = 0) -> Iterator[Number]:
    """Plausible round values around ``value``, rounded like it (lazily)."""
    places = decimals_of(value)
    if isinstance(value, int):
        digits = str(abs(value))
        zeros = len(digits) - len(digits.rstrip("0")) if value else 0
        step: float = 10 ** min(zeros, max(len(digits) - 2, 0))
    else:
        step = 10.0**-places
    factors = list(_FACTORS)
    rng.shuffle(factors)
    for factor in factors:
        yield _conform(round(value * factor / step) * step, value)
    first = math.floor(gap / step) + 1  # beyond the tolerance
    for i in range(first, first + 1000):  # small values: walk outwards one step at a time
        yield _conform(value + i * step, value)
        yield _conform(value - i * step, value)


Peers = Mapping[tuple[str | None, str | None], Sequence[Number]]
"""Figure values of a bank by (unit, template): where distractors are drawn from."""


def figure_peers(
    figures: Sequence[FigureFact],
) -> dict[tuple[str | None, str | None], list[Number]]:
    """Index the figures of one bank by unit and template (for :func:`distractors`)."""
    peers: dict[tuple[str | None, str | None], list[Number]] = {}
    for fact in figures:
        peers.setdefault((fact.unit, fact.template), []).append(fact.value)
    return peers


def distractors(fact: FigureFact, peers: Peers, rng: random.Random, count: int) -> list[Number]:
    """``count`` wrong values for ``fact`` (see the module docstring for the rules)."""
    value = fact.value
    places = decimals_of(value)
    seen = {round(float(value), places)}
    chosen: list[Number] = []

    def offer(candidates: Iterable[Number], check_magnitude: bool) -> None:
        for candidate in candidates:
            if len(chosen) >= count:
                return
            conformed = _conform(candidate, value)
            key = round(float(conformed), places)
            if key in seen or abs(conformed - value) <= fact.tolerance:
                continue
            if (value > 0 and conformed <= 0) or (value >= 0 > conformed):
                continue
            if check_magnitude and value and not 0.2 <= conformed / value <= 5:
                continue
            seen.add(key)
            chosen.append(conformed)

    authored = list(fact.distractors or [])
    rng.shuffle(authored)
    offer(authored, False)
    if fact.from_value is not None:
        offer([fact.from_value], True)
    others = peers.get((fact.unit, fact.template), ())
    offer(rng.sample(others, min(len(others), 4 * count)), True)
    offer(_nearby(value, rng, float(fact.tolerance)), False)
    return chosen


def _figure(fact: FigureFact, common: Common, seed: int, peers: Peers) -> list[Question]:
    def make(form: str) -> random.Random:
        return rng_for(seed, fact.id, form)

    def ids(form: str) -> Common:
        return {**common, "id": f"{fact.id}/{form}", "form": form}

    right = render_value(fact, fact.value)
    tf_rng = make("true-false")
    truthful = tf_rng.random() < 0.5
    false_values = [] if truthful else distractors(fact, peers, tf_rng, 1)
    truthful = truthful or not false_values
    shown = false_values[0] if false_values else fact.value
    number = numbers.figure(fact.value, decimals_of(fact.value), BANK_LOCALE)
    plain = number.replace(",", "")
    blank = "{{" + number + ("|" + plain if plain != number else "") + "}}"
    cloze_text = fact.statement.replace("{value}", _template(fact).replace("{value}", blank))
    if fact.from_value is not None:
        cloze_text = cloze_text.replace(
            "{from}", render_value(fact, fact.from_value, decimals_of(fact.from_value))
        )
    parts, blanks = parse_cloze(cloze_text)
    wrong = distractors(fact, peers, make("choice"), N_DISTRACTORS)
    return [
        FlashcardQuestion(
            **ids("card"), kind="flashcard", front=fact.question, back=_statement(fact, fact.value)
        ),
        NumericQuestion(
            **ids("numeric"),
            kind="numeric",
            question=fact.question,
            answer=fact.value,
            tolerance=fact.tolerance,
            unit=fact.unit,
            template=_template(fact),
        ),
        SingleChoiceQuestion(
            **ids("choice"),
            kind="single_choice",
            question=fact.question,
            correct=right,
            wrong=tuple(render_value(fact, w) for w in wrong),
        ),
        TrueFalseQuestion(
            **ids("true-false"),
            kind="true_false",
            statement=_statement(fact, shown),
            answer=truthful,
        ),
        ClozeQuestion(
            **ids("cloze"),
            kind="cloze",
            text=cloze_text,
            parts=tuple(parts),
            blanks=tuple(tuple(b) for b in blanks),
        ),
    ]


def _member_text(member: str | ListMember) -> str:
    return member.text if isinstance(member, ListMember) else member


def _list(fact: ListFact, common: Common, seed: int) -> list[Question]:
    def ids(form: str) -> Common:
        return {**common, "id": f"{fact.id}/{form}", "form": form}

    texts = [_member_text(m) for m in fact.members]
    rng = rng_for(seed, fact.id, "one-of")
    one_of = SingleChoiceQuestion(
        **ids("one-of"),
        kind="single_choice",
        question=f"Which of these is one of {fact.name}?",
        correct=rng.choice(texts),
        wrong=tuple(rng.sample(fact.not_members, min(N_DISTRACTORS, len(fact.not_members)))),
    )
    rng = rng_for(seed, fact.id, "not-one-of")
    not_one_of = SingleChoiceQuestion(
        **ids("not-one-of"),
        kind="single_choice",
        question=f"Which of these is NOT one of {fact.name}?",
        correct=rng.choice(fact.not_members),
        wrong=tuple(rng.sample(texts, min(N_DISTRACTORS, len(texts)))),
    )
    count = NumericQuestion(
        **ids("count"),
        kind="numeric",
        question=fact.count_question or f"How many items make up {fact.name}?",
        answer=len(texts),
        tolerance=0,
        unit=None,
        template=None,
    )
    out: list[Question] = [one_of, not_one_of, *([count] if fact.count_form else [])]
    labelled = [m for m in fact.members if isinstance(m, ListMember)]
    if len(labelled) == len(fact.members):
        out.append(
            MatchingQuestion(
                **ids("match"),
                kind="matching",
                question=f"Match each of {fact.name} with its description.",
                pairs=tuple((m.label, m.text) for m in labelled),
            )
        )
    lines = [f"{m.label}: {m.text}" if isinstance(m, ListMember) else m for m in fact.members]
    out.append(
        FlashcardQuestion(
            **ids("card"),
            kind="flashcard",
            front=f"Name {fact.name}.",
            back="\n".join(f"• {line}" for line in lines),
        )
    )
    return out


def _timeline(fact: TimelineFact, common: Common) -> list[Question]:
    events = sorted(fact.events, key=lambda e: e.year)
    return [
        OrderingQuestion(
            **common,
            id=f"{fact.id}/order",
            form="order",
            kind="ordering",
            question=f"Put these events of {fact.name} in chronological order, earliest first.",
            sequence=tuple(e.event for e in events),
        ),
        MatchingQuestion(
            **common,
            id=f"{fact.id}/match",
            form="match",
            kind="matching",
            question=f"Match each event of {fact.name} with its year.",
            pairs=tuple((e.event, str(e.year)) for e in events),
        ),
    ]


def generate(
    fact: FigureFact | ListFact | TimelineFact,
    common: Common,
    seed: int,
    peers: Peers | None = None,
) -> list[Question]:
    """All questions generated from one fact, in a fixed order of forms.

    ``common`` holds the shared keyword arguments (``bank_id``, ``topic``, ``tags``,
    ``difficulty``, ``explanation``, ``source``, ``fact_id``, ``content_hash``).
    """
    if isinstance(fact, FigureFact):
        return _figure(fact, common, seed, peers or {})
    if isinstance(fact, ListFact):
        return _list(fact, common, seed)
    return _timeline(fact, common)
