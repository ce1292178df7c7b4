"""``trainer --self-test``: headless checks that the installed app really works.

Runs offscreen in a temporary data directory: loads the shipped banks, builds a
quiz, opens the progress store, creates every main screen and renders it. Exits 0,
or 1 with a line per failed step. CI runs it against the built bundle.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Step = Callable[[dict[str, Any]], str]


def step_banks(ctx: dict[str, Any]) -> str:
    from trainer.core.banks import load_banks
    from trainer.paths import cache_dir, shipped_banks_dir

    result = load_banks([shipped_banks_dir()], cache_dir=cache_dir(ctx["data_dir"]))
    if result.errors:
        raise RuntimeError("; ".join(str(e) for e in result.errors[:5]))
    if not result.questions:
        raise RuntimeError(f"no study items in {shipped_banks_dir()}")
    ctx["load"] = result
    return f"{len(result.banks)} banks, {len(result.questions)} study items"


def step_screens(ctx: dict[str, Any]) -> str:
    from trainer.ui.app import Session, get_app

    app = get_app()
    session = Session(ctx["data_dir"])
    session.start()
    deadline = time.monotonic() + 30
    ready: list[bool] = []
    session.controller.home_ready.connect(lambda: ready.append(True))
    while not ready and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if not ready:
        raise RuntimeError("the home screen was not filled within 30 s")
    if session.controller.overview is None:
        raise RuntimeError("the home screen shows an error: " + session.window.home.status.text())
    names = []
    for index in range(session.window.stack.count()):
        screen = session.window.stack.widget(index)
        session.window.stack.setCurrentIndex(index)
        pixmap = screen.grab()
        if pixmap.isNull() or pixmap.width() < 100:
            raise RuntimeError(f"screen {screen.objectName()} did not render")
        names.append(screen.objectName())
    session.window.close()
    session.tasks.wait()
    return "rendered " + ", ".join(names)


STEPS: list[tuple[str, Step]] = [
    ("load the shipped banks", step_banks),
    ("create and render every main screen", step_screens),
]


def run_self_test(out: TextIO) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="trainer-selftest-") as tmp:
        ctx: dict[str, Any] = {"data_dir": Path(tmp)}
        for name, step in STEPS:
            try:
                detail = step(ctx)
            except Exception as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", file=out)
                if os.environ.get("TRAINER_DEBUG"):
                    traceback.print_exc(file=out)
            else:
                print(f"ok   {name}: {detail}", file=out)
    print("self-test " + ("passed" if not failures else f"failed ({failures} step(s))"), file=out)
    return 1 if failures else 0
