"""Pydantic models of the bank file format, version 1 (see ``docs/bank-format.md``).

These models check *types and shapes* of one file; rules that relate several fields
(``correct`` listed again in ``wrong``, a figure's ``year`` *or* ``period``...) live in
:mod:`trainer.core.banks.rules` so that each error can point at the right field. The
JSON Schema that editors use (``resources/bank.schema.json``) is generated from these
models by :func:`trainer.core.banks.validate_cmd.schema_text`.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, Strict, TypeAdapter
from pydantic.json_schema import WithJsonSchema
from pydantic_core import PydanticCustomError

FORMAT_VERSION = 1

_CONFIG = ConfigDict(
    extra="forbid",
    str_strip_whitespace=True,
    coerce_numbers_to_str=True,
    allow_inf_nan=False,
)


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError(
            "number_type", "expected a number, written without thousands separators (1600)"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("number_finite", "expected a finite number")
    return value


def _non_negative(value: Any) -> int | float:
    number = _number(value)
    if number < 0:
        raise PydanticCustomError("number_negative", "must be 0 or more")
    return number


Text = Annotated[str, Field(min_length=1)]
Number = Annotated[int | float, PlainValidator(_number), WithJsonSchema({"type": "number"})]
Tolerance = Annotated[
    int | float,
    PlainValidator(_non_negative),
    WithJsonSchema({"type": "number", "minimum": 0, "default": 0}),
]
Year = Annotated[int, Strict(), Field(ge=1, le=9999)]
ItemId = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        max_length=120,
        description="Stable id, unique across all banks: lower case letters, digits, "
        "`.`, `_`, `-` (e.g. `gmg.founding-name`). Progress is kept under this id.",
    ),
]
Choices = Annotated[list[Text], Field(min_length=1)]
RetiredId = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9-]+)?$",
        max_length=160,
        description="The id of a removed item (or of one generated form, `fact/form`).",
    ),
]
GroupName = Annotated[str, Field(min_length=1, max_length=120)]


class ItemBase(BaseModel):
    """Fields every item has."""

    model_config = _CONFIG

    id: ItemId
    topic: Text = Field(description="Free text used to group and balance questions.")
    tags: list[Text] = Field(default_factory=list, description="Optional labels.")
    difficulty: Annotated[int, Strict()] = Field(ge=1, le=3, description="1 easy, 2, 3 hard.")
    explanation: Text = Field(description="One or two sentences that say why.")
    source: Text = Field(description="The section of the source material.")
    group: GroupName | None = Field(
        default=None,
        description="Items of a bank with the same group answer one another: a quiz, a "
        "workshop and a printout take at most one of them. The questions generated from "
        "one fact always form a group.",
    )


class SingleChoiceItem(ItemBase):
    """A question with one right option among several."""

    kind: Literal["single_choice"]
    question: Text
    correct: Text = Field(description="The right option.")
    wrong: list[Text] = Field(min_length=1, max_length=8, description="1 to 8 wrong options.")


class MultipleChoiceItem(ItemBase):
    """A question with several right options; partial credit."""

    kind: Literal["multiple_choice"]
    question: Text
    correct: Choices = Field(description="All right options (at least one).")
    wrong: Choices = Field(description="Wrong options (at least one).")


class TrueFalseItem(ItemBase):
    """A statement to judge true or false."""

    kind: Literal["true_false"]
    statement: Text
    answer: Annotated[bool, Strict()] = Field(description="`true` or `false`.")


class NumericItem(ItemBase):
    """A question whose answer is a number."""

    kind: Literal["numeric"]
    question: Text
    answer: Number
    tolerance: Tolerance = 0
    unit: Text | None = Field(default=None, description="Shown after the number.")
    number_format: Literal["plain", "year"] = Field(
        default="plain",
        description="`year`: the answer is a calendar year, never written with a "
        "thousands separator (2013, not 2,013). `plain` (default): a quantity (1,600).",
    )


class ShortAnswerItem(ItemBase):
    """A question answered by typing; case, accents, spaces, punctuation, "&" for "and"
    and a leading article are ignored."""

    kind: Literal["short_answer"]
    question: Text
    answers: Choices = Field(
        description="Accepted answers (at least one), the first shown as the answer. "
        'List the variants a person may type ("crisis", "crises").'
    )


class ClozeItem(ItemBase):
    """A sentence with blanks written `{{answer}}` or `{{answer|alternative}}`."""

    kind: Literal["cloze"]
    text: Text = Field(
        description="Quote it in YAML when it starts with `{`. E.g. "
        '"IOM was founded in {{1951}} in {{Brussels|Bruxelles}}."'
    )
    unordered: Annotated[bool, Strict()] = Field(
        default=False,
        description="`true`: the blanks form a set and score right in any order (each "
        "right word once). Default `false`: each blank has its place.",
    )


class OrderingItem(ItemBase):
    """Put the entries in the right order."""

    kind: Literal["ordering"]
    question: Text
    sequence: list[Text] = Field(min_length=2, description="Entries in the correct order.")


class Pair(BaseModel):
    """One pair of a matching question."""

    model_config = _CONFIG
    left: Text
    right: Text


class MatchingItem(ItemBase):
    """Match each left entry with its right entry."""

    kind: Literal["matching"]
    question: Text
    pairs: list[Pair] = Field(min_length=2)


class FlashcardItem(ItemBase):
    """A plain card: front, then back; not scored."""

    kind: Literal["flashcard"]
    front: Text
    back: Text


class FigureFact(ItemBase):
    """A dated figure; Trainer generates a card, numeric, choice, true/false and cloze item."""

    kind: Literal["figure"]
    question: Text = Field(description="Asks for the figure, naming its year.")
    statement: Text = Field(
        description="A sentence with `{value}` (and optionally `{from}`) naming the year."
    )
    value: Number
    unit: Text | None = None
    template: Text | None = Field(
        default=None,
        description='How a value is written; default "{value} {unit}", e.g. "USD {value} million".',
    )
    year: Year | None = Field(default=None, description="Exactly one of `year` or `period`.")
    period: Text | None = Field(default=None, description='E.g. "2006–2013".')
    from_value: Number | None = Field(default=None, description="Earlier value of a change.")
    from_year: Year | None = None
    tolerance: Tolerance = 0
    distractors: list[Number] | None = Field(
        default=None, description="Plausible wrong figures (preferred for choices)."
    )


class ListMember(BaseModel):
    """A labelled member of a list fact (labels enable matching questions)."""

    model_config = _CONFIG
    label: Text
    text: Text


class ListFact(ItemBase):
    """A named set; Trainer generates one-of, not-one-of, count, match and card items."""

    kind: Literal["list"]
    name: Text = Field(description='E.g. "the four roundtables of HLD 2013".')
    members: list[Text | ListMember] = Field(min_length=2)
    not_members: list[Text] = Field(
        min_length=3, description="Plausible wrong members, never accidentally true."
    )
    count_question: Text | None = None


class TimelineEvent(BaseModel):
    """One dated event of a timeline."""

    model_config = _CONFIG
    year: Year
    event: Text


class TimelineFact(ItemBase):
    """Dated events; Trainer generates an ordering and a matching item."""

    kind: Literal["timeline"]
    name: Text
    events: list[TimelineEvent] = Field(min_length=2, description="Years must be distinct.")


AnyItem = (
    SingleChoiceItem
    | MultipleChoiceItem
    | TrueFalseItem
    | NumericItem
    | ShortAnswerItem
    | ClozeItem
    | OrderingItem
    | MatchingItem
    | FlashcardItem
    | FigureFact
    | ListFact
    | TimelineFact
)
Item = Annotated[AnyItem, Field(discriminator="kind")]

ITEM_MODELS: dict[str, type[ItemBase]] = {
    "single_choice": SingleChoiceItem,
    "multiple_choice": MultipleChoiceItem,
    "true_false": TrueFalseItem,
    "numeric": NumericItem,
    "short_answer": ShortAnswerItem,
    "cloze": ClozeItem,
    "ordering": OrderingItem,
    "matching": MatchingItem,
    "flashcard": FlashcardItem,
    "figure": FigureFact,
    "list": ListFact,
    "timeline": TimelineFact,
}
FACT_KINDS = frozenset({"figure", "list", "timeline"})


class BankFile(BaseModel):
    """A question bank: a header and a list of items."""

    model_config = ConfigDict(
        **_CONFIG,
        title="Trainer question bank",
    )

    format: Literal[1] = Field(description="Format version; always 1.")
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", description="Bank id, e.g. `gmg`.")
    title: Text
    version: Text = Field(description='The bank\'s own version, a string: "1.0".')
    language: str = Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$", description="Language code, e.g. `en`."
    )
    description: Text
    source: Text = Field(description="The source material the bank is drawn from.")
    retired: list[RetiredId] = Field(
        default_factory=list,
        description="Ids of removed items: never used again, so learners' progress under "
        "them stays theirs.",
    )
    items: list[Item] = Field(min_length=1)


ITEM_ADAPTER: TypeAdapter[AnyItem] = TypeAdapter(Item)
"""Validates one item on its own (used to check rules when other items are broken)."""
