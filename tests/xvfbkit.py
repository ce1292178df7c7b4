"""A private Xvfb for the tests that need a real X server (window class, two monitors).

Xvfb picks a free display number itself and writes it to a pipe once it accepts
connections (``-displayfd``): the tests wait for that, not for a socket file to appear.
"""

from __future__ import annotations

import os
import select
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb_display(xvfb: str, size: str, timeout: float = 30.0) -> Iterator[str]:
    """``DISPLAY`` of an Xvfb of ``size`` (``"1280x800x24"``), running for the block."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)  # Xvfb says when it is up
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(read_end)
        proc.terminate()
        proc.wait(timeout=30)
