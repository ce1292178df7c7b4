"""A phone in a team sees its team's rank between questions and at the podium, in each
real browser (tests/browserkit.py), against ``trainer live --teams`` on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browserkit import NewPhone, Phone
from livekit import ITEMS, RIGHT, WRONG
from livenetkit import Host, live_setup
from phonekit import ANSWER, received

from trainer.core.banks import load_banks

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ANN = "Ann {score}"
"""A name holding one of the page's field names: shown as typed, never filled in."""


def _join(phone: Phone, name: str, team: str) -> None:
    phone.fill("#name", name)
    phone.select("#team", team)
    phone.click("#join")
    phone.until("#me", f"el.textContent.includes({json.dumps(name)})", f"named {name!r}")


def test_a_phone_in_a_team_sees_its_team_rank(new_phone: NewPhone, tmp_path: Path) -> None:
    setup = live_setup(tmp_path, items=ITEMS[:2])
    question = load_banks([setup.bank_dir]).by_id[ITEMS[0]]
    host = Host(setup, "--teams", "Red,Blue")
    try:
        ann, ben, cy = (new_phone(host.url) for _ in range(3))
        for phone, name, team in ((ann, ANN, "Red"), (ben, "Ben", "Red"), (cy, "Cy", "Blue")):
            _join(phone, name, team)
        host.send("next")
        host.send("start")
        for phone, answers in ((ann, RIGHT), (ben, WRONG), (cy, RIGHT)):
            ANSWER[question.kind](phone, question, answers[ITEMS[0]])
            received(phone)
        host.send("reveal")
        host.send("board")  # between questions: Blue 1 (mean 1), Red 2 (mean 0.5)
        ann.has_text("#team-rank", "Your team Red: rank 2 of 2")
        cy.has_text("#team-rank", "Your team Blue: rank 1 of 2")
        ann.until("#team-rule", "el.textContent.includes('average')", "said how")
        host.send("finish")
        ann.has_count("#board li", 3)
        ben.has_text("#team-rank", "Your team Red: rank 2 of 2")
        cy.has_text("#team-rank", "Your team Blue: rank 1 of 2")
        assert cy.texts("#teams li") == ["1. Blue — 1", "2. Red — 0.5"]
        cy.has_text("#teams li.mine", "1. Blue — 1")
        assert any(ANN in row for row in ann.texts("#board li"))
        assert int(cy.run("return document.documentElement.scrollWidth;")) <= 360
        cy.screenshot(tmp_path / "podium-teams.png")
        host.send("results")  # the headless host prints the teams too
        assert [line for line in host.seen if line.startswith("team ")] == [
            "team 1 1 1 1 Blue",
            "team 2 2 0.5 0.5 Red",
        ]
    finally:
        host.quit()
