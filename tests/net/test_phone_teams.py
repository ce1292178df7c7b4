"""A phone in a team sees its team's rank between questions and at the podium (Debian's
Chromium driven by Playwright, against ``trainer live --teams`` on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from livekit import ITEMS, RIGHT, WRONG
from livenetkit import Host, live_setup
from phonekit import ANSWER, chromium_path, phone, received
from playwright.sync_api import Browser, Page, expect, sync_playwright

from trainer.core.banks import load_banks

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True)
        yield launched
        launched.close()


def _join(page: Page, name: str, team: str) -> None:
    page.locator("#name").fill(name)
    page.locator("#team").select_option(team)
    page.locator("#join").click()
    expect(page.locator("#me")).to_contain_text(name)


def test_a_phone_in_a_team_sees_its_team_rank(browser: Browser, tmp_path: Path) -> None:
    setup = live_setup(tmp_path, items=ITEMS[:2])
    question = load_banks([setup.bank_dir]).by_id[ITEMS[0]]
    host = Host(setup, "--teams", "Red,Blue")
    try:
        ann, ben, cy = (phone(browser, host.url) for _ in range(3))
        for page, name, team in ((ann, "Ann", "Red"), (ben, "Ben", "Red"), (cy, "Cy", "Blue")):
            _join(page, name, team)
        host.send("next")
        host.send("start")
        for page, answers in ((ann, RIGHT), (ben, WRONG), (cy, RIGHT)):
            ANSWER[question.kind](page, question, answers[ITEMS[0]])
            received(page)
        host.send("reveal")
        host.send("board")  # between questions: Blue 1 (mean 1), Red 2 (mean 0.5)
        expect(ann.locator("#team-rank")).to_have_text("Your team Red: rank 2 of 2")
        expect(cy.locator("#team-rank")).to_have_text("Your team Blue: rank 1 of 2")
        expect(ann.locator("#team-rule")).to_contain_text("average")
        host.send("finish")
        expect(ann.locator("#board li")).to_have_count(3)
        expect(ben.locator("#team-rank")).to_have_text("Your team Red: rank 2 of 2")
        expect(cy.locator("#team-rank")).to_have_text("Your team Blue: rank 1 of 2")
        teams = [row.strip() for row in cy.locator("#teams li").all_inner_texts()]
        assert teams == ["1. Blue — 1", "2. Red — 0.5"]
        expect(cy.locator("#teams li.mine")).to_have_text("1. Blue — 1")
        wide = cy.evaluate("document.documentElement.scrollWidth")
        cy.screenshot(path=str(tmp_path / "podium-teams.png"), full_page=True)
        assert wide <= 360
        host.send("results")  # the headless host prints the teams too
        assert [line for line in host.seen if line.startswith("team ")] == [
            "team 1 1 1 1 Blue",
            "team 2 2 0.5 0.5 Red",
        ]
    finally:
        host.quit()
