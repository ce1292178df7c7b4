"""Numbers on the screens go through trainer.core.numbers: scores read "7.3", not
"7.26667"; years read "2013", not "2,013" (results, study texts, workshop, the PDF)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from trainer.core import numbers
from trainer.core.banks import LoadResult, NumericQuestion, load_banks
from trainer.core.workshop import build_workshop
from trainer.core.workshop.printable import printout
from trainer.paths import shipped_banks_dir
from trainer.ui import texts
from trainer.ui.results import ResultLine, ResultsData, ResultsScreen
from trainer.ui.workshop.stage_view import points_text
from trainer.ui.workshop_print import html_to_pdf

GROUPED_YEAR = re.compile(r"(?<![\d.,])(?:1[,.\u202f\u00a0 ]9\d\d|2[,.\u202f\u00a0 ]0\d\d)(?!\d)")


@pytest.fixture(autouse=True)
def _english() -> object:
    numbers.set_locale("en_US")
    yield None
    numbers.set_locale(None)


@pytest.fixture(scope="module")
def shipped() -> LoadResult:
    return load_banks([shipped_banks_dir()])


def test_results_show_rounded_scores_and_percentages(qtbot: QtBot) -> None:
    screen = ResultsScreen()
    qtbot.addWidget(screen)
    line = ResultLine(1, "Q?", "a", "b", "E.", "§1", 0.666667, False)
    screen.show_results(ResultsData(7.26667, 10, [("GMG origins", 0.666667, 1)], [line], 1))
    assert screen.summary.text() == "You scored 7.3 out of 10 (73%)."
    row = [screen.topics.item(0, c).text() for c in range(3)]
    assert row == ["GMG origins", "0.7 / 1", "67%"]
    assert "Partly right (67%)" in screen.details.toPlainText()


def test_french_screen_numbers(qtbot: QtBot) -> None:
    numbers.set_locale("fr_FR")
    screen = ResultsScreen()
    qtbot.addWidget(screen)
    screen.show_results(ResultsData(1234.5, 2000, [], [], 0))
    assert screen.summary.text() == "You scored 1\u202f234,5 out of 2\u202f000 (62\u00a0%)."


def test_workshop_points_and_intervals() -> None:
    assert points_text(0.666667) == "0.67" and points_text(3.0) == "3"
    from datetime import timedelta

    assert texts.interval_text(timedelta(days=548)) == "1.5 y"


def test_year_questions_in_study_and_answer_texts(shipped: LoadResult) -> None:
    years = [
        q for q in shipped.questions if isinstance(q, NumericQuestion) and q.number_format == "year"
    ]
    assert len(years) >= 2  # the GMG founding and expansion years
    for q in years:
        right = str(int(q.answer))
        assert texts.answer_text(q) == right
        assert texts.response_text(q, float(q.answer)) == right
        assert texts.response_text(q, 2013) == "2013"
    plain = next(
        q
        for q in shipped.questions
        if isinstance(q, NumericQuestion) and q.answer > 999 and q.number_format == "plain"
    )
    assert "," in texts.response_text(plain, float(plain.answer))  # a quantity is grouped
    study = "\n".join(texts.study_front(q) + texts.answer_text(q) for q in shipped.questions)
    assert not GROUPED_YEAR.findall(study)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_printed_pdf_has_no_grouped_year(seed: int, tmp_path: Path, shipped: LoadResult) -> None:
    workshop = build_workshop(shipped.questions, seed=seed, count=len(shipped.questions))
    chosen = [shipped.by_id[i] for i in workshop.items]
    pdf = tmp_path / "w.pdf"
    printed = printout("Years", chosen, seed, versions=("A",))
    html_to_pdf(printed.handouts, pdf)
    html_to_pdf(printed.keys, tmp_path / "k.pdf")
    text = " ".join(
        page.extract_text() for f in (pdf, tmp_path / "k.pdf") for page in PdfReader(f).pages
    )
    assert "2013" in text
    assert not GROUPED_YEAR.findall(text)


def test_workshop_console_writes_typed_numbers_by_kind(shipped: LoadResult) -> None:
    from datetime import UTC, datetime

    from trainer.core.workshop import Answer, Standing, Team
    from trainer.core.workshop.snapshot import Snapshot
    from trainer.ui.workshop.stage_slides import make_slide
    from trainer.ui.workshop.stage_view import team_lines

    year = shipped.by_id["gmg.founding-year"]
    plain = next(
        q
        for q in shipped.questions
        if q.kind == "numeric" and getattr(q, "number_format", "") == "plain"
    )
    team = Team(1, "Team A")
    for question, typed, shown in ((year, 2003.0, "2003"), (plain, 2900.0, "2,900")):
        answer = Answer(1, 0, question.id, typed, 1.0, True, 1.0, None, datetime.now(UTC))
        state = Snapshot(0, True, False, None, [team], {1: answer}, [Standing(1, team, 1.5, 1)])
        (line,) = team_lines(state, make_slide(question, 1, 1, seed=1))
        assert (line.answer, line.points) == (shown, "1.5")


def test_an_unordered_cloze_says_any_order() -> None:
    from trainer.core.banks import ClozeQuestion

    common = {
        "id": "c",
        "kind": "cloze",
        "bank_id": "t",
        "topic": "T",
        "tags": (),
        "difficulty": 1,
        "explanation": "E",
        "source": "S",
        "fact_id": "c",
        "group": "c",
        "form": None,
        "content_hash": "h",
        "text": "{{a}} {{b}}",
        "parts": ("", " ", ""),
        "blanks": (("a",), ("b",)),
    }
    assert "any order" in texts.instruction(ClozeQuestion(**common, unordered=True))
    assert "any order" not in texts.instruction(ClozeQuestion(**common))
