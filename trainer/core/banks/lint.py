"""Warnings about content that a program can see is weak, checked after the rules.

A warning does not stop a bank from loading (the item is still a valid question), but
``trainer validate`` prints each one with its place, and the shipped banks have none
(a content test checks it). Each check yields ``(data path, message)`` like the rules:

* **repeats the right answer**: a wrong option, a list's non-member or a second right
  option that is the same answer once case, accents, punctuation, "&"/"and" and a
  leading article are ignored ("The GMG" and "GMG"); options equal up to case and
  spaces are already errors;
* **gives its count away**: a list whose ``name`` or ``count_question`` holds the
  number of members, in digits or as a word ("the four roundtables"), or numbers that
  add up to it ("three dimensions, plus one more"); the same for a ``numeric``
  question and a ``figure`` question whose text holds the answer. Years (1000 to 2100)
  are not counted as numbers;
* **non-members of another kind**: a list whose non-members are mostly worded in the
  negative (at least two, and at least half of them) while none of its members is, so
  the one positive option is the answer. *Negative* means holding one of the words in
  :data:`NEGATIVE_WORDS`; it is a simple rule and cannot judge tone;
* **too few pairs**: a matching question with fewer than three pairs, authored or
  generated (a list of labelled members, a timeline): the last pair is free, and
  Moodle refuses matching questions with fewer than three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations

from trainer.core.banks.rules import Finding
from trainer.core.banks.schema import (
    AnyItem,
    FigureFact,
    ListFact,
    ListMember,
    MatchingItem,
    MultipleChoiceItem,
    NumericItem,
    SingleChoiceItem,
    TimelineFact,
)
from trainer.core.normalize import answer_key

MIN_PAIRS = 3
# fmt: off
NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
]
# fmt: on
NEGATIVE_WORDS = (
    "no",
    "not",
    "never",
    "none",
    "nor",
    "without",
    "only",
    "instead of",
    "rather than",
    "substitute for",
    "against",
    "replac*",
    "reduc*",
    "minimi[sz]*",
    "restrict*",
    "ban",
    "bans",
    "banning",
    "banned",
    "abolish*",
    "abolition",
    "stop*",
    "halt*",
    "end",
    "ends",
    "ending",
    "reject*",
)
"""Words (``*``: any ending) that mark an option as negative for the kind check."""

_NEGATIVE = re.compile(
    r"\b(?:"
    + "|".join(w.replace(" ", r"\s+").replace("*", r"\w*") for w in NEGATIVE_WORDS)
    + r")\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b(\d+(?:[.,]\d+)?|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _numbers(text: str) -> list[float]:
    """The numbers a text mentions (digits or words), years left out."""
    out: list[float] = []
    for token in _NUMBER.findall(text):
        word = token.lower()
        if word in NUMBER_WORDS:
            out.append(float(NUMBER_WORDS.index(word)))
            continue
        try:
            value = float(token.replace(",", ""))
        except ValueError:
            continue
        if not (value.is_integer() and 1000 <= value <= 2100):
            out.append(value)
    return out


def _gives_away(text: str, answer: float) -> bool:
    """Whether ``text`` mentions ``answer``, or numbers of which some add up to it."""
    mentioned = _numbers(text)[:8]
    return answer in mentioned or any(
        sum(chosen) == answer
        for size in range(2, len(mentioned) + 1)
        for chosen in combinations(mentioned, size)
    )


def _repeats(right: Sequence[str], others: Sequence[str], field: str) -> Iterator[Finding]:
    keys = {answer_key(r): r for r in right}
    for i, option in enumerate(others):
        same = keys.get(answer_key(option))
        if same is not None and same.casefold().split() != option.casefold().split():
            yield (field, i), f"`{option}` is the same answer as the right `{same}`"


def _negative(text: str) -> bool:
    return _NEGATIVE.search(text) is not None


def _list(item: ListFact) -> Iterator[Finding]:
    texts = [m.text if isinstance(m, ListMember) else m for m in item.members]
    yield from _repeats(texts, item.not_members, "not_members")
    count = len(texts)
    asked = (item.count_question or "") if item.count_form else ""
    for field, text in (("name", item.name), ("count_question", asked)):
        if _gives_away(text, count):
            yield (
                (field,),
                (
                    f"gives the count away: the list has {count} members and the text says {count} "
                    "(or numbers that add up to it); take the number out of the text"
                ),
            )
    negative = [t for t in item.not_members if _negative(t)]
    mostly = len(negative) >= 2 and 2 * len(negative) >= len(item.not_members)
    if mostly and not any(_negative(t) for t in texts):
        yield (
            ("not_members",),
            (
                f"{len(negative)} of {len(item.not_members)} non-members are worded in the "
                f"negative (e.g. `{negative[0]}`) and no member is: the positive option "
                "gives the answer away"
            ),
        )
    labelled = all(isinstance(m, ListMember) for m in item.members)
    if labelled and count < MIN_PAIRS:
        yield ("members",), _few_pairs(count, "the generated matching question")


def _few_pairs(count: int, what: str) -> str:
    return (
        f"{what} has {count} pairs; at least {MIN_PAIRS} are needed (with two, the last "
        "pair is free, and Moodle refuses it)"
    )


def lint_item(item: AnyItem) -> Iterator[Finding]:
    """Warnings about one valid item, each with the path inside the item."""
    if isinstance(item, SingleChoiceItem):
        yield from _repeats([item.correct], item.wrong, "wrong")
    elif isinstance(item, MultipleChoiceItem):
        yield from _repeats(item.correct, item.wrong, "wrong")
    elif isinstance(item, NumericItem):
        if item.number_format != "year" and _gives_away(item.question, float(item.answer)):
            yield ("question",), f"the question holds its own answer ({item.answer})"
    elif isinstance(item, FigureFact):
        if _gives_away(item.question, float(item.value)):
            yield ("question",), f"the question holds its own answer ({item.value})"
    elif isinstance(item, ListFact):
        yield from _list(item)
    elif isinstance(item, MatchingItem) and len(item.pairs) < MIN_PAIRS:
        yield ("pairs",), _few_pairs(len(item.pairs), "this matching question")
    elif isinstance(item, TimelineFact) and len(item.events) < MIN_PAIRS:
        yield ("events",), _few_pairs(len(item.events), "the generated matching question")
