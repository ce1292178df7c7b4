"""Facilitator workshop mode (Qt): builder, presenter (audience + console), printing.

Entry point for the main window's menu::

    from trainer.ui.workshop import open_workshop_builder
    open_workshop_builder(parent, data_dir, tasks)

The Qt-free model lives in :mod:`trainer.core.workshop`; see ``docs/workshop.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trainer.ui.tasks import TaskRunner
    from trainer.ui.workshop.builder_dialog import WorkshopBuilder


def open_workshop_builder(
    parent: QWidget | None, data_dir: Path, tasks: TaskRunner
) -> WorkshopBuilder:
    """Open the workshop builder (non-modal); it offers unfinished sessions for resuming."""
    from trainer.ui.workshop.builder_dialog import WorkshopBuilder

    builder = WorkshopBuilder(data_dir, tasks, parent)
    builder.show()
    return builder
