"""Real browsers for the participant page, behind one small interface: a :class:`Phone`
taps, types, chooses, reloads, waits for what the page shows and takes a picture, the
same way in each engine.

- ``chromium``: Debian's Chromium, driven by Playwright (Chrome DevTools Protocol);
- ``firefox``: Debian's Firefox ESR, driven by Playwright over WebDriver BiDi (its
  ``moz-firefox`` channel runs a system Firefox, not Playwright's patched build);
- ``webkit``: Debian's WebKitGTK (Safari's engine) through its WebDriver,
  ``WebKitWebDriver``, driven by Selenium; its MiniBrowser needs an X server (a private
  Xvfb) and runs full screen so that the page gets the whole 360×740 window.

Every phone has its own storage (a Playwright context; a WebKit session). Browsers are
started with their automation defaults and nothing else: everything the tests open is
on 127.0.0.1. An engine whose browser is not installed is skipped, except under
``CI=true``, where it fails.
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from xvfbkit import xvfb_display

ENGINES = ("chromium", "firefox", "webkit")
PHONE = {"width": 360, "height": 740}
WAIT_S = 15.0
COMMAND_S = 60
"""A WebDriver command still unanswered after this long fails the test (a browser that
cannot draw would otherwise keep it waiting for ever)."""
CHROMIUM = "/usr/bin/chromium"
FIREFOX = "/usr/bin/firefox-esr"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/*/webkit2gtk-4.*/MiniBrowser"
XVFB = "/usr/bin/Xvfb"
NO_DNS_CHROMIUM = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
NO_DNS_FIREFOX = {"network.dns.disabled": True}
"""No name is looked up: the pages are on 127.0.0.1, and the browsers' own background
requests (sign-in, component and settings updates) fail at once, offline."""
PACKAGES = {"chromium": "chromium", "firefox": "firefox-esr", "webkit": "webkit2gtk-driver"}


def _minibrowser() -> str | None:
    found = sorted(glob.glob(MINIBROWSER))
    return found[-1] if found else None


def missing(engine: str) -> str | None:
    """Why ``engine`` cannot run here (``None``: it can)."""
    needed = {
        "chromium": [CHROMIUM],
        "firefox": [FIREFOX],
        "webkit": [WEBKIT_DRIVER, XVFB, _minibrowser() or MINIBROWSER],
    }[engine]
    absent = [path for path in needed if not shutil.which(path)]
    if absent:
        return f"{', '.join(absent)} not installed (Debian package {PACKAGES[engine]})"
    if engine == "webkit" and importlib.util.find_spec("selenium") is None:
        return "Selenium is not installed (pip install -e '.[dev]')"
    return None


def require(engine: str) -> None:
    """Skip the test when ``engine`` is not installed; under CI it must be."""
    reason = missing(engine)
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{engine}: {reason}; CI runs the page in every engine")
    pytest.skip(f"{engine}: {reason}")


# -- in the page: one script per question, the same for every engine ---------------------
_FIND = "const all = Array.from(document.querySelectorAll(%s)); const el = all[%d];"
_VISIBLE = "!!el && el.getClientRects().length > 0"


def _script(css: str, nth: int, body: str) -> str:
    return "return (() => {" + _FIND % (json.dumps(css), nth) + body + "})()"


class Phone:
    """One participant's phone in ``engine``. Subclasses do the input and the pictures;
    what the page shows is read with the same scripts in every engine."""

    engine = ""

    # -- what each driver does ---------------------------------------------------------
    def open(self, url: str) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def run(self, script: str) -> Any:
        """The value of ``script`` (a function body: ``return ...``) in the page."""
        raise NotImplementedError

    def click(self, css: str, nth: int = 0, *, double: bool = False) -> None:
        raise NotImplementedError

    def fill(self, css: str, text: str, nth: int = 0) -> None:
        raise NotImplementedError

    def select(self, css: str, value: str, nth: int = 0) -> None:
        raise NotImplementedError

    def screenshot(self, path: Path) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def wait(self, script: str, timeout: float) -> bool:
        """Whether ``script`` became true within ``timeout`` seconds (the driver's own
        wait: it polls the page)."""
        raise NotImplementedError

    # -- the same in every engine --------------------------------------------------------
    def until(self, css: str, condition: str, what: str, timeout: float = WAIT_S) -> None:
        """Wait until ``condition`` (JavaScript on ``el``, the first match of ``css``;
        ``all``, every match)."""
        self.until_nth(css, 0, condition, what, timeout)

    def until_nth(
        self, css: str, nth: int, condition: str, what: str, timeout: float = WAIT_S
    ) -> None:
        if not self.wait(_script(css, nth, f"return !!({condition});"), timeout):
            shown = self.run("return document.body.innerText")
            raise AssertionError(f"{self.engine}: {css} never {what}; the page shows:\n{shown}")

    def visible(self, css: str, timeout: float = WAIT_S) -> None:
        self.until(css, _VISIBLE, "became visible", timeout)

    def hidden(self, css: str) -> None:
        self.until(css, f"!({_VISIBLE})", "was hidden")

    def has_text(self, css: str, text: str, timeout: float = WAIT_S) -> None:
        same = f"!!el && el.textContent.trim() === {json.dumps(text)}"
        self.until(css, same, f"read {text!r}", timeout)

    def has_value(self, css: str, value: str) -> None:
        self.until(css, f"!!el && el.value === {json.dumps(value)}", f"held {value!r}")

    def has_count(self, css: str, count: int) -> None:
        self.until(css, f"all.length === {count}", f"counted {count}")

    def text(self, css: str) -> str:
        return str(self.run(_script(css, 0, "return el ? el.innerText : null;")))

    def texts(self, css: str) -> list[str]:
        return list(self.run(_script(css, 0, "return all.map((x) => x.textContent.trim());")))

    def count(self, css: str) -> int:
        return int(self.run(_script(css, 0, "return all.length;")))

    def tap_choice(self, text: str, *, double: bool = False) -> None:
        """Tap the choice button whose own text is exactly ``text``."""
        css = "button.choice span.text"
        wanted = json.dumps(text)
        self.until(css, f"all.some((x) => x.textContent === {wanted})", f"offered {text!r}")
        self.click("button.choice", self.texts(css).index(text), double=double)


# -- Chromium and Firefox: Playwright --------------------------------------------------
class PlaywrightPhone(Phone):
    def __init__(self, engine: str, browser: Any) -> None:
        self.engine = engine
        self.context = browser.new_context(viewport=PHONE, device_scale_factor=2, has_touch=True)
        self.page = self.context.new_page()

    def open(self, url: str) -> None:
        self.page.goto(url)

    def reload(self) -> None:
        self.page.reload()

    def run(self, script: str) -> Any:
        return self.page.evaluate(f"() => {{ {script} }}")

    def click(self, css: str, nth: int = 0, *, double: bool = False) -> None:
        target = self.page.locator(css).nth(nth)
        target.dblclick() if double else target.click()

    def fill(self, css: str, text: str, nth: int = 0) -> None:
        self.page.locator(css).nth(nth).fill(text)

    def select(self, css: str, value: str, nth: int = 0) -> None:
        self.page.locator(css).nth(nth).select_option(value)

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path))

    def close(self) -> None:
        self.context.close()

    def wait(self, script: str, timeout: float) -> bool:
        from playwright.sync_api import TimeoutError as Late

        try:
            self.page.wait_for_function(f"() => {{ {script} }}", timeout=timeout * 1000)
        except Late:
            return False
        return True


# -- WebKit: WebKitGTK's WebDriver through Selenium ------------------------------------
class WebKitPhone(Phone):
    engine = "webkit"

    def __init__(self, display: str) -> None:
        from selenium import webdriver
        from selenium.webdriver.remote.client_config import ClientConfig
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        options = Options()
        options.binary_location = _minibrowser() or MINIBROWSER
        options.add_argument("--automation")
        options.add_argument("--full-screen")  # no toolbar: the page gets 360×740
        env = {**os.environ, "DISPLAY": display, "GDK_SCALE": "2"}
        self.service = Service(executable_path=WEBKIT_DRIVER, env=env)
        self.service.start()
        address = self.service.service_url
        config = ClientConfig(remote_server_addr=address, timeout=COMMAND_S)
        try:
            with warnings.catch_warnings():  # Selenium itself still passes it the old way
                warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
                self.driver = webdriver.Remote(address, options=options, client_config=config)
        except BaseException:
            self.service.stop()
            raise
        self.driver.set_window_rect(0, 0, PHONE["width"], PHONE["height"])

    def open(self, url: str) -> None:
        self.driver.get(url)

    def reload(self) -> None:
        self.driver.refresh()

    def run(self, script: str) -> Any:
        return self.driver.execute_script(script)

    def _element(self, css: str, nth: int) -> Any:
        """The ``nth`` match of ``css`` once it is shown and enabled (as Playwright
        waits before it acts)."""
        ready = "!!el && el.getClientRects().length > 0 && !el.disabled"
        self.until_nth(css, nth, ready, "was ready for input")
        return self.run(_script(css, nth, "return el;"))

    def click(self, css: str, nth: int = 0, *, double: bool = False) -> None:
        from selenium.webdriver.common.action_chains import ActionChains

        target = self._element(css, nth)
        if double:
            ActionChains(self.driver).double_click(target).perform()
        else:
            target.click()

    def fill(self, css: str, text: str, nth: int = 0) -> None:
        field = self._element(css, nth)
        field.clear()
        field.send_keys(text)

    def select(self, css: str, value: str, nth: int = 0) -> None:
        from selenium.webdriver.support.select import Select

        Select(self._element(css, nth)).select_by_value(value)

    def screenshot(self, path: Path) -> None:
        self.driver.save_screenshot(str(path))

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            self.service.stop()

    def wait(self, script: str, timeout: float) -> bool:
        from selenium.common.exceptions import TimeoutException
        from selenium.webdriver.support.wait import WebDriverWait

        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
                lambda driver: driver.execute_script(script)
            )
        except TimeoutException:
            return False
        return True


class Browsers:
    """Starts each engine once, when a phone first needs it; :meth:`close` ends them
    (each phone is closed by whoever asked for it)."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._playwright: Any = None
        self._browsers: dict[str, Any] = {}
        self._display: str | None = None

    def phone(self, engine: str, url: str) -> Phone:
        """A new phone (its own storage) in ``engine`` at ``url``."""
        made = self._webkit() if engine == "webkit" else self._playwright_phone(engine)
        made.open(url)
        return made

    def _playwright_phone(self, engine: str) -> Phone:
        if self._playwright is None:
            from playwright.sync_api import sync_playwright

            self._playwright = self._stack.enter_context(sync_playwright())
        if engine not in self._browsers:
            launch: dict[str, Callable[[], Any]] = {
                "chromium": lambda: self._playwright.chromium.launch(
                    executable_path=CHROMIUM, args=[NO_DNS_CHROMIUM]
                ),
                "firefox": lambda: self._playwright.firefox.launch(
                    channel="moz-firefox",
                    executable_path=FIREFOX,
                    firefox_user_prefs=NO_DNS_FIREFOX,
                ),
            }
            browser = launch[engine]()
            self._stack.callback(browser.close)
            self._browsers[engine] = browser
        return PlaywrightPhone(engine, self._browsers[engine])

    def _webkit(self) -> Phone:
        if self._display is None:
            self._display = self._stack.enter_context(xvfb_display(XVFB, "1024x1600x24"))
        return WebKitPhone(self._display)

    def close(self) -> None:
        self._stack.close()


NewPhone = Callable[[str], Phone]
"""Opens a new phone (in the test's engine) at a join address."""


def browsers() -> Iterator[Browsers]:
    """For a fixture: the engines that a module's tests start, ended after them."""
    started = Browsers()
    try:
        yield started
    finally:
        started.close()
