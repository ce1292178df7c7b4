"""What every export returns, the one CSV writer, and helpers shared by the Moodle formats."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.core.banks.questions import MultipleChoiceQuestion, Question
from trainer.core.outfile import write_output_file

MOODLE_FRACTIONS = (
    100.0,
    90.0,
    83.33333,
    80.0,
    75.0,
    70.0,
    66.66667,
    60.0,
    50.0,
    40.0,
    33.33333,
    30.0,
    25.0,
    20.0,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10.0,
    5.0,
    0.0,
)
"""The grade percentages Moodle accepts for an answer (and their negatives)."""


@dataclass
class ExportResult:
    """An export's file content, how many items it holds, and the items left out (why)."""

    data: bytes
    exported: int
    skipped: list[str] = field(default_factory=list)
    """``"<item id> — <reason>"`` for each item the format cannot hold."""

    def write(self, path: Path) -> Path:
        """Write ``data`` with :func:`~trainer.core.outfile.write_output_file` (atomic,
        through symbolic links, never over a folder or a device); returns the real path."""
        return write_output_file(path, self.data)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a text cell as a formula (OWASP, "CSV injection")."""


def spreadsheet_safe(cell: object) -> object:
    """``cell`` as a CSV cell no spreadsheet runs: a text starting with ``= + - @``, a tab
    or a carriage return gets a leading single quote (OWASP's advice); numbers (including
    negative ones) and other texts are kept as they are."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_document(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as CSV (the ``csv`` module's quoting, UTF-8 with a BOM so that spreadsheet
    programs detect the encoding), every cell passed through :func:`spreadsheet_safe`.
    Every CSV Trainer writes is made here."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_safe(c) for c in header])
    writer.writerows([spreadsheet_safe(c) for c in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def skip(question: Question, reason: str) -> str:
    return f"{question.id} — {reason}"


def moodle_fraction(percent: float) -> str | None:
    """``percent`` written as Moodle accepts it (5 decimals at most), or ``None`` when
    Moodle has no such grade."""
    for allowed in MOODLE_FRACTIONS:
        if abs(abs(percent) - allowed) < 1e-4:
            text = f"{allowed:.5f}".rstrip("0").rstrip(".")
            return f"-{text}" if percent < 0 and allowed else text
    return None


def multiple_choice_weights(question: MultipleChoiceQuestion) -> tuple[str, str] | None:
    """(weight of each right option, weight of each wrong option) in percent, matching
    Trainer's scoring (each wrong pick cancels one right pick), or ``None`` if Moodle
    cannot express them."""
    right = moodle_fraction(100 / len(question.correct))
    wrong = moodle_fraction(-100 / len(question.correct))
    if right is None or wrong is None:
        return None
    return right, wrong


def feedback_text(question: Question) -> str:
    """The explanation and its source, as one paragraph."""
    parts = [question.explanation.strip()]
    if question.source.strip():
        parts.append(f"Source: {question.source.strip()}")
    return " ".join(p for p in parts if p)
