"""``trainer live``: usage errors in one line, and it stops listening on quit, at the
end of its input and on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from livenetkit import ROOT, Host, live_setup

from trainer.net.addresses import likely_first


def _trainer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True,
        cwd=ROOT, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip


def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _trainer("--data-dir", str(tmp_path), "live")
    assert done.returncode == 2
    assert done.stderr.strip() == "trainer live: give --workshop FILE, or --resume"
    done = _trainer("--data-dir", str(tmp_path), "live", "--workshop", "x.yaml", "--port", "http")
    assert done.returncode == 2


def test_a_missing_workshop_is_one_plain_line(tmp_path: Path) -> None:
    done = _trainer("--data-dir", str(tmp_path), "live", "--workshop", str(tmp_path / "no.yaml"))
    assert done.returncode == 1
    assert done.stderr.startswith("trainer live: ") and "no.yaml" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def _closed(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.slow
@pytest.mark.parametrize("how", ["quit", "eof", "sigterm"])
def test_it_stops_listening(tmp_path: Path, how: str) -> None:
    host = Host(live_setup(tmp_path))
    port = int(host.url.split(":")[2].split("/")[0])
    assert not _closed(port)
    host.send("bogus", "error: unknown command")
    host.send("kick 9", "error: ")
    assert host.send("status", "status lobby")
    assert host.process.stdin is not None
    if how == "quit":
        host.process.stdin.write("quit\n")
        host.process.stdin.flush()
    elif how == "eof":
        host.process.stdin.close()
    else:
        host.process.send_signal(signal.SIGTERM)
    host.wait_for("stopped")
    assert host.process.wait(30) == 0
    assert _closed(port)


def test_the_likely_address_comes_first_and_bridges_never() -> None:
    found = likely_first([
        ("lo", "127.0.0.1"), ("docker0", "172.17.0.1"), ("br-1a2b", "172.18.0.1"),
        ("veth12", "169.254.3.3"), ("virbr0", "192.168.122.1"), ("eth0", "81.2.69.160"),
        ("enp3s0", "169.254.8.8"), ("wlan0", "192.168.1.10"), ("eth1", "10.0.0.5"),
    ])  # fmt: skip
    assert [a.address for a in found] == ["192.168.1.10", "10.0.0.5", "81.2.69.160", "169.254.8.8"]
    assert found[0].label == "wlan0 — 192.168.1.10"
