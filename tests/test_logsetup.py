"""The log file: created on first use, rotated by size, one handler per data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from trainer import logsetup


def test_records_go_to_the_data_folder_and_rotate(tmp_path: Path) -> None:
    path = logsetup.setup_logging(tmp_path)
    assert path == tmp_path / "logs" / "trainer.log"
    assert not path.exists()  # nothing written yet
    log = logging.getLogger("trainer.test")
    log.warning("first record")
    assert "first record" in path.read_text(encoding="utf-8")
    line = "x" * 1000
    for _ in range(logsetup.MAX_BYTES // 1000 + 10):
        log.info(line)
    assert (tmp_path / "logs" / "trainer.log.1").is_file()
    assert path.stat().st_size < logsetup.MAX_BYTES


def test_setting_up_again_replaces_the_handler(tmp_path: Path) -> None:
    logsetup.setup_logging(tmp_path / "a")
    second = logsetup.setup_logging(tmp_path / "b")
    root = logging.getLogger("trainer")
    assert len([h for h in root.handlers if isinstance(h, logging.Handler)]) == 1
    logging.getLogger("trainer.x").warning("to b")
    assert "to b" in second.read_text(encoding="utf-8")
    assert not (tmp_path / "a" / "logs" / "trainer.log").exists()
