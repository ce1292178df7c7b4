"""Qt calls must not eat references to None, True or False.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt
method that returns nothing; a running app (the workshop clock alone redraws five
times a second) then aborts with "Fatal Python error: none_dealloc". The loop runs in
a subprocess so that such a crash fails this test instead of killing the test run.
On Python 3.12 and later these objects are immortal and their counts never move.
"""

from __future__ import annotations

import os
import subprocess
import sys

LOOP = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])

class Emitter(QObject):
    fired = Signal(object)

emitter, got = Emitter(), []
emitter.fired.connect(got.append)
label = QLabel()
before = [sys.getrefcount(x) for x in (None, True, False)]
for n in range(20_000):
    label.setText(str(n % 7))       # returns nothing
    label.isVisible()               # returns a bool
    emitter.blockSignals(False)     # returns a bool
    emitter.fired.emit(None)        # a Python slot with None
    app.processEvents()
got.clear()
after = [sys.getrefcount(x) for x in (None, True, False)]
print(*before)
print(*after)
"""


def test_qt_calls_keep_references_to_none_true_false() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", LOOP], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    before, after = ([int(v) for v in line.split()] for line in run.stdout.splitlines()[-2:])
    for name, b, a in zip(("None", "True", "False"), before, after, strict=True):
        assert a >= b - 50, f"{name}: {b} references before 20,000 Qt calls, {a} after"
