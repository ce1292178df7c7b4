"""Real browsers play a whole phone game on loopback, once per engine (tests/browserkit.py:
Chromium, Firefox and WebKit, Debian's own builds): against ``trainer live`` in a
subprocess, and against a server in this process whose clock the test moves."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import NewPhone, Phone
from livekit import ITEMS, RIGHT, WRONG, LiveClock, done, live_workshop
from livenetkit import Host, live_setup
from phonekit import ANSWER, join, received
from wsbankkit import BANK

from trainer.core.banks import load_banks
from trainer.core.workshop.live import LiveGame
from trainer.net.live_server import LiveServer
from trainer.net.page_texts import page_texts
from trainer.store import open_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
RECONNECT_S = 30.0
"""A phone retries with a growing pause (at most 10 s) until the server is back."""


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Host]:
    running = Host(live_setup(tmp_path))
    yield running
    running.quit()


def test_three_phones_play_every_kind(new_phone: NewPhone, host: Host, tmp_path: Path) -> None:
    by_id = load_banks([tmp_path / "banks"]).by_id
    ann, ben, cy = (new_phone(host.url) for _ in range(3))
    for phone, name in ((ann, "Ann"), (ben, "Ben"), (cy, "Cy <b>")):
        join(phone, name)
        host.wait_for(f"joined {_number(name)} {name}")
    plan = {ann: RIGHT, ben: WRONG, cy: RIGHT}
    for position, item in enumerate(ITEMS):
        question = by_id[item]
        host.send("next")
        if question.kind == "numeric":  # what is typed before the clock starts stays
            ann.fill("#number", "12")
            host.send("start")
            ann.hidden("#wait")
            ann.has_value("#number", "12")
        else:
            host.send("start")
        for phone, answers in plan.items():
            phone.visible("#prompt")
            if phone is cy and position == 2:  # a reload mid-question keeps name and score
                before = phone.text("#me")
                phone.reload()
                phone.visible("#prompt")
                assert phone.text("#me") == before
                assert phone.count("#name") == 0
            if phone is ann:
                _screenshot(ann, tmp_path / f"{question.kind}.png")
            if phone is ann and position == 1:
                _look_at(ann, tmp_path)
            if phone is ben and position == 0:  # a double tap counts once
                phone.tap_choice(answers[item], double=True)
            else:
                ANSWER[question.kind](phone, question, answers[item])
            received(phone)
        host.wait_for("answered 3 of 3")
        host.send("reveal")
        ann.visible("#verdict.right")
        ben.visible("#verdict.wrong")
        cy.visible("#verdict.right")
        ann.has_text("#explanation", question.explanation.strip())
        _screenshot(ben, tmp_path / f"reveal-{question.kind}.png")
    host.send("finish")
    results = host.results()
    assert results == {"Ann": 8.0, "Cy <b>": 8.0, "Ben": 0.0}
    for phone in plan:
        phone.has_count("#board li", 3)
    podium = ann.texts("#board li")
    assert podium == ["1. Ann — 8", "1. Cy <b> — 8", "3. Ben — 0"] or podium == [
        "1. Cy <b> — 8",
        "1. Ann — 8",
        "3. Ben — 0",
    ]
    assert cy.count("#board b") == 0  # the name is text, not markup
    _screenshot(cy, tmp_path / "podium.png")


def _number(name: str) -> int:
    return {"Ann": 1, "Ben": 2, "Cy <b>": 3}[name]


def _look_at(phone: Phone, folder: Path) -> None:
    """The question at 360×740, then at 200% text: nothing wider than the screen."""
    assert phone.run("return [innerWidth, innerHeight]") == [360, 740]
    _screenshot(phone, folder / "phone.png")
    phone.run("document.documentElement.style.fontSize = '200%'")
    wide = phone.run("return document.documentElement.scrollWidth")
    _screenshot(phone, folder / "phone-200.png")
    phone.run("document.documentElement.style.fontSize = ''")
    assert wide <= 360


def _screenshot(phone: Phone, path: Path) -> None:
    phone.screenshot(path)
    assert path.stat().st_size > 5000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_phones_come_back_after_the_host_is_killed(new_phone: NewPhone, tmp_path: Path) -> None:
    setup = live_setup(tmp_path)
    by_id = load_banks([setup.bank_dir]).by_id
    question = by_id[ITEMS[0]]
    port = _free_port()
    first = Host(setup, port=port)
    ann, ben, cy = (new_phone(first.url) for _ in range(3))
    for phone, name in ((ann, "Ann"), (ben, "Ben"), (cy, "Cy")):
        join(phone, name)
    first.send("next")
    first.send("start")
    ANSWER[question.kind](ann, question, RIGHT[ITEMS[0]])
    ANSWER[question.kind](ben, question, WRONG[ITEMS[0]])
    received(ann)
    received(ben)
    first.kill()  # SIGKILL, mid-question
    for phone in (ann, ben, cy):
        phone.until("#net", "el.textContent !== ''", "said the connection is lost")
    again = Host(setup, "--resume", port=port)
    try:
        assert again.url == first.url
        for phone in (ann, ben, cy):  # back by themselves (they keep retrying)
            phone.has_text("#net", "", timeout=RECONNECT_S)
        received(ann)
        received(ben)
        again.send("start")  # a resumed clock waits for the facilitator
        ANSWER[question.kind](cy, question, RIGHT[ITEMS[0]])
        received(cy)
        again.send("reveal")
        ann.visible("#verdict.right")
        ben.visible("#verdict.wrong")
        assert again.results() == {"Ann": 1.0, "Cy": 1.0, "Ben": 0.0}
    finally:
        again.quit()


def test_joining_a_team(new_phone: NewPhone, tmp_path: Path) -> None:
    host = Host(live_setup(tmp_path), "--teams", "Red,Blue")
    try:
        phone = new_phone(host.url)
        phone.fill("#name", "Dee")
        phone.click("#join")
        phone.has_text("#notice", "Choose your team.")
        phone.select("#team", "Blue")
        phone.click("#join")
        phone.until("#me", "el.textContent.includes('Dee')", "named Dee")
        host.wait_for("joined 1 Dee")
        assert any(line.endswith("Dee (Blue)") for line in _standings(host))
    finally:
        host.quit()


def _standings(host: Host) -> list[str]:
    host.send("results")
    return [line for line in host.seen if line.startswith("standing ")]


def test_an_answer_sent_after_the_time_is_refused_on_the_phone(
    new_phone: NewPhone, tmp_path: Path
) -> None:
    """A phone that lost the Wi-Fi keeps its answer and sends it when it is back: too
    late by then, the phone says so in plain words."""
    (tmp_path / "ws.yaml").write_text(BANK, encoding="utf-8")
    loaded = load_banks([tmp_path])
    question = loaded.by_id[ITEMS[0]]
    clock = LiveClock()
    store = open_store(tmp_path / "live.sqlite3")
    workshop = live_workshop(loaded.questions, seconds=30)
    game = LiveGame.start(store, workshop, loaded.by_id, clock=clock)
    first = LiveServer(game, "127.0.0.1", 0)
    first.start()
    again = LiveServer(game, "127.0.0.1", first.port)
    try:
        phone = new_phone(first.join_url)
        join(phone, "Ann")
        done(game.next())
        done(game.start_clock())
        phone.visible("button.choice")
        first.stop()  # out of the Wi-Fi: the question stays on the screen
        phone.until("#net", "el.textContent !== ''", "said the connection is lost")
        ANSWER[question.kind](phone, question, RIGHT[ITEMS[0]])
        phone.visible("#status")  # kept, to be sent when the server is back
        clock.advance(31)  # the question's 30 seconds are over meanwhile
        again.start()
        assert again.port == first.port
        phone.has_text("#net", "", timeout=RECONNECT_S)
        phone.has_text("#notice", page_texts(None)["error.time_up"])
        phone.hidden("button.choice")
        assert game.answers_to(game.position) == []
        _screenshot(phone, tmp_path / "late.png")
    finally:
        first.stop()
        again.stop()
        game.close()
        store.close()
