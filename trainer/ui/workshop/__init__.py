"""Facilitator workshop mode (Qt): builder, presenter (audience + console), printing.

File ▸ Workshop… opens the builder (``AppController.open_workshop``): its window
:class:`trainer.ui.workshop.builder_view.BuilderWindow` and its presenter
:class:`trainer.ui.workshop.builder_presenter.BuilderPresenter` (``builder_*`` modules:
before the workshop). The workshop then runs on the stage (``stage*`` modules: the live
console and audience windows): :class:`trainer.ui.workshop.stage.StagePresenter`. The
Qt-free model lives in :mod:`trainer.core.workshop`; see ``docs/workshop.md``.
"""
