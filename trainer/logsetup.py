"""Logging to a rotating file in the data directory (no Qt).

Users never see a traceback: the full details go to ``<data>/logs/trainer.log``
and the screens show a plain sentence with that path.
"""

from __future__ import annotations

import logging
from pathlib import Path

from trainer.paths import log_dir

LOG_FILE_NAME = "trainer.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _RotatingFileHandlerOnFirstUse(logging.Handler):
    """The standard ``RotatingFileHandler``, created when the first record comes.

    Importing ``logging.handlers`` costs about 7 ms, which would otherwise be paid
    before the window's first paint.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._real is None:
            import logging.handlers

            self._real = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            self._real.setFormatter(self.formatter)
        self._real.emit(record)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()


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
        if isinstance(handler, _RotatingFileHandlerOnFirstUse):
            root.removeHandler(handler)
            handler.close()
    handler = _RotatingFileHandlerOnFirstUse(path)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
