"""Importing several progress files: each checked, then merged in its own transaction.

A file that cannot be read, is damaged, foreign or too new, or whose learner has a
namesake here while no choice was given, is refused alone with its message; the others
are imported. The database is backed up (label ``pre-import``) before the first file
that passed its checks is merged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer.core.progress_files.container import (
    ProgressFile,
    ProgressFileError,
    read_progress_file,
)
from trainer.core.progress_files.matching import Match, SameName, SameNameError, find_match
from trainer.core.progress_files.merge import MergeResult, merge_progress
from trainer.store import Store

BACKUP_LABEL = "pre-import"


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import: its result, or why it was refused (``error``)."""

    path: Path
    result: MergeResult | None = None
    error: str | None = None
    needs_choice: bool = False
    """Refused only because its learner has a namesake here and no choice was given."""


@dataclass(frozen=True)
class FilePreview:
    """A file read before importing it: who it is of and whom it matches here."""

    path: Path
    file: ProgressFile | None
    match: Match | None
    error: str | None


def preview_files(store: Store, paths: Sequence[Path | str]) -> list[FilePreview]:
    """Read and check each file and find its learner here, changing nothing (the app asks
    about namesakes with this before importing)."""
    previews = []
    for path in map(Path, paths):
        try:
            file = read_progress_file(path)
        except ProgressFileError as error:
            previews.append(FilePreview(path, None, None, str(error)))
            continue
        with store.read() as conn:
            match = find_match(conn, file.progress.learner)
        previews.append(FilePreview(path, file, match, None))
    return previews


def import_progress_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    clock: Callable[[], datetime],
    same_name: SameName | None = None,
    choices: Mapping[Path, SameName] | None = None,
) -> list[FileOutcome]:
    """Import ``paths`` in order; ``choices`` says per file, ``same_name`` for the others,
    what to do with a learner who has a namesake here (None: refuse such a file)."""
    outcomes = []
    backed_up = False
    for path in map(Path, paths):
        choice = (choices or {}).get(path, same_name)
        try:
            file = read_progress_file(path)
            if not backed_up:
                store.backup_now(label=BACKUP_LABEL)
                backed_up = True
            result = merge_progress(store, file, same_name=choice, now=clock())
        except ProgressFileError as error:
            conflict = isinstance(error, SameNameError)
            outcomes.append(FileOutcome(path, error=str(error), needs_choice=conflict))
            continue
        outcomes.append(FileOutcome(path, result=result))
    return outcomes
