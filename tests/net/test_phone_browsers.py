"""Real browsers (Debian's Chromium, driven by Playwright) play a whole phone game
against ``trainer live`` in a subprocess, on loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from livekit import ITEMS, RIGHT, WRONG
from livenetkit import Host, live_setup
from phonekit import ANSWER, chromium_path, join, phone, received
from playwright.sync_api import Browser, Page, expect, sync_playwright

from trainer.core.banks import load_banks

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is not installed"),
]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True)
        yield launched
        launched.close()


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Host]:
    running = Host(live_setup(tmp_path))
    yield running
    running.quit()


def test_three_phones_play_every_kind(browser: Browser, host: Host, tmp_path: Path) -> None:
    by_id = load_banks([tmp_path / "banks"]).by_id
    ann, ben, cy = (phone(browser, host.url) for _ in range(3))
    for page, name in ((ann, "Ann"), (ben, "Ben"), (cy, "Cy <b>")):
        join(page, name)
        host.wait_for(f"joined {_number(name)} {name}")
    plan = {ann: RIGHT, ben: WRONG, cy: RIGHT}
    for position, item in enumerate(ITEMS):
        question = by_id[item]
        host.send("next")
        if question.kind == "numeric":  # what is typed before the clock starts stays
            ann.locator("#number").fill("12")
            host.send("start")
            expect(ann.locator("#wait")).to_be_hidden()
            expect(ann.locator("#number")).to_have_value("12")
        else:
            host.send("start")
        for page, answers in plan.items():
            expect(page.locator("#prompt")).to_be_visible()
            if page is cy and position == 2:  # a reload mid-question keeps name and score
                before = page.locator("#me").inner_text()
                page.reload()
                expect(page.locator("#prompt")).to_be_visible()
                assert page.locator("#me").inner_text() == before
                assert page.locator("#name").count() == 0
            if page is ann:
                _screenshot(ann, tmp_path / f"{question.kind}.png")
            if page is ann and position == 1:
                _look_at(ann, tmp_path)
            if page is ben and position == 0:  # a double tap counts once
                page.locator("button.choice").filter(has_text=answers[item]).dblclick()
            else:
                ANSWER[question.kind](page, question, answers[item])
            received(page)
        host.wait_for("answered 3 of 3")
        host.send("reveal")
        expect(ann.locator("#verdict.right")).to_be_visible()
        expect(ben.locator("#verdict.wrong")).to_be_visible()
        expect(cy.locator("#verdict.right")).to_be_visible()
        expect(ann.locator("#explanation")).to_have_text(question.explanation.strip())
        _screenshot(ben, tmp_path / f"reveal-{question.kind}.png")
    host.send("finish")
    results = host.results()
    assert results == {"Ann": 8.0, "Cy <b>": 8.0, "Ben": 0.0}
    for page in plan:
        rows = page.locator("#board li")
        expect(rows).to_have_count(3)
    podium = [row.strip() for row in ann.locator("#board li").all_inner_texts()]
    assert podium == ["1. Ann — 8", "1. Cy <b> — 8", "3. Ben — 0"] or podium == [
        "1. Cy <b> — 8",
        "1. Ann — 8",
        "3. Ben — 0",
    ]
    assert cy.locator("#board b").count() == 0  # the name is text, not markup
    _screenshot(cy, tmp_path / "podium.png")


def _number(name: str) -> int:
    return {"Ann": 1, "Ben": 2, "Cy <b>": 3}[name]


def _look_at(page: Page, folder: Path) -> None:
    """The question at 360×740, then at 200% text: nothing wider than the screen."""
    _screenshot(page, folder / "phone.png")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    wide = page.evaluate("document.documentElement.scrollWidth")
    _screenshot(page, folder / "phone-200.png")
    page.evaluate("document.documentElement.style.fontSize = ''")
    assert wide <= 360


def _screenshot(page: Page, path: Path) -> None:
    page.screenshot(path=str(path))
    assert path.stat().st_size > 5000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_phones_come_back_after_the_host_is_killed(browser: Browser, tmp_path: Path) -> None:
    setup = live_setup(tmp_path)
    by_id = load_banks([setup.bank_dir]).by_id
    question = by_id[ITEMS[0]]
    port = _free_port()
    first = Host(setup, port=port)
    ann, ben, cy = (phone(browser, first.url) for _ in range(3))
    for page, name in ((ann, "Ann"), (ben, "Ben"), (cy, "Cy")):
        join(page, name)
    first.send("next")
    first.send("start")
    ANSWER[question.kind](ann, question, RIGHT[ITEMS[0]])
    ANSWER[question.kind](ben, question, WRONG[ITEMS[0]])
    received(ann)
    received(ben)
    first.kill()  # SIGKILL, mid-question
    for page in (ann, ben, cy):
        expect(page.locator("#net")).not_to_have_text("")
    again = Host(setup, "--resume", port=port)
    try:
        assert again.url == first.url
        for page in (ann, ben, cy):  # back by themselves (they keep retrying)
            expect(page.locator("#net")).to_have_text("", timeout=30_000)
        received(ann)
        received(ben)
        again.send("start")  # a resumed clock waits for the facilitator
        ANSWER[question.kind](cy, question, RIGHT[ITEMS[0]])
        received(cy)
        again.send("reveal")
        expect(ann.locator("#verdict.right")).to_be_visible()
        expect(ben.locator("#verdict.wrong")).to_be_visible()
        assert again.results() == {"Ann": 1.0, "Cy": 1.0, "Ben": 0.0}
    finally:
        again.quit()


def test_joining_a_team(browser: Browser, tmp_path: Path) -> None:
    host = Host(live_setup(tmp_path), "--teams", "Red,Blue")
    try:
        page = phone(browser, host.url)
        page.locator("#name").fill("Dee")
        page.locator("#join").click()
        expect(page.locator("#notice")).to_have_text("Choose your team.")
        page.locator("#team").select_option("Blue")
        page.locator("#join").click()
        expect(page.locator("#me")).to_contain_text("Dee")
        host.wait_for("joined 1 Dee")
        assert any(line.endswith("Dee (Blue)") for line in _standings(host))
    finally:
        host.quit()


def _standings(host: Host) -> list[str]:
    host.send("results")
    return [line for line in host.seen if line.startswith("standing ")]
