"""Start-up time: process start to first paint and to the home screen filled (and, not
judged, to everything ready: every screen built and the full load done).

Baseline, measured in the same run: a bare QApplication + QMainWindow shown.
Prints medians and the ratios. Goals: first paint <= 1.5x the bare Qt first paint,
home screen filled (banks from the cache, a profile with progress) <= 3x. Both
processes run as an installed app does: modules compiled to bytecode once (to a
temporary folder), even where ``PYTHONDONTWRITEBYTECODE`` is set.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7]
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py --runs 3   # a quick run
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from process start to each mark, and the process's CPU time
    (``cpu``: user + system, whole run), which a busy machine disturbs less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{proc.stderr}")
    marks = {"cpu": (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000}
    for line in proc.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in {"first-paint", "home-ready", "all-ready"}:
            marks[name] = (float(stamp) - start) * 1000
    return marks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    bare: list[float] = []
    paint: list[float] = []
    home: list[float] = []
    everything: list[float] = []
    bare_cpu: list[float] = []
    app_cpu: list[float] = []
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as pycache:
        env = installed_env(Path(pycache))
        app_cmd = [sys.executable, "-m", "trainer", "--data-dir", data, "--startup-probe"]
        make_profile(Path(data), env)  # home, not the first-run screen
        measure(app_cmd, env)  # warm the bank cache and the OS file cache once
        measure([sys.executable, "-c", BARE], env)
        for _ in range(runs):  # interleaved, so drift hits both alike
            marks = measure([sys.executable, "-c", BARE], env)
            bare.append(marks["first-paint"])
            bare_cpu.append(marks["cpu"])
            marks = measure(app_cmd, env)
            app_cpu.append(marks["cpu"])
            paint.append(marks["first-paint"])
            home.append(marks["home-ready"])
            everything.append(marks["all-ready"])
    b, p, h = (statistics.median(x) for x in (bare, paint, home))
    print(f"runs: {runs} (medians, ms from process start)")
    print(f"bare QApplication + QMainWindow first paint: {b:7.1f} ms")
    print(
        f"Trainer first paint:                         {p:7.1f} ms  ratio {p / b:.2f}x "
        f"(goal <= 1.5x: {verdict(p / b, 1.5)})"
    )
    print(
        f"Trainer home screen filled:                  {h:7.1f} ms  ratio {h / b:.2f}x "
        f"(goal <= 3x: {verdict(h / b, 3.0)})"
    )
    e = statistics.median(everything)
    print(f"Trainer everything ready (not judged):      {e:7.1f} ms  ratio {e / b:.2f}x")
    bc, ac = statistics.median(bare_cpu), statistics.median(app_cpu)
    print(f"CPU time, whole run: bare {bc:7.1f} ms, Trainer {ac:7.1f} ms  ratio {ac / bc:.2f}x")


def installed_env(pycache: Path) -> dict[str, str]:
    """The environment of an installed app: modules compiled once (an install or a bundle
    ships bytecode), not from source at each start as ``PYTHONDONTWRITEBYTECODE``
    would make them; the bytecode goes to ``pycache``, outside the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def verdict(ratio: float, goal: float) -> str:
    return "met" if ratio <= goal else f"NOT met, {(ratio / goal - 1) * 100:.0f}% over"


PROFILE = r"""
import sys
from pathlib import Path
from trainer.core.data_folder import DataFolder
data_folder = DataFolder(Path(sys.argv[1]))
data_folder.load()
engine = data_folder.study
learner = engine.create_profile("Bench").id
for n in range(30):
    card = engine.next_card(learner)
    if card is None:
        break
    engine.answer_card(learner, card.item_id, 3 if n % 4 else 1)
data_folder.close()
"""


def make_profile(data: Path, env: dict[str, str]) -> None:
    """A learner with a few answers, so that start-up ends on a filled home screen."""
    subprocess.run([sys.executable, "-c", PROFILE, str(data)], env=env, check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
