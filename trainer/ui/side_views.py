"""What the side presenters (``trainer.ui.side_presenters``) need of their screens.

The real screens are ``ProgressScreen`` (``trainer.ui.progress``), ``ProfilesScreen``
(``trainer.ui.profiles``), ``SettingsScreen`` (``trainer.ui.settings_screen``),
``BanksScreen`` (``trainer.ui.banks_screen``) and ``QuizSetupScreen``
(``trainer.ui.quiz_setup``); the presenter tests (``tests/presenters``) plug in fakes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from trainer.core.overview import Overview
    from trainer.ui.progress import ProgressData
    from trainer.ui.settings_screen import SettingsValues


class ProgressView(Protocol):
    """The Progress screen."""

    def show_progress(self, data: ProgressData) -> None: ...


class ProfilesView(Protocol):
    """The Profiles screen: it asks before a delete, the presenter does it."""

    @property
    def create_requested(self) -> SignalInstance: ...
    @property
    def switch_requested(self) -> SignalInstance: ...
    @property
    def rename_requested(self) -> SignalInstance: ...
    @property
    def delete_requested(self) -> SignalInstance: ...
    def set_profiles(self, profiles: list[tuple[int, str]], current: int | None) -> None: ...
    def show_message(self, text: str, error: bool = True) -> None: ...
    def clear_name(self) -> None: ...


class SettingsView(Protocol):
    """The Settings screen."""

    @property
    def apply_requested(self) -> SignalInstance: ...
    def set_values(self, values: SettingsValues) -> None: ...
    def show_message(self, text: str, error: bool = True) -> None: ...


class BanksView(Protocol):
    """The Banks screen."""

    @property
    def reload_requested(self) -> SignalInstance: ...
    @property
    def open_folder_requested(self) -> SignalInstance: ...
    def show_banks(self, overview: Overview, sources: dict[str, str], folder: str) -> None: ...
    def show_folder(self, folder: Path) -> None: ...


class QuizSetupView(Protocol):
    """The quiz setup's choices."""

    def set_options(
        self,
        banks: list[tuple[str, str]],
        topics_by_bank: dict[str, list[str]],
        kinds: list[str],
        chosen_banks: tuple[str, ...] = (),
    ) -> None: ...
