"""Printable workshop documents as HTML (Qt-free): paper versions, answer keys, score sheet.

Each paper version (``"A"``, ``"B"``...) orders the questions and each question's options
by its own seed, derived from the workshop seed and the version letter, so versions differ
from each other and are the same every time they are printed. The HTML keeps to the
subset Qt's ``QTextDocument`` renders (headings, paragraphs, lists, tables,
``page-break-before``), so ``trainer/ui`` can print it to PDF with ``QPdfWriter``.
"""

from __future__ import annotations

import hashlib
import html
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.core.banks.questions import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.scoring import expected_text
from trainer.core.workshop.letters import KEY_LETTERS as LETTERS  # noqa: F401 (re-exported)
from trainer.core.workshop.letters import option_letter

PAGE_BREAK = '<div style="page-break-before: always"></div>'
STYLE = (
    "<style>body { font-family: sans-serif; font-size: 11pt; } h1 { font-size: 18pt; } "
    "td, th { padding: 4px; } .line { color: #555; } .q { page-break-inside: avoid; } "
    "table.scores td { padding: 10px 4px; }</style>"
)
QUESTION_ANCHOR = "q"
"""Each question's first paragraph starts with ``<a name="q<n>">``: the PDF printer keeps
everything from one such anchor to the next on one page."""
SCORE_COLUMNS = 10
"""Questions per table of the score sheet, so that each box is wide enough to write in."""


@dataclass(frozen=True, slots=True)
class PaperQuestion:
    """One question as printed in one version: its number and the order of its choices."""

    number: int
    question: Question
    choices: tuple[str, ...]
    """Options, entries to order or right-hand sides to match, in printed order (A, B...)."""

    @property
    def key(self) -> str:
        """The answer as it is written on the key of this version."""
        q = self.question
        if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
            right = set(q.correct_options)
            letters = [option_letter(i) for i, c in enumerate(self.choices) if c in right]
            texts = [c for c in self.choices if c in right]
            return ", ".join(letters) + " (" + "; ".join(texts) + ")"
        if isinstance(q, OrderingQuestion):
            return " ".join(option_letter(self.choices.index(e)) for e in q.sequence)
        if isinstance(q, MatchingQuestion):
            return ", ".join(
                f"{i + 1}–{option_letter(self.choices.index(right))}"
                for i, (_, right) in enumerate(q.pairs)
            )
        return expected_text(q)


