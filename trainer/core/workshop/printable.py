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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.core.banks.questions import (
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoiceQuestion,
)
from trainer.core.kinds import kind_of
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
        return PAPER[self.question.kind].key(self.question, self.choices)


def version_seed(seed: int, version: str) -> int:
    """The seed of one paper version (stable across runs and machines)."""
    digest = hashlib.sha256(f"{seed}:version:{version}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def paper_version(questions: Sequence[Question], seed: int, version: str) -> list[PaperQuestion]:
    """The questions in the order and with the choices of ``version`` (a question of a
    kind the printout cannot hold is left out: see :func:`left_out`)."""
    vseed = version_seed(seed, version)
    order = list(questions)
    random.Random(vseed).shuffle(order)
    printed = [q for q in order if q.kind in PAPER]
    return [
        PaperQuestion(number, q, kind_of(q).choices(q, vseed))
        for number, q in enumerate(printed, start=1)
    ]


def _e(text: str) -> str:
    return html.escape(text)


def _lettered(choices: Sequence[str]) -> str:
    return "".join(f"<p>&nbsp;&nbsp;{option_letter(i)}. {_e(c)}</p>" for i, c in enumerate(choices))


def _choice_key(q: SingleChoiceQuestion | MultipleChoiceQuestion, choices: Sequence[str]) -> str:
    right = set(q.correct_options)
    letters = [option_letter(i) for i, c in enumerate(choices) if c in right]
    texts = [c for c in choices if c in right]
    return ", ".join(letters) + " (" + "; ".join(texts) + ")"


def _order_key(q: OrderingQuestion, choices: Sequence[str]) -> str:
    return " ".join(option_letter(choices.index(e)) for e in q.sequence)


def _pairs_key(q: MatchingQuestion, choices: Sequence[str]) -> str:
    return ", ".join(
        f"{i + 1}–{option_letter(choices.index(right))}" for i, (_, right) in enumerate(q.pairs)
    )


def _answer_key(q: Question, _choices: Sequence[str]) -> str:
    return expected_text(q)


def _single(_q: SingleChoiceQuestion, choices: Sequence[str]) -> str:
    return "</p>" + _lettered(choices)


def _multiple(q: MultipleChoiceQuestion, choices: Sequence[str]) -> str:
    note = "" if "all that apply" in q.prompt.lower() else " <i>(choose all that apply)</i>"
    return note + "</p>" + _lettered(choices)


def _true_false(_q: Question, _choices: Sequence[str]) -> str:
    return "</p><p>&nbsp;&nbsp;True&nbsp;&nbsp;/&nbsp;&nbsp;False</p>"


def _order(_q: OrderingQuestion, choices: Sequence[str]) -> str:
    return "</p>" + _lettered(choices) + '<p class="line">Order: ______________</p>'


def _pairs(q: MatchingQuestion, choices: Sequence[str]) -> str:
    rows = "".join(
        f"<tr><td>{i + 1}. {_e(left)} ____</td><td>{option_letter(i)}. {_e(right)}</td></tr>"
        for i, (left, right) in enumerate(zip(q.lefts, choices, strict=True))
    )
    return f"</p><table>{rows}</table>"


def _line(_q: Question, _choices: Sequence[str], unit: str = "") -> str:
    return f'</p><p class="line">Answer: ______________________{_e(unit)}</p>'


def _number_line(q: NumericQuestion, choices: Sequence[str]) -> str:
    return _line(q, choices, f" {q.unit}" if q.unit else "")


def _in_text(_q: Question, _choices: Sequence[str]) -> str:
    return "</p>"


@dataclass(frozen=True, slots=True)
class _Paper:
    """How the printout writes one kind."""

    lines: Callable[[Any, Sequence[str]], str]
    """What follows the prompt (HTML): the rest of its paragraph, then the lettered
    choices or the line to write on."""
    key: Callable[[Any, Sequence[str]], str]
    """The answer on the key of a version whose choices are in this order."""


PAPER: dict[str, _Paper] = {
    "single_choice": _Paper(_single, _choice_key),
    "multiple_choice": _Paper(_multiple, _choice_key),
    "true_false": _Paper(_true_false, _answer_key),
    "numeric": _Paper(_number_line, _answer_key),
    "short_answer": _Paper(_line, _answer_key),
    "cloze": _Paper(_in_text, _answer_key),
    "ordering": _Paper(_order, _order_key),
    "matching": _Paper(_pairs, _pairs_key),
    "flashcard": _Paper(_line, _answer_key),
}
"""The kinds the printout holds; others are left out and counted on the keys."""


def left_out(questions: Sequence[Question]) -> list[str]:
    """ "N questions of kind X left out" for each kind the printout cannot hold."""
    counts = Counter(q.kind for q in questions if q.kind not in PAPER)
    return [
        f"{n} question{'s' if n != 1 else ''} of kind {kind} left out (the printout cannot "
        "hold them)"
        for kind, n in sorted(counts.items())
    ]


def _question_html(pq: PaperQuestion) -> str:
    head = f'<p><a name="{QUESTION_ANCHOR}{pq.number}"><b>{pq.number}.</b></a> '
    lines = PAPER[pq.question.kind].lines(pq.question, pq.choices)
    return head + _e(pq.question.prompt) + lines


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
    """Each version's answer key, after a line for each kind left out."""
    left_out: tuple[str, ...] = field(default=())
    """"N questions of kind X left out" for each kind the printout cannot hold."""


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
    printed = sum(1 for q in questions if q.kind in PAPER)
    handouts.append(
        score_sheet_body(title, printed, teams, points_per_question=points_per_question)
    )
    missing = left_out(questions)
    report = "".join(f"<p><b>{_e(line)}</b></p>" for line in missing)
    return Printout(
        _document(title, PAGE_BREAK.join(handouts)),
        _document(f"{title} — answer keys", report + PAGE_BREAK.join(keys)),
        tuple(missing),
    )
