"""How each kind is scored, written and exported, pinned per kind: the right answer as
text, a response as the results write it, the GIFT and Moodle XML forms (or why they
are left out), the Anki card and the printout (question and key).

The expected values are in ``data/kind_pins.json``; a change there is a change a person
sees, so it is made on purpose, not by copying what the code now writes.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from kindkit import RIGHT_RESPONSES, WRONG_RESPONSES, samples

from trainer.core.banks.questions import Question
from trainer.core.scoring import expected_text, score
from trainer.core.workshop import printable
from trainer.core.workshop.exports import anki, gift, moodle_xml
from trainer.core.workshop.results import response_text

PINS = Path(__file__).parent / "data" / "kind_pins.json"


def pins() -> dict[str, Any]:
    return dict(json.loads(PINS.read_text("utf-8")))


def written(name: str, q: Question) -> dict[str, Any]:
    """Everything a person reads of ``q`` outside the screens."""
    out: dict[str, Any] = {"expected": expected_text(q)}
    if name in RIGHT_RESPONSES:
        for which, response in (("right", RIGHT_RESPONSES[name]), ("wrong", WRONG_RESPONSES[name])):
            out[which] = [score(q, response).fraction, response_text(response, q)]
    out["gift"] = gift.gift_question(q) or gift.cannot_hold(q)
    element = moodle_xml.moodle_question(q)
    if element is not None:
        ET.indent(element)
    out["moodle"] = (
        ET.tostring(element, encoding="unicode")
        if element is not None
        else moodle_xml.cannot_hold(q)
    )
    out["anki"] = [anki.card_front(q, 3), anki.card_back(q)]
    (paper,) = printable.paper_version([q], 3, "A")
    body = printable.handout_body("T", [paper], "A").split("\n", 2)[2]
    out["paper"] = [body.removeprefix('<div class="q">').removesuffix("</div>"), paper.key]
    out["paper"].append(list(paper.choices))
    return out


@pytest.mark.parametrize("name", sorted(samples()))
def test_each_kind_is_written_as_pinned(name: str) -> None:
    assert written(name, samples()[name]) == pins()[name]


def test_every_sample_is_pinned() -> None:
    assert sorted(pins()) == sorted(samples())
