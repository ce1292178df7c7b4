"""File ▸ Export my progress… and File ▸ Import progress… (several files at once).

Export asks where to save the current learner's progress file. Import asks for the
files, reads and checks them on the worker (nothing changed yet), asks about each file
whose learner has a namesake here (merge into that learner, keep apart, or skip the
file), then imports them on the worker (``trainer.core.progress_files``: a backup
first, one transaction per file) and says what each file added or why it was refused.
Afterwards the banks and profiles are loaded again, so every screen shows the merged
progress. The dialogs are a :class:`ProgressFilesView`'s
(``trainer.ui.progress_file_dialogs`` shows them over the window).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from trainer.core import numbers
from trainer.core.data_folder import DataFolder
from trainer.ui.app_state import AppState
from trainer.ui.operations import Failure, Operations

if TYPE_CHECKING:
    from trainer.core.progress_files import ExportSummary, FileOutcome, FilePreview, SameName

SKIP = "skip"
"""The answer to a namesake question that leaves the file out (else "merge", "apart")."""


class ProgressFilesView(Protocol):
    """Where the presenter asks and tells (``trainer.ui.progress_file_dialogs``)."""

    def set_busy(self, busy: bool) -> None: ...
    def show_status(self, text: str, msecs: int) -> None: ...
    def ask_export_path(self, suggested: str, chosen: Callable[[Path], None]) -> None: ...
    def ask_import_paths(self, chosen: Callable[[list[Path]], None]) -> None: ...
    def ask_same_name(self, text: str, local: str, answered: Callable[[str], None]) -> None:
        """Ask about a file whose learner has a namesake ``local`` here; ``answered``
        gets "merge", "apart" or :data:`SKIP`."""

    def show_import_summary(self, text: str, added: bool) -> None: ...


class ProgressFilesPresenter(QObject):
    """The two File menu actions for progress files, for one window."""

    def __init__(
        self,
        view: ProgressFilesView,
        ops: Operations,
        data_folder: DataFolder,
        app_state: AppState,
        reload: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.ops = ops
        self.data_folder = data_folder
        self.app_state = app_state
        self.reload = reload
        """Loads banks and profiles again (every screen then shows the merged progress)."""
        self._waiting: list[FilePreview] = []
        self._previews: list[FilePreview] = []
        self._choices: dict[Path, SameName | str] = {}

    # -- helpers -------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        self.ops.report(failure.message)

    # -- export --------------------------------------------------------------------
    def ask_export(self) -> None:
        learner = self.app_state.learner_id
        data_folder = self.data_folder
        if learner is None or data_folder.trainer is None:
            self.ops.report(self.tr("Make a profile first: there is no progress to export."))
            return
        trainer = data_folder.trainer
        self.ops.run(
            lambda: trainer.profile(learner).name, self._ask_export_to, failure=self._failed
        )

    def _ask_export_to(self, name: str) -> None:
        from trainer.core.progress_files import SUFFIX

        safe = re.sub(r"[^\w -]+", "_", name).strip() or "progress"
        self.view.ask_export_path(f"{safe} {datetime.now():%Y-%m-%d}{SUFFIX}", self.export_to)

    def export_to(self, path: Path) -> None:
        """Write the current learner's progress file at ``path`` (on the worker)."""
        from trainer.core.progress_files import export_progress

        learner = self.app_state.learner_id
        data_folder = self.data_folder
        if learner is None or data_folder.store is None:
            return
        store = data_folder.store
        self._set_busy(True)

        def done(summary: ExportSummary) -> None:
            self._set_busy(False)
            self.view.show_status(
                self.tr(
                    "Your progress was saved in {path} (reviews: {reviews}; quizzes: {quizzes})."
                ).format(
                    path=summary.path,
                    reviews=numbers.count(summary.reviews),
                    quizzes=numbers.count(summary.attempts),
                ),
                10000,
            )

        self.ops.run(
            lambda: export_progress(store, learner, path, store.clock()), done, failure=self._failed
        )

    # -- import --------------------------------------------------------------------
    def ask_import(self) -> None:
        if self.data_folder.store is None:
            return
        self.view.ask_import_paths(self.import_from)

    def import_from(self, paths: list[Path]) -> None:
        """Check ``paths`` (on the worker), ask about namesakes, then import."""
        from trainer.core.progress_files import preview_files

        store = self.data_folder.store
        if store is None or not paths:
            return
        self._set_busy(True)
        self.ops.run(lambda: preview_files(store, paths), self._previewed, failure=self._failed)

    def _previewed(self, previews: list[FilePreview]) -> None:
        from trainer.core.progress_files import MatchKind

        self._previews = previews
        self._choices = {}
        self._waiting = [
            p for p in previews if p.match is not None and p.match.kind is MatchKind.SAME_NAME
        ]
        self._ask_next()

    def _ask_next(self) -> None:
        if not self._waiting:
            self._import()
            return
        preview = self._waiting[0]
        assert preview.file is not None and preview.match is not None
        name = preview.file.progress.learner.name
        local = preview.match.local_name or ""
        text = self.tr(
            "The file {file} holds the progress of {name}. There is already a learner "
            "named {local} here, who may be someone else.\n\nAre they the same person?"
        ).format(file=preview.path.name, name=name, local=local)
        self.view.ask_same_name(text, local, self._answered)

    def _answered(self, answer: str) -> None:
        from trainer.core.progress_files import SameName

        preview = self._waiting.pop(0)
        self._choices[preview.path] = SameName(answer) if answer in ("merge", "apart") else SKIP
        self._ask_next()

    def _import(self) -> None:
        from trainer.core.progress_files import SameName, import_progress_files

        store = self.data_folder.store
        readable = [p.path for p in self._previews if p.file is not None]
        chosen = [p for p in readable if self._choices.get(p) != SKIP]
        choices = {p: c for p, c in self._choices.items() if isinstance(c, SameName)}
        if store is None or not chosen:
            self._imported([])
            return
        self.ops.run(
            lambda: import_progress_files(store, chosen, clock=store.clock, choices=choices),
            self._imported,
            failure=self._failed,
        )

    def _imported(self, outcomes: list[FileOutcome]) -> None:
        self._set_busy(False)
        done = {o.path: o for o in outcomes}
        lines = []
        for preview in self._previews:
            outcome = done.get(preview.path)
            if outcome is not None and outcome.result is not None:
                lines.append(self._result_line(outcome))
            elif outcome is not None:
                lines.append(outcome.error or "")
            elif preview.error is not None:
                lines.append(preview.error)
            else:
                lines.append(self.tr("{file}: skipped.").format(file=preview.path.name))
        added = any(o.result is not None and not o.result.nothing_new for o in outcomes)
        self.view.show_import_summary("\n\n".join(lines), added)
        if added:
            self.app_state.progress_replaced()  # a running quiz or workshop lets go first
            self.reload()  # profiles, caches and screens from the merged progress

    def _result_line(self, outcome: FileOutcome) -> str:
        result = outcome.result
        assert result is not None
        name = outcome.path.name
        if result.nothing_new:
            return self.tr("{file}: nothing new for {name}.").format(
                file=name, name=result.learner_name
            )
        how = {
            "new learner": self.tr("a new learner here"),
            "same learner": self.tr("the same learner"),
            "merged by name": self.tr("merged into the learner of that name"),
            "kept apart": self.tr("kept apart as a new learner"),
        }.get(result.how, result.how)
        return self.tr(
            "{file}: {name} ({how}): reviews added: {reviews}; quizzes added: {quizzes}."
        ).format(
            file=name,
            name=result.learner_name,
            how=how,
            reviews=numbers.count(result.reviews_added),
            quizzes=numbers.count(result.attempts_added),
        )
