"""Print workshop documents to PDF with Qt's own text engine (QTextDocument + QPdfWriter).

The documents themselves (paper versions A/B, answer keys, score sheet) are HTML made
by the Qt-free :mod:`trainer.core.workshop.printable`; this module only lays them out.
The PDF is made in memory and written with :func:`trainer.core.outfile.write_output_file`
(atomic, through symbolic links, never over a folder or a device).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer.core.outfile import write_output_file

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def html_to_pdf_bytes(html: str, paper: str = "a4") -> bytes:
    """``html`` laid out as a PDF on A4 or Letter paper (works offscreen)."""
    if QGuiApplication.instance() is None:  # fonts need an application object...
        # ...but no screen: `trainer print` must work over SSH and in scripts.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPER[paper]))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("Trainer workshop")
    writer.setCreator("Trainer")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)  # scales from screen to printer resolution and paginates
    del writer  # finishes the PDF
    buffer.close()
    data = bytes(content.data())
    if not data.startswith(b"%PDF"):
        raise OSError("the PDF could not be made")
    return data


def html_to_pdf(html: str, path: Path | str, paper: str = "a4") -> Path:
    """Render ``html`` to a PDF at ``path`` on A4 or Letter paper; returns the real path."""
    return write_output_file(path, html_to_pdf_bytes(html, paper))
