"""Facilitator workshop mode (Qt): builder, presenter (audience + console), printing.

Entry point for the main window's menu::

    from trainer.ui.workshop import open_workshop_builder
    open_workshop_builder(parent, data_dir, tasks)

The Qt-free model lives in :mod:`trainer.core.workshop`; see ``docs/workshop.md``.
"""
