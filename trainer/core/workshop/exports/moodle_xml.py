"""Moodle XML export, built with ``xml.etree`` (so every text is escaped as XML).

Question types written: ``multichoice`` (single and multiple choice; weights give the same
partial credit as Trainer), ``truefalse``, ``numerical`` (with tolerance), ``shortanswer``,
``matching`` (three pairs or more, as Moodle requires) and ``cloze`` (Moodle's embedded
answers: one ``{1:SHORTANSWER:=a~=b}`` per blank). Texts are HTML (escaped), and the
explanation with its source becomes the general feedback. Not held, and reported:
ordering (needs Moodle's ordering plugin), flashcards, matching with fewer than three
pairs, multiple choice whose weights Moodle has no grade for.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
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
    ExportResult,
    check_export,
    export_error,
    feedback_text,
    holdable_question,
    holdable_text,
    multiple_choice_weights,
    not_held,
    skip,
)


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag)
    if fmt:
        element.set("format", fmt)
    ET.SubElement(element, "text").text = value
    return element


def _html(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _answer(parent: ET.Element, fraction: str, value: str, fmt: str = "html") -> ET.Element:
    answer = ET.SubElement(parent, "answer", fraction=fraction, format=fmt)
    ET.SubElement(answer, "text").text = value
    _text(answer, "feedback", "")
    return answer


def cloze_escape(text: str) -> str:
    """Escape the characters Moodle's embedded answers give a meaning to."""
    out = text.replace("\\", "\\\\")
    for char in '}#~/"':
        out = out.replace(char, "\\" + char)
    return out


def _cloze_text(question: ClozeQuestion) -> str:
    out = [html.escape(question.parts[0])]
    for accepted, part in zip(question.blanks, question.parts[1:], strict=True):
        answers = "~".join(f"={cloze_escape(a)}" for a in accepted)
        out += [f"{{1:SHORTANSWER:{answers}}}", html.escape(part)]
    return "<p>" + "".join(out) + "</p>"


def _choice(q: ET.Element, *, single: bool) -> None:
    ET.SubElement(q, "single").text = "true" if single else "false"
    ET.SubElement(q, "shuffleanswers").text = "true"
    ET.SubElement(q, "answernumbering").text = "abc"


def _single(q: ET.Element, question: SingleChoiceQuestion) -> None:
    _choice(q, single=True)
    _answer(q, "100", _html(question.correct))
    for wrong in question.wrong:
        _answer(q, "0", _html(wrong))


def _multiple(q: ET.Element, question: MultipleChoiceQuestion) -> None:
    _choice(q, single=False)
    weights = multiple_choice_weights(question)
    assert weights is not None  # see _weights_problem
    for right in question.correct:
        _answer(q, weights[0], _html(right))
    for wrong in question.wrong:
        _answer(q, weights[1], _html(wrong))


def _true_false(q: ET.Element, question: TrueFalseQuestion) -> None:
    _answer(q, "100" if question.answer else "0", "true", "moodle_auto_format")
    _answer(q, "0" if question.answer else "100", "false", "moodle_auto_format")


def _numeric(q: ET.Element, question: NumericQuestion) -> None:
    answer = _answer(q, "100", str(question.answer), "moodle_auto_format")
    ET.SubElement(answer, "tolerance").text = str(question.tolerance)
    if question.unit:
        units = ET.SubElement(q, "units")
        unit = ET.SubElement(units, "unit")
        ET.SubElement(unit, "multiplier").text = "1"
        ET.SubElement(unit, "unit_name").text = question.unit
        ET.SubElement(q, "unitgradingtype").text = "0"
        ET.SubElement(q, "showunits").text = "3"  # units optional, not graded
        ET.SubElement(q, "unitsleft").text = "0"


def _short(q: ET.Element, question: ShortAnswerQuestion) -> None:
    ET.SubElement(q, "usecase").text = "0"
    for accepted in question.answers:
        _answer(q, "100", accepted.replace("*", "\\*"), "moodle_auto_format")  # literal *


def _matching(q: ET.Element, question: MatchingQuestion) -> None:
    ET.SubElement(q, "shuffleanswers").text = "true"
    for left, right in question.pairs:
        sub = _text(q, "subquestion", _html(left))
        answer = ET.SubElement(sub, "answer")
        ET.SubElement(answer, "text").text = right


def _in_text(_q: ET.Element, _question: ClozeQuestion) -> None:
    """A cloze's answers are in its text."""


