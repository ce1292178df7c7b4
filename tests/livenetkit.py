"""Shared by the phone game's network tests: a data folder with the workshop tests' bank
and a workshop asking every kind, and ``trainer live`` run in a subprocess whose output
lines the test waits on."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from livekit import ITEMS, live_workshop
from websockets.sync.client import ClientConnection
from wsbankkit import BANK

from trainer.core.banks import load_banks
from trainer.core.workshop import save_workshop

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Setup:
    data_dir: Path
    bank_dir: Path
    workshop: Path


def live_setup(folder: Path, *, items: Sequence[str] = ITEMS, seconds: int = 60) -> Setup:
    """A data folder, the bank and a workshop file of ``items`` under ``folder``."""
    bank_dir = folder / "banks"
    bank_dir.mkdir(parents=True, exist_ok=True)
    (bank_dir / "ws.yaml").write_text(BANK, encoding="utf-8")
    questions = load_banks([bank_dir]).questions
    workshop = folder / "phones.workshop.yaml"
    save_workshop(live_workshop(questions, items=items, seconds=seconds), workshop)
    data = folder / "data"
    data.mkdir(exist_ok=True)
    return Setup(data, bank_dir, workshop)


class Host:
    """``trainer live`` in a subprocess: :meth:`send` a command, :meth:`wait_for` a line."""

    def __init__(self, setup: Setup, *extra: str, port: int = 0) -> None:
        args = [
            sys.executable, "-m", "trainer", "--data-dir", str(setup.data_dir), "live",
            "--host", "127.0.0.1", "--port", str(port), "--bank-path", str(setup.bank_dir),
            *extra,
        ]  # fmt: skip
        if "--resume" not in extra:
            args += ["--workshop", str(setup.workshop)]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", env=env, cwd=ROOT,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.room = self.wait_for("room ").split()[1]
        self.url = self.wait_for("join ").split()[1]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, start: str, timeout: float = 30.0) -> str:
        """The first line (not yet waited on) that starts with ``start``."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                err = self.process.stderr.read() if self.process.poll() is not None else ""
                raise AssertionError(f"no line {start!r} in {self.seen}; stderr: {err}")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(line)
            if line.startswith(start):
                return line

    def send(self, command: str, expect: str | None = None) -> str:
        """Send ``command``; returns its ``ok`` line (or the line starting ``expect``)."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.wait_for(expect or f"ok {command.split()[0]}")

    def results(self) -> dict[str, float]:
        """Name → points, from the host's standings."""
        self.send("results", "ok results")
        return {
            line.split(" ", 5)[5]: float(line.split()[3])
            for line in self.seen
            if line.startswith("standing ")
        }

    def quit(self) -> int:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
        return self.process.wait(30)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(30)


def ask(ws: ClientConnection, message: dict[str, Any], want: str) -> dict[str, Any]:
    """Send ``message`` as a phone does; the first reply of type ``want`` (pushed states
    skipped, an error fails the test)."""
    ws.send(json.dumps(message))
    while True:
        reply = json.loads(ws.recv(timeout=10))
        if reply.get("type") == want:
            return reply  # type: ignore[no-any-return]
        assert reply.get("type") != "error", reply
