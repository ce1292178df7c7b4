"""Logging to a rotating file in the data directory (no Qt).

Users never see a traceback: the full details go to ``<data>/logs/trainer.log``
and the screens show a plain sentence with that path.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from trainer.paths import log_dir

LOG_FILE_NAME = "trainer.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILE_NAME


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the ``trainer`` loggers (and warnings) to a rotating file; return its path.

    Calling it again for another data directory replaces the previous handler.
    """
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("trainer")
    for handler in list(root.handlers):
        if getattr(handler, "_trainer_file", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler._trainer_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
