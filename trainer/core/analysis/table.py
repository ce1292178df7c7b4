"""The analysis as tables: the columns (once, for the CSV files and the future screen),
sorting by any column, and the two CSV files.

``questions.csv`` (one row per question version) and ``quizzes.csv`` (one row per quiz or
workshop) are written by the project's one CSV writer,
:func:`trainer.core.workshop.exports.base.csv_document`: UTF-8 with a BOM, and a text a
spreadsheet would run as a formula (bank text, workshop titles) gets a leading quote.
Numbers are fractions with four decimals (Moodle shows them ×100 as percentages); an
empty cell is a number that does not exist (the ``notes`` column says why).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from trainer.core import numbers
from trainer.core.analysis.model import ItemStats, OptionStats
from trainer.core.analysis.verdicts import OPTION_FLAGS, VERDICTS
from trainer.core.csv_files import csv_document

Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its CSV header, the row attribute it shows (and sorts by), its cell."""

    header: str
    field: str
    cell: Callable[[Any], object] | None = None
    """How the value is written (default: the attribute, numbers rounded)."""


def _number(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def option_text(option: OptionStats) -> str:
    """One option in words: ``"✓ Geneva: 60% (top 80%, bottom 20%) [nobody chose it]"``."""
    mark = "✓ " if option.correct else "✗ " if option.correct is False else ""
    share = numbers.percent(option.share) if option.share is not None else f"{option.chosen}×"
    text = f"{mark}{option.text}: {share}"
    if option.top_share is not None and option.bottom_share is not None:
        top, bottom = numbers.percent(option.top_share), numbers.percent(option.bottom_share)
        text += f" (top third {top}, bottom third {bottom})"
    flags = [OPTION_FLAGS[f] for f in option.flags]
    return text + (f" [{'; '.join(flags)}]" if flags else "")


def _options(row: ItemStats) -> str:
    return " | ".join(option_text(o) for o in row.options)


def _option_flags(row: ItemStats) -> str:
    return " | ".join(
        f"{o.text}: {'; '.join(OPTION_FLAGS[f] for f in o.flags)}" for o in row.options if o.flags
    )


ITEM_COLUMNS: tuple[Column, ...] = (
    Column("item", "item_id"),
    Column("version", "version_status"),
    Column("content_hash", "version"),
    Column("in_banks", "in_banks"),
    Column("bank", "bank_id"),
    Column("topic", "topic"),
    Column("kind", "kind"),
    Column("question", "prompt"),
    Column("sources", "sources"),
    Column("answers", "answers"),
    Column("facility", "facility"),
    Column("sd", "sd"),
    Column("discrimination", "discrimination"),
    Column("efficiency", "efficiency"),
    Column("attempts_compared", "pairs"),
    Column("verdict", "verdicts", lambda row: row.verdict),
    Column("notes", "notes"),
    Column("options", "options", _options),
    Column("option_flags", "options", _option_flags),
    Column("first_answered", "first_answered"),
    Column("last_answered", "last_answered"),
)
"""The columns of ``questions.csv`` (and of the analysis screen), in order."""

FORM_COLUMNS: tuple[Column, ...] = (
    Column("source", "source"),
    Column("quiz_or_workshop", "label"),
    Column("questions", "questions"),
    Column("attempts", "attempts"),
    Column("unfinished", "unfinished"),
    Column("mean", "mean"),
    Column("sd", "sd"),
    Column("alpha", "alpha"),
    Column("notes", "notes"),
    Column("items", "item_ids", lambda row: " ".join(row.item_ids)),
)
"""The columns of ``quizzes.csv``, in order."""

_URGENCY = {code: rank for rank, code in enumerate(VERDICTS)}
SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "verdicts": lambda codes: [_URGENCY[c] for c in codes],
    "options": lambda options: sum(len(o.flags) for o in options),
}
"""How the attributes that are not plain values sort: verdicts by urgency, options by
their number of flags."""


def _plain(value: Any) -> Any:
    """Texts sort without regard to case (names, banks); other values as they are."""
    return value.casefold() if isinstance(value, str) else value


def sorted_rows(rows: Iterable[Row], field: str, descending: bool = False) -> list[Row]:
    """``rows`` sorted by the attribute ``field`` (any field of the dataclass: the analysis's
    rows, the Class view's learners); texts without regard to case; rows without
    a value (``None``) come last in either direction; ties keep their order."""
    rows = list(rows)
    if rows and not hasattr(rows[0], field):
        raise ValueError(f"rows have no column {field!r}")
    key = SORT_KEYS.get(field, _plain)
    valued = [r for r in rows if getattr(r, field) is not None]
    empty = [r for r in rows if getattr(r, field) is None]
    valued.sort(key=lambda r: key(getattr(r, field)), reverse=descending)
    return valued + empty


def table_rows(columns: Sequence[Column], rows: Iterable[Any]) -> list[list[object]]:
    """The cells of ``rows`` under ``columns``."""
    return [
        [_number(c.cell(row) if c.cell is not None else getattr(row, c.field)) for c in columns]
        for row in rows
    ]


def csv_file(columns: Sequence[Column], rows: Iterable[Any]) -> bytes:
    """The rows as a CSV file (the project's writer: formulas neutralised)."""
    return csv_document([c.header for c in columns], table_rows(columns, rows))
