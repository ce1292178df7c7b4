"""A second launch for the same data folder hands over to the first and exits."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from startkit import launch, wait_for_log

pytestmark = pytest.mark.usefixtures("qapp")  # wait_for_log runs a Qt event loop


def test_second_launch_raises_the_first_and_exits(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "trainer.log"
    first = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
        second = launch(tmp_path)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already running" in out
        assert "brought to the front" in out
        wait_for_log(log, "asked this window to come to the front")
        assert first.poll() is None, "the first instance must keep running"
        # another data folder is another instance
        other = launch(tmp_path / "other")
        try:
            wait_for_log(tmp_path / "other" / "logs" / "trainer.log", "listening for other")
            assert other.poll() is None
        finally:
            other.terminate()
            other.communicate(timeout=30)
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_lock_left_by_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "trainer.log"
    first = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    log.write_text("", encoding="utf-8")
    again = launch(tmp_path)
    try:
        wait_for_log(log, "listening for other launches")
        assert again.poll() is None
    finally:
        again.terminate()
        again.communicate(timeout=30)


def lock_text(pid: int, app: str, host: str, machine: bytes, boot: bytes) -> bytes:
    """A lock file as QLockFile writes it: pid, program, host, machine id, boot id."""
    return f"{pid}\n{app}\n{host}\n".encode() + machine + b"\n" + boot + b"\n"


def runs_as_the_instance(data_dir: Path) -> None:
    """Launch, see it listen (it took the lock), and stop it."""
    log = data_dir / "logs" / "trainer.log"
    app = launch(data_dir)
    try:
        wait_for_log(log, "listening for other launches")
        assert app.poll() is None
        wait_for_log(log, "stale lock")
    finally:
        app.terminate()
        out, err = app.communicate(timeout=30)
    assert "already running" not in out, err


def test_a_lock_from_another_computer_is_taken_over(tmp_path: Path) -> None:
    """Portable mode: a USB stick pulled out of a computer that lost power keeps that
    computer's lock; no Trainer answers for it here, so it is stale."""
    (tmp_path / "instance.lock").write_bytes(
        lock_text(4242, "trainer", "field-laptop", b"0123" * 8, b"1111" * 8)
    )
    runs_as_the_instance(tmp_path)


def test_a_lock_whose_process_id_was_reused_is_taken_over(tmp_path: Path) -> None:
    """After a crash the process id may belong to another program that Qt takes for
    Trainer (here: another Python). It does not answer, so the lock is stale."""
    from PySide6.QtCore import QSysInfo

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        app = Path(os.readlink(f"/proc/{other.pid}/exe")).name if Path("/proc").is_dir() else ""
        (tmp_path / "instance.lock").write_bytes(
            lock_text(
                other.pid,
                app,
                QSysInfo.machineHostName(),
                bytes(QSysInfo.machineUniqueId().data()),
                bytes(QSysInfo.bootUniqueId().data()),
            )
        )
        runs_as_the_instance(tmp_path)
    finally:
        other.kill()
        other.wait(timeout=30)


def test_a_read_only_data_folder_is_not_already_running(qtbot: object, tmp_path: Path) -> None:
    from fskit import read_only

    from trainer.ui.single_instance import SingleInstance

    instance = SingleInstance(tmp_path)
    with read_only(tmp_path), pytest.raises(OSError) as caught:
        instance.acquire()
    assert caught.value.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    assert "cannot be written" in str(caught.value.strerror)
    assert instance.acquire()  # writable again: the instance
    instance.release()


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0, reason="mount")
def test_a_full_disk_is_not_already_running(qtbot: object, tmp_path: Path) -> None:
    from trainer.ui.single_instance import SingleInstance

    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)]).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        (disk / "filler").write_bytes(b"")
        with (disk / "filler").open("ab", buffering=0) as filler, contextlib.suppress(OSError):
            while True:  # fill the disk to the last block
                filler.write(b"x" * 1024)
        instance = SingleInstance(disk)
        with pytest.raises(OSError) as caught:
            instance.acquire()
        assert caught.value.errno == errno.ENOSPC
        assert "disk" in str(caught.value.strerror) and "full" in str(caught.value.strerror)
        (disk / "filler").unlink()
        assert instance.acquire()
        instance.release()
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_folder_in_place_of_the_lock_file_is_named(qtbot: object, tmp_path: Path) -> None:
    from trainer.ui.single_instance import SingleInstance

    (tmp_path / "instance.lock").mkdir()
    instance = SingleInstance(tmp_path)
    started = time.monotonic()
    with pytest.raises(OSError) as caught:
        instance.acquire()
    assert time.monotonic() - started < 5  # no wait for an owner: there is none
    assert "instance.lock" in str(caught.value.strerror)
    assert "folder" in str(caught.value.strerror)
