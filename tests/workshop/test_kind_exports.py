"""Every export and the printout say in a table which kinds they hold (and why they leave
some out); a question of any other kind is reported, never dropped."""

from __future__ import annotations

import pytest
from kindkit import samples, toy

from trainer.core.export_formats import FORMATS
from trainer.core.kinds import KINDS
from trainer.core.workshop import printable
from trainer.core.workshop.exports import (
    anki,
    export_apkg,
    export_gift,
    export_moodle_xml,
    gift,
    moodle_xml,
)

TABLES: dict[str, tuple[dict[str, object], dict[str, str]]] = {
    "GIFT": (dict(gift.WRITERS), gift.NOT_HELD),
    "Moodle XML": (dict(moodle_xml.WRITERS), moodle_xml.NOT_HELD),
    "Anki": (dict(anki.FRONTS), anki.NOT_HELD),
    "printout": (dict(printable.PAPER), {}),
}


@pytest.mark.parametrize("fmt", list(TABLES))
def test_each_export_names_only_registry_kinds_once(fmt: str) -> None:
    held, not_held = TABLES[fmt]
    assert not set(held) & set(not_held), "a kind is either held or not"
    assert set(held) | set(not_held) <= set(KINDS)
    assert all(not_held.values()), "each kind left out says why"


def test_a_kind_an_export_does_not_know_is_reported() -> None:
    question, known = toy(), samples()["single_choice"]
    for export, name in ((export_gift, "GIFT"), (export_moodle_xml, "Moodle XML")):
        result = export([question, known])
        assert result.exported == 1
        assert result.skipped == [f"kit.toy — {name} has no toy question"]
    result = export_apkg([question, known])
    assert result.exported == 1
    assert result.skipped == ["kit.toy — The Anki export has no toy question"]
    for fmt in FORMATS.values():
        if fmt.export is not None:
            assert fmt.cannot_hold(question), fmt.key


def test_the_printout_counts_the_questions_of_a_kind_it_cannot_hold() -> None:
    questions = [toy(), toy(), samples()["single_choice"]]
    out = printable.printout("T", questions, seed=1, versions=("A",))
    assert out.left_out == ("2 questions of kind toy left out (the printout cannot hold them)",)
    assert out.left_out[0] in out.keys
    assert "Toy?" not in out.handouts
    assert [pq.question.id for pq in printable.paper_version(questions, 1, "A")] == ["kit.single"]


@pytest.mark.parametrize("name", sorted(samples()))
def test_every_sample_is_held_or_left_out_with_a_reason(name: str) -> None:
    question = samples()[name]
    for fmt in FORMATS.values():
        if fmt.export is None:
            continue
        result = fmt.export([question], "T", 1)
        assert result.exported + len(result.skipped) == 1, (fmt.key, name)
