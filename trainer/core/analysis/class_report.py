"""The Class report as HTML for printing: one summary page, then one page per learner.

Every text a person or a file brought (learners' names, bank titles, topics) is escaped
here; the UI lays the HTML out on pages (``trainer/ui/workshop_print.py``, each page's
header is its ``<h1>``) and writes the PDF through ``trainer/core/outfile.py``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime

from trainer.core import numbers
from trainer.core.analysis.class_view import ClassFilters, GroupRow, LearnerRow

_BREAK = '<p style="page-break-before: always"></p>'
_STYLE = (
    "<style>table { border-collapse: collapse; } td, th { padding: 3px 8px; "
    "border: 1px solid #888; } th { text-align: left; } .n { text-align: right; }</style>"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _share(value: float | None) -> str:
    return "–" if value is None else numbers.percent(value)


def _when(value: datetime | None) -> str:
    return "never" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def _row(cells: Sequence[object], numeric_from: int) -> str:
    return (
        "<tr>"
        + "".join(
            f'<td class="n">{_e(c)}</td>' if n >= numeric_from else f"<td>{_e(c)}</td>"
            for n, c in enumerate(cells)
        )
        + "</tr>"
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], numeric_from: int) -> str:
    head = "<tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr>"
    body = "".join(_row(r, numeric_from) for r in rows)
    return f'<table width="100%">{head}{body}</table>'


def _filters_text(filters: ClassFilters, titles: Mapping[str, str]) -> str:
    banks = ", ".join(titles.get(b, b) for b in filters.banks) or "all banks"
    topics = ", ".join(filters.topics) or "all topics"
    return f"Questions counted: {banks}; {topics}."


def _summary(learners: Sequence[LearnerRow]) -> str:
    header = ("Learner", "Origin", "Last activity", "Reviews", "Accuracy", "Mastered", "Mastery")
    rows = [
        (r.name, r.origin, _when(r.last_activity), numbers.count(r.reviews), _share(r.accuracy),
         f"{numbers.count(r.mastered)} / {numbers.count(r.items)}", _share(r.mastery))
        for r in learners
    ]  # fmt: skip
    return _table(header, rows, 3)


def _groups(groups: Sequence[GroupRow], titles: Mapping[str, str]) -> str:
    header = ("Bank / topic", "Reviews", "Accuracy", "Mastered", "Mastery")
    rows = [
        (f"– {g.topic}" if g.topic else titles.get(g.bank_id, g.bank_id),
         numbers.count(g.reviews), _share(g.accuracy),
         f"{numbers.count(g.mastered)} / {numbers.count(g.items)}", _share(g.mastery))
        for g in groups
    ]  # fmt: skip
    return _table(header, rows, 1)


def report_html(
    learners: Sequence[LearnerRow],
    filters: ClassFilters,
    titles: Mapping[str, str],
    made_at: datetime,
) -> str:
    """The report: a summary page of every learner, then a page for each (in the order
    given); ``titles`` are the banks' titles by id."""
    parts = [
        f"<html><head>{_STYLE}</head><body>",
        "<h1>Class summary</h1>",
        f"<p>{_e(_filters_text(filters, titles))} Made {_e(_when(made_at))}; "
        f"{_e(numbers.count(len(learners)))} learners.</p>",
        _summary(learners),
    ]
    for r in learners:
        parts += [
            _BREAK,
            f"<h1>{_e(r.name)}</h1>",
            f"<p>{_e(r.origin.capitalize())} learner. Last activity: {_e(_when(r.last_activity))}. "
            f"Reviews: {_e(numbers.count(r.reviews))}; accuracy {_e(_share(r.accuracy))}; "
            f"mastered {_e(numbers.count(r.mastered))} of {_e(numbers.count(r.items))} "
            f"questions; mastery {_e(_share(r.mastery))}.</p>",
            _groups(r.groups, titles) if r.groups else "<p>No questions of these banks.</p>",
        ]
    parts.append("</body></html>")
    return "".join(parts)
