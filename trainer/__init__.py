"""Trainer: offline flashcards and quizzes on international migration governance.

Layers (arrows point one way):  ``trainer.ui`` -> ``trainer.core`` / ``trainer.store``.
Only ``trainer.ui`` imports Qt; ``tests/test_layering.py`` enforces it.
"""

__version__ = "0.1.0"
APP_NAME = "Trainer"
