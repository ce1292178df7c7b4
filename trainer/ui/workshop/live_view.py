"""What the phone game's windows show, worked out from the game (no widget here): the
participant rows, who answered, the bars, the leaderboard and podium rows, the keys,
the QR code's image, and the phone page's texts translated.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer.core.workshop.live import Phase, answered, distribution, participant_rows
from trainer.ui.workshop.live_values import PhoneBar, PhoneRow
from trainer.ui.workshop.stage_view import points_text

if TYPE_CHECKING:
    from trainer.core.workshop.live import LiveGame

BoardRows = list[tuple[str, str, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


def qr_png(text: str, scale: int = 12) -> bytes:
    """A QR code of ``text`` as PNG bytes: black on white, with its quiet zone."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(
        buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff"
    )
    return buffer.getvalue()


def phone_rows(game: LiveGame) -> list[PhoneRow]:
    """Every participant for the console, the removed ones last."""
    asking = game.phase in (Phase.QUESTION, Phase.REVEAL)
    done = {a.participant for a in game.answers_to(game.position)} if asking else set()
    rows = [
        PhoneRow(
            number=int(row["number"]),
            name=str(row["name"]),
            team=str(row["team"] or ""),
            points="" if row["points"] is None else points_text(float(row["points"])),
            answered=int(row["number"]) in done,
            removed=bool(row["removed"]),
        )
        for row in participant_rows(game)
    ]
    return sorted(rows, key=lambda r: (r.removed, r.number))


def answered_lines(game: LiveGame) -> tuple[str, str]:
    """("3 of 5 answered: Ana, Bo, Cy", "Waiting for: Di, Ed") for the current question;
    the lobby's count of who joined otherwise."""
    joined = len(game.participants())
    if game.phase not in (Phase.QUESTION, Phase.REVEAL):
        return _tr("{n} joined").format(n=joined), ""
    now = answered(game)
    head = _tr("{count} of {of} answered").format(count=now["count"], of=now["of"])
    names = ", ".join(now["names"])
    waiting = ", ".join(now["waiting"])
    return (f"{head}: {names}" if names else head), (
        _tr("Waiting for: {names}").format(names=waiting) if waiting else ""
    )


def bars_of(game: LiveGame) -> list[PhoneBar]:
    """The current question's answer distribution (only once it is revealed)."""
    if game.phase != Phase.REVEAL:
        return []
    bars = distribution(game)["bars"]
    return [PhoneBar(str(b["label"]), int(b["count"]), b["correct"]) for b in bars]


def live_board(game: LiveGame) -> tuple[str, BoardRows, bool]:
    """(title, rows, final): the podium once finished, the leaderboard before; one row a
    participant (rank, name and team, points)."""

    def who(name: str, team_id: int | None) -> str:
        team = game.team_name(team_id)
        return f"{name} ({team})" if team else name

    standings = game.standings()
    if game.phase == Phase.PODIUM:
        medals = {1: _tr("1st"), 2: _tr("2nd"), 3: _tr("3rd")}
        rows = [
            (medals[s.rank], who(s.name, s.team_id), points_text(s.points))
            for s in standings
            if s.rank <= 3
        ]
        return _tr("Podium"), rows, True
    rows = [(f"{s.rank}.", who(s.name, s.team_id), points_text(s.points)) for s in standings[:10]]
    return _tr("Leaderboard"), rows, False


def team_board(game: LiveGame) -> tuple[BoardRows, str]:
    """(rows, note) of the teams beside the leaderboard or podium: one row a ranked team
    (rank, name, points: its members' mean), and how a team's score is formed; no rows
    when the game has no teams."""
    if not game.teams:
        return [], ""
    teams = game.team_standings()
    if game.phase == Phase.PODIUM:
        medals = {1: _tr("1st"), 2: _tr("2nd"), 3: _tr("3rd")}
        rank = [medals.get(t.rank, f"{t.rank}.") for t in teams]
    else:
        rank = [f"{t.rank}." for t in teams]
    rows = [(r, t.team.name, points_text(t.points)) for r, t in zip(rank, teams, strict=True)]
    note = _tr("Team score: the average of its members' points, so teams of any size compare.")
    return rows[:10], note


def phone_keys(game: LiveGame) -> str:
    """The keys that work now on the console in phone mode."""
    if game.phase == Phase.LOBBY:
        return _tr("N first question · J lock joining · H hide console")
    if game.phase == Phase.PODIUM:
        return _tr("The game is over · L leaderboard · H hide console")
    return _tr(
        "S start the clock · Space pause · R reveal · N next · P previous · "
        "L leaderboard · J lock joining · H hide console"
    )


def state_text(game: LiveGame) -> str:
    """What the room is doing, in a few words."""
    left = game.time_left_ms()
    if game.phase == Phase.LOBBY:
        return _tr("Waiting for phones to join")
    if game.phase == Phase.PODIUM:
        return _tr("Finished")
    if game.phase == Phase.LEADERBOARD:
        return _tr("Leaderboard")
    if game.phase == Phase.REVEAL:
        return _tr("Answer shown")
    if left is not None and left <= 0:
        return _tr("Time is up")
    if game.countdown.running:
        return _tr("Running")
    if game.countdown.started:
        return _tr("Paused")
    return _tr("Press S to start the clock")


def seconds_left(game: LiveGame) -> int | None:
    """Whole seconds left on the clock (rounded up); ``None`` when no clock is shown."""
    if game.phase in (Phase.LOBBY, Phase.PODIUM):
        return None
    left = game.time_left_ms()
    if left is None:
        return game.workshop.seconds_per_question
    return max(0, -(-left // 1000))


def page_texts() -> Mapping[str, str]:
    """The phone page's texts in the app's language (:data:`trainer.net.page_texts.
    PAGE_TEXTS` lists them in English)."""
    from trainer.net.page_texts import PAGE_TEXTS

    return {key: QCoreApplication.translate("Phone", text) for key, text in PAGE_TEXTS.items()}
