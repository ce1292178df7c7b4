"""Write an output file (an export, a printout, a saved workshop) safely.

Every file Trainer writes for the user goes through :func:`write_output_file`:

- the bytes go to a new temporary file beside the target, are flushed to disk, and the
  temporary file is then renamed over the target, so a crash or a full disk never leaves
  a half-written file behind;
- a symbolic link is followed: the file it points to is replaced (the link stays a link);
- anything that is not a regular file (a folder, a device such as ``/dev/stdout``, a
  named pipe, a socket) is refused with a plain message, never replaced;
- the permissions of a file that is replaced are kept.

Problems are raised as :class:`OutputFileError`, an ``OSError`` whose text is a complete
sentence naming the path.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from trainer.errors import UserError


class OutputFileError(UserError, OSError):
    """The output file cannot be written; ``str(error)`` is the message for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "The file cannot be written."


def _real_target(path: Path) -> Path:
    """``path`` with its symbolic links followed (the file that will be written)."""
    real = Path(os.path.realpath(path))
    if real.is_symlink():  # a loop or a link realpath could not follow
        raise OutputFileError(f"Cannot write {path}: it is a symbolic link that leads nowhere.")
    return real


def _check_target(path: Path, real: Path) -> int | None:
    """The permission bits of the existing file at ``real`` (None when there is none)."""
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputFileError(f"Cannot write {path}: {error.strerror or error}.") from error
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputFileError(f"Cannot write {path}: it is a folder; give a file name.")
        if not stat.S_ISREG(info.st_mode):
            raise OutputFileError(
                f"Cannot write {path}: it is not an ordinary file (a device, a pipe or a "
                "socket); give the name of a file."
            )
        return stat.S_IMODE(info.st_mode)
    if not real.parent.is_dir():
        raise OutputFileError(f"Cannot write {path}: the folder {real.parent} does not exist.")
    return None


def _new_temporary(real: Path) -> tuple[int, Path]:
    """A new file beside ``real`` (created exclusively, with the usual permissions)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = real.with_name(f".{real.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def write_output_file(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the real path written.

    See the module's docstring for what is followed, refused and kept.
    """
    path = Path(path)
    real = _real_target(path)
    mode = _check_target(path, real)
    try:
        fd, temp = _new_temporary(real)
    except OSError as error:
        raise OutputFileError(f"Cannot write {path}: {error.strerror or error}.") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, real)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputFileError(f"Cannot write {path}: {error.strerror or error}.") from error
    return real
