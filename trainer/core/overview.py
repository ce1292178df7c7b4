"""What the home and banks screens show about the loaded banks (no Qt)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.banks import LoadResult


@dataclass(frozen=True)
class BankSummary:
    bank_id: str
    title: str
    path: str
    questions: int
    topics: tuple[str, ...]
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Overview:
    banks: tuple[BankSummary, ...]
    errors: tuple[str, ...]

    @property
    def total_questions(self) -> int:
        return sum(b.questions for b in self.banks)


def summarise(result: LoadResult) -> Overview:
    """Per-bank counts of study items, topics and kinds, plus the error lines."""
    banks = []
    for bank in result.banks:
        questions = list(bank.questions)
        topics = tuple(dict.fromkeys(q.topic for q in questions))
        kinds = dict(Counter(q.kind for q in questions))
        banks.append(
            BankSummary(
                bank_id=bank.id,
                title=bank.title,
                path=str(bank.path),
                questions=len(questions),
                topics=topics,
                kinds=kinds,
            )
        )
    return Overview(banks=tuple(banks), errors=tuple(str(e) for e in result.errors))
