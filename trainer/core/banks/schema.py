"""Pydantic models of the bank file format, version 1 (see ``docs/bank-format.md``).

These models check *types and shapes* of one file; rules that relate several fields
(``correct`` listed again in ``wrong``, a figure's ``year`` *or* ``period``...) live in
:mod:`trainer.core.banks.rules` so that each error can point at the right field. The
JSON Schema that editors use (``resources/bank.schema.json``) is generated from these
models by :func:`trainer.core.banks.validate_cmd.schema_text`.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, Strict, TypeAdapter
from pydantic.json_schema import WithJsonSchema
from pydantic_core import PydanticCustomError

from trainer.core.banks.limits import FORMAT_VERSION as FORMAT_VERSION
from trainer.core.numbers import decimals_of

MAX_MAGNITUDE = 10**15
"""Largest size of any number in a bank (answers, figures, tolerances, distractors)."""
MAX_DECIMALS = 6
"""Most decimals a number in a bank may have."""
MAX_TEXT = 10_000
"""Most characters of one text."""
MAX_ENTRIES = 1_000
"""Most entries of one list inside an item (options, tags, members, events...)."""
MAX_ITEMS = 10_000
"""Most items of one bank (the loader refuses more before validating them)."""

_CONFIG = ConfigDict(
    extra="forbid",
    str_strip_whitespace=True,
    coerce_numbers_to_str=True,
    allow_inf_nan=False,
)


_CONTROLS = r"\x00-\x08\x0B-\x1F\x7F-\x9F\uFFFE\uFFFF"
SINGLE_LINE = rf"^[^\t\n{_CONTROLS}]*$"
"""Pattern of a text: no control characters, no line break, no tab (also in the JSON Schema)."""
MULTI_LINE = rf"^[^{_CONTROLS}]*$"
"""Pattern of a text that may have several lines (explanations, descriptions, card backs)."""
_FIRST_BAD = {
    SINGLE_LINE: re.compile(rf"[\t\n{_CONTROLS}]"),
    MULTI_LINE: re.compile(rf"[{_CONTROLS}]"),
}


def text_problem(text: str, pattern: str) -> str | None:
    """What is wrong with ``text`` for :data:`SINGLE_LINE` or :data:`MULTI_LINE` (the
    message of a pattern error), or ``None`` when ``pattern`` is neither or it matches."""
    finder = _FIRST_BAD.get(pattern)
    found = finder.search(text) if finder is not None else None
    if found is None:
        return None
    if found.group() == "\n":
        return "a line break is not allowed in this text"
    if found.group() == "\t":
        return "a tab is not allowed in this text"
    code = ord(found.group())
    return f"contains the control character U+{code:04X} (character {found.start() + 1}); remove it"


_RANGE = f"must be between {-MAX_MAGNITUDE:,} and {MAX_MAGNITUDE:,}"


def _bounded(value: Any) -> int | float:
    if isinstance(value, str) and value.lstrip("+-").isdigit():  # too long to read as a number
        raise PydanticCustomError("number_range", _RANGE)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError(
            "number_type", "expected a number, written without thousands separators (1600)"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("number_finite", "expected a finite number")
    if abs(value) > MAX_MAGNITUDE:
        raise PydanticCustomError("number_range", _RANGE)
    return value


def _number(value: Any) -> int | float:
    number = _bounded(value)
    if decimals_of(number) > MAX_DECIMALS:
        raise PydanticCustomError("number_decimals", f"must have at most {MAX_DECIMALS} decimals")
    return number


def _non_negative(value: Any) -> int | float:
    number = _bounded(value)
    if number < 0:
        raise PydanticCustomError("number_negative", "must be 0 or more")
    return number


Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT, pattern=SINGLE_LINE)]
LongText = Annotated[str, Field(min_length=1, max_length=MAX_TEXT, pattern=MULTI_LINE)]
Number = Annotated[
    int | float,
    PlainValidator(_number),
    WithJsonSchema({"type": "number", "minimum": -MAX_MAGNITUDE, "maximum": MAX_MAGNITUDE}),
]
Tolerance = Annotated[
    int | float,
    PlainValidator(_non_negative),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": MAX_MAGNITUDE, "default": 0}),
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
Choices = Annotated[list[Text], Field(min_length=1, max_length=MAX_ENTRIES)]
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
    tags: list[Text] = Field(
        default_factory=list, max_length=MAX_ENTRIES, description="Optional labels."
    )
    difficulty: Annotated[int, Strict()] = Field(ge=1, le=3, description="1 easy, 2, 3 hard.")
    explanation: LongText = Field(description="One or two sentences that say why.")
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
    sequence: list[Text] = Field(
        min_length=2, max_length=MAX_ENTRIES, description="Entries in the correct order."
    )


class Pair(BaseModel):
    """One pair of a matching question."""

    model_config = _CONFIG
    left: Text
    right: Text


class MatchingItem(ItemBase):
    """Match each left entry with its right entry."""

    kind: Literal["matching"]
    question: Text
    pairs: list[Pair] = Field(min_length=2, max_length=MAX_ENTRIES)


class FlashcardItem(ItemBase):
    """A plain card: front, then back; not scored."""

    kind: Literal["flashcard"]
    front: Text
    back: LongText


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
        default=None,
        max_length=MAX_ENTRIES,
        description="Plausible wrong figures (preferred for choices).",
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
    members: list[Text | ListMember] = Field(min_length=2, max_length=MAX_ENTRIES)
    not_members: list[Text] = Field(
        min_length=3,
        max_length=MAX_ENTRIES,
        description="Plausible wrong members, never accidentally true.",
    )
    count_question: Text | None = None
    count_form: bool = Field(
        default=True,
        description="Generate the 'how many' question; false when the count is given away "
        "elsewhere (e.g. 'Roundtable 4' in other items). Retire `<id>/count` when you turn "
        "it off.",
    )


class TimelineEvent(BaseModel):
    """One dated event of a timeline."""

    model_config = _CONFIG
    year: Year
    event: Text


class TimelineFact(ItemBase):
    """Dated events; Trainer generates an ordering and a matching item."""

    kind: Literal["timeline"]
    name: Text
    events: list[TimelineEvent] = Field(
        min_length=2, max_length=MAX_ENTRIES, description="Years must be distinct."
    )


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
    get_args(model.model_fields["kind"].annotation)[0]: model for model in get_args(AnyItem)
}
"""Each kind's model, read from :data:`AnyItem` (a new kind is added there only)."""
FACT_KINDS = frozenset({"figure", "list", "timeline"})


class BankFile(BaseModel):
    """A question bank: a header and a list of items."""

    model_config = ConfigDict(
        **_CONFIG,
        title="Trainer question bank",
    )

    format: Literal[1] = Field(description="Format version; always 1.")
    id: str = Field(
        pattern=r"^[a-z][a-z0-9_-]*$", max_length=60, description="Bank id, e.g. `gmg`."
    )
    title: Text
    version: Text = Field(description='The bank\'s own version, a string: "1.0".')
    language: str = Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$",
        max_length=35,
        description="Language code, e.g. `en`.",
    )
    description: LongText
    source: Text = Field(description="The source material the bank is drawn from.")
    retired: list[RetiredId] = Field(
        default_factory=list,
        description="Ids of removed items: never used again, so learners' progress under "
        "them stays theirs.",
    )
    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)


ITEM_ADAPTER: TypeAdapter[AnyItem] = TypeAdapter(Item)
"""Validates one item on its own (used to check rules when other items are broken)."""
