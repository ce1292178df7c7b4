"""Moodle GIFT export (plain text, UTF-8).

Held: single choice (``=right ~wrong``), multiple choice (``~%50%right ~%-50%wrong``, the
weights giving the same partial credit as Trainer), true/false (``{T}``/``{F}``), numeric
(``{#answer:tolerance}``), short answer (``{=a =b}``), matching (``{=left -> right}``, three
pairs or more as Moodle requires) and cloze with one blank (a "missing word" short answer).
Not held, and reported: ordering, cloze with several blanks, flashcards, matching with
fewer than three pairs or with ``->`` in a text, multiple choice whose weights Moodle has
no grade for. The explanation and its source become the general feedback (``####``).

Moodle reads a GIFT text as HTML (its default "Moodle auto-format"), so every text it
shows (question, options, matching left sides, feedback) is written as ``[html]`` with
``<``, ``>`` and ``&`` escaped, newlines as ``<br>``, and a leading ``[`` or ``%`` as
``&#91;`` or ``&#37;`` (so no text is taken for a format marker or a weight). Texts Moodle
keeps plain stay plain: accepted answers (compared with what a student types; ``*`` is
written ``\\*``, a literal asterisk rather than Moodle's wildcard) and matching right
sides (shown in a menu).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.core.banks.questions import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.core.workshop.exports.base import (
    UNHOLDABLE,
    ExportResult,
    check_export,
    feedback_text,
    holdable_question,
    holdable_text,
    multiple_choice_weights,
    not_held,
    skip,
)

_SPECIAL = "~=#{}:"


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters ``~ = # { } :`` and the backslash; newlines as ``\\n``."""
    out = text.replace("\\", "\\\\")
    for char in _SPECIAL:
        out = out.replace(char, "\\" + char)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def gift_html(text: str) -> str:
    """``text`` for a GIFT field that Moodle shows as HTML: HTML-escaped, then GIFT-escaped."""
    out = html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")
    for char, entity in (("[", "&#91;"), ("%", "&#37;")):  # a format marker, a weight
        if out.lstrip().startswith(char):
            out = out.replace(char, entity, 1)
    return gift_escape(out)


def typed_answer(text: str) -> str:
    """An accepted answer Moodle compares with what a student types: ``*`` made literal."""
    return gift_escape(text.replace("*", "\\*"))


_MARKER = re.compile(r"\s*(\[(moodle|html|plain|markdown)\]|%-?[0-9]{1,2}\.?[0-9]*%)")
"""Moodle takes a leading ``[html]`` (etc.) in an accepted answer for a format marker, and
a leading ``%50%`` for a weight."""


def _number(value: float | int) -> str:
    return repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value))


def _single(question: SingleChoiceQuestion) -> str:
    lines = [f"={gift_html(question.correct)}"]
    lines += [f"~{gift_html(w)}" for w in question.wrong]
    return "\n\t".join(lines)


def _multiple(question: MultipleChoiceQuestion) -> str:
    weights = multiple_choice_weights(question)
    assert weights is not None  # see _weights_problem
    lines = [f"~%{weights[0]}%{gift_html(c)}" for c in question.correct]
    lines += [f"~%{weights[1]}%{gift_html(w)}" for w in question.wrong]
    return "\n\t".join(lines)


def _true_false(question: TrueFalseQuestion) -> str:
    return "T" if question.answer else "F"


def _numeric(question: NumericQuestion) -> str:
    return f"#{_number(question.answer)}:{_number(question.tolerance)}"


def _accepted(answers: Sequence[str]) -> str:
    return " ".join(f"={typed_answer(a)}" for a in answers)


def _short(question: ShortAnswerQuestion) -> str:
    return _accepted(question.answers)


def _blank(question: ClozeQuestion) -> str:
    return _accepted(question.blanks[0])


def _matching(question: MatchingQuestion) -> str:
    return "\n\t".join(
        f"={gift_html(left)} -> {gift_escape(right)}" for left, right in question.pairs
    )


def _holds(_question: Any) -> str | None:
    return None


def _weights_problem(question: MultipleChoiceQuestion) -> str | None:
    if multiple_choice_weights(question) is None:
        return f"Moodle has no grade of 1/{len(question.correct)} for each right option"
    return None


def _markers_problem(accepted: Sequence[str]) -> str | None:
    if any(_MARKER.match(a) for a in accepted):
        return "GIFT cannot hold an accepted answer that starts with [html] (etc.) or %50% (etc.)"
    return None


def _short_problem(question: ShortAnswerQuestion) -> str | None:
    return _markers_problem(question.answers)


