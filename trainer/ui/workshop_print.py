"""Print workshop documents to PDF with Qt's own text engine (QTextDocument + QPdfWriter).

The documents themselves (paper versions A/B, answer keys, score sheet) are HTML made
by the Qt-free :mod:`trainer.core.workshop.printable`; this module only lays them out.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def html_to_pdf(html: str, path: Path | str, paper: str = "a4") -> None:
    """Render ``html`` to a PDF at ``path`` on A4 or Letter paper (works offscreen)."""
    if QGuiApplication.instance() is None:  # fonts need an application object...
        # ...but no screen: `trainer print` must work over SSH and in scripts.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAPER[paper]))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Trainer workshop")
    writer.setCreator("Trainer")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)  # scales from screen to printer resolution and paginates
    del writer  # closes the file
    # QPdfWriter reports a file it cannot open only on stderr; check for the file.
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
