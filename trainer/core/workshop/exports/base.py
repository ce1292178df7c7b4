"""What every export returns and helpers shared by the formats; the characters no export
can hold and the one CSV writer are in :mod:`trainer.core.csv_files` (re-exported here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from trainer.core.banks.questions import MultipleChoiceQuestion, Question
from trainer.core.csv_files import FORMULA_STARTS as FORMULA_STARTS
from trainer.core.csv_files import REPLACEMENT as REPLACEMENT
from trainer.core.csv_files import UNHOLDABLE as UNHOLDABLE
from trainer.core.csv_files import csv_document as csv_document
from trainer.core.csv_files import holdable_text as holdable_text
from trainer.core.csv_files import spreadsheet_safe as spreadsheet_safe
from trainer.core.outfile import write_output_file
from trainer.core.workshop.definition import WorkshopError

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


class ExportError(WorkshopError):
    """An export whose file its reader would refuse; nothing is written (plain message)."""


def _holdable(value: Any) -> Any:
    if isinstance(value, str):
        return holdable_text(value)
    if isinstance(value, tuple):
        return tuple(_holdable(v) for v in value)
    return value


def holdable_question(question: Question) -> Question:
    """``question`` with :func:`holdable_text` applied to every text it holds."""
    changes = {}
    for f in fields(question):
        value = getattr(question, f.name)
        clean = _holdable(value)
        if clean != value:
            changes[f.name] = clean
    return replace(question, **changes) if changes else question


def export_error(fmt: str, detail: str = "") -> ExportError:
    """The error of a ``fmt`` export whose own check of its output failed."""
    extra = f" ({detail})" if detail else ""
    return ExportError(
        f"The {fmt} export made a file its reader would refuse{extra}; nothing was "
        "written. Please report this with the bank that was exported."
    )


def check_export(fmt: str, check: bool, detail: str = "") -> None:
    """Raise :func:`export_error` unless ``check`` (the export's check of its own output)."""
    if not check:
        raise export_error(fmt, detail)


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


def skip(question: Question, reason: str) -> str:
    return f"{question.id} — {reason}"


def not_held(fmt: str, question: Question, reasons: Mapping[str, str]) -> str:
    """Why the ``fmt`` export holds no question of ``question``'s kind: the reason its
    table gives, else a plain one (a kind the export does not know is reported too)."""
    return reasons.get(question.kind) or f"{fmt} has no {question.kind} question"


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
