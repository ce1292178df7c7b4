"""Print workshop documents to PDF with Qt's own text engine (QTextDocument + QPdfWriter).

The documents themselves (paper versions, answer keys, score sheet) are HTML made by the
Qt-free :mod:`trainer.core.workshop.printable`; this module lays them out on pages:

* a question (from its ``<a name="q<n>">`` to the next) is never split across two
  pages: it starts a new page when it would not fit on what is left of the current one;
* every page has a header with the heading of its part ("Quiz — version A") and its
  page number, so a loose page says which version it belongs to.

The PDF is made in memory and written with :func:`trainer.core.outfile.write_output_file`
(atomic, through symbolic links, never over a folder or a device).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from trainer.core.outfile import write_output_file
from trainer.core.workshop.printable import QUESTION_ANCHOR

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
HEADER_PT = 9.0


def _ensure_gui() -> None:
    if QGuiApplication.instance() is None:  # fonts need an application object...
        # ...but no screen: `trainer print` must work over SSH and in scripts.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def _anchor_names(block: QTextBlock) -> list[str]:
    names: list[str] = []
    fragments = block.begin()
    while not fragments.atEnd():
        names += fragments.fragment().charFormat().anchorNames()
        fragments += 1
    return names


def _top_level(document: QTextDocument) -> list[tuple[QTextBlock | None, QRectF]]:
    """The document's top-level paragraphs (with their block) and tables (``None``),
    with their rectangles in document coordinates, in reading order."""
    layout = document.documentLayout()
    items: list[tuple[QTextBlock | None, QRectF]] = []
    it = document.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            items.append((None, layout.frameBoundingRect(frame)))
        else:
            block = it.currentBlock()
            items.append((block, layout.blockBoundingRect(block)))
        it += 1
    return items


def _keep_questions_together(document: QTextDocument, page_height: float) -> None:
    """Move to the next page each question that would be split across two."""
    moved: set[int] = set()
    while True:
        items = _top_level(document)
        starts = [
            n
            for n, (block, _rect) in enumerate(items)
            if block is not None
            and any(name.startswith(QUESTION_ANCHOR) for name in _anchor_names(block))
        ]
        for index, start in enumerate(starts):
            block, first = items[start]
            assert block is not None
            end = starts[index + 1] if index + 1 < len(starts) else len(items)
            bottom = first.bottom()
            for other, rect in items[start + 1 : end]:
                fmt = other.blockFormat() if other is not None else None
                if other is not None and (fmt is not None and fmt.headingLevel()):
                    break  # the next part
                bottom = max(bottom, rect.bottom())
            same_page = int(first.top() // page_height) == int((bottom - 1) // page_height)
            fits = bottom - first.top() <= page_height
            if not same_page and fits and block.position() not in moved:
                moved.add(block.position())
                breaking = QTextBlockFormat()
                breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(breaking)
                break  # the layout below has changed: look again
        else:
            return


def _headings_by_page(document: QTextDocument, page_height: float, pages: int) -> list[str]:
    """The heading in force at the top of each page (the last part heading before it)."""
    headings: list[tuple[float, str]] = [
        (rect.top(), block.text())
        for block, rect in _top_level(document)
        if block is not None and block.blockFormat().headingLevel() == 1
    ]
    shown = []
    for page in range(pages):
        bottom = (page + 1) * page_height
        current = [text for top, text in headings if top < bottom]
        shown.append(current[-1] if current else "")
    return shown


def html_to_pdf_bytes(html: str, paper: str = "a4", title: str = "Trainer workshop") -> bytes:
    """``html`` laid out as a PDF on A4 or Letter paper (works offscreen); each page's
    header is the ``<h1>`` in force on it."""
    _ensure_gui()
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPER[paper]))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Trainer")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    header_font = QFont()
    header_font.setPointSizeF(HEADER_PT)
    header_height = round(HEADER_PT / 72 * RESOLUTION * 2.2)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(QSizeF(area.width(), area.height() - header_height))
    page_height = document.pageSize().height()
    _keep_questions_together(document, page_height)
    pages = document.pageCount()
    headings = _headings_by_page(document, page_height, pages)
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.setFont(header_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line = QRectF(0, 0, area.width(), header_height * 0.6)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, headings[page])
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"{page + 1} / {pages}")
            painter.translate(0, header_height - page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, area.width(), page_height))
            painter.restore()
    finally:
        painter.end()
    del writer  # finishes the PDF
    buffer.close()
    data = bytes(content.data())
    if not data.startswith(b"%PDF"):
        raise OSError("the PDF could not be made")
    return data


def html_to_pdf(html: str, path: Path | str, paper: str = "a4") -> Path:
    """Render ``html`` to a PDF at ``path`` on A4 or Letter paper; returns the real path."""
    return write_output_file(path, html_to_pdf_bytes(html, paper))