def _cloze_problem(question: ClozeQuestion) -> str | None:
    if len(question.blanks) > 1:
        return "GIFT holds one blank per question; this cloze has several (use Moodle XML)"
    return _markers_problem(question.blanks[0])


def _matching_problem(question: MatchingQuestion) -> str | None:
    if len(question.pairs) < 3:
        return "Moodle's matching question needs at least three pairs"
    if any("->" in text for pair in question.pairs for text in pair):
        return "GIFT cannot hold '->' inside a matching pair"
    return None


def _around_prompt(question: Question) -> tuple[str, str]:
    return gift_html(question.prompt) + " ", ""


def _around_numeric(question: NumericQuestion) -> tuple[str, str]:
    if question.unit:
        return gift_html(f"{question.prompt} (unit: {question.unit})") + " ", ""
    return _around_prompt(question)


def _around_blank(question: ClozeQuestion) -> tuple[str, str]:
    before, after = (gift_html(p) for p in question.parts)
    return before, after


@dataclass(frozen=True, slots=True)
class _Writer:
    """How GIFT writes one kind."""

    answers: Callable[[Any], str]
    """The text between the braces."""
    problem: Callable[[Any], str | None] = _holds
    """Why GIFT cannot hold this question of the kind, or ``None``."""
    around: Callable[[Any], tuple[str, str]] = _around_prompt
    """The question's text before and after the braces."""


WRITERS: dict[str, _Writer] = {
    "single_choice": _Writer(_single),
    "multiple_choice": _Writer(_multiple, _weights_problem),
    "true_false": _Writer(_true_false),
    "numeric": _Writer(_numeric, around=_around_numeric),
    "short_answer": _Writer(_short, _short_problem),
    "cloze": _Writer(_blank, _cloze_problem, _around_blank),
    "matching": _Writer(_matching, _matching_problem),
}
"""The kinds GIFT holds."""
NOT_HELD: dict[str, str] = {
    "ordering": "GIFT has no ordering question",
    "flashcard": "flashcards are not quiz questions (use the Anki export)",
}
"""The kinds GIFT cannot hold, and why (a kind in neither table is reported too)."""


def cannot_hold(question: Question) -> str | None:
    """Why GIFT cannot hold ``question``, or ``None`` when it can."""
    writer = WRITERS.get(question.kind)
    if writer is None:
        return not_held("GIFT", question, NOT_HELD)
    return writer.problem(question)


def gift_question(question: Question) -> str | None:
    """One question in GIFT, or ``None`` when the format cannot hold it."""
    if cannot_hold(question) is not None:
        return None
    writer = WRITERS[question.kind]
    feedback = gift_html(feedback_text(question))
    title = f"::{gift_escape(question.id)}::[html]"
    block = f"{{\n\t{writer.answers(question)}\n\t####{feedback}\n}}"
    before, after = writer.around(question)
    return f"{title}{before}{block}{after}"


def _category(name: str) -> str:
    return " ".join(name.replace("/", "-").split())


def export_gift(questions: Sequence[Question], title: str = "Trainer") -> ExportResult:
    """The questions as a GIFT file, one category per bank and topic."""
    title = " ".join(holdable_text(title).split())
    out = [f"// {title}", "// Exported by Trainer", ""]
    skipped: list[str] = []
    category = None
    exported = 0
    for question in map(holdable_question, questions):
        text = gift_question(question)
        if text is None:
            skipped.append(skip(question, cannot_hold(question) or "GIFT cannot hold it"))
            continue
        path = "/".join(_category(p) for p in (title, question.bank_id, question.topic))
        wanted = f"$CATEGORY: $course$/top/{path}"
        if wanted != category:
            out += [wanted, ""]
            category = wanted
        out += [text, ""]
        exported += 1
    document = "\n".join(out)
    problem = gift_problem(document, exported)
    check_export("GIFT", problem is None, problem or "")
    return ExportResult(document.encode("utf-8"), exported, skipped)


def gift_problem(document: str, questions: int) -> str | None:
    """What would make Moodle refuse ``document`` (written by :func:`export_gift`), or
    ``None``: a character it cannot hold, or a question whose answer braces do not pair."""
    if UNHOLDABLE.search(document):
        return "a control character"
    blocks = [b for b in document.split("\n\n") if b.startswith("::")]
    if len(blocks) != questions:
        return f"{len(blocks)} question blocks for {questions} questions"
    for block in blocks:
        bare = re.sub(r"\\.", "", block, flags=re.DOTALL)  # escaped characters removed
        if bare.count("{") != 1 or bare.count("}") != 1 or bare.index("{") > bare.index("}"):
            return f"unpaired braces in {block.split('::')[1]}"
    return None
