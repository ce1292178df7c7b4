"""Load the translation of the user's language (``resources/translations/trainer_<lang>.qm``).

All text goes through ``self.tr`` / ``QCoreApplication.translate``; French or
Spanish are added by translating ``trainer_en.ts`` into ``trainer_fr.ts`` with Qt
Linguist and compiling it with ``pyside6-lrelease``. The English file holds the
plural forms ("1 day" / "2 days"); ``make translations`` collects new texts into it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from trainer.core import numbers
from trainer.paths import resources_dir

_installed: list[QTranslator] = []


def install_translator(locale: QLocale | None = None) -> str | None:
    """Install the best translation for ``locale`` (default: the system's); returns its name."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return None
    folder = str(resources_dir() / "translations")
    translator = QTranslator(app)
    locale = locale or QLocale.system()
    numbers.set_locale(locale.name())  # numbers are written for the same locale
    if translator.load(locale, "trainer", "_", folder) or translator.load("trainer_en", folder):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return translator.filePath()
    return None
