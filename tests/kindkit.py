"""One sample question of every kind (and the variants that are written differently), for
the tests that pin how each kind is scored, shown and exported."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from trainer.core.banks.questions import (
    ClozeQuestion,
    FlashcardQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.kinds import kind_of


def common(kind: str, qid: str) -> dict[str, Any]:
    """The fields every question has, for an authored item ``qid`` of ``kind``."""
    return {
        "id": qid,
        "kind": kind,
        "bank_id": "kit",
        "topic": "Kinds",
        "tags": ("t",),
        "difficulty": 1,
        "explanation": "Because <so>.",
        "source": "§ 1",
        "fact_id": qid,
        "group": qid,
        "form": None,
        "content_hash": "h",
    }


def right_response(question: Question) -> Any:
    """The response a learner who knows the answer gives (the kind's right example)."""
    example = kind_of(question).example
    assert example is not None, f"{question.kind} is not scored"
    return example(question, True)


def samples() -> dict[str, Question]:
    """Sample questions by name: the kind, or ``<kind>-<variant>``."""
    return {
        "single_choice": SingleChoiceQuestion(
            **common("single_choice", "kit.single"),
            question="Where is the seat?",
            correct="Geneva",
            wrong=("Paris", "Rome", "Bern"),
        ),
        "multiple_choice": MultipleChoiceQuestion(
            **common("multiple_choice", "kit.multiple"),
            question="Which are members?",
            correct=("Chad", "Mali"),
            wrong=("Oz", "Atlantis"),
        ),
        "true_false": TrueFalseQuestion(
            **common("true_false", "kit.tf"), statement="The sky is green.", answer=False
        ),
        "true_false-true": TrueFalseQuestion(
            **common("true_false", "kit.tf-true"), statement="Water is wet.", answer=True
        ),
        "numeric": NumericQuestion(
            **common("numeric", "kit.numeric"),
            question="How many people?",
            answer=1600,
            tolerance=50,
            unit="people",
            template=None,
        ),
        "numeric-year": NumericQuestion(
            **common("numeric", "kit.year"),
            question="In which year?",
            answer=2013,
            tolerance=0,
            unit=None,
            template=None,
            number_format="year",
        ),
        "short_answer": ShortAnswerQuestion(
            **common("short_answer", "kit.short"),
            question="Name the agency.",
            answers=("IOM", "International Organization for Migration"),
        ),
        "cloze": ClozeQuestion(
            **common("cloze", "kit.cloze"),
            text="Founded in {{1951}} in {{Brussels|Bruxelles}}.",
            parts=("Founded in ", " in ", "."),
            blanks=(("1951",), ("Brussels", "Bruxelles")),
        ),
        "cloze-one": ClozeQuestion(
            **common("cloze", "kit.cloze-one"),
            text="The capital is {{Bern}}.",
            parts=("The capital is ", "."),
            blanks=(("Bern",),),
        ),
        "cloze-unordered": ClozeQuestion(
            **common("cloze", "kit.cloze-set"),
            text="Two colours: {{red}} and {{blue}}.",
            parts=("Two colours: ", " and ", "."),
            blanks=(("red",), ("blue",)),
            unordered=True,
        ),
        "ordering": OrderingQuestion(
            **common("ordering", "kit.order"),
            question="Oldest first.",
            sequence=("Stone", "Bronze", "Iron"),
        ),
        "matching": MatchingQuestion(
            **common("matching", "kit.match"),
            question="Match the capitals.",
            pairs=(("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid")),
        ),
        "matching-two": MatchingQuestion(
            **common("matching", "kit.match-two"),
            question="Match two.",
            pairs=(("A", "1"), ("B", "2")),
        ),
        "flashcard": FlashcardQuestion(
            **common("flashcard", "kit.card"), front="IOM?", back="International\nOrganization"
        ),
    }


RIGHT_RESPONSES: dict[str, Any] = {
    "single_choice": "Geneva",
    "multiple_choice": ["Chad", "Mali"],
    "true_false": False,
    "true_false-true": True,
    "numeric": 1620.0,
    "numeric-year": 2013.0,
    "short_answer": "iom",
    "cloze": ["1951", "Bruxelles"],
    "cloze-one": ["Bern"],
    "cloze-unordered": ["blue", "red"],
    "ordering": ["Stone", "Bronze", "Iron"],
    "matching": {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"},
    "matching-two": {"A": "1", "B": "2"},
}
"""A fully right response to each scored sample."""

WRONG_RESPONSES: dict[str, Any] = {
    "single_choice": "Paris",
    "multiple_choice": ["Chad", "Oz"],
    "true_false": True,
    "true_false-true": False,
    "numeric": 1700.0,
    "numeric-year": 2014.0,
    "short_answer": "UNHCR",
    "cloze": ["1951", ""],
    "cloze-one": ["Zurich"],
    "cloze-unordered": ["red", "green"],
    "ordering": ["Iron", "Stone", "Bronze"],
    "matching": {"France": "Rome", "Italy": "Paris", "Spain": "Madrid"},
    "matching-two": {"A": "2", "B": "1"},
}
"""A response to each scored sample that is not fully right (some partly)."""


@dataclass(frozen=True, slots=True)
class ToyQuestion(Question):
    """A question of a kind that no module of ``trainer.core.kinds`` describes."""

    text: str
    KIND: ClassVar[str] = "toy"

    @property
    def prompt(self) -> str:
        return self.text


def toy() -> ToyQuestion:
    """A question of the unknown kind ``toy``."""
    return ToyQuestion(**common("toy", "kit.toy"), text="Toy?")
