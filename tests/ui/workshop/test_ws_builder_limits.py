"""The builder shows any workshop file the format accepts (the seed and counts at the
ends of their ranges) and a file past a range as a located error, not a crash dialog."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from trainer.core.study.quiz import SEED_MAX
from trainer.core.workshop import save_workshop
from trainer.core.workshop.definition import MAX_COUNT
from ui.uikit import close_session
from ui.workshop.wskit import banks_session, build, open_builder


def test_seed_and_count_at_the_ends_of_their_ranges(qtbot: QtBot, tmp_path: Path) -> None:
    session = banks_session(qtbot, tmp_path / "data")
    builder = open_builder(qtbot, session)
    build(qtbot, builder, 3, seed=5)
    workshop = builder.workshop
    assert workshop is not None
    path = tmp_path / "w.yaml"
    save_workshop(workshop, path)
    text = path.read_text(encoding="utf-8")

    path.write_text(
        text.replace("seed: 5", f"seed: {SEED_MAX}").replace("count: 3", f"count: {MAX_COUNT}"),
        encoding="utf-8",
    )
    builder.open_from(path)
    qtbot.waitUntil(lambda: builder.view.seed.value() == SEED_MAX)
    assert builder.view.count.value() == MAX_COUNT

    path.write_text(text.replace("seed: 5", "seed: 1099511627776"), encoding="utf-8")
    builder.open_from(path)
    qtbot.waitUntil(lambda: "seed:" in builder.view.message.text())
    assert f"{path}:" in builder.view.message.text()
    assert "Something went wrong" not in builder.view.message.text()
    assert builder.view.seed.value() == SEED_MAX  # the workshop shown is kept
    close_session(session)
