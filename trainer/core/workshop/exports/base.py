"""What every export returns, and helpers shared by the Moodle formats."""

from __future__ import annotations

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
