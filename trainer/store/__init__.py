"""Progress storage: SQLAlchemy models, engine set-up, migrations, backups (no Qt).

Public API: :func:`open_store`, :class:`Store`, :class:`BackupInfo`,
:func:`recover_from_backup` and the errors (:class:`StoreError` and its subclasses).

The names load on first use (``trainer.lazy_exports``): the modules that read the
progress file without SQLAlchemy (``fast``, ``frozen_sql``, ``millis``,
``sqlite_read``) can be imported without paying for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from trainer.store.backups import BackupInfo, RecoveryResult, recover_from_backup
    from trainer.store.errors import (
        StoreCorruptError,
        StoreDiskFullError,
        StoreError,
        StoreLockedError,
        StoreMissingError,
        StoreReadOnlyError,
        StoreTooNewError,
    )
    from trainer.store.store import Clock, Store, open_store, system_clock

__getattr__ = lazy_exports(
    __name__,
    {
        "backups": "BackupInfo RecoveryResult recover_from_backup",
        "errors": (
            "StoreCorruptError StoreDiskFullError StoreError StoreLockedError "
            "StoreMissingError StoreReadOnlyError StoreTooNewError"
        ),
        "store": "Clock Store open_store system_clock",
    },
)

__all__ = [
    "BackupInfo",
    "Clock",
    "RecoveryResult",
    "Store",
    "StoreCorruptError",
    "StoreDiskFullError",
    "StoreError",
    "StoreLockedError",
    "StoreMissingError",
    "StoreReadOnlyError",
    "StoreTooNewError",
    "open_store",
    "recover_from_backup",
    "system_clock",
]
