"""Turn one validated bank into :class:`Question` objects: authored items and facts.

Kept apart from the loader so that the loader only reads, checks and caches.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from trainer.core.banks.generate import figure_peers, generate
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
from trainer.core.banks.rules import parse_cloze
from trainer.core.banks.schema import (
    AnyItem,
    BankFile,
    ClozeItem,
    FigureFact,
    FlashcardItem,
    ListFact,
    MatchingItem,
    MultipleChoiceItem,
    NumericItem,
    OrderingItem,
    ShortAnswerItem,
    SingleChoiceItem,
    TimelineFact,
    TrueFalseItem,
)


def content_hash(raw: Any) -> str:
    """Stable hash of an item's data as written (key order and YAML layout do not matter)."""
    text = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _authored(item: AnyItem, common: dict[str, Any]) -> Question:
    if isinstance(item, SingleChoiceItem):
        return SingleChoiceQuestion(
            **common, question=item.question, correct=item.correct, wrong=tuple(item.wrong)
        )
    if isinstance(item, MultipleChoiceItem):
        return MultipleChoiceQuestion(
            **common, question=item.question, correct=tuple(item.correct), wrong=tuple(item.wrong)
        )
    if isinstance(item, TrueFalseItem):
        return TrueFalseQuestion(**common, statement=item.statement, answer=item.answer)
    if isinstance(item, NumericItem):
        return NumericQuestion(
            **common,
            question=item.question,
            answer=item.answer,
            tolerance=item.tolerance,
            unit=item.unit,
            template=None,
            number_format=item.number_format,
        )
    if isinstance(item, ShortAnswerItem):
        return ShortAnswerQuestion(**common, question=item.question, answers=tuple(item.answers))
    if isinstance(item, ClozeItem):
        parts, blanks = parse_cloze(item.text)
        return ClozeQuestion(
            **common,
            text=item.text,
            parts=tuple(parts),
            blanks=tuple(tuple(b) for b in blanks),
            unordered=item.unordered,
        )
    if isinstance(item, OrderingItem):
        return OrderingQuestion(**common, question=item.question, sequence=tuple(item.sequence))
    if isinstance(item, MatchingItem):
        return MatchingQuestion(
            **common, question=item.question, pairs=tuple((p.left, p.right) for p in item.pairs)
        )
    if isinstance(item, FlashcardItem):
        return FlashcardQuestion(**common, front=item.front, back=item.back)
    raise TypeError(f"not an authored item: {type(item).__name__}")


def build_questions(bank: BankFile, raw_items: list[Any], seed: int) -> list[Question]:
    """All study items of ``bank`` in file order; a fact's forms follow in a fixed order.

    ``raw_items`` is the ``items`` list as read from YAML (for the content hashes).
    """
    peers = figure_peers([item for item in bank.items if isinstance(item, FigureFact)])
    out: list[Question] = []
    for item, raw in zip(bank.items, raw_items, strict=True):
        common: dict[str, Any] = {
            "bank_id": bank.id,
            "topic": item.topic,
            "tags": tuple(item.tags),
            "difficulty": item.difficulty,
            "explanation": item.explanation,
            "source": item.source,
            "fact_id": item.id,
            "group": item.group or item.id,
            "content_hash": content_hash(raw),
        }
        if isinstance(item, FigureFact | ListFact | TimelineFact):
            out += generate(item, common, seed, peers)
        else:
            out.append(_authored(item, {**common, "id": item.id, "kind": item.kind, "form": None}))
    return out
