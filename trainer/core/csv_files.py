"""Text every file Trainer writes can hold, and the one CSV writer.

:func:`holdable_text` replaces the characters no export format can hold;
:func:`csv_document` writes every CSV (results, item analysis, the class view), with
the cells a spreadsheet would run as formulas neutralised (OWASP). Light to import: the
Class and analysis screens use it before any workshop module is loaded.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

UNHOLDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters an export cannot hold: control characters other than tab and line breaks
(XML 1.0 forbids them, Anki's field separator is ``\\x1f``), lone surrogates and the
non-characters U+FFFE and U+FFFF."""

REPLACEMENT = "\ufffd"


def holdable_text(text: str) -> str:
    """``text`` with each character in :data:`UNHOLDABLE` replaced by U+FFFD (so the reader
    still sees that something was there)."""
    return UNHOLDABLE.sub(REPLACEMENT, text)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a text cell as a formula (OWASP, "CSV injection")."""


def spreadsheet_safe(cell: object) -> object:
    """``cell`` as a CSV cell no spreadsheet runs: a text starting with ``= + - @``, a tab
    or a carriage return gets a leading single quote (OWASP's advice); numbers (including
    negative ones) and other texts are kept as they are."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_document(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as CSV (the ``csv`` module's quoting, UTF-8 with a BOM so that spreadsheet
    programs detect the encoding), every text cell passed through :func:`holdable_text`
    and :func:`spreadsheet_safe`, then read back to check its shape. Every CSV Trainer
    writes is made here."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_csv_cell(c) for c in header])
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
        count += 1
    text = buffer.getvalue()
    read = list(csv.reader(io.StringIO(text, newline="")))
    if len(read) != count + 1 or any(len(r) != len(header) for r in read):
        raise ValueError("the CSV written does not read back as written")  # a bug: logged
    return text.encode("utf-8-sig")


def _csv_cell(cell: object) -> object:
    return spreadsheet_safe(holdable_text(cell) if isinstance(cell, str) else cell)
