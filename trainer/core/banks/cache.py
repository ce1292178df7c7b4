"""On-disk cache of loaded banks, keyed by the SHA-256 of the file's bytes.

An entry is ``marshal`` data (plain tuples, strings and numbers; never pickle) holding
the bank header and every question as :meth:`Question.to_plain` tuples. The key also
covers the cache layout, the bank format, the app version, the Python version (marshal's
format may change between versions) and the generation seed. A missing, stale or corrupt
entry is simply a miss: the bank is loaded from YAML and the entry rewritten.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from trainer import __version__
from trainer.core.banks.limits import FORMAT_VERSION
from trainer.core.banks.questions import QUESTION_TYPES, Question

CACHE_LAYOUT = 2
VERSION_KEY = (
    f"layout{CACHE_LAYOUT}-format{FORMAT_VERSION}-app{__version__}"
    f"-py{sys.version_info[0]}.{sys.version_info[1]}"
)
MAX_ENTRIES = 64
"""Entries kept; older ones (by modification time) are removed after a write."""
Header = tuple[str, str, str, str, str, str]
"""Bank id, title, version, language, description, source."""


def entry_path(cache_dir: Path, file_hash: str, seed: int) -> Path:
    return cache_dir / f"bank-{file_hash}-{seed}.marshal"


def read(cache_dir: Path, file_hash: str, seed: int) -> tuple[Header, list[Question]] | None:
    """The cached header and questions, or ``None`` on a miss or a damaged entry."""
    try:
        data: Any = marshal.loads(entry_path(cache_dir, file_hash, seed).read_bytes())
        if data[0] != VERSION_KEY or data[1] != file_hash or data[2] != seed:
            return None
        header: Header = tuple(data[3])
        if len(header) != 6 or not all(isinstance(h, str) for h in header):
            return None
        types = QUESTION_TYPES
        return header, [types[values[1]](*values) for values in data[4]]
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        return None


def write(
    cache_dir: Path, file_hash: str, seed: int, header: Header, questions: list[Question]
) -> None:
    """Store an entry atomically (write then rename); a failure to write is ignored."""
    payload = marshal.dumps(
        (VERSION_KEY, file_hash, seed, header, tuple(q.to_plain() for q in questions))
    )
    target = entry_path(cache_dir, file_hash, seed)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-", suffix=".marshal")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        return
    prune(cache_dir)


def prune(cache_dir: Path, keep: int = MAX_ENTRIES) -> None:
    """Remove all but the ``keep`` most recently written entries (errors are ignored)."""
    with contextlib.suppress(OSError):
        entries = sorted(
            cache_dir.glob("bank-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True
        )
        for old in entries[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()
