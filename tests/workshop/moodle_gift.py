"""A small Python port of how Moodle's GIFT importer (``question/format/gift/format.php``,
``qformat_gift::readquestion``) reads the question types Trainer writes, to check what a
Moodle user would see: each text with its format (``moodle``, ``html``, ``plain``...)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_ESCAPES = ("\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n")
_HOLDERS = ("&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010")
_CHARS = (":", "#", "=", "{", "}", "~", "\n")
_FORMATS = ("moodle", "html", "plain", "markdown")
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


@dataclass
class Text:
    text: str
    format: str


@dataclass
class Read:
    name: str
    qtype: str
    question: Text
    feedback: Text
    answers: list[Text] = field(default_factory=list)
    fractions: list[float] = field(default_factory=list)
    subquestions: list[Text] = field(default_factory=list)
    subanswers: list[str] = field(default_factory=list)


def _pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for escape, holder in zip(_ESCAPES, _HOLDERS, strict=True):
        text = text.replace(escape, holder)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:
    for holder, char in zip(_HOLDERS, _CHARS, strict=True):
        text = text.replace(holder, char)
    return text


def _with_format(text: str, default: str = "moodle") -> Text:
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if text[1:end] in _FORMATS:
            fmt, text = text[1:end], text[end + 1 :]
    return Text(_post(text).strip(), fmt)


def _comment(answer: str, fmt: str) -> Text:
    return _with_format(answer.split("#", 1)[0].strip(), fmt)


def _answers(answertext: str, separator: str) -> list[str]:
    parts = answertext.split(separator)
    if not parts[0].strip():
        parts = parts[1:]
    return [p.strip() for p in parts]


def read_question(block: str) -> Read:
    """One question block as Moodle's importer reads it."""
    lines = [line for line in block.split("\n") if not line.strip().startswith("//")]
    text = _pre("\n".join(lines).strip())
    name = ""
    if text.startswith("::"):
        end = text.index("::", 2)
        name, text = _post(text[2:end]), text[end + 2 :].strip()
    start, finish = text.index("{"), text.index("}")
    answertext = text[start + 1 : finish].strip()
    if text.endswith("}"):
        questiontext = text[:start] + text[finish + 1 :]
    else:
        questiontext = text[:start] + "_____" + text[finish + 1 :]
    feedback = ""
    if "####" in answertext:
        at = answertext.rindex("####")
        feedback, answertext = answertext[at + 4 :], answertext[:at].strip()
    question = _with_format(questiontext)
    read = Read(name, "", question, _with_format(feedback, question.format))
    fmt = question.format
    if answertext.startswith("#"):
        read.qtype = "numerical"
    elif "~" in answertext:
        read.qtype = "multichoice"
        for answer in _answers(answertext.replace("=", "~="), "~"):
            weight = _WEIGHT.match(answer)
            if answer.startswith("="):
                fraction, answer = 1.0, answer[1:]
            elif weight:
                fraction = float(weight.group(0).strip("%")) / 100
                answer = answer[weight.end() :]
            else:
                fraction = 0.0
            read.fractions.append(fraction)
            read.answers.append(_comment(answer, fmt))
    elif "=" in answertext and "->" in answertext:
        read.qtype = "match"
        for answer in _answers(answertext, "="):
            marker = answer.index("->")
            read.subquestions.append(_with_format(answer[:marker], fmt))
            read.subanswers.append(_post(answer[marker + 2 :]).strip())
    elif answertext.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
        read.qtype = "truefalse"
    else:
        read.qtype = "shortanswer"
        read.answers = [_comment(_WEIGHT.sub("", a), fmt) for a in _answers(answertext, "=")]
    return read


def read_gift(text: str) -> list[Read]:
    """Every question of a GIFT file (categories and comments left out)."""
    blocks = re.split(r"\n\s*\n", text)
    return [read_question(b) for b in blocks if b.strip() and "{" in _pre(b)]


def shown(text: Text) -> str:
    """What a Moodle user sees: HTML is rendered (only ``<br>`` and ``<p>`` are allowed
    here, so a tag from a bank text would fail the test); plain text is shown as is."""
    if text.format == "plain":
        return text.text
    tags = set(re.findall(r"<[^>]*>", text.text))
    assert tags <= {"<br>", "<p>", "</p>"}, f"{text.format} text renders tags {tags}"
    return html.unescape(text.text.replace("<br>", "\n").replace("<p>", "").replace("</p>", ""))
