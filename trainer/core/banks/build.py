"""Turn one validated bank into :class:`Question` objects: authored items and facts.

Kept apart from the loader so that the loader only reads, checks and caches.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from trainer.core.banks.generate import figure_peers, generate
from trainer.core.banks.questions import Question
from trainer.core.banks.schema import BankFile, FigureFact, ListFact, TimelineFact
from trainer.core.kinds import kind_of


def content_hash(raw: Any) -> str:
    """Stable hash of an item's data as written (key order and YAML layout do not matter)."""
    text = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


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
            authored = {**common, "id": item.id, "kind": item.kind, "form": None}
            out.append(kind_of(item.kind).from_item(item, authored))
    return out
