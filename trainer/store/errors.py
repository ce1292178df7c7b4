"""Errors a user can act on when the progress database cannot be used.

Every error carries a plain message naming the file and what to do. None of
them is raised after overwriting or deleting the original database file. This is
the one place where the store's messages are worded: :func:`translate` for
database errors, the functions after it for what the checks before opening find.
"""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import exc as sa_exc

from trainer.errors import UserError

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreError(UserError):
    """Base class: the progress database cannot be used; the message says why."""


class StoreTooNewError(StoreError):
    """The database was written by a newer Trainer; it is left untouched."""


class StoreCorruptError(StoreError):
    """The file is not a readable Trainer database (damaged or not SQLite)."""


class StoreMissingError(StoreCorruptError):
    """The database file is gone although backups of it exist (moved or deleted): like
    damage, a backup is offered rather than a new, empty database."""


class StoreLockedError(StoreError):
    """Another program (or another Trainer window) holds the database."""


class StoreReadOnlyError(StoreError):
    """The database or its folder cannot be written."""


class StoreDiskFullError(StoreError):
    """The disk (or the database's size limit) is full."""


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind a sqlite3 or SQLAlchemy error."""
    orig: BaseException | None = error
    if isinstance(error, sa_exc.DBAPIError):
        orig = error.orig
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    return None


def translate(error: BaseException, where: str) -> StoreError | None:
    """Map a database error to the user-facing error, or None when it is a bug.

    ``where`` names the database (a path or URL) in the message.
    """
    code = sqlite_code(error)
    text = str(error).lower()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return StoreLockedError(
            f"The progress database {where} is in use by another program or Trainer "
            "window. Close the other one and try again."
        )
    if code == _SQLITE_READONLY or "readonly database" in text:
        return StoreReadOnlyError(
            f"The progress database {where} cannot be written: the file or its folder "
            "is read-only. Make it writable or choose another data folder."
        )
    if code == _SQLITE_CANTOPEN or "unable to open database" in text:
        return StoreReadOnlyError(
            f"The progress database {where} cannot be opened or created. Check that "
            "the folder exists and is writable."
        )
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreDiskFullError(
            f"The disk holding the progress database {where} is full. Free some space "
            "and try again; nothing already saved was lost."
        )
    if (
        code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        or "malformed" in text
        or ("not a database" in text)
    ):
        return StoreCorruptError(
            f"The progress database {where} is damaged or is not a Trainer database. "
            "Restore a backup (Trainer keeps them in the backups folder); the damaged "
            "file has not been changed."
        )
    if code == _SQLITE_IOERR:
        return StoreError(
            f"Trainer could not read or write the progress database {where} (input/output "
            "error). Check the disk and free space, then try again."
        )
    return None


def is_database_error(error: BaseException) -> bool:
    """True for errors coming from the database driver."""
    return isinstance(error, (sqlite3.Error, sa_exc.DBAPIError))


# -- what the checks before opening find (``trainer.store.filecheck``) --------------
def not_a_file(where: str, *, folder: bool) -> StoreError:
    what = "a folder" if folder else "not a regular file (a device, a pipe or a socket)"
    return StoreError(
        f"The progress database {where} is {what}, so Trainer cannot use it. "
        "Move it out of the way or choose another data folder; nothing was changed."
    )


def empty_database(where: str, how: str) -> StoreCorruptError:
    return StoreCorruptError(
        f"The progress database {where} is empty ({how}), although there are backups of "
        "your progress. It was probably damaged, for example by a full disk or a copy "
        "that did not finish. Restore a backup; the empty file has not been changed."
    )


def missing_database(where: str, folder: str) -> StoreMissingError:
    return StoreMissingError(
        f"The progress database {where} is missing, although the backups folder {folder} "
        "holds backups of your progress: it may have been moved or deleted. Restore a "
        "backup, or start with no progress; the backups are kept either way."
    )


def cut_short(where: str, size: int, needed: int) -> StoreCorruptError:
    return StoreCorruptError(
        f"The progress database {where} is damaged: it holds {size} bytes where it "
        f"should hold {needed}, so part of it is missing. Restore a backup (Trainer keeps "
        "them in the backups folder); the damaged file has not been changed."
    )


def read_only_file(where: str) -> StoreReadOnlyError:
    return StoreReadOnlyError(
        f"The progress database {where} is read-only, so Trainer cannot save your "
        "progress in it. Make the file writable, or choose another data folder; nothing "
        "was changed."
    )


def read_only_folder(folder: str, where: str) -> StoreReadOnlyError:
    return StoreReadOnlyError(
        f"The folder {folder} is read-only, so Trainer cannot save your progress in "
        f"the progress database {where} (SQLite writes its journal files beside it). "
        "Make the folder writable, or choose another data folder; nothing was changed."
    )


# -- database URLs (``trainer.store.engine``) ----------------------------------------
URL_EXAMPLE = "sqlite:///path/to/trainer.sqlite3 or postgresql+psycopg://user@host/trainer"


def hide_password(text: str) -> str:
    """``text`` with anything between ``user:`` and ``@`` replaced by ``***``."""
    return re.sub(r"([^:/@]*):[^:/@]*@", r"\1:***@", text, count=1)


def unusable_url(shown: str, given: str, reason: str) -> StoreError:
    """A database URL that cannot be used; ``given`` says where it came from."""
    return StoreError(
        f"The database URL {hide_password(shown)!r} {given} cannot be used: {reason}. "
        "Correct it, or remove it to keep your progress in the data folder."
    )
