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
from collections.abc import Sequence

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
    skip,
)

TYPES = {
    "single_choice": "multichoice",
    "multiple_choice": "multichoice",
    "true_false": "truefalse",
    "numeric": "numerical",
    "short_answer": "shortanswer",
    "matching": "matching",
    "cloze": "cloze",
}


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


def cannot_hold(question: Question) -> str | None:
    if question.kind == "ordering":
        return "Moodle XML ordering needs the ordering question plugin; not exported"
    if question.kind == "flashcard":
        return "flashcards are not quiz questions (use the Anki export)"
    if isinstance(question, MatchingQuestion) and len(question.pairs) < 3:
        return "Moodle's matching question needs at least three pairs"
    if isinstance(question, MultipleChoiceQuestion) and multiple_choice_weights(question) is None:
        return f"Moodle has no grade of 1/{len(question.correct)} for each right option"
    if question.kind not in TYPES:
        return f"Moodle XML has no {question.kind} question"
    if isinstance(question, ClozeQuestion) and question.unordered:
        return "Moodle scores a cloze's blanks in order; this one takes them in any order"
    return None


def _cloze_text(question: ClozeQuestion) -> str:
    out = [html.escape(question.parts[0])]
    for accepted, part in zip(question.blanks, question.parts[1:], strict=True):
        answers = "~".join(f"={cloze_escape(a)}" for a in accepted)
        out += [f"{{1:SHORTANSWER:{answers}}}", html.escape(part)]
    return "<p>" + "".join(out) + "</p>"


def _body(q: ET.Element, question: Question) -> None:
    """The type-specific elements of ``question``."""
    if isinstance(question, SingleChoiceQuestion | MultipleChoiceQuestion):
        single = isinstance(question, SingleChoiceQuestion)
        ET.SubElement(q, "single").text = "true" if single else "false"
        ET.SubElement(q, "shuffleanswers").text = "true"
        ET.SubElement(q, "answernumbering").text = "abc"
        if isinstance(question, SingleChoiceQuestion):
            _answer(q, "100", _html(question.correct))
            for wrong in question.wrong:
                _answer(q, "0", _html(wrong))
        else:
            weights = multiple_choice_weights(question)
            assert weights is not None
            for right in question.correct:
                _answer(q, weights[0], _html(right))
            for wrong in question.wrong:
                _answer(q, weights[1], _html(wrong))
    elif isinstance(question, TrueFalseQuestion):
        _answer(q, "100" if question.answer else "0", "true", "moodle_auto_format")
        _answer(q, "0" if question.answer else "100", "false", "moodle_auto_format")
    elif isinstance(question, NumericQuestion):
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
    elif isinstance(question, ShortAnswerQuestion):
        ET.SubElement(q, "usecase").text = "0"
        for accepted in question.answers:
            _answer(q, "100", accepted.replace("*", "\\*"), "moodle_auto_format")  # literal *
    elif isinstance(question, MatchingQuestion):
        ET.SubElement(q, "shuffleanswers").text = "true"
        for left, right in question.pairs:
            sub = _text(q, "subquestion", _html(left))
            answer = ET.SubElement(sub, "answer")
            ET.SubElement(answer, "text").text = right


def moodle_question(question: Question) -> ET.Element | None:
    """One ``<question>`` element, or ``None`` when Moodle XML cannot hold the question."""
    if cannot_hold(question) is not None:
        return None
    q = ET.Element("question", type=TYPES[question.kind])
    name = ET.SubElement(q, "name")
    ET.SubElement(name, "text").text = question.id
    text = _cloze_text(question) if isinstance(question, ClozeQuestion) else _html(question.prompt)
    _text(q, "questiontext", text)
    _text(q, "generalfeedback", _html(feedback_text(question)))
    ET.SubElement(q, "defaultgrade").text = "1"
    ET.SubElement(q, "penalty").text = "0.3333333"
    ET.SubElement(q, "hidden").text = "0"
    ET.SubElement(q, "idnumber").text = question.id
    _body(q, question)
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
