"""Every export format, described once: the app's export menu, ``trainer export`` and the
selection of questions read this table.

A question format exports a list of questions; ``cannot_hold`` says why it cannot hold a
question (or ``None``), so a selection made for that format draws only questions it can
hold, and the export itself lists the others as "not exported". The results format (CSV)
exports a workshop session instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the exporters (genanki, XML) are imported when a file is made
    from trainer.core.banks.questions import Question
    from trainer.core.workshop.exports.base import ExportResult


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Marks ``text`` for translation in ``context`` (the UI translates it)."""
    return text


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str
    """The name on the command line (``--format gift``)."""
    name: str
    """What a person reads; translated in the UI (context ``ExportFormats``)."""
    suffix: str
    """The file name's ending, without the dot."""
    export: Callable[[Sequence[Question], str, int], ExportResult] | None
    """(questions, title, seed) → the file; ``None`` for the results format."""
    cannot_hold: Callable[[Question], str | None]
    """Why the format cannot hold a question, or ``None``."""


def _holds_all(_question: Question) -> str | None:
    return None


def _gift(questions: Sequence[Question], title: str, _seed: int) -> ExportResult:
    from trainer.core.workshop.exports.gift import export_gift

    return export_gift(questions, title)


def _gift_cannot_hold(question: Question) -> str | None:
    from trainer.core.workshop.exports.gift import cannot_hold

    return cannot_hold(question)


def _moodle_xml(questions: Sequence[Question], title: str, _seed: int) -> ExportResult:
    from trainer.core.workshop.exports.moodle_xml import export_moodle_xml

    return export_moodle_xml(questions, title)


def _moodle_cannot_hold(question: Question) -> str | None:
    from trainer.core.workshop.exports.moodle_xml import cannot_hold

    return cannot_hold(question)


def _apkg_cannot_hold(question: Question) -> str | None:
    from trainer.core.workshop.exports.anki import cannot_hold

    return cannot_hold(question)


def _apkg(questions: Sequence[Question], title: str, seed: int) -> ExportResult:
    from trainer.core.workshop.exports.anki import export_apkg

    return export_apkg(questions, title, seed)


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat(
            "gift",
            QT_TRANSLATE_NOOP("ExportFormats", "Moodle GIFT"),
            "txt",
            _gift,
            _gift_cannot_hold,
        ),
        ExportFormat(
            "moodle-xml",
            QT_TRANSLATE_NOOP("ExportFormats", "Moodle XML"),
            "xml",
            _moodle_xml,
            _moodle_cannot_hold,
        ),
        ExportFormat(
            "apkg",
            QT_TRANSLATE_NOOP("ExportFormats", "Anki package (.apkg)"),
            "apkg",
            _apkg,
            _apkg_cannot_hold,
        ),
        ExportFormat(
            "csv", QT_TRANSLATE_NOOP("ExportFormats", "Results (CSV)"), "csv", None, _holds_all
        ),
    )
}
"""Every format, in the order menus show them."""
RESULTS_FORMAT = "csv"
