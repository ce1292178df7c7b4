"""The bank format's version, the file size limit, and reading a file within it.

Only the standard library: the bank cache and the loader use these on every start,
before they know whether YAML and the Pydantic models are needed at all.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FORMAT_VERSION = 1
"""The version of the bank format this Trainer reads (``format: 1``)."""
MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused before parsing."""


class FileRefused(ValueError):
    """A bank or workshop file that is not read: its message says why, plainly."""


def read_file(path: Path) -> bytes:
    """The bytes of a bank or workshop file; :class:`FileRefused` when it cannot be one.

    Only a regular file of at most :data:`MAX_BYTES` is read: a device (``/dev/zero``), a
    pipe or a folder is refused without reading, and a pipe is opened without blocking.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefused(f"cannot read the file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not a regular file; choose a workshop or bank file (.yaml)")
        if info.st_size > MAX_BYTES:
            raise FileRefused(f"the file is larger than {MAX_BYTES // 2**20} MB")
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FileRefused(f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise FileRefused(f"the file is larger than {MAX_BYTES // 2**20} MB")
    return data
