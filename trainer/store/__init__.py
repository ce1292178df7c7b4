"""Progress storage: SQLAlchemy models, engine set-up, migrations, backups (no Qt).

Public API: :func:`open_store`, :class:`Store`, :class:`BackupInfo`,
:func:`recover_from_backup` and the errors (:class:`StoreError` and its subclasses).
"""

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
