"""Exports of a workshop's content (Moodle GIFT, Moodle XML, Anki) and results (CSV).

Every export returns an :class:`ExportResult`: the file's bytes and, for each item the
format cannot hold, a line ``"<item id> — <reason>"``. Nothing is dropped silently. The
formats themselves are listed once, in :mod:`trainer.core.export_formats`.
"""

from trainer.core.workshop.exports.anki import export_apkg
from trainer.core.workshop.exports.base import ExportError, ExportResult
from trainer.core.workshop.exports.csv_results import export_csv
from trainer.core.workshop.exports.gift import export_gift, gift_escape
from trainer.core.workshop.exports.moodle_xml import export_moodle_xml

__all__ = [
    "ExportError",
    "ExportResult",
    "export_apkg",
    "export_csv",
    "export_gift",
    "export_moodle_xml",
    "gift_escape",
]
