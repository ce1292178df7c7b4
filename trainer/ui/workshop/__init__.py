"""Facilitator workshop mode (Qt): builder, presenter (audience + console), printing.

File ▸ Workshop… opens :class:`trainer.ui.workshop.stage_builder.BuilderWindow`
(``AppController.open_workshop``); the presenter is
:class:`trainer.ui.workshop.stage.StagePresenter`. The Qt-free model lives in
:mod:`trainer.core.workshop`; see ``docs/workshop.md``.
"""
