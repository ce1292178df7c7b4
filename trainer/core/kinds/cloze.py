"""``cloze``: a sentence with blanks, written ``{{answer}}`` or ``{{answer|alternative}}``.

Response: a list of ``str``, one per blank; the share of blanks right (each compared as a
short answer). An ``unordered`` cloze takes the words in any order, each right word
counting once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from trainer.core.kinds.base import BLANK, Kind, Question, RightAnswer, Translate
from trainer.core.kinds.phone import PhoneForm, answer_list, answer_text, refuse
from trainer.core.kinds.typed import text_matches

if TYPE_CHECKING:
    from trainer.core.banks.schema import ClozeItem

BLANK_RE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ClozeQuestion(Question):
    """A sentence with blanks: ``parts`` surround the blanks, ``blanks`` hold accepted answers."""

    text: str
    parts: tuple[str, ...]
    blanks: tuple[tuple[str, ...], ...]
    unordered: bool = False
    """The blanks form a set: right words score in any order (each once)."""
    KIND: ClassVar[str] = "cloze"

    @property
    def prompt(self) -> str:
        return BLANK.join(self.parts)

    @property
    def answer_text(self) -> str:
        """The sentence with the first accepted answer in each blank."""
        out = [self.parts[0]]
        for blank, part in zip(self.blanks, self.parts[1:], strict=True):
            out += [blank[0], part]
        return "".join(out)


def parse_cloze(text: str) -> tuple[list[str], list[list[str]]]:
    """Split cloze text into the parts around blanks and each blank's accepted answers."""
    parts: list[str] = []
    blanks: list[list[str]] = []
    last = 0
    for match in BLANK_RE.finditer(text):
        parts.append(text[last : match.start()])
        blanks.append([alt.strip() for alt in match.group(1).split("|")])
        last = match.end()
    parts.append(text[last:])
    return parts, blanks


def _from_item(item: ClozeItem, common: dict[str, Any]) -> ClozeQuestion:
    parts, blanks = parse_cloze(item.text)
    return ClozeQuestion(
        **common,
        text=item.text,
        parts=tuple(parts),
        blanks=tuple(tuple(b) for b in blanks),
        unordered=item.unordered,
    )


def _set_matches(answers: Sequence[Any], blanks: Sequence[Sequence[str]]) -> int:
    """The most blanks that distinct answers can fill (bipartite matching, augmenting paths)."""
    fits = [
        [b for b, accepted in enumerate(blanks) if isinstance(a, str) and text_matches(a, accepted)]
        for a in answers
    ]
    owner: dict[int, int] = {}

    def place(answer: int, tried: set[int]) -> bool:
        for blank in fits[answer]:
            if blank in tried:
                continue
            tried.add(blank)
            if blank not in owner or place(owner[blank], tried):
                owner[blank] = answer
                return True
        return False

    return sum(1 for answer in range(len(fits)) if place(answer, set()))


def _score(q: ClozeQuestion, response: Any) -> float:
    if isinstance(response, str) or not isinstance(response, Sequence):
        return 0.0
    if q.unordered:
        answers = list(response)[: len(q.blanks)]
        return _set_matches(answers, q.blanks) / len(q.blanks)
    right = sum(
        1
        for answer, accepted in zip(response, q.blanks, strict=False)
        if isinstance(answer, str) and text_matches(answer, accepted)
    )
    return right / len(q.blanks)


def _right(q: ClozeQuestion, _tr: Translate) -> RightAnswer:
    return RightAnswer((q.answer_text,))


def _response(_q: ClozeQuestion, response: Any, _tr: Translate) -> str:
    return " / ".join(str(r) or "…" for r in response)


def _example(q: ClozeQuestion, right: bool) -> list[str]:
    return [b[0] if right else "?" for b in q.blanks]


def _phone(q: ClozeQuestion, _seed: int) -> dict[str, Any]:
    return {"parts": list(q.parts), "blanks": len(q.blanks)}


def _phone_check(q: ClozeQuestion, response: Any) -> list[str]:
    """One text per blank."""
    answers = answer_list(response, len(q.blanks))
    if len(answers) != len(q.blanks):
        raise refuse(f"{len(q.blanks)} blanks to fill")
    return [answer_text(a) for a in answers]


def _phone_reveal(q: ClozeQuestion) -> dict[str, Any]:
    return {"blanks": [b[0] for b in q.blanks], "unordered": q.unordered}


KIND = Kind(
    name=ClozeQuestion.KIND,
    question=ClozeQuestion,
    from_item=_from_item,
    score=_score,
    right_answer=_right,
    response_text=_response,
    example=_example,
    phone=PhoneForm("blanks", _phone, _phone_check, _phone_reveal),
)
