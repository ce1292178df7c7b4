"""The workshop builder on the shipped banks: swap one question, save and open the file
through the file dialog, a bad file's located errors, print the PDF, export GIFT with the
items it cannot hold listed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from trainer.core.workshop import open_workshop
from ui.uikit import close_session, wait_for
from ui.workshop.wskit import banks_session, build, open_builder


def choose_file(qtbot: QtBot, builder: object, path: Path) -> None:
    """Pick ``path`` in the dialog the builder just opened and accept it."""
    dialog = builder.view.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_swap_save_open_print_export(qtbot: QtBot, tmp_path: Path) -> None:
    session = banks_session(qtbot, tmp_path / "data")
    builder = open_builder(qtbot, session)
    builder.view.title.setText("GMG morning")
    build(qtbot, builder, 6, seed=11)
    items = builder.workshop.items  # type: ignore[union-attr]
    assert len(set(items)) == 6

    # swap the third question: another of the same topic, the others unchanged
    builder.view.preview.setCurrentRow(2)
    builder.view.swap_button.click()
    wait_for(qtbot, lambda: builder.workshop.items != items)  # type: ignore[union-attr]
    swapped = builder.workshop.items  # type: ignore[union-attr]
    assert [i for n, i in enumerate(swapped) if n != 2] == [
        i for n, i in enumerate(items) if n != 2
    ]
    old, new = builder.by_id[items[2]], builder.by_id[swapped[2]]
    assert new.topic == old.topic and new.fact_id != old.fact_id
    assert builder.view.preview.item(2).toolTip() == swapped[2]

    # save through the dialog, then open it again in a fresh builder state
    builder.view.seconds.setValue(45)
    builder.view.teams.setPlainText("Red\nBlue")
    saved = tmp_path / "gmg.yaml"
    builder.view.save_button.click()
    choose_file(qtbot, builder, saved)
    wait_for(qtbot, lambda: "Saved to" in builder.view.message.text())
    on_disk = open_workshop(saved)
    assert on_disk.items == swapped and on_disk.seconds_per_question == 45
    assert on_disk.title == "GMG morning"
    assert on_disk.teams == ("Red", "Blue")  # kept for the score sheet and the next run

    builder.view.title.setText("changed")
    builder.view.count.setValue(3)
    builder.view.teams.clear()
    builder.view.open_button.click()
    choose_file(qtbot, builder, saved)
    wait_for(qtbot, lambda: builder.view.title.text() == "GMG morning")
    assert builder.workshop.items == swapped  # type: ignore[union-attr]
    assert builder.view.count.value() == 6 and builder.view.seconds.value() == 45
    assert builder.view.seed.value() == 11
    assert builder.team_names() == ["Red", "Blue"]

    # a bad file: the core's located error is shown, the workshop is kept
    bad = tmp_path / "bad.yaml"
    bad.write_text(saved.read_text().replace("seconds_per_question: 45", "seconds: 45"))
    builder.open_from(bad)
    wait_for(qtbot, lambda: "unknown field" in builder.view.message.text())
    assert f"{bad}:" in builder.view.message.text()
    assert builder.workshop.items == swapped  # type: ignore[union-attr]

    # print: versions A and B, answer keys, a score sheet with the teams
    builder.view.teams.setPlainText("Red\nBlue\nGreen")
    pdf = tmp_path / "handout.pdf"
    builder.print_to(pdf, "letter")
    assert "Printed the handouts to" in builder.view.message.text()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "GMG morning — version A" in text and "GMG morning — version B" in text
    keys = PdfReader(tmp_path / "handout-keys.pdf").pages
    assert "answer key, version B" in " ".join(" ".join(p.extract_text() for p in keys).split())
    assert "Green" in text
    width = float(PdfReader(pdf).pages[0].mediabox.width)
    assert abs(width - 612) < 1  # Letter

    # export GIFT: what it cannot hold is listed, not dropped silently
    gift = tmp_path / "gmg.txt"
    builder.view.format.setCurrentIndex(builder.view.format.findData("gift"))
    builder.view.export_button.click()
    choose_file(qtbot, builder, gift)
    wait_for(qtbot, lambda: "Exported" in builder.view.message.text())
    body = gift.read_text(encoding="utf-8")
    lines = builder.view.message.text().splitlines()
    skipped = [line for line in lines if line.startswith("not exported: ")]
    exported = int(lines[0].split()[1])
    assert " question" in lines[0]  # "Exported 5 questions to …": 5 of what, said
    assert "(s)" not in lines[0]  # the plural from the translations
    assert exported + len(skipped) == 6
    assert body.count("::") >= exported  # one titled question per exported item

    # the core's check of team names is shown; no presenter opens
    builder.view.teams.setPlainText("Red\nred")
    builder.view.start_button.click()
    wait_for(qtbot, lambda: "same name" in builder.view.message.text())
    assert builder.stage is None
    close_session(session)


def test_an_interrupted_workshop_is_offered_on_home(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from ui.uikit import create_profile, key
    from ui.workshop.wskit import press, start_workshop

    session, builder, presenter = start_workshop(qtbot, tmp_path, 3, seed=5)
    create_profile(qtbot, session, "Amina")
    press(qtbot, presenter, Qt.Key.Key_N)  # on to the second question, then the power cut
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.position == 1)
    presenter.close()
    builder.view.close()
    session.window.activateWindow()
    key(qtbot, session, "Ctrl+1")
    home = session.window.home
    wait_for(qtbot, lambda: home.workshop_button.isVisibleTo(session.window))
    assert "Resume the wor&kshop" in home.workshop_button.text()
    home.workshop_button.click()
    wait_for(qtbot, lambda: builder.view.isVisible() and builder.view.resume_bar.isVisible())
    close_session(session)


def test_the_workshop_windows_fit_a_laptop_screen(tmp_path: Path) -> None:
    """The builder (1100×760) and the console (1000×720) were taller than a 1366×768
    laptop's screen; they now take at most the room the screen has."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    # the room a 1366×768 laptop leaves under its panels and a title bar
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 700}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    worker = Path(__file__).with_name("ws_fit_worker.py")
    proc = subprocess.run(
        [sys.executable, str(worker), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    sizes = json.loads(proc.stdout.strip().splitlines()[-1])
    room_width, room_height = sizes.pop("room")
    assert (room_width, room_height) == (1366, 700)
    for name, (width, height) in sizes.items():
        assert width <= room_width and height <= room_height, (name, width, height)
