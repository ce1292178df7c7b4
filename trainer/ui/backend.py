"""The core objects one window works with, used only from the task runner's worker thread.

``Backend`` holds the loaded banks, the open progress store and the engine's
``Trainer`` service. The screens' presenters call its attributes inside
``TaskRunner.run`` jobs, so every database access happens on the one worker
thread, in order. It holds no Qt objects and makes no decisions of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.overview import Overview, summarise
from trainer.paths import backups_dir, cache_dir, database_path, shipped_banks_dir, user_banks_dir

if TYPE_CHECKING:
    from trainer.core.banks import LoadResult, Question
    from trainer.core.engine import Profile, Trainer
    from trainer.store import Store


@dataclass(frozen=True)
class Loaded:
    """What a (re)load produced: the overview of the banks and the profiles."""

    overview: Overview
    profiles: list[Profile]
    sources: dict[str, str]
    """Bank id → ``"shipped"`` or ``"user"``."""


class Backend:
    """Banks, store and engine for one data directory (worker thread only)."""

    def __init__(self, data_dir: Path, bank_paths: list[Path] | None = None) -> None:
        self.data_dir = data_dir
        self.bank_paths = bank_paths
        """Override of the bank folders (tests); default: shipped + the user's folder."""
        self.result: LoadResult | None = None
        self.store: Store | None = None
        self.trainer: Trainer | None = None

    def paths(self) -> list[Path]:
        if self.bank_paths is not None:
            return list(self.bank_paths)
        user = user_banks_dir(self.data_dir)
        return [shipped_banks_dir()] + ([user] if user.is_dir() else [])

    def load(self) -> Loaded:
        """Load the banks, open the store (first time) and record the items."""
        from trainer.core.banks import load_banks
        from trainer.core.engine import Trainer
        from trainer.store import open_store

        result = load_banks(self.paths(), cache_dir=cache_dir(self.data_dir))
        if self.store is None:
            self.store = open_store(
                database_path(self.data_dir), backups_dir=backups_dir(self.data_dir)
            )
        if self.trainer is None:
            self.trainer = Trainer(self.store, result.questions)
        else:
            self.trainer.sync_items(result.questions)
        self.result = result
        user = user_banks_dir(self.data_dir).resolve()
        sources = {
            bank.id: "user" if user in bank.path.resolve().parents else "shipped"
            for bank in result.banks
        }
        return Loaded(summarise(result), self.trainer.profiles(), sources)

    @property
    def engine(self) -> Trainer:
        if self.trainer is None:
            raise RuntimeError("the banks are not loaded yet")
        return self.trainer

    def question(self, item_id: str) -> Question:
        assert self.result is not None
        return self.result.by_id[item_id]

    def close(self) -> None:
        """Back up if anything changed and release the database."""
        if self.store is not None:
            self.store.close()
            self.store = None
            self.trainer = None
