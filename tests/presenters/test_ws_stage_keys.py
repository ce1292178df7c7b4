"""The workshop's key map driving the stage presenter, with fake windows, a runner that
runs each job at once and a clock the test advances: answers by letter and by mark,
pause, reveal, leaderboard, next and previous, the podium; each step committed to a
real SQLite store. No window opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wspresenterkit import ITEMS, Stage, letter_key, open_stage, workshop_of

from trainer.core.banks import Question
from trainer.core.workshop import WorkshopSession
from trainer.store import Store

K = Qt.Key


def started(store: Store, by_id: dict[str, Question], teams: list[str]) -> Stage:
    workshop = workshop_of(by_id)
    stage = open_stage(lambda: WorkshopSession.start(store, workshop, teams, by_id))
    assert stage.windows.shown and stage.presenter.state is not None
    return stage


def verdicts(stage: Stage) -> dict[str, str]:
    """Each team's verdict on the console for the current question."""
    return {line.name: line.verdict for line in stage.windows.console.teams}


def committed(stage: Stage) -> tuple[int, bool, bool, int | None]:
    """The session as the database has it: position, revealed, finished, clock left."""
    return tuple(stage.session.state())  # type: ignore[return-value]


def test_keys_record_answers_pause_reveal_and_move_on(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = started(store, by_id, ["Red", "Blue", "Green"])
    presenter, console, audience = stage.presenter, stage.windows.console, stage.windows.audience
    slide = presenter.slides[0]
    assert slide.item_id == ITEMS[0] and slide.kind == "single_choice"
    assert audience.slide == slide and not audience.revealed
    assert console.state == "Press S to start the clock" and audience.countdown == (30, False)

    stage.key(K.Key_S)  # the clock starts, its time is stored
    assert presenter.clock.running and committed(stage) == (0, False, False, 30_000)
    stage.clock.advance(2_000)
    assert console.countdown == 28 and console.state == "Running"

    right, wrong = (
        slide.right[0],
        next(i for i in range(len(slide.choices)) if i not in slide.right),
    )
    stage.key(K.Key_1)  # Red picked: the key line says its letters record its answer
    assert presenter.selected == 0 and console.keys.startswith("Red picked: A–D")
    stage.key(letter_key(right))  # one letter is a single choice's whole answer
    assert presenter.selected == -1 and console.keys.startswith("Keys: 1–3 pick a team")
    stage.clock.advance(1_000)
    stage.key(K.Key_2, letter_key(wrong))
    stage.key(K.Key_3, K.Key_Plus)  # Green marked right by the facilitator
    assert verdicts(stage) == {"Red": "right", "Blue": "wrong", "Green": "right"}
    answers = {a.team_id: a for a in stage.session.answers(0)}
    teams = {t.name: t.id for t in stage.session.teams()}
    assert answers[teams["Red"]].elapsed_ms == 2_000
    assert answers[teams["Blue"]].elapsed_ms == 3_000
    assert answers[teams["Green"]].response is None  # marked, not answered

    stage.key(K.Key_Space)  # pause: the time left is kept and stored
    assert not presenter.clock.running and console.state == "Paused"
    stage.clock.advance(10_000)
    assert presenter.clock.left_ms() == 27_000 and committed(stage)[3] == 27_000
    assert audience.countdown == (27, True)
    stage.key(K.Key_Space)  # and on again
    stage.clock.advance(500)
    stage.key(K.Key_R)  # reveal: the clock stops, with the answer on the audience window
    assert audience.revealed and console.state == "Answer shown"
    assert committed(stage) == (0, True, False, 26_500)
    stage.key(K.Key_L)  # the leaderboard, then back to the question
    assert audience.board is not None and audience.board[0] == "Leaderboard"
    assert [row[1] for row in audience.board[1]] == ["Red", "Green", "Blue"]
    stage.key(K.Key_L)
    assert audience.board is None and audience.slide == slide

    stage.key(K.Key_N)  # the next question: a fresh clock, not started
    assert committed(stage) == (1, False, False, None)
    assert audience.slide == presenter.slides[1] and not presenter.clock.started
    assert console.state == "Press S to start the clock" and verdicts(stage) == {
        "Red": "",
        "Blue": "",
        "Green": "",
    }
    stage.key(K.Key_Left)  # back: the answers are still there
    assert committed(stage)[0] == 0 and verdicts(stage)["Red"] == "right"
    stage.key(K.Key_Right)
    assert committed(stage)[0] == 1


def test_letters_toggle_a_multiple_choice_and_esc_drops_the_team(
    store: Store, by_id: dict[str, Question]
) -> None:
    stage = started(store, by_id, ["Red", "Blue"])
    presenter, console = stage.presenter, stage.windows.console
    stage.key(K.Key_N)
    slide = presenter.slides[1]
    assert slide.kind == "multiple_choice" and len(slide.right) == 2
    first, second = slide.right
    stage.key(K.Key_1, letter_key(first), letter_key(second))  # each letter toggles one
    assert presenter.selected == 0  # still picked: more letters may follow
    assert "each letter toggles an option" in console.keys
    assert verdicts(stage)["Red"] == "right"
    stage.key(letter_key(second))
    assert verdicts(stage)["Red"] == "partly"
    stage.key(K.Key_Escape)
    assert presenter.selected == -1 and console.keys.startswith("Keys:")
    stage.key(letter_key(second))  # no team picked: a letter asks for one
    assert console.message == "Pick a team first: press its number (1–9)."
    stage.key(K.Key_2, K.Key_Z)  # Z names no choice here
    assert console.message == "There is no choice Z in this question."
    stage.key(K.Key_F5)  # a key with no meaning does nothing
    assert committed(stage) == (1, False, False, None)


def test_hide_the_console_and_go_on_to_the_podium(store: Store, by_id: dict[str, Question]) -> None:
    stage = started(store, by_id, ["Red", "Blue"])
    stage.key(K.Key_H)  # the console hides; the audience window takes the keys
    assert not stage.windows.console_shown
    stage.key(K.Key_1, K.Key_Plus, K.Key_H)
    assert stage.windows.console_shown and verdicts(stage)["Red"] == "right"
    for _ in ITEMS[1:]:
        stage.key(K.Key_N)
    assert committed(stage)[0] == len(ITEMS) - 1
    stage.key(K.Key_S)
    stage.key(K.Key_N)  # past the last question: the session is finished, the podium shown
    audience = stage.windows.audience
    assert committed(stage)[2] and audience.board is not None
    title, rows, final = audience.board
    assert (title, final) == ("Podium", True) and rows[0][:2] == ("1st", "Red")
    assert audience.countdown[0] is None and stage.windows.console.state == "Finished"
    assert not stage.presenter.clock.running
    stage.key(K.Key_1, K.Key_Plus, K.Key_N)  # finished: keys record nothing more
    assert stage.session.answers(len(ITEMS) - 1) == []
