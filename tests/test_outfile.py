"""``write_output_file``: atomic, follows symbolic links, refuses what is not a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trainer.core.outfile import OutputFileError, write_output_file


def test_writes_a_new_file_and_replaces_an_old_one_keeping_its_permissions(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.txt"
    assert write_output_file(target, b"one") == target
    assert target.read_bytes() == b"one"
    target.chmod(0o640)
    write_output_file(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary left


def test_a_symbolic_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.gift"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.gift"
    link.symlink_to(real)
    assert write_output_file(link, b"new") == real
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    dangling = tmp_path / "dangling.gift"
    dangling.symlink_to(tmp_path / "created.gift")
    write_output_file(dangling, b"x")
    assert dangling.is_symlink() and (tmp_path / "created.gift").read_bytes() == b"x"


def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(OutputFileError, match="symbolic link"):
        write_output_file(a, b"x")
    assert a.is_symlink() and b.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_a_link_to_one_is_refused_and_kept(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "to-pipe"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(OutputFileError, match="not an ordinary file"):
            write_output_file(target, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "to-pipe"]


def test_a_folder_or_a_missing_folder_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(OutputFileError, match="it is a folder"):
        write_output_file(tmp_path, b"x")
    with pytest.raises(OutputFileError, match=r"the folder .*nope does not exist"):
        write_output_file(tmp_path / "nope" / "f.txt", b"x")
    assert list(tmp_path.iterdir()) == []
