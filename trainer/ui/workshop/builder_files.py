"""The workshop builder's file work: open and save a workshop file, print the handouts to
PDF (A4 or Letter), export the questions (GIFT, Moodle XML, Anki) or a session's results
(CSV). The jobs run on the worker. The
:class:`~trainer.ui.workshop.builder_presenter.BuilderPresenter` asks the window for a
path, then runs these.

Errors are the core's plain messages (a bad workshop file lists ``path:line:column``
problems); items a format cannot hold are listed as ``not exported: <id> — <reason>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from trainer.core.export_formats import FORMATS

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.workshop import Workshop
    from trainer.core.workshop.exports import ExportResult
    from trainer.store import Store

SUFFIX = {key: fmt.suffix for key, fmt in FORMATS.items()}


def questions_of(workshop: Workshop, by_id: dict[str, Question]) -> list[Question]:
    """The workshop's questions found in the loaded banks, in its order."""
    return workshop.resolve(by_id)[0]


def open_job(path: Path, by_id: dict[str, Question]) -> tuple[Workshop, list[str]]:
    """Read a workshop file (on the worker): the workshop and its items not in the banks."""
    from trainer.core.workshop import open_workshop

    workshop = open_workshop(path)
    return workshop, workshop.resolve(by_id)[1]


class ExportTexts(QObject):
    """What an export wrote, and what it left out (a class, so that lupdate sees the
    plural forms of its ``self.tr`` calls)."""

    def exported(self, fmt: str, path: Path, result: ExportResult) -> str:
        n = result.exported
        if FORMATS[fmt].export is None:
            text = self.tr("Exported %n result row(s) to {path}.", "", n)
        else:
            text = self.tr("Exported %n question(s) to {path}.", "", n)
        lines = [text.format(path=path)]
        lines += [self.tr("not exported: {line}").format(line=s) for s in result.skipped]
        return "\n".join(lines)


def exported_text(fmt: str, path: Path, result: ExportResult) -> str:
    """What an export wrote, and what it left out."""
    return ExportTexts().exported(fmt, path, result)


def saved_text(path: Path) -> str:
    return QCoreApplication.translate("BuilderFiles", "Saved to {path}.").format(path=path)


def print_handouts(
    workshop: Workshop, questions: list[Question], teams: list[str], path: Path, paper: str
) -> str:
    """Versions A and B and the team score sheet as one PDF, their answer keys as
    another beside it (``quiz.pdf`` and ``quiz-keys.pdf``); what was printed where.
    Raises ``OSError`` when a file cannot be written."""
    from trainer.core.workshop.printable import keys_path, printout
    from trainer.ui.workshop_print import html_to_pdf

    printed = printout(
        workshop.title,
        questions,
        workshop.seed,
        versions=("A", "B"),
        teams=teams,
        points_per_question=workshop.points_per_question,
    )
    keys = keys_path(path)
    html_to_pdf(printed.handouts, path, paper)
    html_to_pdf(printed.keys, keys, paper)
    return QCoreApplication.translate(
        "BuilderFiles", "Printed the handouts to {path} and the answer keys to {keys}."
    ).format(path=path, keys=keys)


def export_job(
    fmt: str,
    path: Path,
    workshop: Workshop | None,
    by_id: dict[str, Question],
    store: Store | None,
    session_id: int | None,
) -> ExportResult:
    """Write ``path`` in format ``fmt`` (on the worker): the workshop's questions, or for
    a format of results, the session run here (else the newest one)."""
    from trainer.core.workshop import WorkshopError, WorkshopSession, all_sessions
    from trainer.core.workshop.exports import export_csv
    from trainer.core.workshop.live import export_live_csv, is_live, live_results

    result: Any
    export = FORMATS[fmt].export
    if export is None:
        assert store is not None
        sid = session_id
        if sid is None:
            sessions = all_sessions(store)
            if not sessions:
                raise WorkshopError(
                    QCoreApplication.translate(
                        "BuilderFiles",
                        "No workshop has been run yet: there are no results to export.",
                    )
                )
            sid = sessions[0].id
        if is_live(store, sid):  # a phone game: one row per participant and question
            result = export_live_csv(live_results(store, sid), by_id)
        else:
            result = export_csv(WorkshopSession.open(store, sid, by_id))
    else:
        assert workshop is not None
        result = export(questions_of(workshop, by_id), workshop.title, workshop.seed)
    result.write(path)
    return result  # type: ignore[no-any-return]