def _holds(_question: Any) -> str | None:
    return None


def _weights_problem(question: MultipleChoiceQuestion) -> str | None:
    if multiple_choice_weights(question) is None:
        return f"Moodle has no grade of 1/{len(question.correct)} for each right option"
    return None


def _matching_problem(question: MatchingQuestion) -> str | None:
    if len(question.pairs) < 3:
        return "Moodle's matching question needs at least three pairs"
    return None


def _cloze_problem(question: ClozeQuestion) -> str | None:
    if question.unordered:
        return "Moodle scores a cloze's blanks in order; this one takes them in any order"
    return None


def _prompt_text(question: Question) -> str:
    return _html(question.prompt)


@dataclass(frozen=True, slots=True)
class _Writer:
    """How Moodle XML writes one kind."""

    type: str
    """Moodle's question type."""
    body: Callable[[ET.Element, Any], None]
    """Adds the type's elements (answers...) to the ``<question>``."""
    problem: Callable[[Any], str | None] = _holds
    """Why Moodle XML cannot hold this question of the kind, or ``None``."""
    text: Callable[[Any], str] = _prompt_text
    """The question text (HTML)."""


WRITERS: dict[str, _Writer] = {
    "single_choice": _Writer("multichoice", _single),
    "multiple_choice": _Writer("multichoice", _multiple, _weights_problem),
    "true_false": _Writer("truefalse", _true_false),
    "numeric": _Writer("numerical", _numeric),
    "short_answer": _Writer("shortanswer", _short),
    "matching": _Writer("matching", _matching, _matching_problem),
    "cloze": _Writer("cloze", _in_text, _cloze_problem, _cloze_text),
}
"""The kinds Moodle XML holds."""
NOT_HELD: dict[str, str] = {
    "ordering": "Moodle XML ordering needs the ordering question plugin; not exported",
    "flashcard": "flashcards are not quiz questions (use the Anki export)",
}
"""The kinds Moodle XML cannot hold, and why (a kind in neither table is reported too)."""


def cannot_hold(question: Question) -> str | None:
    """Why Moodle XML cannot hold ``question``, or ``None`` when it can."""
    writer = WRITERS.get(question.kind)
    if writer is None:
        return not_held("Moodle XML", question, NOT_HELD)
    return writer.problem(question)


def moodle_question(question: Question) -> ET.Element | None:
    """One ``<question>`` element, or ``None`` when Moodle XML cannot hold the question."""
    if cannot_hold(question) is not None:
        return None
    writer = WRITERS[question.kind]
    q = ET.Element("question", type=writer.type)
    name = ET.SubElement(q, "name")
    ET.SubElement(name, "text").text = question.id
    _text(q, "questiontext", writer.text(question))
    _text(q, "generalfeedback", _html(feedback_text(question)))
    ET.SubElement(q, "defaultgrade").text = "1"
    ET.SubElement(q, "penalty").text = "0.3333333"
    ET.SubElement(q, "hidden").text = "0"
    ET.SubElement(q, "idnumber").text = question.id
    writer.body(q, question)
    return q


def export_moodle_xml(questions: Sequence[Question], title: str = "Trainer") -> ExportResult:
    """The questions as a Moodle XML file, one category per bank and topic."""
    quiz = ET.Element("quiz")
    skipped: list[str] = []
    category = None
    exported = 0
    title = holdable_text(title)
    for question in map(holdable_question, questions):
        element = moodle_question(question)
        if element is None:
            skipped.append(skip(question, cannot_hold(question) or "Moodle XML cannot hold it"))
            continue
        names = (title, question.bank_id, question.topic)
        wanted = "$course$/top/" + "/".join(" ".join(n.replace("/", "-").split()) for n in names)
        if wanted != category:
            holder = ET.SubElement(quiz, "question", type="category")
            _text(holder, "category", wanted, fmt=None)
            category = wanted
        quiz.append(element)
        exported += 1
    ET.indent(quiz)
    data = ET.tostring(quiz, encoding="utf-8", xml_declaration=True)
    try:  # the stdlib parser refuses what Moodle's would (e.g. a control character)
        read = ET.fromstring(data)
    except ET.ParseError as error:
        raise export_error("Moodle XML", str(error)) from error
    check_export("Moodle XML", len(read.findall("question[name]")) == exported)
    return ExportResult(data + b"\n", exported, skipped)
