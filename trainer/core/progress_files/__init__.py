"""Progress files: one learner's progress as one small file, exported and merged.

A trainee exports their progress (``export_progress``); a facilitator, or the same
trainee on another laptop, imports any number of such files (``import_progress_files``)
safely and repeatedly: only what is new is added, in any order, and each learner's
memory is rebuilt from the merged review log. The format is in ``docs/progress-file.md``.
"""

from trainer.core.progress_files.container import (
    SUFFIX,
    ProgressFile,
    ProgressFileError,
    read_progress_file,
)
from trainer.core.progress_files.export import ExportSummary, export_progress, progress_of
from trainer.core.progress_files.imports import (
    FileOutcome,
    FilePreview,
    import_progress_files,
    preview_files,
)
from trainer.core.progress_files.matching import Match, MatchKind, SameName, SameNameError
from trainer.core.progress_files.merge import MergeResult, merge_progress
from trainer.core.progress_files.schema import FORMAT_VERSION

__all__ = [
    "FORMAT_VERSION",
    "SUFFIX",
    "ExportSummary",
    "FileOutcome",
    "FilePreview",
    "Match",
    "MatchKind",
    "MergeResult",
    "ProgressFile",
    "ProgressFileError",
    "SameName",
    "SameNameError",
    "export_progress",
    "import_progress_files",
    "merge_progress",
    "preview_files",
    "progress_of",
    "read_progress_file",
]
