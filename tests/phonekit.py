"""Shared by the real-browser tests of the participant page: Chromium driven by
Playwright, and one way per question kind to answer on the page as a person would
(taps, typing, choosing), keyed by the kind's wire name like the page's own table."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Browser, Locator, Page, expect

from trainer.core.banks import Question

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}


def chromium_path() -> str | None:
    return CHROMIUM if shutil.which(CHROMIUM) else None


def exact(text: str) -> re.Pattern[str]:
    return re.compile(f"^{re.escape(text)}$")


def choice(page: Page, text: str) -> Locator:
    """The choice button whose own text is exactly ``text``."""
    return page.locator("button.choice").filter(has=page.locator("span.text", has_text=exact(text)))


def _single(page: Page, q: Question, response: Any) -> None:
    choice(page, response).click()


def _multiple(page: Page, q: Question, response: Any) -> None:
    for text in response:
        choice(page, text).click()
    page.locator("#send").click()


def _true_false(page: Page, q: Question, response: Any) -> None:
    choice(page, "True" if response else "False").click()


def _typed(field: str) -> Callable[[Page, Question, Any], None]:
    def answer(page: Page, q: Question, response: Any) -> None:
        page.locator(field).fill(str(response))
        page.locator("#send").click()

    return answer


def _cloze(page: Page, q: Question, response: Any) -> None:
    for index, text in enumerate(response):
        page.locator("input.blank").nth(index).fill(text)
    page.locator("#send").click()


def _ordering(page: Page, q: Question, response: Any) -> None:
    for text in response:
        choice(page, text).click()
    page.locator("#send").click()


def _matching(page: Page, q: Question, response: Any) -> None:
    lefts = list(q.lefts)  # type: ignore[attr-defined]
    for left, right in response.items():
        page.locator("select.match").nth(lefts.index(left)).select_option(right)
    page.locator("#send").click()


ANSWER: dict[str, Callable[[Page, Question, Any], None]] = {
    "single_choice": _single,
    "multiple_choice": _multiple,
    "true_false": _true_false,
    "numeric": _typed("#number"),
    "short_answer": _typed("#text"),
    "cloze": _cloze,
    "ordering": _ordering,
    "matching": _matching,
}
"""Kind → how a person answers it on the page."""


def phone(browser: Browser, url: str) -> Page:
    """A new phone (its own storage) at ``url``, 360×740."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, has_touch=True)
    page = context.new_page()
    page.goto(url)
    return page


def join(page: Page, name: str) -> None:
    page.locator("#name").fill(name)
    page.locator("#join").click()
    expect(page.locator("#me")).to_contain_text(name)


def received(page: Page) -> None:
    expect(page.locator("#status.received")).to_be_visible(timeout=15_000)