def version_seed(seed: int, version: str) -> int:
    """The seed of one paper version (stable across runs and machines)."""
    digest = hashlib.sha256(f"{seed}:version:{version}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def paper_version(questions: Sequence[Question], seed: int, version: str) -> list[PaperQuestion]:
    """The questions in the order and with the choices of ``version``."""
    vseed = version_seed(seed, version)
    order = list(questions)
    random.Random(vseed).shuffle(order)
    out = []
    for number, q in enumerate(order, start=1):
        choices: tuple[str, ...] = ()
        if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
            choices = tuple(q.shuffled_options(vseed))
        elif isinstance(q, OrderingQuestion):
            choices = tuple(q.shuffled_items(vseed))
        elif isinstance(q, MatchingQuestion):
            choices = tuple(q.shuffled_rights(vseed))
        out.append(PaperQuestion(number, q, choices))
    return out


def _e(text: str) -> str:
    return html.escape(text)


def _lettered(choices: Sequence[str]) -> str:
    return "".join(f"<p>&nbsp;&nbsp;{option_letter(i)}. {_e(c)}</p>" for i, c in enumerate(choices))


def _question_html(pq: PaperQuestion) -> str:
    q = pq.question
    head = f'<p><a name="{QUESTION_ANCHOR}{pq.number}"><b>{pq.number}.</b></a> '
    if isinstance(q, ClozeQuestion):
        return head + _e(q.prompt) + "</p>"
    if isinstance(q, TrueFalseQuestion):
        return head + _e(q.prompt) + "</p><p>&nbsp;&nbsp;True&nbsp;&nbsp;/&nbsp;&nbsp;False</p>"
    body = head + _e(q.prompt)
    if isinstance(q, MultipleChoiceQuestion) and "all that apply" not in q.prompt.lower():
        body += " <i>(choose all that apply)</i>"
    body += "</p>"
    if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
        return body + _lettered(pq.choices)
    if isinstance(q, OrderingQuestion):
        return body + _lettered(pq.choices) + '<p class="line">Order: ______________</p>'
    if isinstance(q, MatchingQuestion):
        rows = "".join(
            f"<tr><td>{i + 1}. {_e(left)} ____</td><td>{option_letter(i)}. {_e(right)}</td></tr>"
            for i, (left, right) in enumerate(zip(q.lefts, pq.choices, strict=True))
        )
        return body + f"<table>{rows}</table>"
    unit = f" {q.unit}" if isinstance(q, NumericQuestion) and q.unit else ""
    return body + f'<p class="line">Answer: ______________________{_e(unit)}</p>'


def _document(title: str, body: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{_e(title)}</title>{STYLE}</head>'
        f"<body>{body}</body></html>"
    )


def handout_body(title: str, paper: Sequence[PaperQuestion], version: str) -> str:
    """The questions of one version (an HTML fragment)."""
    parts = [
        f"<h1>{_e(title)} — version {_e(version)}</h1>",
        "<p>Team: ______________________________</p>",
        *(f'<div class="q">{_question_html(pq)}</div>' for pq in paper),
    ]
    return "\n".join(parts)


def answer_key_body(title: str, paper: Sequence[PaperQuestion], version: str) -> str:
    """The answer key of one version (an HTML fragment)."""
    rows = "".join(f"<tr><td>{pq.number}</td><td>{_e(pq.key)}</td></tr>" for pq in paper)
    return (
        f"<h1>{_e(title)} — answer key, version {_e(version)}</h1>"
        f'<table border="1" cellspacing="0"><tr><th>#</th><th>Answer</th></tr>{rows}</table>'
    )


def score_sheet_body(
    title: str,
    questions: int,
    teams: Sequence[str] = (),
    blank_rows: int = 8,
    points_per_question: int = 1,
) -> str:
    """A table to score teams by hand: one row per team (or blank rows), one column per
    question, and a total (an HTML fragment)."""
    names = list(teams) or [""] * blank_rows
    tables = []
    for first in range(1, max(questions, 1) + 1, SCORE_COLUMNS):
        numbers = range(first, min(first + SCORE_COLUMNS, questions + 1))
        last = first + SCORE_COLUMNS > questions
        head = "".join(f'<th width="8%">{n}</th>' for n in numbers)
        total = '<th width="10%">Total</th>' if last else ""
        cells = "<td>&nbsp;</td>" * len(numbers) + ("<td>&nbsp;</td>" if last else "")
        rows = "".join(
            f'<tr><td width="22%">{_e(name) or "&nbsp;"}</td>{cells}</tr>' for name in names
        )
        tables.append(
            '<table class="scores" border="1" cellspacing="0" width="100%">'
            f"<tr><th>Team</th>{head}{total}</tr>{rows}</table><p></p>"
        )
    return (
        f"<h1>{_e(title)} — score sheet</h1>"
        f"<p>{points_per_question} point{'s' if points_per_question != 1 else ''} per question."
        "</p>" + "".join(tables)
    )


def handout_html(title: str, questions: Sequence[Question], seed: int, version: str) -> str:
    """A full HTML document: the questions of one version."""
    return _document(title, handout_body(title, paper_version(questions, seed, version), version))


def answer_key_html(title: str, questions: Sequence[Question], seed: int, version: str) -> str:
    """A full HTML document: the answer key of one version."""
    paper = paper_version(questions, seed, version)
    return _document(title, answer_key_body(title, paper, version))


def score_sheet_html(
    title: str, questions: int, teams: Sequence[str] = (), points_per_question: int = 1
) -> str:
    """A full HTML document: the team score sheet."""
    return _document(
        title, score_sheet_body(title, questions, teams, points_per_question=points_per_question)
    )


def keys_path(handouts: Path) -> Path:
    """Where the answer keys go beside the handouts: ``quiz.pdf`` → ``quiz-keys.pdf``."""
    return handouts.with_name(f"{handouts.stem}-keys{handouts.suffix}")


@dataclass(frozen=True, slots=True)
class Printout:
    """What a facilitator prints, as two documents: the handouts go to the teams, the
    keys stay with the facilitator (no pages to pull out before handing out)."""

    handouts: str
    """Each version's questions (each on new pages), then the team score sheet."""
    keys: str
    """Each version's answer key."""


def printout(
    title: str,
    questions: Sequence[Question],
    seed: int,
    versions: Sequence[str] = ("A", "B"),
    teams: Sequence[str] = (),
    points_per_question: int = 1,
) -> Printout:
    """The handouts and the answer keys of the paper versions (full HTML documents)."""
    handouts: list[str] = []
    keys: list[str] = []
    for version in versions:
        paper = paper_version(questions, seed, version)
        handouts.append(handout_body(title, paper, version))
        keys.append(answer_key_body(title, paper, version))
    handouts.append(
        score_sheet_body(title, len(questions), teams, points_per_question=points_per_question)
    )
    return Printout(
        _document(title, PAGE_BREAK.join(handouts)),
        _document(f"{title} — answer keys", PAGE_BREAK.join(keys)),
    )
