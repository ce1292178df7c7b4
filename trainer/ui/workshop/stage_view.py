"""What the workshop windows show, derived from a committed
:class:`~trainer.core.workshop.snapshot.Snapshot`: the
console's team lines and key hint, the audience's leaderboard or podium.

Pure functions of the snapshot (no windows, no database): the presenter in
:mod:`~trainer.ui.workshop.stage` hands their results to the passive windows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer.core import numbers
from trainer.ui.workshop.stage_console import TeamLine
from trainer.ui.workshop.stage_slides import Slide, letter, letter_range, response_letters

if TYPE_CHECKING:
    from trainer.core.workshop import Answer
    from trainer.core.workshop.snapshot import Snapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("StagePresenter", text)


def points_text(value: float) -> str:
    return numbers.points(value)


def _response(slide: Slide, answer: Answer) -> str:
    """A recorded response that letters cannot show (a typed number, a word)."""
    response = answer.response
    if isinstance(response, int | float) and not isinstance(response, bool):
        return numbers.answer_number(response, slide.number_format)
    return str(response)


def team_lines(state: Snapshot, slide: Slide) -> list[TeamLine]:
    """One console line per team: its answer to this question, verdict and total."""
    totals = {s.team.id: s.points for s in state.standings}
    lines = []
    for n, team in enumerate(state.teams, 1):
        answer = state.answers.get(team.id)
        verdict = text = ""
        if answer is not None:
            verdict = "right" if answer.correct else ("partly" if answer.fraction > 0 else "wrong")
            text = response_letters(slide, answer.response) if slide.lettered else ""
            if not text:
                text = _tr("marked") if answer.response is None else _response(slide, answer)
        lines.append(TeamLine(n, team.name, text, verdict, points_text(totals.get(team.id, 0))))
    return lines


def keys_hint(state: Snapshot, slide: Slide, selected: int) -> str:
    """The keys that work now, for the console (``selected``: the team picked, or -1)."""
    if state.finished:
        return _tr("Finished: the podium is on the screen. L: podium / question.")
    if not 0 <= selected < len(state.teams):
        return _tr(
            "Keys: 1–{n} pick a team · S start the clock · Space pause / resume · "
            "R reveal · N or → next · P or ← previous · L leaderboard · H hide the console"
        ).format(n=min(9, len(state.teams)))
    team = state.teams[selected].name
    if not slide.lettered:
        return _tr(
            "{team} picked: + right · − wrong · Esc drops it. Letters stay commands."
        ).format(team=team)
    letters = letter_range(len(slide.choices))
    taken = [letter(i) for i in range(len(slide.choices)) if letter(i) in set("SRNPLH")]
    text = _tr("{team} picked: {letters} record its answer").format(team=team, letters=letters)
    if slide.several_letters:
        text += _tr(" (each letter toggles an option)")
    text += _tr(" · + right · − wrong · Esc drops it · Space, → and ← still work.")
    if len(taken) == 1:
        text += " " + _tr("Here {key} is an answer, not a command.").format(key=taken[0])
    elif taken:
        text += " " + _tr("Here {keys} are answers, not commands.").format(keys=", ".join(taken))
    return text


def board(state: Snapshot) -> tuple[str, list[tuple[str, str, str]], bool]:
    """(title, rows, final) of the audience's board: the podium once the workshop is
    finished, the leaderboard before."""
    if state.finished:
        medals = {1: _tr("1st"), 2: _tr("2nd"), 3: _tr("3rd")}
        rows = [
            (medals[s.rank], s.team.name, points_text(s.points))
            for s in state.standings
            if s.rank <= 3
        ]
        return _tr("Podium"), rows, True
    rows = [(f"{s.rank}.", s.team.name, points_text(s.points)) for s in state.standings]
    return _tr("Leaderboard"), rows, False
