"""Home's rows: each bank and its topics with the cards due, the new ones left today and
how much is mastered, from the engine's counts and statistics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers
from trainer.ui.home_data import BankRow, TopicRow


def mastery_text(mastery: Any) -> str:
    """The tooltip of a mastery bar ("" when nothing is known yet)."""
    if mastery is None:
        return ""
    return QCoreApplication.translate(
        "HomeRows",
        "{mastered} mastered, {learning} learning, {new} new of {items}; average recall {recall}",
    ).format(
        mastered=mastery.mastered,
        learning=mastery.learning,
        new=mastery.new,
        items=mastery.items,
        recall=numbers.percent(mastery.recall),
    )


def _share(mastery: Any) -> float:
    return mastery.mastered / mastery.items if mastery and mastery.items else 0.0


def bank_rows(overview: Any, counts: Any, stats: Any) -> list[BankRow]:
    """One row per loaded bank (in the order loaded), each with its topics."""
    banks = []
    for bank in overview.banks:
        topics = []
        for topic in bank.topics:
            group = counts.by_topic.get((bank.bank_id, topic))
            mastery = stats.by_topic.get((bank.bank_id, topic))
            due, new = (group.due, group.new) if group else (0, 0)
            topics.append(TopicRow(topic, due, new, _share(mastery), mastery_text(mastery)))
        group = counts.by_bank.get(bank.bank_id)
        mastery = stats.by_bank.get(bank.bank_id)
        due, new = (group.due, group.new) if group else (0, 0)
        banks.append(
            BankRow(
                bank.title,
                due,
                new,
                _share(mastery),
                mastery_text(mastery),
                topics,
                bank_id=bank.bank_id,
            )
        )
    return banks
