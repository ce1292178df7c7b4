"""Question banks: the YAML format, its loader with located errors, and generation.

Public API::

    from trainer.core.banks import load_banks, LoadResult, Bank, Question, BankError, BankLoadError

See ``docs/bank-format.md`` for the format and :func:`load_banks` for loading.
"""

from trainer.core.banks.errors import BankError, BankLoadError
from trainer.core.banks.loader import Bank, LoadResult, load_banks
from trainer.core.banks.questions import (
    KINDS,
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

__all__ = [
    "KINDS",
    "Bank",
    "BankError",
    "BankLoadError",
    "ClozeQuestion",
    "FlashcardQuestion",
    "LoadResult",
    "MatchingQuestion",
    "MultipleChoiceQuestion",
    "NumericQuestion",
    "OrderingQuestion",
    "Question",
    "ShortAnswerQuestion",
    "SingleChoiceQuestion",
    "TrueFalseQuestion",
    "load_banks",
]
