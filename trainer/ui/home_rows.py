"""Home's rows: each bank and its topics with the cards due, the new ones left today and
how much is mastered, from the engine's counts and statistics; and the one next action
Home leads with."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers
from trainer.ui.home_data import BankRow, NextAction, TopicRow


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


def next_action(
    due: int, new: int, *, resume_quiz: bool, workshop: str, has_questions: bool
) -> NextAction:
    """What Home offers first: an interrupted workshop (a room may be waiting), then an
    unfinished quiz, then the day's study, and a quiz once nothing is left for today."""

    if workshop:
        return NextAction(
            "resume_workshop",
            QCoreApplication.translate("HomeRows", "A workshop was interrupted"),
            QCoreApplication.translate(
                "HomeRows", "Every answer and the clock were kept: it goes on where it stopped."
            ),
        )
    if resume_quiz:
        return NextAction(
            "resume_quiz",
            QCoreApplication.translate("HomeRows", "You have a quiz in progress"),
            QCoreApplication.translate(
                "HomeRows", "Carry on where you stopped: your answers so far are kept."
            ),
        )
    if not has_questions:
        return NextAction(
            "",
            QCoreApplication.translate("HomeRows", "No questions to study yet"),
            QCoreApplication.translate(
                "HomeRows",
                "Add a question bank, or see what went wrong on the Banks screen (Ctrl+5).",
            ),
        )
    if due and new:
        return NextAction(
            "study",
            QCoreApplication.translate("HomeRows", "Ready to study: {due} due, {new} new").format(
                due=numbers.count(due), new=numbers.count(new)
            ),
        )
    if due or new:
        return NextAction(
            "study",
            QCoreApplication.translate("HomeRows", "Ready to study: {n} due").format(
                n=numbers.count(due)
            )
            if due
            else QCoreApplication.translate("HomeRows", "Ready to study: {n} new").format(
                n=numbers.count(new)
            ),
        )
    return NextAction(
        "quiz",
        QCoreApplication.translate("HomeRows", "All done for today — take a quiz?"),
        QCoreApplication.translate(
            "HomeRows", "Nothing is due and today's new cards are learnt. A quiz keeps it fresh."
        ),
    )
