"""Answer letters beyond F: while a team is picked, a letter naming one of the question's
choices records it, even H (hide) or N (next); otherwise letters are commands. Right,
Left, Space and Esc always work. Questions with 16 and 9 choices from a test bank;
screens rendered under the test's tmp_path."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.core.workshop import build_workshop
from trainer.ui.workshop.stage import StagePresenter
from trainer.ui.workshop.stage_slides import ANSWER_KEYS
from ui.uikit import close_session, make_session, shot, wait_for
from ui.workshop.wskit import letter_key, open_builder, presenter_ready, press

DATA = Path(__file__).parent / "data"
ITEMS = ("many.members", "many.founding", "many.true")


def response(presenter: StagePresenter, team: int) -> object:
    state = presenter.state
    assert state is not None
    answer = state.answers.get(state.teams[team].id)
    return None if answer is None else answer.response


def test_letters_past_f_are_answers_while_a_team_is_picked(qtbot: QtBot, tmp_path: Path) -> None:
    assert ANSWER_KEYS == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    session = make_session(qtbot, tmp_path, banks=[DATA])
    builder = open_builder(qtbot, session)
    questions = list(builder.by_id.values())
    workshop = replace(build_workshop(questions, seed=11, count=3), items=ITEMS)
    builder.set_workshop(workshop)
    builder.view.teams.setPlainText("Red\nBlue")
    builder.view.start_button.click()
    presenter = presenter_ready(qtbot, builder)
    console, audience = presenter.console, presenter.audience
    console.resize(1280, 860)
    audience.resize(1920, 1080)

    # question 1: multiple choice with 16 options, A to P
    slide = presenter.slides[0]
    assert len(slide.choices) == 16 and [b.text() for b in audience.letter_labels][-1] == "P"
    assert console.keys.text().startswith("Keys: 1–2 pick a team")
    shot(audience, "workshop_audience_16_choices_1920")
    press(qtbot, presenter, Qt.Key.Key_1)
    hint = console.keys.text()
    assert hint.startswith("Red picked: A–P record its answer (each letter toggles an option)")
    assert "Here H, L, N, P are answers, not commands." in hint
    press(qtbot, presenter, Qt.Key.Key_H, Qt.Key.Key_N)
    wait_for(qtbot, lambda: response(presenter, 0) == [slide.choices[7], slide.choices[13]])
    assert console.isVisible() and presenter.state is not None
    assert presenter.state.position == 0  # N was an answer, not "next"
    assert "H N" in console.team_widgets[0][1].text()  # type: ignore[attr-defined]
    shot(console, "workshop_console_team_picked_16_choices")
    press(qtbot, presenter, Qt.Key.Key_S)  # S names no choice here: it starts the clock
    assert presenter.clock.running
    press(qtbot, presenter, Qt.Key.Key_Space)  # Space always pauses
    assert not presenter.clock.running and presenter.clock.started
    press(qtbot, presenter, Qt.Key.Key_H)  # toggles H off again: still an answer
    wait_for(qtbot, lambda: response(presenter, 0) == [slide.choices[13]])
    press(qtbot, presenter, Qt.Key.Key_Escape)  # drops Red: letters are commands again
    assert presenter.selected == -1 and console.keys.text().startswith("Keys:")
    press(qtbot, presenter, Qt.Key.Key_H)
    assert not console.isVisible()  # H hid the console; the audience takes the keys
    press(qtbot, presenter, Qt.Key.Key_H)
    assert console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_2, letter_key(15))  # Blue: P
    wait_for(qtbot, lambda: response(presenter, 1) == [slide.choices[15]])
    assert presenter.state.position == 0 and presenter.selected == 1
    press(qtbot, presenter, Qt.Key.Key_R)  # R names no choice (A–P): reveal
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.revealed)
    shot(audience, "workshop_audience_16_choices_reveal_1920")
    audience.resize(1024, 768)  # a small projector: the slide fits, type stays large
    qtbot.waitUntil(lambda: audience.size().toTuple() == (1024, 768))
    need, have = audience._needed()
    assert need <= have and audience.choice_labels[0].font().pointSizeF() >= 16
    shot(audience, "workshop_audience_16_choices_reveal_1024")
    audience.resize(1920, 1080)
    press(qtbot, presenter, Qt.Key.Key_Right)  # with Blue picked: → still moves on
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.position == 1)
    assert presenter.selected == -1  # another question drops the pick

    # question 2: single choice with 9 options, A to I; one letter ends the pick
    slide = presenter.slides[1]
    assert len(slide.choices) == 9
    press(qtbot, presenter, Qt.Key.Key_1)
    assert "Here H is an answer, not a command." in console.keys.text()
    assert console.team_widgets[0][0].width() >= console.team_widgets[0][0].sizeHint().width()
    shot(console, "workshop_console_team_picked_9_choices")
    press(qtbot, presenter, Qt.Key.Key_H)
    wait_for(qtbot, lambda: response(presenter, 0) == slide.choices[7])
    assert console.isVisible() and presenter.selected == -1
    press(qtbot, presenter, Qt.Key.Key_H)  # no team picked: the command
    assert not console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_H, Qt.Key.Key_2, Qt.Key.Key_Escape, Qt.Key.Key_N)
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.position == 2)
    assert response(presenter, 1) is None  # Esc dropped Blue before N: nothing recorded

    # question 3: true/false, letters past B are commands even with a team picked
    press(qtbot, presenter, Qt.Key.Key_2, Qt.Key.Key_G)
    assert "no choice G" in console.message.text()
    press(qtbot, presenter, Qt.Key.Key_A)
    wait_for(qtbot, lambda: response(presenter, 1) is True)
    press(qtbot, presenter, Qt.Key.Key_Left)
    wait_for(qtbot, lambda: presenter.state is not None and presenter.state.position == 1)
    close_session(session)


def test_the_key_map_without_a_window() -> None:
    """What a key does, decided apart from the windows: while a team is picked, a letter
    naming a choice is an answer even when it is also a command."""
    from PySide6.QtCore import Qt

    from trainer.ui.workshop.stage_keys import key_action

    def picked(index: int) -> bool:
        return index < 19  # A..S name choices

    def none_picked(_index: int) -> bool:
        return False

    assert key_action(Qt.Key.Key_S, picked) == ("letter", 18)
    assert key_action(Qt.Key.Key_S, none_picked) == ("command", "start")
    assert key_action(Qt.Key.Key_Space, picked) == ("command", "pause")
    assert key_action(Qt.Key.Key_3, none_picked) == ("team", 2)
    assert key_action(Qt.Key.Key_Minus, none_picked) == ("mark", 0.0)
    assert key_action(Qt.Key.Key_Escape, picked) == ("drop", 0)
    assert key_action(Qt.Key.Key_Z, none_picked) == ("letter", 25)
    assert key_action(Qt.Key.Key_F5, none_picked) is None
