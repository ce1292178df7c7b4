"""Each answer widget collects the response in the scoring format, by keyboard too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from trainer.core.banks.questions import (
    ClozeQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from trainer.ui.kind_views import make_answer_widget
from trainer.ui.widgets.answer_widgets import ClozeAnswer, NumericAnswer
from trainer.ui.widgets.arrange_answers import MatchingAnswer, OrderingAnswer
from ui.uikit import shot


def common(kind: str, qid: str) -> dict[str, Any]:
    return {
        "id": qid,
        "kind": kind,
        "bank_id": "t",
        "topic": "T",
        "tags": (),
        "difficulty": 1,
        "explanation": "Because.",
        "source": "§1",
        "fact_id": qid,
        "group": qid,
        "form": None,
        "content_hash": "h",
    }


SC = SingleChoiceQuestion(
    **common("single_choice", "sc"), question="Q?", correct="Right", wrong=("W1", "W2", "W3")
)
MC = MultipleChoiceQuestion(
    **common("multiple_choice", "mc"), question="Q?", correct=("A", "B"), wrong=("C", "D")
)
TF = TrueFalseQuestion(**common("true_false", "tf"), statement="S.", answer=True)
NUM = NumericQuestion(
    **common("numeric", "num"),
    question="How much?",
    answer=1300,
    tolerance=0,
    unit="million",
    template="USD {value} million",
)
SHORT = ShortAnswerQuestion(**common("short_answer", "sa"), question="Where?", answers=("Geneva",))
CLOZE = ClozeQuestion(
    **common("cloze", "cl"),
    text="In {{2006}} and {{2013}}.",
    parts=("In ", " and ", "."),
    blanks=(("2006",), ("2013",)),
)
ORDER = OrderingQuestion(**common("ordering", "or"), question="Order", sequence=("a", "b", "c"))
MATCH = MatchingQuestion(
    **common("matching", "ma"), question="Match", pairs=(("L1", "R1"), ("L2", "R2"), ("L3", "R3"))
)


def test_single_choice_by_digit_and_arrows(qtbot: QtBot) -> None:
    widget = make_answer_widget(SC, seed=7)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    assert widget.response() is None
    options = SC.shuffled_options(7)
    qtbot.keyClick(widget, Qt.Key.Key_2)
    assert widget.response() == options[1]
    qtbot.keyClick(widget.buttons[1], Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert widget.response() == options[2]
    widget.set_response(options[0])
    assert widget.response() == options[0]


def test_multiple_choice_collects_checked(qtbot: QtBot) -> None:
    widget = make_answer_widget(MC, seed=1)
    qtbot.addWidget(widget)
    options = MC.shuffled_options(1)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_3)
    assert widget.response() == [options[0], options[2]]
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert widget.response() == [options[2]]


def test_true_false_keys(qtbot: QtBot) -> None:
    widget = make_answer_widget(TF, seed=1)
    qtbot.addWidget(widget)
    qtbot.keyClick(widget, Qt.Key.Key_F)
    assert widget.response() is False
    qtbot.keyClick(widget, Qt.Key.Key_T)
    assert widget.response() is True


def test_numeric_parses_separators_and_shows_template(qtbot: QtBot) -> None:
    widget = make_answer_widget(NUM, seed=1)
    assert isinstance(widget, NumericAnswer)
    qtbot.addWidget(widget)
    assert widget.before.text() == "USD" and widget.after.text() == "million"
    qtbot.keyClicks(widget.field, "1,300")
    assert widget.response() == 1300.0
    widget.field.clear()
    qtbot.keyClicks(widget.field, "abc")  # the validator refuses letters
    assert widget.field.text() == ""
    assert widget.response() is None


def test_short_answer(qtbot: QtBot) -> None:
    widget = make_answer_widget(SHORT, seed=1)
    qtbot.addWidget(widget)
    assert widget.response() is None
    qtbot.keyClicks(widget.field, "  Geneva ")  # type: ignore[attr-defined]
    assert widget.response() == "Geneva"


def test_cloze_blanks_inline_and_tab_between(qtbot: QtBot) -> None:
    widget = make_answer_widget(CLOZE, seed=1)
    assert isinstance(widget, ClozeAnswer)
    qtbot.addWidget(widget)
    widget.show()
    assert len(widget.fields) == 2
    widget.fields[0].setFocus()
    qtbot.keyClicks(widget.fields[0], "2006")
    qtbot.keyClick(widget.fields[0], Qt.Key.Key_Tab)
    qtbot.keyClicks(widget.fields[1], "2012")
    assert widget.response() == ["2006", "2012"]
    assert widget.fields[1].accessibleName() == "Blank 2 of 2"


def test_ordering_by_keyboard(qtbot: QtBot) -> None:
    widget = make_answer_widget(ORDER, seed=3)
    assert isinstance(widget, OrderingAnswer)
    qtbot.addWidget(widget)
    start = widget.entries()
    assert widget.response() == start  # the order shown is an answer too
    widget.list.setCurrentRow(0)
    qtbot.keyClick(widget.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == [start[1], start[0], start[2]]
    assert widget.list.currentRow() == 1
    qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == start


def test_matching_dropdowns(qtbot: QtBot) -> None:
    widget = make_answer_widget(MATCH, seed=2)
    assert isinstance(widget, MatchingAnswer)
    qtbot.addWidget(widget)
    assert widget.response() is None
    box = widget.boxes[0]
    box.setCurrentIndex(box.findData("R1"))
    widget.boxes[1].setCurrentIndex(widget.boxes[1].findData("R3"))
    assert widget.response() == {"L1": "R1", "L2": "R3"}
    widget.set_response({"L3": "R2"})
    assert widget.response() == {"L3": "R2"}
    assert all(isinstance(b, QComboBox) for b in widget.boxes)


@pytest.mark.parametrize("question", [SC, MC, TF, NUM, SHORT, CLOZE, ORDER, MATCH])
def test_locked_widget_refuses_changes_and_renders(qtbot: QtBot, question: Any) -> None:
    widget = make_answer_widget(question, seed=1)
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    widget.set_locked(True)
    before = widget.response()
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert widget.response() == before
    assert shot(widget, f"answer_{question.kind}").stat().st_size > 0


@pytest.mark.parametrize("scale", [100, 200])
def test_a_typed_cloze_answer_stays_whole(qtbot: QtBot, scale: int) -> None:
    """The blanks are as wide as the sentence's longest answer in the font shown, also
    after the text size changes ("ustainable development" was cut at 200%)."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from trainer.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    answer = "sustainable development"
    question = replace(CLOZE, blanks=((answer,), ("2012",)))
    widget = make_answer_widget(question, seed=1)
    assert isinstance(widget, ClozeAnswer)
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.show()
    try:
        apply_theme(app, "light", scale)
        field = widget.fields[0]
        field.setText(answer)
        qtbot.waitUntil(lambda: field.width() >= field.minimumWidth())
        frame = field.style().pixelMetric(field.style().PixelMetric.PM_DefaultFrameWidth)
        inner = field.width() - 2 * frame - 8  # less the frame and Qt's text margins
        assert inner >= field.fontMetrics().horizontalAdvance(answer)
        assert widget.fields[1].width() == field.width()  # widths tell no answer apart
    finally:
        apply_theme(app, "system", 100)
